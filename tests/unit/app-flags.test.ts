/**
 * The app-profile flags behind the troubleshooting what-if toggles: each default keeps the
 * correct behaviour, each `false` reproduces one mistake. Also callservicesd's push backstop,
 * which does not count a call that is only ringing as being on a call, and the validation
 * messages for the new keys.
 */
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';

import {
  createSimulation,
  defaultAppProfile,
  phoneModel,
  systemEvent,
  validateScenario,
  type ScenarioInput,
  type TraceEntry,
} from '../../simulator/src';
import {assertAbsent, assertInOrder, callA, callB, count, push, run} from './support/trace';

const find = (trace: readonly TraceEntry[], api: string) => trace.filter((e) => e.api === api);

describe('reportsDuplicatePushes (toggle ignoreDuplicatePush)', () => {
  const twoPushes = (extra: Partial<ScenarioInput> = {}): ScenarioInput => ({
    device: {appState: 'background'},
    steps: [push(0), push(1500)],
    ...extra,
  });

  test('by default a duplicate push is reported again and refused with callUUIDAlreadyExists', () => {
    assert.equal(defaultAppProfile.reportsDuplicatePushes, true);
    const {trace, final} = run(twoPushes());
    assert.equal(count(trace, 'call:reportNewIncomingCall'), 2);
    assertInOrder(trace, ['completion:reportNewIncomingCall!callUUIDAlreadyExists']);
    assert.equal(final.app.alive, true);
  });

  test('false: the app returns unreported; PushKit lets it pass, callservicesd kills it about 7 s later (the call was only ringing)', () => {
    const {trace, final} = run(twoPushes({app: {reportsDuplicatePushes: false}}));
    assert.equal(count(trace, 'call:reportNewIncomingCall'), 1, 'the first push is reported');
    const returns = find(trace, 'pushkit.delegateReturned');
    assert.deepEqual(
      returns.map((e) => e.detail),
      [
        {reported: true, exempt: false},
        {reported: false, exempt: true},
      ],
    );
    const kills = find(trace, systemEvent.terminateApp);
    assert.equal(kills.length, 1);
    assert.equal(kills[0]?.at, 8500);
    assert.equal(kills[0]?.detail?.reason, '0xbaadca11');
    assert.equal(final.app.alive, false);
    assert.equal(final.ui.screen, 'appTerminated');
  });

  test('false: a duplicate is recognised whatever the letter case of the UUID in the payload', () => {
    const {trace} = run({
      device: {appState: 'background'},
      app: {reportsDuplicatePushes: false},
      steps: [push(0), push(1500, callA.toLowerCase())],
    });
    assert.equal(count(trace, 'call:reportNewIncomingCall'), 1);
  });

  test('false: a push for a new call is still reported', () => {
    const {trace} = run({
      device: {appState: 'background'},
      app: {reportsDuplicatePushes: false},
      steps: [push(0), {at: 1000, event: 'user.answer'}, push(3000, callB)],
    });
    assert.equal(count(trace, 'call:reportNewIncomingCall'), 2);
    assertAbsent(trace, 'event:system.terminateApp');
  });

  test('false: ignoring a duplicate of a call that is already connected is exempt (the app is on a call)', () => {
    const {trace, final} = run({
      device: {appState: 'background'},
      app: {reportsDuplicatePushes: false},
      steps: [push(0), {at: 1000, event: 'user.answer'}, push(3000)],
    });
    assertAbsent(trace, 'event:system.terminateApp');
    assert.equal(final.app.alive, true);
  });

  test('false: ignoring a duplicate while the app is in the foreground is exempt', () => {
    const {trace} = run({
      device: {appState: 'foreground'},
      app: {reportsDuplicatePushes: false},
      steps: [push(0), push(1500)],
    });
    assertAbsent(trace, 'event:system.terminateApp');
  });
});

describe('callservicesd’s backstop counts only an active call as “already on a call”', () => {
  test('a push returned unreported while the only call rings: PushKit lets it pass, callservicesd does not', () => {
    const {trace} = run({
      device: {appState: 'background'},
      app: {mode: 'manual'},
      steps: [
        push(0),
        {at: 0, event: 'app.reportCall'},
        push(2000, callB),
        {at: 2000, event: 'app.returnFromPush'},
      ],
    });
    const returned = find(trace, 'pushkit.delegateReturned');
    assert.deepEqual(returned[1]?.detail, {reported: false, exempt: true});
    const kill = find(trace, systemEvent.terminateApp)[0];
    assert.equal(kill?.at, 9000);
    assert.equal(kill?.detail?.reason, '0xbaadca11');
  });
});

