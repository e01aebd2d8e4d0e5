/**
 * A strict JSON (RFC 8259) scanner that says where the text goes wrong, as line and column, in
 * the same words in every browser (engines word JSON.parse errors differently, and some give no
 * position at all). It is iterative, so deeply nested hostile input cannot overflow the stack.
 * Along the way it notes integers JSON.parse cannot keep exactly and builds the text without
 * insignificant whitespace.
 */

export interface JsonScanOk {
  ok: true;
  /** Integer literals beyond Number.MAX_SAFE_INTEGER, as typed (JSON.parse rounds them). */
  unsafeIntegers: string[];
  /** The text with whitespace outside strings removed. */
  compact: string;
}

export interface JsonScanError {
  ok: false;
  /** Index into the text (UTF-16 code units) where the problem is. */
  offset: number;
  line: number;
  /** 1-based, counted in characters (code points). */
  column: number;
  /** What is wrong, without the position. */
  problem: string;
}

export type JsonScan = JsonScanOk | JsonScanError;

type Expect = 'value' | 'valueOrClose' | 'key' | 'keyOrClose' | 'colon' | 'commaOrClose' | 'end';

const whitespace = new Set([' ', '\t', '\n', '\r']);
const simpleEscapes = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const numberPattern = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const hexPattern = /^[0-9a-fA-F]{4}$/;

/** Line and column (1-based; columns in code points) of an offset. */
export function lineAndColumn(text: string, offset: number): {line: number; column: number} {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  let line = 1;
  for (let i = 0; i < lineStart; i++) if (before.charCodeAt(i) === 10) line += 1;
  return {line, column: Array.from(before.slice(lineStart)).length + 1};
}

/** A short, safe description of the character at an offset. */
function describeAt(text: string, offset: number): string {
  const code = text.codePointAt(offset);
  if (code === undefined) return 'the end of the text';
  const char = String.fromCodePoint(code);
  if (char === '\n') return 'a line break';
  if (char === '"') return 'a double quote';
  if (code < 0x20 || code === 0x7f)
    return `a control character (U+${code.toString(16).toUpperCase().padStart(4, '0')})`;
  return JSON.stringify(char);
}

export interface JsonScanOptions {
  /** What to say when the text is empty or only whitespace. */
  whenEmpty?: string;
}

