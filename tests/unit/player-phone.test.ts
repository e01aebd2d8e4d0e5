/**
 * The drawn iPhone (simulator/src/player/phone.ts): at every snapshot of every built-in run the
 * controls match the screen, every control's event is a valid step event, and pressing it does to
 * the engine what the button says.
 */
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';

import {
  appleApi,
  builtinScenario,
  builtinScenarios,
  createSimulation,
  defaultDialHandle,
  dtmfEvent,
  keypadDigits,
  phoneModel,
  replay,
  validateScenario,
  type CallActionKind,
  type Move,
  type PhoneControl,
  type PhoneModel,
  type Scenario,
  type ScenarioInput,
  type SimulationSnapshot,
  type StepEvent,
  type TraceEntry,
} from '../../simulator/src';
import {callA, callB, pushStep, steppedPoints} from './support/player';

const steps = (count: number): Move[] => Array.from({length: count}, () => ({kind: 'step'}));

function names(model: PhoneModel): string[] {
  return model.controls.map((control) => control.name);
}

function performs(entries: readonly TraceEntry[], action: CallActionKind, callUUID?: string) {
  return entries.some(
    (entry) =>
      entry.api === appleApi.perform &&
      entry.action === action &&
      (callUUID === undefined || entry.callUUID === callUUID),
  );
}

function validate(input: Scenario | ScenarioInput): Scenario {
  const result = validateScenario(input);
  assert.ok(result.ok);
  return result.scenario;
}

/** Asserts that a control's event is a StepEvent the scenario format accepts. */
function assertValidStepEvent(event: StepEvent, where: string): void {
  const result = validateScenario({steps: [{at: 0, ...event}]});
  assert.ok(
    result.ok,
    `${where}: ${JSON.stringify(event)} ${result.ok ? '' : result.error.message}`,
  );
  assert.deepEqual(result.scenario.steps[0], {at: 0, ...event}, where);
}

