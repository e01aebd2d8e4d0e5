/**
 * Turns a scenario step (or an event a reader sends) into what the user, the server, the remote
 * party, the cellular network, the system or — in manual mode — the app does. A step that cannot
 * apply (nothing to answer, say) is recorded as ignored, never thrown.
 */
import type {Lane} from '../trace/types';
import type {StepEvent} from '../scenario/types';
import type {CallActionKind} from '../vocabulary';
import * as app from './app';
import * as pushkit from './pushkit';
import {record} from './record';
import * as system from './system';
import {
  callState,
  cellularState,
  liveCalls,
  sendDevice,
  type CallRecord,
  type World,
} from './world';

/** The entry for a step that happened, named after the step. */
function stepEntry(
  world: World,
  step: StepEvent,
  from: Lane,
  to: Lane,
  note: string,
  callUUID?: string,
): void {
  record(world, {
    kind: 'event',
    from,
    to,
    api: step.event,
    ...(callUUID !== undefined ? {callUUID} : {}),
    note,
  });
}

/** The entry for a step that could not apply: recorded, never thrown. */
function ignored(world: World, step: StepEvent, from: Lane, to: Lane, note: string): void {
  record(world, {kind: 'event', from, to, api: step.event, detail: {ignored: true}, note});
}

/** A tap on a button of the app's own screen while the app is not running: nothing happens. */
function ignoredWithoutApp(world: World, step: StepEvent, button: string): void {
  ignored(
    world,
    step,
    'user',
    'app',
    `The app is not running, so there is no ${button} button to tap in it.`,
  );
}

/** The user taps a button in the app's own screen, so the app requests the transaction. */
function requestFromAppScreen(
  world: World,
  step: StepEvent,
  callUUID: string,
  actions: readonly system.RequestedAction[],
  note: string,
): void {
  stepEntry(world, step, 'user', 'app', note, callUUID);
  system.requestTransaction(world, actions);
}

function newest(calls: CallRecord[]): CallRecord | undefined {
  return calls[calls.length - 1];
}

function pick(
  world: World,
  uuid: string | undefined,
  accept: (call: CallRecord) => boolean,
): CallRecord | undefined {
  if (uuid !== undefined) {
    const call = world.calls.get(uuid);
    return call && accept(call) ? call : undefined;
  }
  return newest(liveCalls(world).filter(accept));
}

const ringing = (call: CallRecord): boolean => callState(call) === 'ringing';
const activeish = (call: CallRecord): boolean =>
  ['connected.active', 'dialing', 'connecting', 'starting', 'answering'].includes(callState(call));
const connected = (call: CallRecord): boolean => callState(call).startsWith('connected');
const live = (call: CallRecord): boolean =>
  callState(call) !== 'ended' && callState(call) !== 'idle';

export function applyStep(world: World, step: StepEvent): void {
  switch (step.event) {
    case 'server.voipPush':
      pushkit.serverSendsPush(world, step.payload);
      return;
    case 'user.startCall':
      if (!world.app.alive) openApp(world);
      app.userStartsCall(world, step);
      return;
    case 'user.answer':
      return userAnswer(world, step);
    case 'user.decline':
      return userDecline(world, step);
    case 'user.end':
      return userEnd(world, step);
    case 'user.setHeld':
      return userSetHeld(world, step);
    case 'user.setMuted':
      return userSetMuted(world, step);
    case 'user.playDTMF':
      return userPlayDTMF(world, step);
    case 'user.endAndAccept':
    case 'user.holdAndAccept':
      return callWaitingChoice(world, step);
    case 'user.mergeCalls':
      return userMerge(world, step);
    case 'user.splitCall':
      return userSplit(world, step);
    case 'user.lock':
      sendDevice(world, {type: 'LOCK'});
      stepEntry(world, step, 'user', 'callkit', 'The user locks the phone.');
      return;
    case 'user.unlock':
      sendDevice(world, {type: 'UNLOCK'});
      stepEntry(world, step, 'user', 'callkit', 'The user unlocks the phone.');
      return;
    case 'user.openApp':
      stepEntry(world, step, 'user', 'app', 'The user opens the app.');
      openApp(world);
      return;
    case 'user.leaveApp':
      sendDevice(world, {type: 'LEAVE_APP'});
      stepEntry(world, step, 'user', 'app', 'The user leaves the app; it moves to the background.');
      return;
    case 'remote.answer':
      return remoteAnswer(world, step);
    case 'remote.hangUp':
    case 'remote.busy':
      return remoteEnds(world, step);
    case 'cellular.incomingCall':
      return cellularIncoming(world, step);
    case 'cellular.end':
      return cellularEnd(world, step);
    case 'system.reset':
      system.providerReset(world);
      return;
    case 'app.fulfill':
    case 'app.fail':
      return manualComplete(world, step);
    case 'app.reportCall':
      return manualReport(world, step);
    case 'app.returnFromPush':
      return manualReturn(world, step);
    case 'app.reportConnected':
      return manualConnected(world, step);
    case 'app.reportEnded':
      return manualEnded(world, step);
    case 'app.request':
      return appRequest(world, step);
    case 'app.invalidateProvider':
      if (!world.app.alive)
        return ignored(world, step, 'app', 'callkit', 'The app is not running.');
      system.invalidateProvider(world);
      return;
  }
}