describe('matchesCallUUIDs (toggle mismatchCallUUID)', () => {
  const cancelled = (app: ScenarioInput['app'] = {}): ScenarioInput => ({
    device: {locked: true, appState: 'terminated'},
    app,
    steps: [push(0), {at: 4000, event: 'remote.hangUp'}],
  });

  test('by default the app reports the call it reported as ended (.remoteEnded)', () => {
    assert.equal(defaultAppProfile.matchesCallUUIDs, true);
    const {trace, final} = run(cancelled());
    assertInOrder(trace, ['event:remote.hangUp', 'event:server.signal', 'call:reportEnded']);
    assertAbsent(trace, 'call:request:CXEndCallAction');
    assert.equal(final.calls[0]?.endCause, 'remoteEnded');
  });

  test('false: the app requests CXEndCallAction for a fresh UUID, which fails with unknownCallUUID (4); the call keeps ringing', () => {
    const simulation = createSimulation(cancelled({matchesCallUUIDs: false}));
    simulation.advance(5000);
    const trace = simulation.trace;
    assertInOrder(trace, [
      'event:server.signal',
      'call:request:CXEndCallAction',
      'completion:request:CXEndCallAction!unknownCallUUID',
    ]);
    assertAbsent(trace, 'call:reportEnded');
    assertAbsent(trace, 'callback:perform:CXEndCallAction');
    const request = find(trace, 'CXCallController.request(_:completion:)')[0];
    assert.ok(request?.callUUID, 'the request names a call');
    assert.notEqual(request.callUUID, callA, 'a fresh UUID, not the reported one');
    assert.match(
      request.callUUID,
      /^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/,
    );
    assert.deepEqual(trace.find((e) => e.error)?.error, {
      domain: 'CXErrorCodeRequestTransactionError',
      code: 4,
      name: 'unknownCallUUID',
    });
    const snapshot = simulation.getSnapshot();
    assert.equal(snapshot.calls[0]?.state, 'ringing');
    assert.equal(snapshot.ui.screen, 'lockScreenIncoming');
    simulation.stop();
  });

  test('false: the fresh UUID comes from the seeded generator, so the run is reproducible', () => {
    const first = run(cancelled({matchesCallUUIDs: false})).trace;
    const second = run(cancelled({matchesCallUUIDs: false})).trace;
    assert.deepEqual(first, second);
  });

  test('false, with ignoreRemoteHangUp as well: the app does nothing at all', () => {
    const {trace} = run(cancelled({matchesCallUUIDs: false, endsCallOnRemoteHangUp: false}));
    assertAbsent(trace, 'call:request:CXEndCallAction');
    assertAbsent(trace, 'call:reportEnded');
  });
});

describe('signalsEndToServer (toggle forgetToSignalEnd)', () => {
  const declined = (app: ScenarioInput['app'] = {}): ScenarioInput => ({
    app,
    steps: [push(0), {at: 3000, event: 'user.decline'}],
  });
  const hungUp = (app: ScenarioInput['app'] = {}): ScenarioInput => ({
    app,
    steps: [push(0), {at: 1000, event: 'user.answer'}, {at: 3000, event: 'user.end'}],
  });

  test('by default the app tells its server in perform end: decline before answer, hang-up after', () => {
    assert.equal(defaultAppProfile.signalsEndToServer, true);
    const decline = run(declined()).trace;
    assertInOrder(decline, [
      'callback:perform:CXEndCallAction',
      'event:app.signal',
      'call:fulfill:CXEndCallAction',
    ]);
    assert.equal(find(decline, 'app.signal').at(-1)?.detail?.message, 'decline');
    const hangUp = run(hungUp()).trace;
    assert.equal(find(hangUp, 'app.signal').at(-1)?.detail?.message, 'hangUp');
  });

  test('false: the end action is still fulfilled and the call ends, but no decline or hang-up reaches the server', () => {
    for (const input of [
      declined({signalsEndToServer: false}),
      hungUp({signalsEndToServer: false}),
    ]) {
      const {trace, final} = run(input);
      assertInOrder(trace, ['callback:perform:CXEndCallAction', 'call:fulfill:CXEndCallAction']);
      const messages = find(trace, 'app.signal').map((e) => e.detail?.message);
      assert.ok(!messages.includes('decline'), String(messages));
      assert.ok(!messages.includes('hangUp'), String(messages));
      assert.equal(final.calls[0]?.hasEnded, true);
    }
  });

  test('false: other messages (answer, invite) are still sent', () => {
    const {trace} = run(hungUp({signalsEndToServer: false}));
    assert.deepEqual(
      find(trace, 'app.signal').map((e) => e.detail?.message),
      ['answer'],
    );
  });
});