/** The phone's controls for the screen it shows, as the spec's UI has them. */
function assertControlsMatchScreen(
  model: PhoneModel,
  snapshot: SimulationSnapshot,
  scenario: Scenario,
  where: string,
): void {
  const live = snapshot.calls.filter((call) => !['idle', 'ended'].includes(call.state));
  const ringing = live.find((call) => call.state === 'ringing');
  assert.equal(model.screen, snapshot.ui.screen, where);
  assert.equal(model.locked, snapshot.device.locked, where);
  assert.deepEqual(
    model.sideButton,
    snapshot.device.locked
      ? {id: 'unlock', name: 'Unlock', event: {event: 'user.unlock'}}
      : {id: 'lock', name: 'Lock', event: {event: 'user.lock'}},
    where,
  );
  const ids = model.controls.map((control) => control.id);
  assert.equal(new Set(ids).size, ids.length, `${where}: control ids are unique`);
  for (const line of model.lines) assert.ok(line.caller.length > 0 && line.status.length > 0);

  switch (model.screen) {
    case 'lockScreenIncoming':
      assert.ok(ringing, where);
      assert.deepEqual(names(model), ['Slide to answer'], where);
      assert.equal(model.lines[0]?.uuid, ringing.uuid, where);
      assert.equal(model.lines[0]?.status, 'Incoming call', where);
      break;
    case 'bannerIncoming':
    case 'fullScreenIncoming':
      assert.ok(ringing, where);
      assert.deepEqual(names(model), ['Decline', 'Accept'], where);
      assert.equal(model.lines[0]?.uuid, ringing.uuid, where);
      break;
    case 'callWaiting': {
      const {maximumCallGroups, maximumCallsPerCallGroup} = scenario.configuration;
      const limitsOne = maximumCallGroups === 1 && maximumCallsPerCallGroup === 1;
      const cellular = snapshot.device.cellular === 'ringing';
      const current = live.find((call) => call.state === 'connected.active');
      const hidden = !cellular && (limitsOne || current?.direction === 'outgoing');
      assert.deepEqual(
        names(model),
        hidden ? ['End & Accept', 'Decline'] : ['End & Accept', 'Hold & Accept', 'Decline'],
        where,
      );
      if (hidden) assert.match(model.footnote ?? '', /^Observed: .*no Hold & Accept\.$/, where);
      if (cellular) assert.equal(model.lines[0]?.uuid, 'cellular', where);
      else assert.equal(model.lines[0]?.uuid, ringing?.uuid, where);
      break;
    }
    case 'connecting':
      assert.deepEqual(names(model), ['End call'], where);
      break;
    case 'inCall': {
      const expected = ['Mute', 'Keypad', 'Speaker', 'Hold', 'Open VoIP app', 'End call'];
      const withMerge = [...expected.slice(0, 4), 'Merge calls', ...expected.slice(4)];
      assert.ok(
        [expected, withMerge].some((list) => JSON.stringify(list) === JSON.stringify(names(model))),
        `${where}: ${names(model).join(', ')}`,
      );
      const target = snapshot.calls.find((call) => call.uuid === model.lines[0]?.uuid);
      assert.ok(target, where);
      const byId = new Map(model.controls.map((control) => [control.id, control]));
      assert.equal(byId.get('mute')?.pressed, target.isMuted, where);
      assert.equal(byId.get('hold')?.pressed, target.isOnHold, where);
      assert.deepEqual(byId.get('mute')?.event, {
        event: 'user.setMuted',
        muted: !target.isMuted,
        callUUID: target.uuid,
      });
      assert.deepEqual(byId.get('hold')?.event, {
        event: 'user.setHeld',
        onHold: !target.isOnHold,
        callUUID: target.uuid,
      });
      assert.equal(byId.get('keypad')?.event, null, where);
      assert.equal(byId.get('speaker')?.event, null, where);
      assert.ok((byId.get('speaker')?.inert ?? '').length > 0, `${where}: Speaker is inert`);
      assert.deepEqual(byId.get('endCall')?.event, {event: 'user.end', callUUID: target.uuid});
      // The call in focus is the active one when there is one.
      const active = live.find((call) => call.state === 'connected.active');
      if (active) assert.equal(target.uuid, active.uuid, where);
      break;
    }
    case 'appTerminated':
      assert.deepEqual(names(model), snapshot.device.locked ? [] : ['Open VoIP app'], where);
      break;
    case 'home':
    case 'ended':
      if (
        snapshot.app.launches === 0 &&
        snapshot.app.terminatedReason === null &&
        snapshot.device.appState !== 'terminated'
      ) {
        // The app's launch is scheduled for the first step: no app controls until it ran.
        assert.deepEqual(names(model), [], where);
      } else if (snapshot.device.appState === 'foreground' && snapshot.app.alive) {
        assert.equal(names(model).length, 2, where);
        assert.match(names(model)[0] ?? '', /^Call /, where);
        assert.equal(names(model)[1], 'Leave app', where);
      } else if (!snapshot.device.locked) {
        assert.deepEqual(names(model), ['Open VoIP app'], where);
      } else {
        assert.deepEqual(names(model), [], where);
      }
      break;
  }
  for (const control of model.controls) {
    if (control.id !== 'speaker') assert.equal(control.inert, undefined, `${where}: ${control.id}`);
    if (control.id !== 'mute' && control.id !== 'hold') {
      assert.equal(control.pressed, undefined, `${where}: ${control.id}`);
    }
  }
}

