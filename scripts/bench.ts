/**
 * `npm run bench`: how fast the engine runs the canonical scenario, and what one engine event costs
 * next to a bare XState actor. It prints figures only: no assertions, no exit code on time.
 *
 *   npx tsx scripts/bench.ts [--seconds 3]
 */
import {availableParallelism, loadavg} from 'node:os';
import {performance} from 'node:perf_hooks';

import {Actor, createActor, setup} from 'xstate';

import {Scheduler} from '../simulator/src/engine/scheduler';
import {runScenario} from '../simulator/src/engine/simulation';
import type {ScenarioInput} from '../simulator/src/scenario/types';

/** Spec §11.1: locked phone, app killed, VoIP push, the user answers, the remote hangs up. */
const canonical: ScenarioInput = {
  title: 'Locked phone, app killed, VoIP push, user answers',
  device: {locked: true, appState: 'terminated'},
  app: {fulfill: {CXAnswerCallAction: {afterMs: 300}}},
  steps: [
    {
      at: 0,
      event: 'server.voipPush',
      payload: {
        uuid: 'e621e1f8-c36c-495a-93fc-0c247a3e6e5f',
        handle: '+15551234567',
        callerName: 'Ada',
        hasVideo: false,
      },
    },
    {at: 2000, event: 'user.answer'},
    {at: 9000, event: 'remote.hangUp'},
  ],
};

const targetRunsPerSecond = 2_000;
const secondsArg = process.argv.indexOf('--seconds');
const measureSeconds = secondsArg >= 0 ? Number(process.argv[secondsArg + 1]) : 3;
const warmUpSeconds = 1;

const integer = new Intl.NumberFormat('en-US', {maximumFractionDigits: 0});
const decimal = new Intl.NumberFormat('en-US', {
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});
const decimal2 = new Intl.NumberFormat('en-US', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/** Keeps results observable so the JIT cannot drop the work. */
let sink = 0;

interface Timing {
  iterations: number;
  /** Wall time. */
  totalMs: number;
  /** CPU time this process used (all threads, GC included): steadier when the box is busy. */
  cpuMs: number;
}

const cpuMsSince = (start: NodeJS.CpuUsage): number => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};

/** Calls `body` in batches until `seconds` of wall time have passed. */
function runFor(seconds: number, body: () => void): Timing {
  const budgetMs = seconds * 1000;
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  let iterations = 0;
  let elapsed = 0;
  while (elapsed < budgetMs) {
    for (let i = 0; i < 50; i += 1) body();
    iterations += 50;
    elapsed = performance.now() - start;
  }
  return {iterations, totalMs: elapsed, cpuMs: cpuMsSince(cpuStart)};
}

/** Calls `body` exactly `iterations` times. */
function runTimes(iterations: number, body: () => void): Timing {
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  for (let i = 0; i < iterations; i += 1) body();
  return {iterations, totalMs: performance.now() - start, cpuMs: cpuMsSince(cpuStart)};
}

// ---------------------------------------------------------------------------------------------
// What one canonical run does (counted once, outside any timing, by wrapping two prototypes)

interface RunCounts {
  traceEntries: number;
  tasks: number;
  actorSends: number;
}

function countOneRun(): RunCounts {
  const schedulerProto = Scheduler.prototype;
  const actorProto = Actor.prototype;
  const runNext = schedulerProto.runNext;
  const send = actorProto.send;
  let tasks = 0;
  let actorSends = 0;
  schedulerProto.runNext = function (this: Scheduler): boolean {
    const ran = runNext.call(this);
    if (ran) tasks += 1;
    return ran;
  };
  actorProto.send = function (this: Actor<never>, event: never): void {
    actorSends += 1;
    send.call(this, event);
  };
  try {
    const {trace} = runScenario(canonical);
    return {traceEntries: trace.length, tasks, actorSends};
  } finally {
    schedulerProto.runNext = runNext;
    actorProto.send = send;
  }
}

// ---------------------------------------------------------------------------------------------
// A bare XState actor: a two-state toggle, fresh per iteration

const toggle = setup({types: {} as {events: {type: 'TOGGLE'}}}).createMachine({
  id: 'toggle',
  initial: 'off',
  states: {
    off: {on: {TOGGLE: 'on'}},
    on: {on: {TOGGLE: 'off'}},
  },
});

function bareActorRun(sends: number): void {
  const actor = createActor(toggle).start();
  for (let i = 0; i < sends; i += 1) actor.send({type: 'TOGGLE'});
  sink += actor.getSnapshot().value === 'on' ? 1 : 0;
  actor.stop();
}

function engineRun(): void {
  sink += runScenario(canonical).trace.length;
}

// ---------------------------------------------------------------------------------------------

function main(): void {
  const counts = countOneRun();

  runFor(warmUpSeconds, engineRun);
  const engine = runFor(measureSeconds, engineRun);
  const runsPerSecond = (engine.iterations / engine.totalMs) * 1000;
  const microsPerRun = (engine.totalMs * 1000) / engine.iterations;

  // "Events" are trace entries: each one is an observable happening the engine produced.
  const events = counts.traceEntries;
  runTimes(Math.min(engine.iterations, 2_000), () => bareActorRun(events));
  const bare = runTimes(engine.iterations, () => bareActorRun(events));
  const engineMicrosPerEvent = microsPerRun / events;
  const bareMicrosPerEvent = (bare.totalMs * 1000) / (bare.iterations * events);

  const verdict = runsPerSecond >= targetRunsPerSecond ? 'meets' : 'BELOW';
  const cpuRunsPerSecond = (engine.iterations / engine.cpuMs) * 1000;
  const cpuShare = engine.cpuMs / engine.totalMs;
  const load = loadavg()[0] ?? 0;
  const lines = [
    `canonical locked-screen push scenario: ${counts.traceEntries} trace entries per run`,
    `  (${counts.tasks} scheduler tasks, ${counts.actorSends} XState actor sends per run)`,
    `  runs/s: ${integer.format(runsPerSecond)} (target ≥ ${integer.format(targetRunsPerSecond)}: ${verdict})   mean: ${integer.format(microsPerRun)} µs/run`,
    `  per CPU-second: ${integer.format(cpuRunsPerSecond)} runs (this process had ${integer.format(cpuShare * 100)}% of a core on average)`,
    `  measured: ${integer.format(engine.iterations)} runs in ${decimal2.format(engine.totalMs / 1000)} s after a ${warmUpSeconds} s warm-up (node ${process.version}, ${availableParallelism()} cores, load average ${decimal2.format(load)})`,
    `per event (event = trace entry; ${events} per run): engine ${decimal2.format(engineMicrosPerEvent)} µs, bare XState actor ${decimal2.format(bareMicrosPerEvent)} µs → ratio ${decimal.format(engineMicrosPerEvent / bareMicrosPerEvent)}×`,
    `  bare actor: fresh 2-state toggle per iteration, ${events} send() calls, ${integer.format(bare.iterations)} iterations`,
  ];
  console.log(lines.join('\n'));
  if (sink === -1) console.log('');
}

main();
