/**
 * callservicesd and the native call UI: validates what the app reports and requests, delivers
 * actions to the provider delegate, enforces action timeouts, owns audio activation and decides
 * what the phone shows. Every rule cites the spec section it comes from.
 */
import {appleApi, systemEvent} from '../trace/apiNames';
import type {CallActionKind, HandleTypeName} from '../vocabulary';
import {callEndedReasonByName} from '../vocabulary';
import type {CallEndedReasonInput} from '../scenario/types';
import * as app from './app';
import {callKitError, record} from './record';
import {systemPriority} from './scheduler';
import {
  callState,
  cellularState,
  createCallRecord,
  isLive,
  isLocked,
  liveCalls,
  needsAudio,
  sendCall,
  sendDevice,
  type ActionRecord,
  type CallRecord,
  type World,
} from './world';

export interface RequestedAction {
  kind: CallActionKind;
  callUUID: string;
  params?: Readonly<Record<string, string | boolean>>;
}

export interface IncomingCallReport {
  uuid: string;
  handle: string;
  handleType: HandleTypeName;
  callerName: string | null;
  hasVideo: boolean;
}

function callObserverUpdate(world: World, call: CallRecord): void {
  if (!world.app.alive) return;
  const state = callState(call);
  const hasEnded = state === 'ended';
  record(world, {
    kind: 'callback',
    from: 'callkit',
    to: 'app',
    api: appleApi.callChanged,
    callUUID: call.uuid,
    detail: {
      isOutgoing: call.direction === 'outgoing',
      isOnHold: state === 'connected.held',
      hasConnected: call.hasConnected,
      hasEnded,
    },
    note: hasEnded
      ? 'CXCallObserver reports the call as ended.'
      : `CXCallObserver reports a change: the call is now ${describeState(call)}.`,
  });
}

function describeState(call: CallRecord): string {
  switch (callState(call)) {
    case 'ringing':
      return 'ringing';
    case 'answering':
      return 'being answered';
    case 'starting':
    case 'dialing':
      return 'dialling';
    case 'connecting':
      return 'connecting';
    case 'connected.active':
      return 'connected';
    case 'connected.held':
      return 'on hold';
    case 'ending':
      return 'ending';
    default:
      return callState(call);
  }
}

// ---------------------------------------------------------------------------------------------
// The phone's screen (spec §8.1, §8.2)

export function refreshUi(world: World): void {
  const live = liveCalls(world);
  const ringing = live.filter((call) => callState(call) === 'ringing');
  const cellular = cellularState(world);
  const others = live.filter((call) => callState(call) !== 'ringing');
  const busyElsewhere = others.length > 0 || cellular === 'active' || cellular === 'held';
  if ((ringing.length > 0 && busyElsewhere) || (cellular === 'ringing' && others.length > 0)) {
    world.callKit.send({type: 'SHOW_CALL_WAITING'});
  } else if (ringing.length > 0) {
    const presentation = ringing[ringing.length - 1]?.presentation;
    world.callKit.send({
      type: 'SHOW_INCOMING',
      presentation:
        presentation === 'banner' || presentation === 'fullScreen' || presentation === 'lockScreen'
          ? presentation
          : 'fullScreen',
    });
  } else if (others.some((call) => callState(call).startsWith('connected'))) {
    world.callKit.send({type: 'SHOW_IN_CALL'});
  } else if (others.length > 0) {
    world.callKit.send({type: 'SHOW_CONNECTING'});
  } else if ([...world.calls.values()].some((call) => callState(call) === 'ended')) {
    world.callKit.send({type: 'SHOW_ENDED'});
  } else {
    world.callKit.send({type: 'DISMISS'});
  }
}

function incomingPresentation(world: World): CallRecord['presentation'] {
  const others = liveCalls(world).filter((call) => callState(call) !== 'ringing');
  const cellular = cellularState(world);
  if (others.length > 0 || cellular === 'active' || cellular === 'held') return 'callWaiting';
  if (isLocked(world)) return 'lockScreen';
  return world.scenario.device.incomingCallPresentation;
}

// ---------------------------------------------------------------------------------------------
// Reporting a new incoming call (spec §2.3, §3, §8.4)

export function reportNewIncomingCall(
  world: World,
  report: IncomingCallReport,
  then?: (accepted: boolean) => void,
): void {
  record(world, {
    kind: 'call',
    from: 'app',
    to: 'callkit',
    api: appleApi.reportNewIncomingCall,
    callUUID: report.uuid,
    detail: {
      handle: report.handle,
      handleType: report.handleType,
      localizedCallerName: report.callerName,
      hasVideo: report.hasVideo,
    },
    note: `The app reports an incoming call from ${report.callerName ?? report.handle}.`,
  });
  const push = world.app.inPushDelegate;
  if (push && !push.reported) {
    // PushKit's check looks for a report, whatever CallKit then decides (DTS F1).
    push.reported = true;
    push.callUUID = report.uuid;
  }
  // callservicesd answers asynchronously, after the app's current code returns.
  world.scheduler.schedule(0, 'callservicesd: decide on incoming call', () =>
    decideIncomingCall(world, report, then),
  );
}

