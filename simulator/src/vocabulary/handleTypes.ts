/**
 * CXHandle.HandleType (spec §10.3) and the handle value shape used by the simulator.
 */
import type {Note} from './confidence';
import {findByRawValue, findBySwiftName, rawValueMap, type EnumCase} from './enumCase';

const handleTypesTable = [
  {
    rawValue: 1,
    swiftName: 'generic',
    meaning: 'Any app-specific identifier, such as a user name or a URL.',
    provenance: {confidence: 'DOC', sources: ['A33', 'H5']},
  },
  {
    rawValue: 2,
    swiftName: 'phoneNumber',
    meaning: 'A phone number made of digits.',
    provenance: {confidence: 'DOC', sources: ['A33', 'H5']},
  },
  {
    rawValue: 3,
    swiftName: 'emailAddress',
    meaning: 'An email address.',
    provenance: {confidence: 'DOC', sources: ['A33', 'H5']},
  },
] as const satisfies readonly EnumCase[];

/** Facts about handles as a whole. */
export const handleNotes = [
  {
    text: 'Handles drive contact matching and Recents; phone and email handles are looked up in Contacts.',
    confidence: 'DOC',
    sources: ['A34'],
  },
] as const satisfies readonly Note[];

export type HandleTypeCase = (typeof handleTypesTable)[number] & EnumCase;

export const handleTypes: readonly HandleTypeCase[] = handleTypesTable;
export type HandleTypeName = HandleTypeCase['swiftName'];
export type HandleTypeRawValue = HandleTypeCase['rawValue'];

/** `CXHandleType.phoneNumber === 2`, etc. (Swift: `CXHandle.HandleType`). */
export const CXHandleType = rawValueMap(handleTypes);

/** A `CXHandle(type:value:)` as plain data. */
export interface Handle {
  readonly type: HandleTypeName;
  readonly value: string;
}

export function handleTypeByRawValue(rawValue: number): HandleTypeCase | undefined {
  return findByRawValue(handleTypes, rawValue);
}

export function handleTypeByName(name: string): HandleTypeCase | undefined {
  return findBySwiftName(handleTypes, name);
}
