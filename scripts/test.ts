/**
 * `npm test`: every check of the project, in order, stopping at the first failure.
 * lint → type-check (site, simulator) → unit tests → production build → end-to-end tests.
 * It ends with one plain line, `N passed, N failed`, that counts every test of every stage
 * (a stage with no tests of its own, such as the build, counts as one check).
 */
import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, readFileSync} from 'node:fs';
import path from 'node:path';

import {listUnitTestFiles} from './unit-test-files';

const root = path.resolve(__dirname, '..');
const resultsDir = path.join(root, 'test-results');
const unitTapFile = path.join(resultsDir, 'unit.tap');
const e2eReportFile = path.join(resultsDir, 'e2e-report.json');

interface Counts {
  passed: number;
  failed: number;
}

interface Stage {
  name: string;
  run: () => Counts;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): boolean {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: {...process.env, ...env},
  });
  if (result.error) {
    console.error(`could not run ${command}: ${result.error.message}`);
    return false;
  }
  return result.status === 0;
}

function single(ok: boolean): Counts {
  return ok ? {passed: 1, failed: 0} : {passed: 0, failed: 1};
}

const bin = (name: string): string => path.join(root, 'node_modules', '.bin', name);

function unitTests(): Counts {
  const files = listUnitTestFiles(root);
  if (files.length === 0) {
    console.error('no unit test files found under tests/unit: refusing to pass with zero tests');
    return {passed: 0, failed: 1};
  }
  const ok = run(process.execPath, [
    '--import',
    'tsx',
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${unitTapFile}`,
    ...files,
  ]);
  const tap = existsSync(unitTapFile) ? readFileSync(unitTapFile, 'utf8') : '';
  const passed = Number(/^# pass (\d+)$/m.exec(tap)?.[1] ?? 0);
  const failed = Number(/^# fail (\d+)$/m.exec(tap)?.[1] ?? 0);
  if (!ok && failed === 0) return {passed, failed: 1};
  if (ok && passed === 0) {
    console.error('the unit test run reported no passing test');
    return {passed: 0, failed: 1};
  }
  return {passed, failed};
}

function findChromium(): string | undefined {
  const result = spawnSync('bash', [path.join(root, 'scripts/find-chromium.sh')], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const found = result.stdout.trim();
  return result.status === 0 && found ? found : undefined;
}

interface PlaywrightSuite {
  title?: string;
  specs?: {title: string; tests?: {status?: string}[]}[];
  suites?: PlaywrightSuite[];
}

/** The titles of tests that failed first and passed on their retry (CI only, see the config). */
function flakyTitles(suites: PlaywrightSuite[] = [], parents: string[] = []): string[] {
  return suites.flatMap((suite) => {
    const path = suite.title ? [...parents, suite.title] : parents;
    const own = (suite.specs ?? [])
      .filter((spec) => spec.tests?.some((test) => test.status === 'flaky'))
      .map((spec) => [...path, spec.title].join(' › '));
    return [...own, ...flakyTitles(suite.suites, path)];
  });
}

interface PlaywrightStats {
  expected?: number;
  unexpected?: number;
  flaky?: number;
  skipped?: number;
}

function e2eTests(): Counts {
  const chromium = findChromium();
  if (!chromium) return {passed: 0, failed: 1};
  console.log(`using Chromium at ${chromium}`);
  const ok = run(bin('playwright'), ['test'], {CHROMIUM_PATH: chromium});
  if (!existsSync(e2eReportFile)) return single(false);
  const report = JSON.parse(readFileSync(e2eReportFile, 'utf8')) as {
    stats?: PlaywrightStats;
    suites?: PlaywrightSuite[];
  };
  const stats = report.stats ?? {};
  const flaky = flakyTitles(report.suites);
  if (flaky.length > 0) {
    console.log(`${flaky.length} end-to-end test(s) failed once and passed on the retry (flaky):`);
    for (const title of flaky) console.log(`  - ${title}`);
  }
  const passed = (stats.expected ?? 0) + (stats.flaky ?? 0);
  const failed = stats.unexpected ?? 0;
  if (!ok && failed === 0) return {passed, failed: 1};
  if (ok && passed === 0) {
    console.error('the end-to-end run reported no passing test');
    return {passed: 0, failed: 1};
  }
  return {passed, failed};
}

const stages: Stage[] = [
  {name: 'ESLint', run: () => single(run(bin('eslint'), ['--max-warnings', '0', '.']))},
  {
    name: 'Prettier',
    run: () => single(run(bin('prettier'), ['--check', '--log-level', 'warn', '.'])),
  },
  {
    name: 'type-check (site)',
    run: () => single(run(bin('tsc'), ['--noEmit', '-p', 'tsconfig.json'])),
  },
  {
    name: 'type-check (simulator)',
    run: () => single(run(bin('tsc'), ['--noEmit', '-p', 'simulator/tsconfig.json'])),
  },
  {name: 'unit tests', run: unitTests},
  {name: 'production build', run: () => single(run(bin('docusaurus'), ['build']))},
  {name: 'end-to-end tests', run: e2eTests},
];

function main(): void {
  mkdirSync(resultsDir, {recursive: true});
  const total: Counts = {passed: 0, failed: 0};
  const timings: string[] = [];
  for (const stage of stages) {
    console.log(`\n▶ ${stage.name}`);
    const started = process.hrtime.bigint();
    const counts = stage.run();
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    total.passed += counts.passed;
    total.failed += counts.failed;
    timings.push(
      `  ${stage.name}: ${counts.passed} passed, ${counts.failed} failed (${seconds.toFixed(1)} s)`,
    );
    if (counts.failed > 0) {
      console.error(`\n✗ ${stage.name} failed; later stages were not run.`);
      break;
    }
  }
  console.log(`\n${timings.join('\n')}`);
  console.log(`${total.passed} passed, ${total.failed} failed`);
  process.exitCode = total.failed > 0 ? 1 : 0;
}

main();
