/**
 * Model-based tests of the per-call machine (spec §11.4), built on `xstate/graph`.
 *
 * 1. Every atomic state of `callMachine` (walked from `callMachine.root`, never hard-coded) is
 *    reached by some shortest path.
 * 2. The machine agrees with the spec's derived state table §11.4, written below as data: every
 *    row is a machine transition, every machine transition is a row, and some events are refused.
 * 3. The engine can drive a real call along every shortest path: each machine event is turned
 *    mechanically into scenario steps (one table, one driver per event), the scenario runs on
 *    virtual time and the call's state is checked after every step.
 * 4. The same drivers take the engine across every spec-table transition it can deliver
 *    (shortest path to the row's `from`, then the row's event).
 *
 * Two machine quirks are deliberately left out of the engine paths (see `engineCanSend`): the
 * root-level REPORTED_ENDED / PROVIDER_RESET / APP_TERMINATED handlers also match in `idle` and,
 * for the pure `transition()`/`can()` functions, in the final `ended` state (where they rewrite
 * `endCause`). A running actor ignores events once done and the engine never exposes `idle`.
 */
import {describe, test} from 'node:test';
import assert from 'node:assert/strict';

import {
  createActor,
  initialTransition,
  transition,
  type AnyStateNode,
  type SnapshotFrom,
  type StateValue,
} from 'xstate';
import {createTestModel, getShortestPaths, type StatePath} from 'xstate/graph';

import {createSimulation} from '../../simulator/src/engine/simulation';
import {
  callMachine,
  type CallEndCause,
  type CallEvent,
  type CallStateName,
} from '../../simulator/src/machines/call.machine';
import type {
  ActionResponse,
  Assumptions,
  CallEndedReasonInput,
  ScenarioInput,
  Step,
  StepEvent,
  Timing,
} from '../../simulator/src/scenario/types';
import {appleApi} from '../../simulator/src/trace/apiNames';
import type {CallActionKind} from '../../simulator/src/vocabulary';

type CallSnapshot = SnapshotFrom<typeof callMachine>;
type CallPath = StatePath<CallSnapshot, CallEvent>;
type EventType = CallEvent['type'];

// ---------------------------------------------------------------------------------------------
// The machine's own shape

/** Every atomic state as a dotted path (`connected.held`), walked from the machine's root. */
function atomicStatePaths(node: AnyStateNode): string[] {
  const children = Object.values(node.states);
  if (children.length === 0) return [node.path.join('.')];
  return children.flatMap((child) => atomicStatePaths(child));
}

const allStates: readonly string[] = atomicStatePaths(callMachine.root);

/** `{connected: 'held'}` → `connected.held`. The call machine has no parallel regions. */
function statePath(value: StateValue): string {
  if (typeof value === 'string') return value;
  const entries = Object.entries(value);
  assert.equal(entries.length, 1, `unexpected parallel state value ${JSON.stringify(value)}`);
  const [key, child] = entries[0] as [string, StateValue | undefined];
  return child === undefined ? key : `${key}.${statePath(child)}`;
}

const stateOf = (snapshot: CallSnapshot): string => statePath(snapshot.value);

/** The reasons an app can pass to reportCall(with:endedAt:reason:) (spec §3.1). */
const reportedCauses = [
  'failed',
  'remoteEnded',
  'unanswered',
  'answeredElsewhere',
  'declinedElsewhere',
] as const satisfies readonly CallEndedReasonInput[];

const isReportedCause = (cause: CallEndCause): cause is (typeof reportedCauses)[number] =>
  (reportedCauses as readonly string[]).includes(cause);

/**
 * The events the traversal may send, per type. The mapped type makes the compiler insist on an
 * entry for every member of `CallEvent`; a test below checks it against the machine too.
 */
