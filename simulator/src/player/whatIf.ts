/**
 * What-if toggles: the app behaviour profile and the device state as switches a reader flips to
 * break (or fix) the app on purpose. Each toggle reads its value from a scenario, writes it back
 * into a copy, and documents the consequence readers should see in the trace, with a built-in
 * scenario that shows it. The ids are a public contract (share links carry them): extend, never
 * rename.
 */
import type {ActionResponse, AppState, Scenario} from '../scenario/types';
import type {CallActionKind} from '../vocabulary';

/** A trace entry that shows a consequence, matched on what the UI exposes. */
export interface TraceMatch {
  api: string;
  action?: CallActionKind;
  /** The Swift case name of the error. */
  error?: string;
  /** Detail values, compared as text (`presentation: 'banner'`). */
  detail?: Readonly<Record<string, string>>;
}

export interface Consequence {
  /** What changes, in one plain sentence. */
  text: string;
  /** The built-in scenario where the consequence shows. */
  demoScenario: string;
  /** The value that produces it (for switches, the opposite of the demo scenario's own value). */
  value: boolean | AppState;
  /** Entries that appear in that scenario's trace with this value… */
  appears: readonly TraceMatch[];
  /** …and entries that no longer appear. */
  disappears: readonly TraceMatch[];
}

interface ToggleBase<V> {
  id: string;
  group: 'app' | 'device';
  label: string;
  /** What the switch means, for the tooltip/description. */
  description: string;
  read(scenario: Scenario): V;
  write(scenario: Scenario, value: V): Scenario;
  consequence: Consequence;
}

export type SwitchToggle = ToggleBase<boolean> & {kind: 'switch'};
export type ChoiceToggle = ToggleBase<AppState> & {
  kind: 'choice';
  options: readonly {value: AppState; label: string}[];
};
export type WhatIfToggle = SwitchToggle | ChoiceToggle;

/** Overrides by toggle id; absent ids keep the scenario's own value. */
export type WhatIfOverrides = Readonly<Record<string, boolean | AppState>>;

/** The actions a forgetful app never completes. */
const forgettableActions: readonly CallActionKind[] = [
  'CXAnswerCallAction',
  'CXStartCallAction',
  'CXEndCallAction',
];

function forgetsToFulfil(scenario: Scenario): boolean {
  return forgettableActions.some((kind) => scenario.app.fulfill[kind] === 'never');
}

/** The late report used by "report the pushed call late": well after the handler returned. */
export const latePushReportMs = 1000;

function withApp(scenario: Scenario, app: Partial<Scenario['app']>): Scenario {
  return {...scenario, app: {...scenario.app, ...app}};
}

function withDevice(scenario: Scenario, device: Partial<Scenario['device']>): Scenario {
  return {...scenario, device: {...scenario.device, ...device}};
}

function appSwitch(
  id: string,
  label: string,
  description: string,
  key:
    | 'activatesAudioSessionItself'
    | 'reportsOutgoingProgress'
    | 'endsCallOnRemoteHangUp'
    | 'setsUpPushKitAtLaunch'
    | 'reportsDuplicatePushes'
    | 'matchesCallUUIDs'
    | 'signalsEndToServer'
    | 'requestsMuteThroughCallKit',
  /** true: the toggle is on when the profile flag is false (the toggle names the mistake). */
  inverted: boolean,
  consequence: Consequence,
): SwitchToggle {
  return {
    id,
    kind: 'switch',
    group: 'app',
    label,
    description,
    read: (scenario) => scenario.app[key] !== inverted,
    write: (scenario, value) => withApp(scenario, {[key]: value !== inverted}),
    consequence,
  };
}

const api = {
  perform: 'CXProviderDelegate.provider(_:perform:)',
  request: 'CXCallController.request(_:completion:)',
  providerDidReset: 'CXProviderDelegate.providerDidReset(_:)',
  appSignal: 'app.signal',
  muteTrack: 'app.muteTrack',
  timedOut: 'CXProviderDelegate.provider(_:timedOutPerforming:)',
  didActivate: 'CXProviderDelegate.provider(_:didActivate:)',
  setActive: 'AVAudioSession.setActive(_:)',
  connected: 'CXProvider.reportOutgoingCall(with:connectedAt:)',
  ended: 'CXProvider.reportCall(with:endedAt:reason:)',
  didReceivePush:
    'PKPushRegistryDelegate.pushRegistry(_:didReceiveIncomingPushWith:for:completion:)',
  reportIncoming: 'CXProvider.reportNewIncomingCall(with:update:completion:)',
  terminate: 'system.terminateApp',
  showIncoming: 'system.showIncomingCallUI',
  launch: 'system.launchApp',
} as const;

