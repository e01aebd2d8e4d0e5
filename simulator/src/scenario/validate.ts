/**
 * Scenario validation: turns untrusted input (JSON text, or a value from anywhere) into a
 * `Scenario` with every default filled in, or reports the first problem found with a precise
 * path and a one-line message saying what is wrong and what is allowed.
 *
 * It never throws. The output is built from scratch (keys of the input are never copied blindly),
 * so keys such as `__proto__` or `constructor` cannot pollute anything.
 */
import {
  callActionKinds,
  callEndedReasons,
  handleTypes,
  isCallActionKind,
  isUUID,
  type CallActionKind,
  type CallEndedReasonName,
  type HandleTypeName,
} from '../vocabulary';
import {
  defaultAppProfile,
  defaultAssumptions,
  defaultCapabilities,
  defaultConfiguration,
  defaultDevice,
  defaultSeed,
} from './defaults';
import {
  quoteUserText,
  shorten,
  toOneLine,
  type ScenarioError,
  type ScenarioErrorCode,
  type ScenarioResult,
} from './errors';
import {scanJson} from './json';
import type {
  ActionResponse,
  AppProfile,
  AppState,
  Assumptions,
  Capabilities,
  DeviceSettings,
  IncomingCallPresentation,
  PushPayload,
  RequestedActionInput,
  Scenario,
  ScenarioConfiguration,
  Step,
  StepEvent,
  StepEventName,
  Timing,
  Via,
} from './types';

export {formatScenarioError} from './errors';
export type {ScenarioError, ScenarioErrorCode, ScenarioResult} from './errors';

/** The most steps a scenario may have. */
export const maxSteps = 10_000;
/** The longest handle value, in characters (Unicode code points). */
export const maxHandleLength = 256;
/** The largest seed: seeds are integers from 0 to 2^31 - 1. */
export const maxSeed = 2 ** 31 - 1;
/** How deeply a VoIP push payload may nest objects and arrays. */
export const maxPayloadDepth = 100;
export const defaultTitle = 'Untitled scenario';

// ---------------------------------------------------------------------------
// Failing: the first problem found ends validation
// ---------------------------------------------------------------------------

class InvalidScenario extends Error {
  readonly scenarioError: ScenarioError;

  constructor(scenarioError: ScenarioError) {
    super(scenarioError.message);
    this.scenarioError = scenarioError;
  }
}

function fail(code: ScenarioErrorCode, path: string, message: string): never {
  throw new InvalidScenario({code, path, message: toOneLine(message)});
}

// ---------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------

type PlainObject = Record<string, unknown>;

/** An object literal or JSON object: not an array, not a class instance. */
function isPlainObject(value: unknown): value is PlainObject {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** The value of an own property; undefined when absent (an undefined value counts as absent). */
function own(object: PlainObject, key: string): unknown {
  return Object.hasOwn(object, key) ? object[key] : undefined;
}

const identifierPattern = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `device` + `locked` → `device.locked`; odd keys are quoted: `payload["a b"]`. */
function childPath(path: string, key: string): string {
  const shown = shorten(key, 80);
  if (identifierPattern.test(shown)) return path === '' ? shown : `${path}.${shown}`;
  return `${path}[${JSON.stringify(shown)}]`;
}

function indexPath(path: string, index: number): string {
  return `${path}[${index}]`;
}

/** What a value is, for messages: `a string ("yes")`, `null`, `an array`... */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return `a string (${quoteUserText(value)})`;
    case 'number':
      return `a number (${String(value)})`;
    case 'boolean':
      return `a boolean (${String(value)})`;
    case 'object':
      return 'an object';
    case 'undefined':
      return 'undefined';
    case 'bigint':
      return 'a bigint';
    case 'function':
      return 'a function';
    case 'symbol':
      return 'a symbol';
  }
  return 'an unknown value';
}

function quotedList(names: readonly string[]): string {
  return names.map((name) => `"${name}"`).join(', ');
}

/** Typed keys of a completeness-checked record (`satisfies Record<T, true>`). */
function namesOf<T extends string>(record: Readonly<Record<T, true>>): readonly T[] {
  return Object.freeze(Object.keys(record) as T[]);
}

function includes<T extends string>(names: readonly T[], value: string): value is T {
  return (names as readonly string[]).includes(value);
}

// ---------------------------------------------------------------------------
// Suggestions for typos
// ---------------------------------------------------------------------------

