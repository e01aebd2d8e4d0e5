/**
 * One test per behaviour of the spec (../shared/reference/callkit-behavior.md). Each name states
 * the rule; each asserts the order of APIs, actions and errors in the trace.
 */
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';

import {createSimulation, neverReportedReason, type TraceEntry} from '../../simulator/src';
import {
  assertAbsent,
  assertInOrder,
  callA,
  callB,
  count,
  firstIndex,
  push,
  run,
  tokens,
} from './support/trace';

const find = (trace: readonly TraceEntry[], api: string) => trace.filter((e) => e.api === api);

describe('§2 transactions', () => {
  test('a start request completes with a nil error (accepted), then the start action reaches provider(_:perform:)', () => {
    const {trace} = run({steps: [{at: 0, event: 'user.startCall', handle: '+15557654321'}]});
    assertInOrder(trace, [
      'call:request:CXStartCallAction',
      'completion:request:CXStartCallAction',
      'callback:perform:CXStartCallAction',
      'call:fulfill:CXStartCallAction',
    ]);
  });

  test('ending an unknown call UUID fails with CXErrorCodeRequestTransactionError.unknownCallUUID (4) and nothing reaches the delegate', () => {
    const {trace} = run({steps: [{at: 0, event: 'user.end', via: 'app', callUUID: callB}]});
    const completion = trace.find((e) => e.kind === 'completion' && e.error);
    assert.deepEqual(completion?.error, {
      domain: 'CXErrorCodeRequestTransactionError',
      code: 4,
      name: 'unknownCallUUID',
    });
    assertAbsent(trace, 'callback:perform:CXEndCallAction');
  });

  test('starting a call with a UUID that already exists fails with callUUIDAlreadyExists (5)', () => {
    const {trace} = run({
      steps: [
        {at: 0, event: 'user.startCall', handle: '+1555', uuid: callA},
        {at: 100, event: 'user.startCall', handle: '+1556', uuid: callA},
      ],
    });
    assertInOrder(trace, [
      'completion:request:CXStartCallAction',
      'completion:request:CXStartCallAction!callUUIDAlreadyExists',
    ]);
  });

  test('a start beyond maximumCallGroups fails with maximumCallGroupsReached (7)', () => {
    const {trace} = run({
      configuration: {maximumCallGroups: 1},
      steps: [
        {at: 0, event: 'user.startCall', handle: '+1555', uuid: callA},
        {at: 100, event: 'user.startCall', handle: '+1556', uuid: callB},
      ],
    });
    const errors = trace.filter((e) => e.error).map((e) => [e.error?.name, e.error?.code]);
    assert.deepEqual(errors, [['maximumCallGroupsReached', 7]]);
    assert.equal(count(trace, 'callback:perform:CXStartCallAction'), 1);
  });

  test('without the voip background mode callservicesd refuses the provider: providerDidReset, and requests are unentitled (1)', () => {
    const {trace} = run({
      capabilities: {voipBackgroundMode: false},
      steps: [{at: 10, event: 'user.startCall', handle: '+1555'}],
    });
    assertInOrder(trace, [
      'callback:providerDidReset',
      'completion:request:CXStartCallAction!unentitled',
    ]);
  });

  test('answering from the app a call that is not ringing is refused with invalidAction (6) (assumed trigger)', () => {
    const {trace} = run({
      steps: [
        push(0),
        {at: 100, event: 'user.answer'},
        {at: 200, event: 'user.answer', via: 'app', callUUID: callA},
      ],
    });
    assertInOrder(trace, [
      'call:fulfill:CXAnswerCallAction',
      'completion:request:CXAnswerCallAction!invalidAction',
    ]);
  });

  test('End & Accept is one transaction: end the active call, then answer the waiting one, in that order', () => {
    const {trace} = run({
      steps: [
        push(0, callA),
        {at: 100, event: 'user.answer'},
        push(1000, callB),
        {at: 2000, event: 'user.endAndAccept'},
      ],
    });
    const performs = find(trace, 'CXProviderDelegate.provider(_:perform:)').filter(
      (e) => e.at === 2000,
    );
    assert.deepEqual(
      performs.map((e) => [e.action, e.callUUID]),
      [
        ['CXEndCallAction', callA],
        ['CXAnswerCallAction', callB],
      ],
    );
    assert.equal(performs[0]?.detail?.transaction, performs[1]?.detail?.transaction);
    // The session goes down with the first call and comes back for the second (pain point 15).
    const after = trace.filter((e) => e.at === 2000);
    assertInOrder(after, [
      'call:fulfill:CXEndCallAction',
      'callback:didDeactivate',
      'call:fulfill:CXAnswerCallAction',
      'callback:didActivate',
    ]);
  });

  test('Hold & Accept holds the active call, then answers the waiting one', () => {
    const {trace, final} = run({
      steps: [
        push(0, callA),
        {at: 100, event: 'user.answer'},
        push(1000, callB),
        {at: 2000, event: 'user.holdAndAccept'},
      ],
    });
    const performs = find(trace, 'CXProviderDelegate.provider(_:perform:)').filter(
      (e) => e.at === 2000,
    );
    assert.deepEqual(
      performs.map((e) => [e.action, e.callUUID, e.detail?.isOnHold ?? null]),
      [
        ['CXSetHeldCallAction', callA, true],
        ['CXAnswerCallAction', callB, null],
      ],
    );
    assert.deepEqual(
      final.calls.map((c) => [c.uuid, c.state]),
      [
        [callA, 'connected.held'],
        [callB, 'connected.active'],
      ],
    );
  });

  test('Decline on a waiting call sends one CXEndCallAction for the new call only', () => {
    const {trace} = run({
      steps: [
        push(0, callA),
        {at: 100, event: 'user.answer'},
        push(1000, callB),
        {at: 2000, event: 'user.decline'},
      ],
    });
    const performs = find(trace, 'CXProviderDelegate.provider(_:perform:)').filter(
      (e) => e.at === 2000,
    );
    assert.deepEqual(
      performs.map((e) => [e.action, e.callUUID]),
      [['CXEndCallAction', callB]],
    );
  });
});

