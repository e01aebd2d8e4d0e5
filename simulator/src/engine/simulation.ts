/**
 * The engine's one stateful entry point. A simulation is created from a scenario, runs on virtual
 * time, and can be stepped, advanced, fed events and read. The same scenario always produces the
 * same trace: time is an XState SimulatedClock and ids come from a seeded generator.
 */
import {validateScenario} from '../scenario/validate';
import type {Scenario, ScenarioInput, StepEvent} from '../scenario/types';
import {formatScenarioError} from '../scenario/validate';
import type {TraceEntry} from '../trace/types';
import * as app from './app';
import {stepPriority} from './scheduler';
import {takeSnapshot, type SimulationSnapshot} from './snapshot';
import {applyStep} from './steps';
import {createWorld, deviceRegion, stopWorld, type World} from './world';

/** A guard against runaway runs; no real scenario comes near it. */
const maxTasksPerRun = 200_000;

export class ScenarioInvalidError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScenarioInvalidError';
  }
}

export interface Simulation {
  readonly scenario: Scenario;
  /** The trace so far (read-only view; entries are never changed once written). */
  readonly trace: readonly TraceEntry[];
  now(): number;
  /** Virtual time of the next scheduled happening, or null when the run is over. */
  nextAt(): number | null;
  isFinished(): boolean;
  /** Applies an event now, as if a reader pressed a button. */
  send(event: StepEvent): readonly TraceEntry[];
  /** Runs everything due in the next `ms` virtual milliseconds. */
  advance(ms: number): readonly TraceEntry[];
  /** Runs until at least one new trace entry appears (or nothing is left). */
  step(): readonly TraceEntry[];
  /** Runs to the end. */
  runToEnd(): readonly TraceEntry[];
  getSnapshot(): SimulationSnapshot;
  subscribe(listener: () => void): () => void;
  stop(): void;
}

function resolveScenario(input: Scenario | ScenarioInput): Scenario {
  const result = validateScenario(input);
  if (!result.ok) throw new ScenarioInvalidError(formatScenarioError(result.error));
  return result.scenario;
}

export function createSimulation(input: Scenario | ScenarioInput): Simulation {
  const scenario = resolveScenario(input);
  const world = createWorld(scenario);
  const listeners = new Set<() => void>();
  let tasksRun = 0;

  const appState = deviceRegion(world, 'app');
  if (appState === 'foreground' || appState === 'background') {
    world.scheduler.schedule(0, 'app already running', () =>
      app.launch(world, appState, 'alreadyRunning'),
    );
  } else if (appState === 'suspended') {
    world.scheduler.schedule(0, 'app already running (suspended)', () =>
      app.launch(world, 'background', 'alreadyRunning'),
    );
  }
  for (const step of scenario.steps) {
    world.scheduler.scheduleAt(step.at, step.event, () => applyStep(world, step), stepPriority);
  }

  const notify = (): void => {
    for (const listener of listeners) listener();
  };
  const since = (start: number): readonly TraceEntry[] => world.trace.slice(start);
  const runOne = (): boolean => {
    if (tasksRun >= maxTasksPerRun) return false;
    tasksRun += 1;
    return world.scheduler.runNext();
  };

  const simulation: Simulation = {
    scenario,
    get trace() {
      return world.trace;
    },
    now: () => world.scheduler.now(),
    nextAt: () => world.scheduler.nextAt(),
    isFinished: () => world.scheduler.nextAt() === null,
    send(event) {
      const start = world.trace.length;
      applyStep(world, event);
      // Deferred system replies at this same instant belong to the event that caused them.
      while (world.scheduler.nextAt() === world.scheduler.now() && runOne()) {
        /* keep going */
      }
      notify();
      return since(start);
    },
    advance(ms) {
      const start = world.trace.length;
      const until = world.scheduler.now() + Math.max(0, ms);
      for (
        let next = world.scheduler.nextAt();
        next !== null && next <= until;
        next = world.scheduler.nextAt()
      ) {
        if (!runOne()) break;
      }
      world.scheduler.moveTo(until);
      notify();
      return since(start);
    },
    step() {
      const start = world.trace.length;
      while (world.trace.length === start && runOne()) {
        /* keep going */
      }
      notify();
      return since(start);
    },
    runToEnd() {
      const start = world.trace.length;
      while (runOne()) {
        /* keep going */
      }
      notify();
      return since(start);
    },
    getSnapshot: () => takeSnapshot(world),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop() {
      listeners.clear();
      stopWorld(world);
    },
  };
  return simulation;
}

export interface RunResult {
  trace: TraceEntry[];
  final: SimulationSnapshot;
}

/** Runs a scenario to the end and returns its trace and final snapshot. */
export function runScenario(input: Scenario | ScenarioInput): RunResult {
  const simulation = createSimulation(input);
  simulation.runToEnd();
  const result = {trace: [...simulation.trace], final: simulation.getSnapshot()};
  simulation.stop();
  return result;
}

export type {World};