export const whatIfToggles: readonly WhatIfToggle[] = [
  {
    id: 'forgetToFulfil',
    kind: 'switch',
    group: 'app',
    label: 'Forget to fulfil actions',
    description:
      'The app never calls fulfill() on the answer, start and end actions iOS delivers to provider(_:perform:).',
    read: forgetsToFulfil,
    write: (scenario, value) => {
      if (forgetsToFulfil(scenario) === value) return scenario;
      const kept = Object.entries(scenario.app.fulfill).filter(
        ([kind, response]) =>
          !forgettableActions.includes(kind as CallActionKind) || (!value && response !== 'never'),
      );
      const fulfill: Partial<Record<CallActionKind, ActionResponse>> = Object.fromEntries(kept);
      if (value) for (const kind of forgettableActions) fulfill[kind] = 'never';
      return withApp(scenario, {fulfill});
    },
    consequence: {
      text: 'The action is never fulfilled: the call never connects and the system never activates audio. Unless the call ends first, the action times out (provider(_:timedOutPerforming:)) and counts as failed; depending on the action the system ends the call.',
      demoScenario: 'outgoing-call',
      value: true,
      appears: [{api: api.timedOut, action: 'CXStartCallAction'}],
      disappears: [{api: api.didActivate}],
    },
  },
  {
    id: 'reportPushLate',
    kind: 'switch',
    group: 'app',
    label: 'Report the pushed call late',
    description: `The app returns from its PushKit handler first and reports the call ${latePushReportMs} ms later (or never), breaking the iOS 13 rule.`,
    read: (scenario) => scenario.app.reportPushedCall !== 'immediately',
    write: (scenario, value) =>
      withApp(scenario, {
        reportPushedCall: value
          ? scenario.app.reportPushedCall === 'immediately'
            ? {afterMs: latePushReportMs}
            : scenario.app.reportPushedCall
          : 'immediately',
      }),
    consequence: {
      text: 'The handler returns without a reported call: iOS kills the app with NSInternalInconsistencyException and no call rings.',
      demoScenario: 'locked-push-answer',
      value: true,
      appears: [{api: api.terminate}],
      disappears: [{api: api.showIncoming}],
    },
  },
  appSwitch(
    'activateAudioYourself',
    'Activate the audio session yourself',
    'The app calls AVAudioSession.setActive(true) itself instead of waiting for provider(_:didActivate:).',
    'activatesAudioSessionItself',
    false,
    {
      text: 'The app activates the session itself, so the system cannot activate it at call priority and provider(_:didActivate:) never comes; the typical symptom is one-way audio (playback works, recording is blocked).',
      demoScenario: 'locked-push-answer',
      value: true,
      appears: [{api: api.setActive}],
      disappears: [{api: api.didActivate}],
    },
  ),
  appSwitch(
    'neverReportOutgoingProgress',
    'Never report outgoing progress',
    'The app does not call reportOutgoingCall(with:startedConnectingAt:) or (with:connectedAt:).',
    'reportsOutgoingProgress',
    true,
    {
      text: 'The system never learns that the outgoing call connected: CXCallObserver never reports hasConnected, and Recents has been observed to list the call as cancelled although it was answered.',
      demoScenario: 'outgoing-call',
      value: true,
      appears: [],
      disappears: [{api: api.connected}],
    },
  ),
  appSwitch(
    'ignoreRemoteHangUp',
    'Ignore the remote hang-up',
    'When the server says the other party hung up, the app does not report the call as ended.',
    'endsCallOnRemoteHangUp',
    true,
    {
      text: 'The call stays on screen after the other party has gone: the app never reports .remoteEnded.',
      demoScenario: 'locked-push-answer',
      value: true,
      appears: [],
      disappears: [{api: api.ended}],
    },
  ),
  appSwitch(
    'skipPushKitAtLaunch',
    'Skip PushKit setup at launch',
    'The app does not create its PKPushRegistry when it launches, so a push that launched it has no delegate to go to.',
    'setsUpPushKitAtLaunch',
    true,
    {
      text: 'A push that launches the app finds no PushKit delegate: it is never delivered, nothing rings, and about 7 s later callservicesd kills the app (0xbaadca11).',
      demoScenario: 'locked-push-answer',
      value: true,
      appears: [],
      disappears: [{api: api.didReceivePush}],
    },
  ),
  appSwitch(
    'ignoreDuplicatePush',
    'Ignore a duplicate push',
    'When a VoIP push names a call the app already has, the app returns from its PushKit handler without reporting it.',
    'reportsDuplicatePushes',
    true,
    {
      text: 'The duplicate push goes unreported. PushKit lets the handler return because the app has a call, but that call is only ringing: about 7 s later callservicesd kills the app (0xbaadca11) and the ringing call disappears.',
      demoScenario: 'duplicate-push',
      value: true,
      appears: [{api: api.terminate, detail: {reason: '0xbaadca11'}}],
      disappears: [{api: api.reportIncoming, error: 'callUUIDAlreadyExists'}],
    },
  ),
  {
    id: 'missingVoipBackgroundMode',
    kind: 'switch',
    group: 'app',
    label: 'Leave voip out of UIBackgroundModes',
    description:
      'The app’s Info.plist has no voip entry in UIBackgroundModes (Background Modes › Voice over IP is off).',
    read: (scenario) => !scenario.capabilities.voipBackgroundMode,
    write: (scenario, value) => ({
      ...scenario,
      capabilities: {...scenario.capabilities, voipBackgroundMode: !value},
    }),
    consequence: {
      text: 'callservicesd refuses the app’s provider and the app gets providerDidReset (observed); reporting the pushed call then fails with unentitled (1), the cause developers report but Apple has not confirmed, so nothing rings.',
      demoScenario: 'locked-push-answer',
      value: true,
      appears: [{api: api.providerDidReset}, {api: api.reportIncoming, error: 'unentitled'}],
      disappears: [{api: api.showIncoming}],
    },
  },
  appSwitch(
    'mismatchCallUUID',
    'Mismatch the call UUID',
    'When the server says a call is over, the app compares UUIDs as strings (upper-case uuidString against a lower-case server id), finds no call, and requests a CXEndCallAction for a fresh UUID.',
    'matchesCallUUIDs',
    true,
    {
      text: 'The end request names a UUID the system does not know: it fails with unknownCallUUID (4), the call is never reported as ended and stays on screen.',
      demoScenario: 'locked-push-answer',
      value: true,
      appears: [{api: api.request, action: 'CXEndCallAction', error: 'unknownCallUUID'}],
      disappears: [{api: api.ended}],
    },
  ),
  appSwitch(
    'forgetToSignalEnd',
    'Forget to tell the server',
    'In provider(_:perform: CXEndCallAction) the app fulfils the action without sending the decline or hang-up to its server.',
    'signalsEndToServer',
    true,
    {
      text: 'The call ends on this phone, but CallKit carries no signalling: the server is never told, so the other party keeps ringing or stays in the call.',
      demoScenario: 'fullscreen-declined',
      value: true,
      appears: [],
      disappears: [{api: api.appSignal, detail: {message: 'decline'}}],
    },
  ),
  appSwitch(
    'muteTrackDirectly',
    'Mute the audio track directly',
    'The app’s own mute button mutes its audio track itself instead of requesting a CXSetMutedCallAction through CXCallController.',
    'requestsMuteThroughCallKit',
    true,
    {
      text: 'The app and the system call screen disagree: the system keeps showing the old mute state, so its Mute button now does the opposite of what it shows.',
      demoScenario: 'mute-system-and-app',
      value: true,
      appears: [{api: api.muteTrack}],
      disappears: [{api: api.request, action: 'CXSetMutedCallAction'}],
    },
  ),
  {
    id: 'youAreTheApp',
    kind: 'switch',
    group: 'app',
    label: 'You are the app',
    description:
      'Manual mode: the app does nothing by itself. When iOS calls the app, you choose what it does.',
    read: (scenario) => scenario.app.mode === 'manual',
    write: (scenario, value) => withApp(scenario, {mode: value ? 'manual' : 'automatic'}),
    consequence: {
      text: 'The app no longer reports the pushed call on its own: unless you choose to report it, the handler never returns and the ~7 s backstop kills the app.',
      demoScenario: 'locked-push-answer',
      value: true,
      appears: [{api: api.terminate}],
      disappears: [{api: api.reportIncoming}],
    },
  },
  {
    id: 'locked',
    kind: 'switch',
    group: 'device',
    label: 'Phone locked',
    description: 'Whether the phone is locked when the scenario starts.',
    read: (scenario) => scenario.device.locked,
    write: (scenario, value) => withDevice(scenario, {locked: value}),
    consequence: {
      text: 'Unlocked, the incoming call appears as a banner (the observed default since iOS 14; full screen per Settings) instead of the lock screen’s slide to answer.',
      demoScenario: 'locked-push-answer',
      value: false,
      appears: [{api: api.showIncoming, detail: {presentation: 'banner'}}],
      disappears: [{api: api.showIncoming, detail: {presentation: 'lockScreen'}}],
    },
  },
  {
    id: 'appState',
    kind: 'choice',
    group: 'device',
    label: 'App state',
    description: 'Where the app is when the scenario starts.',
    options: [
      {value: 'foreground', label: 'Foreground'},
      {value: 'background', label: 'Background'},
      {value: 'suspended', label: 'Suspended'},
      {value: 'terminated', label: 'Terminated'},
    ],
    read: (scenario) => scenario.device.appState,
    write: (scenario, value) => withDevice(scenario, {appState: value}),
    consequence: {
      text: 'An app that is already running gets the push without a launch; a terminated app is launched in the background for it.',
      demoScenario: 'locked-push-answer',
      value: 'foreground',
      appears: [{api: api.launch, detail: {reason: 'alreadyRunning'}}],
      disappears: [{api: api.launch, detail: {reason: 'voipPush'}}],
    },
  },
  {
    id: 'doNotDisturb',
    kind: 'switch',
    group: 'device',
    label: 'Do Not Disturb',
    description: 'A Focus that does not let this caller through is on.',
    read: (scenario) => scenario.device.doNotDisturb,
    write: (scenario, value) => withDevice(scenario, {doNotDisturb: value}),
    consequence: {
      text: 'reportNewIncomingCall completes with filteredByDoNotDisturb: nothing rings, but the push counts as reported.',
      demoScenario: 'locked-push-answer',
      value: true,
      appears: [{api: api.reportIncoming, error: 'filteredByDoNotDisturb'}],
      disappears: [{api: api.showIncoming}],
    },
  },
];

