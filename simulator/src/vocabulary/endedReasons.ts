/**
 * CXCallEndedReason (spec §3.1): the reason passed to reportCall(with:endedAt:reason:).
 * There is no case with raw value 0.
 */
import type {Note} from './confidence';
import {findByRawValue, findBySwiftName, rawValueMap, type EnumCase} from './enumCase';

const callEndedReasonsTable = [
  {
    rawValue: 1,
    swiftName: 'failed',
    meaning: 'Something went wrong while handling the call.',
    provenance: {confidence: 'DOC', sources: ['A32', 'H1']},
  },
  {
    rawValue: 2,
    swiftName: 'remoteEnded',
    meaning: 'The other party hung up.',
    provenance: {confidence: 'DOC', sources: ['A32', 'H1']},
  },
  {
    rawValue: 3,
    swiftName: 'unanswered',
    meaning: 'The call never began connecting and was not explicitly ended, e.g. it rang out.',
    provenance: {confidence: 'DOC', sources: ['A32', 'H1']},
  },
  {
    rawValue: 4,
    swiftName: 'answeredElsewhere',
    meaning: "The call was picked up on another of the user's devices.",
    provenance: {confidence: 'DOC', sources: ['A32', 'H1']},
    notes: [
      {
        text: 'One developer saw no Missed entry in Recents when ending an unanswered duplicate with this reason.',
        confidence: 'OBS',
        sources: ['F19'],
      },
    ],
  },
  {
    rawValue: 5,
    swiftName: 'declinedElsewhere',
    meaning: "The call was declined on another of the user's devices.",
    provenance: {confidence: 'DOC', sources: ['A32', 'H1']},
  },
] as const satisfies readonly EnumCase[];

/** Facts about the enum as a whole. */
export const callEndedReasonNotes = [
  {
    text: 'How each reason affects Recents (missed or not) is not documented by Apple.',
    confidence: 'UNCONFIRMED',
    sources: [],
  },
] as const satisfies readonly Note[];

export type CallEndedReasonCase = (typeof callEndedReasonsTable)[number] & EnumCase;

export const callEndedReasons: readonly CallEndedReasonCase[] = callEndedReasonsTable;
export type CallEndedReasonName = CallEndedReasonCase['swiftName'];
export type CallEndedReasonRawValue = CallEndedReasonCase['rawValue'];

/** `CXCallEndedReason.remoteEnded === 2`, etc. */
export const CXCallEndedReason = rawValueMap(callEndedReasons);

export function callEndedReasonByRawValue(rawValue: number): CallEndedReasonCase | undefined {
  return findByRawValue(callEndedReasons, rawValue);
}

export function callEndedReasonByName(name: string): CallEndedReasonCase | undefined {
  return findBySwiftName(callEndedReasons, name);
}