describe('requestsMuteThroughCallKit (toggle muteTrackDirectly)', () => {
  const muteFromApp = (app: ScenarioInput['app'] = {}): ScenarioInput => ({
    app,
    steps: [
      push(0),
      {at: 1000, event: 'user.answer'},
      {at: 3000, event: 'user.setMuted', muted: true, via: 'app'},
    ],
  });

  test('by default the app’s mute button requests a CXSetMutedCallAction, so the system shows Muted', () => {
    assert.equal(defaultAppProfile.requestsMuteThroughCallKit, true);
    const simulation = createSimulation(muteFromApp());
    simulation.runToEnd();
    assertInOrder(simulation.trace, [
      'call:request:CXSetMutedCallAction',
      'callback:perform:CXSetMutedCallAction',
      'call:fulfill:CXSetMutedCallAction',
    ]);
    assert.equal(simulation.getSnapshot().calls[0]?.isMuted, true);
    simulation.stop();
  });

  test('false: the app mutes its track itself (app.muteTrack); no transaction, and the system still shows unmuted', () => {
    const input = muteFromApp({requestsMuteThroughCallKit: false});
    const simulation = createSimulation(input);
    simulation.runToEnd();
    const trace = simulation.trace;
    assertAbsent(trace, 'call:request:CXSetMutedCallAction');
    assertAbsent(trace, 'callback:perform:CXSetMutedCallAction');
    const mute = find(trace, systemEvent.appMuteTrack);
    assert.equal(mute.length, 1);
    assert.equal(mute[0]?.kind, 'event');
    assert.equal(mute[0]?.from, 'app');
    assert.equal(mute[0]?.callUUID, callA);
    assert.deepEqual(mute[0]?.detail, {muted: true});
    assertInOrder(trace, ['event:user.setMuted', 'event:app.muteTrack']);
    const snapshot = simulation.getSnapshot();
    assert.equal(snapshot.calls[0]?.isMuted, false, 'the system-side mute state is unchanged');
    const validated = validateScenario(input);
    assert.ok(validated.ok);
    const muteButton = phoneModel(snapshot, validated.scenario).controls.find(
      (control) => control.id === 'mute',
    );
    assert.equal(muteButton?.pressed, false, 'the system call screen shows Mute off');
    simulation.stop();
  });

  test('false: muting from the system call screen still goes through CallKit', () => {
    const {trace} = run({
      app: {requestsMuteThroughCallKit: false},
      steps: [
        push(0),
        {at: 1000, event: 'user.answer'},
        {at: 3000, event: 'user.setMuted', muted: true},
      ],
    });
    assertInOrder(trace, [
      'callback:perform:CXSetMutedCallAction',
      'call:fulfill:CXSetMutedCallAction',
    ]);
    assertAbsent(trace, 'event:app.muteTrack');
  });
});

describe('validation of the new app keys', () => {
  const keys = [
    'reportsDuplicatePushes',
    'matchesCallUUIDs',
    'signalsEndToServer',
    'requestsMuteThroughCallKit',
  ] as const;

  test('each defaults to true and accepts true and false', () => {
    const defaults = validateScenario({steps: []});
    assert.ok(defaults.ok);
    for (const key of keys) {
      assert.equal(defaults.scenario.app[key], true, key);
      for (const value of [true, false]) {
        const result = validateScenario({app: {[key]: value}, steps: []});
        assert.ok(result.ok, key);
        assert.equal(result.scenario.app[key], value, key);
      }
    }
  });

  test('a value that is not a boolean is a wrongType error at app.<key>', () => {
    for (const key of keys) {
      for (const [value, shown] of [
        ['yes', 'a string ("yes")'],
        [1, 'a number (1)'],
        [null, 'null'],
      ] as const) {
        const result = validateScenario({app: {[key]: value}, steps: []});
        assert.ok(!result.ok, key);
        assert.equal(result.error.code, 'wrongType');
        assert.equal(result.error.path, `app.${key}`);
        assert.equal(result.error.message, `must be true or false, got ${shown}`);
      }
    }
  });

  test('a misspelt key is an unknownKey error that suggests the right name', () => {
    const result = validateScenario({app: {matchesCallUUID: false}, steps: []});
    assert.ok(!result.ok);
    assert.equal(result.error.code, 'unknownKey');
    assert.equal(result.error.path, 'app.matchesCallUUID');
    assert.match(result.error.message, /did you mean "matchesCallUUIDs"\?/);
  });
});
