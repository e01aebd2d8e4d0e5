/**
 * The player: the debugger-like controls around one simulation (step, back, play/pause with
 * speed, rewind to a trace entry, reset, what-if toggles, the reader's own moves). The UI runs it
 * with `useActorRef` and reads it with `useSelector`; it holds no CallKit logic, which stays in
 * the engine. Play uses XState's `after`, so tests drive it with a SimulatedClock.
 */
import {assign, setup} from 'xstate';

import type {Simulation} from '../engine/simulation';
import type {SimulationSnapshot} from '../engine/snapshot';
import type {AppState, Scenario, StepEvent} from '../scenario/types';
import type {TraceEntry} from '../trace/types';
import {pendingDecisions} from './decisions';
import {remoteParty, remotePartyProblem, type RemoteLine} from './remoteParty';
import {applyMove, endTimeOf, movesToEnd, positionOfEntry, replay, type Move} from './session';
import {applyWhatIf, normaliseOverrides, type WhatIfOverrides} from './whatIf';

export const playbackSpeeds = [0.5, 1, 2, 4] as const;
export type PlaybackSpeed = (typeof playbackSpeeds)[number];

/** Real milliseconds between two steps at 1× speed. */
export const baseTickMs = 1000;

export interface PlayerInput {
  scenario: Scenario;
  overrides?: WhatIfOverrides;
}

export interface PlayerContext {
  /** The scenario as loaded, before what-if overrides. */
  base: Scenario;
  overrides: WhatIfOverrides;
  /** The scenario that runs: base plus overrides. */
  scenario: Scenario;
  moves: readonly Move[];
  /** How many moves are applied. Moves past it can be replayed with Step (like redo). */
  position: number;
  /** The live run. It is mutable: read it only through the fields below. */
  simulation: Simulation;
  traceLengths: readonly number[];
  trace: readonly TraceEntry[];
  snapshot: SimulationSnapshot;
  /** The snapshot shown before the last move or rewind (null after a reset or reload). */
  previousSnapshot: SimulationSnapshot | null;
  /** Index of the first trace entry the last move wrote (entries after it are "just played"). */
  latestFrom: number;
  /** Virtual time at which the run ends, for the progress bar. */
  endAt: number;
  /** Whether the live run has nothing left to do (read when this context was made). */
  finished: boolean;
  speed: PlaybackSpeed;
}

export type PlayerEvent =
  | {type: 'STEP'}
  | {type: 'BACK'}
  | {type: 'RESET'}
  | {type: 'PLAY'}
  | {type: 'PAUSE'}
  | {type: 'SET_SPEED'; speed: PlaybackSpeed}
  | {type: 'SEEK'; position: number}
  | {type: 'REWIND_TO_ENTRY'; seq: number}
  | {type: 'SEND'; event: StepEvent}
  | {type: 'SET_WHAT_IF'; id: string; value: boolean | AppState}
  | {type: 'LOAD'; scenario: Scenario; overrides?: WhatIfOverrides};

type Rebuilt = Pick<
  PlayerContext,
  | 'simulation'
  | 'traceLengths'
  | 'trace'
  | 'snapshot'
  | 'previousSnapshot'
  | 'latestFrom'
  | 'endAt'
  | 'finished'
  | 'position'
> & {moves: readonly Move[]};

/** Replays `moves` up to `position` into a fresh simulation. */
function rebuild(
  scenario: Scenario,
  moves: readonly Move[],
  position: number,
  endAt: number = endTimeOf(scenario, moves),
  shownBefore: SimulationSnapshot | null = null,
): Rebuilt {
  const at = Math.max(0, Math.min(position, moves.length));
  const {simulation, traceLengths} = replay(scenario, moves, at);
  return {
    moves,
    position: at,
    simulation,
    traceLengths,
    trace: simulation.trace.slice(),
    snapshot: simulation.getSnapshot(),
    previousSnapshot: shownBefore,
    latestFrom: at > 0 ? (traceLengths[at - 1] ?? 0) : simulation.trace.length,
    endAt,
    finished: simulation.isFinished(),
  };
}

/** Back, seek and rewind: the same moves, another position, so the run still ends at `endAt`. */
function moveTo(context: PlayerContext, position: number): Rebuilt {
  context.simulation.stop();
  return rebuild(context.scenario, context.moves, position, context.endAt, context.snapshot);
}

/** Applies one more move to the live simulation. */
function advance(
  context: PlayerContext,
  move: Move,
  moves: readonly Move[],
): Partial<PlayerContext> {
  const {simulation} = context;
  const before = simulation.trace.length;
  applyMove(simulation, move);
  return {
    moves,
    position: context.position + 1,
    traceLengths: [...context.traceLengths, simulation.trace.length],
    trace: simulation.trace.slice(),
    snapshot: simulation.getSnapshot(),
    previousSnapshot: context.snapshot,
    latestFrom: before,
    endAt: move.kind === 'send' ? endTimeOf(context.scenario, moves) : context.endAt,
    finished: simulation.isFinished(),
  };
}

export function canStepForward(context: PlayerContext): boolean {
  return context.position < context.moves.length || !context.finished;
}

/** Auto-play stops where the reader, as the app, has a choice to make. */
function waitsForReader(context: PlayerContext): boolean {
  return context.scenario.app.mode === 'manual' && pendingDecisions(context.snapshot).length > 0;
}

/**
 * Where a replay after a what-if change stops: at the end of the run, so the trace shows the
 * consequence at once; in manual mode at the first choice the reader has to make.
 */
