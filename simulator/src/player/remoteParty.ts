/**
 * What the other party of each call experiences, read from the trace: the remote side learns
 * about this phone only through the app's own server (`app.signal`), because CallKit carries no
 * signalling (spec §11.1 step 7 and §11.2 steps 3–4: the app answers and starts calls on its own
 * network). So a forgotten decline, or a mute on which the call screen and the app's audio track
 * disagree, shows up here even though the phone looks fine (pain points 9 and 17). */
import type {CallSnapshot, SimulationSnapshot} from '../engine/snapshot';
import {appleApi, systemEvent} from '../trace/apiNames';
import type {TraceEntry} from '../trace/types';

export type RemoteStatus =
  /** Outgoing: the app has not sent the invitation yet. */
  | 'notContacted'
  /** Outgoing: the invitation went out; their phone rings. */
  | 'ringing'
  /** Incoming: they called and hear ringback until told otherwise. */
  | 'calling'
  | 'inCall'
  /** The app told the server: declined (incoming, before answering). */
  | 'declined'
  /** The app told the server: the call is over. */
  | 'hungUpHere'
  /** They hung up (or the caller gave up). */
  | 'hungUp'
  | 'busy'
  /**
   * The call ended on this phone without a CXEndCallAction (failed, unanswered, answered or
   * declined elsewhere): the app reported it itself, and its server settles it with the other
   * side, which this model leaves out.
   */
  | 'endedHere';

export interface RemoteLine {
  callUUID: string;
  /** Who the other party is, as plain text: the reported name, else the handle. */
  who: string;
  status: RemoteStatus;
  /** What they experience now, one sentence. */
  experience: string;
  /** In a call: whether they hear this phone's microphone now; null when not in a call. */
  hearsYou: boolean | null;
  /**
   * When what they experience contradicts this phone's screen (a failure the reader should
   * notice), one sentence saying what and why; else null.
   */
  problem: string | null;
}

interface CallFacts {
  status: RemoteStatus;
  /** The app's own audio track: muted or not (follows fulfilled CXSetMutedCallActions). */
  trackMuted: boolean;
}

const liveStatuses: ReadonlySet<RemoteStatus> = new Set(['ringing', 'calling', 'inCall']);

function initialStatus(call: CallSnapshot): RemoteStatus {
  return call.direction === 'incoming' ? 'calling' : 'notContacted';
}

function signalStatus(message: unknown, facts: CallFacts): RemoteStatus {
  switch (message) {
    case 'invite':
      return 'ringing';
    case 'answer':
      return 'inCall';
    case 'decline':
      return 'declined';
    case 'hangUp':
      return 'hungUpHere';
    default:
      return facts.status;
  }
}

/** Replays the trace for every call: what was signalled, and the app's own mute. */
function readTrace(
  trace: readonly TraceEntry[],
  calls: readonly CallSnapshot[],
): Map<string, CallFacts> {
  const facts = new Map<string, CallFacts>(
    calls.map((call) => [call.uuid, {status: initialStatus(call), trackMuted: false}]),
  );
  const pendingMutes = new Map<string, boolean>();
  for (const entry of trace) {
    const call = entry.callUUID === undefined ? undefined : facts.get(entry.callUUID);
    if (!call) continue;
    const detail = entry.detail ?? {};
    if (detail.ignored === true) continue;
    switch (entry.api) {
      case systemEvent.appSignal:
        call.status = signalStatus(detail.message, call);
        break;
      case 'remote.answer':
        if (call.status === 'ringing' || call.status === 'notContacted') call.status = 'inCall';
        break;
      case 'remote.hangUp':
        if (liveStatuses.has(call.status)) call.status = 'hungUp';
        break;
      case 'remote.busy':
        if (liveStatuses.has(call.status)) call.status = 'busy';
        break;
      case systemEvent.appMuteTrack:
        call.trackMuted = detail.muted === true;
        break;
      case appleApi.perform:
        if (entry.action === 'CXSetMutedCallAction' && typeof detail.actionUUID === 'string')
          pendingMutes.set(detail.actionUUID, detail.isMuted === true);
        break;
      case appleApi.fulfill: {
        // A correct app mutes its own track when it performs the action, then fulfils it.
        const actionUUID = typeof detail.actionUUID === 'string' ? detail.actionUUID : '';
        const muted = pendingMutes.get(actionUUID);
        if (entry.action === 'CXSetMutedCallAction' && muted !== undefined) call.trackMuted = muted;
        break;
      }
      default:
        break;
    }
  }
  return facts;
}

