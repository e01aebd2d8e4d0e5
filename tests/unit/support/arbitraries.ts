/**
 * fast-check arbitraries for random, valid simulator scenarios, shared by the property tests
 * (tests/unit/engine-properties.test.ts) and the fuzzer (scripts/fuzz.ts).
 *
 * Every value produced here passes `validateScenario`: the point is to explore what the engine does
 * with legal but unusual input (odd device states, broken app profiles, steps in any order), not
 * to test the validator. Identifiers come from small pools so that steps meet each other: a push
 * and a start can reuse one UUID, a step can name a call the engine generated, a blocked handle
 * can really call.
 */
import fc from 'fast-check';

import {IdGenerator} from '../../../simulator/src/engine/ids';
import type {
  ActionResponse,
  AppProfile,
  AppState,
  Assumptions,
  Capabilities,
  CallEndedReasonInput,
  DeviceSettings,
  PushPayload,
  ScenarioConfiguration,
  ScenarioInput,
  Step,
  StepEvent,
  StepEventName,
  Timing,
} from '../../../simulator/src/scenario/types';
import {callActionKinds, type CallActionKind} from '../../../simulator/src/vocabulary';

// ---------------------------------------------------------------------------------------------
// Pools

/** Handles used by calls, pushes and the block list. */
export const handlePool: readonly string[] = [
  '+15551234567',
  '+15557654321',
  'alice@example.com',
  'Bob',
];

/** UUIDs a scenario names explicitly: in pushes, starts and `callUUID` parameters. */
export const knownUUIDs: readonly string[] = [
  'E621E1F8-C36C-495A-93FC-0C247A3E6E5F',
  '3B9A6C0E-5D2F-4A8B-9C1D-2E3F4A5B6C7D',
  // Lower case: the engine upper-cases it, so it must meet the upper-case form.
  'a1b2c3d4-e5f6-4789-8abc-def012345678',
];

/** Seeds the arbitrary uses on purpose, so that the UUIDs the engine generates can be named. */
const poolSeeds = [1, 7] as const;

/**
 * The first UUIDs the engine's id generator produces for the pool seeds (seed 1 is the default).
 * They are call, transaction and action UUIDs, so steps can target generated calls and also use
 * an action's own uuid where a call UUID belongs (the classic unknownCallUUID bug).
 */
export const engineUUIDs: readonly string[] = poolSeeds.flatMap((seed) => {
  const ids = new IdGenerator(seed);
  return Array.from({length: 10}, () => ids.uuid());
});

/** Payload `uuid` values the app cannot use. */
const invalidUUIDValues: readonly unknown[] = [
  'not-a-uuid',
  '',
  'E621E1F8C36C495A93FC0C247A3E6E5F',
  42,
  null,
];

// ---------------------------------------------------------------------------------------------
// Small helpers

/** Drops keys whose value is undefined, so generated objects look like hand-written JSON. */
function compact<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) if (item !== undefined) out[key] = item;
  return out as T;
}

/** `fc.record`, always with a plain prototype, like objects parsed from JSON. */
function record<T>(model: {[K in keyof T]: fc.Arbitrary<T[K]>}): fc.Arbitrary<T> {
  return fc.record(model, {noNullPrototype: true});
}

/** `fc.record` whose keys may each be left out (a partial settings section). */
function partialRecord<T>(model: {[K in keyof T]: fc.Arbitrary<T[K]>}): fc.Arbitrary<Partial<T>> {
  // fast-check types a record with no required key as a mapped Partial; it is Partial<T>.
  return fc.record(model, {requiredKeys: [], noNullPrototype: true}) as fc.Arbitrary<Partial<T>>;
}

/** `arb` most of the time, otherwise undefined (then removed by `compact`). */
function maybe<T>(arb: fc.Arbitrary<T>, presentWeight = 1, absentWeight = 1) {
  return fc.oneof(
    {weight: absentWeight, arbitrary: fc.constant(undefined)},
    {weight: presentWeight, arbitrary: arb},
  );
}