const togglesById = new Map(whatIfToggles.map((toggle) => [toggle.id, toggle]));

export function whatIfToggle(id: string): WhatIfToggle | undefined {
  return togglesById.get(id);
}

const appStates: readonly AppState[] = ['foreground', 'background', 'suspended', 'terminated'];

export function isAppState(value: unknown): value is AppState {
  return typeof value === 'string' && (appStates as readonly string[]).includes(value);
}

/** Every toggle's value in this scenario. */
export function whatIfValues(scenario: Scenario): Record<string, boolean | AppState> {
  return Object.fromEntries(whatIfToggles.map((toggle) => [toggle.id, toggle.read(scenario)]));
}

/** The scenario with the overrides applied; unknown ids and ill-typed values are skipped. */
export function applyWhatIf(scenario: Scenario, overrides: WhatIfOverrides): Scenario {
  let result = scenario;
  for (const toggle of whatIfToggles) {
    if (!Object.prototype.hasOwnProperty.call(overrides, toggle.id)) continue;
    const value = overrides[toggle.id];
    if (toggle.kind === 'switch' && typeof value === 'boolean') {
      if (toggle.read(result) !== value) result = toggle.write(result, value);
    } else if (toggle.kind === 'choice' && isAppState(value)) {
      if (toggle.read(result) !== value) result = toggle.write(result, value);
    }
  }
  return result;
}

/** Drops overrides that equal the base scenario's own value, so share links stay short. */
export function normaliseOverrides(base: Scenario, overrides: WhatIfOverrides): WhatIfOverrides {
  const own = whatIfValues(base);
  return Object.fromEntries(
    Object.entries(overrides).filter(([id, value]) => {
      const toggle = togglesById.get(id);
      if (!toggle || own[id] === value) return false;
      return toggle.kind === 'switch' ? typeof value === 'boolean' : isAppState(value);
    }),
  );
}
