import type {Note, Provenance} from './confidence';

/** One case of a CallKit integer enum (`NS_ENUM`), as the spec describes it. */
export interface EnumCase {
  readonly rawValue: number;
  /** The Swift case name, e.g. 'unknownCallUUID'. */
  readonly swiftName: string;
  /** One plain-language line. */
  readonly meaning: string;
  /** Backing for the case, its raw value and its meaning. */
  readonly provenance: Provenance;
  /** Side facts with their own confidence (observed triggers, unconfirmed semantics...). */
  readonly notes?: readonly Note[];
}

/** `{ swiftName: rawValue }` for a table of enum cases, keeping literal types. */
export type RawValueMap<T extends EnumCase> = {
  readonly [E in T as E['swiftName']]: E['rawValue'];
};

/** Builds a frozen `{ swiftName: rawValue }` object from an enum table. */
export function rawValueMap<T extends EnumCase>(table: readonly T[]): RawValueMap<T> {
  const map: Record<string, number> = {};
  for (const entry of table) {
    map[entry.swiftName] = entry.rawValue;
  }
  return Object.freeze(map) as RawValueMap<T>;
}

/** Finds the case with this raw value; undefined when there is none. */
export function findByRawValue<T extends EnumCase>(
  table: readonly T[],
  rawValue: number,
): T | undefined {
  return table.find((entry) => entry.rawValue === rawValue);
}

/** Finds the case with this Swift name (exact, case-sensitive); undefined when there is none. */
export function findBySwiftName<T extends EnumCase>(
  table: readonly T[],
  swiftName: string,
): T | undefined {
  return table.find((entry) => entry.swiftName === swiftName);
}
