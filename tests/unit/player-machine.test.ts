/**
 * The player (simulator/src/player/player.machine.ts and session.ts): step, back (undo), redo,
 * rewind to a trace entry, the reader's own moves, reset, what-if changes, loading, and play with
 * speeds on a SimulatedClock. Every position must look exactly like a fresh replay of the moves.
 */
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';

import fc from 'fast-check';
import {createActor, SimulatedClock} from 'xstate';

import {
  applyWhatIf,
  baseTickMs,
  builtinScenario,
  builtinScenarios,
  canStepForward,
  createSimulation,
  endTimeOf,
  maxMovesPerRun,
  movesToEnd,
  pendingDecisions,
  phoneModel,
  playbackSpeeds,
  playerMachine,
  positionOfEntry,
  replay,
  runScenario,
  statusLine,
  type Move,
  type PlayerContext,
  type PlayerInput,
  type Scenario,
  type StepEvent,
} from '../../simulator/src';

function builtin(id: string): Scenario {
  const found = builtinScenario(id);
  assert.ok(found, id);
  return found.scenario;
}

function start(input: PlayerInput) {
  const clock = new SimulatedClock();
  const actor = createActor(playerMachine, {input, clock});
  actor.start();
  const context = (): PlayerContext => actor.getSnapshot().context;
  const state = (): unknown => actor.getSnapshot().value;
  return {actor, clock, context, state};
}

/** What a fresh replay of the first `count` moves looks like. */
function fresh(scenario: Scenario, moves: readonly Move[], count = moves.length) {
  const {simulation, traceLengths} = replay(scenario, moves, count);
  const result = {
    trace: simulation.trace.slice(),
    snapshot: simulation.getSnapshot(),
    traceLengths,
    finished: simulation.isFinished(),
  };
  simulation.stop();
  return result;
}

/** The context is exactly a fresh replay of its moves up to its position. */
function assertMatchesReplay(context: PlayerContext, where = ''): void {
  const expected = fresh(context.scenario, context.moves, context.position);
  assert.deepEqual(context.trace, expected.trace, `${where}: trace`);
  assert.deepEqual(context.snapshot, expected.snapshot, `${where}: snapshot`);
  assert.deepEqual(context.traceLengths, expected.traceLengths, `${where}: traceLengths`);
  assert.equal(context.traceLengths.length, context.position + 1, `${where}: one length per move`);
  assert.deepEqual(context.simulation.trace, context.trace, `${where}: the live simulation`);
}

const lockedPush = 'locked-push-answer';
const stepsToEnd = movesToEnd(builtin(lockedPush), []).length;