const eventsByType: {readonly [K in EventType]: readonly Extract<CallEvent, {type: K}>[]} = {
  INCOMING_REPORTED: [{type: 'INCOMING_REPORTED'}],
  START_ACCEPTED: [{type: 'START_ACCEPTED'}],
  ANSWER_DELIVERED: [{type: 'ANSWER_DELIVERED'}],
  ANSWER_FULFILLED: [{type: 'ANSWER_FULFILLED'}],
  START_FULFILLED: [{type: 'START_FULFILLED'}],
  STARTED_CONNECTING: [{type: 'STARTED_CONNECTING'}],
  CONNECTED: [{type: 'CONNECTED'}],
  END_DELIVERED: [{type: 'END_DELIVERED'}],
  END_COMPLETED: [{type: 'END_COMPLETED'}],
  HOLD_FULFILLED: [{type: 'HOLD_FULFILLED'}],
  UNHOLD_FULFILLED: [{type: 'UNHOLD_FULFILLED'}],
  CALL_FAILED: [{type: 'CALL_FAILED'}],
  REPORTED_ENDED: reportedCauses.map((cause) => ({type: 'REPORTED_ENDED', cause})),
  PROVIDER_RESET: [{type: 'PROVIDER_RESET'}],
  APP_TERMINATED: [{type: 'APP_TERMINATED'}],
};

const eventTypes = Object.keys(eventsByType) as EventType[];
const allEvents: readonly CallEvent[] = eventTypes.flatMap(
  (type): readonly CallEvent[] => eventsByType[type],
);
const isCallEvent = (event: {type: string}): event is CallEvent =>
  (eventTypes as readonly string[]).includes(event.type);

/** The machine events along a path, without the leading `xstate.init` step. */
const eventsOf = (path: CallPath): CallEvent[] =>
  path.steps.map((step) => step.event).filter(isCallEvent);

/** The engine never exposes `idle`: it creates a call and sends its first event in one go. */
const creationEvents: ReadonlySet<EventType> = new Set(['INCOMING_REPORTED', 'START_ACCEPTED']);

/**
 * The events the engine can really deliver in a state: a live actor ignores everything once it is
 * done (`sendCall` checks the status), and a call is never seen in `idle`.
 */
const engineCanSend = (snapshot: CallSnapshot, event: CallEvent): boolean =>
  snapshot.status === 'active' && (!snapshot.matches('idle') || creationEvents.has(event.type));

/** Pure-machine shortest paths: every event in every state. */
const machinePaths: readonly CallPath[] = getShortestPaths(callMachine, {events: [...allEvents]});

/** Shortest paths restricted to what the engine can deliver (one per state and end cause). */
const enginePaths: readonly CallPath[] = getShortestPaths(callMachine, {
  events: [...allEvents],
  filterEvents: engineCanSend,
});

function describePath(path: CallPath): string {
  const events = eventsOf(path).map((event) =>
    event.type === 'REPORTED_ENDED' ? `REPORTED_ENDED(${event.cause})` : event.type,
  );
  const cause = path.state.context.endCause;
  return `${stateOf(path.state)}${cause ? ` (${cause})` : ''} ← ${events.join(' → ') || 'initial'}`;
}

/** Replays a path with the pure `transition` function, checking each step against the path. */
function replay(path: CallPath): CallSnapshot {
  let [snapshot] = initialTransition(callMachine);
  for (const step of path.steps) {
    if (!isCallEvent(step.event)) continue;
    [snapshot] = transition(callMachine, snapshot, step.event);
    assert.equal(stateOf(snapshot), stateOf(step.state));
  }
  return snapshot;
}

/** A snapshot in `state`, reached along the machine's shortest path to it. */
function reach(state: string): CallSnapshot {
  const path = machinePaths.find(
    (candidate) => stateOf(candidate.state) === state && candidate.state.status === 'active',
  );
  assert.ok(path, `no shortest path reaches ${state}`);
  return replay(path);
}