/** Presses a control in a replayed copy of the run and checks what the button says it does. */
function assertPressEffect(
  scenario: Scenario,
  stepsBefore: number,
  before: SimulationSnapshot,
  control: PhoneControl,
  where: string,
): void {
  const {event} = control;
  if (event === null) return;
  const {simulation} = replay(scenario, steps(stepsBefore));
  const entries = simulation.send(event);
  const after = simulation.getSnapshot();
  simulation.stop();
  const what = `${where}: pressing ${control.name}`;
  assert.ok(entries.length > 0, `${what} writes to the trace`);
  assert.equal(entries[0]?.api, event.event, `${what}: the first entry is the event itself`);
  assert.ok(
    !entries.some((entry) => entry.detail?.ignored === true || /nothing happens/.test(entry.note)),
    `${what} is not ignored: ${entries.map((entry) => entry.note).join(' / ')}`,
  );
  const callUUID = 'callUUID' in event ? event.callUUID : undefined;
  const stateOf = (snapshot: SimulationSnapshot, uuid: string | undefined) =>
    snapshot.calls.find((call) => call.uuid === uuid)?.state;
  const cellularWaiting = before.device.cellular === 'ringing';
  switch (control.id) {
    case 'slideToAnswer':
    case 'accept':
      assert.ok(callUUID, what);
      assert.ok(performs(entries, 'CXAnswerCallAction', callUUID), what);
      assert.notEqual(stateOf(after, callUUID), 'ringing', what);
      break;
    case 'decline':
      if (cellularWaiting) {
        assert.equal(after.device.cellular, 'idle', what);
      } else {
        // The end action reaches the app; an automatic app fulfils it and the call is over (a
        // push due at the same instant may report the same UUID again, as in duplicate-push).
        assert.ok(performs(entries, 'CXEndCallAction', callUUID), what);
        const end = after.actions.find(
          (action) => action.kind === 'CXEndCallAction' && action.callUUID === callUUID,
        );
        assert.ok(end, what);
        if (scenario.app.mode === 'automatic') {
          assert.equal(end.status, 'fulfilled', what);
          assert.ok(
            entries.some(
              (entry) =>
                entry.api === appleApi.callChanged &&
                entry.callUUID === callUUID &&
                /ended/.test(entry.note),
            ),
            `${what}: the call ends`,
          );
        } else {
          assert.equal(end.status, 'pending', what);
          assert.equal(stateOf(after, callUUID), 'ending', what);
        }
      }
      break;
    case 'endAndAccept':
      if (cellularWaiting) {
        assert.ok(performs(entries, 'CXEndCallAction'), what);
        assert.equal(after.device.cellular, 'active', what);
      } else {
        assert.ok(performs(entries, 'CXEndCallAction'), what);
        assert.ok(performs(entries, 'CXAnswerCallAction', callUUID), what);
        const end = entries.findIndex((entry) => entry.action === 'CXEndCallAction');
        const answer = entries.findIndex((entry) => entry.action === 'CXAnswerCallAction');
        assert.ok(end < answer, `${what}: end, then answer, in one transaction`);
      }
      break;
    case 'holdAndAccept':
      assert.ok(performs(entries, 'CXSetHeldCallAction'), what);
      if (cellularWaiting) assert.equal(after.device.cellular, 'active', what);
      else assert.ok(performs(entries, 'CXAnswerCallAction', callUUID), what);
      break;
    case 'endCall':
      assert.ok(performs(entries, 'CXEndCallAction', callUUID), what);
      break;
    case 'mute':
      assert.ok(performs(entries, 'CXSetMutedCallAction', callUUID), what);
      if (scenario.app.mode === 'automatic' && event.event === 'user.setMuted') {
        const call = after.calls.find((c) => c.uuid === callUUID);
        assert.equal(call?.isMuted, event.muted, what);
      }
      break;
    case 'hold':
      assert.ok(performs(entries, 'CXSetHeldCallAction', callUUID), what);
      if (scenario.app.mode === 'automatic' && event.event === 'user.setHeld') {
        const call = after.calls.find((c) => c.uuid === callUUID);
        assert.equal(call?.isOnHold, event.onHold, what);
      }
      break;
    case 'merge':
      assert.ok(performs(entries, 'CXSetGroupCallAction'), what);
      break;
    case 'openApp':
      assert.equal(after.device.appState, 'foreground', what);
      assert.ok(after.app.alive, what);
      break;
    case 'leaveApp':
      assert.equal(after.device.appState, 'background', what);
      break;
    case 'startCall':
      assert.ok(
        entries.some(
          (entry) => entry.api === appleApi.request && entry.action === 'CXStartCallAction',
        ),
        what,
      );
      break;
    case 'lock':
      assert.equal(after.device.locked, true, what);
      break;
    case 'unlock':
      assert.equal(after.device.locked, false, what);
      break;
    default:
      assert.fail(`${what}: no expectation for ${control.id}`);
  }
}

describe('every snapshot of every built-in', () => {
  for (const {id, scenario} of builtinScenarios()) {
    test(`${id}: the controls match the screen, are valid step events and do what they say`, () => {
      // A press is tried once per situation (the same control in the same phone state).
      const pressed = new Set<string>();
      for (const point of steppedPoints(scenario)) {
        const where = `${id} after ${point.steps} steps (${point.snapshot.ui.screen})`;
        const model = phoneModel(point.snapshot, scenario);
        assertControlsMatchScreen(model, point.snapshot, scenario, where);
        for (const control of [...model.controls, model.sideButton]) {
          if (control.event === null) continue;
          assertValidStepEvent(control.event, `${where}: ${control.name}`);
          const {device, app, calls, actions} = point.snapshot;
          const situation = JSON.stringify([control, device, app, calls, actions]);
          if (pressed.has(situation)) continue;
          pressed.add(situation);
          assertPressEffect(scenario, point.steps, point.snapshot, control, where);
        }
      }
    });
  }

  test('together the built-ins reach every screen and every control', () => {
    const screens = new Set<string>();
    const controls = new Set<string>();
    for (const {scenario} of builtinScenarios()) {
      for (const point of steppedPoints(scenario)) {
        const model = phoneModel(point.snapshot, scenario);
        screens.add(model.screen);
        for (const control of [...model.controls, model.sideButton]) controls.add(control.id);
      }
    }
    assert.deepEqual(
      [...screens].sort(),
      [
        'appTerminated',
        'bannerIncoming',
        'callWaiting',
        'connecting',
        'ended',
        'fullScreenIncoming',
        'home',
        'inCall',
        'lockScreenIncoming',
      ].sort(),
    );
    for (const id of [
      'slideToAnswer',
      'accept',
      'decline',
      'endAndAccept',
      'holdAndAccept',
      'endCall',
      'mute',
      'hold',
      'keypad',
      'speaker',
      'merge',
      'openApp',
      'leaveApp',
      'startCall',
      'lock',
      'unlock',
    ]) {
      assert.ok(controls.has(id), id);
    }
  });
});

