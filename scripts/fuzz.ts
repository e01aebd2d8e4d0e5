/**
 * `npm run fuzz [-- --runs N] [-- --seed S]`: runs random valid scenarios (100,000 by default)
 * through the engine and checks every invariant of tests/unit/support/invariants.ts on each.
 * Prints progress every 10,000 sequences and ends with
 * `fuzz: N sequences, 0 failures in T s`; on a failure it prints the shrunk counterexample as
 * scenario JSON (ready for `npm run sim` or a test) and exits 1.
 */
import fc from 'fast-check';

import {scenarioArbitrary} from '../tests/unit/support/arbitraries';
import {checkScenario, formatViolations} from '../tests/unit/support/invariants';

const defaultRuns = 100_000;
const progressEvery = 10_000;

interface Options {
  runs: number;
  seed: number;
}

function usage(message: string): never {
  console.error(`fuzz: ${message}\nusage: tsx scripts/fuzz.ts [--runs N] [--seed S]`);
  process.exit(2);
}

function wholeNumber(flag: string, value: string | undefined, min: number): number {
  const number = Number(value);
  if (value === undefined || !Number.isSafeInteger(number) || number < min) {
    usage(`${flag} needs a whole number ≥ ${min}, got ${value ?? 'nothing'}`);
  }
  return number;
}

function parseOptions(args: readonly string[]): Options {
  const options: Options = {runs: defaultRuns, seed: Math.floor(Math.random() * 2 ** 31)};
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    const [flag, inline] = arg.includes('=') ? arg.split('=', 2) : [arg, undefined];
    const value = (): string | undefined => inline ?? args[++i];
    if (flag === '--runs') options.runs = wholeNumber('--runs', value(), 1);
    else if (flag === '--seed') options.seed = wholeNumber('--seed', value(), 0);
    else usage(`unknown argument ${arg}`);
  }
  return options;
}

const seconds = (since: bigint): string =>
  (Number(process.hrtime.bigint() - since) / 1e9).toFixed(1);

function main(): void {
  const {runs, seed} = parseOptions(process.argv.slice(2));
  const started = process.hrtime.bigint();
  console.log(`fuzz: ${runs} sequences, seed ${seed}`);
  let checked = 0;
  let failing = false;
  const property = fc.property(scenarioArbitrary, (input) => {
    const violations = checkScenario(input);
    if (!failing) {
      checked += 1;
      if (checked % progressEvery === 0 && checked < runs) {
        console.log(`fuzz: ${checked}/${runs} sequences, 0 failures (${seconds(started)} s)`);
      }
    }
    if (violations.length > 0) {
      failing = true;
      throw new Error(`invariant violated\n${formatViolations(violations)}`);
    }
  });
  const details = fc.check(property, {numRuns: runs, seed});
  if (!details.failed) {
    console.log(`fuzz: ${checked} sequences, 0 failures in ${seconds(started)} s`);
    return;
  }
  console.error(fc.defaultReportMessage(details) ?? 'fuzz: property failed');
  const counterexample = details.counterexample?.[0];
  if (counterexample !== undefined) {
    console.error('\ncounterexample scenario (JSON):');
    console.error(JSON.stringify(counterexample, null, 2));
    console.error('\nwhat it breaks:');
    try {
      console.error(formatViolations(checkScenario(counterexample)));
    } catch (error) {
      console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    }
  }
  console.error(
    `\nfuzz: ${checked} sequences, 1 failure in ${seconds(started)} s (seed ${seed}; rerun with --seed ${seed} --runs ${checked})`,
  );
  process.exitCode = 1;
}

main();
