/**
 * The simulated VoIP app. Its behaviour profile says how it answers each callback; the defaults
 * are the correct, Speakerbox-like behaviour and each deviation reproduces a real failure.
 * In manual mode it does nothing by itself: scenario steps (or the reader) do its duties.
 */
import {appleApi, systemEvent} from '../trace/apiNames';
import type {ActionResponse, CallEndedReasonInput} from '../scenario/types';
import {isUUID} from './ids';
import * as pushkit from './pushkit';
import {record} from './record';
import * as system from './system';
import {
  callState,
  isLive,
  type ActionRecord,
  type CallRecord,
  type PushRecord,
  type World,
} from './world';

const isManual = (world: World): boolean => world.scenario.app.mode === 'manual';

// ---------------------------------------------------------------------------------------------
// Launch (spec §9.1, §11.1 step 2)

export function launch(world: World, how: 'background' | 'foreground', why: string): void {
  world.app.alive = true;
  world.app.launches += 1;
  world.app.providerInvalidated = false;
  world.app.terminatedReason = null;
  world.app.mediaRunning = false;
  world.app.inPushDelegate = null;
  world.app.audioActivationFailureShown = false;
  record(world, {
    kind: 'event',
    from: why === 'voipPush' ? 'pushkit' : 'user',
    to: 'app',
    api: systemEvent.launchApp,
    detail: {state: how, reason: why},
    note:
      why === 'voipPush'
        ? 'iOS launches the app in the background for the push; its launch code runs before the push is delivered.'
        : why === 'alreadyRunning'
          ? `The app is already running (${how === 'foreground' ? 'in the foreground' : 'in the background'}); this is what its launch code did.`
          : 'The user opens the app and it launches.',
  });
  record(world, {
    kind: 'call',
    from: 'app',
    to: 'callkit',
    api: appleApi.providerInit,
    note: 'At launch the app creates its one CXProvider with its configuration and sets the delegate.',
    detail: {
      maximumCallGroups: world.scenario.configuration.maximumCallGroups,
      maximumCallsPerCallGroup: world.scenario.configuration.maximumCallsPerCallGroup,
      supportsVideo: world.scenario.configuration.supportsVideo,
      includesCallsInRecents: world.scenario.configuration.includesCallsInRecents,
    },
  });
  system.providerCreated(world);
  if (world.scenario.app.setsUpPushKitAtLaunch) pushkit.createRegistry(world);
}

// ---------------------------------------------------------------------------------------------
// PushKit delivery (spec §9.3)

export function onPush(world: World, push: PushRecord): void {
  if (isManual(world)) return; // the reader decides: app.reportCall or app.returnFromPush
  if (!world.scenario.app.reportsDuplicatePushes && isKnownCall(world, push)) {
    // The bug (pain point 14): a push for a call the app already has is "handled" by returning.
    pushkit.returnFromDelegate(world, push);
    return;
  }
  const timing = world.scenario.app.reportPushedCall;
  if (timing === 'immediately') {
    reportPushedCall(world, push);
    pushkit.returnFromDelegate(world, push);
    return;
  }
  pushkit.returnFromDelegate(world, push);
  if (timing !== 'never') {
    world.scheduler.schedule(timing.afterMs, 'app reports the pushed call late', () => {
      if (world.app.alive) reportPushedCall(world, push);
    });
  }
}

/** The push names a call the app already has (the same UUID, in any letter case). */
function isKnownCall(world: World, push: PushRecord): boolean {
  const uuid = push.payload.uuid;
  if (!isUUID(uuid)) return false;
  const call = world.calls.get(uuid.toUpperCase());
  return call !== undefined && isLive(call);
}

/** What a correct app does with any payload: report, even when the payload is unusable. */
export function reportPushedCall(world: World, push: PushRecord): void {
  const payload = push.payload;
  const uuid = payload.uuid;
  const handle = payload.handle;
  const usable = isUUID(uuid) && typeof handle === 'string' && handle.trim().length > 0;
  if (!usable) {
    // Spec §9.3: every push must be reported. With no usable call id, report a placeholder call
    // and end it at once as failed, which satisfies PushKit without ringing.
    const placeholder = world.ids.uuid();
    system.reportNewIncomingCall(
      world,
      {
        uuid: placeholder,
        handle: 'Unknown',
        handleType: 'generic',
        callerName: null,
        hasVideo: false,
      },
      (accepted) => {
        if (accepted) system.reportCallEnded(world, placeholder, 'failed');
      },
    );
    return;
  }
  const handleType = payload.handleType;
  system.reportNewIncomingCall(world, {
    uuid: uuid.toUpperCase(),
    handle,
    handleType:
      handleType === 'generic' || handleType === 'emailAddress' || handleType === 'phoneNumber'
        ? handleType
        : 'phoneNumber',
    callerName:
      typeof payload.callerName === 'string' && payload.callerName.length > 0
        ? payload.callerName
        : null,
    hasVideo: payload.hasVideo === true,
  });
}

