import assert from 'node:assert/strict';
import {test} from 'node:test';

import {
  builtinScenarios,
  errorCoverage,
  errorTables,
  runScenario,
  type ErrorDomainName,
} from '../../simulator/src';

const domains = Object.keys(errorTables) as ErrorDomainName[];

test('every error code of the vocabulary has a coverage decision', () => {
  for (const domain of domains) {
    const codes = errorTables[domain].map((entry) => entry.rawValue).sort();
    const decided = Object.keys(errorCoverage[domain]).map(Number).sort();
    assert.deepEqual(decided, codes, domain);
  }
});

test('every code the spec lets us reproduce has a built-in scenario whose trace shows it', () => {
  const seen = new Map<string, string>();
  for (const builtin of builtinScenarios()) {
    for (const entry of runScenario(builtin.scenario).trace) {
      if (entry.error) seen.set(`${entry.error.domain}:${entry.error.code}`, builtin.id);
    }
  }
  const missing: string[] = [];
  for (const domain of domains) {
    for (const [code, coverage] of Object.entries(errorCoverage[domain])) {
      if (coverage.reproduced && !seen.has(`${domain}:${code}`)) missing.push(`${domain} ${code}`);
    }
  }
  assert.deepEqual(missing, [], 'codes without a reproducing built-in');
});
