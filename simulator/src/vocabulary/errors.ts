/**
 * CallKit error enums (spec §2.2, §2.3, §2.4).
 */
import type {Note, Provenance} from './confidence';
import {findByRawValue, findBySwiftName, rawValueMap, type EnumCase} from './enumCase';
import type {IOSVersion} from './platform';

/** An NSError domain used by CallKit. */
export interface ErrorDomain {
  /** Name of the error type, e.g. 'CXErrorCodeRequestTransactionError'. */
  readonly swiftName: string;
  /** The exported domain constant, e.g. 'CXErrorDomainRequestTransaction'. */
  readonly domainConstant: string;
  /** The domain string as it appears in logged errors; null when no source confirms it. */
  readonly logString: string | null;
  readonly logStringProvenance: Provenance;
  /** What we believe the string is when `logString` is null. */
  readonly logStringBelief: string | null;
  /** One line: where apps meet errors of this domain. */
  readonly usage: string;
  /** One line: what a non-nil error of this domain means for the flow. */
  readonly onError: Note | null;
  readonly provenance: Provenance;
}

// ---------------------------------------------------------------------------
// CXErrorCodeRequestTransactionError (§2.2)
// ---------------------------------------------------------------------------

export const requestTransactionErrorDomain = {
  swiftName: 'CXErrorCodeRequestTransactionError',
  domainConstant: 'CXErrorDomainRequestTransaction',
  logString: 'com.apple.CallKit.error.requesttransaction',
  logStringProvenance: {confidence: 'OBS', sources: ['F4']},
  logStringBelief: null,
  usage:
    'Error handed to the CXCallController request completion when the system rejects a transaction.',
  onError: {
    text: 'The transaction was not carried out and no provider delegate callback follows.',
    confidence: 'DOC',
    sources: ['H2'],
  },
  provenance: {confidence: 'DOC', sources: ['A29', 'H3']},
} as const satisfies ErrorDomain;

const requestTransactionErrorsTable = [
  {
    rawValue: 0,
    swiftName: 'unknown',
    meaning: 'The request failed for an unspecified reason.',
    provenance: {confidence: 'DOC', sources: ['A29', 'H3']},
  },
  {
    rawValue: 1,
    swiftName: 'unentitled',
    meaning: 'The app is not entitled to perform the requested actions.',
    provenance: {confidence: 'DOC', sources: ['A29', 'H3']},
  },
  {
    rawValue: 2,
    swiftName: 'unknownCallProvider',
    meaning:
      'The system has no usable provider for the app (never created, invalidated or forgotten).',
    provenance: {confidence: 'DOC', sources: ['A29']},
    notes: [
      {
        text: 'Reported after a provider reset whose re-registration failed; making a new provider fixed it.',
        confidence: 'DTS',
        sources: ['F4'],
      },
    ],
  },
  {
    rawValue: 3,
    swiftName: 'emptyTransaction',
    meaning: 'The transaction holds no actions.',
    provenance: {confidence: 'DOC', sources: ['A29']},
  },
  {
    rawValue: 4,
    swiftName: 'unknownCallUUID',
    meaning:
      'An action targets a call UUID the system does not know (never reported or already ended).',
    provenance: {confidence: 'DOC', sources: ['A29']},
    notes: [
      {
        text: 'Classic cause: passing the action uuid where the call UUID (callUUID) belongs.',
        confidence: 'OBS',
        sources: ['F18'],
      },
    ],
  },
  {
    rawValue: 5,
    swiftName: 'callUUIDAlreadyExists',
    meaning: 'A start action uses a call UUID that is already taken.',
    provenance: {confidence: 'DOC', sources: ['A29']},
  },
  {
    rawValue: 6,
    swiftName: 'invalidAction',
    meaning:
      'One of the actions is not valid, for example because the call state does not allow it.',
    provenance: {confidence: 'DOC', sources: ['A29']},
    notes: [
      {
        text: 'Exactly which situations produce this code is not documented.',
        confidence: 'UNCONFIRMED',
        sources: [],
      },
    ],
  },
  {
    rawValue: 7,
    swiftName: 'maximumCallGroupsReached',
    meaning: 'Carrying out the transaction would go beyond maximumCallGroups.',
    provenance: {confidence: 'DOC', sources: ['A29']},
    notes: [
      {
        text: 'Often caused by a stale call that was never ended or reported as ended.',
        confidence: 'OBS',
        sources: ['O13', 'O11'],
      },
      {
        text: 'Also seen on the very first request made right after creating the provider.',
        confidence: 'OBS',
        sources: ['O14'],
      },
    ],
  },
  {
    rawValue: 8,
    swiftName: 'callIsProtected',
    meaning: 'Newer case found in recent SDK bindings; Apple publishes no description for it.',
    provenance: {confidence: 'DOC', sources: ['M1', 'H5']},
    notes: [
      {
        text: 'What triggers this code and what it means are unknown.',
        confidence: 'UNCONFIRMED',
        sources: [],
      },
    ],
  },
] as const satisfies readonly EnumCase[];