/** A raw transaction from the app: any actions, in order, possibly none at all. */
function appRequest(world: World, step: Extract<StepEvent, {event: 'app.request'}>): void {
  if (!world.app.alive)
    return ignored(
      world,
      step,
      'app',
      'callkit',
      'The app is not running, so it cannot request anything.',
    );
  const current = newest(liveCalls(world))?.uuid;
  system.requestTransaction(
    world,
    step.actions.map((entry): system.RequestedAction => {
      if (entry.action === 'CXStartCallAction') {
        return {
          kind: entry.action,
          callUUID: entry.callUUID ?? world.ids.uuid(),
          params: {handle: 'Unknown', handleType: 'generic'},
        };
      }
      return {
        kind: entry.action,
        callUUID: entry.callUUID ?? current ?? world.ids.uuid(),
        ...(entry.action === 'CXSetGroupCallAction' && entry.callUUIDToGroupWith
          ? {params: {callUUIDToGroupWith: entry.callUUIDToGroupWith}}
          : {}),
      };
    }),
  );
}

function openApp(world: World): void {
  const wasRunning = world.app.alive;
  sendDevice(world, {type: 'OPEN_APP'});
  if (!wasRunning) app.launch(world, 'foreground', 'user');
}

// ---------------------------------------------------------------------------------------------
// The user in the native UI (spec §8) — or, with via: 'app', in the app's own UI

function userAnswer(world: World, step: Extract<StepEvent, {event: 'user.answer'}>): void {
  const call = pick(world, step.callUUID, ringing);
  // From the app's screen with an explicit callUUID the app asks for exactly that call, ringing
  // or not: the system decides whether that is valid.
  const appTarget = step.via === 'app' ? (step.callUUID ?? call?.uuid) : undefined;
  if (appTarget !== undefined) {
    if (!world.app.alive) return ignoredWithoutApp(world, step, 'Answer');
    return requestFromAppScreen(
      world,
      step,
      appTarget,
      [{kind: 'CXAnswerCallAction', callUUID: appTarget}],
      'The user taps Answer in the app’s own screen.',
    );
  }
  if (!call) {
    if (cellularState(world) === 'ringing' && step.callUUID === undefined) {
      if (liveCalls(world).length > 0) {
        return ignored(
          world,
          step,
          'user',
          'callkit',
          'A cellular call waits over the app’s call: the system offers End & Accept, Hold & Accept and Decline, not a plain Accept.',
        );
      }
      sendDevice(world, {type: 'CELLULAR_ANSWERED'});
      stepEntry(world, step, 'user', 'callkit', 'The user answers the cellular call.');
      system.syncAudio(world);
      system.refreshUi(world);
      return;
    }
    return ignored(
      world,
      step,
      'user',
      'callkit',
      'There is no ringing call to answer, so nothing happens.',
    );
  }
  system.systemTransaction(world, [{kind: 'CXAnswerCallAction', callUUID: call.uuid}], {
    api: step.event,
    note:
      call.presentation === 'lockScreen'
        ? 'The user slides to answer on the lock screen.'
        : 'The user taps Accept.',
  });
}

