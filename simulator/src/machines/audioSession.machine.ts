/**
 * The app's AVAudioSession as CallKit sees it (spec §5.1). The app configures it; only the system
 * should activate it. `activeByApp` is the broken path: CallKit can no longer activate it.
 */
import {setup} from 'xstate';

export type AudioSessionEvent =
  | {type: 'SET_CATEGORY'}
  | {type: 'SYSTEM_ACTIVATE'}
  | {type: 'SYSTEM_DEACTIVATE'}
  | {type: 'APP_ACTIVATE'}
  | {type: 'RESET'};

export const audioSessionMachine = setup({
  types: {} as {events: AudioSessionEvent},
}).createMachine({
  id: 'audioSession',
  initial: 'unconfigured',
  states: {
    unconfigured: {
      on: {
        SET_CATEGORY: 'configured',
        SYSTEM_ACTIVATE: 'activeBySystem',
        APP_ACTIVATE: 'activeByApp',
      },
    },
    configured: {
      on: {SYSTEM_ACTIVATE: 'activeBySystem', APP_ACTIVATE: 'activeByApp'},
    },
    activeBySystem: {
      on: {SYSTEM_DEACTIVATE: 'configured'},
    },
    activeByApp: {},
  },
  on: {
    RESET: '.unconfigured',
  },
});
