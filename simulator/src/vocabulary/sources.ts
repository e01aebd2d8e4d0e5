/**
 * Registry of the source keys cited by the CallKit behaviour specification
 * (/work/shared/reference/callkit-behavior.md, section "References").
 *
 * Titles are short forms. URLs are copied exactly as the References section lists them;
 * sources that the spec names by repository path instead of URL carry a `location`.
 */

/** Sub-heading of the References section a source is listed under. */
export type SourceGroup =
  'apple-docs' | 'sdk-headers' | 'wwdc-and-sample' | 'developer-forums' | 'community';

export interface SourceInfo {
  /** Short title. */
  readonly title: string;
  readonly group: SourceGroup;
  /** Primary URL, exactly as listed in the spec. */
  readonly url?: string;
  /** Repository path (`owner/repo : path`) when the spec points at a file instead of a URL. */
  readonly location?: string;
  /** Further URLs or locations the spec lists for the same key. */
  readonly alsoAt?: readonly string[];
}

const APPLE = 'https://developer.apple.com/documentation';
const FORUM = 'https://developer.apple.com/forums/thread';

export const sources = {
  // Apple documentation
  A1: {title: 'CXAction', group: 'apple-docs', url: `${APPLE}/callkit/cxaction`},
  A2: {
    title: 'CXAction.fulfill()',
    group: 'apple-docs',
    url: `${APPLE}/callkit/cxaction/fulfill()`,
  },
  A3: {title: 'CXAction.fail()', group: 'apple-docs', url: `${APPLE}/callkit/cxaction/fail()`},
  A4: {
    title: 'CXAction.isComplete',
    group: 'apple-docs',
    url: `${APPLE}/callkit/cxaction/iscomplete`,
  },
  A5: {
    title: 'CXAction.timeoutDate',
    group: 'apple-docs',
    url: `${APPLE}/callkit/cxaction/timeoutdate`,
  },
  A6: {title: 'CXCallAction', group: 'apple-docs', url: `${APPLE}/callkit/cxcallaction`},
  A7: {title: 'CXStartCallAction', group: 'apple-docs', url: `${APPLE}/callkit/cxstartcallaction`},
  A8: {
    title: 'CXAnswerCallAction',
    group: 'apple-docs',
    url: `${APPLE}/callkit/cxanswercallaction`,
  },
  A9: {title: 'CXEndCallAction', group: 'apple-docs', url: `${APPLE}/callkit/cxendcallaction`},
  A10: {
    title: 'CXSetHeldCallAction',
    group: 'apple-docs',
    url: `${APPLE}/callkit/cxsetheldcallaction`,
  },
  A11: {
    title: 'CXSetMutedCallAction',
    group: 'apple-docs',
    url: `${APPLE}/callkit/cxsetmutedcallaction`,
  },
  A12: {
    title: 'CXSetGroupCallAction',
    group: 'apple-docs',
    url: `${APPLE}/callkit/cxsetgroupcallaction`,
  },
  A13: {
    title: 'CXPlayDTMFCallAction',
    group: 'apple-docs',
    url: `${APPLE}/callkit/cxplaydtmfcallaction`,
  },
  A14: {
    title: 'provider(_:timedOutPerforming:)',
    group: 'apple-docs',
    url: `${APPLE}/callkit/cxproviderdelegate/provider(_:timedoutperforming:)`,
  },
  A15: {
    title: 'provider(_:execute:)',
    group: 'apple-docs',
    url: `${APPLE}/callkit/cxproviderdelegate/provider(_:execute:)`,
  },
  A16: {title: 'CXProvider', group: 'apple-docs', url: `${APPLE}/callkit/cxprovider`},
  A17: {
    title: 'reportNewIncomingCall(with:update:completion:)',
    group: 'apple-docs',
    url: `${APPLE}/callkit/cxprovider/reportnewincomingcall(with:update:completion:)`,
  },
  A18: {
    title: 'CXProvider reportCall / reportOutgoingCall methods',
    group: 'apple-docs',
    url: `${APPLE}/callkit/cxprovider`,
  },
  A19: {
    title: 'CXProvider.setDelegate(_:queue:)',
    group: 'apple-docs',
    url: `${APPLE}/callkit/cxprovider/setdelegate(_:queue:)`,
  },
  A20: {
    title: 'CXProvider.invalidate()',
    group: 'apple-docs',
    url: `${APPLE}/callkit/cxprovider/invalidate()`,
  },
  A21: {
    title: 'CXProvider.configuration',
    group: 'apple-docs',
    url: `${APPLE}/callkit/cxprovider/configuration`,
  },
  A22: {
    title: 'reportNewIncomingVoIPPushPayload(_:completion:)',
    group: 'apple-docs',
    url: `${APPLE}/callkit/cxprovider/reportnewincomingvoippushpayload(_:completion:)`,
  },
  A23: {
    title: 'CXProviderConfiguration',
    group: 'apple-docs',
    url: `${APPLE}/callkit/cxproviderconfiguration`,
  },
  A24: {title: 'CXCallUpdate', group: 'apple-docs', url: `${APPLE}/callkit/cxcallupdate`},
  A25: {title: 'CXCall', group: 'apple-docs', url: `${APPLE}/callkit/cxcall`},
  A26: {title: 'CXCallObserver', group: 'apple-docs', url: `${APPLE}/callkit/cxcallobserver`},
  A27: {title: 'CXCallController', group: 'apple-docs', url: `${APPLE}/callkit/cxcallcontroller`},
  A28: {title: 'CXTransaction', group: 'apple-docs', url: `${APPLE}/callkit/cxtransaction`},
  A29: {
    title: 'CXErrorCodeRequestTransactionError.Code',
    group: 'apple-docs',
    url: `${APPLE}/callkit/cxerrorcoderequesttransactionerror-swift.struct/code`,
  },
  A30: {
    title: 'CXErrorCodeIncomingCallError.Code',
    group: 'apple-docs',
    url: `${APPLE}/callkit/cxerrorcodeincomingcallerror-swift.struct/code`,
  },
  A31: {title: 'CXError.Code', group: 'apple-docs', url: `${APPLE}/callkit/cxerror/code`},
  A32: {
    title: 'CXCallEndedReason',
    group: 'apple-docs',
    url: `${APPLE}/callkit/cxcallendedreason`,
  },
  A33: {title: 'CXHandle', group: 'apple-docs', url: `${APPLE}/callkit/cxhandle`},
  A34: {
    title: 'Making and receiving VoIP calls',
    group: 'apple-docs',
    url: `${APPLE}/callkit/making-and-receiving-voip-calls`,
  },
  A35: {
    title: 'Sending End-to-End Encrypted VoIP Calls',
    group: 'apple-docs',
    url: `${APPLE}/callkit/sending-end-to-end-encrypted-voip-calls`,
  },
  A36: {
    title: 'Preparing your app to be the default calling app',
    group: 'apple-docs',
    url: `${APPLE}/callkit/preparing-your-app-to-be-the-default-calling-app`,
  },
  A37: {
    title: 'VoIP calling with CallKit (Speakerbox)',
    group: 'apple-docs',
    url: `${APPLE}/callkit/voip-calling-with-callkit`,
  },
  A38: {
    title: 'CXCallDirectoryProvider',
    group: 'apple-docs',
    url: `${APPLE}/callkit/cxcalldirectoryprovider`,
  },
  P1: {
    title: 'Responding to VoIP Notifications from PushKit',
    group: 'apple-docs',
    url: `${APPLE}/pushkit/responding-to-voip-notifications-from-pushkit`,
  },
  P2: {
    title: 'Supporting PushKit Notifications in Your App',
    group: 'apple-docs',
    url: `${APPLE}/pushkit/supporting-pushkit-notifications-in-your-app`,
  },
  P3: {
    title: 'pushRegistry(_:didReceiveIncomingPushWith:for:completion:)',
    group: 'apple-docs',
    url: `${APPLE}/pushkit/pkpushregistrydelegate/pushregistry(_:didreceiveincomingpushwith:for:completion:)`,
  },
  P4: {title: 'PKPushType.voIP', group: 'apple-docs', url: `${APPLE}/pushkit/pkpushtype/voip`},
  P5: {title: 'PKPushRegistry', group: 'apple-docs', url: `${APPLE}/pushkit/pkpushregistry`},
  P6: {
    title: 'didReceiveIncomingVoIPPushWith:metadata and PKVoIPPushMetadata.mustReport',
    group: 'apple-docs',
    url: `${APPLE}/pushkit/pkpushregistrydelegate/pushregistry(_:didreceiveincomingvoippushwith:metadata:withcompletionhandler:)`,
    alsoAt: [`${APPLE}/pushkit/pkvoippushmetadata/mustreport`],
  },
  P7: {
    title: 'PKPushCredentials',
    group: 'apple-docs',
    url: `${APPLE}/pushkit/pkpushcredentials`,
  },
  P8: {
    title: 'Sending notification requests to APNs',
    group: 'apple-docs',
    url: `${APPLE}/usernotifications/sending-notification-requests-to-apns`,
  },
  P9: {
    title: 'Energy Efficiency Guide for iOS Apps: VoIP Best Practices (archived)',
    group: 'apple-docs',
    url: 'https://developer.apple.com/library/archive/documentation/Performance/Conceptual/EnergyGuide-iOS/OptimizeVoIP.html',
  },
  S1: {
    title: 'SiriKit VoIP calling / INStartCallIntent',
    group: 'apple-docs',
    url: `${APPLE}/sirikit/voip-calling`,
  },
  S2: {
    title: 'INStartAudioCallIntentResponseCode',
    group: 'apple-docs',
    url: `${APPLE}/intents/instartaudiocallintentresponsecode/continueinapp`,
  },
  'PKPushRegistry.h': {
    title: 'PKPushRegistry.h (iOS SDK header comments)',
    group: 'apple-docs',
    location: 'PushKit.framework/Headers/PKPushRegistry.h',
  },

  // SDK headers and bindings
  H1: {
    title: 'CXProvider.h',
    group: 'sdk-headers',
    location:
      'xybp888/iOS-SDKs : iPhoneOS10.3.sdk/System/Library/Frameworks/CallKit.framework/Headers/CXProvider.h',
  },
  H2: {
    title: 'CXCallController.h',
    group: 'sdk-headers',
    location:
      'xybp888/iOS-SDKs : iPhoneOS10.3.sdk/System/Library/Frameworks/CallKit.framework/Headers/CXCallController.h',
  },
  H3: {
    title: 'CXError.h',
    group: 'sdk-headers',
    location:
      'xybp888/iOS-SDKs : iPhoneOS10.3.sdk/System/Library/Frameworks/CallKit.framework/Headers/CXError.h',
  },
  H4: {
    title: 'CXProviderConfiguration.h',
    group: 'sdk-headers',
    location:
      'phracker/MacOSX-SDKs : MacOSX10.15.sdk/System/Library/Frameworks/CallKit.framework/Versions/A/Headers/CXProviderConfiguration.h',
    alsoAt: [
      'xybp888/iOS-SDKs : iPhoneOS10.3.sdk/System/Library/Frameworks/CallKit.framework/Headers/CXProviderConfiguration.h',
    ],
  },
  H5: {
    title: 'dotnet/macios CallKit bindings',
    group: 'sdk-headers',
    location: 'dotnet/macios : src/callkit.cs',
  },
  'H-CXCallUpdate': {
    title: 'CXCallUpdate.h',
    group: 'sdk-headers',
    location: 'CallKit.framework/Headers/CXCallUpdate.h',
  },
  'H-CXCallObserver': {
    title: 'CXCallObserver.h',
    group: 'sdk-headers',
    location: 'CallKit.framework/Headers/CXCallObserver.h',
  },
  'H-CXCallAction': {
    title: 'CXCallAction.h',
    group: 'sdk-headers',
    location: 'CallKit.framework/Headers/CXCallAction.h',
  },
  M1: {
    title: 'Microsoft Learn: CXErrorCodeRequestTransactionError',
    group: 'sdk-headers',
    url: 'https://learn.microsoft.com/en-us/dotnet/api/callkit.cxerrorcoderequesttransactionerror',
  },
  M2: {
    title: 'Microsoft Learn: CXErrorCodeIncomingCallError',
    group: 'sdk-headers',
    url: 'https://learn.microsoft.com/en-us/dotnet/api/callkit.cxerrorcodeincomingcallerror',
  },
  M3: {
    title: 'Microsoft Learn: CXCallEndedReason',
    group: 'sdk-headers',
    url: 'https://learn.microsoft.com/en-us/dotnet/api/callkit.cxcallendedreason',
  },
  X1: {
    title: 'xamarin-macios wiki: CallKit watchOS xcode15.0 b1',
    group: 'sdk-headers',
    url: 'https://github.com/xamarin/xamarin-macios/wiki/CallKit-watchOS-xcode15.0-b1',
  },

  // WWDC and Apple sample
  W1: {
    title: 'WWDC 2016 session 230: Enhancing VoIP Apps with CallKit',
    group: 'wwdc-and-sample',
    url: 'https://developer.apple.com/videos/play/wwdc2016/230/',
    alsoAt: ['rlwimi/wwdc-session-transcripts : 2016/230.vtt'],
  },
  SB: {
    title: 'Speakerbox sample',
    group: 'wwdc-and-sample',
    location: 'Lax/Learn-iOS-Swift-by-Examples : Speakerbox/Speakerbox/ProviderDelegate.swift',
    alsoAt: [
      'Lax/Learn-iOS-Swift-by-Examples : Speakerbox/Speakerbox/SpeakerboxCallManager.swift',
      'Lax/Learn-iOS-Swift-by-Examples : Speakerbox/Speakerbox/AppDelegate.swift',
      'Lax/Learn-iOS-Swift-by-Examples : Speakerbox/Speakerbox/NSUserActivity+StartCallConvertible.swift',
      'Lax/Learn-iOS-Swift-by-Examples : Speakerbox/README.md',
    ],
  },

  // Apple Developer Forums (DTS answers unless the title says otherwise)
  F1: {
    title: 'Forums: PushKit two-stage enforcement',
    group: 'developer-forums',
    url: `${FORUM}/817976`,
  },
  F2: {
    title: 'Forums: iOS 13 report-before-return rule',
    group: 'developer-forums',
    url: `${FORUM}/117939`,
  },
  F3: {
    title: 'Forums: CallKit tag (iOS 26 alerts, 26.4 mustReport)',
    group: 'developer-forums',
    url: 'https://developer.apple.com/forums/tags/callkit',
  },
  F4: {
    title: 'Forums: providerDidReset cause and error 2',
    group: 'developer-forums',
    url: `${FORUM}/801418`,
  },
  F5: {
    title: 'Forums: never self-activate audio; reassign configuration',
    group: 'developer-forums',
    url: `${FORUM}/783870`,
  },
  F6: {
    title: 'Forums: held call not auto-resumed; CallKit audio session',
    group: 'developer-forums',
    url: `${FORUM}/749202`,
  },
  F7: {
    title: 'Forums: PSTN/VoIP hold, resume and swap (developer report)',
    group: 'developer-forums',
    url: `${FORUM}/715488`,
  },
  F8: {
    title: 'Forums: private PlayAndRecord-like session',
    group: 'developer-forums',
    url: `${FORUM}/804510`,
  },
  F9: {
    title: 'Forums: CXEndCallAction is the single ended path',
    group: 'developer-forums',
    url: `${FORUM}/765367`,
  },
  F10: {
    title: 'Forums: End & Accept / Hold & Accept sequences (developer report)',
    group: 'developer-forums',
    url: `${FORUM}/794277`,
  },
  F11: {
    title: 'Forums: multiple incoming calls (developer report)',
    group: 'developer-forums',
    url: `${FORUM}/775874`,
  },
  F12: {
    title: 'Forums: iOS 10 first push call gets no didActivate (developer report)',
    group: 'developer-forums',
    url: `${FORUM}/64544`,
  },
  F13: {
    title: 'Forums: incoming error Code=4 in production',
    group: 'developer-forums',
    url: `${FORUM}/65144`,
  },
  F14: {
    title: 'Forums: 0xBAADCA11 and the two enforcement mechanisms',
    group: 'developer-forums',
    url: `${FORUM}/781211`,
  },
  F15: {
    title: 'Forums: VoIP pushes stop until reinstall (developer report)',
    group: 'developer-forums',
    url: `${FORUM}/764376`,
  },
  F16: {
    title: 'Forums: follow the sample audio handling',
    group: 'developer-forums',
    url: `${FORUM}/758386`,
  },
  F17: {
    title: 'Forums: apns-expiration 0 still delivered late',
    group: 'developer-forums',
    url: `${FORUM}/795610`,
  },
  F18: {
    title: 'Forums / Stack Overflow: error 4, callUUID vs action uuid',
    group: 'developer-forums',
    url: `${FORUM}/109002`,
    alsoAt: ['https://stackoverflow.com/questions/38793722'],
  },
  F19: {
    title: 'Forums: duplicate reports, deterministic UUIDs (developer report)',
    group: 'developer-forums',
    url: 'https://developer.apple.com/forums/profile/sefatanis/replies',
  },

  // Open-source implementations and community reports
  O1: {
    title: 'react-native-callkeep RNCallKeep.m',
    group: 'community',
    location: 'react-native-webrtc/react-native-callkeep : ios/RNCallKeep/RNCallKeep.m',
  },
  O2: {
    title: 'Twilio voice-quickstart-ios ViewController.swift',
    group: 'community',
    location: 'twilio/voice-quickstart-ios : SwiftVoiceQuickstart/ViewController.swift',
  },
  O3: {
    title: 'Stream Video CallKitService.swift',
    group: 'community',
    location: 'GetStream/stream-video-swift : Sources/StreamVideo/CallKit/CallKitService.swift',
  },
  O4: {
    title: 'flutter_callkit_incoming plugin',
    group: 'community',
    location:
      'hiennguyen92/flutter_callkit_incoming : ios/Classes/SwiftFlutterCallkitIncomingPlugin.swift',
  },
  O5: {
    title: 'Telnyx WebRTC iOS demo CallKit extension',
    group: 'community',
    location:
      'team-telnyx/telnyx-webrtc-ios : TelnyxWebRTCDemo/Extensions/AppDelegateCallKitExtension.swift',
  },
  O6: {
    title: 'voximplant/flutter_callkit #29: incoming UI closes after 60 s',
    group: 'community',
    url: 'https://github.com/voximplant/flutter_callkit/issues/29',
  },
  O7: {
    title: 'flutter_callkit_incoming #119: Hold & Accept despite supportsHolding=false',
    group: 'community',
    url: 'https://github.com/hiennguyen92/flutter_callkit_incoming/issues/119',
  },
  O8: {
    title: 'flutter_callkit_incoming #181: lock-screen answer does not open app',
    group: 'community',
    url: 'https://github.com/hiennguyen92/flutter_callkit_incoming/issues/181',
  },
  O9: {
    title: 'flutter_callkit_incoming #209: no Hold & Accept with outgoing call',
    group: 'community',
    url: 'https://github.com/hiennguyen92/flutter_callkit_incoming/issues/209',
  },
  O10: {
    title: 'twilio/voice-quickstart-ios PR #59: report connectedAt',
    group: 'community',
    url: 'https://github.com/twilio/voice-quickstart-ios/pull/59',
  },
  O11: {
    title: 'wire-ios-sync-engine PR #135 and PR #123',
    group: 'community',
    url: 'https://github.com/wireapp/wire-ios-sync-engine/pull/135',
    alsoAt: ['https://github.com/wireapp/wire-ios-sync-engine/pull/123'],
  },
  O12: {
    title: 'Columba-iOS PR #84: missing voip mode leads to providerDidReset',
    group: 'community',
    url: 'https://github.com/torlando-tech/Columba-iOS/pull/84',
  },
  O13: {
    title: 'twilio/video-quickstart-ios #187: error 7 from stale calls',
    group: 'community',
    url: 'https://github.com/twilio/video-quickstart-ios/issues/187',
  },
  O14: {
    title: 'nextcloud/talk-ios PR #700: error 7 on first request',
    group: 'community',
    url: 'https://github.com/nextcloud/talk-ios/pull/700',
  },
  O15: {
    title: 'linphone-iphone #217: three-button UI across GSM/VoIP',
    group: 'community',
    url: 'https://github.com/BelledonneCommunications/linphone-iphone/issues/217',
  },
  O16: {
    title: 'react-native-callkit #24: lock-screen answer stays in native UI',
    group: 'community',
    url: 'https://github.com/react-native-webrtc/react-native-callkit/issues/24',
  },
  O17: {
    title: 'Twilio Video iOS TVIAudioController (CallKit)',
    group: 'community',
    url: 'https://twilio.github.io/twilio-video-ios/docs/latest_1.x/Categories/TVIAudioController+CallKit.html',
  },
  O18: {
    title: 'react-native-callkeep PR #86: iOS 13 PushKit rule',
    group: 'community',
    url: 'https://github.com/react-native-webrtc/react-native-callkeep/pull/86',
  },
  O19: {
    title: 'jitsi-meet #3152: CallKit off in China',
    group: 'community',
    url: 'https://github.com/jitsi/jitsi-meet/issues/3152',
  },
  O20: {
    title: "MacRumors: iOS 14's Compact Interface",
    group: 'community',
    url: 'https://www.macrumors.com/guide/ios-14-compact-interface',
  },
  O21: {
    title: 'flutter_callkit_incoming PR #803: DND as incoming error 3',
    group: 'community',
    url: 'https://github.com/hiennguyen92/flutter_callkit_incoming/pull/803',
  },
  O22: {
    title: 'Twilio api-snippets: iOS binding token encoding',
    group: 'community',
    location:
      'TwilioDevEd/api-snippets : notifications/register/create-binding-ios/create-binding-ios.m',
  },
  O23: {
    title: 'twilio/voice-quickstart-objc PR #142: report hang',
    group: 'community',
    url: 'https://github.com/twilio/voice-quickstart-objc/pull/142',
  },
  O24: {
    title: 'CordovaCall #108: App Review and voip mode',
    group: 'community',
    url: 'https://github.com/WebsiteBeaver/CordovaCall/issues/108',
  },
  O25: {
    title: 'react-native-jitsi-meet #180: guideline 2.5.4 and voip mode',
    group: 'community',
    url: 'https://github.com/skrafft/react-native-jitsi-meet/issues/180',
  },
  O26: {
    title: 'react-native-callkit #21: non-UUID call ids fail silently',
    group: 'community',
    url: 'https://github.com/react-native-webrtc/react-native-callkit/issues/21',
  },
} as const satisfies Readonly<Record<string, SourceInfo>>;

/** Every source key the vocabulary may cite. */
export type SourceKey = keyof typeof sources;

/** All registered keys, in registry order. */
export const sourceKeys: readonly SourceKey[] = Object.freeze(
  Object.keys(sources).filter(isSourceKey),
);

/** Type guard: is `key` a registered source key? */
export function isSourceKey(key: string): key is SourceKey {
  return Object.prototype.hasOwnProperty.call(sources, key);
}

/** Looks up a source by key; undefined when the key is not registered. */
export function sourceByKey(key: string): SourceInfo | undefined {
  return isSourceKey(key) ? sources[key] : undefined;
}
