/**
 * The payload as the request sends it: parsed once, shared by the validator, the generators and
 * delivery to the simulator. The body is the compact JSON.stringify of the parsed value.
 */
import {scanJson, type JsonScanError} from '../../scenario/json';

export type ParsedPayload =
  | {ok: false; error: JsonScanError}
  | {
      ok: true;
      value: unknown;
      /** The body as sent: compact JSON.stringify of the parsed value. */
      body: string;
      unsafeIntegers: readonly string[];
    };

export function parsePayload(text: string): ParsedPayload {
  const scan = scanJson(text, {
    whenEmpty: 'the payload is empty: a VoIP push body is a JSON object such as {}',
  });
  if (!scan.ok) return {ok: false, error: scan};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // The scanner accepted it, so only an engine limit gets here: keep the scanner's verdict.
    value = null;
  }
  let body: string;
  try {
    body = JSON.stringify(value);
  } catch {
    // Nesting deep enough to exhaust JSON.stringify's stack: the whitespace-free text is the same JSON.
    body = scan.compact;
  }
  return {ok: true, value, body, unsafeIntegers: scan.unsafeIntegers};
}

export type PlainObject = Record<string, unknown>;

export function isPlainObject(value: unknown): value is PlainObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export type KeyLookup = {found: true; value: unknown} | {found: false; missingAt: string};

/**
 * Reads a dot path (`data.callId`) from parsed JSON, own properties only, so `__proto__` or
 * `constructor` in a path finds nothing unless the payload itself has that key.
 */
export function lookupPath(payload: unknown, path: string): KeyLookup {
  const parts = path.split('.');
  let current: unknown = payload;
  let walked = '';
  for (const part of parts) {
    walked = walked ? `${walked}.${part}` : part;
    if (!isPlainObject(current) || !Object.prototype.hasOwnProperty.call(current, part)) {
      return {found: false, missingAt: walked};
    }
    current = current[part];
  }
  return {found: true, value: current};
}

export function describeJsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number') return `a number (${String(value)})`;
  if (typeof value === 'boolean') return `${String(value)} (a boolean)`;
  return `a ${typeof value}`;
}