function incomingRefusal(
  world: World,
  report: IncomingCallReport,
): {name: string; note: string} | null {
  if (world.app.providerInvalidated) {
    return {
      name: 'unknown',
      note: 'The provider was invalidated; the report fails (assumed code: Apple documents none for this case).',
    };
  }
  if (!world.app.providerReady) {
    return {
      name: 'unentitled',
      note: 'callservicesd has not accepted the app’s provider (is the voip background mode missing?), so the call is refused as unentitled (assumed: Apple gives no concrete causes for this code).',
    };
  }
  const existing = world.calls.get(report.uuid);
  if (existing && isLive(existing)) {
    return {
      name: 'callUUIDAlreadyExists',
      note: 'A call with this UUID already exists, so it does not ring again.',
    };
  }
  if (world.doNotDisturb) {
    return {
      name: 'filteredByDoNotDisturb',
      note: 'Do Not Disturb is on: the call is not shown and does not ring.',
    };
  }
  if (world.blockedHandles.has(report.handle)) {
    return {
      name: 'filteredByBlockList',
      note: 'The caller is on the block list: the call is not shown.',
    };
  }
  return null;
}

function decideIncomingCall(
  world: World,
  report: IncomingCallReport,
  then?: (accepted: boolean) => void,
): void {
  if (!world.app.alive) return;
  const refusal = incomingRefusal(world, report);
  if (refusal) {
    record(world, {
      kind: 'completion',
      from: 'callkit',
      to: 'app',
      api: appleApi.reportNewIncomingCall,
      callUUID: report.uuid,
      error: callKitError('CXErrorCodeIncomingCallError', refusal.name),
      note: `${refusal.note} The app must drop the call.`,
    });
    then?.(false);
    return;
  }
  const call = createCallRecord(world, {
    uuid: report.uuid,
    direction: 'incoming',
    handle: report.handle,
    handleType: report.handleType,
    callerName: report.callerName,
    hasVideo: report.hasVideo,
  });
  call.presentation = incomingPresentation(world);
  sendCall(call, {type: 'INCOMING_REPORTED'});
  refreshUi(world);
  record(world, {
    kind: 'event',
    from: 'callkit',
    to: 'user',
    api: systemEvent.showIncomingCallUI,
    callUUID: call.uuid,
    detail: {
      presentation: call.presentation ?? 'fullScreen',
      ringtone: world.scenario.configuration.ringtoneSound ?? 'system',
    },
    note: presentationNote(call.presentation),
  });
  record(world, {
    kind: 'completion',
    from: 'callkit',
    to: 'app',
    api: appleApi.reportNewIncomingCall,
    callUUID: call.uuid,
    note: 'The system accepted the call (completion with a nil error).',
  });
  callObserverUpdate(world, call);
  // A held sole call may have kept the session (keepAudioActiveOnSoleCallHold); it is no longer sole.
  syncAudio(world);
  const ringLimit = world.scenario.assumptions.systemRingTimeoutMs;
  if (ringLimit !== null) {
    call.ringTimers.push(
      world.scheduler.schedule(ringLimit, 'system ring limit', () => {
        if (callState(call) !== 'ringing') return;
        systemTransaction(world, [{kind: 'CXEndCallAction', callUUID: call.uuid}], {
          note: `Nobody answered for ${ringLimit / 1000} s, so the system ends the call itself (observed on iOS 16 and later).`,
          api: 'system.ringTimeout',
        });
      }),
    );
  }
  then?.(true);
  app.onIncomingCallShown(world, call);
}

function presentationNote(presentation: CallRecord['presentation']): string {
  switch (presentation) {
    case 'lockScreen':
      return 'The phone is locked: the system shows the full-screen incoming call with slide to answer.';
    case 'banner':
      return 'The system shows an incoming-call banner with Decline and Accept (observed default on iOS 14 and later).';
    case 'callWaiting':
      return 'Another call is in progress: the system offers End & Accept and Decline, plus Hold & Accept when the current call can be held (observed).';
    default:
      return 'The system shows the full-screen incoming call with Decline and Accept.';
  }
}

// ---------------------------------------------------------------------------------------------
// Transactions from the app (spec §2.1, §2.2)

