/**
 * callservicesd and the native call UI (spec §3, §8): the app's provider connection, and what the
 * system shows. The engine decides which screen applies; this machine holds the legal moves.
 */
import {setup} from 'xstate';

export type IncomingPresentation = 'lockScreen' | 'banner' | 'fullScreen';

export type CallKitSystemEvent =
  | {type: 'PROVIDER_CREATED'}
  | {type: 'PROVIDER_BEGAN'}
  | {type: 'PROVIDER_REFUSED'}
  | {type: 'PROVIDER_RESET'}
  | {type: 'PROVIDER_GONE'}
  | {type: 'SHOW_INCOMING'; presentation: IncomingPresentation}
  | {type: 'SHOW_CALL_WAITING'}
  | {type: 'SHOW_CONNECTING'}
  | {type: 'SHOW_IN_CALL'}
  | {type: 'SHOW_ENDED'}
  | {type: 'DISMISS'};

const screens = {
  SHOW_CALL_WAITING: '.callWaiting',
  SHOW_CONNECTING: '.connecting',
  SHOW_IN_CALL: '.inCall',
  SHOW_ENDED: '.ended',
  DISMISS: '.idle',
} as const;

export const callKitSystemMachine = setup({
  types: {} as {events: CallKitSystemEvent},
  guards: {
    presentedAs: ({event}, presentation: IncomingPresentation) =>
      event.type === 'SHOW_INCOMING' && event.presentation === presentation,
  },
}).createMachine({
  id: 'callKit',
  type: 'parallel',
  states: {
    provider: {
      initial: 'none',
      states: {
        none: {on: {PROVIDER_CREATED: 'connecting'}},
        connecting: {on: {PROVIDER_BEGAN: 'ready', PROVIDER_REFUSED: 'refused'}},
        ready: {on: {PROVIDER_RESET: 'connecting'}},
        refused: {},
      },
      on: {PROVIDER_GONE: '.none'},
    },
    ui: {
      initial: 'idle',
      states: {
        idle: {},
        incoming: {
          initial: 'lockScreen',
          states: {lockScreen: {}, banner: {}, fullScreen: {}},
        },
        callWaiting: {},
        connecting: {},
        inCall: {},
        ended: {},
      },
      on: {
        ...screens,
        SHOW_INCOMING: [
          {guard: {type: 'presentedAs', params: 'lockScreen'}, target: '.incoming.lockScreen'},
          {guard: {type: 'presentedAs', params: 'banner'}, target: '.incoming.banner'},
          {target: '.incoming.fullScreen'},
        ],
      },
    },
  },
});
