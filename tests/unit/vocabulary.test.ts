import {describe, test} from 'node:test';
import assert from 'node:assert/strict';

import * as vocabulary from '../../simulator/src/vocabulary';
import {
  CXCallEndedReason,
  CXErrorCode,
  CXErrorCodeIncomingCallError,
  CXErrorCodeRequestTransactionError,
  CXHandleType,
  CXPlayDTMFActionType,
  callActionByClassName,
  callActionKinds,
  callActions,
  callEndedReasonByName,
  callEndedReasonByRawValue,
  callEndedReasonNotes,
  callEndedReasons,
  callUpdateNotes,
  callUpdateProperties,
  callUpdatePropertyByName,
  confidenceLevels,
  cxAction,
  cxCallAction,
  cxErrorCodeByCode,
  cxErrorCodeByName,
  cxErrorCodes,
  cxErrorDomain,
  defaultProviderConfiguration,
  dtmfActionTypeByName,
  dtmfActionTypeByRawValue,
  dtmfActionTypes,
  handleTypeByName,
  handleTypeByRawValue,
  handleTypes,
  incomingCallErrorByCode,
  incomingCallErrorByName,
  incomingCallErrorDomain,
  incomingCallErrors,
  isCallActionKind,
  isSourceKey,
  providerConfigurationProperties,
  providerConfigurationPropertyByName,
  requestTransactionErrorByCode,
  requestTransactionErrorByName,
  requestTransactionErrorDomain,
  requestTransactionErrors,
  sourceByKey,
  sourceKeys,
  sources,
  type CallActionKind,
  type Confidence,
  type EnumCase,
  type Note,
  type Provenance,
  type ProviderConfiguration,
} from '../../simulator/src/index';

// ---------------------------------------------------------------------------
// helpers
// ---------------------------------------------------------------------------

/** Raw values must be unique and exactly the integers from..to. */
function assertContiguous(table: readonly EnumCase[], from: number, to: number): void {
  const values = table.map((entry) => entry.rawValue);
  assert.equal(new Set(values).size, values.length, `duplicate raw values: ${values.join(',')}`);
  const expected = Array.from({length: to - from + 1}, (_, i) => from + i);
  assert.deepEqual(
    [...values].sort((a, b) => a - b),
    expected,
  );
}

