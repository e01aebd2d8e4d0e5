/**
 * One call as callservicesd tracks it, keyed by its UUID (spec §11.4). Pure: no delays, no
 * invoked actors. Timeouts arrive as explicit events from the engine's scheduler, which keeps the
 * machine walkable by xstate/graph for model-based tests.
 */
import {assign, setup} from 'xstate';

export type CallDirection = 'incoming' | 'outgoing';
export type CallEndCause =
  | 'failed'
  | 'remoteEnded'
  | 'unanswered'
  | 'answeredElsewhere'
  | 'declinedElsewhere'
  | 'endAction'
  | 'providerReset'
  | 'appTerminated';

export interface CallContext {
  endCause: CallEndCause | null;
}

export type CallEvent =
  | {type: 'INCOMING_REPORTED'}
  | {type: 'START_ACCEPTED'}
  | {type: 'ANSWER_DELIVERED'}
  | {type: 'ANSWER_FULFILLED'}
  | {type: 'START_FULFILLED'}
  | {type: 'STARTED_CONNECTING'}
  | {type: 'CONNECTED'}
  | {type: 'END_DELIVERED'}
  | {type: 'END_COMPLETED'}
  | {type: 'HOLD_FULFILLED'}
  | {type: 'UNHOLD_FULFILLED'}
  | {type: 'CALL_FAILED'}
  | {type: 'REPORTED_ENDED'; cause: CallEndCause}
  | {type: 'PROVIDER_RESET'}
  | {type: 'APP_TERMINATED'};

const endedBy = (cause: CallEndCause) =>
  assign<CallContext, CallEvent, undefined, CallEvent, never>({endCause: cause});

export const callMachine = setup({
  types: {} as {context: CallContext; events: CallEvent},
}).createMachine({
  id: 'call',
  initial: 'idle',
  context: {endCause: null},
  states: {
    idle: {
      on: {
        INCOMING_REPORTED: 'ringing',
        START_ACCEPTED: 'starting',
      },
    },
    ringing: {
      on: {
        ANSWER_DELIVERED: 'answering',
        END_DELIVERED: 'ending',
      },
    },
    answering: {
      on: {
        ANSWER_FULFILLED: 'connected',
        CALL_FAILED: {target: 'ended', actions: endedBy('failed')},
        END_DELIVERED: 'ending',
      },
    },
    starting: {
      on: {
        START_FULFILLED: 'dialing',
        CALL_FAILED: {target: 'ended', actions: endedBy('failed')},
        END_DELIVERED: 'ending',
      },
    },
    dialing: {
      on: {
        STARTED_CONNECTING: 'connecting',
        CONNECTED: 'connected',
        END_DELIVERED: 'ending',
      },
    },
    connecting: {
      on: {
        CONNECTED: 'connected',
        END_DELIVERED: 'ending',
      },
    },
    connected: {
      initial: 'active',
      states: {
        active: {on: {HOLD_FULFILLED: 'held'}},
        held: {on: {UNHOLD_FULFILLED: 'active'}},
      },
      on: {
        END_DELIVERED: 'ending',
      },
    },
    ending: {
      on: {
        END_COMPLETED: {target: 'ended', actions: endedBy('endAction')},
      },
    },
    ended: {type: 'final'},
  },
  on: {
    REPORTED_ENDED: {
      target: '.ended',
      actions: assign({endCause: ({event}) => event.cause}),
    },
    PROVIDER_RESET: {target: '.ended', actions: endedBy('providerReset')},
    APP_TERMINATED: {target: '.ended', actions: endedBy('appTerminated')},
  },
});

export type CallStateName =
  | 'idle'
  | 'ringing'
  | 'answering'
  | 'starting'
  | 'dialing'
  | 'connecting'
  | 'connected.active'
  | 'connected.held'
  | 'ending'
  | 'ended';
