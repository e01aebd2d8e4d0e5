/**
 * The four screens the builder previews (lock screen, banner, in-call, call waiting), without the
 * engine: each is a small hand-made snapshot passed through the player's own phoneModel, so the
 * buttons and footnotes (Hold & Accept hidden with both limits at 1, [OBS O7]) come from the one
 * place the interactive simulator uses. The engine-backed preview (player/configurationPreview.ts)
 * draws the same screens from real runs; a unit test checks that both agree.
 */
import type {CallSnapshot, PhoneScreen, SimulationSnapshot} from '../../engine/snapshot';
import {phoneModel, type PhoneModel} from '../../player/phone';
import {
  defaultAppProfile,
  defaultAssumptions,
  defaultCapabilities,
  defaultDevice,
} from '../../scenario/defaults';
import type {Scenario, ScenarioConfiguration} from '../../scenario/types';
import type {HandleTypeName} from '../../vocabulary/handleTypes';

export type PreviewScreenId = 'lockScreen' | 'banner' | 'inCall' | 'callWaiting';

export interface PreviewScreenInfo {
  readonly id: PreviewScreenId;
  readonly title: string;
  /** The engine screen that shows it. */
  readonly screen: PhoneScreen;
}

export const previewScreens: readonly PreviewScreenInfo[] = Object.freeze([
  {id: 'lockScreen', title: 'Locked phone: incoming call', screen: 'lockScreenIncoming'},
  {id: 'banner', title: 'Unlocked phone: incoming call banner', screen: 'bannerIncoming'},
  {id: 'inCall', title: 'In a call: the call screen with the app button', screen: 'inCall'},
  {
    id: 'callWaiting',
    title: 'Call waiting: a second call while one is active',
    screen: 'callWaiting',
  },
]);

/** Sample callers of each handle type: the first rings first, the second is the waiting call. */
const sampleHandles: Readonly<Record<HandleTypeName, readonly [string, string]>> = {
  phoneNumber: ['+15551234567', '+15559876543'],
  generic: ['ada.lovelace', 'grace.hopper'],
  emailAddress: ['ada@example.com', 'grace@example.com'],
};

const handlePreference: readonly HandleTypeName[] = ['phoneNumber', 'generic', 'emailAddress'];

/**
 * The handle type the preview's callers use: one the configuration supports (phone numbers first);
 * with no type declared, a phone number.
 */
export function previewHandleType(configuration: ScenarioConfiguration): HandleTypeName {
  return (
    handlePreference.find((type) => configuration.supportedHandleTypes.includes(type)) ??
    'phoneNumber'
  );
}

/** The two sample callers' handles for the configuration. */
export function previewHandles(configuration: ScenarioConfiguration): readonly [string, string] {
  return sampleHandles[previewHandleType(configuration)];
}

/** A full scenario around a configuration, for phoneModel (only the configuration matters). */
export function scenarioWithConfiguration(configuration: ScenarioConfiguration): Scenario {
  return {
    id: null,
    title: 'Provider configuration preview',
    description: '',
    device: {...defaultDevice, blockedHandles: []},
    capabilities: {...defaultCapabilities},
    configuration: {
      ...configuration,
      supportedHandleTypes: [...configuration.supportedHandleTypes],
    },
    app: {...defaultAppProfile, fulfill: {}},
    assumptions: {...defaultAssumptions},
    seed: 1,
    specSections: [],
    painPoints: [],
    steps: [],
  };
}

const firstUUID = 'E621E1F8-C36C-495A-93FC-0C247A3E6E5F';
const secondUUID = '5B8C2D4E-1F3A-4B6C-9D7E-8F0A1B2C3D4E';

function call(
  uuid: string,
  handle: string,
  handleType: HandleTypeName,
  state: string,
): CallSnapshot {
  return {
    uuid,
    direction: 'incoming',
    state,
    handle,
    handleType,
    callerName: null,
    hasVideo: false,
    isOnHold: state === 'connected.held',
    isMuted: false,
    group: null,
    hasConnected: state.startsWith('connected'),
    hasEnded: false,
    endCause: null,
    presentation: null,
  };
}

function sketchSnapshot(
  screen: PhoneScreen,
  locked: boolean,
  calls: CallSnapshot[],
): SimulationSnapshot {
  return {
    now: 0,
    device: {locked, appState: 'background', doNotDisturb: false, cellular: 'idle'},
    app: {
      alive: true,
      terminatedReason: null,
      launches: 1,
      providerReady: true,
      mediaRunning: false,
      inPushHandler: false,
    },
    ui: {screen, callUUID: calls[calls.length - 1]?.uuid ?? null},
    calls,
    actions: [],
    audio: {state: 'inactive', active: false, activatedBy: null},
    pushKit: {
      state: 'registered',
      token: null,
      pushesDelivered: 0,
      failures: 0,
      deliveryStopped: false,
    },
    recents: [],
    machines: {},
  };
}

/** What the phone shows on one preview screen for this configuration, without the engine. */
export function sketchPreviewScreen(
  id: PreviewScreenId,
  configuration: ScenarioConfiguration,
): PhoneModel {
  const scenario = scenarioWithConfiguration(configuration);
  const type = previewHandleType(configuration);
  const [first, second] = previewHandles(configuration);
  const ringing = call(firstUUID, first, type, 'ringing');
  const active = call(firstUUID, first, type, 'connected.active');
  switch (id) {
    case 'lockScreen':
      return phoneModel(sketchSnapshot('lockScreenIncoming', true, [ringing]), scenario);
    case 'banner':
      return phoneModel(sketchSnapshot('bannerIncoming', false, [ringing]), scenario);
    case 'inCall':
      return phoneModel(sketchSnapshot('inCall', false, [active]), scenario);
    case 'callWaiting':
      return phoneModel(
        sketchSnapshot('callWaiting', false, [active, call(secondUUID, second, type, 'ringing')]),
        scenario,
      );
  }
}

/**
 * Why the call-waiting screen offers no Hold & Accept for this configuration (the player's
 * footnote, worded as observed), or null when it does offer it.
 */
export function holdAndAcceptHiddenBecause(configuration: ScenarioConfiguration): string | null {
  const model = sketchPreviewScreen('callWaiting', configuration);
  if (model.controls.some((control) => control.id === 'holdAndAccept')) return null;
  return model.footnote ?? 'iOS offers no Hold & Accept here.';
}

/**
 * One plain sentence per screen for captions and readers without the drawing: the screen, the
 * callers and every button, then the footnote.
 */
export function describePreviewScreen(id: PreviewScreenId, model: PhoneModel): string {
  const info = previewScreens.find((screen) => screen.id === id);
  const callers = model.lines.map((line) => `${line.caller} (${line.status.toLowerCase()})`);
  const buttons = model.controls.map((control) => control.name);
  const parts = [
    `${info?.title ?? id}.`,
    callers.length > 0 ? `Calls: ${callers.join(', ')}.` : 'No call on screen.',
    buttons.length > 0 ? `Buttons: ${buttons.join(', ')}.` : 'No buttons.',
  ];
  if (model.footnote) parts.push(model.footnote);
  return parts.join(' ');
}