function requestRefusal(
  world: World,
  actions: readonly RequestedAction[],
): {name: string; note: string} | null {
  if (world.app.providerInvalidated) {
    return {
      name: 'unknownCallProvider',
      note: 'The app’s provider was invalidated, so the system has no provider for it.',
    };
  }
  if (world.app.providerRefused || !world.app.providerCreated) {
    return {
      name: 'unentitled',
      note: 'callservicesd has not accepted the app’s provider, so the request is unentitled (assumed: Apple gives no concrete causes for this code).',
    };
  }
  if (!world.app.providerReady) {
    return {
      name: 'maximumCallGroupsReached',
      note: 'The provider has not begun yet; requests this early have been seen to fail with error 7 (observed).',
    };
  }
  if (actions.length === 0)
    return {name: 'emptyTransaction', note: 'The transaction holds no actions.'};
  let groups = callGroupCount(world);
  for (const action of actions) {
    const call = world.calls.get(action.callUUID);
    if (action.kind === 'CXStartCallAction') {
      if (call && isLive(call)) {
        return {name: 'callUUIDAlreadyExists', note: 'A call with this UUID already exists.'};
      }
      if (groups >= world.scenario.configuration.maximumCallGroups) {
        return {
          name: 'maximumCallGroupsReached',
          note: `Starting this call would exceed maximumCallGroups (${world.scenario.configuration.maximumCallGroups}).`,
        };
      }
      groups += 1;
      continue;
    }
    if (!call || !isLive(call)) {
      return {
        name: 'unknownCallUUID',
        note: 'The action names a call UUID the system does not know (never reported, already ended, or an action’s own uuid).',
      };
    }
    if (action.kind === 'CXSetGroupCallAction') {
      const refusal = groupRefusal(world, call, action.params?.callUUIDToGroupWith);
      if (refusal) return {name: 'invalidAction', note: refusal};
    }
    if (action.kind === 'CXAnswerCallAction' && callState(call) !== 'ringing') {
      return {
        name: 'invalidAction',
        note: 'Only a ringing incoming call can be answered (assumed trigger for invalidAction).',
      };
    }
  }
  return null;
}

/** Calls merged together count as one group (spec §6). */
export function callGroupCount(world: World): number {
  return new Set(liveCalls(world).map((call) => call.group ?? call.uuid)).size;
}

/**
 * Why merging `call` into the group of `target` is not allowed, or null. Beyond
 * maximumCallsPerCallGroup the spec's belief is that merging is not offered and a forced request
 * is rejected, likely with invalidAction (§6 [UNCONFIRMED]).
 */
export function groupRefusal(
  world: World,
  call: CallRecord,
  target: string | boolean | undefined,
): string | null {
  if (typeof target !== 'string' || target.length === 0) return null;
  const other = world.calls.get(target);
  if (!other || !isLive(other) || other === call)
    return 'The call to group with is not a live call (assumed invalidAction).';
  const groupKey = other.group ?? other.uuid;
  const size = liveCalls(world).filter((c) => (c.group ?? c.uuid) === groupKey).length;
  const limit = world.scenario.configuration.maximumCallsPerCallGroup;
  if (size + 1 > limit) {
    return `Merging would put ${size + 1} calls in one group, over maximumCallsPerCallGroup (${limit}) (assumed invalidAction).`;
  }
  return null;
}

export function requestTransaction(
  world: World,
  actions: readonly RequestedAction[],
  /** Why the app asks, when the default note would hide it. */
  note?: string,
): boolean {
  const transactionUUID = world.ids.uuid();
  const first = actions[0];
  record(world, {
    kind: 'call',
    from: 'app',
    to: 'callkit',
    api: appleApi.request,
    ...(first ? {action: first.kind, callUUID: first.callUUID} : {}),
    detail: {
      transaction: transactionUUID,
      actions: actions.map((action) => action.kind),
      // callUUID above names the first action's call; with several actions, name each one's.
      ...(actions.length > 1 ? {callUUIDs: actions.map((action) => action.callUUID)} : {}),
    },
    note:
      note ??
      (first
        ? `The app asks the system to perform ${actions.map((action) => action.kind).join(' + ')}.`
        : 'The app requests a transaction with no actions.'),
  });
  const refusal = requestRefusal(world, actions);
  if (refusal) {
    record(world, {
      kind: 'completion',
      from: 'callkit',
      to: 'app',
      api: appleApi.request,
      ...(first ? {action: first.kind, callUUID: first.callUUID} : {}),
      error: callKitError('CXErrorCodeRequestTransactionError', refusal.name),
      note: `${refusal.note} Nothing reaches the provider delegate.`,
    });
    return false;
  }
  record(world, {
    kind: 'completion',
    from: 'callkit',
    to: 'app',
    api: appleApi.request,
    ...(first ? {action: first.kind, callUUID: first.callUUID} : {}),
    note: 'The system accepted the transaction (nil error). That means accepted, not performed.',
  });
  for (const action of actions) {
    if (action.kind !== 'CXStartCallAction') continue;
    const handle = String(action.params?.handle ?? '');
    const call = createCallRecord(world, {
      uuid: action.callUUID,
      direction: 'outgoing',
      handle,
      handleType: (action.params?.handleType as HandleTypeName | undefined) ?? 'phoneNumber',
      callerName: null,
      hasVideo: action.params?.isVideo === true,
    });
    sendCall(call, {type: 'START_ACCEPTED'});
    // As for a new incoming call: a held sole call no longer keeps the session.
    syncAudio(world);
  }
  world.scheduler.schedule(0, 'callservicesd: deliver transaction', () => {
    if (actions.some((action) => action.kind === 'CXStartCallAction'))
      holdCellularForNewCall(world);
    deliverTransaction(world, transactionUUID, actions);
  });
  return true;
}

