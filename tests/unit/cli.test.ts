import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, test} from 'node:test';

const root = path.resolve(__dirname, '../..');
const tsxCli = path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');

function sim(...args: string[]) {
  const result = spawnSync(process.execPath, [tsxCli, path.join(root, 'scripts/sim.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  return {status: result.status, stdout: result.stdout, stderr: result.stderr};
}

function scenarioFile(content: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'ckf-sim-'));
  const file = path.join(dir, 'scenario.json');
  writeFileSync(file, content);
  return file;
}

describe('sim CLI', () => {
  test('run prints { trace, final } as JSON and exits 0', () => {
    const {status, stdout} = sim('run', '--builtin', 'locked-push-answer');
    assert.equal(status, 0);
    const output = JSON.parse(stdout) as {
      trace: {seq: number; api: string}[];
      final: {app: {alive: boolean}};
    };
    assert.ok(output.trace.length > 10);
    assert.equal(output.trace[0]?.seq, 0);
    assert.ok(output.trace.some((e) => e.api === 'CXProviderDelegate.provider(_:didActivate:)'));
    assert.equal(output.final.app.alive, true);
  });

  test('run exits 0 when the simulated app is killed: that is an outcome, not an error', () => {
    const {status, stdout} = sim('run', '--builtin', 'push-never-reported', '--format', 'text');
    assert.equal(status, 0);
    assert.match(stdout, /system\.terminateApp/);
    assert.match(stdout, /Killing app because it never posted an incoming call/);
  });

  test('run reads a scenario file', () => {
    const file = scenarioFile(
      JSON.stringify({steps: [{at: 0, event: 'user.startCall', handle: '+15551234567'}]}),
    );
    const {status, stdout} = sim('run', file, '--format', 'text');
    assert.equal(status, 0);
    assert.match(stdout, /CXCallController\.request\(_:completion:\)/);
  });

  test('an invalid scenario exits 2 with one line on stderr naming the field', () => {
    const file = scenarioFile(
      JSON.stringify({
        steps: [
          {at: 5, event: 'user.answer'},
          {at: 2, event: 'user.end'},
        ],
      }),
    );
    const {status, stdout, stderr} = sim('run', file);
    assert.equal(status, 2);
    assert.equal(stdout, '');
    const lines = stderr.trim().split('\n');
    assert.equal(lines.length, 1);
    assert.match(lines[0] ?? '', /steps\[1\]\.at/);
  });

  test('malformed JSON exits 2 with one line on stderr', () => {
    const {status, stderr} = sim('run', scenarioFile('{"steps": ['));
    assert.equal(status, 2);
    assert.equal(stderr.trim().split('\n').length, 1);
  });

  test('an unknown built-in and a missing file exit 2', () => {
    assert.equal(sim('run', '--builtin', 'no-such-scenario').status, 2);
    assert.equal(sim('run', path.join(tmpdir(), 'missing-ckf.json')).status, 2);
  });

  test('list names the built-in scenarios', () => {
    const {status, stdout} = sim('list');
    assert.equal(status, 0);
    assert.match(stdout, /^locked-push-answer\s+Locked phone/m);
  });

  test('a bad option exits 2 with the usage', () => {
    const {status, stderr} = sim('run', '--builtin', 'outgoing-call', '--format', 'yaml');
    assert.equal(status, 2);
    assert.match(stderr, /usage:/);
  });
});