function movesAfterChange(scenario: Scenario): Move[] {
  if (scenario.app.mode !== 'manual') return movesToEnd(scenario, []);
  const {simulation} = replay(scenario, []);
  const moves: Move[] = [];
  while (!simulation.isFinished() && pendingDecisions(simulation.getSnapshot()).length === 0) {
    simulation.step();
    moves.push({kind: 'step'});
  }
  simulation.stop();
  return moves;
}

function sameOverrides(a: WhatIfOverrides, b: WhatIfOverrides): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

function initialContext(input: PlayerInput): PlayerContext {
  const overrides = normaliseOverrides(input.scenario, input.overrides ?? {});
  const scenario = applyWhatIf(input.scenario, overrides);
  return {
    base: input.scenario,
    overrides,
    scenario,
    speed: 1,
    ...rebuild(scenario, [], 0),
  };
}

export const playerMachine = setup({
  types: {
    context: {} as PlayerContext,
    events: {} as PlayerEvent,
    input: {} as PlayerInput,
  },
  guards: {
    canStepForward: ({context}) => canStepForward(context),
    canAutoAdvance: ({context}) => canStepForward(context) && !waitsForReader(context),
  },
  delays: {
    tick: ({context}) => Math.round(baseTickMs / context.speed),
  },
  actions: {
    stepForward: assign(({context}) => {
      if (context.position < context.moves.length) {
        const move = context.moves[context.position];
        return move ? advance(context, move, context.moves) : {};
      }
      if (context.finished) return {};
      const move: Move = {kind: 'step'};
      return advance(context, move, [...context.moves, move]);
    }),
    stepBack: assign(({context}) =>
      context.position === 0 ? {} : moveTo(context, context.position - 1),
    ),
    seek: assign(({context, event}) =>
      event.type === 'SEEK' ? moveTo(context, event.position) : {},
    ),
    rewindToEntry: assign(({context, event}) => {
      if (event.type !== 'REWIND_TO_ENTRY') return {};
      const position = positionOfEntry(context.traceLengths, event.seq);
      if (position === null || position === context.position) return {};
      return moveTo(context, position);
    }),
    reset: assign(({context}) => {
      context.simulation.stop();
      return rebuild(context.scenario, [], 0);
    }),
    send: assign(({context, event}) => {
      if (event.type !== 'SEND') return {};
      const moves = [
        ...context.moves.slice(0, context.position),
        {kind: 'send', event: event.event} as const,
      ];
      return advance(context, moves[moves.length - 1] as Move, moves);
    }),
    setSpeed: assign(({event}) => (event.type === 'SET_SPEED' ? {speed: event.speed} : {})),
    setWhatIf: assign(({context, event}) => {
      if (event.type !== 'SET_WHAT_IF') return {};
      const overrides = normaliseOverrides(context.base, {
        ...context.overrides,
        [event.id]: event.value,
      });
      if (sameOverrides(overrides, context.overrides)) return {};
      const scenario = applyWhatIf(context.base, overrides);
      const moves = movesAfterChange(scenario);
      context.simulation.stop();
      return {overrides, scenario, ...rebuild(scenario, moves, moves.length)};
    }),
    load: assign(({context, event}) => {
      if (event.type !== 'LOAD') return {};
      context.simulation.stop();
      const {speed} = context;
      return {...initialContext({scenario: event.scenario, overrides: event.overrides}), speed};
    }),
  },
}).createMachine({
  id: 'player',
  context: ({input}) => initialContext(input),
  initial: 'paused',
  on: {
    STEP: {target: '.paused', guard: 'canStepForward', actions: 'stepForward'},
    BACK: {target: '.paused', actions: 'stepBack'},
    SEEK: {target: '.paused', actions: 'seek'},
    REWIND_TO_ENTRY: {target: '.paused', actions: 'rewindToEntry'},
    RESET: {target: '.paused', actions: 'reset'},
    SEND: {actions: 'send'},
    SET_SPEED: {actions: 'setSpeed'},
    SET_WHAT_IF: {target: '.paused', actions: 'setWhatIf'},
    LOAD: {target: '.paused', actions: 'load'},
  },
  states: {
    paused: {
      on: {PLAY: {target: 'playing', guard: 'canAutoAdvance'}},
    },
    playing: {
      on: {
        PAUSE: 'paused',
        // A new speed applies at once, not after the tick already scheduled.
        SET_SPEED: {target: 'playing', reenter: true, actions: 'setSpeed'},
      },
      after: {
        tick: [
          {guard: 'canAutoAdvance', actions: 'stepForward', target: 'playing', reenter: true},
          {target: 'paused'},
        ],
      },
    },
  },
});

export type PlayerMachine = typeof playerMachine;

/**
 * The status line: where the run is and what the last entry did, in plain English, and whether
 * the other party is out of step. Pass `remote` when the caller already has `remoteParty` for
 * this context, so it is not worked out twice.
 */
export function statusLine(
  context: PlayerContext,
  remote: readonly RemoteLine[] = remoteParty(context.trace, context.snapshot),
): string {
  const seconds = (context.snapshot.now / 1000).toFixed(1);
  const last = context.trace[context.trace.length - 1];
  if (context.position === 0 || last === undefined) {
    return `Ready: ${context.scenario.title}. Press Step or Play to start.`;
  }
  const finished = !canStepForward(context) ? ' The run is over.' : '';
  const problem = remotePartyProblem(remote);
  const outOfStep = problem === null ? '' : ` The other party is out of step: ${problem}`;
  return `Step ${context.position}, ${seconds} s: ${last.note}${outOfStep}${finished}`;
}
