/**
 * Helpers shared by the player tests (tests/unit/player-*.test.ts): trace matching as the what-if
 * consequences describe it, stepping a scenario snapshot by snapshot, and deep freezing.
 */
import {
  createSimulation,
  type Scenario,
  type ScenarioInput,
  type SimulationSnapshot,
  type TraceEntry,
  type TraceMatch,
} from '../../../simulator/src';

/** Whether a trace entry matches a consequence's `TraceMatch` (api, action, error name, detail). */
export function matchesEntry(entry: TraceEntry, match: TraceMatch): boolean {
  if (entry.api !== match.api) return false;
  if (match.action !== undefined && entry.action !== match.action) return false;
  if (match.error !== undefined && entry.error?.name !== match.error) return false;
  if (match.detail !== undefined) {
    for (const [key, value] of Object.entries(match.detail)) {
      if (entry.detail === undefined || !(key in entry.detail)) return false;
      if (String(entry.detail[key]) !== value) return false;
    }
  }
  return true;
}

export function traceHas(trace: readonly TraceEntry[], match: TraceMatch): boolean {
  return trace.some((entry) => matchesEntry(entry, match));
}

export interface SteppedPoint {
  /** How many `step()` calls led here (0: the fresh simulation). */
  steps: number;
  snapshot: SimulationSnapshot;
  traceLength: number;
}

/** Every snapshot of a run stepped with `step()` from the start to the end (a guard caps it). */
export function steppedPoints(input: Scenario | ScenarioInput, maxSteps = 500): SteppedPoint[] {
  const simulation = createSimulation(input);
  const points: SteppedPoint[] = [
    {steps: 0, snapshot: simulation.getSnapshot(), traceLength: simulation.trace.length},
  ];
  for (let steps = 1; !simulation.isFinished() && steps <= maxSteps; steps += 1) {
    simulation.step();
    points.push({steps, snapshot: simulation.getSnapshot(), traceLength: simulation.trace.length});
  }
  simulation.stop();
  return points;
}

/** Freezes a value and everything reachable from it, so a test fails if anything writes to it. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

export const callA = 'E621E1F8-C36C-495A-93FC-0C247A3E6E5F';
export const callB = '5B8C2D4E-1F3A-4B6C-9D7E-8F0A1B2C3D4E';

export function pushStep(at: number, uuid = callA, extra: Record<string, unknown> = {}) {
  return {
    at,
    event: 'server.voipPush' as const,
    payload: {uuid, handle: '+15551234567', callerName: 'Ada', ...extra},
  };
}
