/**
 * The version and variant bits of a call id, which RFC 4122 (now RFC 9562) defines and
 * `UUID(uuidString:)` does not look at. Whether the text has the UUID form at all is isUUID
 * (vocabulary/uuid.ts).
 */

export interface UuidBits {
  /** The version nibble (the first digit of the third group). */
  version: number;
  /** Whether the variant bits are 10x, the RFC 4122 / RFC 9562 variant. */
  rfcVariant: boolean;
}

/** The version and variant of a UUID string (call only when isUUID holds). */
export function uuidBits(value: string): UuidBits {
  const version = parseInt(value.charAt(14), 16);
  const variant = parseInt(value.charAt(19), 16);
  return {version, rfcVariant: (variant & 0b1100) === 0b1000};
}

/**
 * RFC 4122 defines versions 1 to 5 with the 10x variant; RFC 9562, which replaced it in 2024,
 * adds 6, 7 and 8. Either way UUID() makes version 4.
 */
export function isRfcUuid(value: string): boolean {
  const bits = uuidBits(value);
  return bits.rfcVariant && bits.version >= 1 && bits.version <= 8;
}
