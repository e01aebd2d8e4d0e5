/**
 * "You are the app" (simulator/src/player/decisions.ts): in manual mode the choices offered when
 * iOS waits for the app, and what each choice (or ignoring it) does in the engine.
 */
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';

import {
  appleApi,
  builtinScenarios,
  createSimulation,
  pendingDecisions,
  systemEvent,
  validateScenario,
  type AppDecision,
  type ScenarioInput,
  type Simulation,
  type StepEvent,
} from '../../simulator/src';
import {callA, pushStep, steppedPoints} from './support/player';

/** A locked phone with the app killed: a push launches it and the PushKit rule applies. */
const manualLocked = {
  device: {locked: true, appState: 'terminated' as const},
  app: {mode: 'manual' as const},
};

/** Steps until a decision is pending (or the run ends). */
function stepToDecision(simulation: Simulation): AppDecision[] {
  for (let guard = 0; guard < 200 && !simulation.isFinished(); guard += 1) {
    const decisions = pendingDecisions(simulation.getSnapshot());
    if (decisions.length > 0) return decisions;
    simulation.step();
  }
  return pendingDecisions(simulation.getSnapshot());
}

function choice(decision: AppDecision | undefined, label: string): StepEvent {
  assert.ok(decision, 'a decision is pending');
  const found = decision.choices.find((c) => c.label === label);
  assert.ok(found, `${label} in ${decision.choices.map((c) => c.label).join(', ')}`);
  return found.event;
}

function apis(simulation: Simulation, from = 0): string[] {
  return simulation.trace.slice(from).map((entry) => entry.api);
}

function started(input: ScenarioInput): Simulation {
  return createSimulation(input);
}

describe('the PushKit handler', () => {
  test('a push in manual mode leaves exactly the push question pending, with two choices', () => {
    const simulation = started({...manualLocked, steps: [pushStep(0)]});
    const decisions = stepToDecision(simulation);
    assert.equal(decisions.length, 1);
    const [push] = decisions;
    assert.equal(push?.key, 'push');
    assert.match(push?.question ?? '', /report a call before it returns/);
    assert.deepEqual(push?.choices, [
      {label: 'Report the call', event: {event: 'app.reportCall'}},
      {label: 'Return without reporting', event: {event: 'app.returnFromPush'}},
    ]);
    assert.ok(simulation.getSnapshot().app.inPushHandler);
    simulation.stop();
  });

  test('"Report the call" reports it, returns from the handler and the call rings', () => {
    const simulation = started({...manualLocked, steps: [pushStep(0)]});
    const [push] = stepToDecision(simulation);
    const from = simulation.trace.length;
    simulation.send(choice(push, 'Report the call'));
    const after = apis(simulation, from);
    const reported = after.indexOf(appleApi.reportNewIncomingCall);
    const returned = after.indexOf('pushkit.delegateReturned');
    assert.ok(reported >= 0, after.join('\n'));
    assert.ok(returned > reported, 'reported before the handler returned');
    const snapshot = simulation.getSnapshot();
    assert.equal(snapshot.app.inPushHandler, false);
    assert.equal(snapshot.calls[0]?.uuid, callA);
    assert.equal(snapshot.calls[0]?.state, 'ringing');
    assert.ok(!pendingDecisions(snapshot).some((d) => d.key === 'push'));
    simulation.runToEnd();
    assert.ok(!apis(simulation).includes(systemEvent.terminateApp), 'the app survives');
    simulation.stop();
  });

  test('"Return without reporting" gets the app killed at once, and nothing is left to decide', () => {
    const simulation = started({...manualLocked, steps: [pushStep(0)]});
    const [push] = stepToDecision(simulation);
    const from = simulation.trace.length;
    simulation.send(choice(push, 'Return without reporting'));
    const kill = simulation.trace
      .slice(from)
      .find((entry) => entry.api === systemEvent.terminateApp);
    assert.ok(kill, apis(simulation, from).join('\n'));
    assert.equal(kill.detail?.reason, 'NSInternalInconsistencyException');
    assert.equal(kill.at, 0);
    const snapshot = simulation.getSnapshot();
    assert.equal(snapshot.app.alive, false);
    assert.deepEqual(pendingDecisions(snapshot), []);
    simulation.stop();
  });

  test('ignoring the question (stepping on) reaches the ~7 s backstop kill', () => {
    const input = {...manualLocked, steps: [pushStep(0)]};
    const simulation = started(input);
    stepToDecision(simulation);
    while (!simulation.isFinished()) simulation.step();
    const kill = simulation.trace.find((entry) => entry.api === systemEvent.terminateApp);
    assert.ok(kill);
    const validated = validateScenario(input);
    assert.ok(validated.ok);
    assert.equal(kill.at, validated.scenario.assumptions.pushBackstopMs);
    assert.equal(kill.detail?.reason, '0xbaadca11');
    assert.deepEqual(pendingDecisions(simulation.getSnapshot()), []);
    simulation.stop();
  });

  test('in automatic mode the handler reports by itself and no push question is ever pending', () => {
    for (const point of steppedPoints({...manualLocked, app: {}, steps: [pushStep(0)]})) {
      assert.ok(!pendingDecisions(point.snapshot).some((d) => d.key === 'push'));
    }
  });
});