export function onIncomingCallShown(world: World, call: CallRecord): void {
  const limit = world.scenario.app.ringTimeoutMs;
  if (limit === null || isManual(world)) return;
  call.ringTimers.push(
    world.scheduler.schedule(limit, 'app ring timer', () => {
      if (!world.app.alive || callState(call) !== 'ringing') return;
      signal(
        world,
        'ringTimeout',
        call.uuid,
        'The app’s own ring timer expires; it tells its server the call went unanswered.',
      );
      system.reportCallEnded(world, call.uuid, 'unanswered');
    }),
  );
}

/** The same timer for an outgoing call nobody answers: `.unanswered` (spec §3.1). */
function startOutgoingRingTimer(world: World, call: CallRecord): void {
  const limit = world.scenario.app.ringTimeoutMs;
  if (limit === null || isManual(world)) return;
  call.ringTimers.push(
    world.scheduler.schedule(limit, 'app outgoing ring timer', () => {
      const state = callState(call);
      if (!world.app.alive || (state !== 'dialing' && state !== 'connecting')) return;
      signal(
        world,
        'cancel',
        call.uuid,
        'Nobody answered in time: the app cancels the invitation on its server.',
      );
      system.reportCallEnded(world, call.uuid, 'unanswered');
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// Actions (spec §1, §5.1)

function configureAudio(world: World): void {
  record(world, {
    kind: 'call',
    from: 'app',
    to: 'audio',
    api: appleApi.setCategory,
    detail: {category: 'playAndRecord', mode: 'voiceChat'},
    note: 'The app configures its audio session (category and mode) but does not activate it.',
  });
  world.audio.send({type: 'SET_CATEGORY'});
  if (world.scenario.app.activatesAudioSessionItself) {
    record(world, {
      kind: 'call',
      from: 'app',
      to: 'audio',
      api: appleApi.setActive,
      detail: {active: true},
      note: 'The app activates the session itself. This is the bug: CallKit can no longer activate it, so didActivate will not come.',
    });
    world.audio.send({type: 'APP_ACTIVATE'});
  }
}

/** The app's server tells the app something about a call over the app's own connection. */
export function serverSignals(world: World, callUUID: string, message: string, note: string): void {
  record(world, {
    kind: 'event',
    from: 'server',
    to: 'app',
    api: systemEvent.serverSignal,
    callUUID,
    detail: {message},
    note,
  });
}

function signal(world: World, message: string, callUUID: string, note: string): void {
  record(world, {
    kind: 'event',
    from: 'app',
    to: 'server',
    api: systemEvent.appSignal,
    callUUID,
    detail: {message},
    note,
  });
}

export function onPerform(world: World, action: ActionRecord): void {
  if (isManual(world)) return;
  const call = world.calls.get(action.callUUID);
  switch (action.kind) {
    case 'CXStartCallAction':
      configureAudio(world);
      signal(
        world,
        'invite',
        action.callUUID,
        'The app sends the call invitation through its own server.',
      );
      break;
    case 'CXAnswerCallAction':
      configureAudio(world);
      signal(world, 'answer', action.callUUID, 'The app tells its server that the user answered.');
      break;
    case 'CXEndCallAction':
      // CallKit carries no signalling: without this message the other side is never told.
      if (!world.scenario.app.signalsEndToServer) break;
      signal(
        world,
        call && callState(call) === 'ending' && !call.hasConnected && call.direction === 'incoming'
          ? 'decline'
          : 'hangUp',
        action.callUUID,
        'The app tells its server that the call is over, so the other side stops too.',
      );
      break;
    case 'CXSetHeldCallAction':
      if (action.params.isOnHold === true && world.app.mediaRunning)
        stopMedia(world, 'The app pauses the held call’s media.');
      break;
    case 'CXPlayDTMFCallAction':
      signal(
        world,
        `dtmf ${String(action.params.digits ?? '')}`,
        action.callUUID,
        'The app sends the digits to the other side; CallKit plays the local tones.',
      );
      break;
    default:
      break;
  }
  respond(world, action, world.scenario.app.fulfill[action.kind] ?? 'immediately');
}

function respond(world: World, action: ActionRecord, response: ActionResponse): void {
  if (response === 'never') return;
  if (response === 'immediately') {
    complete(world, action);
    return;
  }
  if (response === 'fail') {
    system.failAction(world, action);
    return;
  }
  world.scheduler.schedule(response.afterMs, `app completes ${action.kind}`, () => {
    // After providerDidReset a correct app answers no outstanding action (spec §3.3).
    if (world.app.alive && action.status !== 'discarded') complete(world, action);
  });
}

function complete(world: World, action: ActionRecord): void {
  system.fulfillAction(world, action);
  if (action.kind !== 'CXStartCallAction' || action.status !== 'fulfilled') return;
  const call = world.calls.get(action.callUUID);
  if (!call) return;
  startOutgoingRingTimer(world, call);
  if (!world.scenario.app.reportsOutgoingProgress) return;
  world.scheduler.schedule(0, 'server acknowledges the invitation', () => {
    if (!world.app.alive || callState(call) !== 'dialing') return;
    serverSignals(world, call.uuid, 'ringing', 'The server says the other side is ringing.');
    system.reportOutgoingStartedConnecting(world, call);
  });
}

// ---------------------------------------------------------------------------------------------
// Audio callbacks (spec §5.1 rules 3–5)

function startMedia(world: World): void {
  world.app.mediaRunning = true;
  record(world, {
    kind: 'event',
    from: 'app',
    to: 'remote',
    api: systemEvent.appStartMedia,
    note: 'The app starts its call audio now (for example WebRTC’s audio unit), never earlier.',
  });
}

function stopMedia(world: World, note: string): void {
  world.app.mediaRunning = false;
  record(world, {kind: 'event', from: 'app', to: 'remote', api: systemEvent.appStopMedia, note});
}

export function onDidActivate(world: World): void {
  if (isManual(world)) return;
  startMedia(world);
}

export function onDidDeactivate(world: World): void {
  if (isManual(world) || !world.app.mediaRunning) return;
  stopMedia(world, 'The app stops its call audio.');
}

export function onProviderDidReset(world: World, calls: readonly CallRecord[]): void {
  if (isManual(world)) return;
  if (world.app.mediaRunning) stopMedia(world, 'The app tears down media and forgets every call.');
  for (const call of calls)
    signal(world, 'hangUp', call.uuid, 'The app tells its server the call is gone.');
}

// ---------------------------------------------------------------------------------------------
// Signalling from the server (spec §3: reportCall(with:endedAt:reason:), outgoing progress)

export function onRemoteEnded(world: World, call: CallRecord, reason: CallEndedReasonInput): void {
  if (isManual(world)) return;
  if (!world.scenario.app.endsCallOnRemoteHangUp) return;
  if (!world.scenario.app.matchesCallUUIDs) {
    // The bug (pain point 13): no call matches the server's id, so the app ends a fresh UUID.
    system.requestTransaction(
      world,
      [{kind: 'CXEndCallAction', callUUID: world.ids.uuid()}],
      'The app looks up the server’s call id, but compares its upper-case uuidString with a lower-case id, finds no call, and asks to end a fresh UUID instead.',
    );
    return;
  }
  system.reportCallEnded(world, call.uuid, reason);
}

/**
 * The app's own mute button changes the audio track directly, without a CXSetMutedCallAction
 * (pain point 17): the system's mute state, and so its call screen, stays as it was.
 */
export function muteTrackDirectly(world: World, call: CallRecord, muted: boolean): void {
  const shown = call.muted ? 'muted' : 'not muted';
  record(world, {
    kind: 'event',
    from: 'app',
    to: 'remote',
    api: systemEvent.appMuteTrack,
    callUUID: call.uuid,
    detail: {muted},
    note: `The app ${muted ? 'mutes' : 'unmutes'} its audio track itself instead of requesting a CXSetMutedCallAction, so the system call screen still shows the call as ${shown}.`,
  });
}

export function onRemoteAnswered(world: World, call: CallRecord): void {
  if (isManual(world) || !world.scenario.app.reportsOutgoingProgress) return;
  system.reportOutgoingConnected(world, call);
}

export function userStartsCall(
  world: World,
  step: {
    handle: string;
    handleType?: 'generic' | 'phoneNumber' | 'emailAddress';
    video?: boolean;
    uuid?: string;
  },
): void {
  const uuid = step.uuid ?? world.ids.uuid();
  record(world, {
    kind: 'event',
    from: 'user',
    to: 'app',
    api: 'user.startCall',
    callUUID: uuid,
    detail: {handle: step.handle, video: step.video === true},
    note: `The user taps Call in the app to reach ${step.handle}.`,
  });
  system.requestTransaction(world, [
    {
      kind: 'CXStartCallAction',
      callUUID: uuid,
      params: {
        handle: step.handle,
        handleType: step.handleType ?? 'phoneNumber',
        isVideo: step.video === true,
      },
    },
  ]);
}