describe('§1 actions and timeouts', () => {
  test('an answer action that is never fulfilled times out: provider(_:timedOutPerforming:), Call Failed, the call ends', () => {
    const {trace, final} = run({
      app: {fulfill: {CXAnswerCallAction: 'never'}},
      assumptions: {actionTimeoutMs: 5000},
      steps: [push(0), {at: 1000, event: 'user.answer'}],
    });
    assertInOrder(trace, [
      'callback:perform:CXAnswerCallAction',
      'callback:timedOut:CXAnswerCallAction',
      'event:system.dismissCallUI',
    ]);
    assert.equal(find(trace, 'CXProviderDelegate.provider(_:timedOutPerforming:)')[0]?.at, 6000);
    assert.equal(final.calls[0]?.state, 'ended');
    assert.equal(final.calls[0]?.endCause, 'failed');
  });

  test('fulfilling an action after it timed out has no effect', () => {
    const {trace} = run({
      app: {fulfill: {CXAnswerCallAction: {afterMs: 12_000}}},
      steps: [push(0), {at: 1000, event: 'user.answer'}],
    });
    const fulfil = find(trace, 'CXAction.fulfill()')[0];
    assert.equal(fulfil?.detail?.ignored, true);
    assert.ok(
      firstIndex(trace, 'callback:timedOut:CXAnswerCallAction') <
        trace.indexOf(fulfil as TraceEntry),
    );
    assertAbsent(trace, 'callback:didActivate');
  });

  test('a late answer fulfil keeps the call connecting until it arrives (the pending Connecting… state)', () => {
    const sim = createSimulation({
      app: {fulfill: {CXAnswerCallAction: {afterMs: 1500}}},
      steps: [push(0), {at: 1000, event: 'user.answer'}],
    });
    sim.advance(1200);
    assert.equal(sim.getSnapshot().ui.screen, 'connecting');
    assert.equal(sim.getSnapshot().calls[0]?.state, 'answering');
    sim.advance(1400); // the fulfil lands at 2500

    assert.equal(sim.getSnapshot().ui.screen, 'inCall');
    sim.stop();
  });

  test('a call the user ends while its answer is pending ends once: the answer timing out later changes nothing', () => {
    const {trace, final} = run({
      app: {fulfill: {CXAnswerCallAction: 'never', CXEndCallAction: 'never'}},
      steps: [push(0), {at: 1000, event: 'user.answer'}, {at: 2000, event: 'user.end'}],
    });
    assert.equal(count(trace, 'event:system.addRecentsEntry'), 1);
    assert.equal(final.recents.length, 1);
    assert.equal(final.recents[0]?.connected, false);
    assert.equal(final.calls[0]?.endCause, 'endAction');
  });

  test('a late answer fulfil after the user hung up does not mark the call connected', () => {
    const {final} = run({
      app: {fulfill: {CXAnswerCallAction: {afterMs: 3000}}},
      steps: [push(0), {at: 1000, event: 'user.answer'}, {at: 2000, event: 'user.end'}],
    });
    assert.equal(final.calls[0]?.hasConnected, false);
    assert.deepEqual(
      final.recents.map((r) => r.connected),
      [false],
    );
  });

  test('a failed start action ends the outgoing call as failed and audio never activates', () => {
    const {trace, final} = run({
      app: {fulfill: {CXStartCallAction: 'fail'}},
      steps: [{at: 0, event: 'user.startCall', handle: '+1555'}],
    });
    assertInOrder(trace, [
      'callback:perform:CXStartCallAction',
      'call:fail:CXStartCallAction',
      'event:system.dismissCallUI',
    ]);
    assertAbsent(trace, 'callback:didActivate');
    assert.equal(final.calls[0]?.endCause, 'failed');
  });

  test('each keypad digit is its own DTMF action, sent only after the previous one is fulfilled; digits after a pause come together', () => {
    const {trace} = run({
      steps: [
        push(0),
        {at: 100, event: 'user.answer'},
        {at: 500, event: 'user.playDTMF', digits: '12,34'},
      ],
    });
    const dtmf = find(trace, 'CXProviderDelegate.provider(_:perform:)').filter(
      (e) => e.action === 'CXPlayDTMFCallAction',
    );
    assert.deepEqual(
      dtmf.map((e) => [e.detail?.digits, e.detail?.type]),
      [
        ['1', 'singleTone'],
        ['2', 'singleTone'],
        ['34', 'softPause'],
      ],
    );
    const dtmfTokens = tokens(trace).filter((t) => t.includes('CXPlayDTMFCallAction'));
    assert.deepEqual(dtmfTokens, [
      'callback:perform:CXPlayDTMFCallAction',
      'call:fulfill:CXPlayDTMFCallAction',
      'callback:perform:CXPlayDTMFCallAction',
      'call:fulfill:CXPlayDTMFCallAction',
      'callback:perform:CXPlayDTMFCallAction',
      'call:fulfill:CXPlayDTMFCallAction',
    ]);
  });

  test('muting in the app goes through a CXSetMutedCallAction request, so the system screen agrees', () => {
    const {trace, final} = run({
      steps: [
        push(0),
        {at: 100, event: 'user.answer'},
        {at: 500, event: 'user.setMuted', muted: true, via: 'app'},
      ],
    });
    assertInOrder(trace, [
      'call:request:CXSetMutedCallAction',
      'completion:request:CXSetMutedCallAction',
      'callback:perform:CXSetMutedCallAction',
      'call:fulfill:CXSetMutedCallAction',
    ]);
    assert.equal(final.calls[0]?.isMuted, true);
  });
});