describe('step, back, redo', () => {
  test('starts paused at position 0 with an empty trace, ready to step', () => {
    const {context, state, actor} = start({scenario: builtin(lockedPush)});
    assert.equal(state(), 'paused');
    assert.equal(context().position, 0);
    assert.deepEqual(context().moves, []);
    assert.equal(context().speed, 1);
    assert.deepEqual(context().overrides, {});
    assert.equal(context().scenario, context().base);
    assert.ok(canStepForward(context()));
    assertMatchesReplay(context(), 'start');
    actor.stop();
  });

  test('STEP advances one position and writes at least one entry; latestFrom marks them', () => {
    const {context, actor} = start({scenario: builtin(lockedPush)});
    for (let position = 1; position <= stepsToEnd; position += 1) {
      const previous = context().trace;
      const before = previous.length;
      actor.send({type: 'STEP'});
      assert.equal(context().position, position);
      assert.equal(context().moves.length, position);
      assert.ok(context().trace.length > before, `position ${position} wrote entries`);
      assert.equal(context().latestFrom, before);
      assert.deepEqual(context().trace.slice(0, before), previous, 'earlier entries never change');
      assertMatchesReplay(context(), `position ${position}`);
    }
    assert.ok(!canStepForward(context()));
    assert.deepEqual(context().trace, runScenario(context().scenario).trace);
    actor.stop();
  });

  test('STEP at the end of the run does nothing', () => {
    const {context, actor} = start({scenario: builtin(lockedPush)});
    for (let i = 0; i < stepsToEnd; i += 1) actor.send({type: 'STEP'});
    const at = context();
    actor.send({type: 'STEP'});
    assert.equal(context(), at, 'the same context object: nothing changed');
    actor.stop();
  });

  test('BACK restores exactly the previous context’s trace and phone screen', () => {
    const {context, actor} = start({scenario: builtin(lockedPush)});
    const history: PlayerContext[] = [context()];
    for (let i = 0; i < stepsToEnd; i += 1) {
      actor.send({type: 'STEP'});
      history.push(context());
    }
    for (let position = stepsToEnd - 1; position >= 0; position -= 1) {
      actor.send({type: 'BACK'});
      const now = context();
      const then = history[position];
      assert.ok(then);
      assert.equal(now.position, position);
      assert.deepEqual(now.trace, then.trace, `trace at ${position}`);
      assert.deepEqual(now.snapshot, then.snapshot, `snapshot at ${position}`);
      assert.equal(now.snapshot.ui.screen, then.snapshot.ui.screen);
      assert.deepEqual(
        phoneModel(now.snapshot, now.scenario),
        phoneModel(then.snapshot, then.scenario),
      );
      assert.equal(now.moves.length, stepsToEnd, 'the moves ahead are kept for redo');
      assert.equal(now.latestFrom, position > 0 ? now.traceLengths[position - 1] : 0);
      // (`then.simulation` is the live run that moved on, so statusLine(then) would not do.)
      assert.doesNotMatch(statusLine(now), /The run is over/, 'moves ahead remain');
      assertMatchesReplay(now, `back to ${position}`);
    }
    // BACK at 0 stays at 0.
    actor.send({type: 'BACK'});
    assert.equal(context().position, 0);
    actor.stop();
  });

  test('STEP after BACK re-applies the same move (redo) and gives the same trace', () => {
    const scenario = builtin('call-waiting-hold-and-accept');
    const {context, actor} = start({scenario});
    for (let i = 0; i < 6; i += 1) actor.send({type: 'STEP'});
    const model = phoneModel(context().snapshot, scenario);
    const lock = model.sideButton.event;
    assert.ok(lock);
    actor.send({type: 'SEND', event: lock});
    for (let i = 0; i < 3; i += 1) actor.send({type: 'STEP'});
    const end = context();
    for (let i = 0; i < 6; i += 1) actor.send({type: 'BACK'});
    assert.equal(context().position, end.position - 6);
    for (let i = 0; i < 6; i += 1) actor.send({type: 'STEP'});
    assert.equal(context().position, end.position);
    assert.deepEqual(context().moves, end.moves, 'redo does not add moves');
    assert.deepEqual(context().trace, end.trace);
    assert.deepEqual(context().snapshot, end.snapshot);
    assert.equal(context().endAt, end.endAt);
    actor.stop();
  });

  test('SEEK rebuilds any position, clamped to the recorded moves', () => {
    const {context, actor} = start({scenario: builtin(lockedPush)});
    for (let i = 0; i < stepsToEnd; i += 1) actor.send({type: 'STEP'});
    for (const [target, expected] of [
      [3, 3],
      [-4, 0],
      [stepsToEnd + 10, stepsToEnd],
      [1, 1],
    ] as const) {
      actor.send({type: 'SEEK', position: target});
      assert.equal(context().position, expected);
      assertMatchesReplay(context(), `seek ${target}`);
    }
    actor.stop();
  });
});

