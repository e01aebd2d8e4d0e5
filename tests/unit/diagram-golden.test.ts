/**
 * Golden Mermaid outputs: the sequence diagram of every built-in scenario
 * (`golden/sequence-<id>.mmd`) and the state chart of every machine (`golden/state-<name>.mmd`).
 *
 * A difference fails the test with the first differing line. When a change is intended (a new
 * built-in, a reworded trace note, an exporter change), regenerate the files and review the diff:
 *
 *   UPDATE_GOLDEN=1 node --import tsx --test tests/unit/diagram-golden.test.ts
 *
 * With UPDATE_GOLDEN=1 the files are rewritten, stale ones (a removed scenario or machine) are
 * deleted, and the tests pass. Every golden file is also parsed by Mermaid itself, so a golden can
 * never hold a diagram Mermaid rejects.
 */
import assert from 'node:assert/strict';
import {existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {after, describe, test} from 'node:test';

import {
  builtinScenarios,
  machineChartNames,
  machineCharts,
  machineToStateDiagram,
  runScenario,
  traceToSequenceDiagram,
} from '../../simulator/src';
import {closeMermaidDom, parseMermaid} from './support/mermaid';

const goldenDir = path.join(__dirname, 'golden');
const update = process.env['UPDATE_GOLDEN'] === '1';

interface Golden {
  file: string;
  text: () => string;
}

const goldens: Golden[] = [
  ...builtinScenarios().map((builtin) => ({
    file: `sequence-${builtin.id}.mmd`,
    text: () => traceToSequenceDiagram(runScenario(builtin.scenario).trace, {title: builtin.title}),
  })),
  ...machineChartNames.map((name) => ({
    file: `state-${name}.mmd`,
    text: () => machineToStateDiagram(machineCharts[name]),
  })),
];

function firstDifference(expected: string, actual: string): string {
  const want = expected.split('\n');
  const got = actual.split('\n');
  for (let i = 0; i < Math.max(want.length, got.length); i++) {
    if (want[i] !== got[i]) {
      return `line ${i + 1}:\n  golden: ${want[i] ?? '(none)'}\n  actual: ${got[i] ?? '(none)'}`;
    }
  }
  return 'no line differs';
}

after(closeMermaidDom);

describe('golden Mermaid diagrams (UPDATE_GOLDEN=1 rewrites them)', () => {
  if (update) mkdirSync(goldenDir, {recursive: true});

  for (const golden of goldens) {
    test(golden.file, async () => {
      const file = path.join(goldenDir, golden.file);
      const actual = golden.text();
      await parseMermaid(actual);
      if (update) {
        writeFileSync(file, actual);
        return;
      }
      assert.ok(
        existsSync(file),
        `${golden.file} is missing: run UPDATE_GOLDEN=1 node --import tsx --test tests/unit/diagram-golden.test.ts`,
      );
      const expected = readFileSync(file, 'utf8');
      assert.ok(
        actual === expected,
        `${golden.file} differs from the golden file (UPDATE_GOLDEN=1 rewrites it after review), ${firstDifference(expected, actual)}`,
      );
    });
  }

  test('no stale golden files', () => {
    const wanted = new Set(goldens.map((golden) => golden.file));
    const present = existsSync(goldenDir)
      ? readdirSync(goldenDir).filter((name) => name.endsWith('.mmd'))
      : [];
    const stale = present.filter((name) => !wanted.has(name));
    if (update) {
      for (const name of stale) rmSync(path.join(goldenDir, name));
      return;
    }
    assert.deepEqual(
      stale,
      [],
      'golden files without a scenario or machine (UPDATE_GOLDEN=1 deletes them)',
    );
  });
});
