/**
 * Reader text as Swift and Objective-C string literals. Whatever the text (quotes, backslashes,
 * line breaks, control characters, `\(`, `??/`), it stays inside its literal and means itself.
 */

/** Lone UTF-16 surrogates cannot be written in a source file; they become U+FFFD. */
function wellFormed(text: string): string {
  return text.replace(
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '\uFFFD',
  );
}

/** The escapes Swift and Objective-C (C) string literals share. */
const sharedEscapes: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  '"': '\\"',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
};

/** Characters that may not appear raw in a one-line literal (or are invisible trouble). */
// eslint-disable-next-line no-control-regex
const swiftSpecial = /[\\"\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/** `"…"` for Swift: `\\`, `\"`, `\n`, `\r`, `\t`, `\0` and `\u{…}` for other controls. */
export function swiftStringLiteral(text: string): string {
  const body = wellFormed(text).replace(swiftSpecial, (char) => {
    const shared = sharedEscapes[char];
    if (shared !== undefined) return shared;
    if (char === '\0') return '\\0';
    return `\\u{${(char.codePointAt(0) ?? 0).toString(16).toUpperCase()}}`;
  });
  return `"${body}"`;
}

// eslint-disable-next-line no-control-regex
const objectiveCSpecial = /[\\"\u0000-\u001f\u007f]|\?(?=\?)/g;

/**
 * `@"…"` for Objective-C: `\\`, `\"`, `\n`, `\r`, `\t`, three-digit octal for other controls
 * (octal escapes stop after three digits, unlike `\x`, which would swallow a following letter),
 * and `?\?` so no `??x` trigraph forms. Other characters stay as UTF-8 text.
 */
export function objectiveCStringLiteral(text: string): string {
  const body = wellFormed(text).replace(objectiveCSpecial, (char) => {
    const shared = sharedEscapes[char];
    if (shared !== undefined) return shared;
    if (char === '?') return '?\\';
    return `\\${(char.codePointAt(0) ?? 0).toString(8).padStart(3, '0')}`;
  });
  return `@"${body}"`;
}
