/**
 * "You are the app": in manual mode the app does nothing by itself. When iOS is waiting for the
 * app (a VoIP push handler is running, an action was delivered to provider(_:perform:), an
 * outgoing call waits for its progress reports), these are the choices the reader can make.
 * Ignoring is always possible: the reader steps on and iOS reacts (timeouts, the PushKit kill).
 */
import type {SimulationSnapshot} from '../engine/snapshot';
import type {StepEvent} from '../scenario/types';

export interface AppDecision {
  /** Stable key for React lists and tests. */
  key: string;
  /** What iOS is waiting for, in one sentence. */
  question: string;
  choices: {label: string; event: StepEvent}[];
}

const shortAction = (kind: string): string => kind.replace(/^CX/, '').replace(/CallAction$/, '');

export function pendingDecisions(snapshot: SimulationSnapshot): AppDecision[] {
  if (!snapshot.app.alive) return [];
  const decisions: AppDecision[] = [];
  if (snapshot.app.inPushHandler) {
    decisions.push({
      key: 'push',
      question:
        'PushKit delivered a VoIP push and your handler is running. Since iOS 13 you must report a call before it returns.',
      choices: [
        {label: 'Report the call', event: {event: 'app.reportCall'}},
        {label: 'Return without reporting', event: {event: 'app.returnFromPush'}},
      ],
    });
  }
  for (const action of snapshot.actions) {
    if (action.status !== 'pending') continue;
    const name = shortAction(action.kind);
    decisions.push({
      key: `action:${action.uuid}`,
      question: `iOS delivered ${action.kind} to provider(_:perform:) and waits for you to complete it.`,
      choices: [
        {
          label: `Fulfil ${name}`,
          event: {event: 'app.fulfill', action: action.kind, callUUID: action.callUUID},
        },
        {
          label: `Fail ${name}`,
          event: {event: 'app.fail', action: action.kind, callUUID: action.callUUID},
        },
      ],
    });
  }
  for (const call of snapshot.calls) {
    if (call.direction !== 'outgoing' || !['dialing', 'connecting'].includes(call.state)) continue;
    decisions.push({
      key: `outgoing:${call.uuid}`,
      question:
        'Your outgoing call is in progress; iOS shows it as connected only when you report it.',
      choices: [
        {label: 'Report connected', event: {event: 'app.reportConnected', callUUID: call.uuid}},
      ],
    });
  }
  return decisions;
}
