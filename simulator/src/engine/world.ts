/**
 * The state of one simulation run: the actors (XState machines) and the bookkeeping the system
 * and the app keep beside them. Only the engine mutates it; readers get snapshots.
 */
import {createActor, type ActorRefFrom} from 'xstate';

import {audioSessionMachine} from '../machines/audioSession.machine';
import {callKitSystemMachine, type IncomingPresentation} from '../machines/callKitSystem.machine';
import {
  callMachine,
  type CallDirection,
  type CallEvent,
  type CallStateName,
} from '../machines/call.machine';
import {deviceMachine, type DeviceEvent} from '../machines/device.machine';
import {pushRegistryMachine} from '../machines/pushRegistry.machine';
import type {Scenario} from '../scenario/types';
import type {TraceEntry} from '../trace/types';
import type {CallActionKind, HandleTypeName} from '../vocabulary';
import {IdGenerator} from './ids';
import {Scheduler, type TaskHandle} from './scheduler';

export type CallActor = ActorRefFrom<typeof callMachine>;

/** Why a call is on hold: the user (or app) held it, or another call took the audio. */
export type HoldCause = {kind: 'user'} | {kind: 'call'; callUUID: string} | {kind: 'cellular'};

export interface CallRecord {
  uuid: string;
  direction: CallDirection;
  handle: string;
  handleType: HandleTypeName;
  callerName: string | null;
  hasVideo: boolean;
  actor: CallActor;
  muted: boolean;
  holdCause: HoldCause | null;
  /** The call group (conference) this call belongs to, by the UUID of its first call; null = alone. */
  group: string | null;
  presentation: IncomingPresentation | 'callWaiting' | null;
  hasConnected: boolean;
  /** Set when the system refuses or the call ended; kept for snapshots and Recents. */
  endedAt: number | null;
  ringTimers: TaskHandle[];
}

export type ActionStatus = 'pending' | 'fulfilled' | 'failed' | 'timedOut' | 'discarded';

export interface ActionRecord {
  uuid: string;
  kind: CallActionKind;
  callUUID: string;
  transactionUUID: string;
  deliveredAt: number;
  status: ActionStatus;
  /** Action-specific values: isOnHold, isMuted, digits, handle… */
  params: Readonly<Record<string, string | boolean>>;
  timeout: TaskHandle | null;
}

export interface PushRecord {
  id: number;
  deliveredAt: number;
  callUUID: string | null;
  reported: boolean;
  /** The app was in the foreground or on a call: PushKit does not enforce the report (DTS F1). */
  exempt: boolean;
  /**
   * callservicesd's own view when the push arrived: the app was in the foreground or already on
   * an active call. A call that is only ringing does not count (observed), so an unreported push
   * can pass PushKit's check on return and still fail callservicesd's backstop.
   */
  backstopExempt: boolean;
  delegateReturned: boolean;
  payload: Readonly<Record<string, unknown>>;
}

export interface RecentsEntry {
  callUUID: string;
  handle: string;
  direction: CallDirection;
  connected: boolean;
  endedAt: number;
}

export interface AppRecord {
  alive: boolean;
  launches: number;
  terminatedReason: string | null;
  providerCreated: boolean;
  providerReady: boolean;
  providerRefused: boolean;
  /** `CXProvider.invalidate()` was called: requests fail with unknownCallProvider. */
  providerInvalidated: boolean;
  pushRegistryCreated: boolean;
  pushToken: string | null;
  mediaRunning: boolean;
  /** Set once the failed system activation has been shown for this launch. */
  audioActivationFailureShown: boolean;
  /** The push whose delegate method is running (manual mode waits here). */
  inPushDelegate: PushRecord | null;
}

export interface World {
  scenario: Scenario;
  scheduler: Scheduler;
  ids: IdGenerator;
  trace: TraceEntry[];
  device: ActorRefFrom<typeof deviceMachine>;
  callKit: ActorRefFrom<typeof callKitSystemMachine>;
  audio: ActorRefFrom<typeof audioSessionMachine>;
  pushRegistry: ActorRefFrom<typeof pushRegistryMachine>;
  calls: Map<string, CallRecord>;
  actions: Map<string, ActionRecord>;
  /** DTMF digits waiting for the previous digit's action to be fulfilled, per call. */
  dtmfQueue: Map<string, string[]>;
  pushes: PushRecord[];
  pushFailures: number;
  pushDeliveryStopped: boolean;
  doNotDisturb: boolean;
  blockedHandles: Set<string>;
  app: AppRecord;
  recents: RecentsEntry[];
}

