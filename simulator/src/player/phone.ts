/**
 * What the drawn iPhone shows and which of its controls the user can press, from a snapshot. The
 * controls are the user's real moves: each carries the step event the engine receives when it is
 * pressed, so the UI holds no CallKit logic of its own.
 */
import type {CallSnapshot, PhoneScreen, SimulationSnapshot} from '../engine/snapshot';
import type {Scenario, StepEvent} from '../scenario/types';

export type PhoneControlId =
  | 'slideToAnswer'
  | 'accept'
  | 'decline'
  | 'endAndAccept'
  | 'holdAndAccept'
  | 'endCall'
  | 'mute'
  | 'hold'
  | 'keypad'
  | 'speaker'
  | 'merge'
  | 'openApp'
  | 'leaveApp'
  | 'startCall'
  | 'lock'
  | 'unlock';

export interface PhoneControl {
  id: PhoneControlId;
  /** The accessible name (a public contract for tests: "Slide to answer", "End & Accept", …). */
  name: string;
  /** What pressing it sends; null for controls that only change the drawing (the keypad). */
  event: StepEvent | null;
  /** For toggles (Mute, Hold): whether it is on now. */
  pressed?: boolean;
  /** Set when the control is shown but does nothing in the simulation, with the reason. */
  inert?: string;
}

export interface PhoneLine {
  uuid: string;
  /** The caller as iOS shows it: the name the app reported, else the handle. Plain text. */
  caller: string;
  status: string;
}

export interface PhoneModel {
  screen: PhoneScreen;
  locked: boolean;
  /** The calls on screen, the one in focus first. */
  lines: PhoneLine[];
  /** A line of small print under the controls (observed behaviour, limits). */
  footnote: string | null;
  controls: PhoneControl[];
  /** The side button: lock or unlock. */
  sideButton: PhoneControl;
  appName: string;
}

/** The handle the in-app Call button dials when the scenario never starts a call itself. */
export const defaultDialHandle = '+15557654321';

const callStatus: Readonly<Record<string, string>> = {
  ringing: 'Incoming call',
  answering: 'Connecting…',
  starting: 'Calling…',
  dialing: 'Calling…',
  connecting: 'Connecting…',
  'connected.active': 'Connected',
  'connected.held': 'On hold',
  ending: 'Ending…',
  ended: 'Call ended',
};

const isLive = (call: CallSnapshot): boolean => !['idle', 'ended'].includes(call.state);

function callerOf(call: CallSnapshot): string {
  const name = call.callerName?.trim();
  return name ? name : call.handle;
}

function line(call: CallSnapshot): PhoneLine {
  return {uuid: call.uuid, caller: callerOf(call), status: callStatus[call.state] ?? call.state};
}

function dialHandle(scenario: Scenario): string {
  for (const step of scenario.steps) if (step.event === 'user.startCall') return step.handle;
  return defaultDialHandle;
}

/** Hold & Accept is missing in two observed cases (spec §8.2, [OBS O7, O9]). */
function holdAndAcceptHiddenBecause(
  scenario: Scenario,
  active: CallSnapshot | undefined,
): string | null {
  const {maximumCallGroups, maximumCallsPerCallGroup} = scenario.configuration;
  if (maximumCallGroups === 1 && maximumCallsPerCallGroup === 1) {
    return 'Observed: with both call limits set to 1, iOS offers no Hold & Accept.';
  }
  if (active?.direction === 'outgoing') {
    return 'Observed: when the current call is an outgoing call of the same app, iOS offers no Hold & Accept.';
  }
  return null;
}

/**
 * Merging the held call into the active call's group would go over maximumCallsPerCallGroup. The
 * engine refuses such a merge (system.groupRefusal); the phone does not offer it either. That the
 * control is hidden rather than failing is the spec's unconfirmed belief (§6, limits behaviour).
 */
function mergeOverLimitBecause(scenario: Scenario, live: readonly CallSnapshot[]): string | null {
  const held = live.find((call) => call.state === 'connected.held');
  const active = live.filter((call) => call !== held && call.state === 'connected.active').at(-1);
  if (!held || !active) return null;
  const groupKey = active.group ?? active.uuid;
  const size = live.filter((call) => (call.group ?? call.uuid) === groupKey).length;
  const limit = scenario.configuration.maximumCallsPerCallGroup;
  if (size + 1 <= limit) return null;
  return `Assumed (unconfirmed): with maximumCallsPerCallGroup ${limit}, iOS does not offer Merge.`;
}

/**
 * An app that starts the scenario running has its launch scheduled for the first step; until
 * then the phone offers no app controls (opening it would launch it twice).
 */
function launchPending(snapshot: SimulationSnapshot): boolean {
  return (
    snapshot.app.launches === 0 &&
    snapshot.app.terminatedReason === null &&
    snapshot.device.appState !== 'terminated'
  );
}

function control(id: PhoneControlId, name: string, event: StepEvent | null): PhoneControl {
  return {id, name, event};
}