/** Optimal string alignment distance: edits, with a swap of neighbours counting as one. */
function editDistance(a: string, b: string): number {
  let beforePrevious: number[] = [];
  let previous: number[] = Array.from({length: b.length + 1}, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current: number[] = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let distance = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        distance = Math.min(distance, (beforePrevious[j - 2] ?? 0) + 1);
      }
      current[j] = distance;
    }
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The allowed name closest to `input` when it is close enough to be a typo (case ignored). */
export function suggestName(input: string, candidates: readonly string[]): string | undefined {
  if (input.length === 0 || input.length > 64) return undefined;
  const lowered = input.toLowerCase();
  const limit = Math.max(1, Math.floor(lowered.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(lowered, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  if (best !== undefined && bestDistance <= limit) return best;
  // `hangUp` for `remote.hangUp`, `phone` for `phoneNumber`: when only one name fits.
  const bySuffix = candidates.filter((candidate) =>
    candidate.toLowerCase().endsWith(`.${lowered}`),
  );
  if (bySuffix.length === 1) return bySuffix[0];
  const byPrefix = candidates.filter((candidate) => candidate.toLowerCase().startsWith(lowered));
  return lowered.length >= 3 && byPrefix.length === 1 ? byPrefix[0] : undefined;
}

/** `unknown event "user.answr"; did you mean "user.answer"?` (+ the allowed names). */
function unknownNameMessage(what: string, value: string, allowed: readonly string[]): string {
  const suggestion = suggestName(value, allowed);
  const hint = suggestion === undefined ? '' : `; did you mean "${suggestion}"?`;
  const list =
    suggestion !== undefined && allowed.length > 12 ? '' : `; allowed: ${allowed.join(', ')}`;
  return `unknown ${what} ${quoteUserText(value)}${hint}${list}`;
}

/** Fails with `unknownKey` on the first key of `object` that is not in `allowed`. */
function checkKeys(
  object: PlainObject,
  path: string,
  allowed: readonly string[],
  context: string,
  extraHint?: (key: string) => string,
): void {
  for (const key of Object.keys(object)) {
    if (allowed.includes(key)) continue;
    const suggestion = suggestName(key, allowed);
    const hint = suggestion === undefined ? '' : `; did you mean "${suggestion}"?`;
    const extra = extraHint === undefined ? '' : extraHint(key);
    const list = allowed.length === 0 ? 'takes no keys' : `allows: ${allowed.join(', ')}`;
    fail(
      'unknownKey',
      childPath(path, key),
      `unknown key ${quoteUserText(key)}${hint} (${context} ${list})${extra}`,
    );
  }
}

// ---------------------------------------------------------------------------
// Value parsers: each returns the checked value or fails
// ---------------------------------------------------------------------------

type Parser<T> = (value: unknown, path: string) => T;

const boolean: Parser<boolean> = (value, path) =>
  typeof value === 'boolean'
    ? value
    : fail('wrongType', path, `must be true or false, got ${describe(value)}`);

const string: Parser<string> = (value, path) =>
  typeof value === 'string'
    ? value
    : fail('wrongType', path, `must be a string, got ${describe(value)}`);

const stringOrNull: Parser<string | null> = (value, path) =>
  value === null || typeof value === 'string'
    ? value
    : fail('wrongType', path, `must be a string or null, got ${describe(value)}`);

function finiteNumber(value: unknown, path: string, expected: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    fail('wrongType', path, `must be ${expected}, got ${describe(value)}`);
  }
  return value;
}

function positiveMilliseconds(value: unknown, path: string, orNull: boolean): number {
  const expected = `a number of milliseconds greater than 0${orNull ? ', or null' : ''}`;
  const number = finiteNumber(value, path, expected);
  if (number <= 0) fail('invalidValue', path, `must be ${expected}, got ${number}`);
  return number;
}

const positiveMs: Parser<number> = (value, path) => positiveMilliseconds(value, path, false);

const positiveMsOrNull: Parser<number | null> = (value, path) =>
  value === null ? null : positiveMilliseconds(value, path, true);

function positiveInteger(value: unknown, path: string, orNull: boolean): number {
  const expected = `a whole number ≥ 1${orNull ? ', or null' : ''}`;
  const number = finiteNumber(value, path, expected);
  if (!Number.isSafeInteger(number) || number < 1) {
    fail('invalidValue', path, `must be ${expected}, got ${number}`);
  }
  return number;
}

const countAtLeastOne: Parser<number> = (value, path) => positiveInteger(value, path, false);

const countAtLeastOneOrNull: Parser<number | null> = (value, path) =>
  value === null ? null : positiveInteger(value, path, true);

/** One of a few fixed strings; other strings are `invalidValue`, other types `wrongType`. */
function oneOf<T extends string>(names: readonly T[]): Parser<T> {
  return (value, path) => {
    if (typeof value !== 'string') {
      fail('wrongType', path, `must be one of ${quotedList(names)}, got ${describe(value)}`);
    }
    if (includes(names, value)) return value;
    const suggestion = suggestName(value, names);
    const hint = suggestion === undefined ? '' : `; did you mean "${suggestion}"?`;
    return fail(
      'invalidValue',
      path,
      `must be one of ${quotedList(names)}, got ${quoteUserText(value)}${hint}`,
    );
  };
}

/** A name from a vocabulary list; an unknown name fails with `code`. */
function vocabularyName<T extends string>(
  names: readonly T[],
  code: ScenarioErrorCode,
  what: string,
): Parser<T> {
  return (value, path) => {
    if (typeof value !== 'string') {
      fail('wrongType', path, `must be ${what} name (${names.join(', ')}), got ${describe(value)}`);
    }
    if (includes(names, value)) return value;
    return fail(code, path, unknownNameMessage(what, value, names));
  };
}

const handleTypeNames: readonly HandleTypeName[] = Object.freeze(
  handleTypes.map((entry) => entry.swiftName),
);
const endedReasonNames: readonly CallEndedReasonName[] = Object.freeze(
  callEndedReasons.map((entry) => entry.swiftName),
);

const handleType = vocabularyName(handleTypeNames, 'unknownHandleType', 'handle type');
const actionKind = vocabularyName<CallActionKind>(
  callActionKinds,
  'unknownActionKind',
  'action kind',
);
const endedReason = vocabularyName(endedReasonNames, 'unknownEndedReason', 'ended reason');

/** An RFC 4122 UUID string, returned upper-cased like Foundation's `UUID().uuidString`. */
const uuid: Parser<string> = (value, path) => {
  if (typeof value !== 'string') {
    fail('wrongType', path, `must be a UUID string, got ${describe(value)}`);
  }
  if (!isUUID(value)) {
    fail(
      'invalidUUID',
      path,
      `must be a UUID: 8-4-4-4-12 hex digits such as "E621E1F8-C36C-495A-93FC-0C247A3E6E5F", got ${quoteUserText(value)}`,
    );
  }
  return value.toUpperCase();
};

function codePointCount(text: string, stopAfter: number): number {
  let count = 0;
  for (const _ of text) {
    count += 1;
    if (count > stopAfter) break;
  }
  return count;
}

const handleValue: Parser<string> = (value, path) => {
  if (typeof value !== 'string') {
    fail('wrongType', path, `must be a string (the handle value), got ${describe(value)}`);
  }
  if (value.trim() === '') fail('invalidValue', path, 'must not be empty or blank');
  if (codePointCount(value, maxHandleLength) > maxHandleLength) {
    fail('invalidValue', path, `must be at most ${maxHandleLength} characters long`);
  }
  return value;
};

const dtmfPattern = /^[0-9*#,;]+$/;

const dtmfDigits: Parser<string> = (value, path) => {
  if (typeof value !== 'string') {
    fail('wrongType', path, `must be a string of DTMF digits, got ${describe(value)}`);
  }
  if (!dtmfPattern.test(value)) {
    fail(
      'invalidValue',
      path,
      `must be one or more of the characters 0-9 * # , ; (a comma is a soft pause, a semicolon a hard pause), got ${quoteUserText(value)}`,
    );
  }
  return value;
};

const stringArray: Parser<string[]> = (value, path) => {
  if (!Array.isArray(value)) {
    fail('wrongType', path, `must be an array of strings, got ${describe(value)}`);
  }
  const out: string[] = [];
  for (let i = 0; i < value.length; i++) {
    out.push(string(value[i], indexPath(path, i)));
  }
  return out;
};

const supportedHandleTypes: Parser<HandleTypeName[]> = (value, path) => {
  if (!Array.isArray(value)) {
    fail(
      'wrongType',
      path,
      `must be an array of handle type names (${handleTypeNames.join(', ')}), got ${describe(value)}`,
    );
  }
  const out: HandleTypeName[] = [];
  for (let i = 0; i < value.length; i++) {
    const name = handleType(value[i], indexPath(path, i));
    if (out.includes(name)) fail('invalidValue', indexPath(path, i), `"${name}" is listed twice`);
    out.push(name);
  }
  return out;
};

const kebabCasePattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const scenarioId: Parser<string> = (value, path) => {
  if (typeof value !== 'string') {
    fail('wrongType', path, `must be a kebab-case string or null, got ${describe(value)}`);
  }
  if (!kebabCasePattern.test(value)) {
    fail(
      'invalidValue',
      path,
      `must be kebab-case: lower-case letters and digits in words joined by single hyphens, such as "locked-phone-voip-push", got ${quoteUserText(value)}`,
    );
  }
  return value;
};

const seed: Parser<number> = (value, path) => {
  const expected = `a whole number from 0 to ${maxSeed}`;
  const number = finiteNumber(value, path, expected);
  if (!Number.isInteger(number) || number < 0 || number > maxSeed) {
    fail('invalidValue', path, `must be ${expected}, got ${number}`);
  }
  return number + 0;
};

// Timings ---------------------------------------------------------------------

const timingWords = namesOf({immediately: true, never: true} satisfies Record<
  Exclude<Timing, object>,
  true
>);

function delay(value: PlainObject, path: string): {afterMs: number} {
  checkKeys(value, path, ['afterMs'], '{"afterMs": n}');
  const afterMs = own(value, 'afterMs');
  if (afterMs === undefined) {
    fail('missingField', childPath(path, 'afterMs'), 'is required: virtual milliseconds (≥ 0)');
  }
  const afterMsPath = childPath(path, 'afterMs');
  const number = finiteNumber(afterMs, afterMsPath, 'a number of milliseconds ≥ 0');
  if (number < 0) {
    fail('invalidValue', afterMsPath, `must be a number of milliseconds ≥ 0, got ${number}`);
  }
  return {afterMs: number + 0};
}

function timingOrFail(value: unknown, path: string, failAllowed: boolean): ActionResponse {
  const words: readonly string[] = failAllowed ? [...timingWords, 'fail'] : timingWords;
  const expected = `${quotedList(words)} or {"afterMs": n}`;
  if (isPlainObject(value)) return delay(value, path);
  if (typeof value !== 'string')
    fail('wrongType', path, `must be ${expected}, got ${describe(value)}`);
  if (value === 'immediately' || value === 'never') return value;
  if (value === 'fail' && failAllowed) return value;
  const why = value === 'fail' ? ' ("fail" applies only to actions, in app.fulfill)' : '';
  const suggestion = suggestName(value, words);
  const hint =
    suggestion === undefined || value === 'fail' ? '' : `; did you mean "${suggestion}"?`;
  return fail(
    'invalidValue',
    path,
    `must be ${expected}, got ${quoteUserText(value)}${why}${hint}`,
  );
}

const timing: Parser<Timing> = (value, path) => {
  const result = timingOrFail(value, path, false);
  return result === 'fail' ? fail('invalidValue', path, '"fail" is not allowed here') : result;
};

const actionResponse: Parser<ActionResponse> = (value, path) => timingOrFail(value, path, true);

const fulfillMap: Parser<Partial<Record<CallActionKind, ActionResponse>>> = (value, path) => {
  if (!isPlainObject(value)) {
    fail(
      'wrongType',
      path,
      `must be an object mapping action kinds (such as "CXAnswerCallAction") to "immediately", "never", "fail" or {"afterMs": n}, got ${describe(value)}`,
    );
  }
  const out: Partial<Record<CallActionKind, ActionResponse>> = {};
  for (const key of Object.keys(value)) {
    const keyPath = childPath(path, key);
    if (!isCallActionKind(key)) {
      fail('unknownActionKind', keyPath, unknownNameMessage('action kind', key, callActionKinds));
    }
    const response = own(value, key);
    if (response !== undefined) out[key] = actionResponse(response, keyPath);
  }
  return out;
};

// Push payloads ---------------------------------------------------------------

/**
 * A copy of a JSON object. Only the shape is checked (JSON data, not too deep); what the
 * payload says is the simulated app's business at run time, as it is for a real app.
 */
const pushPayload: Parser<PushPayload> = (value, path) => {
  if (!isPlainObject(value)) {
    fail(
      'wrongType',
      path,
      `must be a JSON object (the VoIP push payload, e.g. {"uuid": "…", "handle": "…"}), got ${describe(value)}`,
    );
  }
  const copy = copyJson(value, path, 1, new Set(), new Map());
  return copy as PlainObject;
};

/** Sets an own data property, so even a `__proto__` key stays plain data. */
function setOwn(target: PlainObject, key: string, value: unknown): void {
  Object.defineProperty(target, key, {value, enumerable: true, writable: true, configurable: true});
}

function copyJson(
  value: unknown,
  path: string,
  depth: number,
  ancestors: Set<object>,
  copies: Map<object, unknown>,
): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) {
      fail('wrongType', path, `must be JSON data, got ${describe(value)} (not a JSON number)`);
    }
    return value;
  }
  const isArray = Array.isArray(value);
  if (!isArray && !isPlainObject(value)) {
    fail('wrongType', path, `must be JSON data, got ${describe(value)}`);
  }
  if (ancestors.has(value)) fail('invalidValue', path, 'must be JSON data, but it contains itself');
  if (depth > maxPayloadDepth) {
    fail('invalidValue', path, `nests objects and arrays more than ${maxPayloadDepth} levels deep`);
  }
  const done = copies.get(value);
  if (done !== undefined) return done;
  ancestors.add(value);
  let copy: unknown;
  if (isArray) {
    const items: unknown[] = [];
    for (let i = 0; i < value.length; i++) {
      items.push(copyJson(value[i], indexPath(path, i), depth + 1, ancestors, copies));
    }
    copy = items;
  } else {
    const object: PlainObject = {};
    for (const key of Object.keys(value)) {
      const item = value[key];
      if (item === undefined) continue;
      setOwn(object, key, copyJson(item, childPath(path, key), depth + 1, ancestors, copies));
    }
    copy = object;
  }
  ancestors.delete(value);
  copies.set(value, copy);
  return copy;
}