export function createWorld(scenario: Scenario): World {
  const scheduler = new Scheduler();
  const clock = scheduler.clock;
  const device = createActor(deviceMachine, {
    clock,
    input: {locked: scenario.device.locked, appState: scenario.device.appState},
  }).start();
  return {
    scenario,
    scheduler,
    ids: new IdGenerator(scenario.seed),
    trace: [],
    device,
    callKit: createActor(callKitSystemMachine, {clock}).start(),
    audio: createActor(audioSessionMachine, {clock}).start(),
    pushRegistry: createActor(pushRegistryMachine, {clock}).start(),
    calls: new Map(),
    actions: new Map(),
    dtmfQueue: new Map(),
    pushes: [],
    pushFailures: 0,
    pushDeliveryStopped: false,
    doNotDisturb: scenario.device.doNotDisturb,
    blockedHandles: new Set(scenario.device.blockedHandles),
    app: {
      alive: false,
      launches: 0,
      terminatedReason: null,
      providerCreated: false,
      providerReady: false,
      providerRefused: false,
      providerInvalidated: false,
      pushRegistryCreated: false,
      pushToken: null,
      mediaRunning: false,
      audioActivationFailureShown: false,
      inPushDelegate: null,
    },
    recents: [],
  };
}

export function stopWorld(world: World): void {
  world.device.stop();
  world.callKit.stop();
  world.audio.stop();
  world.pushRegistry.stop();
  for (const call of world.calls.values()) call.actor.stop();
}

// ---------------------------------------------------------------------------------------------
// Calls

export function createCallRecord(
  world: World,
  init: Omit<
    CallRecord,
    | 'actor'
    | 'muted'
    | 'holdCause'
    | 'group'
    | 'hasConnected'
    | 'endedAt'
    | 'ringTimers'
    | 'presentation'
  >,
): CallRecord {
  const record: CallRecord = {
    ...init,
    actor: createActor(callMachine, {
      clock: world.scheduler.clock,
      id: `call-${init.uuid}`,
    }).start(),
    muted: false,
    holdCause: null,
    group: null,
    presentation: null,
    hasConnected: false,
    endedAt: null,
    ringTimers: [],
  };
  world.calls.set(init.uuid, record);
  return record;
}

export function callState(call: CallRecord): CallStateName {
  const value = call.actor.getSnapshot().value;
  if (typeof value === 'string') return value as CallStateName;
  return `connected.${String((value as {connected?: string}).connected ?? 'active')}` as CallStateName;
}

export function sendCall(call: CallRecord, event: CallEvent): void {
  if (call.actor.getSnapshot().status === 'active') call.actor.send(event);
}

export function isLive(call: CallRecord): boolean {
  return callState(call) !== 'ended' && callState(call) !== 'idle';
}

export function liveCalls(world: World): CallRecord[] {
  return [...world.calls.values()].filter(isLive);
}

/** States in which a call needs the audio session: outgoing once started, or connected and not held. */
export function needsAudio(call: CallRecord): boolean {
  const state = callState(call);
  return state === 'dialing' || state === 'connecting' || state === 'connected.active';
}

// ---------------------------------------------------------------------------------------------
// Device

export function sendDevice(world: World, event: DeviceEvent): void {
  world.device.send(event);
}

export function deviceRegion(world: World, region: 'screen' | 'app' | 'cellular'): string {
  const value = world.device.getSnapshot().value as Record<string, string>;
  return value[region] ?? '';
}

export function isLocked(world: World): boolean {
  return deviceRegion(world, 'screen') === 'locked';
}

export function cellularState(world: World): 'idle' | 'ringing' | 'active' | 'held' {
  return deviceRegion(world, 'cellular') as 'idle' | 'ringing' | 'active' | 'held';
}
