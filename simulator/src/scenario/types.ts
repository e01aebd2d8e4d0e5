/**
 * The scenario file: a public contract (JSON written by readers, the catalog and outside checks).
 * Every top-level key but `steps` is optional; missing values take the defaults in defaults.ts.
 * Extend it, never rename a key.
 */
import type {CallActionKind, HandleTypeName} from '../vocabulary';

export type AppState = 'foreground' | 'background' | 'suspended' | 'terminated';

/** Settings → Phone → Incoming Calls, for an unlocked phone. */
export type IncomingCallPresentation = 'banner' | 'fullScreen';

export interface DeviceSettings {
  locked: boolean;
  appState: AppState;
  doNotDisturb: boolean;
  /** Handles (exact values) on the user's block list. */
  blockedHandles: string[];
  incomingCallPresentation: IncomingCallPresentation;
}

export interface Capabilities {
  /** `voip` in UIBackgroundModes. */
  voipBackgroundMode: boolean;
  /** The Push Notifications capability (`aps-environment`). */
  pushNotifications: boolean;
}

export interface ScenarioConfiguration {
  maximumCallGroups: number;
  maximumCallsPerCallGroup: number;
  supportsVideo: boolean;
  supportedHandleTypes: HandleTypeName[];
  includesCallsInRecents: boolean;
  ringtoneSound: string | null;
}

/** When the app does something: now, never, or asynchronously after some virtual milliseconds. */
export type Timing = 'immediately' | 'never' | {afterMs: number};

/** How the app completes an action delivered to `provider(_:perform:)`. */
export type ActionResponse = Timing | 'fail';

export interface AppProfile {
  /** `manual`: nothing is automatic; steps such as `app.fulfill` perform the app's duties. */
  mode: 'automatic' | 'manual';
  /** When the app reports the call a VoIP push announces. `afterMs` means after returning. */
  reportPushedCall: Timing;
  /** Per action kind; kinds not listed are fulfilled immediately. */
  fulfill: Partial<Record<CallActionKind, ActionResponse>>;
  /** The app calls `AVAudioSession.setActive(true)` itself (wrong: it breaks CallKit audio). */
  activatesAudioSessionItself: boolean;
  /** The app reports `startedConnectingAt` and `connectedAt` for outgoing calls. */
  reportsOutgoingProgress: boolean;
  /** The app reports `.remoteEnded` when its server says the other party hung up. */
  endsCallOnRemoteHangUp: boolean;
  /** The app's own ring timer, incoming and outgoing: unanswered this long, it reports `.unanswered`; null = none. */
  ringTimeoutMs: number | null;
  /** The app creates its PKPushRegistry during launch (delegate first, then desiredPushTypes). */
  setsUpPushKitAtLaunch: boolean;
  /**
   * The app reports every pushed call, also one whose UUID it already knows (the report then
   * fails with callUUIDAlreadyExists). false: it returns from the PushKit handler without
   * reporting a duplicate.
   */
  reportsDuplicatePushes: boolean;
  /**
   * When its server says a call is over, the app finds the UUID it reported for it. false: the
   * match fails (say, an upper-case `uuidString` compared with a lower-case server id) and the
   * app requests a CXEndCallAction for a fresh UUID instead.
   */
  matchesCallUUIDs: boolean;
  /** In `provider(_:perform: CXEndCallAction)` the app tells its server (decline or hang-up). */
  signalsEndToServer: boolean;
  /**
   * The app's own mute button requests a CXSetMutedCallAction. false: the app mutes its audio
   * track itself and the system call screen never hears of it.
   */
  requestsMuteThroughCallKit: boolean;
}

/**
 * Behaviour the sources do not pin down. Each is a named, documented assumption (see
 * assumptions.ts) rather than a silent guess, and each can be changed per scenario.
 */
export interface Assumptions {
  actionTimeoutMs: number;
  systemRingTimeoutMs: number | null;
  pushBackstopMs: number;
  pushDeliveryStopsAfterFailures: number | null;
  pushExemptWhenForegroundOrOnCall: boolean;
  keepAudioActiveOnSoleCallHold: boolean;
}

