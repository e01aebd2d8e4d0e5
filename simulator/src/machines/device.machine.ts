/** The phone: lock state, the app's process state, and the user's cellular line (spec §8, §9.4). */
import {setup} from 'xstate';

import type {AppState} from '../scenario/types';

export interface DeviceInput {
  locked: boolean;
  appState: AppState;
}

export type DeviceEvent =
  | {type: 'LOCK'}
  | {type: 'UNLOCK'}
  | {type: 'LAUNCH_IN_BACKGROUND'}
  | {type: 'OPEN_APP'}
  | {type: 'LEAVE_APP'}
  | {type: 'TERMINATE_APP'}
  | {type: 'CELLULAR_INCOMING'}
  | {type: 'CELLULAR_ANSWERED'}
  | {type: 'CELLULAR_HELD'}
  | {type: 'CELLULAR_RESUMED'}
  | {type: 'CELLULAR_ENDED'};

export const deviceMachine = setup({
  types: {} as {input: DeviceInput; events: DeviceEvent},
  guards: {
    startsLocked: ({context}: {context: DeviceInput}) => context.locked,
    startsIn: ({context}: {context: DeviceInput}, state: AppState) => context.appState === state,
  },
}).createMachine({
  id: 'device',
  type: 'parallel',
  context: ({input}) => input,
  states: {
    screen: {
      initial: 'choose',
      states: {
        choose: {
          always: [{guard: 'startsLocked', target: 'locked'}, {target: 'unlocked'}],
        },
        locked: {on: {UNLOCK: 'unlocked'}},
        unlocked: {on: {LOCK: 'locked'}},
      },
    },
    app: {
      initial: 'choose',
      states: {
        choose: {
          always: [
            {guard: {type: 'startsIn', params: 'foreground'}, target: 'foreground'},
            {guard: {type: 'startsIn', params: 'background'}, target: 'background'},
            {guard: {type: 'startsIn', params: 'suspended'}, target: 'suspended'},
            {target: 'terminated'},
          ],
        },
        terminated: {on: {LAUNCH_IN_BACKGROUND: 'background', OPEN_APP: 'foreground'}},
        suspended: {
          on: {
            LAUNCH_IN_BACKGROUND: 'background',
            OPEN_APP: 'foreground',
            TERMINATE_APP: 'terminated',
          },
        },
        background: {on: {OPEN_APP: 'foreground', TERMINATE_APP: 'terminated'}},
        foreground: {on: {LEAVE_APP: 'background', TERMINATE_APP: 'terminated'}},
      },
    },
    cellular: {
      initial: 'idle',
      states: {
        idle: {on: {CELLULAR_INCOMING: 'ringing'}},
        ringing: {on: {CELLULAR_ANSWERED: 'active', CELLULAR_ENDED: 'idle'}},
        active: {on: {CELLULAR_HELD: 'held', CELLULAR_ENDED: 'idle'}},
        held: {on: {CELLULAR_RESUMED: 'active', CELLULAR_ENDED: 'idle'}},
      },
    },
  },
});
