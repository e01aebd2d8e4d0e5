import {Fragment, type ReactNode} from 'react';

/**
 * Where a long Swift name may wrap: between a lower-case letter or digit and a capital
 * (`filteredBy|BlockList`), and after `.`, `<`, `(` or `,`.
 */
export function identifierParts(name: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let index = 1; index < name.length; index += 1) {
    const previous = name.charAt(index - 1);
    const current = name.charAt(index);
    const camelHump = /[a-z0-9]/.test(previous) && /[A-Z]/.test(current);
    if (camelHump || '.<(,'.includes(previous)) {
      parts.push(name.slice(start, index));
      start = index;
    }
  }
  parts.push(name.slice(start));
  return parts;
}

/**
 * A Swift name in code style that can wrap at word boundaries in narrow table columns. The
 * `<wbr>` hints add no characters, so copying the name gives it unchanged.
 */
export default function Identifier({name}: {name: string}): ReactNode {
  return (
    <code>
      {identifierParts(name).map((part, index) => (
        <Fragment key={index}>
          {index > 0 ? <wbr /> : null}
          {part}
        </Fragment>
      ))}
    </code>
  );
}