function experienceOf(status: RemoteStatus, hearsYou: boolean | null): string {
  switch (status) {
    case 'notContacted':
      return 'Not contacted yet: the app has not sent the invitation.';
    case 'ringing':
      return 'Their phone rings.';
    case 'calling':
      return 'Calling you: they hear ringback.';
    case 'inCall':
      return hearsYou ? 'In the call: they hear you.' : 'In the call: they hear nothing from you.';
    case 'declined':
      return 'Told that you declined.';
    case 'hungUpHere':
      return 'Told that the call is over.';
    case 'hungUp':
      return 'They hung up.';
    case 'busy':
      return 'They were busy.';
    case 'endedHere':
      return 'The call ended here on its own; the app’s server tells them (outside this model).';
  }
}

/** Causes after which nothing but the app's own end action could have told the other side. */
const unsignalledEnds: ReadonlySet<string | null> = new Set(['endAction', 'appTerminated']);

function problemOf(call: CallSnapshot, facts: CallFacts, hearsYou: boolean | null): string | null {
  if (call.hasEnded && liveStatuses.has(facts.status)) {
    const still =
      facts.status === 'inCall'
        ? 'they still think the call is on'
        : facts.status === 'calling'
          ? 'they still hear ringback'
          : 'their phone keeps ringing';
    return call.endCause === 'appTerminated'
      ? `The app was terminated, so nothing told the other side that the call ended on this phone: ${still}.`
      : `The call ended on this phone, but the app did not tell its server (CallKit carries no signalling): ${still}.`;
  }
  if (facts.status !== 'inCall' || call.hasEnded || call.isOnHold) return null;
  if (call.isMuted && hearsYou) {
    return 'The call screen shows Muted, but the app’s audio track is live: the other side still hears you.';
  }
  if (!call.isMuted && facts.trackMuted) {
    return 'The call screen shows the microphone on, but the app muted its own audio track: the other side hears nothing, and the call screen’s Mute button shows the opposite.';
  }
  return null;
}

/** After the call ended here, a live status stays only where the app should have signalled. */
function settle(call: CallSnapshot, facts: CallFacts): CallFacts {
  if (!call.hasEnded || !liveStatuses.has(facts.status) || unsignalledEnds.has(call.endCause))
    return facts;
  return {...facts, status: 'endedHere'};
}

/** One line per call this phone knows (ended ones included), in the snapshot's order. */
export function remoteParty(
  trace: readonly TraceEntry[],
  snapshot: SimulationSnapshot,
): RemoteLine[] {
  const facts = readTrace(trace, snapshot.calls);
  return snapshot.calls.map((call) => {
    const known = settle(
      call,
      facts.get(call.uuid) ?? {status: initialStatus(call), trackMuted: false},
    );
    const hearsYou =
      known.status === 'inCall'
        ? !call.hasEnded && !call.isOnHold && snapshot.app.mediaRunning && !known.trackMuted
        : null;
    return {
      callUUID: call.uuid,
      who: call.direction === 'incoming' && call.callerName ? call.callerName : call.handle,
      status: known.status,
      experience: experienceOf(known.status, hearsYou),
      hearsYou,
      problem: problemOf(call, known, hearsYou),
    };
  });
}

/** The first problem on any line, for the status line; null when the two sides agree. */
export function remotePartyProblem(lines: readonly RemoteLine[]): string | null {
  return lines.find((line) => line.problem !== null)?.problem ?? null;
}