describe('call machine: reachability (xstate/graph)', () => {
  test('the walked state list is the expected shape', () => {
    for (const name of ['idle', 'ringing', 'connected.active', 'connected.held', 'ended']) {
      assert.ok(allStates.includes(name), `${name} is missing from ${allStates.join(', ')}`);
    }
    assert.ok(!allStates.includes('connected'), 'compound states are not atomic');
    assert.equal(new Set(allStates).size, allStates.length);
  });

  test('the traversal events cover exactly the events the machine handles', () => {
    assert.deepEqual([...eventTypes].sort(), [...callMachine.root.events].sort());
  });

  test('every atomic state is reached by a shortest path', () => {
    const reached = new Set(machinePaths.map((path) => stateOf(path.state)));
    assert.deepEqual([...reached].sort(), [...allStates].sort());
    for (const name of ['ringing', 'answering', 'dialing', 'connected.held', 'ended']) {
      assert.ok(reached.has(name), `${name} was not reached`);
    }
  });

  test('the paths restricted to what the engine can send still reach every state', () => {
    const reached = new Set(enginePaths.map((path) => stateOf(path.state)));
    assert.deepEqual([...reached].sort(), [...allStates].sort());
  });

  test('replaying each shortest path with transition() lands where the path says', () => {
    for (const path of machinePaths) {
      const end = replay(path);
      assert.equal(stateOf(end), stateOf(path.state), describePath(path));
      assert.deepEqual(end.context, path.state.context, describePath(path));
    }
  });

  test('createTestModel accepts the machine (no after/invoke) and its paths visit every state', () => {
    // TestModel drops paths that are prefixes of longer ones, so count every state on the way.
    const model = createTestModel(callMachine, {events: [...allEvents]});
    const visited = new Set(
      model.getShortestPaths().flatMap((path) => path.steps.map((step) => stateOf(step.state))),
    );
    assert.deepEqual([...visited].sort(), [...allStates].sort());
  });
});

// ---------------------------------------------------------------------------------------------
// The spec's derived state table (§11.4) as data

interface SpecRow {
  from: CallStateName;
  event: CallEvent;
  to: CallStateName;
  endCause?: CallEndCause;
  spec: string;
}

/** Every state a call is in between being reported/started and ending. */
const liveStates = [
  'ringing',
  'answering',
  'starting',
  'dialing',
  'connecting',
  'connected.active',
  'connected.held',
  'ending',
] as const satisfies readonly CallStateName[];

/** Live states in which an end action can still be delivered (it is already delivered in ending). */
const endableStates = liveStates.filter((state) => state !== 'ending');

const specTable: readonly SpecRow[] = [
  {from: 'idle', event: {type: 'INCOMING_REPORTED'}, to: 'ringing', spec: '§11.4 row 1 (§3)'},
  {from: 'idle', event: {type: 'START_ACCEPTED'}, to: 'starting', spec: '§11.4 (§2.1)'},
  {from: 'ringing', event: {type: 'ANSWER_DELIVERED'}, to: 'answering', spec: '§11.4 (§1.3)'},
  {
    from: 'answering',
    event: {type: 'ANSWER_FULFILLED'},
    to: 'connected.active',
    spec: '§11.4 (§5.1 rule 3)',
  },
  {
    from: 'answering',
    event: {type: 'CALL_FAILED'},
    to: 'ended',
    endCause: 'failed',
    spec: '§11.4 † (§1.4 answer [OBS])',
  },
  {from: 'starting', event: {type: 'START_FULFILLED'}, to: 'dialing', spec: '§11.4 (§5.1 rule 4)'},
  {
    from: 'starting',
    event: {type: 'CALL_FAILED'},
    to: 'ended',
    endCause: 'failed',
    spec: '§11.4 (§1.4 start)',
  },
  {from: 'dialing', event: {type: 'STARTED_CONNECTING'}, to: 'connecting', spec: '§11.4 (§3)'},
  {from: 'connecting', event: {type: 'CONNECTED'}, to: 'connected.active', spec: '§11.4 (§4.2)'},
  {from: 'dialing', event: {type: 'CONNECTED'}, to: 'connected.active', spec: '§11.4 (§4.2)'},
  {
    from: 'connected.active',
    event: {type: 'HOLD_FULFILLED'},
    to: 'connected.held',
    spec: '§11.4 (§5.3)',
  },
  {
    from: 'connected.held',
    event: {type: 'UNHOLD_FULFILLED'},
    to: 'connected.active',
    spec: '§11.4 (§5.3)',
  },
  ...endableStates.map((from): SpecRow => ({
    from,
    event: {type: 'END_DELIVERED'},
    to: 'ending',
    spec: '§11.4 decline / end action delivered (§1.3)',
  })),
  {
    from: 'ending',
    event: {type: 'END_COMPLETED'},
    to: 'ended',
    endCause: 'endAction',
    spec: '§11.4 end action fulfilled (§1.3; failed/timed out: §1.4 [UNCONFIRMED])',
  },
  ...liveStates.flatMap((from) =>
    reportedCauses.map((cause): SpecRow => ({
      from,
      event: {type: 'REPORTED_ENDED', cause},
      to: 'ended',
      endCause: cause,
      spec: '§11.4 any live state + reportCall(endedAt:reason:) (§3)',
    })),
  ),
  ...liveStates.map((from): SpecRow => ({
    from,
    event: {type: 'PROVIDER_RESET'},
    to: 'ended',
    endCause: 'providerReset',
    spec: '§11.4 all calls + providerDidReset (§3.3)',
  })),
  ...liveStates.map((from): SpecRow => ({
    from,
    event: {type: 'APP_TERMINATED'},
    to: 'ended',
    endCause: 'appTerminated',
    spec: 'not in §11.4: the app process died (§9.3 kills); engine assumption',
  })),
  // The machine's root-level handlers also fire in idle. The spec says "any live state" and
  // "all calls"; an idle call is neither, and the engine never shows one. Listed so that the
  // "every machine transition is a row" check below stays exhaustive.
  ...(['REPORTED_ENDED', 'PROVIDER_RESET', 'APP_TERMINATED'] as const).flatMap((type) =>
    eventsByType[type].map((event): SpecRow => ({
      from: 'idle',
      event,
      to: 'ended',
      spec: 'machine only: root-level handler reached from idle (not in §11.4)',
    })),
  ),
];

