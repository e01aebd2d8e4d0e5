/**
 * The built-in catalog. Each scenario has (1) the facts its description promises, written as
 * ordered trace expectations grounded in the spec, and (2) a golden trace that catches any drift.
 * Regenerate the goldens after an intended engine change with UPDATE_GOLDEN=1 and review the diff.
 */
import assert from 'node:assert/strict';
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {describe, test} from 'node:test';

import {builtinScenario, builtinScenarios, runScenario, type RunResult} from '../../simulator/src';
import {assertAbsent, assertInOrder, count} from './support/trace';

const goldenDir = path.resolve(__dirname, 'golden/traces');
const updateGolden = process.env.UPDATE_GOLDEN === '1';

type Check = (result: RunResult) => void;

const errorsOf = (r: RunResult) =>
  r.trace.filter((e) => e.error).map((e) => `${e.error?.name}(${e.error?.code})`);

/** What each scenario must show. Keyed by built-in id; every built-in must have an entry. */
const expectations: Record<string, Check> = {
  'locked-push-answer': ({trace, final}) => {
    assertInOrder(trace, [
      'event:server.voipPush',
      'event:system.launchApp',
      'callback:didReceivePush',
      'call:reportNewIncomingCall',
      'event:pushkit.delegateReturned',
      'event:system.showIncomingCallUI',
      'event:user.answer',
      'callback:perform:CXAnswerCallAction',
      'call:fulfill:CXAnswerCallAction',
      'callback:didActivate',
      'call:reportEnded',
      'callback:didDeactivate',
    ]);
    assert.equal(
      trace.find((e) => e.api === 'system.showIncomingCallUI')?.detail?.presentation,
      'lockScreen',
    );
    assert.equal(final.app.alive, true);
  },
  'outgoing-call': ({trace}) =>
    assertInOrder(trace, [
      'call:request:CXStartCallAction',
      'completion:request:CXStartCallAction',
      'callback:perform:CXStartCallAction',
      'call:fulfill:CXStartCallAction',
      'callback:didActivate',
      'call:startedConnecting',
      'call:connected',
      'callback:perform:CXEndCallAction',
      'call:fulfill:CXEndCallAction',
      'callback:didDeactivate',
    ]),
  'push-never-reported': ({trace, final}) => {
    assertInOrder(trace, [
      'callback:didReceivePush',
      'event:pushkit.delegateReturned',
      'event:system.terminateApp',
    ]);
    assertAbsent(trace, 'call:reportNewIncomingCall');
    assert.equal(final.ui.screen, 'appTerminated');
  },
  'outgoing-no-answer': ({trace, final}) => {
    const ended = trace.find((e) => e.api === 'CXProvider.reportCall(with:endedAt:reason:)');
    assert.equal(ended?.detail?.reason, 'unanswered');
    assert.equal(ended?.at, 30_000);
    assert.deepEqual(
      final.recents.map((r) => r.connected),
      [false],
    );
  },
  'outgoing-start-failed': ({trace, final}) => {
    assertInOrder(trace, [
      'callback:perform:CXStartCallAction',
      'call:fail:CXStartCallAction',
      'event:system.dismissCallUI',
    ]);
    assertAbsent(trace, 'callback:didActivate');
    assert.equal(final.calls[0]?.endCause, 'failed');
  },
  'outgoing-progress-not-reported': ({trace, final}) => {
    assertAbsent(trace, 'call:startedConnecting');
    assertAbsent(trace, 'call:connected');
    assert.deepEqual(
      final.recents.map((r) => [r.direction, r.connected]),
      [['outgoing', false]],
    );
  },
  'foreground-banner-answered': ({trace}) => {
    assert.equal(
      trace.find((e) => e.api === 'system.showIncomingCallUI')?.detail?.presentation,
      'banner',
    );
    assertInOrder(trace, [
      'callback:perform:CXAnswerCallAction',
      'call:fulfill:CXAnswerCallAction',
      'callback:didActivate',
    ]);
  },
  'fullscreen-declined': ({trace, final}) => {
    assert.equal(
      trace.find((e) => e.api === 'system.showIncomingCallUI')?.detail?.presentation,
      'fullScreen',
    );
    assertInOrder(trace, [
      'event:user.decline',
      'callback:perform:CXEndCallAction',
      'event:app.signal',
      'call:fulfill:CXEndCallAction',
    ]);
    assert.equal(trace.find((e) => e.api === 'app.signal')?.detail?.message, 'decline');
    assertAbsent(trace, 'callback:didActivate');
    assert.equal(final.calls[0]?.hasConnected, false);
  },
  'background-push-answer': ({trace}) => {
    const pushAt = trace.findIndex((e) => e.api === 'server.voipPush');
    assert.ok(
      !trace.slice(pushAt).some((e) => e.api === 'system.launchApp'),
      'a suspended app is woken, not launched',
    );
    assertInOrder(trace, [
      'callback:didReceivePush',
      'call:reportNewIncomingCall',
      'call:fulfill:CXAnswerCallAction',
      'callback:didActivate',
    ]);
  },
  'remote-cancels-before-answer': ({trace, final}) => {
    assertInOrder(trace, ['event:remote.hangUp', 'event:server.signal', 'call:reportEnded']);
    assert.equal(
      count(trace, 'callback:didReceivePush'),
      1,
      'the cancel does not come as another VoIP push',
    );
    assert.equal(final.calls[0]?.endCause, 'remoteEnded');
  },
  'ring-timeout-unanswered': ({trace}) => {
    const ended = trace.find((e) => e.api === 'CXProvider.reportCall(with:endedAt:reason:)');
    assert.equal(ended?.at, 30_000);
    assert.equal(ended?.detail?.rawValue, 3);
    assertAbsent(trace, 'callback:perform:CXEndCallAction');
  },
  'push-reported-late': ({trace}) => {
    assertInOrder(trace, ['event:pushkit.delegateReturned', 'event:system.terminateApp']);
    assertAbsent(trace, 'call:reportNewIncomingCall');
  },
  'stale-push-reported-and-ended': ({trace, final}) => {
    assertInOrder(trace, [
      'call:reportNewIncomingCall',
      'event:pushkit.delegateReturned',
      'call:reportEnded',
    ]);
    assertAbsent(trace, 'event:system.terminateApp');
    assert.equal(final.app.alive, true);
  },
  'invalid-push-payload': ({trace, final}) => {
    assertInOrder(trace, [
      'call:reportNewIncomingCall',
      'event:pushkit.delegateReturned',
      'call:reportEnded',
    ]);
    assert.equal(
      trace.find((e) => e.api === 'CXProvider.reportCall(with:endedAt:reason:)')?.detail?.reason,
      'failed',
    );
    assertAbsent(trace, 'event:system.terminateApp');
    assert.equal(final.app.alive, true);
  },
  'push-delivery-stopped': ({trace, final}) => {
    // Each of the first three pushes launches the app and gets it killed on return (§9.3).
    assert.equal(count(trace, 'event:server.voipPush'), 4);
    assert.equal(count(trace, 'event:system.launchApp'), 3);
    assert.equal(count(trace, 'callback:didReceivePush'), 3);
    const kills = trace.filter((e) => e.api === 'system.terminateApp');
    assert.deepEqual(
      kills.map((e) => [e.at, e.detail?.reason]),
      [
        [0, 'NSInternalInconsistencyException'],
        [15_000, 'NSInternalInconsistencyException'],
        [30_000, 'NSInternalInconsistencyException'],
      ],
    );
    // After the assumed threshold delivery stops, and the fourth push is dropped unlaunched.
    const stops = trace.filter((e) => e.api === 'system.stopVoIPPushDelivery');
    assert.deepEqual(
      stops.map((e) => [e.at, e.detail?.failures ?? null, e.detail?.threshold ?? null]),
      [
        [30_000, 3, 3],
        [45_000, null, null],
      ],
    );
    assertAbsent(trace, 'call:reportNewIncomingCall');
    assertAbsent(trace, 'event:system.showIncomingCallUI');
    assert.equal(final.pushKit.deliveryStopped, true);
    assert.equal(final.pushKit.failures, 3);
  },
  'push-registry-not-set-up': ({trace}) => {
    const kill = trace.find((e) => e.api === 'system.terminateApp');
    assert.equal(kill?.detail?.reason, '0xbaadca11');
    assert.equal(kill?.at, 7000);
    assertAbsent(trace, 'callback:didReceivePush');
  },
  'push-payload-too-large': ({trace}) => {
    assert.deepEqual(errorsOf({trace} as RunResult), ['PayloadTooLarge(413)']);
    assertAbsent(trace, 'callback:didReceivePush');
  },
  'do-not-disturb': (r) => {
    assert.deepEqual(errorsOf(r), ['filteredByDoNotDisturb(3)']);
    assertAbsent(r.trace, 'event:system.showIncomingCallUI');
    assertAbsent(r.trace, 'event:system.terminateApp');
  },
  'blocked-caller': (r) => {
    assert.deepEqual(errorsOf(r), ['filteredByBlockList(4)']);
    assertAbsent(r.trace, 'event:system.showIncomingCallUI');
  },
  'duplicate-push': (r) => {
    assert.deepEqual(errorsOf(r), ['callUUIDAlreadyExists(2)']);
    assert.equal(count(r.trace, 'event:system.showIncomingCallUI'), 1);
  },
  'missing-voip-background-mode': (r) => {
    assertInOrder(r.trace, [
      'callback:providerDidReset',
      'completion:reportNewIncomingCall!unentitled',
    ]);
    assertAbsent(r.trace, 'event:system.showIncomingCallUI');
  },
  'answer-never-fulfilled': ({trace, final}) => {
    assertInOrder(trace, [
      'callback:perform:CXAnswerCallAction',
      'callback:timedOut:CXAnswerCallAction',
      'event:system.dismissCallUI',
    ]);
    assertAbsent(trace, 'call:fulfill:CXAnswerCallAction');
    assert.equal(final.calls[0]?.endCause, 'failed');
  },
  'answer-fulfilled-late': ({trace}) => {
    const perform = trace.find((e) => e.action === 'CXAnswerCallAction' && e.kind === 'callback');
    const fulfil = trace.find(
      (e) => e.action === 'CXAnswerCallAction' && e.api === 'CXAction.fulfill()',
    );
    const activate = trace.find((e) => e.api === 'CXProviderDelegate.provider(_:didActivate:)');
    assert.equal(perform?.at, 2000);
    assert.equal(fulfil?.at, 3500);
    assert.equal(activate?.at, 3500);
  },
  'fulfil-wrong-action': ({trace, final}) => {
    assert.equal(trace.find((e) => e.api === 'app.fulfill')?.detail?.ignored, true);
    assertInOrder(trace, [
      'callback:perform:CXAnswerCallAction',
      'event:app.fulfill',
      'callback:timedOut:CXAnswerCallAction',
    ]);
    assert.equal(final.calls[0]?.endCause, 'failed');
  },
  'app-activates-audio': ({trace, final}) => {
    assertInOrder(trace, [
      'call:setActive',
      'call:fulfill:CXAnswerCallAction',
      'event:system.activateAudioSession',
    ]);
    assertAbsent(trace, 'callback:didActivate');
    assertAbsent(trace, 'event:app.startMedia');
    assert.equal(final.audio.activatedBy, 'app');
  },
  'call-waiting-end-and-accept': ({trace}) => {
    assert.equal(
      trace.find((e) => e.api === 'system.showIncomingCallUI' && e.at === 5000)?.detail
        ?.presentation,
      'callWaiting',
    );
    const at7 = trace.filter((e) => e.at === 7000);
    assertInOrder(at7, [
      'callback:perform:CXEndCallAction',
      'call:fulfill:CXEndCallAction',
      'callback:didDeactivate',
      'callback:perform:CXAnswerCallAction',
      'call:fulfill:CXAnswerCallAction',
      'callback:didActivate',
    ]);
  },
  'call-waiting-hold-and-accept': ({trace, final}) => {
    assertInOrder(
      trace.filter((e) => e.at === 7000),
      [
        'callback:perform:CXSetHeldCallAction',
        'call:fulfill:CXSetHeldCallAction',
        'callback:perform:CXAnswerCallAction',
        'call:fulfill:CXAnswerCallAction',
      ],
    );
    assertInOrder(
      trace.filter((e) => e.at === 15000),
      [
        'callback:perform:CXEndCallAction',
        'event:system.resumeHeldCall',
        'callback:perform:CXSetHeldCallAction',
        'callback:didActivate',
      ],
    );
    assert.ok(final.calls.every((c) => c.hasEnded));
  },
  'call-waiting-decline': ({trace}) => {
    const at7 = trace.filter((e) => e.at === 7000);
    assert.deepEqual(
      at7.filter((e) => e.api === 'CXProviderDelegate.provider(_:perform:)').map((e) => e.action),
      ['CXEndCallAction'],
    );
    assertAbsent(at7, 'callback:didDeactivate');
  },
  'cellular-interrupts-remote-ends': ({trace}) => {
    assertInOrder(trace, [
      'event:cellular.incomingCall',
      'callback:perform:CXSetHeldCallAction',
      'callback:didDeactivate',
      'event:cellular.end',
    ]);
    assertAbsent(
      trace.filter((e) => e.at >= 12000 && e.at < 15000),
      'callback:didActivate',
    );
    assertInOrder(
      trace.filter((e) => e.at === 15000),
      [
        'callback:perform:CXSetHeldCallAction',
        'call:fulfill:CXSetHeldCallAction',
        'callback:didActivate',
      ],
    );
  },
  'cellular-interrupts-user-ends': ({trace}) => {
    assertInOrder(
      trace.filter((e) => e.at === 12000),
      [
        'event:cellular.end',
        'event:system.resumeHeldCall',
        'callback:perform:CXSetHeldCallAction',
        'callback:didActivate',
      ],
    );
  },
  'mute-system-and-app': ({trace}) => {
    assertInOrder(trace, [
      'event:user.setMuted',
      'callback:perform:CXSetMutedCallAction',
      'call:fulfill:CXSetMutedCallAction',
      'call:request:CXSetMutedCallAction',
      'callback:perform:CXSetMutedCallAction',
      'call:fulfill:CXSetMutedCallAction',
    ]);
  },
  'dtmf-digits': ({trace}) => {
    const digits = trace
      .filter((e) => e.action === 'CXPlayDTMFCallAction' && e.kind === 'callback')
      .map((e) => `${e.detail?.digits}/${e.detail?.type}`);
    assert.deepEqual(digits, ['1/singleTone', '2/singleTone', '345/softPause']);
  },
  'end-unknown-uuid': (r) => {
    assert.deepEqual(errorsOf(r), ['unknownCallUUID(4)']);
    assert.equal(
      r.trace.filter((e) => e.at === 5000 && e.api === 'CXProviderDelegate.provider(_:perform:)')
        .length,
      0,
    );
    assertInOrder(
      r.trace.filter((e) => e.at === 9000),
      ['callback:perform:CXEndCallAction'],
    );
  },
  'maximum-call-groups': (r) => assert.deepEqual(errorsOf(r), ['maximumCallGroupsReached(7)']),
  'empty-transaction': (r) => {
    assert.deepEqual(errorsOf(r), ['emptyTransaction(3)']);
    assert.equal(r.trace.filter((e) => e.at === 4000 && e.kind === 'callback').length, 0);
  },
  'provider-invalidated': ({trace, final}) => {
    assertInOrder(trace, [
      'call:CXProvider.invalidate()',
      'completion:request:CXStartCallAction!unknownCallProvider',
    ]);
    assert.equal(final.calls[0]?.endCause, 'failed');
    const afterInvalidate = trace.filter((e) => e.at >= 5000);
    assert.ok(
      !afterInvalidate.some((e) => e.api.startsWith('CXProviderDelegate.')),
      'no delegate message after invalidate',
    );
  },
  'start-uuid-already-exists': (r) => {
    assert.deepEqual(errorsOf(r), ['callUUIDAlreadyExists(5)']);
    assertAbsent(r.trace, 'callback:perform:CXStartCallAction');
  },
  'answer-twice-from-app': (r) => {
    assert.deepEqual(errorsOf(r), ['invalidAction(6)']);
    assert.equal(count(r.trace, 'callback:perform:CXAnswerCallAction'), 1);
  },
  'merge-calls': ({trace, final}) => {
    const group = trace.find((e) => e.action === 'CXSetGroupCallAction' && e.kind === 'callback');
    assert.equal(group?.at, 9000);
    assert.equal(group?.callUUID, 'E621E1F8-C36C-495A-93FC-0C247A3E6E5F', 'the held call joins');
    assert.equal(group?.detail?.callUUIDToGroupWith, '5B8C2D4E-1F3A-4B6C-9D7E-8F0A1B2C3D4E');
    assertInOrder(trace, [
      'callback:perform:CXSetGroupCallAction',
      'call:fulfill:CXSetGroupCallAction',
    ]);
    assert.equal(
      new Set(final.calls.map((c) => c.group)).size,
      1,
      'both calls end up in one group',
    );
  },
  'provider-reset-during-call': ({trace, final}) => {
    assertInOrder(trace, [
      'event:system.reset',
      'callback:providerDidReset',
      'event:app.stopMedia',
    ]);
    assert.equal(final.calls[0]?.endCause, 'providerReset');
  },
};