/** Starting a call while a cellular call is active holds the cellular call first (spec §8.3). */
function holdCellularForNewCall(world: World): void {
  if (cellularState(world) !== 'active') return;
  sendDevice(world, {type: 'CELLULAR_HELD'});
  record(world, {
    kind: 'event',
    from: 'callkit',
    to: 'user',
    api: systemEvent.holdOtherProviderCall,
    detail: {provider: 'cellular'},
    note: 'Before the new call starts, the system puts the cellular call on hold.',
  });
}

/** The user acted in the native UI: the system builds the transaction itself. */
export function systemTransaction(
  world: World,
  actions: readonly RequestedAction[],
  origin: {api: string; note: string},
): void {
  record(world, {
    kind: 'event',
    from: 'user',
    to: 'callkit',
    api: origin.api,
    ...(actions[0] ? {callUUID: actions[0].callUUID} : {}),
    note: origin.note,
  });
  deliverTransaction(world, world.ids.uuid(), actions);
}

function deliverTransaction(
  world: World,
  transactionUUID: string,
  actions: readonly RequestedAction[],
): void {
  for (const action of actions) {
    if (!world.app.alive) return;
    const call = world.calls.get(action.callUUID);
    if (!call || !isLive(call)) continue;
    if (action.kind === 'CXPlayDTMFCallAction') {
      queueDigits(world, transactionUUID, call, String(action.params?.digits ?? ''));
      continue;
    }
    deliverAction(world, transactionUUID, action);
  }
}

function deliverAction(
  world: World,
  transactionUUID: string,
  action: RequestedAction,
): ActionRecord | null {
  const call = world.calls.get(action.callUUID);
  if (!call || !world.app.alive) return null;
  const actionRecord: ActionRecord = {
    uuid: world.ids.uuid(),
    kind: action.kind,
    callUUID: action.callUUID,
    transactionUUID,
    deliveredAt: world.scheduler.now(),
    status: 'pending',
    params: action.params ?? {},
    timeout: null,
  };
  world.actions.set(actionRecord.uuid, actionRecord);
  if (action.kind === 'CXAnswerCallAction') sendCall(call, {type: 'ANSWER_DELIVERED'});
  if (action.kind === 'CXEndCallAction') {
    for (const timer of call.ringTimers) timer.cancel();
    sendCall(call, {type: 'END_DELIVERED'});
  }
  refreshUi(world);
  record(world, {
    kind: 'callback',
    from: 'callkit',
    to: 'app',
    api: appleApi.perform,
    action: action.kind,
    callUUID: action.callUUID,
    detail: {actionUUID: actionRecord.uuid, transaction: transactionUUID, ...actionRecord.params},
    note: performNote(action.kind, actionRecord.params),
  });
  const limit = world.scenario.assumptions.actionTimeoutMs;
  actionRecord.timeout = world.scheduler.schedule(limit, `timeout ${action.kind}`, () =>
    timeOutAction(world, actionRecord),
  );
  app.onPerform(world, actionRecord);
  return actionRecord;
}

function performNote(
  kind: CallActionKind,
  params: Readonly<Record<string, string | boolean>>,
): string {
  switch (kind) {
    case 'CXStartCallAction':
      return 'The system hands the approved start action to the app: configure audio and start signalling now.';
    case 'CXAnswerCallAction':
      return 'The system asks the app to answer: configure audio and connect; the UI shows Connecting… until fulfil.';
    case 'CXEndCallAction':
      return 'The system asks the app to end the call: tell the server, then fulfil.';
    case 'CXSetHeldCallAction':
      return params.isOnHold === true
        ? 'The system asks the app to put the call on hold.'
        : 'The system asks the app to resume the held call.';
    case 'CXSetMutedCallAction':
      return params.isMuted === true
        ? 'The system asks the app to mute its microphone.'
        : 'The system asks the app to unmute.';
    case 'CXPlayDTMFCallAction':
      return `The system asks the app to send the DTMF digits "${String(params.digits ?? '')}".`;
    case 'CXSetGroupCallAction':
      return typeof params.callUUIDToGroupWith === 'string' && params.callUUIDToGroupWith.length > 0
        ? 'The system asks the app to merge this call with another into one group.'
        : 'The system asks the app to take this call out of its group.';
    default:
      return `The system delivers ${kind} to the provider delegate.`;
  }
}