// ---------------------------------------------------------------------------
// Steps
// ---------------------------------------------------------------------------

/** The parameters of one event, as types.ts declares them (without `event`). */
type EventParams<E extends StepEventName> = Omit<Extract<StepEvent, {event: E}>, 'event'>;

interface ParamSpec<V, R extends boolean> {
  readonly required: R;
  readonly parse: Parser<V>;
  /** What the parameter is, for "is required" messages. */
  readonly about: string;
}

/**
 * Exactly the parameters types.ts gives the event, each with the right type and optionality.
 * (An event without parameters gets `Record<string, never>`: `{}` would accept any key.)
 */
type ParamSpecs<E extends StepEventName> = keyof EventParams<E> extends never
  ? Readonly<Record<string, never>>
  : {
      readonly [K in keyof EventParams<E>]-?: ParamSpec<
        Exclude<EventParams<E>[K], undefined>,
        Record<never, never> extends Pick<EventParams<E>, K> ? false : true
      >;
    };

function required<V>(parse: Parser<V>, about: string): ParamSpec<V, true> {
  return {required: true, parse, about};
}

function optional<V>(parse: Parser<V>, about: string): ParamSpec<V, false> {
  return {required: false, parse, about};
}

const viaNames = namesOf({system: true, app: true} satisfies Record<Via, true>);
const endedByNames = namesOf({user: true, remote: true} satisfies Record<
  NonNullable<EventParams<'cellular.end'>['endedBy']>,
  true
>);