export function scanJson(text: string, options: JsonScanOptions = {}): JsonScan {
  const containers: ('array' | 'object')[] = [];
  const unsafeIntegers: string[] = [];
  const compact: string[] = [];
  let expect: Expect = 'value';
  let pos = 0;

  const fail = (offset: number, problem: string): JsonScanError => ({
    ok: false,
    offset,
    ...lineAndColumn(text, offset),
    problem,
  });
  const afterValue = (): Expect => (containers.length === 0 ? 'end' : 'commaOrClose');
  /** Scans a string starting at pos (a double quote); returns the end offset or an error. */
  const scanString = (): number | JsonScanError => {
    let i = pos + 1;
    while (i < text.length) {
      const char = text[i] ?? '';
      if (char === '"') return i + 1;
      if (char === '\\') {
        const next = text[i + 1];
        if (next === undefined) break;
        if (next === 'u') {
          if (!hexPattern.test(text.slice(i + 2, i + 6))) {
            return fail(i, 'a \\u escape needs exactly four hex digits');
          }
          i += 6;
          continue;
        }
        if (!simpleEscapes.has(next)) {
          return fail(
            i,
            `${JSON.stringify(`\\${next}`)} is not a JSON escape (allowed: \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)`,
          );
        }
        i += 2;
        continue;
      }
      if (char.charCodeAt(0) < 0x20) {
        return fail(
          i,
          `${describeAt(text, i)} cannot appear inside a string; write it as an escape such as \\n`,
        );
      }
      i += 1;
    }
    return fail(pos, 'this string is never closed: a closing double quote is missing');
  };

  for (;;) {
    while (pos < text.length && whitespace.has(text[pos] ?? '')) pos += 1;
    if (pos >= text.length) {
      if (expect === 'end') return {ok: true, unsafeIntegers, compact: compact.join('')};
      if (expect === 'value' && containers.length === 0 && compact.length === 0) {
        return fail(pos, options.whenEmpty ?? 'the text is empty');
      }
      const open = containers[containers.length - 1];
      return fail(
        pos,
        open === 'object'
          ? 'the text ends inside an object: a closing } is missing'
          : open === 'array'
            ? 'the text ends inside an array: a closing ] is missing'
            : 'the text ends where a value should be',
      );
    }
    const char = text[pos] ?? '';
    const start = pos;
    switch (expect) {
      case 'value':
      case 'valueOrClose': {
        if (expect === 'valueOrClose' && char === ']') {
          containers.pop();
          compact.push(char);
          pos += 1;
          expect = afterValue();
          break;
        }
        if (char === '{' || char === '[') {
          containers.push(char === '{' ? 'object' : 'array');
          compact.push(char);
          pos += 1;
          expect = char === '{' ? 'keyOrClose' : 'valueOrClose';
          break;
        }
        if (char === '"') {
          const end = scanString();
          if (typeof end !== 'number') return end;
          compact.push(text.slice(start, end));
          pos = end;
          expect = afterValue();
          break;
        }
        numberPattern.lastIndex = pos;
        const number = numberPattern.exec(text);
        if (number && number.index === pos && number[0] !== '-') {
          const literal = number[0];
          if (!/[.eE]/.test(literal) && !Number.isSafeInteger(Number(literal))) {
            unsafeIntegers.push(literal);
          }
          compact.push(literal);
          pos += literal.length;
          expect = afterValue();
          break;
        }
        const word = /^(true|false|null)/.exec(text.slice(pos, pos + 5));
        if (word) {
          compact.push(word[1] ?? '');
          pos += (word[1] ?? '').length;
          expect = afterValue();
          break;
        }
        if (char === "'") {
          return fail(pos, 'JSON strings use double quotes, not single quotes');
        }
        if (char === '}' || char === ']' || char === ',') {
          return fail(pos, `${describeAt(text, pos)} where a value should be (a trailing comma?)`);
        }
        return fail(
          pos,
          `${describeAt(text, pos)} cannot start a JSON value (expected an object, array, string, number, true, false or null)`,
        );
      }
      case 'key':
      case 'keyOrClose': {
        if (expect === 'keyOrClose' && char === '}') {
          containers.pop();
          compact.push(char);
          pos += 1;
          expect = afterValue();
          break;
        }
        if (char !== '"') {
          return fail(
            pos,
            char === '}'
              ? 'a property name should follow the comma (a trailing comma is not allowed in JSON)'
              : `${describeAt(text, pos)} where a property name in double quotes should be`,
          );
        }
        const end = scanString();
        if (typeof end !== 'number') return end;
        compact.push(text.slice(start, end));
        pos = end;
        expect = 'colon';
        break;
      }
      case 'colon':
        if (char !== ':')
          return fail(
            pos,
            `${describeAt(text, pos)} where a colon after the property name should be`,
          );
        compact.push(char);
        pos += 1;
        expect = 'value';
        break;
      case 'commaOrClose': {
        const open = containers[containers.length - 1];
        const close = open === 'object' ? '}' : ']';
        if (char === ',') {
          compact.push(char);
          pos += 1;
          expect = open === 'object' ? 'key' : 'value';
          break;
        }
        if (char === close) {
          containers.pop();
          compact.push(char);
          pos += 1;
          expect = afterValue();
          break;
        }
        return fail(pos, `${describeAt(text, pos)} where a comma or ${close} should be`);
      }
      case 'end':
        return fail(pos, `${describeAt(text, pos)} after the end of the JSON value`);
    }
  }
}