const rowKey = (from: string, event: CallEvent): string =>
  event.type === 'REPORTED_ENDED'
    ? `${from} + REPORTED_ENDED(${event.cause})`
    : `${from} + ${event.type}`;

/** Events a state must refuse: `can()` is false and the snapshot does not change. */
const refused: readonly {state: CallStateName; event: CallEvent; why: string}[] = [
  {state: 'ringing', event: {type: 'ANSWER_FULFILLED'}, why: 'nothing to fulfil before answer'},
  {state: 'ringing', event: {type: 'HOLD_FULFILLED'}, why: 'only a connected call is held'},
  {state: 'ringing', event: {type: 'CONNECTED'}, why: 'connectedAt is for outgoing calls'},
  {state: 'ringing', event: {type: 'END_COMPLETED'}, why: 'no end action was delivered'},
  {state: 'answering', event: {type: 'ANSWER_DELIVERED'}, why: 'already answering'},
  {state: 'answering', event: {type: 'START_FULFILLED'}, why: 'incoming call'},
  {state: 'starting', event: {type: 'CONNECTED'}, why: 'start not fulfilled yet'},
  {state: 'starting', event: {type: 'STARTED_CONNECTING'}, why: 'start not fulfilled yet'},
  {state: 'dialing', event: {type: 'ANSWER_FULFILLED'}, why: 'outgoing call'},
  {state: 'connecting', event: {type: 'STARTED_CONNECTING'}, why: 'already connecting'},
  {state: 'connected.active', event: {type: 'UNHOLD_FULFILLED'}, why: 'not held'},
  {state: 'connected.active', event: {type: 'END_COMPLETED'}, why: 'no end action delivered'},
  {state: 'connected.held', event: {type: 'HOLD_FULFILLED'}, why: 'already held'},
  {state: 'ending', event: {type: 'END_DELIVERED'}, why: 'the end action is already delivered'},
  {state: 'ending', event: {type: 'ANSWER_FULFILLED'}, why: 'a late answer does not revive it'},
  {state: 'ending', event: {type: 'CALL_FAILED'}, why: 'only start/answer failures end a call'},
  {state: 'idle', event: {type: 'ANSWER_DELIVERED'}, why: 'nothing to answer'},
];

