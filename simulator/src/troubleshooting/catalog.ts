/**
 * The troubleshooting catalog: each entry of the troubleshooting guides reproduces one failure
 * with a built-in scenario and a what-if toggle set to the failing value; turning the toggle the
 * other way shows the fixed flow. Data only (no engine), so page bundles can import it.
 *
 * The ids are public anchors (`/docs/troubleshooting/<page>#<id>`): extend, never rename.
 * `failureShows` lists trace entries that appear only in the failing run, `fixShows` entries that
 * appear only in the fixed run; tests/unit/troubleshooting.test.ts runs both and checks them.
 */
import type {TraceMatch} from '../player/whatIf';

/** The troubleshooting pages, by their path under /docs/troubleshooting/. */
export type TroubleshootingPage = 'voip-pushes' | 'audio' | 'actions-and-transactions' | 'calls';

export const troubleshootingPages: readonly TroubleshootingPage[] = [
  'voip-pushes',
  'audio',
  'actions-and-transactions',
  'calls',
];

export interface TroubleshootingEntry {
  /** The anchor of the entry on its page, and its id here. */
  id: string;
  page: TroubleshootingPage;
  /** The pain point it answers (reference/pain-points.md). */
  painPoint: number;
  /** The symptom, as the page's heading says it. */
  title: string;
  /** The built-in scenario the widget loads. */
  scenario: string;
  /** The what-if toggle that breaks (or fixes) the app. */
  toggle: string;
  /** The toggle's value that reproduces the failure; the opposite shows the fix. */
  failureValue: boolean;
  /** Trace entries only the failing run has. */
  failureShows: readonly TraceMatch[];
  /** Trace entries only the fixed run has. */
  fixShows: readonly TraceMatch[];
  /** One plain sentence: what to look at in the trace. */
  watch: string;
}

const api = {
  request: 'CXCallController.request(_:completion:)',
  fulfill: 'CXAction.fulfill()',
  reportIncoming: 'CXProvider.reportNewIncomingCall(with:update:completion:)',
  reportEnded: 'CXProvider.reportCall(with:endedAt:reason:)',
  startedConnecting: 'CXProvider.reportOutgoingCall(with:startedConnectingAt:)',
  connected: 'CXProvider.reportOutgoingCall(with:connectedAt:)',
  providerDidBegin: 'CXProviderDelegate.providerDidBegin(_:)',
  providerDidReset: 'CXProviderDelegate.providerDidReset(_:)',
  perform: 'CXProviderDelegate.provider(_:perform:)',
  timedOut: 'CXProviderDelegate.provider(_:timedOutPerforming:)',
  didActivate: 'CXProviderDelegate.provider(_:didActivate:)',
  setActive: 'AVAudioSession.setActive(_:)',
  didReceivePush:
    'PKPushRegistryDelegate.pushRegistry(_:didReceiveIncomingPushWith:for:completion:)',
  delegateReturned: 'pushkit.delegateReturned',
  noDelegate: 'pushkit.noDelegate',
  terminate: 'system.terminateApp',
  showIncoming: 'system.showIncomingCallUI',
  dismiss: 'system.dismissCallUI',
  activateAudio: 'system.activateAudioSession',
  recents: 'system.addRecentsEntry',
  ringTimeout: 'system.ringTimeout',
  stopDelivery: 'system.stopVoIPPushDelivery',
  startMedia: 'app.startMedia',
  appSignal: 'app.signal',
  muteTrack: 'app.muteTrack',
} as const;

/** Self-activated audio: the system's activation fails, and didActivate never comes. */
const selfActivatedAudio = {
  failureShows: [{api: api.setActive}, {api: api.activateAudio, detail: {outcome: 'failed'}}],
  fixShows: [{api: api.didActivate}, {api: api.startMedia}],
} as const;