export function phoneModel(snapshot: SimulationSnapshot, scenario: Scenario): PhoneModel {
  const {screen} = snapshot.ui;
  const live = snapshot.calls.filter(isLive);
  const focus = live.find((call) => call.uuid === snapshot.ui.callUUID) ?? live[live.length - 1];
  const ringing = live.find((call) => call.state === 'ringing');
  const inProgress = live.filter((call) => call.state !== 'ringing');
  const current = inProgress.find((call) => call.state === 'connected.active') ?? inProgress[0];
  const locked = snapshot.device.locked;
  // The system labels the call with the app's name; the exact wording (such as "<App> Audio") is
  // unconfirmed (spec §6, CXProviderConfiguration.localizedName), so the phone shows the name alone.
  const appName = 'VoIP app';
  const sideButton = locked
    ? control('unlock', 'Unlock', {event: 'user.unlock'})
    : control('lock', 'Lock', {event: 'user.lock'});
  const controls: PhoneControl[] = [];
  let lines: PhoneLine[] = focus ? [line(focus)] : [];
  let footnote: string | null = null;

  switch (screen) {
    case 'lockScreenIncoming':
      if (ringing) {
        lines = [line(ringing)];
        controls.push(
          control('slideToAnswer', 'Slide to answer', {
            event: 'user.answer',
            callUUID: ringing.uuid,
          }),
        );
      }
      break;
    case 'bannerIncoming':
    case 'fullScreenIncoming':
      if (ringing) {
        lines = [line(ringing)];
        controls.push(
          control('decline', 'Decline', {event: 'user.decline', callUUID: ringing.uuid}),
          control('accept', 'Accept', {event: 'user.answer', callUUID: ringing.uuid}),
        );
      }
      break;
    case 'callWaiting': {
      const cellularWaiting = snapshot.device.cellular === 'ringing';
      if (cellularWaiting) {
        lines = [{uuid: 'cellular', caller: 'Cellular call', status: 'Incoming call'}];
        if (current) lines.push(line(current));
        controls.push(
          control('endAndAccept', 'End & Accept', {event: 'user.endAndAccept'}),
          control('holdAndAccept', 'Hold & Accept', {event: 'user.holdAndAccept'}),
          control('decline', 'Decline', {event: 'cellular.end', endedBy: 'user'}),
        );
        footnote = 'Observed: a cellular call over a VoIP call gets the same three buttons.';
        break;
      }
      if (ringing) {
        lines = [line(ringing), ...inProgress.map(line)];
        controls.push(
          control('endAndAccept', 'End & Accept', {
            event: 'user.endAndAccept',
            callUUID: ringing.uuid,
          }),
        );
        const hidden = holdAndAcceptHiddenBecause(scenario, current);
        if (hidden === null) {
          controls.push(
            control('holdAndAccept', 'Hold & Accept', {
              event: 'user.holdAndAccept',
              callUUID: ringing.uuid,
            }),
          );
        } else {
          footnote = hidden;
        }
        controls.push(
          control('decline', 'Decline', {event: 'user.decline', callUUID: ringing.uuid}),
        );
      }
      break;
    }
    case 'connecting':
      if (focus) {
        controls.push(control('endCall', 'End call', {event: 'user.end', callUUID: focus.uuid}));
      }
      break;
    case 'inCall':
      if (focus) {
        const target = current ?? focus;
        lines = [line(target), ...live.filter((call) => call !== target).map(line)];
        controls.push(
          {
            ...control('mute', 'Mute', {
              event: 'user.setMuted',
              muted: !target.isMuted,
              callUUID: target.uuid,
            }),
            pressed: target.isMuted,
          },
          control('keypad', 'Keypad', null),
          {
            ...control('speaker', 'Speaker', null),
            inert: 'The audio route is not a CallKit action, so the simulator does not model it.',
          },
          {
            ...control('hold', 'Hold', {
              event: 'user.setHeld',
              onHold: !target.isOnHold,
              callUUID: target.uuid,
            }),
            pressed: target.isOnHold,
          },
        );
        const ungrouped = live.filter((call) => call.state.startsWith('connected'));
        if (
          ungrouped.length >= 2 &&
          new Set(ungrouped.map((call) => call.group ?? call.uuid)).size > 1
        ) {
          const overLimit = mergeOverLimitBecause(scenario, live);
          if (overLimit === null) {
            controls.push(control('merge', 'Merge calls', {event: 'user.mergeCalls'}));
          } else {
            footnote = overLimit;
          }
        }
        controls.push(
          control('openApp', `Open ${appName}`, {event: 'user.openApp'}),
          control('endCall', 'End call', {event: 'user.end', callUUID: target.uuid}),
        );
      }
      break;
    case 'appTerminated':
      if (!locked) controls.push(control('openApp', `Open ${appName}`, {event: 'user.openApp'}));
      break;
    case 'home':
    case 'ended':
      if (launchPending(snapshot)) break;
      if (snapshot.device.appState === 'foreground' && snapshot.app.alive) {
        controls.push(
          control('startCall', `Call ${dialHandle(scenario)}`, {
            event: 'user.startCall',
            handle: dialHandle(scenario),
          }),
          control('leaveApp', 'Leave app', {event: 'user.leaveApp'}),
        );
      } else if (!locked) {
        controls.push(control('openApp', `Open ${appName}`, {event: 'user.openApp'}));
      }
      break;
  }
  return {screen, locked, lines, footnote, controls, sideButton, appName};
}

/** The event a keypad digit sends during a call (CXPlayDTMFCallAction). */
export function dtmfEvent(digit: string, callUUID: string): StepEvent {
  return {event: 'user.playDTMF', digits: digit, callUUID};
}

export const keypadDigits = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '*', '0', '#'] as const;