describe('§5 audio session', () => {
  test('didActivate comes only after the answer action is fulfilled, never at perform time', () => {
    const {trace} = run({
      app: {fulfill: {CXAnswerCallAction: {afterMs: 300}}},
      steps: [push(0), {at: 2000, event: 'user.answer'}],
    });
    const activate = find(trace, 'CXProviderDelegate.provider(_:didActivate:)');
    assert.equal(activate.length, 1);
    assert.equal(activate[0]?.at, 2300);
    assertInOrder(trace, [
      'callback:perform:CXAnswerCallAction',
      'call:fulfill:CXAnswerCallAction',
      'callback:didActivate',
      'event:app.startMedia',
    ]);
  });

  test('for an outgoing call the session is activated after the start action is fulfilled', () => {
    const {trace} = run({steps: [{at: 0, event: 'user.startCall', handle: '+1555'}]});
    assertInOrder(trace, [
      'callback:perform:CXStartCallAction',
      'call:fulfill:CXStartCallAction',
      'callback:didActivate',
    ]);
  });

  test('an app that activates the session itself never gets didActivate', () => {
    const {trace, final} = run({
      app: {activatesAudioSessionItself: true},
      steps: [push(0), {at: 2000, event: 'user.answer'}],
    });
    assertInOrder(trace, [
      'call:setActive',
      'call:fulfill:CXAnswerCallAction',
      'event:system.activateAudioSession',
    ]);
    assertAbsent(trace, 'callback:didActivate');
    assert.equal(final.audio.activatedBy, 'app');
  });

  test('didDeactivate follows the end of the last call that needed audio', () => {
    const {trace} = run({
      steps: [push(0), {at: 100, event: 'user.answer'}, {at: 5000, event: 'user.end'}],
    });
    assertInOrder(trace, [
      'call:fulfill:CXEndCallAction',
      'callback:didDeactivate',
      'event:app.stopMedia',
    ]);
  });

  test('holding the only call keeps the session active by default (named assumption keepAudioActiveOnSoleCallHold)', () => {
    const held = run({
      steps: [
        push(0),
        {at: 100, event: 'user.answer'},
        {at: 500, event: 'user.setHeld', onHold: true},
      ],
    });
    assertAbsent(held.trace, 'callback:didDeactivate');
    const changed = run({
      assumptions: {keepAudioActiveOnSoleCallHold: false},
      steps: [
        push(0),
        {at: 100, event: 'user.answer'},
        {at: 500, event: 'user.setHeld', onHold: true},
      ],
    });
    assertInOrder(changed.trace, ['call:fulfill:CXSetHeldCallAction', 'callback:didDeactivate']);
  });
});