function userDecline(world: World, step: Extract<StepEvent, {event: 'user.decline'}>): void {
  const call = pick(world, step.callUUID, ringing);
  if (!call) {
    if (cellularState(world) === 'ringing') {
      sendDevice(world, {type: 'CELLULAR_ENDED'});
      stepEntry(
        world,
        step,
        'user',
        'callkit',
        'The user declines the cellular call; the app’s call is not affected.',
      );
      system.refreshUi(world);
      return;
    }
    return ignored(
      world,
      step,
      'user',
      'callkit',
      'There is no ringing call to decline, so nothing happens.',
    );
  }
  system.systemTransaction(world, [{kind: 'CXEndCallAction', callUUID: call.uuid}], {
    api: step.event,
    note: 'The user taps Decline; the system ends the call with a CXEndCallAction.',
  });
}

function userEnd(world: World, step: Extract<StepEvent, {event: 'user.end'}>): void {
  if (step.via === 'app') {
    if (!world.app.alive) return ignoredWithoutApp(world, step, 'End');
    const target =
      step.callUUID ??
      newest(liveCalls(world).filter(activeish))?.uuid ??
      newest(liveCalls(world))?.uuid;
    if (!target)
      return ignored(world, step, 'user', 'app', 'There is no call to end, so nothing happens.');
    // The request goes to the system even for an unknown UUID: the system answers with error 4.
    return requestFromAppScreen(
      world,
      step,
      target,
      [{kind: 'CXEndCallAction', callUUID: target}],
      'The user taps End in the app’s own screen.',
    );
  }
  const call = pick(world, step.callUUID, activeish) ?? pick(world, step.callUUID, live);
  if (!call)
    return ignored(world, step, 'user', 'callkit', 'There is no call to end, so nothing happens.');
  system.systemTransaction(world, [{kind: 'CXEndCallAction', callUUID: call.uuid}], {
    api: step.event,
    note: 'The user taps End in the system call screen.',
  });
}

function userSetHeld(world: World, step: Extract<StepEvent, {event: 'user.setHeld'}>): void {
  const wanted = step.onHold
    ? (c: CallRecord) => callState(c) === 'connected.active'
    : (c: CallRecord) => callState(c) === 'connected.held';
  const call = pick(world, step.callUUID, wanted);
  if (!call)
    return ignored(
      world,
      step,
      'user',
      'callkit',
      step.onHold ? 'There is no active call to hold.' : 'There is no held call to resume.',
    );
  const action = [
    {kind: 'CXSetHeldCallAction' as const, callUUID: call.uuid, params: {isOnHold: step.onHold}},
  ];
  const button = step.onHold ? 'Hold' : 'Resume';
  actWhereTheUserIs(world, step, call, action, {
    app: `The user taps ${button} in the app.`,
    system: `The user taps ${button} in the system call screen.`,
  });
}

/**
 * The same action from either screen: the app's own button makes the app request a transaction;
 * the system call screen makes the system build it.
 */
function actWhereTheUserIs(
  world: World,
  step: Extract<StepEvent, {event: 'user.setHeld' | 'user.setMuted'}>,
  call: CallRecord,
  actions: readonly system.RequestedAction[],
  notes: {app: string; system: string},
): void {
  if (step.via === 'app') return requestFromAppScreen(world, step, call.uuid, actions, notes.app);
  system.systemTransaction(world, actions, {api: step.event, note: notes.system});
}