const handle = fc.constantFrom(...handlePool);

/** Any valid UUID: mostly from the pools, sometimes a fresh random one. */
const anyValidUUID: fc.Arbitrary<string> = fc.oneof(
  {weight: 4, arbitrary: fc.constantFrom(...knownUUIDs)},
  {weight: 3, arbitrary: fc.constantFrom(...engineUUIDs)},
  {weight: 1, arbitrary: fc.uuid()},
);

/** A `callUUID` parameter: usually omitted (the engine picks the current call). */
const callUUIDParam = maybe(anyValidUUID, 1, 3);

const via = maybe(fc.constantFrom('system' as const, 'app' as const), 1, 1);

const actionKind: fc.Arbitrary<CallActionKind> = fc.constantFrom(...callActionKinds);

const endedReasons: readonly CallEndedReasonInput[] = [
  'failed',
  'remoteEnded',
  'unanswered',
  'answeredElsewhere',
  'declinedElsewhere',
];

// ---------------------------------------------------------------------------------------------
// Settings

const appStates: readonly AppState[] = ['foreground', 'background', 'suspended', 'terminated'];

export const deviceArbitrary: fc.Arbitrary<Partial<DeviceSettings>> = partialRecord({
  locked: fc.boolean(),
  appState: fc.constantFrom(...appStates),
  doNotDisturb: fc.oneof({weight: 4, arbitrary: fc.constant(false)}, fc.constant(true)),
  blockedHandles: fc.subarray([...handlePool], {maxLength: 2}),
  incomingCallPresentation: fc.constantFrom('banner' as const, 'fullScreen' as const),
});

/** Mostly true: without them most runs end at the first push or request. */
const usuallyTrue = fc.oneof({weight: 6, arbitrary: fc.constant(true)}, fc.constant(false));

export const capabilitiesArbitrary: fc.Arbitrary<Partial<Capabilities>> = partialRecord({
  voipBackgroundMode: usuallyTrue,
  pushNotifications: usuallyTrue,
});

export const configurationArbitrary: fc.Arbitrary<Partial<ScenarioConfiguration>> = partialRecord({
  maximumCallGroups: fc.integer({min: 1, max: 3}),
  maximumCallsPerCallGroup: fc.integer({min: 1, max: 5}),
  supportsVideo: fc.boolean(),
  includesCallsInRecents: fc.boolean(),
});

const timing: fc.Arbitrary<Timing> = fc.oneof(
  {weight: 4, arbitrary: fc.constant('immediately' as const)},
  {weight: 1, arbitrary: fc.constant('never' as const)},
  {weight: 2, arbitrary: record({afterMs: fc.integer({min: 0, max: 12_000})})},
);

const actionResponse: fc.Arbitrary<ActionResponse> = fc.oneof(
  {weight: 3, arbitrary: fc.constant('immediately' as const)},
  {weight: 1, arbitrary: fc.constant('never' as const)},
  {weight: 1, arbitrary: fc.constant('fail' as const)},
  {weight: 2, arbitrary: record({afterMs: fc.integer({min: 0, max: 15_000})})},
);

const fulfillMap: fc.Arbitrary<Partial<Record<CallActionKind, ActionResponse>>> = partialRecord(
  Object.fromEntries(callActionKinds.map((kind) => [kind, actionResponse])) as Record<
    CallActionKind,
    fc.Arbitrary<ActionResponse>
  >,
);

export const appProfileArbitrary: fc.Arbitrary<Partial<AppProfile>> = partialRecord({
  mode: fc.oneof(
    {weight: 3, arbitrary: fc.constant('automatic' as const)},
    {weight: 1, arbitrary: fc.constant('manual' as const)},
  ),
  reportPushedCall: timing,
  fulfill: fulfillMap,
  activatesAudioSessionItself: fc.oneof(
    {weight: 4, arbitrary: fc.constant(false)},
    fc.constant(true),
  ),
  reportsOutgoingProgress: fc.boolean(),
  endsCallOnRemoteHangUp: fc.boolean(),
  ringTimeoutMs: fc.option(fc.integer({min: 1000, max: 90_000}), {nil: null}),
  setsUpPushKitAtLaunch: usuallyTrue,
  reportsDuplicatePushes: usuallyTrue,
  matchesCallUUIDs: usuallyTrue,
  signalsEndToServer: usuallyTrue,
  requestsMuteThroughCallKit: usuallyTrue,
});

