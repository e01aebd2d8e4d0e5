/**
 * PushKit and APNs (spec §9): registration, VoIP push delivery per app state, and the iOS 13+
 * enforcement — the check when the delegate returns and callservicesd's backstop about 7 s later.
 */
import {appleApi, systemEvent} from '../trace/apiNames';
import {maxVoipPayloadBytes, neverReportedReason, utf8ByteLength} from '../vocabulary';
import * as app from './app';
import {record} from './record';
import * as system from './system';
import {
  callState,
  deviceRegion,
  liveCalls,
  sendDevice,
  type CallRecord,
  type PushRecord,
  type World,
} from './world';

export {maxVoipPayloadBytes, neverReportedReason};

export function createRegistry(world: World): void {
  world.app.pushRegistryCreated = true;
  world.pushRegistry.send({type: 'CREATE'});
  record(world, {
    kind: 'call',
    from: 'app',
    to: 'pushkit',
    api: appleApi.desiredPushTypes,
    detail: {types: ['voIP']},
    note: 'The app creates its PKPushRegistry, sets the delegate, then asks for VoIP pushes.',
  });
  world.scheduler.schedule(0, 'PushKit registration', () => {
    if (!world.app.alive) return;
    if (!world.scenario.capabilities.pushNotifications) {
      record(world, {
        kind: 'event',
        from: 'pushkit',
        to: 'app',
        api: 'pushkit.noCredentials',
        note: 'Without the Push Notifications capability (aps-environment) no VoIP token arrives (assumed: Apple documents no error callback here).',
      });
      return;
    }
    world.app.pushToken ??= world.ids.pushToken();
    world.pushRegistry.send({type: 'TOKEN_DELIVERED'});
    record(world, {
      kind: 'callback',
      from: 'pushkit',
      to: 'app',
      api: appleApi.didUpdatePushCredentials,
      detail: {type: 'voIP', token: world.app.pushToken},
      note: 'PushKit delivers the VoIP token; the app sends it to its server as a hex string.',
    });
  });
}

/** The server asks APNs to deliver a VoIP push to this device. */
export function serverSendsPush(world: World, payload: Readonly<Record<string, unknown>>): void {
  const body = JSON.stringify(payload);
  const size = utf8ByteLength(body);
  record(world, {
    kind: 'event',
    from: 'server',
    to: 'pushkit',
    api: 'server.voipPush',
    detail: {bytes: size, pushType: 'voip'},
    note: `The server sends a VoIP push through APNs (apns-push-type: voip, ${size} bytes).`,
  });
  if (size > maxVoipPayloadBytes) {
    record(world, {
      kind: 'event',
      from: 'pushkit',
      to: 'server',
      api: systemEvent.apnsRejected,
      error: {domain: 'APNs', code: 413, name: 'PayloadTooLarge'},
      detail: {bytes: size, limit: maxVoipPayloadBytes},
      note: `APNs rejects the push: ${size} bytes is over the 5,120-byte VoIP limit.`,
    });
    return;
  }
  if (!world.scenario.capabilities.pushNotifications) {
    record(world, {
      kind: 'event',
      from: 'pushkit',
      to: 'server',
      api: systemEvent.apnsRejected,
      detail: {reason: 'noToken'},
      note: 'The app never received a VoIP token, so the server has no way to address this device.',
    });
    return;
  }
  if (world.pushDeliveryStopped) {
    record(world, {
      kind: 'event',
      from: 'pushkit',
      to: 'app',
      api: systemEvent.pushDeliveryStopped,
      note: 'The system has stopped delivering VoIP pushes to this app after repeated failures; this push is dropped.',
    });
    return;
  }
  const appState = deviceRegion(world, 'app');
  if (!world.app.alive || appState === 'terminated') {
    sendDevice(world, {type: 'LAUNCH_IN_BACKGROUND'});
    app.launch(world, 'background', 'voipPush');
  } else if (appState === 'suspended') {
    sendDevice(world, {type: 'LAUNCH_IN_BACKGROUND'});
  }
  world.scheduler.schedule(0, 'PushKit delivers the push', () => deliver(world, payload));
}

/** A call the app is on in callservicesd's view: anything live but an incoming call still ringing. */
function isActiveCall(call: CallRecord): boolean {
  return callState(call) !== 'ringing';
}