describe('the previous snapshot (for animating changes)', () => {
  test('is null at the start, then the snapshot shown before each move or rewind', () => {
    const {context, actor} = start({scenario: builtin(lockedPush)});
    assert.equal(context().previousSnapshot, null);
    for (const event of [
      {type: 'STEP'},
      {type: 'STEP'},
      {type: 'STEP'},
      {type: 'BACK'},
      {type: 'SEND', event: {event: 'user.unlock'}},
      {type: 'SEEK', position: 1},
      {type: 'STEP'},
      {type: 'REWIND_TO_ENTRY', seq: 0},
    ] as const) {
      const shown = context().snapshot;
      actor.send(event);
      assert.deepEqual(context().previousSnapshot, shown, event.type);
    }
    actor.send({type: 'RESET'});
    assert.equal(context().previousSnapshot, null, 'after RESET');
    actor.send({type: 'STEP'});
    actor.send({type: 'LOAD', scenario: builtin('outgoing-call')});
    assert.equal(context().previousSnapshot, null, 'after LOAD');
    actor.stop();
  });
});

describe('rewind to a trace entry', () => {
  test('REWIND_TO_ENTRY {seq} goes to the first position where that entry exists', () => {
    const scenario = builtin(lockedPush);
    const {context, actor} = start({scenario});
    for (let i = 0; i < stepsToEnd; i += 1) actor.send({type: 'STEP'});
    const full = context();
    for (const entry of full.trace) {
      actor.send({type: 'SEEK', position: stepsToEnd});
      actor.send({type: 'REWIND_TO_ENTRY', seq: entry.seq});
      const now = context();
      assert.ok(
        now.trace.some((e) => e.seq === entry.seq),
        `entry ${entry.seq} is there`,
      );
      assert.deepEqual(now.trace[entry.seq], entry);
      assert.ok(now.position >= 1);
      const earlier = fresh(scenario, now.moves, now.position - 1);
      assert.ok(!earlier.trace.some((e) => e.seq === entry.seq), `entry ${entry.seq} is new`);
      assert.equal(now.position, positionOfEntry(full.traceLengths, entry.seq));
      assert.deepEqual(now.trace, full.trace.slice(0, now.trace.length));
      assertMatchesReplay(now, `rewind to ${entry.seq}`);
    }
    actor.stop();
  });

  test('an entry that does not exist (yet) changes nothing', () => {
    const {context, actor} = start({scenario: builtin(lockedPush)});
    for (let i = 0; i < 3; i += 1) actor.send({type: 'STEP'});
    const before = context();
    actor.send({type: 'REWIND_TO_ENTRY', seq: before.trace.length + 5});
    assert.equal(context().position, before.position);
    assert.deepEqual(context().trace, before.trace);
    actor.stop();
  });

  test('positionOfEntry', () => {
    assert.equal(positionOfEntry([0, 4, 5, 9], 0), 1);
    assert.equal(positionOfEntry([0, 4, 5, 9], 3), 1);
    assert.equal(positionOfEntry([0, 4, 5, 9], 4), 2);
    assert.equal(positionOfEntry([0, 4, 5, 9], 8), 3);
    assert.equal(positionOfEntry([0, 4, 5, 9], 9), null);
    assert.equal(positionOfEntry([], 0), null);
  });
});

