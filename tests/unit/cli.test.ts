import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {after, describe, test} from 'node:test';

import {closeMermaidDom, parseMermaid} from './support/mermaid';

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

after(closeMermaidDom);

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

  test('run --format mermaid prints a sequence diagram Mermaid parses', async () => {
    const {status, stdout, stderr} = sim(
      'run',
      '--builtin',
      'locked-push-answer',
      '--format',
      'mermaid',
    );
    assert.equal(status, 0);
    assert.equal(stderr, '');
    assert.match(stdout, /^sequenceDiagram\n/);
    assert.match(stdout, /^ {2}title Locked phone/m);
    assert.match(stdout, /^ {2}participant callkit as CallKit #40;callservicesd#41;$/m);
    assert.equal(await parseMermaid(stdout), 'sequence');
  });

  test('run --format=mermaid works on a file and when the app is killed', async () => {
    const {status, stdout} = sim('run', '--builtin', 'push-never-reported', '--format=mermaid');
    assert.equal(status, 0);
    assert.match(stdout, /^ {2}break App killed#58; NSInternalInconsistencyException$/m);
    assert.equal(await parseMermaid(stdout), 'sequence');
    const file = scenarioFile(
      JSON.stringify({steps: [{at: 0, event: 'user.startCall', handle: '<b>x</b>;%%'}]}),
    );
    const fromFile = sim('run', file, '--format', 'mermaid');
    assert.equal(fromFile.status, 0);
    assert.ok(!fromFile.stdout.includes('<b>'));
    assert.equal(await parseMermaid(fromFile.stdout), 'sequence');
  });

  test('chart <machine> prints a state diagram Mermaid parses', async () => {
    // Two machines suffice here: the exporter itself is tested on every machine in diagram-state.
    for (const name of ['call', 'device']) {
      const {status, stdout, stderr} = sim('chart', name);
      assert.equal(status, 0, name);
      assert.equal(stderr, '');
      assert.match(stdout, /^stateDiagram-v2\n/);
      assert.match(stdout, new RegExp(`^ {2}state ${name}(__connected)? \\{$`, 'm'));
      assert.equal(await parseMermaid(stdout), 'stateDiagram', name);
    }
  });

  test('chart with an unknown or missing machine exits 2 with one line listing the names', () => {
    for (const args of [['chart', 'nope'], ['chart']]) {
      const {status, stdout, stderr} = sim(...args);
      assert.equal(status, 2, args.join(' '));
      assert.equal(stdout, '');
      const lines = stderr.trim().split('\n');
      assert.equal(lines.length, 1, stderr);
      assert.match(lines[0] ?? '', /call, device, audioSession, pushRegistry, callKit$/);
    }
  });
});