describe('actions delivered to provider(_:perform:)', () => {
  /** Manual mode up to a pending answer action: report, then the user answers. */
  function pendingAnswer(): {simulation: Simulation; decision: AppDecision} {
    const simulation = started({
      ...manualLocked,
      steps: [pushStep(0), {at: 2000, event: 'user.answer'}],
    });
    const [push] = stepToDecision(simulation);
    simulation.send(choice(push, 'Report the call'));
    const decisions = stepToDecision(simulation);
    const decision = decisions.find((d) => d.key.startsWith('action:'));
    assert.ok(decision, JSON.stringify(decisions));
    return {simulation, decision};
  }

  test('a pending answer action offers Fulfil and Fail, keyed by the action’s uuid', () => {
    const {simulation, decision} = pendingAnswer();
    const action = simulation.getSnapshot().actions.find((a) => a.status === 'pending');
    assert.ok(action);
    assert.equal(decision.key, `action:${action.uuid}`);
    assert.match(decision.question, /CXAnswerCallAction/);
    assert.deepEqual(decision.choices, [
      {
        label: 'Fulfil Answer',
        event: {event: 'app.fulfill', action: 'CXAnswerCallAction', callUUID: callA},
      },
      {
        label: 'Fail Answer',
        event: {event: 'app.fail', action: 'CXAnswerCallAction', callUUID: callA},
      },
    ]);
    simulation.stop();
  });

  test('Fulfil Answer connects the call', () => {
    const {simulation, decision} = pendingAnswer();
    const from = simulation.trace.length;
    simulation.send(choice(decision, 'Fulfil Answer'));
    assert.ok(
      simulation.trace
        .slice(from)
        .some((e) => e.api === appleApi.fulfill && e.action === 'CXAnswerCallAction'),
    );
    const snapshot = simulation.getSnapshot();
    assert.equal(snapshot.calls[0]?.state, 'connected.active');
    assert.equal(snapshot.actions[0]?.status, 'fulfilled');
    assert.ok(!pendingDecisions(snapshot).some((d) => d.key === decision.key));
    simulation.stop();
  });

  test('Fail Answer ends the call as failed', () => {
    const {simulation, decision} = pendingAnswer();
    const from = simulation.trace.length;
    simulation.send(choice(decision, 'Fail Answer'));
    assert.ok(
      simulation.trace
        .slice(from)
        .some((e) => e.api === appleApi.fail && e.action === 'CXAnswerCallAction'),
    );
    const snapshot = simulation.getSnapshot();
    assert.equal(snapshot.calls[0]?.state, 'ended');
    assert.equal(snapshot.actions[0]?.status, 'failed');
    assert.deepEqual(pendingDecisions(snapshot), []);
    simulation.stop();
  });

  test('ignoring a pending action lets it time out', () => {
    const {simulation} = pendingAnswer();
    simulation.runToEnd();
    assert.ok(simulation.trace.some((e) => e.api === appleApi.timedOutPerforming));
    assert.deepEqual(pendingDecisions(simulation.getSnapshot()), []);
    simulation.stop();
  });

  test('labels drop the CX prefix and the CallAction suffix', () => {
    const simulation = started({
      app: {mode: 'manual'},
      steps: [{at: 0, event: 'user.startCall', handle: '+15557654321'}],
    });
    const [start] = stepToDecision(simulation);
    assert.deepEqual(
      start?.choices.map((c) => c.label),
      ['Fulfil Start', 'Fail Start'],
    );
    simulation.stop();
  });
});