function userSetMuted(world: World, step: Extract<StepEvent, {event: 'user.setMuted'}>): void {
  const call = pick(world, step.callUUID, connected);
  if (!call) return ignored(world, step, 'user', 'callkit', 'There is no connected call to mute.');
  const action = [
    {kind: 'CXSetMutedCallAction' as const, callUUID: call.uuid, params: {isMuted: step.muted}},
  ];
  const button = step.muted ? 'Mute' : 'Unmute';
  if (step.via === 'app' && !world.scenario.app.requestsMuteThroughCallKit) {
    if (!world.app.alive) return ignoredWithoutApp(world, step, 'Mute');
    stepEntry(world, step, 'user', 'app', `The user taps ${button} in the app.`, call.uuid);
    app.muteTrackDirectly(world, call, step.muted);
    return;
  }
  actWhereTheUserIs(world, step, call, action, {
    app: `The user taps ${button} in the app, which requests a CXSetMutedCallAction so both screens agree.`,
    system: `The user taps ${button} in the system call screen.`,
  });
}

function userPlayDTMF(world: World, step: Extract<StepEvent, {event: 'user.playDTMF'}>): void {
  const call = pick(world, step.callUUID, (c) => callState(c) === 'connected.active');
  if (!call)
    return ignored(world, step, 'user', 'callkit', 'There is no active call to send digits to.');
  system.systemTransaction(
    world,
    [{kind: 'CXPlayDTMFCallAction', callUUID: call.uuid, params: {digits: step.digits}}],
    {
      api: step.event,
      note: `The user types ${step.digits} on the keypad.`,
    },
  );
}

/** Merge in the system UI: the held call joins the active call's group (spec §1.3 CXSetGroupCallAction). */
function userMerge(world: World, step: Extract<StepEvent, {event: 'user.mergeCalls'}>): void {
  const held = pick(world, step.callUUID, (c) => callState(c) === 'connected.held');
  const active = newest(
    liveCalls(world).filter((c) => c !== held && callState(c) === 'connected.active'),
  );
  if (!held || !active) {
    return ignored(
      world,
      step,
      'user',
      'callkit',
      'Merging needs one active call and one held call of the app.',
    );
  }
  const refusal = system.groupRefusal(world, held, active.uuid);
  if (refusal) {
    return ignored(
      world,
      step,
      'user',
      'callkit',
      `The system does not offer Merge here. ${refusal}`,
    );
  }
  system.systemTransaction(
    world,
    [
      {
        kind: 'CXSetGroupCallAction',
        callUUID: held.uuid,
        params: {callUUIDToGroupWith: active.uuid},
      },
    ],
    {
      api: step.event,
      note: 'The user taps Merge calls: the held call joins the active call in one group.',
    },
  );
}

function userSplit(world: World, step: Extract<StepEvent, {event: 'user.splitCall'}>): void {
  const call = pick(world, step.callUUID, (c) => c.group !== null && connected(c));
  if (!call)
    return ignored(
      world,
      step,
      'user',
      'callkit',
      'There is no grouped call to take out of its group.',
    );
  system.systemTransaction(
    world,
    [{kind: 'CXSetGroupCallAction', callUUID: call.uuid, params: {callUUIDToGroupWith: ''}}],
    {
      api: step.event,
      note: 'The user takes the call out of its group.',
    },
  );
}

