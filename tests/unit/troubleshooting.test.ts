/**
 * The troubleshooting catalog (simulator/src/troubleshooting): twenty entries with public ids,
 * each naming a built-in scenario and a what-if switch. Run with the switch at the failure value
 * the trace shows `failureShows` and none of `fixShows`; run with the opposite value, the reverse.
 */
import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, test} from 'node:test';

import {
  applyWhatIf,
  builtinScenario,
  runScenario,
  troubleshootingEntries,
  troubleshootingEntriesOf,
  troubleshootingEntry,
  troubleshootingPages,
  whatIfToggle,
  type TraceEntry,
  type TraceMatch,
} from '../../simulator/src';
import {traceHas} from './support/player';

/** The public anchors, page by page (docs/troubleshooting/<page>.mdx). Extend, never rename. */
const publicIds: Record<string, readonly string[]> = {
  'voip-pushes': [
    'app-killed-push-not-reported',
    'app-killed-reporting-after-network',
    'pushes-stop-arriving',
    'duplicate-push-kills-app',
    'push-registry-set-up-late',
  ],
  audio: [
    'no-audio-after-answer',
    'did-activate-never-called',
    'audio-lost-after-end-and-accept',
    'audio-lost-after-cellular-call',
  ],
  'actions-and-transactions': [
    'answer-stuck-connecting',
    'outgoing-call-fails',
    'answer-before-signalling-ready',
    'answer-lost-after-cold-launch',
    'outgoing-timer-stuck',
    'transaction-error-unentitled',
    'call-cannot-be-ended',
  ],
  calls: [
    'keeps-ringing-after-caller-hangs-up',
    'decline-not-sent-to-caller',
    'mute-out-of-sync',
    'calls-silent-with-focus',
  ],
};

function describeMatch(match: TraceMatch): string {
  return JSON.stringify(match);
}

function runWith(scenarioId: string, toggle: string, value: boolean): readonly TraceEntry[] {
  const builtin = builtinScenario(scenarioId);
  assert.ok(builtin, `no built-in ${scenarioId}`);
  return runScenario(applyWhatIf(builtin.scenario, {[toggle]: value})).trace;
}

describe('the troubleshooting catalog', () => {
  test('has the twenty public entries, ids unique, on the pages they are anchored on', () => {
    assert.equal(troubleshootingEntries.length, 20);
    const ids = troubleshootingEntries.map((entry) => entry.id);
    assert.equal(new Set(ids).size, ids.length, 'ids are unique');
    assert.deepEqual(Object.keys(publicIds), [...troubleshootingPages]);
    for (const page of troubleshootingPages) {
      assert.deepEqual(
        troubleshootingEntriesOf(page).map((entry) => entry.id),
        publicIds[page],
        page,
      );
    }
  });

  test('every entry is well formed: kebab-case id, pain point, title, one watch sentence', () => {
    for (const entry of troubleshootingEntries) {
      assert.match(entry.id, /^[a-z0-9]+(-[a-z0-9]+)*$/, entry.id);
      assert.ok(Number.isInteger(entry.painPoint) && entry.painPoint >= 1, entry.id);
      assert.ok(entry.title.trim().length > 10, entry.id);
      assert.equal(typeof entry.failureValue, 'boolean', entry.id);
      assert.match(entry.watch, /^[A-Z].{30,}\.$/, `${entry.id}: a sentence`);
      assert.doesNotMatch(entry.watch, /[.!?]\s+[A-Z]/, `${entry.id}: one sentence only`);
      assert.ok(
        entry.failureShows.length + entry.fixShows.length > 0,
        `${entry.id} names at least one entry to look for`,
      );
    }
  });

  test('every scenario is a built-in and every toggle an existing switch', () => {
    for (const entry of troubleshootingEntries) {
      assert.ok(builtinScenario(entry.scenario), `${entry.id}: scenario ${entry.scenario}`);
      const toggle = whatIfToggle(entry.toggle);
      assert.ok(toggle, `${entry.id}: toggle ${entry.toggle}`);
      assert.equal(toggle.kind, 'switch', `${entry.id}: ${entry.toggle} is a switch`);
    }
  });

  test('troubleshootingEntry finds each entry by id and nothing else', () => {
    for (const entry of troubleshootingEntries) assert.equal(troubleshootingEntry(entry.id), entry);
    for (const id of ['', 'nope', '__proto__', 'constructor', 'APP-KILLED-PUSH-NOT-REPORTED']) {
      assert.equal(troubleshootingEntry(id), undefined, id);
    }
  });

  test('each entry’s anchor is on its page (docs/troubleshooting/<page>.mdx)', () => {
    for (const entry of troubleshootingEntries) {
      const file = path.resolve(__dirname, '../../docs/troubleshooting', `${entry.page}.mdx`);
      assert.ok(existsSync(file), `${file} exists`);
      const text = readFileSync(file, 'utf8');
      assert.ok(
        text.includes(`{/* #${entry.id} */}`) || text.includes(`{#${entry.id}}`),
        `${entry.page}.mdx has the anchor #${entry.id}`,
      );
    }
  });
});

describe('each entry reproduces the failure and shows the fix', () => {
  for (const entry of troubleshootingEntries) {
    test(`${entry.id}: ${entry.toggle}=${String(entry.failureValue)} in ${entry.scenario}`, () => {
      const failure = runWith(entry.scenario, entry.toggle, entry.failureValue);
      const fixed = runWith(entry.scenario, entry.toggle, !entry.failureValue);
      for (const match of entry.failureShows) {
        assert.ok(traceHas(failure, match), `failure run lacks ${describeMatch(match)}`);
        assert.ok(!traceHas(fixed, match), `fixed run has ${describeMatch(match)}`);
      }
      for (const match of entry.fixShows) {
        assert.ok(traceHas(fixed, match), `fixed run lacks ${describeMatch(match)}`);
        assert.ok(!traceHas(failure, match), `failure run has ${describeMatch(match)}`);
      }
    });
  }

  test('the widget’s starting point is the failure: the toggle reads the failure value there', () => {
    for (const entry of troubleshootingEntries) {
      const builtin = builtinScenario(entry.scenario);
      assert.ok(builtin);
      const toggle = whatIfToggle(entry.toggle);
      assert.ok(toggle?.kind === 'switch');
      const failing = applyWhatIf(builtin.scenario, {[entry.toggle]: entry.failureValue});
      assert.equal(toggle.read(failing), entry.failureValue, entry.id);
    }
  });
});
