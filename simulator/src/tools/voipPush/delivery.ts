/**
 * "Deliver to the simulator": turns a draft, the phone's state and an app behaviour into a
 * scenario for the embedded simulator (one server.voipPush at 0 ms, then the user answering and
 * the caller hanging up) plus what-if overrides, or says why nothing would reach the phone.
 * Reasons come from the guide's Responses table. An oversize payload IS delivered: the engine
 * itself models APNs rejecting it (engine/pushkit.ts). Pure: it validates, it does not run.
 */
import type {WhatIfOverrides} from '../../player/whatIf';
import type {AppState, PushPayload, Scenario, ScenarioInput, Step} from '../../scenario/types';
import {formatScenarioError, validateScenario} from '../../scenario/validate';
import {quoteUserText, type ToolMessage} from '../messages';
import type {VoipPushDeliveryCode} from './codes';
import {effectiveTopic, type VoipPushDraft} from './draft';
import {isPlainObject, lookupPath, parsePayload, type PlainObject} from './payload';

export interface PhoneState {
  locked: boolean;
  appState: AppState;
  doNotDisturb: boolean;
}

export const defaultPhoneState: PhoneState = {
  locked: true,
  appState: 'terminated',
  doNotDisturb: false,
};

export type AppBehaviourId =
  | 'correct'
  | 'reportLate'
  | 'neverFulfil'
  | 'activatesAudio'
  | 'lateRegistry'
  | 'noVoipMode'
  | 'youAreTheApp';

export interface AppBehaviour {
  id: AppBehaviourId;
  label: string;
  /** The existing what-if toggles (player/whatIf.ts) that produce it. */
  overrides: WhatIfOverrides;
}

export const appBehaviours: readonly AppBehaviour[] = [
  {id: 'correct', label: 'A correct app', overrides: {}},
  {
    id: 'reportLate',
    label: 'Reports the call only after returning from the PushKit handler',
    overrides: {reportPushLate: true},
  },
  {id: 'neverFulfil', label: 'Never fulfils the answer action', overrides: {forgetToFulfil: true}},
  {
    id: 'activatesAudio',
    label: 'Activates the audio session itself',
    overrides: {activateAudioYourself: true},
  },
  {
    id: 'lateRegistry',
    label: 'Creates its PKPushRegistry late, not at launch',
    overrides: {skipPushKitAtLaunch: true},
  },
  {
    id: 'noVoipMode',
    label: 'Has no voip entry in UIBackgroundModes',
    overrides: {missingVoipBackgroundMode: true},
  },
  {
    id: 'youAreTheApp',
    label: 'You are the app: you choose what it does',
    overrides: {youAreTheApp: true},
  },
];

export function appBehaviour(id: string): AppBehaviour | undefined {
  return appBehaviours.find((behaviour) => behaviour.id === id);
}

export interface DeliveryOptions {
  phone: PhoneState;
  behaviour: AppBehaviourId;
  /** Script the user answering after 2 s and the caller hanging up at 9 s (default true). */
  userAnswers?: boolean;
}

export type VoipPushDeliveryMessage = ToolMessage<VoipPushDeliveryCode>;

export type VoipPushDelivery =
  | {
      ok: true;
      /** The validated scenario to hand to the simulator. */
      scenario: Scenario;
      input: ScenarioInput;
      /** The app behaviour as what-if overrides (the simulator shows them as switched). */
      overrides: WhatIfOverrides;
      /** The payload the simulated app receives. */
      payload: PushPayload;
      /** How the payload was mapped onto the keys the simulated app reads. */
      notes: string[];
    }
  | {ok: false; messages: VoipPushDeliveryMessage[]};

/** The keys the simulated app reads (engine/app.ts reportPushedCall). */
export const simulatorPayloadKeys = {callId: 'uuid', caller: 'handle'} as const;

const hexToken = /^(?:[0-9a-fA-F]{2})+$/;

function refuse(
  code: VoipPushDeliveryCode,
  text: string,
  confidence?: VoipPushDeliveryMessage['confidence'],
): VoipPushDelivery {
  const message: VoipPushDeliveryMessage = confidence
    ? {code, severity: 'error', field: null, text, confidence}
    : {code, severity: 'error', field: null, text};
  return {ok: false, messages: [message]};
}

type KeyMapping = {kind: 'same'} | {kind: 'copy'; value: unknown} | {kind: 'drop'};

