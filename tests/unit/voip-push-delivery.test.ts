/**
 * "Deliver to the simulator": the draft becomes a valid scenario that the engine plays (push,
 * launch, delivery, report, the call on the phone), an oversize payload reaches APNs and is
 * rejected there by the engine, the app behaviours are existing what-if toggles with their
 * consequences, the reader's payload keys are mapped onto the simulated app's, and every reason
 * nothing would reach the phone has its own code.
 */
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';

import {
  appleApi,
  applyWhatIf,
  maxVoipPayloadBytes,
  runScenario,
  systemEvent,
  validateScenario,
  whatIfToggle,
  type TraceEntry,
} from '../../simulator/src';
import {
  appBehaviours,
  createDefaultDraft,
  defaultCallId,
  defaultPhoneState,
  deliverVoipPush,
  voipPushDeliveryCodes,
  type AppBehaviourId,
  type DeliveryOptions,
  type PhoneState,
  type VoipPushDraft,
} from '../../simulator/src/tools';

const produced = new Set<string>();

function draftWith(change: Partial<VoipPushDraft>): VoipPushDraft {
  return {...createDefaultDraft(), ...change};
}

function options(change: Partial<DeliveryOptions> = {}): DeliveryOptions {
  return {phone: defaultPhoneState, behaviour: 'correct', ...change};
}

/** Delivers and runs the scenario to the end with the behaviour's overrides applied. */
function play(draft: VoipPushDraft, opts: DeliveryOptions = options()): TraceEntry[] {
  const delivery = deliverVoipPush(draft, opts);
  assert.ok(delivery.ok, delivery.ok ? '' : delivery.messages.map((m) => m.text).join(' / '));
  return runScenario(applyWhatIf(delivery.scenario, delivery.overrides)).trace;
}

function has(
  trace: readonly TraceEntry[],
  api: string,
  check: (entry: TraceEntry) => boolean = () => true,
): boolean {
  return trace.some((entry) => entry.api === api && check(entry));
}

function refusal(draft: VoipPushDraft, code: string): string {
  const delivery = deliverVoipPush(draft, options());
  assert.equal(delivery.ok, false, `${code}: nothing delivered`);
  if (delivery.ok) return '';
  assert.equal(delivery.messages.length, 1);
  const message = delivery.messages[0];
  assert.ok(message);
  produced.add(message.code);
  assert.equal(message.code, code);
  assert.equal(message.severity, 'error');
  return message.text;
}