export type RequestTransactionErrorCase = (typeof requestTransactionErrorsTable)[number] & EnumCase;

export const requestTransactionErrors: readonly RequestTransactionErrorCase[] =
  requestTransactionErrorsTable;
export type RequestTransactionErrorName = RequestTransactionErrorCase['swiftName'];
export type RequestTransactionErrorRawValue = RequestTransactionErrorCase['rawValue'];

/** `CXErrorCodeRequestTransactionError.unknownCallUUID === 4`, etc. */
export const CXErrorCodeRequestTransactionError = rawValueMap(requestTransactionErrors);

export function requestTransactionErrorByCode(
  code: number,
): RequestTransactionErrorCase | undefined {
  return findByRawValue(requestTransactionErrors, code);
}

export function requestTransactionErrorByName(
  name: string,
): RequestTransactionErrorCase | undefined {
  return findBySwiftName(requestTransactionErrors, name);
}

// ---------------------------------------------------------------------------
// CXErrorCodeIncomingCallError (§2.3)
// ---------------------------------------------------------------------------

export const incomingCallErrorDomain = {
  swiftName: 'CXErrorCodeIncomingCallError',
  domainConstant: 'CXErrorDomainIncomingCall',
  logString: 'com.apple.CallKit.error.incomingcall',
  logStringProvenance: {confidence: 'OBS', sources: ['F13']},
  logStringBelief: null,
  usage: 'Error handed to the reportNewIncomingCall completion when the system refuses the call.',
  onError: {
    text: 'The call is never shown and the app must drop it.',
    confidence: 'DOC',
    sources: ['H1', 'A17'],
  },
  provenance: {confidence: 'DOC', sources: ['A30', 'H3']},
} as const satisfies ErrorDomain;

const incomingCallErrorsTable = [
  {
    rawValue: 0,
    swiftName: 'unknown',
    meaning: 'The call was refused for an unspecified reason.',
    provenance: {confidence: 'DOC', sources: ['A30', 'H3']},
  },
  {
    rawValue: 1,
    swiftName: 'unentitled',
    meaning: 'The app is not allowed to report incoming calls.',
    provenance: {confidence: 'DOC', sources: ['A30', 'H3']},
    notes: [
      {
        text: 'Apple names no concrete cause; belief: callservicesd did not accept the provider (e.g. no voip background mode).',
        confidence: 'UNCONFIRMED',
        sources: [],
      },
    ],
  },
  {
    rawValue: 2,
    swiftName: 'callUUIDAlreadyExists',
    meaning: 'A call with the same UUID is already known to the system.',
    provenance: {confidence: 'DOC', sources: ['A30']},
    notes: [
      {
        text: 'Apps use this to de-duplicate: a second report with the same UUID does not ring again.',
        confidence: 'OBS',
        sources: ['F1', 'F19'],
      },
    ],
  },
  {
    rawValue: 3,
    swiftName: 'filteredByDoNotDisturb',
    meaning: 'Do Not Disturb (Focus) is on and this caller is not let through.',
    provenance: {confidence: 'DOC', sources: ['A30', 'W1']},
    notes: [
      {
        text: 'Open-source plugins surface Do Not Disturb as this code.',
        confidence: 'OBS',
        sources: ['O21'],
      },
    ],
  },
  {
    rawValue: 4,
    swiftName: 'filteredByBlockList',
    meaning: "The caller is on the user's block list.",
    provenance: {confidence: 'DOC', sources: ['A30', 'W1']},
    notes: [
      {
        text: 'Seen in production logs.',
        confidence: 'OBS',
        sources: ['F13'],
      },
    ],
  },
  {
    rawValue: 5,
    swiftName: 'filteredDuringRestrictedSharingMode',
    meaning: 'Added with the Xcode 15 / iOS 17 SDK; Apple publishes no description for it.',
    provenance: {confidence: 'DOC', sources: ['H5', 'X1']},
    notes: [
      {
        text: 'Its exact semantics are unknown (belief: a newer privacy or restricted-sharing feature).',
        confidence: 'UNCONFIRMED',
        sources: [],
      },
    ],
  },
  {
    rawValue: 6,
    swiftName: 'callIsProtected',
    meaning: 'Newer case found in recent SDK bindings; Apple publishes no description for it.',
    provenance: {confidence: 'DOC', sources: ['M2', 'H5']},
    notes: [
      {
        text: 'What triggers this code and what it means are unknown.',
        confidence: 'UNCONFIRMED',
        sources: [],
      },
    ],
  },
  {
    rawValue: 7,
    swiftName: 'filteredBySensitiveParticipants',
    meaning: 'Newest case, from iOS 26-era SDK bindings; Apple publishes no description for it.',
    provenance: {confidence: 'DOC', sources: ['M2', 'H5']},
    notes: [
      {
        text: 'What triggers this code and what it means are unknown.',
        confidence: 'UNCONFIRMED',
        sources: [],
      },
    ],
  },
] as const satisfies readonly EnumCase[];