/** End & Accept / Hold & Accept (spec §8.2, §8.3). */
function callWaitingChoice(
  world: World,
  step: Extract<StepEvent, {event: 'user.endAndAccept' | 'user.holdAndAccept'}>,
): void {
  const hold = step.event === 'user.holdAndAccept';
  const waitingCall = pick(world, step.callUUID, ringing);
  const activeCall = newest(liveCalls(world).filter((c) => c !== waitingCall && activeish(c)));
  const cellular = cellularState(world);
  const label = hold ? 'Hold & Accept' : 'End & Accept';
  if (waitingCall && activeCall) {
    const first = hold
      ? {
          kind: 'CXSetHeldCallAction' as const,
          callUUID: activeCall.uuid,
          params: {isOnHold: true, heldFor: waitingCall.uuid},
        }
      : {kind: 'CXEndCallAction' as const, callUUID: activeCall.uuid};
    system.systemTransaction(
      world,
      [first, {kind: 'CXAnswerCallAction', callUUID: waitingCall.uuid}],
      {
        api: step.event,
        note: `The user taps ${label}: one transaction ${hold ? 'holds' : 'ends'} the current call, then answers the new one.`,
      },
    );
    return;
  }
  if (waitingCall && (cellular === 'active' || cellular === 'held')) {
    // Our call waits over a cellular call: the VoIP provider only sees its own answer.
    stepEntry(
      world,
      step,
      'user',
      'callkit',
      `The user taps ${label}: the cellular call is ${hold ? 'held' : 'ended'} by the system.`,
    );
    sendDevice(world, {type: hold ? 'CELLULAR_HELD' : 'CELLULAR_ENDED'});
    system.systemTransaction(world, [{kind: 'CXAnswerCallAction', callUUID: waitingCall.uuid}], {
      api: 'system.answerWaitingCall',
      note: 'The system then answers the app’s call.',
    });
    return;
  }
  if (cellular === 'ringing' && activeCall) {
    // A cellular call waits over ours: our provider gets an end or a hold (spec §8.3 [OBS]).
    sendDevice(world, {type: 'CELLULAR_ANSWERED'});
    const action = hold
      ? {
          kind: 'CXSetHeldCallAction' as const,
          callUUID: activeCall.uuid,
          params: {isOnHold: true, heldFor: 'cellular'},
        }
      : {kind: 'CXEndCallAction' as const, callUUID: activeCall.uuid};
    system.systemTransaction(world, [action], {
      api: step.event,
      note: `The user taps ${label} for the cellular call: the app’s call is ${hold ? 'put on hold' : 'ended'} and the cellular call is answered.`,
    });
    system.syncAudio(world);
    system.refreshUi(world);
    return;
  }
  ignored(
    world,
    step,
    'user',
    'callkit',
    `${label} needs one call in progress and one waiting; there is none, so nothing happens.`,
  );
}

// ---------------------------------------------------------------------------------------------
// The remote party, through the app's server

function remoteAnswer(world: World, step: Extract<StepEvent, {event: 'remote.answer'}>): void {
  const call = pick(
    world,
    step.callUUID,
    (c) =>
      c.direction === 'outgoing' && ['dialing', 'connecting', 'starting'].includes(callState(c)),
  );
  if (!call)
    return ignored(
      world,
      step,
      'remote',
      'server',
      'No outgoing call is waiting for the other side to answer.',
    );
  stepEntry(world, step, 'remote', 'server', 'The other party answers.', call.uuid);
  if (!world.app.alive) return;
  app.serverSignals(
    world,
    call.uuid,
    'answered',
    'The server tells the app the call was answered.',
  );
  app.onRemoteAnswered(world, call);
}

function remoteEnds(
  world: World,
  step: Extract<StepEvent, {event: 'remote.hangUp' | 'remote.busy'}>,
): void {
  const call = pick(world, step.callUUID, live);
  if (!call)
    return ignored(world, step, 'remote', 'server', 'There is no call for the other party to end.');
  const busy = step.event === 'remote.busy';
  const beforeAnswer = !call.hasConnected;
  const note = busy
    ? 'The other party is busy.'
    : beforeAnswer && call.direction === 'incoming'
      ? 'The caller hangs up before anyone answers.'
      : 'The other party hangs up.';
  stepEntry(world, step, 'remote', 'server', note, call.uuid);
  if (!world.app.alive) return;
  app.serverSignals(
    world,
    call.uuid,
    busy ? 'busy' : 'ended',
    'The server tells the app over its own connection (not a VoIP push) that the call is over.',
  );
  app.onRemoteEnded(world, call, 'remoteEnded');
}

// ---------------------------------------------------------------------------------------------
// Another provider: the user's cellular line (spec §8.3, §5.3)

function cellularIncoming(
  world: World,
  step: Extract<StepEvent, {event: 'cellular.incomingCall'}>,
): void {
  if (cellularState(world) !== 'idle')
    return ignored(world, step, 'remote', 'callkit', 'The cellular line is already busy.');
  sendDevice(world, {type: 'CELLULAR_INCOMING'});
  system.refreshUi(world);
  const busy = liveCalls(world).some((c) => callState(c) !== 'ringing');
  record(world, {
    kind: 'event',
    from: 'remote',
    to: 'callkit',
    api: step.event,
    detail: {
      handle: step.handle ?? 'cellular caller',
      presentation: busy ? 'callWaiting' : 'fullScreen',
    },
    note: busy
      ? 'A cellular call arrives during the app’s call: the system offers End & Accept, Hold & Accept and Decline (observed).'
      : 'A cellular call arrives.',
  });
}