describe('a delivered push', () => {
  test('is a valid scenario: device from the phone state, the push at 0 ms', () => {
    const phone: PhoneState = {locked: false, appState: 'background', doNotDisturb: true};
    const delivery = deliverVoipPush(createDefaultDraft(), options({phone}));
    assert.ok(delivery.ok);
    assert.ok(validateScenario(delivery.input).ok);
    assert.deepEqual(
      {
        locked: delivery.scenario.device.locked,
        appState: delivery.scenario.device.appState,
        doNotDisturb: delivery.scenario.device.doNotDisturb,
      },
      phone,
    );
    const first = delivery.scenario.steps[0];
    assert.equal(first?.at, 0);
    assert.equal(first?.event, 'server.voipPush');
    assert.deepEqual(delivery.payload, JSON.parse(createDefaultDraft().payload));
    const noAnswer = deliverVoipPush(createDefaultDraft(), options({userAnswers: false}));
    assert.ok(noAnswer.ok);
    assert.equal(noAnswer.scenario.steps.length, 1);
  });

  test('plays: launch for the push, delivery, report before returning, the lock screen call, answer', () => {
    const trace = play(createDefaultDraft());
    assert.ok(has(trace, 'server.voipPush'));
    assert.ok(has(trace, systemEvent.launchApp, (e) => e.detail?.reason === 'voipPush'));
    assert.ok(has(trace, appleApi.didReceiveIncomingPush, (e) => e.kind === 'callback'));
    assert.ok(
      has(
        trace,
        appleApi.reportNewIncomingCall,
        (e) => e.detail?.handle === '+15551234567' && e.detail.localizedCallerName === 'Ada',
      ),
    );
    assert.ok(
      has(trace, systemEvent.showIncomingCallUI, (e) => e.detail?.presentation === 'lockScreen'),
    );
    assert.ok(has(trace, appleApi.didActivate));
    assert.ok(!has(trace, systemEvent.terminateApp));
  });

  test('the phone state reaches the engine: unlocked → banner; Do Not Disturb → filtered', () => {
    const unlocked = play(
      createDefaultDraft(),
      options({phone: {locked: false, appState: 'foreground', doNotDisturb: false}}),
    );
    assert.ok(
      has(unlocked, systemEvent.showIncomingCallUI, (e) => e.detail?.presentation === 'banner'),
    );
    assert.ok(has(unlocked, systemEvent.launchApp, (e) => e.detail?.reason === 'alreadyRunning'));
    const dnd = play(
      createDefaultDraft(),
      options({phone: {...defaultPhoneState, doNotDisturb: true}}),
    );
    assert.ok(
      has(dnd, appleApi.reportNewIncomingCall, (e) => e.error?.name === 'filteredByDoNotDisturb'),
    );
    assert.ok(!has(dnd, systemEvent.showIncomingCallUI));
  });

  test('an oversize payload is delivered to APNs, which the engine has reject it (413)', () => {
    const payload = JSON.stringify({
      uuid: defaultCallId,
      handle: '+15551234567',
      pad: 'x'.repeat(maxVoipPayloadBytes),
    });
    const trace = play(draftWith({payload}));
    assert.ok(has(trace, 'server.voipPush'));
    assert.ok(
      has(
        trace,
        systemEvent.apnsRejected,
        (e) => e.error?.code === 413 && e.error.name === 'PayloadTooLarge',
      ),
    );
    assert.ok(!has(trace, appleApi.didReceiveIncomingPush));
    assert.ok(!has(trace, systemEvent.showIncomingCallUI));
  });
});

describe('app behaviours', () => {
  test('each is made of existing what-if switches (player/whatIf.ts), none is new', () => {
    assert.equal(appBehaviours.length, 7);
    for (const behaviour of appBehaviours) {
      for (const [id, value] of Object.entries(behaviour.overrides)) {
        const toggle = whatIfToggle(id);
        assert.ok(toggle, `${behaviour.id}: ${id} is a what-if toggle`);
        assert.equal(toggle.kind, 'switch');
        assert.equal(value, true);
      }
    }
    const ids = appBehaviours.flatMap((behaviour) => Object.keys(behaviour.overrides)).sort();
    assert.deepEqual(ids, [
      'activateAudioYourself',
      'forgetToFulfil',
      'missingVoipBackgroundMode',
      'reportPushLate',
      'skipPushKitAtLaunch',
      'youAreTheApp',
    ]);
  });

  const consequences: Record<AppBehaviourId, (trace: TraceEntry[]) => boolean> = {
    correct: (trace) => has(trace, appleApi.didActivate) && !has(trace, systemEvent.terminateApp),
    reportLate: (trace) =>
      has(trace, systemEvent.terminateApp) && !has(trace, systemEvent.showIncomingCallUI),
    neverFulfil: (trace) =>
      has(trace, appleApi.timedOutPerforming, (e) => e.action === 'CXAnswerCallAction') &&
      !has(trace, appleApi.didActivate),
    activatesAudio: (trace) => has(trace, appleApi.setActive) && !has(trace, appleApi.didActivate),
    lateRegistry: (trace) =>
      !has(trace, appleApi.didReceiveIncomingPush, (e) => e.kind === 'callback') &&
      has(trace, systemEvent.terminateApp, (e) => e.detail?.reason === '0xbaadca11'),
    noVoipMode: (trace) =>
      has(trace, appleApi.providerDidReset) &&
      has(trace, appleApi.reportNewIncomingCall, (e) => e.error?.name === 'unentitled'),
    youAreTheApp: (trace) =>
      !has(trace, appleApi.reportNewIncomingCall) && has(trace, systemEvent.terminateApp),
  };

  for (const behaviour of appBehaviours) {
    test(`${behaviour.id}: the flow shows it`, () => {
      const trace = play(createDefaultDraft(), options({behaviour: behaviour.id}));
      assert.ok(has(trace, 'server.voipPush'));
      assert.ok(consequences[behaviour.id](trace), trace.map((e) => e.api).join('\n'));
    });
  }
});