describe('§3 reporting calls', () => {
  test('the remote side hanging up is reported with reportCall(with:endedAt:reason:) .remoteEnded (2), not with an end action', () => {
    const {trace} = run({
      steps: [push(0), {at: 100, event: 'user.answer'}, {at: 5000, event: 'remote.hangUp'}],
    });
    const ended = find(trace, 'CXProvider.reportCall(with:endedAt:reason:)')[0];
    assert.equal(ended?.detail?.reason, 'remoteEnded');
    assert.equal(ended?.detail?.rawValue, 2);
    assertAbsent(trace, 'callback:perform:CXEndCallAction');
  });

  test('the user ending the call reaches the app only as a CXEndCallAction', () => {
    const {trace} = run({
      steps: [push(0), {at: 100, event: 'user.answer'}, {at: 5000, event: 'user.end'}],
    });
    assertInOrder(trace, [
      'event:user.end',
      'callback:perform:CXEndCallAction',
      'call:fulfill:CXEndCallAction',
    ]);
    assertAbsent(trace, 'call:reportEnded');
  });

  test('an app that does not end the call on remote hang-up leaves the callee ringing', () => {
    const {trace} = run({
      app: {endsCallOnRemoteHangUp: false},
      assumptions: {systemRingTimeoutMs: null},
      steps: [push(0), {at: 3000, event: 'remote.hangUp'}],
    });
    assertAbsent(trace, 'call:reportEnded');
    const sim = createSimulation({
      app: {endsCallOnRemoteHangUp: false},
      assumptions: {systemRingTimeoutMs: null},
      steps: [push(0), {at: 3000, event: 'remote.hangUp'}],
    });
    sim.runToEnd();
    assert.equal(sim.getSnapshot().calls[0]?.state, 'ringing');
    sim.stop();
  });

  test('the app’s own ring timer ends an unanswered call with .unanswered (3)', () => {
    const {trace} = run({app: {ringTimeoutMs: 30_000}, steps: [push(0)]});
    const ended = find(trace, 'CXProvider.reportCall(with:endedAt:reason:)')[0];
    assert.equal(ended?.at, 30_000);
    assert.equal(ended?.detail?.rawValue, 3);
  });

  test('unanswered for the observed ~60 s, the system itself sends a CXEndCallAction', () => {
    const {trace} = run({steps: [push(0)]});
    const end = find(trace, 'CXProviderDelegate.provider(_:perform:)').find(
      (e) => e.action === 'CXEndCallAction',
    );
    assert.equal(end?.at, 60_000);
  });

  test('outgoing progress is reported: startedConnecting, then connected when the other side answers', () => {
    const {trace, final} = run({
      steps: [
        {at: 0, event: 'user.startCall', handle: '+1555'},
        {at: 3000, event: 'remote.answer'},
      ],
    });
    assertInOrder(trace, [
      'call:fulfill:CXStartCallAction',
      'call:startedConnecting',
      'event:remote.answer',
      'call:connected',
    ]);
    assert.equal(final.calls[0]?.hasConnected, true);
  });

  test('an outgoing call never reported as connected goes into Recents as not connected', () => {
    const {final} = run({
      app: {reportsOutgoingProgress: false},
      steps: [
        {at: 0, event: 'user.startCall', handle: '+1555'},
        {at: 3000, event: 'remote.answer'},
        {at: 9000, event: 'user.end'},
      ],
    });
    assert.deepEqual(
      final.recents.map((r) => [r.direction, r.connected]),
      [['outgoing', false]],
    );
  });
});