export const troubleshootingEntries: readonly TroubleshootingEntry[] = [
  // -------------------------------------------------------------------------------------------
  // VoIP pushes and launch
  {
    id: 'app-killed-push-not-reported',
    page: 'voip-pushes',
    painPoint: 1,
    title: 'The app is killed after a VoIP push',
    scenario: 'locked-push-answer',
    toggle: 'reportPushLate',
    failureValue: true,
    failureShows: [{api: api.terminate, detail: {reason: 'NSInternalInconsistencyException'}}],
    fixShows: [{api: api.reportIncoming}, {api: api.showIncoming}],
    watch:
      'Look at pushkit.delegateReturned: with reported=false the app is killed on the spot, while in the fixed flow reportNewIncomingCall comes before it and the lock screen rings.',
  },
  {
    id: 'app-killed-reporting-after-network',
    page: 'voip-pushes',
    painPoint: 1,
    title: 'The app is killed although it reports the call',
    scenario: 'push-reported-late',
    toggle: 'reportPushLate',
    failureValue: true,
    failureShows: [{api: api.terminate, detail: {reason: 'NSInternalInconsistencyException'}}],
    fixShows: [{api: api.reportIncoming}, {api: api.showIncoming}],
    watch:
      'The report the app planned for later never runs: the handler returns first and the app is killed, whereas reporting before returning makes the call ring.',
  },
  {
    id: 'pushes-stop-arriving',
    page: 'voip-pushes',
    painPoint: 2,
    title: 'VoIP pushes stop arriving after some calls',
    scenario: 'push-delivery-stopped',
    toggle: 'reportPushLate',
    failureValue: true,
    failureShows: [
      {api: api.terminate},
      {api: api.stopDelivery, detail: {threshold: '3'}},
      {api: api.stopDelivery},
    ],
    fixShows: [{api: api.reportIncoming}, {api: api.showIncoming}],
    watch:
      'Count the kills: after the third one system.stopVoIPPushDelivery appears and the fourth push never reaches the app, while an app that reports every push rings four times.',
  },
  {
    id: 'duplicate-push-kills-app',
    page: 'voip-pushes',
    painPoint: 14,
    title: 'A second push for the same call kills the app',
    scenario: 'duplicate-push',
    toggle: 'ignoreDuplicatePush',
    failureValue: true,
    failureShows: [
      {api: api.delegateReturned, detail: {reported: 'false'}},
      {api: api.terminate, detail: {reason: '0xbaadca11'}},
    ],
    fixShows: [{api: api.reportIncoming, error: 'callUUIDAlreadyExists'}],
    watch:
      'Follow the second push: returned unreported, it gets the app killed about 7 s later (0xbaadca11), while reported again with the same UUID it only earns a harmless callUUIDAlreadyExists.',
  },
  {
    id: 'push-registry-set-up-late',
    page: 'voip-pushes',
    painPoint: 23,
    title: 'Nothing rings when the app is not running',
    scenario: 'push-registry-not-set-up',
    toggle: 'skipPushKitAtLaunch',
    failureValue: true,
    failureShows: [{api: api.noDelegate}, {api: api.terminate, detail: {reason: '0xbaadca11'}}],
    fixShows: [{api: api.didReceivePush}, {api: api.showIncoming}],
    watch:
      'Without a PKPushRegistry created at launch the push finds no delegate (pushkit.noDelegate) and callservicesd kills the app 7 s later, while with it the push is delivered and the call rings.',
  },

  // -------------------------------------------------------------------------------------------
  // Audio
  {
    id: 'no-audio-after-answer',
    page: 'audio',
    painPoint: 4,
    title: 'No audio after answering from the lock screen',
    scenario: 'locked-push-answer',
    toggle: 'activateAudioYourself',
    failureValue: true,
    ...selfActivatedAudio,
    watch:
      'After the answer is fulfilled, system.activateAudioSession fails because the app already called setActive(true), so provider(_:didActivate:) and app.startMedia never come.',
  },
  {
    id: 'did-activate-never-called',
    page: 'audio',
    painPoint: 5,
    title: 'provider(_:didActivate:) is never called',
    scenario: 'app-activates-audio',
    toggle: 'activateAudioYourself',
    failureValue: true,
    ...selfActivatedAudio,
    watch:
      'Find AVAudioSession.setActive(_:) in perform answer: once the app has activated the session itself, the system cannot, and provider(_:didActivate:) is missing from the trace.',
  },
  {
    id: 'audio-lost-after-end-and-accept',
    page: 'audio',
    painPoint: 15,
    title: 'No audio after End & Accept',
    scenario: 'call-waiting-end-and-accept',
    toggle: 'activateAudioYourself',
    failureValue: true,
    ...selfActivatedAudio,
    watch:
      'In the End & Accept transaction the fixed app gets provider(_:didDeactivate:) and then provider(_:didActivate:) for the new call, while the self-activating app gets neither and has no call audio.',
  },
  {
    id: 'audio-lost-after-cellular-call',
    page: 'audio',
    painPoint: 16,
    title: 'Audio does not come back after a cellular call',
    scenario: 'cellular-interrupts-user-ends',
    toggle: 'activateAudioYourself',
    failureValue: true,
    ...selfActivatedAudio,
    watch:
      'When the cellular call ends and the system resumes the held call, the fixed app gets provider(_:didActivate:) back, while the self-activating app never does.',
  },

  // -------------------------------------------------------------------------------------------
  // Actions and transactions
  {
    id: 'answer-stuck-connecting',
    page: 'actions-and-transactions',
    painPoint: 10,
    title: 'The call is stuck on Connecting… after answering',
    scenario: 'answer-never-fulfilled',
    toggle: 'forgetToFulfil',
    failureValue: true,
    failureShows: [
      {api: api.timedOut, action: 'CXAnswerCallAction'},
      {api: api.dismiss, detail: {outcome: 'callFailed'}},
    ],
    fixShows: [{api: api.fulfill, action: 'CXAnswerCallAction'}, {api: api.didActivate}],
    watch:
      'The answer action is never fulfilled, so the call sits on Connecting… until provider(_:timedOutPerforming:) and the Call Failed screen (observed), while fulfilling it connects the call and brings provider(_:didActivate:).',
  },
  {
    id: 'outgoing-call-fails',
    page: 'actions-and-transactions',
    painPoint: 10,
    title: 'An outgoing call fails after a few seconds',
    scenario: 'outgoing-call',
    toggle: 'forgetToFulfil',
    failureValue: true,
    failureShows: [
      {api: api.timedOut, action: 'CXStartCallAction'},
      {api: api.dismiss, detail: {outcome: 'callFailed'}},
    ],
    fixShows: [{api: api.fulfill, action: 'CXStartCallAction'}, {api: api.didActivate}],
    watch:
      'The start action waits unfulfilled until provider(_:timedOutPerforming:) and the system gives up on the call, even though the other side answered, while fulfilling it brings provider(_:didActivate:) and a connected call.',
  },
  {
    id: 'answer-before-signalling-ready',
    page: 'actions-and-transactions',
    painPoint: 6,
    title: 'The user answers before signalling is ready',
    scenario: 'answer-fulfilled-late',
    toggle: 'forgetToFulfil',
    failureValue: true,
    failureShows: [
      {api: api.timedOut, action: 'CXAnswerCallAction'},
      {api: api.dismiss, detail: {outcome: 'callFailed'}},
    ],
    fixShows: [{api: api.fulfill, action: 'CXAnswerCallAction'}, {api: api.didActivate}],
    watch:
      'Dropped, the early answer action times out and the call fails, while kept pending it is fulfilled 1.5 s later, once signalling is ready, and the call connects.',
  },
  {
    id: 'answer-lost-after-cold-launch',
    page: 'actions-and-transactions',
    painPoint: 7,
    title: 'Answer or decline is lost when the app was not running',
    scenario: 'locked-push-answer',
    toggle: 'forgetToFulfil',
    failureValue: true,
    failureShows: [
      {api: api.timedOut, action: 'CXAnswerCallAction'},
      {api: api.recents, detail: {connected: 'false'}},
    ],
    fixShows: [{api: api.fulfill, action: 'CXAnswerCallAction'}, {api: api.didActivate}],
    watch:
      'The answer action reaches the freshly launched app but nothing handles it, so the call never connects, no audio starts and the action finally times out, while handled natively it is fulfilled at once and provider(_:didActivate:) follows.',
  },
  {
    id: 'outgoing-timer-stuck',
    page: 'actions-and-transactions',
    painPoint: 11,
    title: 'The outgoing call timer stays at 00:00',
    scenario: 'outgoing-progress-not-reported',
    toggle: 'neverReportOutgoingProgress',
    failureValue: true,
    failureShows: [{api: api.recents, detail: {connected: 'false'}}],
    fixShows: [{api: api.startedConnecting}, {api: api.connected}],
    watch:
      'Without reportOutgoingCall(with:startedConnectingAt:) and (with:connectedAt:) the system never sees the call connect and Recents records it as not connected, although the other side answered.',
  },
  {
    id: 'transaction-error-unentitled',
    page: 'actions-and-transactions',
    painPoint: 12,
    title: 'Requests fail with requesttransaction error 1',
    scenario: 'missing-voip-background-mode',
    toggle: 'missingVoipBackgroundMode',
    failureValue: true,
    failureShows: [
      {api: api.providerDidReset},
      {api: api.reportIncoming, error: 'unentitled'},
      {api: api.request, action: 'CXStartCallAction', error: 'unentitled'},
    ],
    fixShows: [{api: api.providerDidBegin}, {api: api.perform, action: 'CXStartCallAction'}],
    watch:
      'Without voip in UIBackgroundModes the provider gets providerDidReset instead of providerDidBegin (observed), and the simulator assumes, as developers report but Apple has not confirmed, that the incoming report and the start request then fail with unentitled (1).',
  },
  {
    id: 'call-cannot-be-ended',
    page: 'actions-and-transactions',
    painPoint: 13,
    title: 'The call cannot be ended or dismissed',
    scenario: 'remote-cancels-before-answer',
    toggle: 'mismatchCallUUID',
    failureValue: true,
    failureShows: [
      {api: api.request, action: 'CXEndCallAction', error: 'unknownCallUUID'},
      {api: api.ringTimeout},
    ],
    fixShows: [{api: api.reportEnded, detail: {reason: 'remoteEnded'}}],
    watch:
      'After the caller hangs up, the end request names a UUID the system does not know and fails with unknownCallUUID (4), so the phone rings on until the system’s ring limit (observed, about 60 s on iOS 16 and later), while the fixed app reports the right call as ended.',
  },

  // -------------------------------------------------------------------------------------------
  // Calls and the call screen
  {
    id: 'keeps-ringing-after-caller-hangs-up',
    page: 'calls',
    painPoint: 8,
    title: 'The phone keeps ringing after the caller hangs up',
    scenario: 'remote-cancels-before-answer',
    toggle: 'ignoreRemoteHangUp',
    failureValue: true,
    failureShows: [{api: api.ringTimeout}],
    fixShows: [{api: api.reportEnded, detail: {reason: 'remoteEnded'}}],
    watch:
      'The server says the caller hung up, but with no reportCall(with:endedAt:reason:) the phone keeps ringing until the system’s own ring limit ends the call (observed: about 60 s on iOS 16 and later).',
  },
  {
    id: 'decline-not-sent-to-caller',
    page: 'calls',
    painPoint: 9,
    title: 'The caller keeps hearing ringback after a decline',
    scenario: 'fullscreen-declined',
    toggle: 'forgetToSignalEnd',
    failureValue: true,
    failureShows: [],
    fixShows: [{api: api.appSignal, detail: {message: 'decline'}}],
    watch:
      'Between provider(_:perform:) for the end action and its fulfil, the fixed app sends app.signal with message=decline to its server; without it nothing tells the caller, because CallKit carries no signalling, and “The other party” under the phone shows the caller still hearing ringback.',
  },
  {
    id: 'mute-out-of-sync',
    page: 'calls',
    painPoint: 17,
    title: 'Mute is out of sync between the app and the call screen',
    scenario: 'mute-system-and-app',
    toggle: 'muteTrackDirectly',
    failureValue: true,
    failureShows: [{api: api.muteTrack, detail: {muted: 'false'}}],
    fixShows: [{api: api.request, action: 'CXSetMutedCallAction'}],
    watch:
      'The app’s unmute changes only its own track (app.muteTrack), so the system call screen still shows Muted while the other side hears the user, whereas requesting a CXSetMutedCallAction keeps both in step (while they disagree, “The other party” under the phone says so).',
  },
  {
    id: 'calls-silent-with-focus',
    page: 'calls',
    painPoint: 20,
    title: 'Calls do not ring with Do Not Disturb or a Focus on',
    scenario: 'do-not-disturb',
    toggle: 'doNotDisturb',
    failureValue: true,
    failureShows: [{api: api.reportIncoming, error: 'filteredByDoNotDisturb'}],
    fixShows: [{api: api.showIncoming}],
    watch:
      'With the Focus on, reportNewIncomingCall completes with filteredByDoNotDisturb and nothing rings, yet the push counts as reported and the app is not killed.',
  },
];

const entriesById = new Map(troubleshootingEntries.map((entry) => [entry.id, entry]));

/** The entry with this id, or undefined. */
export function troubleshootingEntry(id: string): TroubleshootingEntry | undefined {
  return entriesById.get(id);
}

/** The entries of one page, in page order. */
export function troubleshootingEntriesOf(page: TroubleshootingPage): TroubleshootingEntry[] {
  return troubleshootingEntries.filter((entry) => entry.page === page);
}