function cellularEnd(world: World, step: Extract<StepEvent, {event: 'cellular.end'}>): void {
  if (cellularState(world) === 'idle')
    return ignored(world, step, 'remote', 'callkit', 'There is no cellular call to end.');
  const byUser = step.endedBy === 'user';
  sendDevice(world, {type: 'CELLULAR_ENDED'});
  record(world, {
    kind: 'event',
    from: byUser ? 'user' : 'remote',
    to: 'callkit',
    api: step.event,
    detail: {endedBy: byUser ? 'user' : 'remote'},
    note: byUser
      ? 'The user ends the cellular call in the system call screen.'
      : 'The other party ends the cellular call. A call it had put on hold stays on hold, by design, until the user resumes it (Apple engineers).',
  });
  system.refreshUi(world);
  if (byUser) system.resumeCallsHeldFor(world, {kind: 'cellular'});
  system.syncAudio(world);
}

// ---------------------------------------------------------------------------------------------
// Manual mode: the reader performs the app's duties

function manualComplete(
  world: World,
  step: Extract<StepEvent, {event: 'app.fulfill' | 'app.fail'}>,
): void {
  const action = oldestPending(world, step.action, step.callUUID);
  if (!action) {
    return ignored(
      world,
      step,
      'app',
      'callkit',
      `There is no pending ${step.action}${step.callUUID ? ' for that call' : ''}, so there is nothing to ${step.event === 'app.fulfill' ? 'fulfil' : 'fail'}.`,
    );
  }
  if (step.event === 'app.fulfill') system.fulfillAction(world, action);
  else system.failAction(world, action);
}

function oldestPending(world: World, kind: CallActionKind, callUUID: string | undefined) {
  for (const action of world.actions.values()) {
    if (action.status !== 'pending' || action.kind !== kind) continue;
    if (callUUID !== undefined && action.callUUID !== callUUID) continue;
    return action;
  }
  return undefined;
}

function manualReport(world: World, step: Extract<StepEvent, {event: 'app.reportCall'}>): void {
  if (!world.app.alive)
    return ignored(
      world,
      step,
      'app',
      'callkit',
      'The app is not running, so it cannot report a call.',
    );
  const push = world.app.inPushDelegate;
  if (push) {
    app.reportPushedCall(world, push);
    pushkit.returnFromDelegate(world, push);
    return;
  }
  system.reportNewIncomingCall(world, {
    uuid: step.callUUID ?? world.ids.uuid(),
    handle: 'Unknown',
    handleType: 'generic',
    callerName: null,
    hasVideo: false,
  });
}

function manualReturn(world: World, step: Extract<StepEvent, {event: 'app.returnFromPush'}>): void {
  const push = world.app.inPushDelegate;
  if (!push)
    return ignored(world, step, 'app', 'pushkit', 'The app is not inside a VoIP push handler.');
  pushkit.returnFromDelegate(world, push);
}

function manualConnected(
  world: World,
  step: Extract<StepEvent, {event: 'app.reportConnected'}>,
): void {
  const call = pick(
    world,
    step.callUUID,
    (c) => c.direction === 'outgoing' && ['dialing', 'connecting'].includes(callState(c)),
  );
  if (!call)
    return ignored(
      world,
      step,
      'app',
      'callkit',
      'No outgoing call is waiting to be reported as connected.',
    );
  if (callState(call) === 'dialing') system.reportOutgoingStartedConnecting(world, call);
  system.reportOutgoingConnected(world, call);
}

function manualEnded(world: World, step: Extract<StepEvent, {event: 'app.reportEnded'}>): void {
  const call = pick(world, step.callUUID, live);
  if (!call)
    return ignored(world, step, 'app', 'callkit', 'There is no live call to report as ended.');
  system.reportCallEnded(world, call.uuid, step.reason);
}