describe('the payload the simulated app reads', () => {
  test('the reader’s call id and caller keys are copied to uuid and handle; other keys stay', () => {
    const draft = draftWith({
      payload: JSON.stringify({
        data: {callId: defaultCallId},
        from: '+15550001111',
        callerName: 'Grace',
        extra: [1, 2],
      }),
      callIdKey: 'data.callId',
      callerKey: 'from',
    });
    const delivery = deliverVoipPush(draft, options());
    assert.ok(delivery.ok);
    assert.deepEqual(delivery.payload, {
      data: {callId: defaultCallId},
      from: '+15550001111',
      callerName: 'Grace',
      extra: [1, 2],
      uuid: defaultCallId,
      handle: '+15550001111',
    });
    assert.ok(
      delivery.notes.some((note) => note.includes('"data.callId"') && note.includes('uuid')),
    );
    assert.ok(delivery.notes.some((note) => note.includes('"from"') && note.includes('handle')));
    const trace = runScenario(delivery.scenario).trace;
    assert.ok(
      has(trace, appleApi.reportNewIncomingCall, (e) => e.detail?.handle === '+15550001111'),
    );
  });

  test('a key the reader’s app reads but the payload lacks leaves the simulated app without it', () => {
    const draft = draftWith({callIdKey: 'callId'});
    const delivery = deliverVoipPush(draft, options());
    assert.ok(delivery.ok);
    assert.equal('uuid' in delivery.payload, false);
    // The simulated app, a correct one, still reports (a placeholder call it ends at once).
    const trace = runScenario(delivery.scenario).trace;
    assert.ok(has(trace, appleApi.reportNewIncomingCall));
    assert.ok(!has(trace, systemEvent.terminateApp));
  });

  test('keys such as __proto__ stay plain data', () => {
    const draft = draftWith({
      payload: `{"uuid": "${defaultCallId}", "handle": "+1", "__proto__": {"polluted": true}}`,
    });
    const delivery = deliverVoipPush(draft, options());
    assert.ok(delivery.ok);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.ok(Object.prototype.hasOwnProperty.call(delivery.payload, '__proto__'));
  });
});

describe('nothing would reach the phone', () => {
  test('not-delivered-invalid-json', () => {
    refusal(draftWith({payload: '{"uuid": '}), 'not-delivered-invalid-json');
  });

  test('not-delivered-not-object', () => {
    assert.match(
      refusal(draftWith({payload: '["uuid"]'}), 'not-delivered-not-object'),
      /dictionary/,
    );
  });

  test('not-delivered-push-type: InvalidPushType labelled as reported by developers', () => {
    const text = refusal(draftWith({pushType: 'alert'}), 'not-delivered-push-type');
    assert.match(text, /Developers have reported/);
    const delivery = deliverVoipPush(draftWith({pushType: 'alert'}), options());
    assert.equal(delivery.ok ? null : delivery.messages[0]?.confidence, 'OBS');
  });

  test('not-delivered-topic: the plain bundle id as topic', () => {
    assert.match(
      refusal(draftWith({topic: 'com.example.app'}), 'not-delivered-topic'),
      /DeviceTokenNotForTopic/,
    );
  });

  test('not-delivered-device-token', () => {
    assert.match(
      refusal(draftWith({deviceToken: '<ab cd>'}), 'not-delivered-device-token'),
      /BadDeviceToken/,
    );
  });

  test('not-delivered-too-deep: the simulator’s own nesting limit', () => {
    const deep = `{"uuid": "${defaultCallId}", "handle": "+1", "x": ${'['.repeat(150)}${']'.repeat(150)}}`;
    assert.match(refusal(draftWith({payload: deep}), 'not-delivered-too-deep'), /levels deep/);
  });

  test('the declared delivery codes are exactly the codes these tests produced', () => {
    assert.deepEqual([...produced].sort(), [...voipPushDeliveryCodes].sort());
  });
});
