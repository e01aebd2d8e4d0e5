/**
 * Making text and ids safe to place in Mermaid source.
 *
 * Mermaid's `securityLevel: 'strict'` sanitises HTML in labels rather than encoding it, and several
 * characters (`;`, `:`, `#`, `%%`, brackets…) end or change a statement. Every label the exporters
 * write therefore goes through {@link escapeMermaidText}, which turns each risky character into a
 * Mermaid entity code (`#60;` for `<`): Mermaid decodes those to the literal character when it
 * renders, so the reader sees the exact text and the parser never sees markup or syntax.
 *
 * Ids never carry user text: they are built from machine and state names by {@link mermaidId}.
 */

/**
 * Characters written as `#<code>;`. The first group is what Mermaid's parsers treat as syntax
 * (`#` starts an entity, `;` ends a statement, `:` starts a label, `%` a comment or directive,
 * brackets and pipes shape nodes and links, `"` ends a quoted name); the second is what its HTML
 * labels would otherwise interpret. `ﬂ`, `°`, `¶` and `ß` are the markers Mermaid itself uses while
 * it decodes entities, so raw ones in user text could forge an entity.
 */
const encoded = new Set([
  ...'#<>"&;:{}%[]\\|`',
  ..."(),='",
  '\u{fb02}', // ﬂ
  '\u{b0}', // °
  '\u{b6}', // ¶
  '\u{df}', // ß
]);

/** Line and paragraph breaks and other control characters: each run becomes one space. */
// eslint-disable-next-line no-control-regex
const breaks = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

/**
 * Text for any Mermaid label (participant alias, message, note, state name, transition label,
 * block title, accessibility line): one line, every risky character entity-encoded. An
 * `%%{init: …}%%` directive in the input comes out as inert text (`#37;#37;#123;init…`), and no line
 * break survives, so the text can neither end its own line nor start a new statement.
 */
export function escapeMermaidText(text: string): string {
  let out = '';
  for (const char of text.replace(breaks, ' ').trim()) {
    out += encoded.has(char) ? `#${char.codePointAt(0) ?? 0};` : char;
  }
  return out;
}

/** Shortens `text` to at most `max` characters (code points), ending with `…` when cut. */
export function truncateText(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  return `${chars
    .slice(0, Math.max(0, max - 1))
    .join('')
    .trimEnd()}…`;
}

function idPart(part: string): string {
  if (part === '') return '_';
  let out = '';
  for (const char of part) {
    out += /^[A-Za-z0-9]$/.test(char) ? char : `_${(char.codePointAt(0) ?? 0).toString(16)}_`;
  }
  return out;
}

/**
 * A Mermaid id made of `[A-Za-z0-9_]` only, from name parts joined with `__`:
 * `mermaidId(['call', 'connected', 'held'])` is `call__connected__held`. Alphanumeric parts are
 * kept as they are; any other character (including `_`) becomes `_<hex code>_`, so the id stays
 * stable and readable for ordinary state names. Pass machine and state names, never user text.
 */
export function mermaidId(parts: readonly string[]): string {
  return parts.length === 0 ? '_' : parts.map(idPart).join('__');
}