describe('outgoing calls', () => {
  test('after the start action is fulfilled, the outgoing call offers Report connected, which connects it', () => {
    const simulation = started({
      app: {mode: 'manual'},
      steps: [{at: 0, event: 'user.startCall', handle: '+15557654321'}],
    });
    const [start] = stepToDecision(simulation);
    simulation.send(choice(start, 'Fulfil Start'));
    const decisions = pendingDecisions(simulation.getSnapshot());
    const call = simulation.getSnapshot().calls[0];
    assert.ok(call);
    assert.ok(['dialing', 'connecting'].includes(call.state), call.state);
    assert.deepEqual(decisions, [
      {
        key: `outgoing:${call.uuid}`,
        question:
          'Your outgoing call is in progress; iOS shows it as connected only when you report it.',
        choices: [
          {label: 'Report connected', event: {event: 'app.reportConnected', callUUID: call.uuid}},
        ],
      },
    ]);
    const from = simulation.trace.length;
    simulation.send(choice(decisions[0], 'Report connected'));
    assert.ok(apis(simulation, from).includes(appleApi.reportOutgoingConnected));
    assert.equal(simulation.getSnapshot().calls[0]?.state, 'connected.active');
    assert.deepEqual(pendingDecisions(simulation.getSnapshot()), []);
    simulation.stop();
  });
});

describe('in general', () => {
  test('a dead app has nothing to decide', () => {
    const simulation = started({...manualLocked, steps: [pushStep(0)]});
    stepToDecision(simulation);
    simulation.send({event: 'app.returnFromPush'});
    assert.equal(simulation.getSnapshot().app.alive, false);
    assert.deepEqual(pendingDecisions(simulation.getSnapshot()), []);
    simulation.stop();
  });

  test('across every built-in snapshot, every choice is a valid step event and keys are unique', () => {
    for (const {id, scenario} of builtinScenarios()) {
      for (const point of steppedPoints(scenario)) {
        const decisions = pendingDecisions(point.snapshot);
        const keys = decisions.map((d) => d.key);
        assert.equal(new Set(keys).size, keys.length, id);
        for (const decision of decisions) {
          assert.ok(decision.question.length > 0 && decision.choices.length > 0);
          for (const {label, event} of decision.choices) {
            assert.ok(label.length > 0);
            const result = validateScenario({steps: [{at: 0, ...event}]});
            assert.ok(result.ok, `${id}: ${JSON.stringify(event)}`);
          }
        }
      }
    }
  });

  test('the manual built-ins stop at decisions, and each choice is accepted by the engine', () => {
    for (const {id, scenario} of builtinScenarios()) {
      if (scenario.app.mode !== 'manual') continue;
      let seen = 0;
      for (const point of steppedPoints(scenario)) {
        for (const decision of pendingDecisions(point.snapshot)) {
          for (const {event} of decision.choices) {
            const simulation = createSimulation(scenario);
            for (let i = 0; i < point.steps; i += 1) simulation.step();
            const entries = simulation.send(event);
            simulation.stop();
            seen += 1;
            // The first entry is the choice's own (steps due at the same instant may follow).
            assert.ok(entries.length > 0, id);
            assert.notEqual(entries[0]?.detail?.ignored, true, `${id}: ${entries[0]?.note}`);
          }
        }
      }
      assert.ok(seen > 0, `${id} has decisions`);
    }
  });
});