describe('call machine: consistency with the spec table §11.4', () => {
  for (const row of specTable) {
    test(`${rowKey(row.from, row.event)} → ${row.to} (${row.spec})`, () => {
      const before = reach(row.from);
      assert.equal(before.can(row.event), true, `${row.from} should accept ${row.event.type}`);
      const [after] = transition(callMachine, before, row.event);
      assert.equal(stateOf(after), row.to);
      if (row.endCause !== undefined) assert.equal(after.context.endCause, row.endCause);
      if (row.to === 'ended') assert.equal(after.status, 'done', 'ended is final');
    });
  }

  test('every transition the machine takes from a non-final state is a row of the table', () => {
    const rows = new Map(specTable.map((row) => [rowKey(row.from, row.event), row]));
    const missing: string[] = [];
    for (const from of allStates) {
      if (from === 'ended') continue;
      const snapshot = reach(from);
      for (const event of allEvents) {
        if (!snapshot.can(event)) continue;
        const [after] = transition(callMachine, snapshot, event);
        const row = rows.get(rowKey(from, event));
        if (!row || row.to !== stateOf(after)) {
          missing.push(`${rowKey(from, event)} → ${stateOf(after)}`);
        }
      }
    }
    assert.deepEqual(missing, [], 'machine transitions with no spec row');
  });

  for (const {state, event, why} of refused) {
    test(`${state} refuses ${event.type} (${why})`, () => {
      const before = reach(state);
      assert.equal(before.can(event), false);
      const [after] = transition(callMachine, before, event);
      assert.equal(stateOf(after), state);
      assert.deepEqual(after.context, before.context);
    });
  }

  test('an ended call actor ignores every later event (what the engine relies on)', () => {
    const actor = createActor(callMachine).start();
    actor.send({type: 'INCOMING_REPORTED'});
    actor.send({type: 'REPORTED_ENDED', cause: 'remoteEnded'});
    assert.equal(actor.getSnapshot().status, 'done');
    for (const event of allEvents) actor.send(event);
    assert.equal(stateOf(actor.getSnapshot()), 'ended');
    assert.equal(actor.getSnapshot().context.endCause, 'remoteEnded');
    actor.stop();
  });
});

// ---------------------------------------------------------------------------------------------
// Driving the engine along the machine's shortest paths

/** The scenario knobs a driver may turn. Everything else keeps its default. */
interface Draft {
  fulfill: Partial<Record<CallActionKind, ActionResponse>>;
  reportPushedCall: Timing;
  reportsOutgoingProgress: boolean;
  assumptions: Partial<Assumptions>;
}

interface DriveContext {
  from: CallStateName;
  event: CallEvent;
  previous: CallEvent | undefined;
  next: CallEvent | undefined;
  draft: Draft;
}

/**
 * What one machine event becomes in a scenario: steps at the event's own time slot (read from
 * the finished draft, since a later driver may change the app profile), or `sameSlot` when the
 * engine produces the event by itself right after the previous one.
 */
type Realisation = {steps: (draft: Draft) => StepEvent[]} | 'sameSlot';
type Driver = (context: DriveContext) => Realisation;

const slotMs = 1_000;
const incomingUUID = 'E621E1F8-C36C-495A-93FC-0C247A3E6E5F';
const incomingPush = {
  uuid: incomingUUID.toLowerCase(),
  handle: '+15551234567',
  callerName: 'Ada',
  hasVideo: false,
};
const killingPush = {uuid: '0B1C2D3E-4F50-4612-8A7B-9C0D1E2F3A4B', handle: '+15550000000'};

const steps =
  (...events: StepEvent[]) =>
  (): StepEvent[] =>
    events;

function cannotDrive(context: DriveContext): never {
  throw new Error(`no scenario step drives ${context.event.type} from ${context.from}`);
}

/**
 * One driver per machine event. The base profile (see `baseDraft`) fulfils nothing by itself,
 * so start, answer and end stay pending until a driver's `app.fulfill` / `app.fail` step.
 */