export type IncomingCallErrorCase = (typeof incomingCallErrorsTable)[number] & EnumCase;

export const incomingCallErrors: readonly IncomingCallErrorCase[] = incomingCallErrorsTable;
export type IncomingCallErrorName = IncomingCallErrorCase['swiftName'];
export type IncomingCallErrorRawValue = IncomingCallErrorCase['rawValue'];

/** `CXErrorCodeIncomingCallError.filteredByBlockList === 4`, etc. */
export const CXErrorCodeIncomingCallError = rawValueMap(incomingCallErrors);

export function incomingCallErrorByCode(code: number): IncomingCallErrorCase | undefined {
  return findByRawValue(incomingCallErrors, code);
}

export function incomingCallErrorByName(name: string): IncomingCallErrorCase | undefined {
  return findBySwiftName(incomingCallErrors, name);
}

// ---------------------------------------------------------------------------
// CXErrorCode (§2.4)
// ---------------------------------------------------------------------------

/** A CXErrorCode case also records the iOS release that introduced it. */
export interface VersionedEnumCase extends EnumCase {
  readonly since: IOSVersion;
}

export const cxErrorDomain = {
  swiftName: 'CXErrorCode',
  domainConstant: 'CXErrorDomain',
  logString: null,
  logStringProvenance: {confidence: 'UNCONFIRMED', sources: []},
  logStringBelief: 'com.apple.CallKit.error',
  usage: 'General CallKit error codes; the spec does not say which APIs return which code.',
  onError: null,
  provenance: {confidence: 'DOC', sources: ['A31', 'H5']},
} as const satisfies ErrorDomain;

const undocumentedUsage = {
  text: 'The spec records only the case name and version; which APIs return it is not documented.',
  confidence: 'UNCONFIRMED',
  sources: [],
} as const satisfies Note;

const cxErrorCodesTable = [
  {
    rawValue: 0,
    swiftName: 'unknownError',
    since: 'iOS 10',
    meaning: 'Generic CallKit error with no specific cause.',
    provenance: {confidence: 'DOC', sources: ['A31', 'H5']},
    notes: [undocumentedUsage],
  },
  {
    rawValue: 1,
    swiftName: 'unentitled',
    since: 'iOS 13.2',
    meaning: 'The app lacks the entitlement the operation needs.',
    provenance: {confidence: 'DOC', sources: ['A31', 'H5']},
    notes: [undocumentedUsage],
  },
  {
    rawValue: 2,
    swiftName: 'invalidArgument',
    since: 'iOS 13.2',
    meaning: 'An argument passed to CallKit was not acceptable.',
    provenance: {confidence: 'DOC', sources: ['A31', 'H5']},
    notes: [undocumentedUsage],
  },
  {
    rawValue: 3,
    swiftName: 'missingVoIPBackgroundMode',
    since: 'iOS 14.5',
    meaning: "The app's UIBackgroundModes does not list voip.",
    provenance: {confidence: 'DOC', sources: ['A31', 'H5']},
    notes: [undocumentedUsage],
  },
] as const satisfies readonly VersionedEnumCase[];

export type CXErrorCodeCase = (typeof cxErrorCodesTable)[number] & VersionedEnumCase;

export const cxErrorCodes: readonly CXErrorCodeCase[] = cxErrorCodesTable;
export type CXErrorCodeName = CXErrorCodeCase['swiftName'];
export type CXErrorCodeRawValue = CXErrorCodeCase['rawValue'];

/** `CXErrorCode.missingVoIPBackgroundMode === 3`, etc. */
export const CXErrorCode = rawValueMap(cxErrorCodes);

export function cxErrorCodeByCode(code: number): CXErrorCodeCase | undefined {
  return findByRawValue(cxErrorCodes, code);
}

export function cxErrorCodeByName(name: string): CXErrorCodeCase | undefined {
  return findBySwiftName(cxErrorCodes, name);
}

/** The three CallKit error domains the simulator models. */
export const errorDomains = [
  requestTransactionErrorDomain,
  incomingCallErrorDomain,
  cxErrorDomain,
] as const satisfies readonly ErrorDomain[];
