/**
 * The built-in scenarios: JSON files in simulator/scenarios/, in the same format readers write.
 * Each is validated when first read; an invalid built-in is a bug that the unit tests catch.
 * A test fails when a file in simulator/scenarios/ is missing from this list.
 */
import answerFulfilledLate from '../../scenarios/answer-fulfilled-late.json';
import answerNeverFulfilled from '../../scenarios/answer-never-fulfilled.json';
import answerTwiceFromApp from '../../scenarios/answer-twice-from-app.json';
import appActivatesAudio from '../../scenarios/app-activates-audio.json';
import backgroundPushAnswer from '../../scenarios/background-push-answer.json';
import blockedCaller from '../../scenarios/blocked-caller.json';
import callWaitingDecline from '../../scenarios/call-waiting-decline.json';
import callWaitingEndAndAccept from '../../scenarios/call-waiting-end-and-accept.json';
import callWaitingHoldAndAccept from '../../scenarios/call-waiting-hold-and-accept.json';
import cellularInterruptsRemoteEnds from '../../scenarios/cellular-interrupts-remote-ends.json';
import cellularInterruptsUserEnds from '../../scenarios/cellular-interrupts-user-ends.json';
import doNotDisturb from '../../scenarios/do-not-disturb.json';
import dtmfDigits from '../../scenarios/dtmf-digits.json';
import duplicatePush from '../../scenarios/duplicate-push.json';
import emptyTransaction from '../../scenarios/empty-transaction.json';
import endUnknownUuid from '../../scenarios/end-unknown-uuid.json';
import foregroundBannerAnswered from '../../scenarios/foreground-banner-answered.json';
import fulfilWrongAction from '../../scenarios/fulfil-wrong-action.json';
import fullscreenDeclined from '../../scenarios/fullscreen-declined.json';
import invalidPushPayload from '../../scenarios/invalid-push-payload.json';
import lockedPushAnswer from '../../scenarios/locked-push-answer.json';
import maximumCallGroups from '../../scenarios/maximum-call-groups.json';
import mergeCalls from '../../scenarios/merge-calls.json';
import missingVoipBackgroundMode from '../../scenarios/missing-voip-background-mode.json';
import muteSystemAndApp from '../../scenarios/mute-system-and-app.json';
import outgoingCall from '../../scenarios/outgoing-call.json';
import outgoingNoAnswer from '../../scenarios/outgoing-no-answer.json';
import outgoingProgressNotReported from '../../scenarios/outgoing-progress-not-reported.json';
import outgoingStartFailed from '../../scenarios/outgoing-start-failed.json';
import providerInvalidated from '../../scenarios/provider-invalidated.json';
import providerResetDuringCall from '../../scenarios/provider-reset-during-call.json';
import pushDeliveryStopped from '../../scenarios/push-delivery-stopped.json';
import pushNeverReported from '../../scenarios/push-never-reported.json';
import pushPayloadTooLarge from '../../scenarios/push-payload-too-large.json';
import pushRegistryNotSetUp from '../../scenarios/push-registry-not-set-up.json';
import pushReportedLate from '../../scenarios/push-reported-late.json';
import remoteCancelsBeforeAnswer from '../../scenarios/remote-cancels-before-answer.json';
import ringTimeoutUnanswered from '../../scenarios/ring-timeout-unanswered.json';
import stalePushReportedAndEnded from '../../scenarios/stale-push-reported-and-ended.json';
import startUuidAlreadyExists from '../../scenarios/start-uuid-already-exists.json';
import {validateScenario} from '../scenario/validate';
import type {Scenario} from '../scenario/types';

const builtinSources: readonly unknown[] = [
  answerFulfilledLate,
  answerNeverFulfilled,
  answerTwiceFromApp,
  appActivatesAudio,
  backgroundPushAnswer,
  blockedCaller,
  callWaitingDecline,
  callWaitingEndAndAccept,
  callWaitingHoldAndAccept,
  cellularInterruptsRemoteEnds,
  cellularInterruptsUserEnds,
  doNotDisturb,
  dtmfDigits,
  duplicatePush,
  emptyTransaction,
  endUnknownUuid,
  foregroundBannerAnswered,
  fulfilWrongAction,
  fullscreenDeclined,
  invalidPushPayload,
  lockedPushAnswer,
  maximumCallGroups,
  mergeCalls,
  missingVoipBackgroundMode,
  muteSystemAndApp,
  outgoingCall,
  outgoingNoAnswer,
  outgoingProgressNotReported,
  outgoingStartFailed,
  providerInvalidated,
  providerResetDuringCall,
  pushDeliveryStopped,
  pushNeverReported,
  pushPayloadTooLarge,
  pushRegistryNotSetUp,
  pushReportedLate,
  remoteCancelsBeforeAnswer,
  ringTimeoutUnanswered,
  stalePushReportedAndEnded,
  startUuidAlreadyExists,
];

export interface BuiltinScenario {
  id: string;
  title: string;
  description: string;
  scenario: Scenario;
}

let cache: readonly BuiltinScenario[] | null = null;

export function builtinScenarios(): readonly BuiltinScenario[] {
  if (cache) return cache;
  cache = builtinSources.map((source, index) => {
    const result = validateScenario(source);
    if (!result.ok) {
      throw new Error(
        `built-in scenario #${index} is invalid: ${result.error.path}: ${result.error.message}`,
      );
    }
    const {scenario} = result;
    if (!scenario.id) throw new Error(`built-in scenario "${scenario.title}" has no id`);
    return {id: scenario.id, title: scenario.title, description: scenario.description, scenario};
  });
  return cache;
}

export function builtinScenario(id: string): BuiltinScenario | undefined {
  return builtinScenarios().find((entry) => entry.id === id);
}