function queueDigits(
  world: World,
  transactionUUID: string,
  call: CallRecord,
  digits: string,
): void {
  // Each keypad digit is its own action; digits after a pause arrive together (spec §1.3).
  const groups: {digits: string; type: string}[] = [];
  let pauseType: string | null = null;
  let buffer = '';
  for (const char of digits) {
    if (char === ',' || char === ';') {
      if (pauseType) groups.push({digits: buffer, type: pauseType});
      else for (const digit of buffer) groups.push({digits: digit, type: 'singleTone'});
      buffer = '';
      pauseType = char === ',' ? 'softPause' : 'hardPause';
      continue;
    }
    buffer += char;
  }
  if (pauseType) {
    if (buffer) groups.push({digits: buffer, type: pauseType});
  } else {
    for (const digit of buffer) groups.push({digits: digit, type: 'singleTone'});
  }
  const queue = world.dtmfQueue.get(call.uuid) ?? [];
  const waiting = queue.length > 0 || hasPending(world, call.uuid, 'CXPlayDTMFCallAction');
  queue.push(...groups.map((group) => `${group.type}:${group.digits}:${transactionUUID}`));
  world.dtmfQueue.set(call.uuid, queue);
  if (!waiting) deliverNextDigit(world, call.uuid);
}

function deliverNextDigit(world: World, callUUID: string): void {
  const queue = world.dtmfQueue.get(callUUID);
  const next = queue?.shift();
  if (!next) return;
  const [type = 'singleTone', digits = '', transactionUUID = world.ids.uuid()] = next.split(':');
  deliverAction(world, transactionUUID, {
    kind: 'CXPlayDTMFCallAction',
    callUUID,
    params: {digits, type},
  });
}

function hasPending(world: World, callUUID: string, kind: CallActionKind): boolean {
  return [...world.actions.values()].some(
    (action) => action.callUUID === callUUID && action.kind === kind && action.status === 'pending',
  );
}

// ---------------------------------------------------------------------------------------------
// Completing actions (spec §1.1, §1.4)

export function fulfillAction(world: World, action: ActionRecord): void {
  record(world, {
    kind: 'call',
    from: 'app',
    to: 'callkit',
    api: appleApi.fulfill,
    action: action.kind,
    callUUID: action.callUUID,
    detail: {actionUUID: action.uuid, ...(action.status === 'pending' ? {} : {ignored: true})},
    note:
      action.status === 'pending'
        ? fulfilNote(action.kind)
        : `The action is already ${action.status === 'timedOut' ? 'timed out' : action.status}, so this fulfil has no effect.`,
  });
  if (action.status !== 'pending') return;
  action.status = 'fulfilled';
  action.timeout?.cancel();
  const call = world.calls.get(action.callUUID);
  if (!call || !isLive(call)) return;
  switch (action.kind) {
    case 'CXStartCallAction':
      if (callState(call) !== 'starting') break; // ended or ending meanwhile: nothing to start
      sendCall(call, {type: 'START_FULFILLED'});
      callObserverUpdate(world, call);
      break;
    case 'CXAnswerCallAction':
      if (callState(call) !== 'answering') break; // the user hung up before it connected
      call.hasConnected = true;
      sendCall(call, {type: 'ANSWER_FULFILLED'});
      callObserverUpdate(world, call);
      break;
    case 'CXEndCallAction':
      sendCall(call, {type: 'END_COMPLETED'});
      callEnded(world, call, {resumeHeld: true});
      return;
    case 'CXSetHeldCallAction':
      applyHold(world, call, action.params.isOnHold === true, action.params.heldFor);
      break;
    case 'CXSetMutedCallAction':
      call.muted = action.params.isMuted === true;
      break;
    case 'CXPlayDTMFCallAction':
      deliverNextDigit(world, call.uuid);
      break;
    case 'CXSetGroupCallAction':
      applyGroup(world, call, action.params.callUUIDToGroupWith);
      break;
    default:
      break;
  }
  refreshUi(world);
  syncAudio(world);
}

/**
 * Joining a group makes the call part of the other call's conference; a held call is resumed as
 * it joins (assumed: Apple documents only the group action). `nil` leaves the group (§1.3).
 */
function applyGroup(world: World, call: CallRecord, target: string | boolean | undefined): void {
  if (typeof target !== 'string' || target.length === 0) {
    call.group = null;
    return;
  }
  const other = world.calls.get(target);
  if (!other) return;
  const group = other.group ?? other.uuid;
  other.group = group;
  call.group = group;
  if (callState(call) === 'connected.held') {
    call.holdCause = null;
    sendCall(call, {type: 'UNHOLD_FULFILLED'});
  }
  callObserverUpdate(world, call);
}

function fulfilNote(kind: CallActionKind): string {
  switch (kind) {
    case 'CXStartCallAction':
      return 'The app fulfils the start action: the invitation is on its way and the call has started.';
    case 'CXAnswerCallAction':
      return 'The app fulfils the answer action: the call is connected.';
    case 'CXEndCallAction':
      return 'The app fulfils the end action: the call is over.';
    default:
      return `The app fulfils ${kind}.`;
  }
}

function applyHold(
  world: World,
  call: CallRecord,
  onHold: boolean,
  heldFor: string | boolean | undefined,
): void {
  if (onHold && callState(call) === 'connected.active') {
    call.holdCause =
      heldFor === 'cellular'
        ? {kind: 'cellular'}
        : typeof heldFor === 'string' && heldFor.length > 0
          ? {kind: 'call', callUUID: heldFor}
          : {kind: 'user'};
    sendCall(call, {type: 'HOLD_FULFILLED'});
    callObserverUpdate(world, call);
  } else if (!onHold && callState(call) === 'connected.held') {
    call.holdCause = null;
    sendCall(call, {type: 'UNHOLD_FULFILLED'});
    callObserverUpdate(world, call);
  }
}