function deliver(world: World, payload: Readonly<Record<string, unknown>>): void {
  if (!world.app.alive) return;
  const exemption = world.scenario.assumptions.pushExemptWhenForegroundOrOnCall;
  const foreground = deviceRegion(world, 'app') === 'foreground';
  const calls = liveCalls(world);
  const push: PushRecord = {
    id: world.pushes.length + 1,
    deliveredAt: world.scheduler.now(),
    callUUID: null,
    reported: false,
    exempt: exemption && (foreground || calls.length > 0),
    backstopExempt: exemption && (foreground || calls.some(isActiveCall)),
    delegateReturned: false,
    payload,
  };
  world.pushes.push(push);
  world.scheduler.schedule(
    world.scenario.assumptions.pushBackstopMs,
    'callservicesd backstop',
    () => backstop(world, push),
  );
  if (!world.app.pushRegistryCreated) {
    record(world, {
      kind: 'event',
      from: 'pushkit',
      to: 'app',
      api: 'pushkit.noDelegate',
      note: 'The app did not create its PKPushRegistry at launch, so there is no delegate to receive the push.',
    });
    return;
  }
  world.app.inPushDelegate = push;
  world.pushRegistry.send({type: 'PUSH_DELIVERED'});
  record(world, {
    kind: 'callback',
    from: 'pushkit',
    to: 'app',
    api: appleApi.didReceiveIncomingPush,
    detail: {type: 'voIP', payload: JSON.stringify(payload)},
    note: 'PushKit hands the VoIP push to the app. It must report a call before this method returns.',
  });
  app.onPush(world, push);
}

/** The delegate method returns; PushKit checks that a call was reported (spec §9.3, point 1). */
export function returnFromDelegate(world: World, push: PushRecord): void {
  if (push.delegateReturned || !world.app.alive) return;
  push.delegateReturned = true;
  world.app.inPushDelegate = null;
  world.pushRegistry.send({type: 'DELEGATE_RETURNED'});
  const ok = push.reported || push.exempt;
  record(world, {
    kind: 'event',
    from: 'app',
    to: 'pushkit',
    api: 'pushkit.delegateReturned',
    detail: {reported: push.reported, exempt: push.exempt},
    note: push.reported
      ? 'The delegate method returns; PushKit checks that a call was reported: it was.'
      : push.exempt && !push.backstopExempt
        ? 'The delegate method returns without a report. PushKit lets it pass because the app has a call, but that call is only ringing: the exemption is for an app already on an active call, and callservicesd checks again.'
        : push.exempt
          ? 'The delegate method returns without a report; the app was in the foreground or on a call, so PushKit does not enforce it (Apple engineers).'
          : 'The delegate method returns without reporting a call.',
  });
  if (push.reported && world.app.alive) {
    record(world, {
      kind: 'completion',
      from: 'app',
      to: 'pushkit',
      api: appleApi.didReceiveIncomingPush,
      note: 'The app calls the push’s completion handler. PushKit’s rule does not depend on it.',
    });
  }
  if (!ok) {
    terminate(world, {
      exception: 'NSInternalInconsistencyException',
      reason: neverReportedReason,
      note: 'PushKit kills the app at once: it returned from the VoIP push handler without reporting a call (iOS 13 and later).',
    });
  }
}

/** About 7 s after delivery callservicesd checks again (spec §9.3, point 2). */
function backstop(world: World, push: PushRecord): void {
  if (!world.app.alive || push.reported || push.backstopExempt) return;
  const seconds = Math.round(world.scenario.assumptions.pushBackstopMs / 1000);
  terminate(world, {
    exception: '0xbaadca11',
    reason: 'No incoming call was reported for a VoIP push.',
    note: push.exempt
      ? `About ${seconds} s after the push, callservicesd finds no reported call and kills the app (exception code 0xbaadca11): a call that was only ringing did not make the app “already on a call” (observed).`
      : `About ${seconds} s after the push, callservicesd finds no reported call and kills the app (exception code 0xbaadca11).`,
  });
}

function terminate(world: World, why: {exception: string; reason: string; note: string}): void {
  record(world, {
    kind: 'event',
    from: 'pushkit',
    to: 'app',
    api: systemEvent.terminateApp,
    detail: {reason: why.exception, message: why.reason},
    note: why.note,
  });
  killApp(world, `${why.exception}: ${why.reason}`);
  world.pushFailures += 1;
  const threshold = world.scenario.assumptions.pushDeliveryStopsAfterFailures;
  if (threshold !== null && world.pushFailures >= threshold && !world.pushDeliveryStopped) {
    world.pushDeliveryStopped = true;
    world.pushRegistry.send({type: 'DELIVERY_STOPPED'});
    record(world, {
      kind: 'event',
      from: 'pushkit',
      to: 'app',
      api: systemEvent.pushDeliveryStopped,
      detail: {failures: world.pushFailures, threshold},
      note: `After ${world.pushFailures} unreported pushes the system stops delivering VoIP pushes to the app (assumed threshold; Apple gives none).`,
    });
  }
}

export function killApp(world: World, reason: string): void {
  world.app.alive = false;
  world.app.terminatedReason = reason;
  world.app.inPushDelegate = null;
  world.app.pushRegistryCreated = false;
  world.app.mediaRunning = false;
  world.pushRegistry.send({type: 'APP_TERMINATED'});
  sendDevice(world, {type: 'TERMINATE_APP'});
  system.appProcessEnded(world);
}
