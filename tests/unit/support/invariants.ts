/**
 * Engine invariants checked on whole runs, shared by the property tests
 * (tests/unit/engine-properties.test.ts) and the fuzzer (scripts/fuzz.ts).
 *
 * A run is driven one `step()` at a time so that the audio invariant sees every intermediate
 * state; each checker returns a list of human-readable problems (empty = the invariant holds).
 */
import {isDeepStrictEqual} from 'node:util';

import {createSimulation, runScenario} from '../../../simulator/src/engine/simulation';
import type {SimulationSnapshot} from '../../../simulator/src/engine/snapshot';
import type {Scenario, ScenarioInput} from '../../../simulator/src/scenario/types';
import {appleApi, systemEvent} from '../../../simulator/src/trace/apiNames';
import {lanes, type TraceEntry, type TraceKind} from '../../../simulator/src/trace/types';
import {callActionKinds} from '../../../simulator/src/vocabulary';

/** What the audio session and the calls looked like after one `step()`. */
export interface Observation {
  /** Trace length when the observation was taken: entries [0, traceLength) had happened. */
  traceLength: number;
  now: number;
  audioActivatedBy: SimulationSnapshot['audio']['activatedBy'];
  calls: readonly {uuid: string; state: string}[];
}

export interface SteppedRun {
  scenario: Scenario;
  trace: readonly TraceEntry[];
  final: SimulationSnapshot;
  observations: readonly Observation[];
}

/** A guard against a run that never finishes; far above anything a generated scenario needs. */
const maxStepsPerRun = 100_000;

/** Runs a scenario to the end with `step()`, observing the state after every step. */
export function runStepped(input: ScenarioInput): SteppedRun {
  const simulation = createSimulation(input);
  const observations: Observation[] = [];
  const observe = (): void => {
    const snapshot = simulation.getSnapshot();
    observations.push({
      traceLength: simulation.trace.length,
      now: snapshot.now,
      audioActivatedBy: snapshot.audio.activatedBy,
      calls: snapshot.calls.map((call) => ({uuid: call.uuid, state: call.state})),
    });
  };
  observe();
  let steps = 0;
  while (!simulation.isFinished()) {
    steps += 1;
    if (steps > maxStepsPerRun) throw new Error(`run did not finish in ${maxStepsPerRun} steps`);
    simulation.step();
    observe();
  }
  const result: SteppedRun = {
    scenario: simulation.scenario,
    trace: [...simulation.trace],
    final: simulation.getSnapshot(),
    observations,
  };
  simulation.stop();
  return result;
}

// ---------------------------------------------------------------------------------------------
// Trace helpers

const actionUUIDOf = (entry: TraceEntry): string | null => {
  const value = entry.detail?.actionUUID;
  return typeof value === 'string' ? value : null;
};

const isIgnored = (entry: TraceEntry): boolean => entry.detail?.ignored === true;

/** An effective `CXAction.fulfill()` (not one the system ignored as too late or repeated). */
const isEffectiveFulfil = (entry: TraceEntry): boolean =>
  entry.api === appleApi.fulfill && entry.kind === 'call' && !isIgnored(entry);

const isEffectiveFail = (entry: TraceEntry): boolean =>
  entry.api === appleApi.fail && entry.kind === 'call' && !isIgnored(entry);

const isPerform = (entry: TraceEntry): boolean =>
  entry.api === appleApi.perform && entry.kind === 'callback';

const isTimeout = (entry: TraceEntry): boolean =>
  entry.api === appleApi.timedOutPerforming && entry.kind === 'callback';

const isLaunch = (entry: TraceEntry): boolean => entry.api === systemEvent.launchApp;
const isTermination = (entry: TraceEntry): boolean => entry.api === systemEvent.terminateApp;

const describeEntry = (entry: TraceEntry): string =>
  `#${entry.seq} @${entry.at} ${entry.kind} ${entry.from}→${entry.to} ${entry.api}` +
  (entry.action ? ` ${entry.action}` : '') +
  (entry.callUUID ? ` call ${entry.callUUID.slice(0, 8)}` : '');

/** Keeps reports short: the first few problems say enough. */
const maxProblems = 5;

function collector(): {problems: string[]; add: (problem: string) => void} {
  const problems: string[] = [];
  return {
    problems,
    add: (problem) => {
      if (problems.length < maxProblems) problems.push(problem);
    },
  };
}