/** The first snapshot of a run showing `screen`, with how many steps it took. */
function firstOnScreen(input: Scenario | ScenarioInput, screen: string) {
  const scenario = validate(input);
  const point = steppedPoints(scenario).find((p) => p.snapshot.ui.screen === screen);
  assert.ok(point, `${screen} is reached`);
  return {scenario, point, model: phoneModel(point.snapshot, scenario)};
}

describe('call waiting', () => {
  const answerThenSecondPush: ScenarioInput['steps'] = [
    pushStep(0),
    {at: 1000, event: 'user.answer'},
    pushStep(2000, callB, {callerName: 'Grace'}),
  ];

  test('a second incoming call over an answered one: End & Accept, Hold & Accept, Decline', () => {
    const {model} = firstOnScreen({steps: answerThenSecondPush}, 'callWaiting');
    assert.deepEqual(names(model), ['End & Accept', 'Hold & Accept', 'Decline']);
    assert.equal(model.footnote, null);
    assert.deepEqual(
      model.lines.map((line) => [line.caller, line.status]),
      [
        ['Grace', 'Incoming call'],
        ['Ada', 'Connected'],
      ],
    );
    for (const control of model.controls) {
      assert.deepEqual(
        control.event && 'callUUID' in control.event && control.event.callUUID,
        callB,
      );
    }
  });

  test('both call limits 1: Hold & Accept is hidden, with an "observed" footnote', () => {
    const {model} = firstOnScreen(
      {
        configuration: {maximumCallGroups: 1, maximumCallsPerCallGroup: 1},
        steps: answerThenSecondPush,
      },
      'callWaiting',
    );
    assert.deepEqual(names(model), ['End & Accept', 'Decline']);
    assert.equal(
      model.footnote,
      'Observed: with both call limits set to 1, iOS offers no Hold & Accept.',
    );
  });

  test('only one limit at 1: Hold & Accept is still offered', () => {
    for (const configuration of [{maximumCallGroups: 1}, {maximumCallsPerCallGroup: 1}]) {
      const {model} = firstOnScreen({configuration, steps: answerThenSecondPush}, 'callWaiting');
      assert.deepEqual(names(model), ['End & Accept', 'Hold & Accept', 'Decline']);
    }
  });

  test('the current call is an outgoing call: Hold & Accept is hidden, with a footnote', () => {
    const {model} = firstOnScreen(
      {
        steps: [
          {at: 0, event: 'user.startCall', handle: '+15557654321'},
          {at: 500, event: 'remote.answer'},
          pushStep(2000, callB),
        ],
      },
      'callWaiting',
    );
    assert.deepEqual(names(model), ['End & Accept', 'Decline']);
    assert.equal(
      model.footnote,
      'Observed: when the current call is an outgoing call of the same app, iOS offers no Hold & Accept.',
    );
  });

  test('a cellular call over a VoIP call: the same three buttons, aimed at the cellular call', () => {
    const builtin = builtinScenario('cellular-interrupts-user-ends');
    assert.ok(builtin);
    const {model} = firstOnScreen(builtin.scenario, 'callWaiting');
    assert.deepEqual(names(model), ['End & Accept', 'Hold & Accept', 'Decline']);
    assert.deepEqual(
      model.controls.map((control) => control.event),
      [
        {event: 'user.endAndAccept'},
        {event: 'user.holdAndAccept'},
        {event: 'cellular.end', endedBy: 'user'},
      ],
    );
    assert.equal(model.lines[0]?.caller, 'Cellular call');
    assert.match(model.footnote ?? '', /^Observed: /);
  });
});