const drivers: Readonly<Record<EventType, Driver>> = {
  // A foreground app reports the pushed call at once; an app that reports no pushes (see
  // APP_TERMINATED) learns of the call over its own connection and reports it.
  INCOMING_REPORTED: () => ({
    steps: (draft) =>
      draft.reportPushedCall === 'never'
        ? [{event: 'app.reportCall', callUUID: incomingUUID}]
        : [{event: 'server.voipPush', payload: incomingPush}],
  }),
  START_ACCEPTED: () => ({steps: steps({event: 'user.startCall', handle: '+15557654321'})}),
  ANSWER_DELIVERED: () => ({steps: steps({event: 'user.answer'})}),
  ANSWER_FULFILLED: () => ({steps: steps({event: 'app.fulfill', action: 'CXAnswerCallAction'})}),
  START_FULFILLED: (context) => {
    if (context.next?.type !== 'STARTED_CONNECTING') {
      // A manual fulfil does not trigger the app's own progress report: the call stays dialing.
      return {steps: steps({event: 'app.fulfill', action: 'CXStartCallAction'})};
    }
    // No step reports startedConnecting alone: a progress-reporting app does it itself right
    // after it fulfils the start action, so let the app fulfil it one slot after delivery.
    context.draft.fulfill.CXStartCallAction = {afterMs: slotMs};
    return {steps: steps()};
  },
  STARTED_CONNECTING: (context) =>
    context.previous?.type === 'START_FULFILLED' ? 'sameSlot' : cannotDrive(context),
  CONNECTED: () => ({steps: steps({event: 'remote.answer'})}),
  END_DELIVERED: (context) => ({
    steps: steps(context.from === 'ringing' ? {event: 'user.decline'} : {event: 'user.end'}),
  }),
  END_COMPLETED: () => ({steps: steps({event: 'app.fulfill', action: 'CXEndCallAction'})}),
  HOLD_FULFILLED: () => ({steps: steps({event: 'user.setHeld', onHold: true})}),
  UNHOLD_FULFILLED: () => ({steps: steps({event: 'user.setHeld', onHold: false})}),
  CALL_FAILED: (context) => {
    if (context.from === 'answering')
      return {steps: steps({event: 'app.fail', action: 'CXAnswerCallAction'})};
    if (context.from === 'starting')
      return {steps: steps({event: 'app.fail', action: 'CXStartCallAction'})};
    return cannotDrive(context);
  },
  REPORTED_ENDED: (context) => {
    const event = context.event;
    if (event.type !== 'REPORTED_ENDED' || !isReportedCause(event.cause)) cannotDrive(context);
    const reason = event.cause;
    return {
      steps: steps(
        reason === 'remoteEnded' ? {event: 'remote.hangUp'} : {event: 'app.reportEnded', reason},
      ),
    };
  },
  PROVIDER_RESET: () => ({steps: steps({event: 'system.reset'})}),
  // The only way the engine kills the app is PushKit's check: a push the app does not report,
  // with the foreground/on-call exemption turned off.
  APP_TERMINATED: (context) => {
    context.draft.reportPushedCall = 'never';
    context.draft.assumptions.pushExemptWhenForegroundOrOnCall = false;
    return {steps: steps({event: 'server.voipPush', payload: killingPush})};
  },
};

const baseDraft = (): Draft => ({
  fulfill: {CXStartCallAction: 'never', CXAnswerCallAction: 'never', CXEndCallAction: 'never'},
  reportPushedCall: 'immediately',
  reportsOutgoingProgress: true,
  assumptions: {},
});

interface Slot {
  at: number;
  steps: StepEvent[];
  /** The machine state (and end cause) the call must be in once the slot has run. */
  state: string;
  endCause: CallEndCause | null;
}

/** One machine event and the snapshot it leads to. */
interface Move {
  event: CallEvent;
  state: CallSnapshot;
}

const movesOf = (path: CallPath): Move[] =>
  path.steps.flatMap((step) =>
    isCallEvent(step.event) ? [{event: step.event, state: step.state}] : [],
  );

