/**
 * Named assumptions: behaviour the spec marks [UNCONFIRMED] or only [OBS]erved, turned into
 * settings with a documented default instead of silent guesses. The reference pages and the UI
 * read this table, so each entry says what we assume, why, and where the belief comes from.
 */
import type {Confidence, SourceKey} from '../vocabulary';
import type {Assumptions} from './types';

export interface AssumptionInfo<K extends keyof Assumptions = keyof Assumptions> {
  key: K;
  default: Assumptions[K];
  confidence: Confidence;
  sources: readonly SourceKey[];
  /** One line: what the simulator does with this setting. */
  meaning: string;
  /** One line: why it is an assumption. */
  why: string;
}

export const assumptionTable: readonly AssumptionInfo[] = [
  {
    key: 'actionTimeoutMs',
    default: 10_000,
    confidence: 'UNCONFIRMED',
    sources: ['A5', 'W1'],
    meaning:
      'Virtual milliseconds an action may stay incomplete before provider(_:timedOutPerforming:).',
    why: 'Apple exposes only CXAction.timeoutDate and publishes no durations.',
  },
  {
    key: 'systemRingTimeoutMs',
    default: 60_000,
    confidence: 'OBS',
    sources: ['O6'],
    meaning:
      'After this long unanswered the system itself sends a CXEndCallAction; null turns it off.',
    why: 'Observed on iOS 16 and later (about 60 s); Apple documents no ring timeout.',
  },
  {
    key: 'pushBackstopMs',
    default: 7_000,
    confidence: 'DTS',
    sources: ['F1', 'F14'],
    meaning:
      'When callservicesd re-checks that a VoIP push led to a reported call (0xbaadca11 kill).',
    why: 'Apple engineers describe it as "about 7 seconds"; the exact figure is not published.',
  },
  {
    key: 'pushDeliveryStopsAfterFailures',
    default: null,
    confidence: 'UNCONFIRMED',
    sources: ['P3', 'P4', 'F15'],
    meaning:
      'After this many unreported pushes the system stops delivering VoIP pushes; null = never.',
    why: 'Apple says delivery may stop after repeated failures but gives no threshold.',
  },
  {
    key: 'pushExemptWhenForegroundOrOnCall',
    default: true,
    confidence: 'DTS',
    sources: ['F1', 'F3'],
    meaning:
      'A push that arrives while the app is in the foreground or on a call does not have to be reported. callservicesd’s check about 7 s later counts only an active call, not one that is still ringing.',
    why: 'Stated by Apple engineers (and mustReport on iOS 26.4) but not part of the documented contract; apps have been reported killed for a push that arrived while their first call was still ringing.',
  },
  {
    key: 'keepAudioActiveOnSoleCallHold',
    default: true,
    confidence: 'UNCONFIRMED',
    sources: [],
    meaning:
      'Holding the only call keeps the audio session active (no didDeactivate, no didActivate on resume).',
    why: 'Only holds caused by another call are observed to deactivate the session.',
  },
];