function assertUniqueNames(table: readonly EnumCase[]): void {
  const names = table.map((entry) => entry.swiftName);
  assert.equal(new Set(names).size, names.length, `duplicate names: ${names.join(',')}`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isProvenance(value: unknown): value is Provenance {
  return isRecord(value) && 'confidence' in value && 'sources' in value;
}

interface Found<T> {
  readonly path: string;
  readonly value: T;
}

/** Walks every exported value and yields each provenance-shaped object with its path. */
function collectProvenances(root: unknown, path: string, out: Found<Provenance>[]): void {
  if (Array.isArray(root)) {
    root.forEach((item, index) => collectProvenances(item, `${path}[${index}]`, out));
    return;
  }
  if (!isRecord(root)) return;
  if (isProvenance(root)) out.push({path, value: root});
  for (const [key, value] of Object.entries(root)) {
    collectProvenances(value, `${path}.${key}`, out);
  }
}

const TEXT_KEYS = new Set([
  'meaning',
  'effect',
  'whenSent',
  'fulfilMeans',
  'failMeans',
  'text',
  'usage',
  'title',
]);

/** Walks every exported value and yields every human-readable text field with its path. */
function collectTexts(root: unknown, path: string, out: Found<unknown>[]): void {
  if (Array.isArray(root)) {
    root.forEach((item, index) => collectTexts(item, `${path}[${index}]`, out));
    return;
  }
  if (!isRecord(root)) return;
  for (const [key, value] of Object.entries(root)) {
    if (TEXT_KEYS.has(key)) out.push({path: `${path}.${key}`, value});
    collectTexts(value, `${path}.${key}`, out);
  }
}

const exportedData = Object.entries(vocabulary).filter(([, value]) => typeof value !== 'function');

function allProvenances(): Found<Provenance>[] {
  const out: Found<Provenance>[] = [];
  for (const [name, value] of exportedData) collectProvenances(value, name, out);
  return out;
}

function allTexts(): Found<unknown>[] {
  const out: Found<unknown>[] = [];
  for (const [name, value] of exportedData) collectTexts(value, name, out);
  return out;
}

function hasUnconfirmedNote(notes: readonly Note[] | undefined): boolean {
  return (notes ?? []).some((note) => note.confidence === 'UNCONFIRMED');
}

// ---------------------------------------------------------------------------
// error enums
// ---------------------------------------------------------------------------

describe('CXErrorCodeRequestTransactionError', () => {
  test('each case has the spec raw value (unknown=0 … callIsProtected=8)', () => {
    assert.deepEqual(
      {...CXErrorCodeRequestTransactionError},
      {
        unknown: 0,
        unentitled: 1,
        unknownCallProvider: 2,
        emptyTransaction: 3,
        unknownCallUUID: 4,
        callUUIDAlreadyExists: 5,
        invalidAction: 6,
        maximumCallGroupsReached: 7,
        callIsProtected: 8,
      },
    );
  });

  test('raw values are unique and contiguous 0–8, names unique', () => {
    assertContiguous(requestTransactionErrors, 0, 8);
    assertUniqueNames(requestTransactionErrors);
  });

  test('raw values are literal types at compile time', () => {
    const unknownCallUUID: 4 = CXErrorCodeRequestTransactionError.unknownCallUUID;
    const callIsProtected: 8 = CXErrorCodeRequestTransactionError.callIsProtected;
    assert.equal(unknownCallUUID, 4);
    assert.equal(callIsProtected, 8);
  });

  test('lookups by code and by name find known cases and return undefined otherwise', () => {
    assert.equal(requestTransactionErrorByCode(4)?.swiftName, 'unknownCallUUID');
    assert.equal(requestTransactionErrorByCode(7)?.swiftName, 'maximumCallGroupsReached');
    assert.equal(requestTransactionErrorByName('callIsProtected')?.rawValue, 8);
    for (const bad of [-1, 9, 4.5, Number.NaN]) {
      assert.equal(requestTransactionErrorByCode(bad), undefined, `code ${bad}`);
    }
    assert.equal(requestTransactionErrorByName('UnknownCallUUID'), undefined);
    assert.equal(requestTransactionErrorByName(''), undefined);
  });

  test('domain is CXErrorDomainRequestTransaction with the logged string', () => {
    assert.equal(requestTransactionErrorDomain.swiftName, 'CXErrorCodeRequestTransactionError');
    assert.equal(requestTransactionErrorDomain.domainConstant, 'CXErrorDomainRequestTransaction');
    assert.equal(
      requestTransactionErrorDomain.logString,
      'com.apple.CallKit.error.requesttransaction',
    );
    assert.notEqual(requestTransactionErrorDomain.logStringProvenance.confidence, 'UNCONFIRMED');
  });

  test('semantics the spec leaves open (invalidAction triggers, callIsProtected) carry an UNCONFIRMED note', () => {
    assert.ok(hasUnconfirmedNote(requestTransactionErrorByName('invalidAction')?.notes));
    assert.ok(hasUnconfirmedNote(requestTransactionErrorByName('callIsProtected')?.notes));
    assert.ok(!hasUnconfirmedNote(requestTransactionErrorByName('emptyTransaction')?.notes));
  });

  test('observed causes are tagged OBS with their sources (error 4: F18, error 7: O13/O14)', () => {
    const four = requestTransactionErrorByName('unknownCallUUID');
    assert.ok(four?.notes?.some((n) => n.confidence === 'OBS' && n.sources.includes('F18')));
    const seven = requestTransactionErrorByName('maximumCallGroupsReached');
    const obsSources = (seven?.notes ?? []).filter((n) => n.confidence === 'OBS');
    assert.ok(obsSources.some((n) => n.sources.includes('O13')));
    assert.ok(obsSources.some((n) => n.sources.includes('O14')));
    const two = requestTransactionErrorByName('unknownCallProvider');
    assert.ok(two?.notes?.some((n) => n.confidence === 'DTS' && n.sources.includes('F4')));
  });
});

describe('CXErrorCodeIncomingCallError', () => {
  test('each case has the spec raw value (unknown=0 … filteredBySensitiveParticipants=7)', () => {
    assert.deepEqual(
      {...CXErrorCodeIncomingCallError},
      {
        unknown: 0,
        unentitled: 1,
        callUUIDAlreadyExists: 2,
        filteredByDoNotDisturb: 3,
        filteredByBlockList: 4,
        filteredDuringRestrictedSharingMode: 5,
        callIsProtected: 6,
        filteredBySensitiveParticipants: 7,
      },
    );
  });

  test('raw values are unique and contiguous 0–7, names unique', () => {
    assertContiguous(incomingCallErrors, 0, 7);
    assertUniqueNames(incomingCallErrors);
  });

  test('lookups by code and by name find known cases and return undefined otherwise', () => {
    assert.equal(incomingCallErrorByCode(3)?.swiftName, 'filteredByDoNotDisturb');
    assert.equal(incomingCallErrorByName('filteredBySensitiveParticipants')?.rawValue, 7);
    assert.equal(incomingCallErrorByCode(8), undefined);
    assert.equal(incomingCallErrorByName('unknownCallUUID'), undefined);
  });

  test('domain is CXErrorDomainIncomingCall with the logged string', () => {
    assert.equal(incomingCallErrorDomain.swiftName, 'CXErrorCodeIncomingCallError');
    assert.equal(incomingCallErrorDomain.domainConstant, 'CXErrorDomainIncomingCall');
    assert.equal(incomingCallErrorDomain.logString, 'com.apple.CallKit.error.incomingcall');
    assert.notEqual(incomingCallErrorDomain.logStringProvenance.confidence, 'UNCONFIRMED');
  });

  test('the three newest cases (5, 6, 7) have UNCONFIRMED semantics', () => {
    for (const code of [5, 6, 7]) {
      assert.ok(hasUnconfirmedNote(incomingCallErrorByCode(code)?.notes), `code ${code}`);
    }
  });
});

describe('CXErrorCode', () => {
  test('each case has the spec raw value and introduction version', () => {
    assert.deepEqual(
      {...CXErrorCode},
      {unknownError: 0, unentitled: 1, invalidArgument: 2, missingVoIPBackgroundMode: 3},
    );
    assert.deepEqual(
      cxErrorCodes.map((entry) => [entry.swiftName, entry.since]),
      [
        ['unknownError', 'iOS 10'],
        ['unentitled', 'iOS 13.2'],
        ['invalidArgument', 'iOS 13.2'],
        ['missingVoIPBackgroundMode', 'iOS 14.5'],
      ],
    );
  });

  test('raw values are unique and contiguous 0–3, names unique', () => {
    assertContiguous(cxErrorCodes, 0, 3);
    assertUniqueNames(cxErrorCodes);
  });

  test('lookups by code and by name return the case, or undefined when unknown', () => {
    assert.equal(cxErrorCodeByCode(3)?.swiftName, 'missingVoIPBackgroundMode');
    assert.equal(cxErrorCodeByName('invalidArgument')?.rawValue, 2);
    assert.equal(cxErrorCodeByCode(4), undefined);
    assert.equal(cxErrorCodeByName('unknown'), undefined);
  });

  test('CXErrorDomain log string is not asserted: null, UNCONFIRMED, with the belief recorded', () => {
    assert.equal(cxErrorDomain.domainConstant, 'CXErrorDomain');
    assert.equal(cxErrorDomain.logString, null);
    assert.equal(cxErrorDomain.logStringProvenance.confidence, 'UNCONFIRMED');
    assert.equal(cxErrorDomain.logStringBelief, 'com.apple.CallKit.error');
  });
});

// ---------------------------------------------------------------------------
// other enums
// ---------------------------------------------------------------------------

describe('CXCallEndedReason', () => {
  test('each case has the spec raw value (failed=1 … declinedElsewhere=5)', () => {
    assert.deepEqual(
      {...CXCallEndedReason},
      {failed: 1, remoteEnded: 2, unanswered: 3, answeredElsewhere: 4, declinedElsewhere: 5},
    );
  });

  test('raw values are unique and contiguous 1–5 and there is no value 0', () => {
    assertContiguous(callEndedReasons, 1, 5);
    assertUniqueNames(callEndedReasons);
    assert.equal(callEndedReasonByRawValue(0), undefined);
  });

  test('lookups by raw value and by name return the case, or undefined when unknown', () => {
    assert.equal(callEndedReasonByRawValue(2)?.swiftName, 'remoteEnded');
    assert.equal(callEndedReasonByName('unanswered')?.rawValue, 3);
    assert.equal(callEndedReasonByName('missed'), undefined);
  });

  test('the effect of end reasons on Recents is tagged UNCONFIRMED', () => {
    assert.ok(callEndedReasonNotes.some((note) => note.confidence === 'UNCONFIRMED'));
  });
});

describe('CXHandle.HandleType', () => {
  test('generic=1, phoneNumber=2, emailAddress=3, contiguous and unique', () => {
    assert.deepEqual({...CXHandleType}, {generic: 1, phoneNumber: 2, emailAddress: 3});
    assertContiguous(handleTypes, 1, 3);
    assertUniqueNames(handleTypes);
    assert.equal(handleTypeByRawValue(2)?.swiftName, 'phoneNumber');
    assert.equal(handleTypeByName('emailAddress')?.rawValue, 3);
    assert.equal(handleTypeByRawValue(0), undefined);
    assert.equal(handleTypeByName('email'), undefined);
  });
});

describe('CXPlayDTMFCallAction.ActionType', () => {
  test('singleTone=1, softPause=2, hardPause=3, contiguous and unique', () => {
    assert.deepEqual({...CXPlayDTMFActionType}, {singleTone: 1, softPause: 2, hardPause: 3});
    assertContiguous(dtmfActionTypes, 1, 3);
    assertUniqueNames(dtmfActionTypes);
    assert.equal(dtmfActionTypeByRawValue(3)?.swiftName, 'hardPause');
    assert.equal(dtmfActionTypeByName('softPause')?.rawValue, 2);
    assert.equal(dtmfActionTypeByRawValue(4), undefined);
    assert.equal(dtmfActionTypeByName('pause'), undefined);
  });
});

test('raw-value maps are frozen so the engine cannot rewrite Apple constants', () => {
  for (const map of [
    CXErrorCodeRequestTransactionError,
    CXErrorCodeIncomingCallError,
    CXErrorCode,
    CXCallEndedReason,
    CXHandleType,
    CXPlayDTMFActionType,
  ]) {
    assert.ok(Object.isFrozen(map));
  }
});

// ---------------------------------------------------------------------------
// actions
// ---------------------------------------------------------------------------

describe('call actions', () => {
  const expectedKinds: readonly CallActionKind[] = [
    'CXStartCallAction',
    'CXAnswerCallAction',
    'CXEndCallAction',
    'CXSetHeldCallAction',
    'CXSetMutedCallAction',
    'CXSetGroupCallAction',
    'CXPlayDTMFCallAction',
    'CXSetTranslatingCallAction',
  ];

  test('the action list holds exactly the 8 CXCallAction subclasses, once each', () => {
    assert.equal(callActions.length, 8);
    assert.deepEqual([...callActionKinds].sort(), [...expectedKinds].sort());
    assert.equal(new Set(callActionKinds).size, 8);
  });

  test('isCallActionKind / callActionByClassName accept only those class names', () => {
    for (const kind of expectedKinds) {
      assert.ok(isCallActionKind(kind));
      assert.equal(callActionByClassName(kind)?.className, kind);
    }
    for (const bad of ['CXAction', 'CXCallAction', 'CXTransaction', 'cxstartcallaction']) {
      assert.equal(isCallActionKind(bad), false, bad);
      assert.equal(callActionByClassName(bad), undefined, bad);
    }
  });

  test('only CXSetTranslatingCallAction is iOS 26; every other action exists since iOS 10', () => {
    for (const action of callActions) {
      const expected = action.className === 'CXSetTranslatingCallAction' ? 'iOS 26' : 'iOS 10';
      assert.equal(action.since, expected, action.className);
    }
  });

  test('special fulfil variants: start/answer/end carry dates, translating carries an engine, others none', () => {
    const signatures = Object.fromEntries(
      callActions.map((action) => [action.className, action.specialFulfill?.signature ?? null]),
    );
    assert.deepEqual(signatures, {
      CXStartCallAction: 'fulfill(withDateStarted:)',
      CXAnswerCallAction: 'fulfill(withDateConnected:)',
      CXEndCallAction: 'fulfill(withDateEnded:)',
      CXSetHeldCallAction: null,
      CXSetMutedCallAction: null,
      CXSetGroupCallAction: null,
      CXPlayDTMFCallAction: null,
      CXSetTranslatingCallAction: 'fulfillUsingTranslationEngine:',
    });
  });

  test('each action lists the extra properties named in the spec', () => {
    const props = Object.fromEntries(
      callActions.map((action) => [
        action.className,
        action.properties.map((p) => `${p.name}:${p.swiftType ?? '?'}`),
      ]),
    );
    assert.deepEqual(props, {
      CXStartCallAction: ['handle:CXHandle', 'contactIdentifier:String?', 'isVideo:Bool'],
      CXAnswerCallAction: [],
      CXEndCallAction: [],
      CXSetHeldCallAction: ['isOnHold:Bool'],
      CXSetMutedCallAction: ['isMuted:Bool'],
      CXSetGroupCallAction: ['callUUIDToGroupWith:UUID?'],
      CXPlayDTMFCallAction: ['digits:String', 'type:CXPlayDTMFCallAction.ActionType'],
      CXSetTranslatingCallAction: ['isTranslating:?', 'localLanguage:?', 'remoteLanguage:?'],
    });
  });

  test('fail() consequences follow spec §1.4 confidence: start DOC, answer OBS, the rest UNCONFIRMED', () => {
    const failConfidence = Object.fromEntries(
      callActions.map((action) => [action.className, action.failProvenance.confidence]),
    );
    assert.deepEqual(failConfidence, {
      CXStartCallAction: 'DOC',
      CXAnswerCallAction: 'OBS',
      CXEndCallAction: 'UNCONFIRMED',
      CXSetHeldCallAction: 'UNCONFIRMED',
      CXSetMutedCallAction: 'UNCONFIRMED',
      CXSetGroupCallAction: 'UNCONFIRMED',
      CXPlayDTMFCallAction: 'UNCONFIRMED',
      CXSetTranslatingCallAction: 'UNCONFIRMED',
    });
    assert.deepEqual(callActionByClassName('CXAnswerCallAction')?.failProvenance.sources, ['O3']);
    // Start: UI is documented, removal of the call is not.
    assert.ok(hasUnconfirmedNote(callActionByClassName('CXStartCallAction')?.notes));
  });

  test('CXSetTranslatingCallAction: class is DOC (H5) but all behaviour is UNCONFIRMED', () => {
    const action = callActionByClassName('CXSetTranslatingCallAction');
    assert.ok(action);
    assert.equal(action.provenance.confidence, 'DOC');
    assert.deepEqual(action.provenance.sources, ['H5']);
    assert.equal(action.whenSentProvenance.confidence, 'UNCONFIRMED');
    assert.equal(action.fulfilProvenance.confidence, 'UNCONFIRMED');
    assert.equal(action.failProvenance.confidence, 'UNCONFIRMED');
  });

  test('documented actions have documented "when sent" and "fulfil" facts', () => {
    for (const action of callActions) {
      if (action.className === 'CXSetTranslatingCallAction') continue;
      assert.equal(action.whenSentProvenance.confidence, 'DOC', action.className);
      assert.equal(action.fulfilProvenance.confidence, 'DOC', action.className);
    }
  });

  test('CXEndCallAction notes the DTS fact that it is the only "call ended" path (F9)', () => {
    const end = callActionByClassName('CXEndCallAction');
    assert.ok(end?.notes?.some((n) => n.confidence === 'DTS' && n.sources.includes('F9')));
  });

  test('CXAction exposes uuid, isComplete, timeoutDate, fulfill(), fail(); CXCallAction adds callUUID', () => {
    assert.equal(cxAction.className, 'CXAction');
    assert.equal(cxAction.superclass, null);
    assert.deepEqual(
      cxAction.members.map((m) => m.name),
      ['uuid', 'isComplete', 'timeoutDate', 'fulfill()', 'fail()'],
    );
    assert.deepEqual(
      cxAction.members.map((m) => m.swiftType),
      ['UUID', 'Bool', 'Date', null, null],
    );
    assert.equal(cxCallAction.superclass, 'CXAction');
    const callUUID = cxCallAction.members.find((m) => m.name === 'callUUID');
    assert.equal(callUUID?.swiftType, 'UUID');
    assert.ok(cxCallAction.members.some((m) => m.name === 'init(call:)'));
  });

  test('action timeout durations are tagged UNCONFIRMED', () => {
    const timeoutDate = cxAction.members.find((m) => m.name === 'timeoutDate');
    assert.ok(timeoutDate && 'notes' in timeoutDate);
    assert.ok(hasUnconfirmedNote(timeoutDate.notes));
  });
});

// ---------------------------------------------------------------------------
// provider configuration
// ---------------------------------------------------------------------------

describe('CXProviderConfiguration', () => {
  test('defaults: 2 groups, 5 calls per group, Recents on, video off, nil ringtone, nil icon', () => {
    const expected: ProviderConfiguration = {
      localizedName: null,
      ringtoneSound: null,
      iconTemplateImageData: null,
      maximumCallGroups: 2,
      maximumCallsPerCallGroup: 5,
      includesCallsInRecents: true,
      supportsVideo: false,
      supportedHandleTypes: [],
      supportsAudioTranslation: false,
    };
    assert.deepEqual(defaultProviderConfiguration, expected);
  });

  test('the default configuration is built from the property table (same keys, order and values)', () => {
    assert.deepEqual(
      Object.keys(defaultProviderConfiguration),
      providerConfigurationProperties.map((p) => p.name),
    );
    for (const property of providerConfigurationProperties) {
      assert.deepEqual(
        defaultProviderConfiguration[property.name],
        property.defaultValue,
        property.name,
      );
    }
  });

  test('the default configuration and its handle-type list are frozen', () => {
    assert.ok(Object.isFrozen(defaultProviderConfiguration));
    assert.ok(Object.isFrozen(defaultProviderConfiguration.supportedHandleTypes));
  });

  test('version facts: localizedName deprecated in iOS 14, Recents flag iOS 11, translation iOS 26', () => {
    const byName = (name: string) => providerConfigurationPropertyByName(name);
    assert.equal(byName('localizedName')?.deprecated, 'iOS 14');
    assert.equal(byName('includesCallsInRecents')?.since, 'iOS 11');
    assert.equal(byName('supportsAudioTranslation')?.since, 'iOS 26');
    const deprecated = providerConfigurationProperties.filter((p) => 'deprecated' in p);
    assert.deepEqual(
      deprecated.map((p) => p.name),
      ['localizedName'],
    );
    assert.equal(byName('maximumCalls'), undefined);
  });

  test('defaults the spec cannot confirm (handle types, ringtone, translation) are UNCONFIRMED', () => {
    for (const name of ['supportedHandleTypes', 'supportsAudioTranslation', 'ringtoneSound']) {
      const property = providerConfigurationPropertyByName(name);
      assert.equal(property?.defaultProvenance.confidence, 'UNCONFIRMED', name);
      // ...while the property itself is documented.
      assert.equal(property?.provenance.confidence, 'DOC', name);
    }
  });

  test('header-documented defaults (2 / 5 / YES / NO / nil icon) cite H4', () => {
    for (const name of [
      'maximumCallGroups',
      'maximumCallsPerCallGroup',
      'includesCallsInRecents',
      'supportsVideo',
      'iconTemplateImageData',
    ]) {
      const property = providerConfigurationPropertyByName(name);
      assert.equal(property?.defaultProvenance.confidence, 'DOC', name);
      assert.ok(property?.defaultProvenance.sources.includes('H4'), name);
    }
  });

  test('the table lists exactly the nine spec properties with their Swift types', () => {
    assert.deepEqual(
      providerConfigurationProperties.map((p) => [p.name, p.swiftType]),
      [
        ['localizedName', 'String?'],
        ['ringtoneSound', 'String?'],
        ['iconTemplateImageData', 'Data?'],
        ['maximumCallGroups', 'Int'],
        ['maximumCallsPerCallGroup', 'Int'],
        ['includesCallsInRecents', 'Bool'],
        ['supportsVideo', 'Bool'],
        ['supportedHandleTypes', 'Set<CXHandle.HandleType>'],
        ['supportsAudioTranslation', 'Bool'],
      ],
    );
  });
});

// ---------------------------------------------------------------------------
// call update
// ---------------------------------------------------------------------------

describe('CXCallUpdate', () => {
  test('lists exactly the seven spec properties with their Swift types', () => {
    assert.deepEqual(
      callUpdateProperties.map((p) => [p.name, p.swiftType]),
      [
        ['remoteHandle', 'CXHandle?'],
        ['localizedCallerName', 'String?'],
        ['supportsHolding', 'Bool'],
        ['supportsGrouping', 'Bool'],
        ['supportsUngrouping', 'Bool'],
        ['supportsDTMF', 'Bool'],
        ['hasVideo', 'Bool'],
      ],
    );
    assert.equal(callUpdatePropertyByName('callerIdentifier'), undefined);
    assert.equal(callUpdatePropertyByName('hasVideo')?.swiftType, 'Bool');
  });

  test('"unset = ignored" is DOC; the value of a never-set Bool is UNCONFIRMED', () => {
    assert.ok(callUpdateNotes.some((n) => n.confidence === 'DOC' && n.sources.includes('A24')));
    assert.ok(callUpdateNotes.some((n) => n.confidence === 'UNCONFIRMED'));
  });
});

// ---------------------------------------------------------------------------
// cross-cutting rules
// ---------------------------------------------------------------------------

describe('provenance', () => {
  const provenances = allProvenances();

  test('the walker finds the provenance of every table (guards against an empty walk)', () => {
    const tableSizes =
      requestTransactionErrors.length +
      incomingCallErrors.length +
      cxErrorCodes.length +
      callEndedReasons.length +
      handleTypes.length +
      dtmfActionTypes.length +
      callActions.length * 4 +
      providerConfigurationProperties.length * 2 +
      callUpdateProperties.length;
    assert.ok(
      provenances.length >= tableSizes,
      `${provenances.length} found, ${tableSizes} expected`,
    );
  });

  test('every provenance uses one of the four confidence tags', () => {
    const allowed: readonly string[] = confidenceLevels;
    assert.deepEqual(confidenceLevels, ['DOC', 'DTS', 'OBS', 'UNCONFIRMED'] satisfies Confidence[]);
    for (const {path, value} of provenances) {
      assert.ok(allowed.includes(value.confidence), `${path}: ${value.confidence}`);
    }
  });

  test('every cited source key exists in the sources registry', () => {
    for (const {path, value} of provenances) {
      for (const key of value.sources) {
        assert.ok(isSourceKey(key), `${path} cites unknown source ${key}`);
      }
    }
  });

  test('every DOC/DTS/OBS fact cites at least one source, without duplicates', () => {
    for (const {path, value} of provenances) {
      if (value.confidence !== 'UNCONFIRMED') {
        assert.ok(value.sources.length > 0, `${path} has no source`);
      }
      assert.equal(new Set(value.sources).size, value.sources.length, `${path} repeats a source`);
    }
  });
});

describe('texts', () => {
  const texts = allTexts();

  test('the walker finds texts (guards against an empty walk)', () => {
    assert.ok(texts.length > 100, `${texts.length} texts found`);
  });

  test('every meaning/effect/note is a non-empty, trimmed, single line of at most 160 characters', () => {
    for (const {path, value} of texts) {
      assert.equal(typeof value, 'string', path);
      const text = String(value);
      assert.ok(text.length > 0, `${path} is empty`);
      assert.equal(text, text.trim(), `${path} has surrounding whitespace`);
      assert.ok(!/[\r\n]/.test(text), `${path} spans several lines`);
      assert.ok(text.length <= 160, `${path} is ${text.length} characters long`);
    }
  });

  test('every enum case, action and property has its meaning/effect field', () => {
    const tables: readonly (readonly EnumCase[])[] = [
      requestTransactionErrors,
      incomingCallErrors,
      cxErrorCodes,
      callEndedReasons,
      handleTypes,
      dtmfActionTypes,
    ];
    for (const table of tables) {
      for (const entry of table) assert.ok(entry.meaning.length > 0, entry.swiftName);
    }
    for (const action of callActions) {
      assert.ok(action.whenSent && action.fulfilMeans && action.failMeans, action.className);
      for (const property of action.properties) assert.ok(property.meaning, property.name);
    }
    for (const property of providerConfigurationProperties) assert.ok(property.effect);
    for (const property of callUpdateProperties) assert.ok(property.effect);
  });
});

describe('sources registry', () => {
  test('contains every key family the spec cites', () => {
    const range = (prefix: string, from: number, to: number) =>
      Array.from({length: to - from + 1}, (_, i) => `${prefix}${from + i}`);
    const expected = [
      ...range('A', 1, 38),
      ...range('P', 1, 9),
      ...range('S', 1, 2),
      ...range('H', 1, 5),
      'H-CXCallUpdate',
      'H-CXCallObserver',
      'H-CXCallAction',
      'W1',
      'SB',
      ...range('F', 1, 19),
      ...range('O', 1, 26),
      ...range('M', 1, 3),
      'X1',
    ];
    for (const key of expected) assert.ok(isSourceKey(key), `missing ${key}`);
    assert.equal(isSourceKey('A39'), false);
    assert.equal(isSourceKey('O27'), false);
    assert.equal(isSourceKey('toString'), false);
  });

  test('sourceKeys lists every registry key once', () => {
    assert.deepEqual([...sourceKeys].sort(), Object.keys(sources).sort());
    assert.equal(new Set(sourceKeys).size, sourceKeys.length);
  });

  test('every source has a title and a valid https URL or a repository location', () => {
    for (const key of sourceKeys) {
      const source = sourceByKey(key);
      assert.ok(source, key);
      assert.ok(source.title.length > 0, key);
      assert.ok(source.url !== undefined || source.location !== undefined, `${key} has no address`);
      if (source.url !== undefined) {
        assert.match(source.url, /^https:\/\/\S+$/, key);
        assert.doesNotThrow(() => new URL(source.url ?? ''), key);
      }
    }
    assert.equal(sourceByKey('nope'), undefined);
  });

  test('spot-check URLs copied from the References section', () => {
    assert.equal(
      sources.A29.url,
      'https://developer.apple.com/documentation/callkit/cxerrorcoderequesttransactionerror-swift.struct/code',
    );
    assert.equal(sources.W1.url, 'https://developer.apple.com/videos/play/wwdc2016/230/');
    assert.equal(sources.F4.url, 'https://developer.apple.com/forums/thread/801418');
    assert.equal(sources.O13.url, 'https://github.com/twilio/video-quickstart-ios/issues/187');
    assert.equal(sources.H5.location, 'dotnet/macios : src/callkit.cs');
  });
});