/** Where the simulated app's key gets its value: the reader's key, copied, or nothing. */
function mapKey(
  payload: PlainObject,
  readerKey: string,
  simulatorKey: string,
  what: string,
  notes: string[],
): KeyMapping {
  const key = readerKey.trim();
  if (key === simulatorKey) return {kind: 'same'};
  const found = key.length > 0 ? lookupPath(payload, key) : null;
  if (found?.found) {
    notes.push(
      `The simulated app reads the ${what} from ${simulatorKey}: this delivery copies your ${quoteUserText(key)} there.`,
    );
    return {kind: 'copy', value: found.value};
  }
  notes.push(
    `Your app reads the ${what} from ${quoteUserText(key)}, which this payload lacks, so the simulated app gets no ${simulatorKey} either.`,
  );
  return {kind: 'drop'};
}

/** Sets an own data property, so even a `__proto__` key stays plain data. */
function setOwn(target: PlainObject, key: string, value: unknown): void {
  Object.defineProperty(target, key, {value, enumerable: true, writable: true, configurable: true});
}

/** The reader's payload with the simulated app's keys filled from the reader's keys. */
function simulatorPayload(
  payload: PlainObject,
  draft: VoipPushDraft,
  notes: string[],
): PlainObject {
  const mappings = new Map<string, KeyMapping>([
    [
      simulatorPayloadKeys.callId,
      mapKey(payload, draft.callIdKey, simulatorPayloadKeys.callId, 'call id', notes),
    ],
    [
      simulatorPayloadKeys.caller,
      mapKey(payload, draft.callerKey, simulatorPayloadKeys.caller, 'caller', notes),
    ],
  ]);
  const out: PlainObject = {};
  for (const key of Object.keys(payload)) {
    const mapping = mappings.get(key);
    if (mapping === undefined || mapping.kind === 'same') setOwn(out, key, payload[key]);
  }
  for (const [key, mapping] of mappings) {
    if (mapping.kind === 'copy') setOwn(out, key, mapping.value);
  }
  return out;
}

export function deliverVoipPush(draft: VoipPushDraft, options: DeliveryOptions): VoipPushDelivery {
  const parsed = parsePayload(draft.payload);
  if (!parsed.ok) {
    return refuse(
      'not-delivered-invalid-json',
      'Nothing to deliver: the payload is not valid JSON, so there is no body to send. Fix the payload first.',
    );
  }
  if (!isPlainObject(parsed.value)) {
    return refuse(
      'not-delivered-not-object',
      'Nothing to deliver: the payload is JSON but not an object, and APNs needs a JSON dictionary as the body of a push.',
      'DOC',
    );
  }
  if (draft.pushType.trim() !== 'voip') {
    return refuse(
      'not-delivered-push-type',
      'Nothing would reach the phone as a call: without apns-push-type: voip this is not a PushKit VoIP push. Developers have reported APNs answering 400 InvalidPushType when the push type does not fit the request.',
      'OBS',
    );
  }
  if (!effectiveTopic(draft).trim().endsWith('.voip')) {
    return refuse(
      'not-delivered-topic',
      'Nothing would reach the phone: the topic lacks the .voip suffix, and a VoIP token sent with the plain bundle id gets 400 DeviceTokenNotForTopic.',
      'DOC',
    );
  }
  if (!hexToken.test(draft.deviceToken.trim())) {
    return refuse(
      'not-delivered-device-token',
      'Nothing would reach the phone: the device token is not a hex token, and APNs answers 400 BadDeviceToken for a token that is not valid.',
      'DOC',
    );
  }

  const notes: string[] = [];
  const payload = simulatorPayload(parsed.value, draft, notes);
  notes.push(
    'It also reads callerName, handleType and hasVideo at the top level; every other key travels along unchanged.',
  );

  const steps: Step[] = [{at: 0, event: 'server.voipPush', payload}];
  if (options.userAnswers ?? true) {
    steps.push({at: 2000, event: 'user.answer'}, {at: 9000, event: 'remote.hangUp'});
  }
  const {phone} = options;
  const input: ScenarioInput = {
    title: 'Your VoIP push',
    description: `The push from the composer, sent to a ${phone.locked ? 'locked' : 'unlocked'} phone with the app ${phone.appState}${phone.doNotDisturb ? ' and Do Not Disturb on' : ''}.`,
    device: {locked: phone.locked, appState: phone.appState, doNotDisturb: phone.doNotDisturb},
    app: {fulfill: {CXAnswerCallAction: {afterMs: 300}}},
    steps,
  };
  const result = validateScenario(input);
  if (!result.ok) {
    return refuse(
      'not-delivered-too-deep',
      `The simulator cannot take this payload: ${formatScenarioError(result.error)}`,
    );
  }
  const overrides = appBehaviour(options.behaviour)?.overrides ?? {};
  const delivered = result.scenario.steps[0];
  return {
    ok: true,
    scenario: result.scenario,
    input,
    overrides,
    payload: delivered?.event === 'server.voipPush' ? delivered.payload : payload,
    notes,
  };
}