// ---------------------------------------------------------------------------------------------
// 1. Every delivered action completes exactly once

export function checkActionsCompleteOnce(run: SteppedRun): string[] {
  const {problems, add} = collector();
  const {trace, final} = run;
  const statusOf = new Map(final.actions.map((action) => [action.uuid, action.status]));
  const delivered = new Map<string, TraceEntry>();
  const completions = new Map<string, TraceEntry[]>();
  let lastResetOrTermination = -1;
  for (const entry of trace) {
    if (
      isTermination(entry) ||
      (entry.api === appleApi.providerDidReset && entry.kind === 'callback') ||
      (entry.api === appleApi.providerInvalidate && entry.kind === 'call')
    ) {
      lastResetOrTermination = entry.seq;
    }
    const actionUUID = actionUUIDOf(entry);
    if (actionUUID === null) continue;
    if (isPerform(entry)) {
      if (delivered.has(actionUUID)) add(`action ${actionUUID} delivered twice`);
      delivered.set(actionUUID, entry);
      continue;
    }
    if (isEffectiveFulfil(entry) || isEffectiveFail(entry) || isTimeout(entry)) {
      if (!delivered.has(actionUUID)) {
        add(`${describeEntry(entry)} completes action ${actionUUID}, which was never delivered`);
      }
      completions.set(actionUUID, [...(completions.get(actionUUID) ?? []), entry]);
    }
  }
  const expectedStatus = (entry: TraceEntry): string =>
    isEffectiveFulfil(entry) ? 'fulfilled' : isEffectiveFail(entry) ? 'failed' : 'timedOut';
  for (const [actionUUID, perform] of delivered) {
    const done = completions.get(actionUUID) ?? [];
    const status = statusOf.get(actionUUID);
    const what = `${perform.action ?? 'action'} ${actionUUID} (delivered at ${describeEntry(perform)})`;
    if (status === undefined) {
      add(`${what} is missing from the final snapshot's actions`);
      continue;
    }
    if (status === 'pending') {
      add(`${what} is still pending at the end of the run, although its timeout was scheduled`);
      continue;
    }
    if (status === 'discarded') {
      if (done.length > 0) {
        add(`${what} is discarded but was completed by ${describeEntry(done[0] as TraceEntry)}`);
      }
      if (lastResetOrTermination < perform.seq) {
        add(
          `${what} is discarded, but no providerDidReset, CXProvider.invalidate() or terminateApp followed its delivery`,
        );
      }
      continue;
    }
    if (done.length !== 1) {
      add(
        `${what} has ${done.length} effective completions (fulfil/fail/timeout), expected exactly 1` +
          (done.length > 0 ? `: ${done.map(describeEntry).join('; ')}` : ''),
      );
      continue;
    }
    const completion = done[0] as TraceEntry;
    if (expectedStatus(completion) !== status) {
      add(`${what} ends with status ${status} but its completion was ${describeEntry(completion)}`);
    }
    if (completion.seq < perform.seq) add(`${what} completed before it was delivered`);
  }
  for (const action of final.actions) {
    if (!delivered.has(action.uuid)) {
      add(`snapshot action ${action.uuid} (${action.kind}) never appeared in provider(_:perform:)`);
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// 2. didActivate only after a start/answer/resume fulfil in the same launch

export function checkDidActivateAfterFulfil(run: SteppedRun): string[] {
  const {problems, add} = collector();
  const performs = new Map<string, TraceEntry>();
  let audioAllowedThisLaunch = false;
  for (const entry of run.trace) {
    if (isLaunch(entry)) {
      audioAllowedThisLaunch = false;
      continue;
    }
    const actionUUID = actionUUIDOf(entry);
    if (actionUUID !== null && isPerform(entry)) performs.set(actionUUID, entry);
    if (isEffectiveFulfil(entry) && actionUUID !== null) {
      if (entry.action === 'CXStartCallAction' || entry.action === 'CXAnswerCallAction') {
        audioAllowedThisLaunch = true;
      } else if (
        entry.action === 'CXSetHeldCallAction' &&
        performs.get(actionUUID)?.detail?.isOnHold === false
      ) {
        audioAllowedThisLaunch = true;
      }
      continue;
    }
    if (entry.api === appleApi.didActivate && !audioAllowedThisLaunch) {
      add(
        `${describeEntry(entry)} comes before any effective fulfil of a start, answer or resume action in this launch`,
      );
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// 3. The system's audio session is active only while a call needs it

const statesNeedingAudio: ReadonlySet<string> = new Set([
  'dialing',
  'connecting',
  'connected.active',
]);
const isLiveState = (state: string): boolean => state !== 'ended' && state !== 'idle';

/**
 * A call in `ending` has a CXEndCallAction delivered and not yet completed. The session stays as
 * it was until that action completes: the spec deactivates audio after the end is fulfilled
 * (§11.1 step 9 "app stops media, fulfils → didDeactivate"; §11.4 "end action fulfilled → ended,
 * didDeactivate when no call needs audio"), not when the end is requested.
 */
const endPendingState = 'ending';

export function checkAudioOnlyWhileNeeded(run: SteppedRun): string[] {
  const {problems, add} = collector();
  const keepOnSoleHold = run.scenario.assumptions.keepAudioActiveOnSoleCallHold;
  const {trace} = run;
  // Why each held call is on hold, replayed from the trace: the cause travels in the hold
  // action's `heldFor` parameter and takes effect when the observer reports the call as held.
  const performs = new Map<string, TraceEntry>();
  const lastHoldFulfil = new Map<string, TraceEntry>();
  const heldByUser = new Map<string, boolean>();
  let next = 0;
  for (const observation of run.observations) {
    for (; next < observation.traceLength; next += 1) {
      const entry = trace[next] as TraceEntry;
      const actionUUID = actionUUIDOf(entry);
      if (actionUUID !== null && isPerform(entry)) performs.set(actionUUID, entry);
      if (
        actionUUID !== null &&
        entry.callUUID !== undefined &&
        isEffectiveFulfil(entry) &&
        entry.action === 'CXSetHeldCallAction'
      ) {
        const perform = performs.get(actionUUID);
        if (perform?.detail?.isOnHold === true) lastHoldFulfil.set(entry.callUUID, perform);
      }
      if (entry.api === appleApi.callChanged && entry.callUUID !== undefined) {
        if (entry.detail?.isOnHold === true) {
          const heldFor = lastHoldFulfil.get(entry.callUUID)?.detail?.heldFor;
          heldByUser.set(entry.callUUID, heldFor === undefined || heldFor === '');
        } else {
          heldByUser.delete(entry.callUUID);
        }
      }
    }
    if (observation.audioActivatedBy !== 'system') continue;
    const live = observation.calls.filter((call) => isLiveState(call.state));
    if (live.some((call) => statesNeedingAudio.has(call.state))) continue;
    if (live.some((call) => call.state === endPendingState)) continue;
    const sole = live.length === 1 ? live[0] : undefined;
    if (
      keepOnSoleHold &&
      sole !== undefined &&
      sole.state === 'connected.held' &&
      heldByUser.get(sole.uuid) === true
    ) {
      continue;
    }
    const last = trace[observation.traceLength - 1];
    add(
      `at ${observation.now} ms (after ${last ? describeEntry(last) : 'the start'}) the system audio session is active but no call needs it; calls: ${
        observation.calls.map((call) => `${call.uuid.slice(0, 8)}=${call.state}`).join(', ') ||
        'none'
      }`,
    );
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// 4. No call exists that was not reported or requested

export function checkCallsWereReportedOrRequested(run: SteppedRun): string[] {
  const {problems, add} = collector();
  const firstMention = new Map<string, number>();
  const mention = (uuid: string, seq: number): void => {
    if (!firstMention.has(uuid)) firstMention.set(uuid, seq);
  };
  for (const entry of run.trace) {
    if (entry.kind !== 'call') continue;
    if (entry.api === appleApi.reportNewIncomingCall && entry.callUUID !== undefined) {
      mention(entry.callUUID, entry.seq);
      continue;
    }
    if (entry.api !== appleApi.request) continue;
    // The entry's callUUID is the first action's call; `callUUIDs` lists each action's call.
    const actions = entry.detail?.actions;
    const callUUIDs = entry.detail?.callUUIDs;
    if (!Array.isArray(actions)) continue;
    actions.forEach((kind, index) => {
      if (kind !== 'CXStartCallAction') return;
      const uuid = Array.isArray(callUUIDs)
        ? callUUIDs[index]
        : index === 0
          ? entry.callUUID
          : undefined;
      if (uuid !== undefined) mention(uuid, entry.seq);
    });
  }
  for (const call of run.final.calls) {
    if (!firstMention.has(call.uuid)) {
      add(`call ${call.uuid} (${call.direction}, ${call.state}) was never reported nor requested`);
    }
  }
  // The same, as the calls appeared: a call's first trace entry must not precede its report.
  const seen = new Set<string>();
  for (const observation of run.observations) {
    for (const call of observation.calls) {
      if (seen.has(call.uuid)) continue;
      seen.add(call.uuid);
      const first = firstMention.get(call.uuid);
      if (first === undefined || first >= observation.traceLength) {
        add(
          `call ${call.uuid} existed at ${observation.now} ms before it was reported or requested`,
        );
      }
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// 5. The app does nothing between its termination and its next launch

export function checkAppDeadAfterTermination(run: SteppedRun): string[] {
  const {problems, add} = collector();
  let terminatedBy: TraceEntry | null = null;
  for (const entry of run.trace) {
    if (isTermination(entry)) {
      terminatedBy = entry;
      continue;
    }
    if (isLaunch(entry)) {
      terminatedBy = null;
      continue;
    }
    // An ignored step (detail.ignored) records that nothing happened: the app did not act.
    if (terminatedBy === null || isIgnored(entry)) continue;
    const actsAsApp = entry.from === 'app' && entry.kind !== 'callback';
    const calledBack = entry.to === 'app' && entry.kind === 'callback';
    if (actsAsApp || calledBack) {
      add(
        `${describeEntry(entry)} involves the app after it was terminated at ${describeEntry(terminatedBy)} and before any relaunch`,
      );
    }
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// 6. Identical input gives an identical run

/** Runs the scenario again with `runToEnd` and compares it with the stepped run (as JSON). */
export function checkDeterministic(run: SteppedRun, input: ScenarioInput): string[] {
  const again = runScenario(input);
  const problems: string[] = [];
  const trace = JSON.parse(JSON.stringify(run.trace)) as unknown;
  const traceAgain = JSON.parse(JSON.stringify(again.trace)) as unknown;
  if (!isDeepStrictEqual(trace, traceAgain)) {
    const index = run.trace.findIndex(
      (entry, i) => JSON.stringify(entry) !== JSON.stringify(again.trace[i]),
    );
    const at = index === -1 ? Math.min(run.trace.length, again.trace.length) : index;
    problems.push(
      `the traces differ (lengths ${run.trace.length} and ${again.trace.length}) from entry ${at}: ${JSON.stringify(run.trace[at])} vs ${JSON.stringify(again.trace[at])}`,
    );
  }
  const final = JSON.parse(JSON.stringify(run.final)) as unknown;
  const finalAgain = JSON.parse(JSON.stringify(again.final)) as unknown;
  if (!isDeepStrictEqual(final, finalAgain)) {
    problems.push(
      `the final snapshots differ: ${JSON.stringify(run.final)} vs ${JSON.stringify(again.final)}`,
    );
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// 7. Every trace entry is well-formed

const laneSet: ReadonlySet<string> = new Set(lanes);
const kindSet: ReadonlySet<string> = new Set<TraceKind>([
  'call',
  'callback',
  'completion',
  'event',
]);
const actionKindSet: ReadonlySet<string> = new Set(callActionKinds);
const entryKeys: ReadonlySet<string> = new Set([
  'seq',
  'at',
  'kind',
  'from',
  'to',
  'api',
  'action',
  'callUUID',
  'error',
  'detail',
  'note',
]);

const isDetailValue = (value: unknown): boolean =>
  value === null ||
  typeof value === 'string' ||
  typeof value === 'boolean' ||
  (typeof value === 'number' && Number.isFinite(value)) ||
  (Array.isArray(value) && value.every((item) => typeof item === 'string'));

export function checkWellFormed(run: SteppedRun): string[] {
  const {problems, add} = collector();
  let previousAt = 0;
  run.trace.forEach((entry, index) => {
    const where = `entry ${index} (${entry.api})`;
    for (const key of Object.keys(entry))
      if (!entryKeys.has(key)) add(`${where}: unknown key ${key}`);
    if (entry.seq !== index) add(`${where}: seq is ${entry.seq}`);
    if (typeof entry.at !== 'number' || !Number.isFinite(entry.at) || entry.at < 0) {
      add(`${where}: at is ${String(entry.at)}`);
    } else if (entry.at < previousAt) {
      add(`${where}: at ${entry.at} is before the previous entry's ${previousAt}`);
    } else {
      previousAt = entry.at;
    }
    if (!laneSet.has(entry.from)) add(`${where}: from is not a lane: ${String(entry.from)}`);
    if (!laneSet.has(entry.to)) add(`${where}: to is not a lane: ${String(entry.to)}`);
    if (!kindSet.has(entry.kind)) add(`${where}: kind is not a trace kind: ${String(entry.kind)}`);
    if (typeof entry.api !== 'string' || entry.api.length === 0) add(`${where}: api is empty`);
    if (typeof entry.note !== 'string' || entry.note.trim().length === 0) {
      add(`${where}: note is empty`);
    } else if (/[\r\n\u2028\u2029]/.test(entry.note)) {
      add(`${where}: note is not one line: ${JSON.stringify(entry.note)}`);
    }
    if (entry.action !== undefined && !actionKindSet.has(entry.action)) {
      add(`${where}: action is not an action kind: ${String(entry.action)}`);
    }
    if (
      entry.callUUID !== undefined &&
      !/^[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}$/.test(entry.callUUID)
    ) {
      add(`${where}: callUUID is not an upper-case UUID: ${entry.callUUID}`);
    }
    if (entry.error !== undefined) {
      const {domain, code, name} = entry.error;
      if (typeof domain !== 'string' || domain.length === 0) add(`${where}: error.domain is empty`);
      if (typeof name !== 'string' || name.length === 0) add(`${where}: error.name is empty`);
      if (!Number.isInteger(code)) add(`${where}: error.code is not an integer: ${String(code)}`);
    }
    if (entry.detail !== undefined) {
      for (const [key, value] of Object.entries(entry.detail)) {
        if (!isDetailValue(value)) add(`${where}: detail.${key} is not a plain JSON value`);
      }
    }
  });
  return problems;
}

// ---------------------------------------------------------------------------------------------
// All of them

export const invariants = {
  actionsCompleteOnce:
    'every action delivered to provider(_:perform:) is fulfilled, failed or timed out exactly once, unless a reset, invalidation or termination discarded it',
  didActivateAfterFulfil:
    'provider(_:didActivate:) never comes before an effective fulfil of a start, answer or resume action in the same launch',
  audioOnlyWhileNeeded:
    'the system audio session is active only while a call is dialling, connecting or connected and not held, is ending with its end action pending, or is the sole call, held by the user, with keepAudioActiveOnSoleCallHold',
  callsWereReportedOrRequested:
    'every call in the snapshot was reported with reportNewIncomingCall or requested with a CXStartCallAction first',
  appDeadAfterTermination:
    'after system.terminateApp the app neither acts (ignored steps aside) nor gets callbacks until the next system.launchApp',
  deterministic: 'the same scenario always gives the same trace and final snapshot',
  wellFormed:
    'every trace entry is well-formed: seq = index, time never goes back, known lanes and kinds, a one-line note, integer error codes',
} as const;

export type InvariantName = keyof typeof invariants;

export interface Violation {
  invariant: InvariantName;
  problems: string[];
}

/** Every invariant but determinism, on one stepped run. */
export function checkRun(run: SteppedRun): Violation[] {
  const results: [InvariantName, string[]][] = [
    ['actionsCompleteOnce', checkActionsCompleteOnce(run)],
    ['didActivateAfterFulfil', checkDidActivateAfterFulfil(run)],
    ['audioOnlyWhileNeeded', checkAudioOnlyWhileNeeded(run)],
    ['callsWereReportedOrRequested', checkCallsWereReportedOrRequested(run)],
    ['appDeadAfterTermination', checkAppDeadAfterTermination(run)],
    ['wellFormed', checkWellFormed(run)],
  ];
  return results
    .filter(([, problems]) => problems.length > 0)
    .map(([invariant, problems]) => ({invariant, problems}));
}

/** Runs the scenario (stepped, then again to compare) and checks every invariant. */
export function checkScenario(input: ScenarioInput): Violation[] {
  const run = runStepped(input);
  const violations = checkRun(run);
  const replay = checkDeterministic(run, input);
  if (replay.length > 0) violations.push({invariant: 'deterministic', problems: replay});
  return violations;
}

export function formatViolations(violations: readonly Violation[]): string {
  return violations
    .map(
      (violation) =>
        `${violation.invariant}: ${invariants[violation.invariant]}\n${violation.problems.map((problem) => `  - ${problem}`).join('\n')}`,
    )
    .join('\n');
}