describe('the reader’s own moves', () => {
  test('SEND truncates the moves ahead, appends the send and replays consistently', () => {
    const scenario = builtin('foreground-banner-answered');
    const {context, actor} = start({scenario});
    for (let i = 0; i < 6; i += 1) actor.send({type: 'STEP'});
    actor.send({type: 'BACK'});
    actor.send({type: 'BACK'});
    const before = context();
    assert.equal(before.position, 4);
    assert.equal(before.moves.length, 6);
    const event: StepEvent = {event: 'user.lock'};
    actor.send({type: 'SEND', event});
    const after = context();
    assert.equal(after.position, 5);
    assert.deepEqual(after.moves, [...before.moves.slice(0, 4), {kind: 'send', event}]);
    assert.equal(after.trace[before.trace.length]?.api, 'user.lock');
    assert.equal(after.latestFrom, before.trace.length);
    assert.deepEqual(after.trace.slice(0, before.trace.length), before.trace);
    assert.equal(after.endAt, endTimeOf(scenario, after.moves));
    assert.ok(after.snapshot.device.locked);
    assertMatchesReplay(after, 'after send');
    actor.stop();
  });

  test('SENDs after the end of a run: a new call is placed, answered and ended', () => {
    const scenario = builtin('outgoing-call');
    const {context, actor} = start({scenario});
    while (canStepForward(context())) actor.send({type: 'STEP'});
    const endBefore = context().endAt;
    const press = (id: string): void => {
      const control = phoneModel(context().snapshot, scenario).controls.find((c) => c.id === id);
      assert.ok(control?.event, `${id} is offered`);
      actor.send({type: 'SEND', event: control.event});
      assertMatchesReplay(context(), `after ${id}`);
      assert.equal(context().endAt, endTimeOf(scenario, context().moves));
    };
    press('startCall');
    assert.equal(context().snapshot.calls.length, 2);
    assert.equal(context().snapshot.ui.screen, 'connecting');
    actor.send({type: 'SEND', event: {event: 'remote.answer'}});
    assert.equal(context().snapshot.ui.screen, 'inCall');
    press('endCall');
    assert.ok(context().snapshot.calls.every((call) => call.state === 'ended'));
    assert.ok(context().endAt >= endBefore);
    assert.equal(context().moves.length, context().position);
    actor.stop();
  });

  test('RESET goes back to position 0 and forgets the moves', () => {
    const {context, actor} = start({scenario: builtin(lockedPush)});
    for (let i = 0; i < 4; i += 1) actor.send({type: 'STEP'});
    actor.send({type: 'SEND', event: {event: 'user.unlock'}});
    actor.send({type: 'RESET'});
    assert.equal(context().position, 0);
    assert.deepEqual(context().moves, []);
    assert.deepEqual(context().trace, []);
    assert.ok(statusLine(context()).startsWith('Ready: '));
    assertMatchesReplay(context(), 'reset');
    actor.stop();
  });
});