const callUUID = optional(uuid, 'the UUID of the call (default: the current call)');
/** The most actions one `app.request` step may carry. */
export const maxRequestedActions = 20;

const requestedActions: Parser<RequestedActionInput[]> = (value, path) => {
  if (!Array.isArray(value)) {
    fail(
      'wrongType',
      path,
      `must be an array such as [{"action": "CXEndCallAction"}], got ${describe(value)}`,
    );
  }
  if (value.length > maxRequestedActions) {
    fail(
      'invalidValue',
      path,
      `may hold at most ${maxRequestedActions} actions, got ${value.length}`,
    );
  }
  return value.map((entry: unknown, index) => {
    const entryPath = indexPath(path, index);
    if (!isPlainObject(entry)) {
      fail(
        'wrongType',
        entryPath,
        `must be an object such as {"action": "CXEndCallAction"}, got ${describe(entry)}`,
      );
    }
    checkKeys(
      entry,
      entryPath,
      ['action', 'callUUID', 'callUUIDToGroupWith'],
      'a requested action',
    );
    const action = own(entry, 'action');
    if (action === undefined)
      fail('missingField', childPath(entryPath, 'action'), 'is required: a CX…Action class name');
    const parsed: RequestedActionInput = {
      action: actionKind(action, childPath(entryPath, 'action')),
    };
    const target = own(entry, 'callUUID');
    if (target !== undefined) parsed.callUUID = uuid(target, childPath(entryPath, 'callUUID'));
    const groupWith = own(entry, 'callUUIDToGroupWith');
    if (groupWith !== undefined) {
      parsed.callUUIDToGroupWith = uuid(groupWith, childPath(entryPath, 'callUUIDToGroupWith'));
    }
    return parsed;
  });
};