describe('§2.3 / §8.4 incoming-call filtering', () => {
  test('Do Not Disturb refuses the report with filteredByDoNotDisturb (3): no UI, no ring', () => {
    const {trace} = run({device: {doNotDisturb: true}, steps: [push(0)]});
    const completion = find(
      trace,
      'CXProvider.reportNewIncomingCall(with:update:completion:)',
    ).find((e) => e.kind === 'completion');
    assert.deepEqual(completion?.error, {
      domain: 'CXErrorCodeIncomingCallError',
      code: 3,
      name: 'filteredByDoNotDisturb',
    });
    assertAbsent(trace, 'event:system.showIncomingCallUI');
  });

  test('a blocked caller is refused with filteredByBlockList (4)', () => {
    const {trace} = run({device: {blockedHandles: ['+15551234567']}, steps: [push(0)]});
    assert.equal(trace.find((e) => e.error)?.error?.code, 4);
    assertAbsent(trace, 'event:system.showIncomingCallUI');
  });

  test('a second report with the same UUID is refused with callUUIDAlreadyExists (2) and does not ring again', () => {
    const {trace} = run({steps: [push(0), push(1000)]});
    assert.equal(count(trace, 'event:system.showIncomingCallUI'), 1);
    assert.equal(trace.find((e) => e.error)?.error?.name, 'callUUIDAlreadyExists');
  });

  test('a locked phone shows the lock-screen UI; an unlocked one the banner by default, or full screen when set', () => {
    const presentation = (device: Record<string, unknown>) =>
      run({device, steps: [push(0)]}).trace.find((e) => e.api === 'system.showIncomingCallUI')
        ?.detail?.presentation;
    assert.equal(presentation({locked: true}), 'lockScreen');
    assert.equal(presentation({}), 'banner');
    assert.equal(presentation({incomingCallPresentation: 'fullScreen'}), 'fullScreen');
  });
});