export const assumptionsArbitrary: fc.Arbitrary<Partial<Assumptions>> = partialRecord({
  actionTimeoutMs: fc.integer({min: 500, max: 30_000}),
  systemRingTimeoutMs: fc.option(fc.integer({min: 1000, max: 90_000}), {nil: null}),
  pushBackstopMs: fc.integer({min: 1000, max: 15_000}),
  pushDeliveryStopsAfterFailures: fc.option(fc.integer({min: 1, max: 3}), {nil: null}),
  pushExemptWhenForegroundOrOnCall: fc.boolean(),
  keepAudioActiveOnSoleCallHold: fc.boolean(),
});

// ---------------------------------------------------------------------------------------------
// Push payloads

const payloadUUID: fc.Arbitrary<unknown> = fc.oneof(
  {weight: 6, arbitrary: fc.constantFrom(...knownUUIDs)},
  {weight: 1, arbitrary: fc.constantFrom(...engineUUIDs)},
  {weight: 1, arbitrary: fc.uuid()},
  {weight: 2, arbitrary: fc.constantFrom(...invalidUUIDValues)},
);

const payloadHandle: fc.Arbitrary<unknown> = fc.oneof(
  {weight: 8, arbitrary: handle},
  {weight: 1, arbitrary: fc.constantFrom<unknown>('', '   ', 7, null)},
);

const ordinaryPayload: fc.Arbitrary<PushPayload> = fc
  .record({
    uuid: maybe(payloadUUID, 8, 1),
    handle: maybe(payloadHandle, 8, 1),
    handleType: maybe(fc.constantFrom('generic', 'phoneNumber', 'emailAddress', 'fax'), 1, 2),
    callerName: maybe(fc.constantFrom('Alice', '', 'Bob Smith'), 1, 2),
    hasVideo: maybe(fc.boolean(), 1, 2),
  })
  .map((payload) => compact(payload));

/** Over the 5,120-byte VoIP limit: APNs rejects it. */
const oversizedPayload: fc.Arbitrary<PushPayload> = fc
  .constantFrom(...knownUUIDs)
  .map((uuid) => ({uuid, handle: handlePool[0] ?? 'Bob', padding: 'x'.repeat(5200)}));

export const pushPayloadArbitrary: fc.Arbitrary<PushPayload> = fc.oneof(
  {weight: 30, arbitrary: ordinaryPayload},
  {weight: 1, arbitrary: oversizedPayload},
);

// ---------------------------------------------------------------------------------------------
// Steps: one arbitrary per event of the StepEvent union

