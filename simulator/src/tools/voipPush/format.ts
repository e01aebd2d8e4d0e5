/** Number formatting that gives the same text on the server and in every browser locale. */

/** 5301 → "5,301" (toLocaleString would depend on the reader's locale and break hydration). */
export function formatCount(value: number): string {
  const sign = value < 0 ? '-' : '';
  const digits = String(Math.abs(Math.trunc(value)));
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export function formatBytes(value: number): string {
  return `${formatCount(value)} ${value === 1 ? 'byte' : 'bytes'}`;
}