describe('§9 PushKit', () => {
  test('a terminated app is launched in the background, creates its provider and registry, then receives the push', () => {
    const {trace} = run({device: {appState: 'terminated', locked: true}, steps: [push(0)]});
    const apis = trace.map((e) => e.api);
    const launch = apis.indexOf('system.launchApp');
    const provider = apis.indexOf('CXProvider.init(configuration:)');
    const registry = apis.indexOf('PKPushRegistry.desiredPushTypes');
    const delivered = apis.indexOf(
      'PKPushRegistryDelegate.pushRegistry(_:didReceiveIncomingPushWith:for:completion:)',
    );
    assert.ok(
      launch >= 0 && launch < provider && provider < registry && registry < delivered,
      apis.join('\n'),
    );
  });

  test('iOS 13+: returning from the push handler without reporting kills the app at once with NSInternalInconsistencyException', () => {
    const {trace, final} = run({
      device: {appState: 'background'},
      app: {reportPushedCall: 'never'},
      steps: [push(0)],
    });
    const kill = find(trace, 'system.terminateApp')[0];
    assert.equal(kill?.at, 0);
    assert.equal(kill?.detail?.reason, 'NSInternalInconsistencyException');
    assert.equal(kill?.detail?.message, neverReportedReason);
    assert.equal(final.app.alive, false);
    assert.equal(final.ui.screen, 'appTerminated');
  });

  test('reporting asynchronously after the handler returned is too late: the app is killed on return', () => {
    const {trace} = run({
      device: {appState: 'background'},
      app: {reportPushedCall: {afterMs: 500}},
      steps: [push(0)],
    });
    assertInOrder(trace, ['event:pushkit.delegateReturned', 'event:system.terminateApp']);
    assertAbsent(trace, 'call:reportNewIncomingCall');
  });

  test('reporting and then immediately ending a stale push is allowed: the app stays alive', () => {
    const {trace, final} = run({
      device: {appState: 'background'},
      steps: [{at: 0, event: 'server.voipPush', payload: {callId: 'stale', handle: ''}}],
    });
    assertInOrder(trace, [
      'call:reportNewIncomingCall',
      'event:pushkit.delegateReturned',
      'call:reportEnded',
    ]);
    assertAbsent(trace, 'event:system.terminateApp');
    assert.equal(final.app.alive, true);
  });

  test('with no PushKit delegate set at launch, callservicesd kills the app about 7 s later with 0xbaadca11', () => {
    const {trace} = run({
      device: {appState: 'terminated'},
      app: {setsUpPushKitAtLaunch: false},
      steps: [push(0)],
    });
    const kill = find(trace, 'system.terminateApp')[0];
    assert.equal(kill?.at, 7000);
    assert.equal(kill?.detail?.reason, '0xbaadca11');
  });

  test('the push completion handler plays no part: a correct report passes even though completion comes after return', () => {
    const {trace} = run({device: {appState: 'background'}, steps: [push(0)]});
    assertInOrder(trace, [
      'call:reportNewIncomingCall',
      'event:pushkit.delegateReturned',
      'completion:didReceivePush',
    ]);
    assertAbsent(trace, 'event:system.terminateApp');
  });

  test('a push that arrives while the app is in the foreground is not enforced (Apple engineers), unless that assumption is turned off', () => {
    const exempt = run({
      device: {appState: 'foreground'},
      app: {reportPushedCall: 'never'},
      steps: [push(0)],
    });
    assertAbsent(exempt.trace, 'event:system.terminateApp');
    const strict = run({
      device: {appState: 'foreground'},
      app: {reportPushedCall: 'never'},
      assumptions: {pushExemptWhenForegroundOrOnCall: false},
      steps: [push(0)],
    });
    assertInOrder(strict.trace, ['event:system.terminateApp']);
  });

  test('a payload over 5,120 bytes is rejected by APNs and never delivered', () => {
    const {trace} = run({steps: [push(0, callA, {padding: 'x'.repeat(5200)})]});
    const rejected = find(trace, 'apns.rejectPush')[0];
    assert.deepEqual(rejected?.error, {domain: 'APNs', code: 413, name: 'PayloadTooLarge'});
    assertAbsent(trace, 'callback:didReceivePush');
  });

  test('after the assumed number of failures the system stops delivering VoIP pushes', () => {
    const {trace, final} = run({
      device: {appState: 'background'},
      app: {reportPushedCall: 'never'},
      assumptions: {pushDeliveryStopsAfterFailures: 2},
      steps: [
        push(0),
        push(1000, callB),
        {at: 2000, event: 'server.voipPush', payload: {uuid: callA, handle: '+1'}},
      ],
    });
    assert.equal(count(trace, 'event:system.terminateApp'), 2);
    assert.equal(count(trace, 'callback:didReceivePush'), 2);
    assert.equal(final.pushKit.deliveryStopped, true);
  });

  test('the VoIP token is delivered as a 64-character lowercase hex string', () => {
    const {trace} = run({steps: []});
    const token = find(trace, 'PKPushRegistryDelegate.pushRegistry(_:didUpdate:for:)')[0]?.detail
      ?.token;
    assert.match(String(token), /^[0-9a-f]{64}$/);
  });
});

