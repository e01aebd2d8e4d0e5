/**
 * Every `api` value the engine writes into a trace, in one place, so the vocabulary cannot drift
 * between the engine, the exporters and the tests.
 */
export const appleApi = {
  // CXProvider
  providerInit: 'CXProvider.init(configuration:)',
  providerSetDelegate: 'CXProvider.setDelegate(_:queue:)',
  reportNewIncomingCall: 'CXProvider.reportNewIncomingCall(with:update:completion:)',
  reportCallUpdated: 'CXProvider.reportCall(with:updated:)',
  reportOutgoingStartedConnecting: 'CXProvider.reportOutgoingCall(with:startedConnectingAt:)',
  reportOutgoingConnected: 'CXProvider.reportOutgoingCall(with:connectedAt:)',
  reportCallEnded: 'CXProvider.reportCall(with:endedAt:reason:)',
  providerInvalidate: 'CXProvider.invalidate()',
  // CXCallController / CXAction
  request: 'CXCallController.request(_:completion:)',
  fulfill: 'CXAction.fulfill()',
  fail: 'CXAction.fail()',
  // CXProviderDelegate
  providerDidBegin: 'CXProviderDelegate.providerDidBegin(_:)',
  providerDidReset: 'CXProviderDelegate.providerDidReset(_:)',
  perform: 'CXProviderDelegate.provider(_:perform:)',
  timedOutPerforming: 'CXProviderDelegate.provider(_:timedOutPerforming:)',
  didActivate: 'CXProviderDelegate.provider(_:didActivate:)',
  didDeactivate: 'CXProviderDelegate.provider(_:didDeactivate:)',
  // CXCallObserver
  callChanged: 'CXCallObserverDelegate.callObserver(_:callChanged:)',
  // PushKit
  pushRegistryInit: 'PKPushRegistry.init(queue:)',
  desiredPushTypes: 'PKPushRegistry.desiredPushTypes',
  didUpdatePushCredentials: 'PKPushRegistryDelegate.pushRegistry(_:didUpdate:for:)',
  didReceiveIncomingPush:
    'PKPushRegistryDelegate.pushRegistry(_:didReceiveIncomingPushWith:for:completion:)',
  // AVAudioSession
  setCategory: 'AVAudioSession.setCategory(_:mode:options:)',
  setActive: 'AVAudioSession.setActive(_:)',
} as const;

/** Dotted names for things that are not Apple API calls. */
export const systemEvent = {
  launchApp: 'system.launchApp',
  terminateApp: 'system.terminateApp',
  showIncomingCallUI: 'system.showIncomingCallUI',
  updateCallUI: 'system.updateCallUI',
  dismissCallUI: 'system.dismissCallUI',
  activateAudio: 'system.activateAudioSession',
  deactivateAudio: 'system.deactivateAudioSession',
  addRecentsEntry: 'system.addRecentsEntry',
  pushDeliveryStopped: 'system.stopVoIPPushDelivery',
  holdOtherProviderCall: 'system.holdOtherCall',
  apnsRejected: 'apns.rejectPush',
  appStartMedia: 'app.startMedia',
  appStopMedia: 'app.stopMedia',
  /** The app mutes or unmutes its own audio track without CallKit (detail.muted). */
  appMuteTrack: 'app.muteTrack',
  appSignal: 'app.signal',
  serverSignal: 'server.signal',
} as const;

export type AppleApiName = (typeof appleApi)[keyof typeof appleApi];
export type SystemEventName = (typeof systemEvent)[keyof typeof systemEvent];