describe('what-if changes and loading', () => {
  test('SET_WHAT_IF replays to the end (automatic) and normalises the overrides', () => {
    const base = builtin('outgoing-call');
    const {context, actor, state} = start({scenario: base});
    actor.send({type: 'STEP'});
    actor.send({type: 'SET_WHAT_IF', id: 'forgetToFulfil', value: true});
    assert.equal(state(), 'paused');
    assert.deepEqual(context().overrides, {forgetToFulfil: true});
    assert.deepEqual(context().scenario, applyWhatIf(base, {forgetToFulfil: true}));
    assert.equal(context().base, base);
    assert.ok(!canStepForward(context()), 'at the end');
    assert.equal(context().position, context().moves.length);
    assert.deepEqual(context().trace, runScenario(context().scenario).trace);
    assert.equal(context().endAt, runScenario(context().scenario).final.now);
    assertMatchesReplay(context(), 'what-if');
    // Switching it back drops the override: the scenario is the base again.
    actor.send({type: 'SET_WHAT_IF', id: 'forgetToFulfil', value: false});
    assert.deepEqual(context().overrides, {});
    assert.deepEqual(context().scenario, base);
    // An unknown toggle is dropped.
    actor.send({type: 'SET_WHAT_IF', id: 'noSuchToggle', value: true});
    assert.deepEqual(context().overrides, {});
    actor.stop();
  });

  test('SET_WHAT_IF in manual mode replays to the first decision', () => {
    const base = builtin(lockedPush);
    const {context, actor} = start({scenario: base});
    actor.send({type: 'SET_WHAT_IF', id: 'youAreTheApp', value: true});
    const now = context();
    assert.deepEqual(now.overrides, {youAreTheApp: true});
    assert.equal(now.scenario.app.mode, 'manual');
    assert.ok(pendingDecisions(now.snapshot).length > 0, 'stops at a decision');
    const before = fresh(now.scenario, now.moves, now.position - 1);
    assert.equal(pendingDecisions(before.snapshot).length, 0, 'the first decision');
    assert.ok(canStepForward(now));
    assertMatchesReplay(now, 'manual what-if');
    actor.stop();
  });

  test('SET_WHAT_IF keeps the other overrides', () => {
    const base = builtin(lockedPush);
    const {context, actor} = start({scenario: base, overrides: {doNotDisturb: true}});
    actor.send({type: 'SET_WHAT_IF', id: 'locked', value: false});
    assert.deepEqual(context().overrides, {doNotDisturb: true, locked: false});
    assert.deepEqual(context().scenario, applyWhatIf(base, {doNotDisturb: true, locked: false}));
    actor.stop();
  });

  test('input overrides are normalised', () => {
    const base = builtin(lockedPush);
    const {context, actor} = start({
      scenario: base,
      overrides: {locked: true, appState: 'background', nope: true},
    });
    assert.deepEqual(context().overrides, {appState: 'background'});
    assert.equal(context().scenario.device.appState, 'background');
    assert.equal(context().base, base);
    actor.stop();
  });

  test('LOAD swaps the scenario, normalises its overrides, keeps the speed, and pauses', () => {
    const {context, actor, state, clock} = start({scenario: builtin(lockedPush)});
    actor.send({type: 'SET_SPEED', speed: 2});
    actor.send({type: 'STEP'});
    actor.send({type: 'PLAY'});
    assert.equal(state(), 'playing');
    const next = builtin('outgoing-call');
    actor.send({type: 'LOAD', scenario: next, overrides: {locked: false, appState: 'suspended'}});
    assert.equal(state(), 'paused');
    assert.equal(context().base, next);
    assert.deepEqual(context().overrides, {appState: 'suspended'});
    assert.equal(context().scenario.device.appState, 'suspended');
    assert.equal(context().speed, 2);
    assert.equal(context().position, 0);
    assert.deepEqual(context().moves, []);
    assertMatchesReplay(context(), 'load');
    for (let i = 0; i < 5; i += 1) clock.increment(baseTickMs);
    assert.equal(context().position, 0, 'paused: the clock does nothing');
    actor.stop();
  });
});

