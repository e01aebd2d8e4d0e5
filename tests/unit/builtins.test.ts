import assert from 'node:assert/strict';
import {readdirSync} from 'node:fs';
import path from 'node:path';
import {test} from 'node:test';

import {builtinScenarios, runScenario} from '../../simulator/src';

const scenarioDir = path.resolve(__dirname, '../../simulator/scenarios');

test('every scenario file in simulator/scenarios is registered as a built-in, under its file name', () => {
  const files = readdirSync(scenarioDir)
    .filter((name) => name.endsWith('.json'))
    .map((name) => name.replace(/\.json$/, ''))
    .sort();
  const ids = builtinScenarios()
    .map((entry) => entry.id)
    .sort();
  assert.deepEqual(ids, files);
});

test('every built-in has a kebab-case id, a title and a description, and runs to the end', () => {
  for (const builtin of builtinScenarios()) {
    assert.match(builtin.id, /^[a-z0-9]+(-[a-z0-9]+)*$/);
    assert.ok(builtin.title.length > 0 && builtin.description.length > 40, builtin.id);
    const {trace} = runScenario(builtin.scenario);
    assert.ok(trace.length > 0, builtin.id);
  }
});