/** Translates events, one driver each, into a scenario and the checkpoints to test. */
function drive(title: string, moves: readonly Move[]): {scenario: ScenarioInput; slots: Slot[]} {
  const draft = baseDraft();
  const pending: (Omit<Slot, 'at' | 'steps'> & {steps: (draft: Draft) => StepEvent[]})[] = [];
  let from: CallStateName = 'idle';
  moves.forEach((move, index) => {
    const realisation = drivers[move.event.type]({
      from,
      event: move.event,
      previous: moves[index - 1]?.event,
      next: moves[index + 1]?.event,
      draft,
    });
    const state = stateOf(move.state);
    const endCause = move.state.context.endCause;
    if (realisation === 'sameSlot') {
      const last = pending[pending.length - 1];
      assert.ok(last, `${move.event.type} cannot share the slot of a missing previous event`);
      last.state = state;
      last.endCause = endCause;
    } else {
      pending.push({steps: realisation.steps, state, endCause});
    }
    from = state as CallStateName;
  });
  const slots = pending.map((slot, index): Slot => ({
    ...slot,
    at: slotMs * (index + 1),
    steps: slot.steps(draft),
  }));
  const scenario: ScenarioInput = {
    title,
    device: {locked: false, appState: 'foreground'},
    app: {
      fulfill: draft.fulfill,
      reportPushedCall: draft.reportPushedCall,
      reportsOutgoingProgress: draft.reportsOutgoingProgress,
    },
    assumptions: draft.assumptions,
    steps: slots.flatMap((slot) => slot.steps.map((step): Step => ({...step, at: slot.at}))),
  };
  return {scenario, slots};
}

/**
 * Runs the driven scenario slot by slot with `advance`, stopping half a slot after each step
 * (well before any action timeout), and checks the call's state and end cause every time.
 */
function runDriven(title: string, moves: readonly Move[]): void {
  const {scenario, slots} = drive(title, moves);
  const simulation = createSimulation(scenario);
  const actionTimeoutMs = simulation.scenario.assumptions.actionTimeoutMs;
  try {
    for (const slot of slots) {
      simulation.advance(slot.at + slotMs / 2 - simulation.now());
      assert.ok(simulation.now() < actionTimeoutMs, 'the path must finish before timeouts');
      const calls = simulation.getSnapshot().calls;
      assert.equal(calls.length, 1, `one call expected at ${slot.at} ms`);
      assert.equal(calls[0]?.state, slot.state, `call state after the step at ${slot.at} ms`);
      assert.equal(calls[0]?.endCause, slot.endCause, `end cause after the step at ${slot.at} ms`);
    }
    const last = moves[moves.length - 1];
    const calls = simulation.getSnapshot().calls;
    if (last === undefined) {
      // idle: the machine's initial state, which the engine never exposes.
      simulation.advance(slotMs);
      assert.deepEqual(simulation.getSnapshot().calls, []);
    } else {
      assert.equal(calls[0]?.state, stateOf(last.state));
      assert.equal(calls[0]?.endCause, last.state.context.endCause);
    }
    assert.ok(
      !simulation.trace.some((entry) => entry.api === appleApi.timedOutPerforming),
      'no action timed out on the way',
    );
  } finally {
    simulation.stop();
  }
}

describe('engine driven along every shortest path of the call machine', () => {
  test('there is a path for every atomic state and every end cause the engine produces', () => {
    const targets = new Set(enginePaths.map((path) => stateOf(path.state)));
    assert.deepEqual([...targets].sort(), [...allStates].sort());
    const causes = new Set(
      enginePaths
        .filter((path) => stateOf(path.state) === 'ended')
        .map((path) => path.state.context.endCause),
    );
    const expected: readonly CallEndCause[] = [
      ...reportedCauses,
      'endAction',
      'providerReset',
      'appTerminated',
    ];
    for (const cause of expected) assert.ok(causes.has(cause), `no path ends with ${cause}`);
  });

  for (const path of enginePaths) {
    test(describePath(path), () => {
      const moves = movesOf(path);
      if (moves.length === 0) assert.equal(stateOf(path.state), 'idle');
      runDriven(`model path: ${describePath(path)}`, moves);
    });
  }
});

describe('engine driven across every spec-table transition it can deliver', () => {
  for (const row of specTable) {
    if (row.from === 'idle' && !creationEvents.has(row.event.type)) continue;
    const title = `${rowKey(row.from, row.event)} → ${row.to}`;
    test(title, () => {
      const to = enginePaths.find(
        (path) => stateOf(path.state) === row.from && path.state.status === 'active',
      );
      assert.ok(to, `no engine path reaches ${row.from}`);
      const moves = movesOf(to);
      const [state] = transition(callMachine, to.state, row.event);
      assert.equal(stateOf(state), row.to);
      runDriven(`model edge: ${title}`, [...moves, {event: row.event, state}]);
    });
  }
});