describe('play', () => {
  for (const speed of playbackSpeeds) {
    test(`at ${speed}× one step per ${baseTickMs / speed} ms, then paused at the end`, () => {
      const {context, actor, state, clock} = start({scenario: builtin(lockedPush)});
      actor.send({type: 'SET_SPEED', speed});
      assert.equal(context().speed, speed);
      actor.send({type: 'PLAY'});
      assert.equal(state(), 'playing');
      const tick = baseTickMs / speed;
      for (let position = 1; position <= stepsToEnd; position += 1) {
        clock.increment(tick - 1);
        assert.equal(context().position, position - 1, 'not yet');
        clock.increment(1);
        assert.equal(context().position, position, `tick ${position}`);
      }
      clock.increment(tick);
      assert.equal(state(), 'paused');
      assert.equal(context().position, stepsToEnd);
      assert.deepEqual(context().trace, runScenario(context().scenario).trace);
      for (let i = 0; i < 5; i += 1) clock.increment(tick);
      assert.equal(context().position, stepsToEnd);
      // PLAY at the end is refused.
      actor.send({type: 'PLAY'});
      assert.equal(state(), 'paused');
      actor.stop();
    });
  }

  test('PAUSE stops the ticks; STEP, BACK and RESET pause too', () => {
    for (const type of ['PAUSE', 'STEP', 'BACK', 'RESET'] as const) {
      const {context, actor, state, clock} = start({scenario: builtin(lockedPush)});
      actor.send({type: 'PLAY'});
      clock.increment(baseTickMs);
      clock.increment(baseTickMs);
      assert.equal(context().position, 2);
      actor.send({type});
      assert.equal(state(), 'paused', type);
      const position = context().position;
      for (let i = 0; i < 5; i += 1) clock.increment(baseTickMs);
      assert.equal(context().position, position, type);
      actor.stop();
    }
  });

  test('play pauses at a decision in manual mode, and PLAY is refused there', () => {
    const {context, actor, state, clock} = start({
      scenario: builtin(lockedPush),
      overrides: {youAreTheApp: true},
    });
    actor.send({type: 'PLAY'});
    for (let i = 0; i < 50 && state() === 'playing'; i += 1) clock.increment(baseTickMs);
    assert.equal(state(), 'paused');
    assert.ok(pendingDecisions(context().snapshot).length > 0);
    assert.ok(canStepForward(context()), 'paused for the reader, not at the end');
    actor.send({type: 'PLAY'});
    assert.equal(state(), 'paused');
    // The reader chooses; play can go on.
    const choice = pendingDecisions(context().snapshot)[0]?.choices[0];
    assert.ok(choice);
    actor.send({type: 'SEND', event: choice.event});
    actor.send({type: 'PLAY'});
    assert.equal(state(), 'playing');
    actor.stop();
  });

  test('SET_SPEED while playing: the ticks after the next one use the new speed', () => {
    const {context, actor, clock} = start({scenario: builtin(lockedPush)});
    actor.send({type: 'PLAY'});
    clock.increment(baseTickMs);
    assert.equal(context().position, 1);
    actor.send({type: 'SET_SPEED', speed: 4});
    // The tick already scheduled may still use the old delay; by then the new one applies.
    clock.increment(baseTickMs);
    const position = context().position;
    assert.ok(position >= 2);
    clock.increment(baseTickMs / 4);
    assert.equal(context().position, position + 1);
    clock.increment(baseTickMs / 4);
    assert.equal(context().position, position + 2);
    actor.stop();
  });

  test('SET_SPEED while playing applies at once (the pending tick is rescheduled)', () => {
    const {context, actor, clock} = start({scenario: builtin(lockedPush)});
    actor.send({type: 'SET_SPEED', speed: 0.5});
    actor.send({type: 'PLAY'});
    actor.send({type: 'SET_SPEED', speed: 4});
    clock.increment(baseTickMs / 4);
    assert.equal(context().position, 1);
    actor.stop();
  });
});

describe('contexts are values', () => {
  test('canStepForward and statusLine of an earlier context do not change when the player moves on', () => {
    const {context, actor} = start({scenario: builtin(lockedPush)});
    for (let i = 0; i < stepsToEnd - 1; i += 1) actor.send({type: 'STEP'});
    const earlier = context();
    const forward = canStepForward(earlier);
    const status = statusLine(earlier);
    assert.equal(forward, true);
    actor.send({type: 'STEP'});
    assert.equal(canStepForward(earlier), forward);
    assert.equal(statusLine(earlier), status);
    actor.stop();
  });
});