describe('§3.3 provider reset', () => {
  test('providerDidReset ends every call and outstanding actions are not answered', () => {
    const {trace, final} = run({
      app: {fulfill: {CXAnswerCallAction: 'never'}},
      steps: [push(0), {at: 100, event: 'user.answer'}, {at: 500, event: 'system.reset'}],
    });
    assertInOrder(trace, [
      'callback:perform:CXAnswerCallAction',
      'event:system.reset',
      'callback:providerDidReset',
    ]);
    assertAbsent(trace, 'callback:timedOut:CXAnswerCallAction');
    assert.equal(final.calls[0]?.endCause, 'providerReset');
    assert.equal(final.actions[0]?.status, 'discarded');
  });
});

describe('§8.3 / §5.3 a cellular call and the VoIP call', () => {
  const connected = [push(0), {at: 100, event: 'user.answer' as const}];

  test('Hold & Accept for a cellular call holds the VoIP call and deactivates its audio', () => {
    const {trace} = run({
      steps: [
        ...connected,
        {at: 1000, event: 'cellular.incomingCall'},
        {at: 2000, event: 'user.holdAndAccept'},
      ],
    });
    assertInOrder(trace, [
      'callback:perform:CXSetHeldCallAction',
      'call:fulfill:CXSetHeldCallAction',
      'callback:didDeactivate',
    ]);
  });

  test('when the user ends the cellular call the system resumes the VoIP call and audio comes back', () => {
    const {trace, final} = run({
      steps: [
        ...connected,
        {at: 1000, event: 'cellular.incomingCall'},
        {at: 2000, event: 'user.holdAndAccept'},
        {at: 5000, event: 'cellular.end', endedBy: 'user'},
      ],
    });
    const after = trace.filter((e) => e.at === 5000);
    assertInOrder(after, [
      'callback:perform:CXSetHeldCallAction',
      'call:fulfill:CXSetHeldCallAction',
      'callback:didActivate',
    ]);
    assert.equal(final.calls[0]?.state, 'connected.active');
  });

  test('when the other party ends the cellular call the VoIP call stays on hold and no didActivate comes', () => {
    const {trace, final} = run({
      steps: [
        ...connected,
        {at: 1000, event: 'cellular.incomingCall'},
        {at: 2000, event: 'user.holdAndAccept'},
        {at: 5000, event: 'cellular.end', endedBy: 'remote'},
      ],
    });
    assertAbsent(
      trace.filter((e) => e.at >= 5000),
      'callback:didActivate',
    );
    assert.equal(final.calls[0]?.state, 'connected.held');
  });

  test('a cellular call waiting over the VoIP call offers no plain Accept: user.answer is ignored', () => {
    const {trace, final} = run({
      steps: [
        ...connected,
        {at: 1000, event: 'cellular.incomingCall'},
        {at: 2000, event: 'user.answer'},
      ],
    });
    assert.equal(trace.find((e) => e.at === 2000)?.detail?.ignored, true);
    assert.equal(final.device.cellular, 'ringing');
    assert.equal(final.calls[0]?.state, 'connected.active');
  });

  test('End & Accept for a cellular call ends the VoIP call with a CXEndCallAction', () => {
    const {trace, final} = run({
      steps: [
        ...connected,
        {at: 1000, event: 'cellular.incomingCall'},
        {at: 2000, event: 'user.endAndAccept'},
      ],
    });
    assertInOrder(trace, ['callback:perform:CXEndCallAction', 'call:fulfill:CXEndCallAction']);
    assert.equal(final.device.cellular, 'active');
  });

  test('starting a VoIP call during a cellular call holds the cellular call before the start action is delivered', () => {
    const {trace} = run({
      steps: [
        {at: 0, event: 'cellular.incomingCall'},
        {at: 100, event: 'user.answer'},
        {at: 1000, event: 'user.startCall', handle: '+1555'},
      ],
    });
    assertInOrder(trace, [
      'completion:request:CXStartCallAction',
      'event:system.holdOtherCall',
      'callback:perform:CXStartCallAction',
    ]);
  });
});

