/** A serialisable picture of the whole simulation at one moment, for the UI, the CLI and tests. */
import type {AppState} from '../scenario/types';
import type {CallActionKind} from '../vocabulary';
import {
  callState,
  cellularState,
  deviceRegion,
  isLocked,
  type ActionStatus,
  type CallRecord,
  type RecentsEntry,
  type World,
} from './world';

export type PhoneScreen =
  | 'home'
  | 'lockScreenIncoming'
  | 'bannerIncoming'
  | 'fullScreenIncoming'
  | 'callWaiting'
  | 'connecting'
  | 'inCall'
  | 'ended'
  | 'appTerminated';

export interface CallSnapshot {
  uuid: string;
  direction: 'incoming' | 'outgoing';
  state: string;
  handle: string;
  handleType: string;
  callerName: string | null;
  hasVideo: boolean;
  isOnHold: boolean;
  isMuted: boolean;
  /** The group (conference) the call is in, or null. */
  group: string | null;
  hasConnected: boolean;
  hasEnded: boolean;
  endCause: string | null;
  presentation: string | null;
}

export interface ActionSnapshot {
  uuid: string;
  kind: CallActionKind;
  callUUID: string;
  status: ActionStatus;
  deliveredAt: number;
}

export interface SimulationSnapshot {
  now: number;
  device: {
    locked: boolean;
    appState: AppState;
    doNotDisturb: boolean;
    cellular: 'idle' | 'ringing' | 'active' | 'held';
  };
  app: {
    alive: boolean;
    terminatedReason: string | null;
    launches: number;
    providerReady: boolean;
    mediaRunning: boolean;
    inPushHandler: boolean;
  };
  ui: {screen: PhoneScreen; callUUID: string | null};
  calls: CallSnapshot[];
  actions: ActionSnapshot[];
  audio: {state: string; active: boolean; activatedBy: 'system' | 'app' | null};
  pushKit: {
    state: string;
    token: string | null;
    pushesDelivered: number;
    failures: number;
    deliveryStopped: boolean;
  };
  recents: RecentsEntry[];
  /** Active state of each machine as dotted paths, for highlighting state charts. */
  machines: Record<string, string[]>;
}

function stateValueToPaths(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return [prefix ? `${prefix}.${value}` : value];
  if (value && typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => {
      const here = prefix ? `${prefix}.${key}` : key;
      return [here, ...stateValueToPaths(child, here)];
    });
  }
  return [];
}

function callSnapshot(call: CallRecord): CallSnapshot {
  const state = callState(call);
  return {
    uuid: call.uuid,
    direction: call.direction,
    state,
    handle: call.handle,
    handleType: call.handleType,
    callerName: call.callerName,
    hasVideo: call.hasVideo,
    isOnHold: state === 'connected.held',
    isMuted: call.muted,
    group: call.group,
    hasConnected: call.hasConnected,
    hasEnded: state === 'ended',
    endCause: call.actor.getSnapshot().context.endCause,
    presentation: call.presentation,
  };
}

function phoneScreen(world: World): {screen: PhoneScreen; callUUID: string | null} {
  const ui = world.callKit.getSnapshot().value as {ui: string | {incoming: string}};
  const live = [...world.calls.values()].filter((c) => !['ended', 'idle'].includes(callState(c)));
  const focus = live[live.length - 1] ?? null;
  const uuid = focus?.uuid ?? null;
  if (typeof ui.ui === 'object') {
    const presentation = ui.ui.incoming;
    const screen: PhoneScreen =
      presentation === 'lockScreen'
        ? 'lockScreenIncoming'
        : presentation === 'banner'
          ? 'bannerIncoming'
          : 'fullScreenIncoming';
    return {screen, callUUID: uuid};
  }
  switch (ui.ui) {
    case 'callWaiting':
      return {screen: 'callWaiting', callUUID: uuid};
    case 'connecting':
      return {screen: 'connecting', callUUID: uuid};
    case 'inCall':
      return {screen: 'inCall', callUUID: uuid};
    default:
      break;
  }
  if (!world.app.alive && world.app.terminatedReason !== null)
    return {screen: 'appTerminated', callUUID: null};
  if (ui.ui === 'ended') return {screen: 'ended', callUUID: null};
  return {screen: 'home', callUUID: null};
}

export function takeSnapshot(world: World): SimulationSnapshot {
  const audioState = String(world.audio.getSnapshot().value);
  const machines: Record<string, string[]> = {
    device: stateValueToPaths(world.device.getSnapshot().value),
    callKit: stateValueToPaths(world.callKit.getSnapshot().value),
    audioSession: stateValueToPaths(world.audio.getSnapshot().value),
    pushRegistry: stateValueToPaths(world.pushRegistry.getSnapshot().value),
  };
  for (const call of world.calls.values()) {
    machines[`call:${call.uuid}`] = stateValueToPaths(call.actor.getSnapshot().value);
  }
  return {
    now: world.scheduler.now(),
    device: {
      locked: isLocked(world),
      appState: deviceRegion(world, 'app') as AppState,
      doNotDisturb: world.doNotDisturb,
      cellular: cellularState(world),
    },
    app: {
      alive: world.app.alive,
      terminatedReason: world.app.terminatedReason,
      launches: world.app.launches,
      providerReady: world.app.providerReady,
      mediaRunning: world.app.mediaRunning,
      inPushHandler: world.app.inPushDelegate !== null,
    },
    ui: phoneScreen(world),
    calls: [...world.calls.values()].map(callSnapshot),
    actions: [...world.actions.values()].map((a) => ({
      uuid: a.uuid,
      kind: a.kind,
      callUUID: a.callUUID,
      status: a.status,
      deliveredAt: a.deliveredAt,
    })),
    audio: {
      state: audioState,
      active: audioState === 'activeBySystem' || audioState === 'activeByApp',
      activatedBy:
        audioState === 'activeBySystem' ? 'system' : audioState === 'activeByApp' ? 'app' : null,
    },
    pushKit: {
      state: stateValueToPaths(world.pushRegistry.getSnapshot().value).join(' '),
      token: world.app.pushToken,
      pushesDelivered: world.pushes.length,
      failures: world.pushFailures,
      deliveryStopped: world.pushDeliveryStopped,
    },
    recents: world.recents.map((entry) => ({...entry})),
    machines,
  };
}