export function failAction(world: World, action: ActionRecord): void {
  record(world, {
    kind: 'call',
    from: 'app',
    to: 'callkit',
    api: appleApi.fail,
    action: action.kind,
    callUUID: action.callUUID,
    detail: {actionUUID: action.uuid, ...(action.status === 'pending' ? {} : {ignored: true})},
    note:
      action.status === 'pending'
        ? `The app fails ${action.kind}.`
        : `The action is already ${action.status === 'timedOut' ? 'timed out' : action.status}, so this fail has no effect.`,
  });
  if (action.status !== 'pending') return;
  action.status = 'failed';
  action.timeout?.cancel();
  actionDidNotComplete(world, action, 'failed');
}

function timeOutAction(world: World, action: ActionRecord): void {
  if (action.status !== 'pending' || !world.app.alive) return;
  action.status = 'timedOut';
  record(world, {
    kind: 'callback',
    from: 'callkit',
    to: 'app',
    api: appleApi.timedOutPerforming,
    action: action.kind,
    callUUID: action.callUUID,
    detail: {actionUUID: action.uuid, afterMs: world.scenario.assumptions.actionTimeoutMs},
    note: `${action.kind} was neither fulfilled nor failed in time; the system treats it as failed and the app must not complete it now.`,
  });
  actionDidNotComplete(world, action, 'timed out');
}

function actionDidNotComplete(
  world: World,
  action: ActionRecord,
  how: 'failed' | 'timed out',
): void {
  const call = world.calls.get(action.callUUID);
  if (!call || !isLive(call)) return;
  switch (action.kind) {
    case 'CXStartCallAction':
    case 'CXAnswerCallAction': {
      // A failed or timed-out start/answer ends the call as failed (spec §1.4; answer is [OBS]),
      // unless the call has moved on meanwhile (the user already hung up, say).
      const waiting = action.kind === 'CXStartCallAction' ? 'starting' : 'answering';
      if (callState(call) !== waiting) return;
      sendCall(call, {type: 'CALL_FAILED'});
      record(world, {
        kind: 'event',
        from: 'callkit',
        to: 'user',
        api: systemEvent.dismissCallUI,
        callUUID: call.uuid,
        detail: {outcome: 'callFailed'},
        note:
          action.kind === 'CXStartCallAction'
            ? `The start action ${how}, so the system shows that the call failed and ends it.`
            : `The answer action ${how}, so the system tears the call down and shows Call Failed (observed).`,
      });
      callEnded(world, call, {resumeHeld: false, skipUiEntry: true});
      return;
    }
    case 'CXEndCallAction':
      // Assumed: the user asked to hang up, so the call goes away anyway (spec §1.4 [UNCONFIRMED]).
      sendCall(call, {type: 'END_COMPLETED'});
      callEnded(world, call, {resumeHeld: true});
      return;
    case 'CXPlayDTMFCallAction':
      deliverNextDigit(world, call.uuid);
      return;
    default:
      // Hold, mute, group: the state stays as it was (spec §1.4 [UNCONFIRMED]).
      return;
  }
}

// ---------------------------------------------------------------------------------------------
// Reports from the app about existing calls (spec §3)

export function reportCallEnded(
  world: World,
  callUUID: string,
  reason: CallEndedReasonInput,
): void {
  const reasonCase = callEndedReasonByName(reason);
  record(world, {
    kind: 'call',
    from: 'app',
    to: 'callkit',
    api: appleApi.reportCallEnded,
    callUUID,
    detail: {reason, rawValue: reasonCase?.rawValue ?? null},
    note: `The app tells the system the call ended (.${reason}).`,
  });
  const call = world.calls.get(callUUID);
  if (!call || !isLive(call)) return;
  sendCall(call, {type: 'REPORTED_ENDED', cause: reason});
  if (reason === 'failed') {
    record(world, {
      kind: 'event',
      from: 'callkit',
      to: 'user',
      api: systemEvent.dismissCallUI,
      callUUID,
      detail: {outcome: 'callFailed'},
      note: 'The call ended with .failed, so the system shows a failed call.',
    });
  }
  callEnded(world, call, {resumeHeld: false, skipUiEntry: reason === 'failed'});
}

export function reportOutgoingStartedConnecting(world: World, call: CallRecord): void {
  record(world, {
    kind: 'call',
    from: 'app',
    to: 'callkit',
    api: appleApi.reportOutgoingStartedConnecting,
    callUUID: call.uuid,
    note: 'The app reports that the outgoing call started connecting.',
  });
  if (callState(call) === 'dialing') {
    sendCall(call, {type: 'STARTED_CONNECTING'});
    callObserverUpdate(world, call);
  }
}