describe('§1.3 / §6 call groups', () => {
  const twoCalls = [
    push(0, callA),
    {at: 100, event: 'user.answer' as const},
    push(1000, callB),
    {at: 2000, event: 'user.holdAndAccept' as const},
  ];

  test('merging sends a CXSetGroupCallAction for the held call, grouping it with the active call', () => {
    const {trace, final} = run({steps: [...twoCalls, {at: 3000, event: 'user.mergeCalls'}]});
    const group = trace.find((e) => e.kind === 'callback' && e.action === 'CXSetGroupCallAction');
    assert.equal(group?.callUUID, callA);
    assert.equal(group?.detail?.callUUIDToGroupWith, callB);
    assert.deepEqual(
      final.calls.map((c) => c.group),
      [callB, callB],
    );
  });

  test('calls in one group count as one call group for maximumCallGroups', () => {
    const {trace} = run({
      configuration: {maximumCallGroups: 2},
      steps: [
        ...twoCalls,
        {at: 3000, event: 'user.mergeCalls'},
        {at: 4000, event: 'user.startCall', handle: '+1555'},
      ],
    });
    assertAbsent(trace, 'completion:request:CXStartCallAction!maximumCallGroupsReached');
    assertInOrder(trace, ['callback:perform:CXStartCallAction']);
  });

  test('with maximumCallsPerCallGroup 1 merging is not offered, and an app request to group is invalidAction (assumed)', () => {
    const {trace} = run({
      configuration: {maximumCallsPerCallGroup: 1},
      steps: [
        ...twoCalls,
        {at: 3000, event: 'user.mergeCalls'},
        {
          at: 4000,
          event: 'app.request',
          actions: [{action: 'CXSetGroupCallAction', callUUID: callA, callUUIDToGroupWith: callB}],
        },
      ],
    });
    assert.equal(trace.find((e) => e.api === 'user.mergeCalls')?.detail?.ignored, true);
    assertInOrder(trace, ['completion:request:CXSetGroupCallAction!invalidAction']);
    assertAbsent(trace, 'callback:perform:CXSetGroupCallAction');
  });
});

describe('manual mode ("you are the app")', () => {
  test('nothing happens by itself: the reader fulfils the answer and the call connects', () => {
    const {trace, final} = run({
      app: {mode: 'manual'},
      steps: [
        push(0),
        {at: 10, event: 'app.reportCall'},
        {at: 2000, event: 'user.answer'},
        {at: 2500, event: 'app.fulfill', action: 'CXAnswerCallAction'},
      ],
    });
    assertInOrder(trace, [
      'callback:didReceivePush',
      'call:reportNewIncomingCall',
      'callback:perform:CXAnswerCallAction',
      'call:fulfill:CXAnswerCallAction',
      'callback:didActivate',
    ]);
    assert.equal(final.calls[0]?.state, 'connected.active');
  });

  test('a reader who never reports the push sees the ~7 s backstop kill the app', () => {
    const {trace} = run({
      app: {mode: 'manual'},
      device: {appState: 'background'},
      steps: [push(0)],
    });
    const kill = find(trace, 'system.terminateApp')[0];
    assert.equal(kill?.at, 7000);
    assert.equal(kill?.detail?.reason, '0xbaadca11');
  });

  test('fulfilling an action that is not pending is recorded as ignored', () => {
    const {trace} = run({
      app: {mode: 'manual'},
      steps: [{at: 0, event: 'app.fulfill', action: 'CXAnswerCallAction'}],
    });
    assert.equal(trace.at(-1)?.detail?.ignored, true);
  });
});

describe('determinism', () => {
  test('the same scenario gives the identical trace and final snapshot', () => {
    const scenario = {
      device: {locked: true, appState: 'terminated' as const},
      steps: [
        push(0),
        {at: 2000, event: 'user.answer' as const},
        push(3000, callB),
        {at: 4000, event: 'user.holdAndAccept' as const},
      ],
    };
    assert.deepEqual(run(scenario), run(scenario));
  });

  test('stepping one entry at a time yields the same trace as running to the end', () => {
    const scenario = {
      steps: [
        push(0),
        {at: 2000, event: 'user.answer' as const},
        {at: 9000, event: 'remote.hangUp' as const},
      ],
    };
    const sim = createSimulation(scenario);
    while (!sim.isFinished()) assert.ok(sim.step().length > 0 || sim.isFinished());
    assert.deepEqual([...sim.trace], run(scenario).trace);
    sim.stop();
  });
});
