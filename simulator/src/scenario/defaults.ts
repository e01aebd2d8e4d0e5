/**
 * Defaults for everything a scenario may leave out: the spec's defaults, a correct
 * (Speakerbox-like) app, an unlocked phone with the app in the foreground.
 */
import {defaultProviderConfiguration} from '../vocabulary';
import {assumptionTable} from './assumptions';
import type {
  AppProfile,
  Assumptions,
  Capabilities,
  DeviceSettings,
  ScenarioConfiguration,
} from './types';

export const defaultDevice: DeviceSettings = {
  locked: false,
  appState: 'foreground',
  doNotDisturb: false,
  blockedHandles: [],
  incomingCallPresentation: 'banner',
};

export const defaultCapabilities: Capabilities = {
  voipBackgroundMode: true,
  pushNotifications: true,
};

export const defaultConfiguration: ScenarioConfiguration = {
  maximumCallGroups: defaultProviderConfiguration.maximumCallGroups,
  maximumCallsPerCallGroup: defaultProviderConfiguration.maximumCallsPerCallGroup,
  supportsVideo: defaultProviderConfiguration.supportsVideo,
  supportedHandleTypes: [...defaultProviderConfiguration.supportedHandleTypes],
  includesCallsInRecents: defaultProviderConfiguration.includesCallsInRecents,
  ringtoneSound: defaultProviderConfiguration.ringtoneSound,
};

export const defaultAppProfile: AppProfile = {
  mode: 'automatic',
  reportPushedCall: 'immediately',
  fulfill: {},
  activatesAudioSessionItself: false,
  reportsOutgoingProgress: true,
  endsCallOnRemoteHangUp: true,
  ringTimeoutMs: null,
  setsUpPushKitAtLaunch: true,
  reportsDuplicatePushes: true,
  matchesCallUUIDs: true,
  signalsEndToServer: true,
  requestsMuteThroughCallKit: true,
};

export const defaultAssumptions: Assumptions = Object.fromEntries(
  assumptionTable.map((entry) => [entry.key, entry.default]),
) as unknown as Assumptions;

export const defaultSeed = 1;
