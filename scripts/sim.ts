/**
 * The simulator's command line.
 *
 *   npm run --silent sim -- run <scenario.json> [--format json|text|mermaid]
 *   npm run --silent sim -- run --builtin <id> [--format json|text|mermaid]
 *   npm run --silent sim -- list
 *   npm run --silent sim -- chart <machine>
 *
 * `run` prints the trace and exits 0, also when the simulated app was killed (an outcome, not an
 * error). An invalid scenario exits 2 with one line on stderr naming the field and the problem.
 * `--format mermaid` prints the trace as a Mermaid sequence diagram. `chart` prints one of the
 * simulator's state machines as a Mermaid state diagram; an unknown machine exits 2 with one line
 * on stderr listing the valid names.
 */
import {readFileSync} from 'node:fs';

import {
  builtinScenario,
  builtinScenarios,
  formatScenarioError,
  formatTraceText,
  isMachineChartName,
  machineChartNames,
  machineCharts,
  machineToStateDiagram,
  parseScenarioJson,
  runScenario,
  traceToSequenceDiagram,
  type Scenario,
} from '../simulator/src';

const usage = `usage:
  sim run <scenario.json> [--format json|text|mermaid]
  sim run --builtin <id> [--format json|text|mermaid]
  sim list
  sim chart <${machineChartNames.join('|')}>`;

class UsageError extends Error {}

const formats = ['json', 'text', 'mermaid'] as const;
type Format = (typeof formats)[number];

function parseFormat(value: string | undefined): Format {
  const found = formats.find((format) => format === value);
  if (!found)
    throw new UsageError(`--format must be json, text or mermaid, not ${value ?? 'nothing'}`);
  return found;
}

interface RunOptions {
  source: {kind: 'file'; path: string} | {kind: 'builtin'; id: string};
  format: Format;
}

function parseRunArgs(args: readonly string[]): RunOptions {
  let format: Format = 'json';
  let file: string | undefined;
  let builtin: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--format') {
      format = parseFormat(args[++i]);
    } else if (arg?.startsWith('--format=')) {
      format = parseFormat(arg.slice('--format='.length));
    } else if (arg === '--builtin') {
      builtin = args[++i];
      if (!builtin) throw new UsageError('--builtin needs a scenario id (see: sim list)');
    } else if (arg?.startsWith('--')) {
      throw new UsageError(`unknown option ${arg}`);
    } else if (arg !== undefined) {
      if (file) throw new UsageError('give one scenario file');
      file = arg;
    }
  }
  if (file && builtin) throw new UsageError('give a scenario file or --builtin, not both');
  if (builtin) return {source: {kind: 'builtin', id: builtin}, format};
  if (file) return {source: {kind: 'file', path: file}, format};
  throw new UsageError('run needs a scenario file or --builtin <id>');
}

/** Returns the scenario, or prints one line on stderr and returns null. */
function loadScenario(source: RunOptions['source']): Scenario | null {
  if (source.kind === 'builtin') {
    const found = builtinScenario(source.id);
    if (!found) {
      console.error(`--builtin: no built-in scenario "${source.id}" (see: sim list)`);
      return null;
    }
    return found.scenario;
  }
  let text: string;
  try {
    text = readFileSync(source.path, 'utf8');
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? String(error.code) : 'unreadable';
    console.error(`${source.path}: cannot read the file (${reason})`);
    return null;
  }
  const result = parseScenarioJson(text);
  if (!result.ok) {
    console.error(`${source.path}: ${formatScenarioError(result.error)}`);
    return null;
  }
  return result.scenario;
}

function run(args: readonly string[]): number {
  const options = parseRunArgs(args);
  const scenario = loadScenario(options.source);
  if (!scenario) return 2;
  const {trace, final} = runScenario(scenario);
  if (options.format === 'text') {
    process.stdout.write(`${scenario.title}\n${formatTraceText(trace)}\n`);
  } else if (options.format === 'mermaid') {
    process.stdout.write(traceToSequenceDiagram(trace, {title: scenario.title}));
  } else {
    process.stdout.write(`${JSON.stringify({trace, final}, null, 2)}\n`);
  }
  return 0;
}

function list(): number {
  const entries = builtinScenarios();
  const width = Math.max(...entries.map((entry) => entry.id.length));
  for (const entry of entries) process.stdout.write(`${entry.id.padEnd(width)}  ${entry.title}\n`);
  return 0;
}

/** Prints a machine's state chart; an unknown or missing name is one line on stderr and exit 2. */
function chart(args: readonly string[]): number {
  const [name, ...extra] = args;
  const valid = machineChartNames.join(', ');
  if (name === undefined || extra.length > 0 || !isMachineChartName(name)) {
    const what = name === undefined ? 'needs a machine name' : `no machine "${args.join(' ')}"`;
    console.error(`sim chart: ${what}; valid names: ${valid}`);
    return 2;
  }
  process.stdout.write(machineToStateDiagram(machineCharts[name]));
  return 0;
}

function main(argv: readonly string[]): number {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'run':
        return run(rest);
      case 'list':
        return list();
      case 'chart':
        return chart(rest);
      case undefined:
      case '--help':
      case '-h':
        process.stdout.write(`${usage}\n`);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`sim: ${error.message}\n${usage}`);
      return 2;
    }
    throw error;
  }
}

process.exitCode = main(process.argv.slice(2));