const via = optional(oneOf(viaNames), '"system" (native UI) or "app" (the app\'s own UI)');

const stepParams: {readonly [E in StepEventName]: ParamSpecs<E>} = {
  'server.voipPush': {
    payload: required(pushPayload, 'a JSON object, the VoIP push payload the server sends'),
  },
  'user.startCall': {
    handle: required(handleValue, 'the handle to call, e.g. "+15551234567"'),
    handleType: optional(handleType, `one of ${handleTypeNames.join(', ')}`),
    video: optional(boolean, 'true for a video call'),
    uuid: optional(uuid, 'the UUID of the new call'),
  },
  'user.answer': {callUUID, via},
  'user.decline': {callUUID},
  'user.end': {callUUID, via},
  'user.setHeld': {onHold: required(boolean, 'true to hold, false to resume'), callUUID, via},
  'user.setMuted': {muted: required(boolean, 'true to mute, false to unmute'), callUUID, via},
  'user.playDTMF': {digits: required(dtmfDigits, 'DTMF digits such as "123#"'), callUUID},
  'user.mergeCalls': {callUUID},
  'user.splitCall': {callUUID},
  'user.endAndAccept': {callUUID},
  'user.holdAndAccept': {callUUID},
  'user.lock': {},
  'user.unlock': {},
  'user.openApp': {},
  'user.leaveApp': {},
  'remote.answer': {callUUID},
  'remote.hangUp': {callUUID},
  'remote.busy': {callUUID},
  'cellular.incomingCall': {handle: optional(handleValue, 'the caller of the cellular call')},
  'cellular.end': {endedBy: optional(oneOf(endedByNames), '"user" or "remote"')},
  'system.reset': {},
  'app.fulfill': {
    action: required(actionKind, `an action kind: ${callActionKinds.join(', ')}`),
    callUUID,
  },
  'app.fail': {
    action: required(actionKind, `an action kind: ${callActionKinds.join(', ')}`),
    callUUID,
  },
  'app.reportCall': {callUUID},
  'app.returnFromPush': {},
  'app.request': {
    actions: required(
      requestedActions,
      'a list of {"action": "CX…Action", "callUUID": "…"}; may be empty',
    ),
  },
  'app.invalidateProvider': {},
  'app.reportConnected': {callUUID},
  'app.reportEnded': {
    reason: required(endedReason, `an ended reason: ${endedReasonNames.join(', ')}`),
    callUUID,
  },
};