describe('merge', () => {
  test('two connected calls in no group (after Hold & Accept) offer Merge calls, which groups them', () => {
    const builtin = builtinScenario('merge-calls');
    assert.ok(builtin);
    const points = steppedPoints(builtin.scenario);
    const twoConnected = points.find(
      (p) => p.snapshot.calls.filter((call) => call.state.startsWith('connected')).length === 2,
    );
    assert.ok(twoConnected);
    assert.deepEqual(
      twoConnected.snapshot.calls.map((call) => call.group),
      [null, null],
    );
    const model = phoneModel(twoConnected.snapshot, builtin.scenario);
    assert.deepEqual(names(model), [
      'Mute',
      'Keypad',
      'Speaker',
      'Hold',
      'Merge calls',
      'Open VoIP app',
      'End call',
    ]);
    const merge = model.controls.find((control) => control.id === 'merge');
    assert.deepEqual(merge?.event, {event: 'user.mergeCalls'});
    const {simulation} = replay(builtin.scenario, steps(twoConnected.steps));
    simulation.send({event: 'user.mergeCalls'});
    const after = simulation.getSnapshot();
    simulation.stop();
    const groups = after.calls.map((call) => call.group);
    assert.ok(groups[0] !== null && groups[0] === groups[1], JSON.stringify(groups));
    assert.ok(!names(phoneModel(after, builtin.scenario)).includes('Merge calls'));
  });

  test('with maximumCallsPerCallGroup 1 the phone offers no Merge and says why, as the engine refuses it', () => {
    const builtin = builtinScenario('merge-calls');
    assert.ok(builtin);
    const scenario = {
      ...builtin.scenario,
      configuration: {...builtin.scenario.configuration, maximumCallsPerCallGroup: 1},
    };
    const twoConnected = steppedPoints(scenario).find(
      (p) => p.snapshot.calls.filter((call) => call.state.startsWith('connected')).length === 2,
    );
    assert.ok(twoConnected);
    const model = phoneModel(twoConnected.snapshot, scenario);
    assert.ok(!names(model).includes('Merge calls'), names(model).join(', '));
    assert.match(model.footnote ?? '', /unconfirmed.*maximumCallsPerCallGroup 1.*Merge/);
    const {simulation} = replay(scenario, steps(twoConnected.steps));
    simulation.send({event: 'user.mergeCalls'});
    const after = simulation.getSnapshot();
    simulation.stop();
    assert.deepEqual(
      after.calls.map((call) => call.group),
      [null, null],
    );
  });

  test('calls already in one group offer no Merge', () => {
    const builtin = builtinScenario('merge-calls');
    assert.ok(builtin);
    const grouped = steppedPoints(builtin.scenario).find(
      (p) =>
        p.snapshot.calls.filter((call) => call.group !== null && call.state.startsWith('connected'))
          .length === 2,
    );
    assert.ok(grouped);
    assert.ok(!names(phoneModel(grouped.snapshot, builtin.scenario)).includes('Merge calls'));
  });
});

