/**
 * Value formatting for the reference pages. Pure and locale-independent, so the server render and
 * the browser's hydration produce the same text.
 */

/** 5120 → "5,120". */
export function formatInteger(value: number): string {
  const sign = value < 0 ? '-' : '';
  const digits = String(Math.trunc(Math.abs(value)));
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Virtual milliseconds as seconds: 0 → "0 s", 300 → "0.3 s", 2000 → "2 s", 1250 → "1.25 s". */
export function formatSeconds(ms: number): string {
  const seconds = (ms / 1000).toFixed(3).replace(/\.?0+$/, '');
  return `${seconds} s`;
}

/**
 * A CXProviderConfiguration default the way Swift code would write it: nil, true, 2, [],
 * [.phoneNumber], "name", or a byte count for Data.
 */
export function formatSwiftValue(value: unknown): string {
  if (value === null || value === undefined) return 'nil';
  if (typeof value === 'boolean' || typeof value === 'number') return String(value);
  if (typeof value === 'string') return JSON.stringify(value);
  if (value instanceof Uint8Array) return `Data(${value.length} bytes)`;
  if (Array.isArray(value)) {
    return `[${value.map((item) => (typeof item === 'string' ? `.${item}` : formatSwiftValue(item))).join(', ')}]`;
  }
  return JSON.stringify(value);
}

/** A scenario setting the way the scenario JSON writes it: null, true, 10000, "never", {…}. */
export function formatJsonValue(value: unknown): string {
  return JSON.stringify(value) ?? 'undefined';
}

/** Escapes text for the HTML strings a Docusaurus table of contents holds. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** One entry of a page's table of contents, as Docusaurus expects it (`value` is HTML). */
export interface TocEntry {
  readonly value: string;
  readonly id: string;
  readonly level: number;
}