/** Every step event name, in the order of types.ts. */
export const stepEventNames: readonly StepEventName[] = Object.freeze(
  Object.keys(stepParams).filter(isStepEventName),
);

export function isStepEventName(name: string): name is StepEventName {
  return Object.hasOwn(stepParams, name);
}

type AnyParamSpecs = Readonly<Record<string, ParamSpec<unknown, boolean>>>;

function paramsOf(event: StepEventName): AnyParamSpecs {
  return stepParams[event];
}

/** Every key some step may have, to spot a misspelt `event`. */
const anyStepKeys: readonly string[] = Object.freeze([
  ...new Set(['at', 'event', ...stepEventNames.flatMap((event) => Object.keys(paramsOf(event)))]),
]);

function eventsTaking(key: string): StepEventName[] {
  return stepEventNames.filter((event) => Object.hasOwn(paramsOf(event), key));
}

function parseStep(value: unknown, path: string, previousAt: number | null): Step {
  if (!isPlainObject(value)) {
    fail(
      'wrongType',
      path,
      `must be an object such as {"at": 0, "event": "user.answer"}, got ${describe(value)}`,
    );
  }

  const event = own(value, 'event');
  if (event === undefined) {
    checkKeys(value, path, anyStepKeys, 'a step');
    fail(
      'missingField',
      childPath(path, 'event'),
      'is required: the name of the event, such as "user.answer"',
    );
  }
  const eventPath = childPath(path, 'event');
  if (typeof event !== 'string') {
    fail(
      'wrongType',
      eventPath,
      `must be an event name such as "user.answer", got ${describe(event)}`,
    );
  }
  if (!isStepEventName(event)) {
    fail('unknownEvent', eventPath, unknownNameMessage('event', event, stepEventNames));
  }

  const params = paramsOf(event);
  const paramNames = Object.keys(params);
  checkKeys(value, path, ['at', 'event', ...paramNames], event, (key) => {
    const others = eventsTaking(key);
    return others.length === 0 ? '' : `; ${quoteUserText(key)} belongs to ${others.join(', ')}`;
  });

  const at = own(value, 'at');
  const atPath = childPath(path, 'at');
  if (at === undefined) {
    fail(
      'missingField',
      atPath,
      'is required: when the step happens, in virtual milliseconds from the start',
    );
  }
  if (typeof at !== 'number' || !Number.isFinite(at)) {
    fail(
      'wrongType',
      atPath,
      `must be a finite number of virtual milliseconds, got ${describe(at)}`,
    );
  }
  if (at < 0) {
    fail(
      'negativeTime',
      atPath,
      `must not be negative (virtual milliseconds from the start), got ${at}`,
    );
  }
  if (previousAt !== null && at < previousAt) {
    fail(
      'decreasingTime',
      atPath,
      `must not be smaller than the previous step's at (${previousAt}); got ${at} (steps are listed in time order)`,
    );
  }

  const step: PlainObject = {at: at + 0, event};
  for (const name of paramNames) {
    const spec = params[name];
    if (spec === undefined) continue;
    const param = own(value, name);
    const paramPath = childPath(path, name);
    if (param === undefined) {
      if (spec.required) fail('missingField', paramPath, `is required for ${event}: ${spec.about}`);
      continue;
    }
    step[name] = spec.parse(param, paramPath);
  }
  // The table above is typed against StepEvent, so this object has exactly the shape of `Step`.
  return step as unknown as Step;
}

