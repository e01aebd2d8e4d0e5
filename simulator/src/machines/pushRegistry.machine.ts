/** PushKit for this app (spec §9): registration, and whether VoIP delivery still happens. */
import {setup} from 'xstate';

export type PushRegistryEvent =
  | {type: 'CREATE'}
  | {type: 'TOKEN_DELIVERED'}
  | {type: 'PUSH_DELIVERED'}
  | {type: 'DELEGATE_RETURNED'}
  | {type: 'APP_TERMINATED'}
  | {type: 'DELIVERY_STOPPED'};

export const pushRegistryMachine = setup({
  types: {} as {events: PushRegistryEvent},
}).createMachine({
  id: 'pushRegistry',
  initial: 'notCreated',
  states: {
    notCreated: {on: {CREATE: 'registering'}},
    registering: {on: {TOKEN_DELIVERED: 'registered', APP_TERMINATED: 'notCreated'}},
    registered: {
      initial: 'idle',
      states: {
        idle: {on: {PUSH_DELIVERED: 'inDelegate'}},
        inDelegate: {on: {DELEGATE_RETURNED: 'idle'}},
      },
      on: {APP_TERMINATED: 'notCreated'},
    },
    deliveryStopped: {type: 'final'},
  },
  on: {
    DELIVERY_STOPPED: '.deliveryStopped',
  },
});