export function reportOutgoingConnected(world: World, call: CallRecord): void {
  record(world, {
    kind: 'call',
    from: 'app',
    to: 'callkit',
    api: appleApi.reportOutgoingConnected,
    callUUID: call.uuid,
    note: 'The app reports that the outgoing call connected: the call timer starts.',
  });
  const state = callState(call);
  if (state === 'dialing' || state === 'connecting') {
    call.hasConnected = true;
    sendCall(call, {type: 'CONNECTED'});
    callObserverUpdate(world, call);
    refreshUi(world);
    syncAudio(world);
  }
}

// ---------------------------------------------------------------------------------------------
// A call is over: observer, Recents, UI, audio, and resuming a call it had put on hold

function callEnded(
  world: World,
  call: CallRecord,
  options: {resumeHeld: boolean; skipUiEntry?: boolean},
): void {
  call.endedAt = world.scheduler.now();
  for (const timer of call.ringTimers) timer.cancel();
  world.dtmfQueue.delete(call.uuid);
  callObserverUpdate(world, call);
  if (world.scenario.configuration.includesCallsInRecents) {
    world.recents.push({
      callUUID: call.uuid,
      handle: call.handle,
      direction: call.direction,
      connected: call.hasConnected,
      endedAt: call.endedAt,
    });
    record(world, {
      kind: 'event',
      from: 'callkit',
      to: 'user',
      api: systemEvent.addRecentsEntry,
      callUUID: call.uuid,
      detail: {direction: call.direction, connected: call.hasConnected},
      note:
        call.direction === 'outgoing' && !call.hasConnected
          ? 'The call goes into Recents; an outgoing call never reported as connected shows as cancelled (observed).'
          : 'The call goes into Phone › Recents under the app.',
    });
  }
  refreshUi(world);
  if (!options.skipUiEntry) {
    record(world, {
      kind: 'event',
      from: 'callkit',
      to: 'user',
      api: systemEvent.dismissCallUI,
      callUUID: call.uuid,
      detail: {outcome: 'ended'},
      note: 'The system removes the call from its screens.',
    });
  }
  syncAudio(world);
  if (options.resumeHeld) resumeCallsHeldFor(world, {kind: 'call', callUUID: call.uuid});
}

/**
 * When the user ends, in the system UI, the call that caused a hold, the system resumes the held
 * call with a CXSetHeldCallAction (spec §5.3 [OBS F7]). A remote end leaves it held (DTS F6).
 */