const steps: Parser<Step[]> = (value, path) => {
  if (!Array.isArray(value)) {
    fail('wrongType', path, `must be an array of steps, got ${describe(value)}`);
  }
  if (value.length > maxSteps) {
    fail('tooManySteps', path, `has ${value.length} steps; at most ${maxSteps} are allowed`);
  }
  const out: Step[] = [];
  let previousAt: number | null = null;
  for (let i = 0; i < value.length; i++) {
    const step = parseStep(value[i], indexPath(path, i), previousAt);
    out.push(step);
    previousAt = step.at;
  }
  return out;
};

// ---------------------------------------------------------------------------
// Sections and the scenario
// ---------------------------------------------------------------------------

type SectionSpec<T> = {readonly [K in keyof T]-?: Parser<T[K]>};

/** A deep copy of a default value, so no two scenarios share arrays or objects. */
function copyDefault<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item: unknown) => copyDefault(item)) as T;
  if (typeof value === 'object' && value !== null) {
    const copy: PlainObject = {};
    for (const [key, item] of Object.entries(value)) setOwn(copy, key, copyDefault(item));
    return copy as T;
  }
  return value;
}

function section<T extends object>(
  value: unknown,
  path: string,
  spec: SectionSpec<T>,
  defaults: T,
): T {
  if (value === undefined) return copyDefault(defaults);
  const keys = Object.keys(spec) as (keyof T & string)[];
  if (!isPlainObject(value)) {
    fail(
      'wrongType',
      path,
      `must be an object with the keys ${keys.join(', ')}, got ${describe(value)}`,
    );
  }
  checkKeys(value, path, keys, path);
  const out: Partial<T> = {};
  for (const key of keys) {
    const item = own(value, key);
    out[key] =
      item === undefined ? copyDefault(defaults[key]) : spec[key](item, childPath(path, key));
  }
  return out as T;
}

const appStates = namesOf({
  foreground: true,
  background: true,
  suspended: true,
  terminated: true,
} satisfies Record<AppState, true>);

const presentations = namesOf({banner: true, fullScreen: true} satisfies Record<
  IncomingCallPresentation,
  true
>);

const appModes = namesOf({automatic: true, manual: true} satisfies Record<
  AppProfile['mode'],
  true
>);

const deviceSpec: SectionSpec<DeviceSettings> = {
  locked: boolean,
  appState: oneOf(appStates),
  doNotDisturb: boolean,
  blockedHandles: stringArray,
  incomingCallPresentation: oneOf(presentations),
};

const capabilitiesSpec: SectionSpec<Capabilities> = {
  voipBackgroundMode: boolean,
  pushNotifications: boolean,
};

const configurationSpec: SectionSpec<ScenarioConfiguration> = {
  maximumCallGroups: countAtLeastOne,
  maximumCallsPerCallGroup: countAtLeastOne,
  supportsVideo: boolean,
  supportedHandleTypes,
  includesCallsInRecents: boolean,
  ringtoneSound: stringOrNull,
};

const appSpec: SectionSpec<AppProfile> = {
  mode: oneOf(appModes),
  reportPushedCall: timing,
  fulfill: fulfillMap,
  activatesAudioSessionItself: boolean,
  reportsOutgoingProgress: boolean,
  endsCallOnRemoteHangUp: boolean,
  ringTimeoutMs: positiveMsOrNull,
  setsUpPushKitAtLaunch: boolean,
  reportsDuplicatePushes: boolean,
  matchesCallUUIDs: boolean,
  signalsEndToServer: boolean,
  requestsMuteThroughCallKit: boolean,
};

const assumptionsSpec: SectionSpec<Assumptions> = {
  actionTimeoutMs: positiveMs,
  systemRingTimeoutMs: positiveMsOrNull,
  pushBackstopMs: positiveMs,
  pushDeliveryStopsAfterFailures: countAtLeastOneOrNull,
  pushExemptWhenForegroundOrOnCall: boolean,
  keepAudioActiveOnSoleCallHold: boolean,
};

const topLevelKeys = namesOf({
  id: true,
  title: true,
  description: true,
  device: true,
  capabilities: true,
  configuration: true,
  app: true,
  assumptions: true,
  seed: true,
  specSections: true,
  painPoints: true,
  steps: true,
} satisfies Record<keyof Scenario, true>);

const specSectionPattern = /^§\d+(\.\d+)*$/;

