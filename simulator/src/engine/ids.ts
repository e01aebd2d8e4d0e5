/**
 * Deterministic identifiers: a seeded generator (mulberry32) stands in for UUID() and for the
 * random bytes of a push token, so the same scenario and seed always give the same run.
 */
export class IdGenerator {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0 || 0x9e3779b9;
  }

  /** A 32-bit unsigned integer. */
  nextUint32(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }

  private hex(bytes: number): string {
    let out = '';
    for (let i = 0; i < bytes; i += 4) {
      out += this.nextUint32().toString(16).padStart(8, '0');
    }
    return out.slice(0, bytes * 2);
  }

  /** A version-4 UUID string in Foundation's uppercase form, e.g. `UUID().uuidString`. */
  uuid(): string {
    const raw = this.hex(16).split('');
    raw[12] = '4';
    raw[16] = '89ab'[parseInt(raw[16] ?? '0', 16) & 3] ?? '8';
    const s = raw.join('').toUpperCase();
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  }

  /** A 32-byte push token as the lowercase hex string servers store. */
  pushToken(): string {
    return this.hex(32);
  }
}

export {isUUID} from '../vocabulary/uuid';