describe('built-in scenario catalog', () => {
  test('there are at least 24 built-ins, each with spec sections and a description', () => {
    const all = builtinScenarios();
    assert.ok(all.length >= 24, `only ${all.length}`);
    for (const b of all) {
      assert.ok(b.scenario.specSections.length > 0, `${b.id} names no spec section`);
    }
  });

  test('every built-in has expectations, and every expectation names a built-in', () => {
    assert.deepEqual(
      Object.keys(expectations).sort(),
      builtinScenarios()
        .map((b) => b.id)
        .sort(),
    );
  });

  for (const [id, check] of Object.entries(expectations)) {
    test(`${id}: the trace shows what the description promises`, () => {
      const builtin = builtinScenario(id);
      assert.ok(builtin, `no built-in ${id}`);
      check(runScenario(builtin.scenario));
    });
  }

  for (const builtin of builtinScenarios()) {
    test(`${builtin.id}: golden trace`, () => {
      const {trace} = runScenario(builtin.scenario);
      const file = path.join(goldenDir, `${builtin.id}.json`);
      const actual = `${JSON.stringify(trace, null, 1)}\n`;
      if (updateGolden || !existsSync(file)) {
        if (!updateGolden)
          assert.fail(`missing golden ${file}; run with UPDATE_GOLDEN=1 to create it`);
        mkdirSync(goldenDir, {recursive: true});
        writeFileSync(file, actual);
        return;
      }
      assert.equal(
        actual,
        readFileSync(file, 'utf8'),
        `${builtin.id} drifted from its golden trace`,
      );
    });
  }
});