const specSections: Parser<string[]> = (value, path) => {
  const list = stringArray(value, path);
  list.forEach((entry, index) => {
    if (!specSectionPattern.test(entry)) {
      fail(
        'invalidValue',
        indexPath(path, index),
        `must be a spec section such as "§9.3", got ${quoteUserText(entry)}`,
      );
    }
  });
  return list;
};

const painPoints: Parser<number[]> = (value, path) => {
  if (!Array.isArray(value))
    fail('wrongType', path, `must be an array of pain-point numbers, got ${describe(value)}`);
  return value.map((entry: unknown, index) => {
    if (typeof entry !== 'number' || !Number.isInteger(entry) || entry < 1 || entry > 999) {
      fail(
        'invalidValue',
        indexPath(path, index),
        `must be a pain-point number from 1 to 999, got ${describe(entry)}`,
      );
    }
    return entry;
  });
};

function parseScenario(input: unknown): Scenario {
  if (!isPlainObject(input)) {
    fail('notAnObject', '', `must be a JSON object with a "steps" array, got ${describe(input)}`);
  }
  checkKeys(input, '', topLevelKeys, 'a scenario');

  const id = own(input, 'id');
  const title = own(input, 'title');
  const description = own(input, 'description');
  const seedValue = own(input, 'seed');
  const stepsValue = own(input, 'steps');
  const sectionsValue = own(input, 'specSections');
  const painPointsValue = own(input, 'painPoints');

  const scenario: Scenario = {
    // null is accepted so that a validated scenario validates again unchanged.
    id: id === undefined || id === null ? null : scenarioId(id, 'id'),
    title: title === undefined ? defaultTitle : string(title, 'title'),
    description: description === undefined ? '' : string(description, 'description'),
    device: section(own(input, 'device'), 'device', deviceSpec, defaultDevice),
    capabilities: section(
      own(input, 'capabilities'),
      'capabilities',
      capabilitiesSpec,
      defaultCapabilities,
    ),
    configuration: section(
      own(input, 'configuration'),
      'configuration',
      configurationSpec,
      defaultConfiguration,
    ),
    app: section(own(input, 'app'), 'app', appSpec, defaultAppProfile),
    assumptions: section(
      own(input, 'assumptions'),
      'assumptions',
      assumptionsSpec,
      defaultAssumptions,
    ),
    seed: seedValue === undefined ? defaultSeed : seed(seedValue, 'seed'),
    specSections: sectionsValue === undefined ? [] : specSections(sectionsValue, 'specSections'),
    painPoints: painPointsValue === undefined ? [] : painPoints(painPointsValue, 'painPoints'),
    steps:
      stepsValue === undefined
        ? fail(
            'missingField',
            'steps',
            'is required: an array of steps such as [{"at": 0, "event": "server.voipPush", "payload": {…}}]',
          )
        : steps(stepsValue, 'steps'),
  };
  return scenario;
}

function describeThrown(thrown: unknown): string {
  try {
    return thrown instanceof Error ? thrown.message : String(thrown);
  } catch {
    return 'unknown error';
  }
}

// ---------------------------------------------------------------------------
// Public entry points
// ---------------------------------------------------------------------------

/** Checks a scenario value and fills in defaults; reports the first problem. Never throws. */
export function validateScenario(input: unknown): ScenarioResult {
  try {
    return {ok: true, scenario: parseScenario(input)};
  } catch (thrown) {
    if (thrown instanceof InvalidScenario) return {ok: false, error: thrown.scenarioError};
    // Only exotic values (a getter or proxy that throws) get here.
    return {
      ok: false,
      error: {
        code: 'invalidValue',
        path: '',
        message: toOneLine(`could not be read: ${shorten(describeThrown(thrown), 200)}`),
      },
    };
  }
}

/**
 * Parses JSON text, then validates it. Never throws. Syntax errors come from our own scanner, so
 * they name the line and column in the same words in Node and in every browser (engines word
 * JSON.parse's errors differently, and some give no position).
 */
export function parseScenarioJson(text: string): ScenarioResult {
  let parsed: unknown;
  try {
    if (typeof text !== 'string') throw new TypeError(`expected text, got ${describe(text)}`);
    const scan = scanJson(text);
    if (!scan.ok) {
      return {
        ok: false,
        error: {
          code: 'malformedJson',
          path: '',
          message: toOneLine(
            `is not valid JSON: line ${scan.line}, column ${scan.column}: ${scan.problem}`,
          ),
          position: {line: scan.line, column: scan.column, offset: scan.offset},
        },
      };
    }
    parsed = JSON.parse(text);
  } catch (thrown) {
    return {
      ok: false,
      error: {
        code: 'malformedJson',
        path: '',
        message: toOneLine(`is not valid JSON: ${shorten(describeThrown(thrown), 200)}`),
      },
    };
  }
  return validateScenario(parsed);
}