export function resumeCallsHeldFor(
  world: World,
  cause: {kind: 'call'; callUUID: string} | {kind: 'cellular'},
): void {
  for (const call of liveCalls(world)) {
    const held = call.holdCause;
    if (!held || callState(call) !== 'connected.held') continue;
    const matches =
      (cause.kind === 'cellular' && held.kind === 'cellular') ||
      (cause.kind === 'call' && held.kind === 'call' && held.callUUID === cause.callUUID);
    if (!matches) continue;
    world.scheduler.schedule(0, 'system resumes held call', () => {
      if (callState(call) !== 'connected.held') return;
      record(world, {
        kind: 'event',
        from: 'callkit',
        to: 'callkit',
        api: 'system.resumeHeldCall',
        callUUID: call.uuid,
        note: 'The other call ended from the system UI, so the system resumes the held call (observed).',
      });
      deliverAction(world, world.ids.uuid(), {
        kind: 'CXSetHeldCallAction',
        callUUID: call.uuid,
        params: {isOnHold: false},
      });
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Audio session ownership (spec §5.1, §5.3)

function audioState(world: World): string {
  return String(world.audio.getSnapshot().value);
}

export function syncAudio(world: World): void {
  if (!world.app.alive) return;
  const calls = liveCalls(world);
  const cellular = cellularState(world);
  const wanted = cellular !== 'active' && calls.some(needsAudio);
  const soleUserHold =
    world.scenario.assumptions.keepAudioActiveOnSoleCallHold &&
    cellular !== 'active' &&
    calls.length === 1 &&
    calls[0]?.holdCause?.kind === 'user';
  const state = audioState(world);
  if (wanted && state !== 'activeBySystem') {
    if (state === 'activeByApp') {
      if (!world.app.audioActivationFailureShown) {
        world.app.audioActivationFailureShown = true;
        record(world, {
          kind: 'event',
          from: 'callkit',
          to: 'audio',
          api: systemEvent.activateAudio,
          detail: {outcome: 'failed'},
          note: 'The app already activated the session itself, so CallKit cannot activate it at call priority: no didActivate, typically one-way or no audio.',
        });
      }
      return;
    }
    world.audio.send({type: 'SYSTEM_ACTIVATE'});
    record(world, {
      kind: 'event',
      from: 'callkit',
      to: 'audio',
      api: systemEvent.activateAudio,
      detail: {outcome: 'activated'},
      note: 'The system activates the app’s audio session at call priority.',
    });
    record(world, {
      kind: 'callback',
      from: 'callkit',
      to: 'app',
      api: appleApi.didActivate,
      note: 'The audio session is active: this is the moment to start call audio.',
    });
    app.onDidActivate(world);
  } else if (!wanted && state === 'activeBySystem' && !soleUserHold) {
    world.audio.send({type: 'SYSTEM_DEACTIVATE'});
    record(world, {
      kind: 'event',
      from: 'callkit',
      to: 'audio',
      api: systemEvent.deactivateAudio,
      note:
        cellular === 'active'
          ? 'The cellular call takes the audio, so the system deactivates the app’s session.'
          : 'No call of the app needs audio at this moment, so the system deactivates the session.',
    });
    record(world, {
      kind: 'callback',
      from: 'callkit',
      to: 'app',
      api: appleApi.didDeactivate,
      note: 'The audio session was deactivated: stop call audio now.',
    });
    app.onDidDeactivate(world);
  }
}

// ---------------------------------------------------------------------------------------------
// Provider lifecycle (spec §3.2, §3.3, §9.6)

export function providerCreated(world: World): void {
  world.app.providerCreated = true;
  world.callKit.send({type: 'PROVIDER_CREATED'});
  world.scheduler.schedule(
    0,
    'callservicesd: provider connection',
    () => {
      if (!world.app.alive) return;
      if (!world.scenario.capabilities.voipBackgroundMode) {
        world.app.providerRefused = true;
        world.callKit.send({type: 'PROVIDER_REFUSED'});
        record(world, {
          kind: 'callback',
          from: 'callkit',
          to: 'app',
          api: appleApi.providerDidReset,
          detail: {cause: 'missingVoipBackgroundMode'},
          note: 'callservicesd refuses the provider because voip is missing from UIBackgroundModes, and the app is told to reset (observed).',
        });
        return;
      }
      world.app.providerReady = true;
      world.callKit.send({type: 'PROVIDER_BEGAN'});
      record(world, {
        kind: 'callback',
        from: 'callkit',
        to: 'app',
        api: appleApi.providerDidBegin,
        note: 'The provider is ready to receive actions and reports.',
      });
    },
    systemPriority,
  );
}

/** callservicesd restarted: every call ends and outstanding actions are dropped (spec §3.3). */
/** Outstanding actions go nowhere: no fulfil, fail or timeout follows (reset, invalidate, kill). */
function discardPendingActions(world: World): void {
  for (const action of world.actions.values()) {
    if (action.status === 'pending') {
      action.status = 'discarded';
      action.timeout?.cancel();
    }
  }
  world.dtmfQueue.clear();
}

/** Ends a call without the usual UI, Recents and observer steps: its provider connection is gone. */
function endSilently(
  world: World,
  call: CallRecord,
  event: {type: 'PROVIDER_RESET'} | {type: 'APP_TERMINATED'},
): void {
  sendCall(call, event);
  call.endedAt = world.scheduler.now();
  for (const timer of call.ringTimers) timer.cancel();
}

export function providerReset(world: World): void {
  record(world, {
    kind: 'event',
    from: 'callkit',
    to: 'callkit',
    api: 'system.reset',
    note: 'callservicesd restarts (for example after a crash); the app’s provider connection is lost.',
  });
  if (!world.app.alive) return;
  discardPendingActions(world);
  const affected = liveCalls(world);
  for (const call of affected) endSilently(world, call, {type: 'PROVIDER_RESET'});
  world.callKit.send({type: 'PROVIDER_RESET'});
  world.audio.send({type: 'RESET'});
  refreshUi(world);
  record(world, {
    kind: 'callback',
    from: 'callkit',
    to: 'app',
    api: appleApi.providerDidReset,
    note: 'The provider was reset: the app must end every call and release media without answering outstanding actions.',
  });
  app.onProviderDidReset(world, affected);
  world.callKit.send({type: 'PROVIDER_BEGAN'});
}

/** `CXProvider.invalidate()`: every call ends as failed and the delegate hears nothing more (spec §3). */
export function invalidateProvider(world: World): void {
  record(world, {
    kind: 'call',
    from: 'app',
    to: 'callkit',
    api: appleApi.providerInvalidate,
    note: 'The app invalidates its provider: all its calls end as failed and no delegate message follows.',
  });
  world.app.providerInvalidated = true;
  world.app.providerReady = false;
  discardPendingActions(world);
  // The session goes with the provider, silently: an invalidated provider's delegate hears nothing.
  world.audio.send({type: 'RESET'});
  for (const call of liveCalls(world)) {
    sendCall(call, {type: 'REPORTED_ENDED', cause: 'failed'});
    callEnded(world, call, {resumeHeld: false});
  }
  world.callKit.send({type: 'PROVIDER_GONE'});
  refreshUi(world);
}

/** The app process is gone: its calls end, pending actions go nowhere. */
export function appProcessEnded(world: World): void {
  discardPendingActions(world);
  for (const call of liveCalls(world)) endSilently(world, call, {type: 'APP_TERMINATED'});
  world.callKit.send({type: 'PROVIDER_GONE'});
  world.audio.send({type: 'RESET'});
  world.app.providerCreated = false;
  world.app.providerReady = false;
  world.app.providerRefused = false;
  refreshUi(world);
}