const dtmfDigits = fc.oneof(
  fc.constantFrom('1', '123#', '*0', '1,23', '9;45', ',', ';;', '12,3;4'),
  fc.stringMatching(/^[0-9*#,;]{1,6}$/),
);

type EventArbitraries = {
  readonly [E in StepEventName]: fc.Arbitrary<Extract<StepEvent, {event: E}>>;
};

const noParams = <E extends StepEventName>(event: E) => fc.constant({event});

/** Typed against the StepEvent union: adding an event to types.ts makes this fail to compile. */
export const eventArbitraries: EventArbitraries = {
  'server.voipPush': record({
    event: fc.constant('server.voipPush' as const),
    payload: pushPayloadArbitrary,
  }),
  'user.startCall': record({
    event: fc.constant('user.startCall' as const),
    handle,
    handleType: maybe(fc.constantFrom('generic' as const, 'phoneNumber' as const), 1, 3),
    video: maybe(fc.boolean(), 1, 3),
    // Sometimes reuses a UUID from the pool (a push or an earlier start may already own it).
    uuid: maybe(anyValidUUID, 1, 2),
  }),
  'user.answer': record({
    event: fc.constant('user.answer' as const),
    callUUID: callUUIDParam,
    via,
  }),
  'user.decline': record({event: fc.constant('user.decline' as const), callUUID: callUUIDParam}),
  'user.end': record({event: fc.constant('user.end' as const), callUUID: callUUIDParam, via}),
  'user.setHeld': record({
    event: fc.constant('user.setHeld' as const),
    onHold: fc.boolean(),
    callUUID: callUUIDParam,
    via,
  }),
  'user.setMuted': record({
    event: fc.constant('user.setMuted' as const),
    muted: fc.boolean(),
    callUUID: callUUIDParam,
    via,
  }),
  'user.playDTMF': record({
    event: fc.constant('user.playDTMF' as const),
    digits: dtmfDigits,
    callUUID: callUUIDParam,
  }),
  'user.mergeCalls': record({
    event: fc.constant('user.mergeCalls' as const),
    callUUID: callUUIDParam,
  }),
  'user.splitCall': record({
    event: fc.constant('user.splitCall' as const),
    callUUID: callUUIDParam,
  }),
  'user.endAndAccept': record({
    event: fc.constant('user.endAndAccept' as const),
    callUUID: callUUIDParam,
  }),
  'user.holdAndAccept': record({
    event: fc.constant('user.holdAndAccept' as const),
    callUUID: callUUIDParam,
  }),
  'user.lock': noParams('user.lock'),
  'user.unlock': noParams('user.unlock'),
  'user.openApp': noParams('user.openApp'),
  'user.leaveApp': noParams('user.leaveApp'),
  'remote.answer': record({
    event: fc.constant('remote.answer' as const),
    callUUID: callUUIDParam,
  }),
  'remote.hangUp': record({
    event: fc.constant('remote.hangUp' as const),
    callUUID: callUUIDParam,
  }),
  'remote.busy': record({event: fc.constant('remote.busy' as const), callUUID: callUUIDParam}),
  'cellular.incomingCall': record({
    event: fc.constant('cellular.incomingCall' as const),
    handle: maybe(handle, 1, 2),
  }),
  'cellular.end': record({
    event: fc.constant('cellular.end' as const),
    endedBy: maybe(fc.constantFrom('user' as const, 'remote' as const), 2, 1),
  }),
  'system.reset': noParams('system.reset'),
  'app.fulfill': record({
    event: fc.constant('app.fulfill' as const),
    action: actionKind,
    callUUID: callUUIDParam,
  }),
  'app.fail': record({
    event: fc.constant('app.fail' as const),
    action: actionKind,
    callUUID: callUUIDParam,
  }),
  'app.reportCall': record({
    event: fc.constant('app.reportCall' as const),
    callUUID: callUUIDParam,
  }),
  'app.returnFromPush': noParams('app.returnFromPush'),
  'app.request': record({
    event: fc.constant('app.request' as const),
    // Any actions, possibly none (emptyTransaction), each for the current call or a pool UUID.
    actions: fc.array(
      record({
        action: actionKind,
        callUUID: callUUIDParam,
        // Only CXSetGroupCallAction reads it; on other kinds the engine must ignore it.
        callUUIDToGroupWith: maybe(anyValidUUID, 1, 3),
      }).map((entry) => compact(entry)),
      {maxLength: 3},
    ),
  }),
  'app.invalidateProvider': noParams('app.invalidateProvider'),
  'app.reportConnected': record({
    event: fc.constant('app.reportConnected' as const),
    callUUID: callUUIDParam,
  }),
  'app.reportEnded': record({
    event: fc.constant('app.reportEnded' as const),
    reason: fc.constantFrom(...endedReasons),
    callUUID: callUUIDParam,
  }),
};

/** How often each event appears, before the manual-mode adjustment below. */
const eventWeights: {readonly [E in StepEventName]: number} = {
  'server.voipPush': 8,
  'user.startCall': 7,
  'user.answer': 7,
  'user.decline': 2,
  'user.end': 5,
  'user.setHeld': 4,
  'user.setMuted': 2,
  'user.playDTMF': 2,
  'user.mergeCalls': 2,
  'user.splitCall': 1,
  'user.endAndAccept': 2,
  'user.holdAndAccept': 3,
  'user.lock': 1,
  'user.unlock': 1,
  'user.openApp': 1,
  'user.leaveApp': 1,
  'remote.answer': 4,
  'remote.hangUp': 3,
  'remote.busy': 1,
  'cellular.incomingCall': 2,
  'cellular.end': 2,
  'system.reset': 1,
  'app.fulfill': 2,
  'app.fail': 1,
  'app.reportCall': 1,
  'app.returnFromPush': 1,
  'app.request': 2,
  'app.invalidateProvider': 1,
  'app.reportConnected': 1,
  'app.reportEnded': 1,
};

const appStepWeightInManualMode = 5;

function stepEventArbitrary(manual: boolean): fc.Arbitrary<StepEvent> {
  const names = Object.keys(eventArbitraries) as StepEventName[];
  return fc.oneof(
    ...names.map((name) => ({
      weight:
        manual && name.startsWith('app.') ? appStepWeightInManualMode : (eventWeights[name] ?? 1),
      arbitrary: eventArbitraries[name] as fc.Arbitrary<StepEvent>,
    })),
  );
}

/** Time between two steps: often simultaneous or close, sometimes past timeouts and ring limits. */
const gapArbitrary: fc.Arbitrary<number> = fc.oneof(
  {weight: 2, arbitrary: fc.constant(0)},
  {weight: 8, arbitrary: fc.integer({min: 0, max: 2_000})},
  {weight: 3, arbitrary: fc.integer({min: 0, max: 20_000})},
  {weight: 1, arbitrary: fc.integer({min: 0, max: 90_000})},
);

/** A short gap, inside a fragment of a plausible call. */
const shortGap = fc.integer({min: 0, max: 3_000});

type TimedEvent = [gap: number, event: StepEvent];

/** A push the app can use: a pool UUID and a handle. */
const usablePayload: fc.Arbitrary<PushPayload> = record({
  uuid: fc.constantFrom(...knownUUIDs),
  handle,
});

/**
 * Fragments of plausible calls, so that random runs also get far into a call (connected, held,
 * swapped) rather than mostly stopping at the first ring. Manual mode adds the app's duties.
 */
function fragmentArbitrary(manual: boolean): fc.Arbitrary<TimedEvent[]> {
  const incoming = fc
    .tuple(usablePayload, shortGap, via, shortGap)
    .map(([payload, answerGap, answerVia, fulfilGap]): TimedEvent[] => [
      [0, {event: 'server.voipPush', payload}],
      ...(manual ? ([[0, {event: 'app.reportCall'}]] satisfies TimedEvent[]) : []),
      [answerGap, compact({event: 'user.answer' as const, via: answerVia})],
      ...(manual
        ? ([
            [fulfilGap, {event: 'app.fulfill', action: 'CXAnswerCallAction'}],
          ] satisfies TimedEvent[])
        : []),
    ]);
  const outgoing = fc
    .tuple(handle, shortGap, shortGap)
    .map(([callee, fulfilGap, answerGap]): TimedEvent[] => [
      [0, {event: 'user.startCall', handle: callee}],
      ...(manual
        ? ([
            [fulfilGap, {event: 'app.fulfill', action: 'CXStartCallAction'}],
          ] satisfies TimedEvent[])
        : []),
      [answerGap, {event: 'remote.answer'}],
      ...(manual ? ([[0, {event: 'app.reportConnected'}]] satisfies TimedEvent[]) : []),
    ]);
  const holdAndResume = fc
    .tuple(shortGap, via, maybe(shortGap))
    .map(([holdGap, holdVia, resumeGap]): TimedEvent[] => [
      [holdGap, compact({event: 'user.setHeld' as const, onHold: true, via: holdVia})],
      ...(manual
        ? ([[0, {event: 'app.fulfill', action: 'CXSetHeldCallAction'}]] satisfies TimedEvent[])
        : []),
      // Sometimes the call stays held: the audio rules for a held call get a chance to show.
      ...(resumeGap === undefined
        ? []
        : ([[resumeGap, {event: 'user.setHeld', onHold: false}]] satisfies TimedEvent[])),
    ]);
  const callWaiting = fc
    .tuple(usablePayload, shortGap, fc.boolean())
    .map(([payload, choiceGap, hold]): TimedEvent[] => [
      [0, {event: 'server.voipPush', payload}],
      [choiceGap, {event: hold ? 'user.holdAndAccept' : 'user.endAndAccept'}],
    ]);
  const cellular = fc
    .tuple(
      shortGap,
      fc.boolean(),
      shortGap,
      maybe(fc.constantFrom('user' as const, 'remote' as const)),
    )
    .map(([choiceGap, hold, endGap, endedBy]): TimedEvent[] => [
      [0, {event: 'cellular.incomingCall'}],
      [choiceGap, {event: hold ? 'user.holdAndAccept' : 'user.endAndAccept'}],
      [endGap, compact({event: 'cellular.end' as const, endedBy})],
    ]);
  const conference = fc
    .tuple(usablePayload, shortGap, shortGap, maybe(shortGap))
    .map(([payload, acceptGap, mergeGap, splitGap]): TimedEvent[] => [
      [0, {event: 'server.voipPush', payload}],
      [acceptGap, {event: 'user.holdAndAccept'}],
      [mergeGap, {event: 'user.mergeCalls'}],
      ...(splitGap === undefined
        ? []
        : ([[splitGap, {event: 'user.splitCall'}]] satisfies TimedEvent[])),
    ]);
  return fc.oneof(incoming, outgoing, holdAndResume, callWaiting, cellular, conference);
}

export const maxStepsPerScenario = 25;

export function stepsArbitrary(manual: boolean): fc.Arbitrary<Step[]> {
  const single = fc.tuple(gapArbitrary, stepEventArbitrary(manual)).map((pair) => [pair]);
  const fragment = fc
    .tuple(gapArbitrary, fragmentArbitrary(manual))
    .map(([gap, events]): TimedEvent[] =>
      events.map(([eventGap, event], index) => [index === 0 ? gap : eventGap, event]),
    );
  return fc
    .array(fc.oneof({weight: 3, arbitrary: single}, {weight: 2, arbitrary: fragment}), {
      maxLength: 16,
    })
    .map((chunks) => {
      let at = 0;
      return chunks
        .flat()
        .slice(0, maxStepsPerScenario)
        .map(([gap, event]) => {
          at += gap;
          return {...compact(event), at} as Step;
        });
    });
}

// ---------------------------------------------------------------------------------------------
// Whole scenarios

const seedArbitrary = fc.oneof(
  {weight: 3, arbitrary: fc.constant(undefined)},
  {weight: 1, arbitrary: fc.constantFrom(...poolSeeds)},
  {weight: 1, arbitrary: fc.integer({min: 0, max: 2 ** 31 - 1})},
);

/** A random, valid scenario: settings (each section sometimes left to its defaults) and 0–25 steps. */
export const scenarioArbitrary: fc.Arbitrary<ScenarioInput> = fc
  .record({
    device: maybe(deviceArbitrary, 4, 1),
    capabilities: maybe(capabilitiesArbitrary, 1, 1),
    configuration: maybe(configurationArbitrary, 3, 1),
    app: maybe(appProfileArbitrary, 5, 1),
    assumptions: maybe(assumptionsArbitrary, 3, 1),
    seed: seedArbitrary,
  })
  .chain((settings) =>
    stepsArbitrary(settings.app?.mode === 'manual').map((steps): ScenarioInput =>
      compact({...settings, steps}),
    ),
  );