describe('status line and end time', () => {
  test('reads Ready, then Step n at t s with the last note, then "The run is over."', () => {
    const scenario = builtin(lockedPush);
    const {context, actor} = start({scenario});
    assert.equal(statusLine(context()), `Ready: ${scenario.title}. Press Step or Play to start.`);
    actor.send({type: 'STEP'});
    const last = context().trace[context().trace.length - 1];
    assert.ok(last);
    assert.equal(
      statusLine(context()),
      `Step 1, ${(context().snapshot.now / 1000).toFixed(1)} s: ${last.note}`,
    );
    while (canStepForward(context())) actor.send({type: 'STEP'});
    assert.match(
      statusLine(context()),
      new RegExp(`^Step ${stepsToEnd}, 9\\.0 s: .* The run is over\\.$`),
    );
    actor.send({type: 'BACK'});
    assert.doesNotMatch(statusLine(context()), /The run is over/);
    actor.stop();
  });

  test('endTimeOf equals the run-to-end time for every built-in, and the player shows it', () => {
    for (const {id, scenario} of builtinScenarios()) {
      const expected = runScenario(scenario).final.now;
      assert.equal(endTimeOf(scenario, []), expected, id);
      const simulation = createSimulation(scenario);
      simulation.runToEnd();
      assert.equal(simulation.now(), expected, id);
      simulation.stop();
      const moves = movesToEnd(scenario, []);
      assert.ok(moves.length > 0 && moves.length < maxMovesPerRun, id);
      assert.ok(moves.every((move) => move.kind === 'step'));
      assert.deepEqual(fresh(scenario, moves).trace, runScenario(scenario).trace, id);
    }
    const {context, actor} = start({scenario: builtin(lockedPush)});
    assert.equal(context().endAt, runScenario(builtin(lockedPush)).final.now);
    actor.stop();
  });

  test('movesToEnd keeps the given moves and only appends steps', () => {
    const scenario = builtin(lockedPush);
    const given: Move[] = [{kind: 'step'}, {kind: 'send', event: {event: 'user.unlock'}}];
    const moves = movesToEnd(scenario, given);
    assert.deepEqual(moves.slice(0, 2), given);
    assert.ok(moves.slice(2).every((move) => move.kind === 'step'));
    assert.ok(fresh(scenario, moves).finished);
  });
});

describe('property: incremental moves and replays agree', () => {
  const ids = [
    lockedPush,
    'call-waiting-hold-and-accept',
    'cellular-interrupts-user-ends',
    'outgoing-call',
    'mute-system-and-app',
    'fulfil-wrong-action',
  ];
  const moveChoice = fc.oneof(
    {weight: 3, arbitrary: fc.constant({kind: 'step' as const})},
    {weight: 2, arbitrary: fc.nat(20).map((index) => ({kind: 'press' as const, index}))},
    {weight: 1, arbitrary: fc.constant({kind: 'back' as const})},
  );

  test('replay(moves, k) gives the same trace and snapshot as applying k moves one by one', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ids),
        fc.array(moveChoice, {minLength: 1, maxLength: 20}),
        (id, choices) => {
          const scenario = builtin(id);
          const {context, actor} = start({scenario});
          for (const choice of choices) {
            const now = context();
            if (choice.kind === 'step') {
              actor.send({type: 'STEP'});
            } else if (choice.kind === 'back') {
              actor.send({type: 'BACK'});
            } else {
              const model = phoneModel(now.snapshot, now.scenario);
              const decisions = pendingDecisions(now.snapshot).flatMap((d) => d.choices);
              const events = [
                ...model.controls.flatMap((control) => (control.event ? [control.event] : [])),
                ...(model.sideButton.event ? [model.sideButton.event] : []),
                ...decisions.map((d) => d.event),
              ];
              const event = events[choice.index % events.length];
              if (event) actor.send({type: 'SEND', event});
            }
            assertMatchesReplay(context(), `${id} after ${choice.kind}`);
          }
          // Every earlier position, reached incrementally by Back, equals its replay.
          const final = context();
          const traces: PlayerContext['trace'][] = [];
          for (let k = final.position; k >= 0; k -= 1) {
            traces[k] = context().trace;
            assert.deepEqual(context().trace, fresh(scenario, final.moves, k).trace, `${id} @${k}`);
            actor.send({type: 'BACK'});
          }
          // And redo walks forward through the same traces.
          for (let k = 1; k <= final.position; k += 1) {
            actor.send({type: 'STEP'});
            assert.deepEqual(context().trace, traces[k], `${id} redo @${k}`);
          }
          actor.stop();
        },
      ),
      {numRuns: 25, seed: 20_260_611},
    );
  });
});
