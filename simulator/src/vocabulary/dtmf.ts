/**
 * CXPlayDTMFCallAction.ActionType (spec §1.3).
 */
import {findByRawValue, findBySwiftName, rawValueMap, type EnumCase} from './enumCase';

const dtmfActionTypesTable = [
  {
    rawValue: 1,
    swiftName: 'singleTone',
    meaning: 'One digit tapped on the keypad.',
    provenance: {confidence: 'DOC', sources: ['A13', 'H5']},
  },
  {
    rawValue: 2,
    swiftName: 'softPause',
    meaning: 'The digits that follow a soft pause (a comma) in a dial string.',
    provenance: {confidence: 'DOC', sources: ['A13', 'H5']},
  },
  {
    rawValue: 3,
    swiftName: 'hardPause',
    meaning: 'The digits that follow a hard pause (a semicolon) in a dial string.',
    provenance: {confidence: 'DOC', sources: ['A13', 'H5']},
  },
] as const satisfies readonly EnumCase[];

export type DTMFActionTypeCase = (typeof dtmfActionTypesTable)[number] & EnumCase;

export const dtmfActionTypes: readonly DTMFActionTypeCase[] = dtmfActionTypesTable;
export type DTMFActionTypeName = DTMFActionTypeCase['swiftName'];
export type DTMFActionTypeRawValue = DTMFActionTypeCase['rawValue'];

/** `CXPlayDTMFActionType.hardPause === 3`, etc. (Swift: `CXPlayDTMFCallAction.ActionType`). */
export const CXPlayDTMFActionType = rawValueMap(dtmfActionTypes);

export function dtmfActionTypeByRawValue(rawValue: number): DTMFActionTypeCase | undefined {
  return findByRawValue(dtmfActionTypes, rawValue);
}

export function dtmfActionTypeByName(name: string): DTMFActionTypeCase | undefined {
  return findBySwiftName(dtmfActionTypes, name);
}
