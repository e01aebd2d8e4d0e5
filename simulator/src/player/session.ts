/**
 * A reader's session with one scenario is a list of moves: "step" (let the simulation run to its
 * next trace entry) or "send" (the reader pressed a control). The engine is deterministic, so any
 * position in the session is rebuilt by replaying the moves up to it: that is how Back, rewinding
 * to a trace entry and what-if changes work.
 */
import {createSimulation, type Simulation} from '../engine/simulation';
import type {Scenario, StepEvent} from '../scenario/types';

export type Move = {kind: 'step'} | {kind: 'send'; event: StepEvent};

/** A guard for "run to the end" on scenarios that never finish (none of the built-ins). */
export const maxMovesPerRun = 5_000;

export interface Replay {
  simulation: Simulation;
  /** traceLengths[i] is the trace length after i moves (traceLengths[0]: before any). */
  traceLengths: number[];
}

export function applyMove(simulation: Simulation, move: Move): void {
  if (move.kind === 'step') simulation.step();
  else simulation.send(move.event);
}

/** A new simulation with the first `count` moves applied. */
export function replay(scenario: Scenario, moves: readonly Move[], count = moves.length): Replay {
  const simulation = createSimulation(scenario);
  const traceLengths = [simulation.trace.length];
  for (const move of moves.slice(0, count)) {
    applyMove(simulation, move);
    traceLengths.push(simulation.trace.length);
  }
  return {simulation, traceLengths};
}

/** The moves with enough steps appended to reach the end of the run. */
export function movesToEnd(scenario: Scenario, moves: readonly Move[]): Move[] {
  const {simulation} = replay(scenario, moves);
  const all = [...moves];
  while (!simulation.isFinished() && all.length < maxMovesPerRun) {
    simulation.step();
    all.push({kind: 'step'});
  }
  simulation.stop();
  return all;
}

/** Virtual time at which the run ends after these moves (for the progress bar). */
export function endTimeOf(scenario: Scenario, moves: readonly Move[]): number {
  const {simulation} = replay(scenario, moves);
  simulation.runToEnd();
  const end = simulation.now();
  simulation.stop();
  return end;
}

/** The position (number of moves) at which trace entry `seq` first exists. */
export function positionOfEntry(traceLengths: readonly number[], seq: number): number | null {
  if (!Number.isInteger(seq) || seq < 0) return null;
  const index = traceLengths.findIndex((length) => length > seq);
  return index === -1 ? null : index;
}
