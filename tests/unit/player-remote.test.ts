/**
 * The other party (simulator/src/player/remoteParty.ts): what the remote side experiences follows
 * the app's signalling in the trace, the two what-ifs that only the other side can notice
 * (forgetToSignalEnd, muteTrackDirectly) show as "out of step", and no built-in run, played as
 * written, ever shows a disagreement.
 */
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {SimulatedClock, createActor} from 'xstate';

import {
  applyWhatIf,
  builtinScenario,
  builtinScenarios,
  createSimulation,
  playerMachine,
  remoteParty,
  remotePartyProblem,
  statusLine,
  type RemoteLine,
  type Scenario,
  type WhatIfOverrides,
} from '../../simulator/src';

function scenario(id: string, overrides: WhatIfOverrides = {}): Scenario {
  const found = builtinScenario(id);
  assert.ok(found, id);
  return applyWhatIf(found.scenario, overrides);
}

/** The other party after every step of a run, from the first step to the end. */
function remoteAtEveryStep(input: Scenario): RemoteLine[][] {
  const simulation = createSimulation(input);
  const points: RemoteLine[][] = [];
  for (let steps = 0; !simulation.isFinished() && steps < 2_000; steps += 1) {
    simulation.step();
    points.push(remoteParty(simulation.trace, simulation.getSnapshot()));
  }
  simulation.stop();
  return points;
}

/** The distinct statuses the first call's other party goes through, in order. */
function statusesOfFirstCall(points: readonly RemoteLine[][]): string[] {
  const statuses: string[] = [];
  for (const lines of points) {
    const status = lines[0]?.status;
    if (status !== undefined && statuses[statuses.length - 1] !== status) statuses.push(status);
  }
  return statuses;
}

function last<T>(items: readonly T[]): T {
  const item = items[items.length - 1];
  assert.ok(item !== undefined, 'no items');
  return item;
}

describe('remoteParty', () => {
  test('an incoming call: the caller hears ringback, then is in the call, then hangs up', () => {
    const points = remoteAtEveryStep(scenario('locked-push-answer'));
    assert.deepEqual(statusesOfFirstCall(points), ['calling', 'inCall', 'hungUp']);
    const inCall = points.flat().filter((line) => line.status === 'inCall');
    // They hear the user only once the app's media runs (after didActivate), never before.
    assert.equal(inCall[0]?.hearsYou, false);
    assert.ok(inCall.some((line) => line.hearsYou === true));
    assert.equal(last(points)[0]?.who, 'Ada');
  });

  test('an outgoing call: nobody is contacted until the app sends the invitation', () => {
    const points = remoteAtEveryStep(scenario('outgoing-call'));
    assert.deepEqual(statusesOfFirstCall(points), [
      'notContacted',
      'ringing',
      'inCall',
      'hungUpHere',
    ]);
    assert.match(last(points)[0]?.experience ?? '', /Told that the call is over/);
  });

  test('a decline the app passes on; the caller cancelling first; call waiting', () => {
    assert.equal(last(remoteAtEveryStep(scenario('fullscreen-declined')))[0]?.status, 'declined');
    assert.equal(
      last(remoteAtEveryStep(scenario('remote-cancels-before-answer')))[0]?.status,
      'hungUp',
    );
    assert.deepEqual(
      last(remoteAtEveryStep(scenario('call-waiting-decline'))).map((line) => line.status),
      ['hungUpHere', 'declined'],
    );
  });

  test('a call that ended here on its own is left to the server, not called a failure', () => {
    for (const id of [
      'ring-timeout-unanswered',
      'outgoing-no-answer',
      'stale-push-reported-and-ended',
    ]) {
      const end = last(remoteAtEveryStep(scenario(id)));
      assert.deepEqual(
        end.map((line) => [line.status, line.problem]),
        [['endedHere', null]],
        id,
      );
    }
  });

  test('forgetToSignalEnd: after the decline the caller still hears ringback, and it says so', () => {
    const points = remoteAtEveryStep(scenario('fullscreen-declined', {forgetToSignalEnd: true}));
    const end = last(points)[0];
    assert.equal(end?.status, 'calling');
    assert.match(end?.problem ?? '', /did not tell its server.*they still hear ringback/);
    // The problem appears only once the call has ended on this phone.
    const first = points.findIndex((lines) => remotePartyProblem(lines) !== null);
    assert.ok(first > 0);
    assert.equal(remotePartyProblem(points[first - 1] ?? []), null);
  });

  test('forgetToSignalEnd on an outgoing call: the callee stays in the call', () => {
    const end = last(remoteAtEveryStep(scenario('outgoing-call', {forgetToSignalEnd: true})))[0];
    assert.equal(end?.status, 'inCall');
    assert.match(end?.problem ?? '', /they still think the call is on/);
  });

  test('muteTrackDirectly: the call screen shows Muted while the other side hears the user', () => {
    const points = remoteAtEveryStep(scenario('mute-system-and-app', {muteTrackDirectly: true}));
    const outOfStep = points.flat().filter((line) => line.problem !== null);
    assert.ok(outOfStep.length > 0);
    for (const line of outOfStep) {
      assert.equal(line.status, 'inCall');
      assert.equal(line.hearsYou, true);
      assert.match(line.problem ?? '', /shows Muted, but the app’s audio track is live/);
    }
    // Muted from the system screen, the app's track followed: they heard nothing then.
    assert.ok(points.flat().some((line) => line.status === 'inCall' && line.hearsYou === false));
  });

  test('the app muting its track while the screen shows the microphone on is named too', () => {
    const base = scenario('mute-system-and-app', {muteTrackDirectly: true});
    // The app mutes its own track first; the system screen never hears of it.
    const input: Scenario = {
      ...base,
      steps: base.steps.map((step) =>
        step.event === 'user.setMuted' ? {...step, via: 'app', muted: true} : step,
      ),
    };
    const problems = remoteAtEveryStep(input)
      .flat()
      .map((line) => line.problem)
      .filter((problem) => problem !== null);
    assert.ok(
      problems.some((problem) =>
        /shows the microphone on, but the app muted its own/.test(problem),
      ),
      problems.join('\n'),
    );
  });

  test('no built-in run, played as written, shows the two sides out of step', () => {
    for (const {id, scenario: input} of builtinScenarios()) {
      for (const [index, lines] of remoteAtEveryStep(input).entries()) {
        assert.equal(remotePartyProblem(lines), null, `${id} after step ${index + 1}`);
      }
    }
  });

  test('ignored steps change nothing: a hang-up with no call to end', () => {
    const base = scenario('locked-push-answer');
    const simulation = createSimulation({...base, steps: []});
    simulation.runToEnd();
    simulation.send({event: 'remote.hangUp'});
    assert.deepEqual(remoteParty(simulation.trace, simulation.getSnapshot()), []);
    simulation.stop();
  });

  test('the status line says when the other party is out of step', () => {
    const actor = createActor(playerMachine, {
      input: {scenario: scenario('fullscreen-declined', {forgetToSignalEnd: true})},
      clock: new SimulatedClock(),
    });
    actor.start();
    const lines: string[] = [];
    for (let i = 0; i < 200 && !/The run is over/.test(lines[lines.length - 1] ?? ''); i += 1) {
      actor.send({type: 'STEP'});
      lines.push(statusLine(actor.getSnapshot().context));
    }
    assert.match(last(lines), /The other party is out of step: The call ended on this phone/);
    assert.ok(
      lines.some((line) => !/out of step/.test(line)),
      'not before the decline',
    );
    actor.stop();
  });
});
