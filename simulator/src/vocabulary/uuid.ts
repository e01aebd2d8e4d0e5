/**
 * The UUID string form: 8-4-4-4-12 hex digits in either letter case, what Foundation's
 * `UUID(uuidString:)` accepts. It does not look at the version and variant bits.
 */
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUUID(value: unknown): value is string {
  return typeof value === 'string' && uuidPattern.test(value);
}