describe('lines and names', () => {
  const html = '<img src=x onerror=alert(1)> & "Ada" %%{init}%%';

  test('a caller name with markup is passed through unchanged, as text', () => {
    const scenario = validate({
      steps: [pushStep(0, callA, {callerName: html}), {at: 1000, event: 'user.answer'}],
    });
    const banner = firstOnScreen(scenario, 'bannerIncoming').model;
    assert.equal(banner.lines[0]?.caller, html);
    const inCall = firstOnScreen(scenario, 'inCall').model;
    assert.equal(inCall.lines[0]?.caller, html);
    assert.equal(inCall.lines[0]?.status, 'Connected');
  });

  test('without a caller name (or with a blank one) the handle is shown', () => {
    for (const callerName of [undefined, '', '   ']) {
      const payload: Record<string, unknown> = {uuid: callA, handle: '+15550001111'};
      if (callerName !== undefined) payload.callerName = callerName;
      const {model} = firstOnScreen(
        {steps: [{at: 0, event: 'server.voipPush', payload}]},
        'bannerIncoming',
      );
      assert.equal(model.lines[0]?.caller, '+15550001111', JSON.stringify(callerName));
    }
  });

  test('statuses: lock screen, connecting, connected, on hold', () => {
    const locked = builtinScenario('locked-push-answer');
    assert.ok(locked);
    assert.equal(
      firstOnScreen(locked.scenario, 'lockScreenIncoming').model.lines[0]?.status,
      'Incoming call',
    );
    assert.equal(
      firstOnScreen(locked.scenario, 'connecting').model.lines[0]?.status,
      'Connecting…',
    );
    const outgoing = builtinScenario('outgoing-call');
    assert.ok(outgoing);
    assert.equal(firstOnScreen(outgoing.scenario, 'connecting').model.lines[0]?.status, 'Calling…');
    const held = builtinScenario('call-waiting-hold-and-accept');
    assert.ok(held);
    const point = steppedPoints(held.scenario).find((p) =>
      p.snapshot.calls.some((call) => call.state === 'connected.held'),
    );
    assert.ok(point);
    const model = phoneModel(point.snapshot, held.scenario);
    assert.deepEqual(
      model.lines.map((line) => line.status),
      ['Connected', 'On hold'],
    );
  });

  test('the in-app Call button dials the scenario’s own handle, else the default one', () => {
    const outgoing = builtinScenario('outgoing-call');
    assert.ok(outgoing);
    const start = outgoing.scenario.steps.find((step) => step.event === 'user.startCall');
    assert.ok(start?.event === 'user.startCall');
    const launched = (scenario: Scenario) => {
      const point = steppedPoints(scenario).find((p) => p.snapshot.app.alive);
      assert.ok(point);
      return phoneModel(point.snapshot, scenario);
    };
    const own = launched(outgoing.scenario);
    assert.deepEqual(own.controls[0], {
      id: 'startCall',
      name: `Call ${start.handle}`,
      event: {event: 'user.startCall', handle: start.handle},
    });
    const scenario = validate({steps: []});
    const fallback = launched(scenario);
    assert.equal(fallback.controls[0]?.name, `Call ${defaultDialHandle}`);
  });

  test('the app name is the same everywhere', () => {
    const scenario = validate({steps: []});
    assert.equal(
      phoneModel(createSimulation(scenario).getSnapshot(), scenario).appName,
      'VoIP app',
    );
  });
});

describe('keypad', () => {
  test('twelve keys; each digit sends a valid user.playDTMF that reaches the provider', () => {
    assert.deepEqual(
      [...keypadDigits],
      ['1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '0', '#'],
    );
    const builtin = builtinScenario('foreground-banner-answered');
    assert.ok(builtin);
    const {point, scenario} = firstOnScreen(builtin.scenario, 'inCall');
    const target = phoneModel(point.snapshot, scenario).lines[0]?.uuid;
    assert.ok(target);
    for (const digit of keypadDigits) {
      const event = dtmfEvent(digit, target);
      assert.deepEqual(event, {event: 'user.playDTMF', digits: digit, callUUID: target});
      assertValidStepEvent(event, digit);
      const {simulation} = replay(scenario, steps(point.steps));
      const entries = simulation.send(event);
      simulation.stop();
      assert.ok(performs(entries, 'CXPlayDTMFCallAction', target), digit);
    }
  });
});

describe('before the first step', () => {
  test('a scenario whose app starts in the foreground does not offer "Open VoIP app" at position 0', () => {
    const outgoing = builtinScenario('outgoing-call');
    assert.ok(outgoing);
    const simulation = createSimulation(outgoing.scenario);
    const model = phoneModel(simulation.getSnapshot(), outgoing.scenario);
    for (const control of model.controls) {
      if (control.event) simulation.send(control.event);
    }
    simulation.runToEnd();
    const inits = simulation.trace.filter(
      (entry) => entry.api === 'CXProvider.init(configuration:)',
    );
    simulation.stop();
    assert.ok(!names(model).includes('Open VoIP app'), names(model).join(', '));
    assert.equal(inits.length, 1);
  });
});

describe('a locked phone', () => {
  test('never offers "Open VoIP app" (the user unlocks first), on the home screen or after a crash', () => {
    for (const {id, scenario} of builtinScenarios()) {
      for (const point of steppedPoints(scenario)) {
        if (!point.snapshot.device.locked) continue;
        // The in-call screen's app button is real on the lock screen too (Face ID, then the app).
        if (!['home', 'ended', 'appTerminated'].includes(point.snapshot.ui.screen)) continue;
        const model = phoneModel(point.snapshot, scenario);
        assert.ok(
          !model.controls.some((control) => control.id === 'openApp'),
          `${id} after ${point.steps} steps (${model.screen})`,
        );
      }
    }
  });
});
