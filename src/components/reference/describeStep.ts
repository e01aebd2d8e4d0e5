/**
 * Scenario steps in plain English for the catalog. Wording only: what each step event does is
 * defined by the simulator (simulator/README.md, "Step events").
 */
import {maxVoipPayloadBytes, type Step} from '@site/simulator/src/data';

import {formatInteger} from './format';

function callRef(callUUID: string | undefined): string {
  return callUUID ? ` (call ${callUUID})` : '';
}

function viaRef(via: 'system' | 'app' | undefined): string {
  if (via === 'app') return " in the app's own screen";
  if (via === 'system') return ' in the system call screen';
  return '';
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 ? value : null;
}

function byteLength(value: string): number {
  return new TextEncoder().encode(value).length;
}

function describePush(payload: Readonly<Record<string, unknown>>): string {
  const bytes = byteLength(JSON.stringify(payload));
  if (bytes > maxVoipPayloadBytes) {
    return `The server sends a VoIP push with a ${formatInteger(bytes)}-byte payload, over the ${formatInteger(maxVoipPayloadBytes)}-byte limit.`;
  }
  const handle = text(payload.handle);
  const name = text(payload.callerName);
  const video = payload.hasVideo === true ? 'video ' : '';
  if (!text(payload.uuid) || !handle) {
    return 'The server sends a VoIP push without a usable call id or handle.';
  }
  const from = name ? `${name} (${handle})` : handle;
  return `The server sends a VoIP push for a ${video}call from ${from}.`;
}

/** One sentence saying what the step does. */
export function describeStep(step: Step): string {
  switch (step.event) {
    case 'server.voipPush':
      return describePush(step.payload);
    case 'user.startCall':
      return `The user starts a ${step.video ? 'video ' : ''}call to ${step.handle} from the app${step.uuid ? ` with call UUID ${step.uuid}` : ''}.`;
    case 'user.answer':
      return `The user answers${callRef(step.callUUID)}${viaRef(step.via)}.`;
    case 'user.decline':
      return `The user declines${callRef(step.callUUID)}.`;
    case 'user.end':
      return `The user hangs up${callRef(step.callUUID)}${viaRef(step.via)}.`;
    case 'user.setHeld':
      return `The user ${step.onHold ? 'puts the call on hold' : 'resumes the call'}${callRef(step.callUUID)}${viaRef(step.via)}.`;
    case 'user.setMuted':
      return `The user ${step.muted ? 'mutes' : 'unmutes'} the call${callRef(step.callUUID)}${viaRef(step.via)}.`;
    case 'user.playDTMF':
      return `The user types ${step.digits} on the keypad${callRef(step.callUUID)}.`;
    case 'user.endAndAccept':
      return `The user taps End & Accept${callRef(step.callUUID)}.`;
    case 'user.holdAndAccept':
      return `The user taps Hold & Accept${callRef(step.callUUID)}.`;
    case 'user.mergeCalls':
      return `The user taps Merge calls${callRef(step.callUUID)}.`;
    case 'user.splitCall':
      return `The user takes the call out of its group${callRef(step.callUUID)}.`;
    case 'user.lock':
      return 'The user locks the phone.';
    case 'user.unlock':
      return 'The user unlocks the phone.';
    case 'user.openApp':
      return 'The user opens the app.';
    case 'user.leaveApp':
      return 'The user leaves the app.';
    case 'remote.answer':
      return `The other party answers${callRef(step.callUUID)}.`;
    case 'remote.hangUp':
      return `The other party hangs up${callRef(step.callUUID)}.`;
    case 'remote.busy':
      return `The other party is busy${callRef(step.callUUID)}.`;
    case 'cellular.incomingCall':
      return `A cellular call comes in${step.handle ? ` from ${step.handle}` : ''}.`;
    case 'cellular.end':
      return step.endedBy === 'user'
        ? 'The user ends the cellular call.'
        : 'The other party ends the cellular call.';
    case 'system.reset':
      return 'callservicesd restarts and resets the provider.';
    case 'app.fulfill':
      return `The app fulfils the ${step.action}${callRef(step.callUUID)}.`;
    case 'app.fail':
      return `The app fails the ${step.action}${callRef(step.callUUID)}.`;
    case 'app.reportCall':
      return `The app reports the incoming call${callRef(step.callUUID)}.`;
    case 'app.returnFromPush':
      return 'The app returns from its PushKit handler.';
    case 'app.request': {
      if (step.actions.length === 0) return 'The app requests a transaction with no actions.';
      const actions = step.actions
        .map((action) => `${action.action}${callRef(action.callUUID)}`)
        .join(', ');
      return `The app requests a transaction: ${actions}.`;
    }
    case 'app.invalidateProvider':
      return 'The app invalidates its provider.';
    case 'app.reportConnected':
      return `The app reports the outgoing call connected${callRef(step.callUUID)}.`;
    case 'app.reportEnded':
      return `The app reports the call ended with reason ${step.reason}${callRef(step.callUUID)}.`;
    default: {
      const unknown: never = step;
      return `Unknown step ${JSON.stringify(unknown)}.`;
    }
  }
}