export type HandleTypeInput = HandleTypeName;
export type Via = 'system' | 'app';

/** A VoIP push payload as the app's server sends it. Content is checked by the app at run time. */
export type PushPayload = Readonly<Record<string, unknown>>;

export type StepEvent =
  | {event: 'server.voipPush'; payload: PushPayload}
  | {
      event: 'user.startCall';
      handle: string;
      handleType?: HandleTypeInput;
      video?: boolean;
      uuid?: string;
    }
  | {event: 'user.answer'; callUUID?: string; via?: Via}
  | {event: 'user.decline'; callUUID?: string}
  | {event: 'user.end'; callUUID?: string; via?: Via}
  | {event: 'user.setHeld'; onHold: boolean; callUUID?: string; via?: Via}
  | {event: 'user.setMuted'; muted: boolean; callUUID?: string; via?: Via}
  | {event: 'user.playDTMF'; digits: string; callUUID?: string}
  | {event: 'user.mergeCalls'; callUUID?: string}
  | {event: 'user.splitCall'; callUUID?: string}
  | {event: 'user.endAndAccept'; callUUID?: string}
  | {event: 'user.holdAndAccept'; callUUID?: string}
  | {event: 'user.lock'}
  | {event: 'user.unlock'}
  | {event: 'user.openApp'}
  | {event: 'user.leaveApp'}
  | {event: 'remote.answer'; callUUID?: string}
  | {event: 'remote.hangUp'; callUUID?: string}
  | {event: 'remote.busy'; callUUID?: string}
  | {event: 'cellular.incomingCall'; handle?: string}
  | {event: 'cellular.end'; endedBy?: 'user' | 'remote'}
  | {event: 'system.reset'}
  | {event: 'app.fulfill'; action: CallActionKind; callUUID?: string}
  | {event: 'app.fail'; action: CallActionKind; callUUID?: string}
  | {event: 'app.reportCall'; callUUID?: string}
  | {event: 'app.returnFromPush'}
  | {event: 'app.request'; actions: RequestedActionInput[]}
  | {event: 'app.invalidateProvider'}
  | {event: 'app.reportConnected'; callUUID?: string}
  | {event: 'app.reportEnded'; reason: CallEndedReasonInput; callUUID?: string};

export type StepEventName = StepEvent['event'];

/** One action of an `app.request` transaction; without callUUID it targets the current call. */
export interface RequestedActionInput {
  action: CallActionKind;
  callUUID?: string;
  /** For CXSetGroupCallAction: the call to group with; absent means leave the group. */
  callUUIDToGroupWith?: string;
}
export type CallEndedReasonInput =
  'failed' | 'remoteEnded' | 'unanswered' | 'answeredElsewhere' | 'declinedElsewhere';

export type Step = StepEvent & {at: number};

/** A scenario as written: everything but `steps` may be left out or given in part. */
export interface ScenarioInput {
  id?: string;
  title?: string;
  description?: string;
  device?: Partial<DeviceSettings>;
  capabilities?: Partial<Capabilities>;
  configuration?: Partial<ScenarioConfiguration>;
  app?: Partial<AppProfile>;
  assumptions?: Partial<Assumptions>;
  /** Seed for generated UUIDs and tokens; the same seed gives the same run. */
  seed?: number;
  /** Sections of the behaviour spec the scenario illustrates, e.g. "§9.3". */
  specSections?: string[];
  /** Numbers of the pain points (reference/pain-points.md) it reproduces. */
  painPoints?: number[];
  steps: Step[];
}

/** A validated scenario with every default filled in. */
export interface Scenario {
  id: string | null;
  title: string;
  description: string;
  device: DeviceSettings;
  capabilities: Capabilities;
  configuration: ScenarioConfiguration;
  app: AppProfile;
  assumptions: Assumptions;
  seed: number;
  specSections: string[];
  painPoints: number[];
  steps: Step[];
}
