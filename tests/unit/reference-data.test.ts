/**
 * The pure helpers behind the reference pages: which built-in reproduces which error, how the
 * catalog groups the built-ins, and how values and steps are worded.
 */
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';

import {
  builtinScenarios,
  callActions,
  errorCoverage,
  errorTables,
  providerConfigurationProperties,
  sourceKeys,
  type ErrorDomainName,
  type Step,
} from '../../simulator/src';
import {actionAnchor, scenarioHref} from '../../src/components/reference/anchors';
import {collectSourceKeys} from '../../src/components/reference/citedSources';
import {describeStep} from '../../src/components/reference/describeStep';
import {scenariosReproducingError} from '../../src/components/reference/errorScenarios';
import {
  escapeHtml,
  formatInteger,
  formatJsonValue,
  formatSeconds,
  formatSwiftValue,
} from '../../src/components/reference/format';
import {
  groupScenarios,
  scenarioCatalogToc,
  scenarioGroupOf,
  scenarioGroups,
} from '../../src/components/reference/scenarioGroups';
import {settingChanges} from '../../src/components/reference/scenarioSetup';

const domains = Object.keys(errorTables) as ErrorDomainName[];

describe('error → scenario lookup', () => {
  test('unknownCallUUID (4) is reproduced by end-unknown-uuid', () => {
    const ids = scenariosReproducingError('CXErrorCodeRequestTransactionError', 4).map((b) => b.id);
    assert.deepEqual(ids, ['end-unknown-uuid']);
  });

  test('every code marked reproduced links to at least one built-in, and no other code does', () => {
    for (const domain of domains) {
      for (const entry of errorTables[domain]) {
        const coverage = errorCoverage[domain][entry.rawValue];
        const found = scenariosReproducingError(domain, entry.rawValue);
        assert.ok(coverage, `${domain} ${entry.rawValue} has a coverage decision`);
        if (coverage.reproduced) {
          assert.ok(found.length > 0, `${domain} ${entry.swiftName} has a reproducing built-in`);
        } else {
          assert.equal(found.length, 0, `${domain} ${entry.swiftName} is not simulated`);
        }
      }
    }
  });

  test('the same domain and code in another domain do not mix', () => {
    // filteredByBlockList (incoming 4) is not unknownCallUUID (request 4).
    const incoming = scenariosReproducingError('CXErrorCodeIncomingCallError', 4).map((b) => b.id);
    assert.deepEqual(incoming, ['blocked-caller']);
  });
});

describe('scenario catalog groups', () => {
  test('every built-in has a group', () => {
    const ungrouped = builtinScenarios()
      .filter((builtin) => scenarioGroupOf(builtin.scenario) === null)
      .map((builtin) => builtin.id);
    assert.deepEqual(ungrouped, []);
  });

  test('every built-in appears exactly once, and every group is used', () => {
    const grouped = groupScenarios(builtinScenarios());
    const ids = grouped.flatMap((entry) => entry.scenarios.map((builtin) => builtin.id));
    assert.deepEqual(
      [...ids].sort(),
      builtinScenarios()
        .map((builtin) => builtin.id)
        .sort(),
    );
    assert.deepEqual(
      grouped.map((entry) => entry.group.id),
      scenarioGroups.map((group) => group.id),
    );
  });

  test('representative built-ins land where a reader would look for them', () => {
    const groupOf = (id: string) => {
      const builtin = builtinScenarios().find((entry) => entry.id === id);
      assert.ok(builtin, id);
      return scenarioGroupOf(builtin.scenario);
    };
    assert.equal(groupOf('locked-push-answer'), 'incoming-calls');
    assert.equal(groupOf('outgoing-call'), 'outgoing-calls');
    assert.equal(groupOf('push-never-reported'), 'pushkit');
    assert.equal(groupOf('do-not-disturb'), 'filtering');
    assert.equal(groupOf('answer-never-fulfilled'), 'actions-and-timeouts');
    assert.equal(groupOf('call-waiting-hold-and-accept'), 'call-waiting-and-cellular');
    assert.equal(groupOf('end-unknown-uuid'), 'errors-and-lifecycle');
  });

  test('anchors are unique: group ids never clash with scenario ids', () => {
    const toc = scenarioCatalogToc(builtinScenarios());
    const ids = toc.map((entry) => entry.id);
    assert.equal(new Set(ids).size, ids.length);
    assert.equal(toc.filter((entry) => entry.level === 3).length, builtinScenarios().length);
  });

  test('scenario links point at the catalog anchor', () => {
    assert.equal(scenarioHref('end-unknown-uuid'), '/docs/reference/scenarios#end-unknown-uuid');
  });
});

describe('wording', () => {
  test('every step of every built-in has a sentence', () => {
    for (const builtin of builtinScenarios()) {
      for (const step of builtin.scenario.steps) {
        const sentence = describeStep(step);
        assert.match(sentence, /^[A-Za-z].*\.$/, `${builtin.id}: ${sentence}`);
        assert.doesNotMatch(sentence, /undefined|\[object/, `${builtin.id}: ${sentence}`);
      }
    }
  });

  test('pushes name the caller, and oversized payloads say so', () => {
    const push: Step = {
      at: 0,
      event: 'server.voipPush',
      payload: {
        uuid: 'E621E1F8-C36C-495A-93FC-0C247A3E6E5F',
        handle: '+15551234567',
        callerName: 'Ada',
      },
    };
    assert.equal(
      describeStep(push),
      'The server sends a VoIP push for a call from Ada (+15551234567).',
    );
    const big: Step = {at: 0, event: 'server.voipPush', payload: {pad: 'x'.repeat(6000)}};
    assert.match(describeStep(big), /over the 5,120-byte limit/);
  });

  test('values are written the way Swift and the scenario JSON write them', () => {
    assert.equal(formatSwiftValue(null), 'nil');
    assert.equal(formatSwiftValue(true), 'true');
    assert.equal(formatSwiftValue(2), '2');
    assert.equal(formatSwiftValue([]), '[]');
    assert.equal(formatSwiftValue(['phoneNumber', 'generic']), '[.phoneNumber, .generic]');
    assert.equal(formatSwiftValue('ring.caf'), '"ring.caf"');
    assert.equal(formatJsonValue(null), 'null');
    assert.equal(formatJsonValue(10000), '10000');
    assert.equal(formatInteger(5120), '5,120');
    assert.equal(formatInteger(999), '999');
    assert.equal(formatSeconds(0), '0 s');
    assert.equal(formatSeconds(300), '0.3 s');
    assert.equal(formatSeconds(2000), '2 s');
    assert.equal(formatSeconds(1250), '1.25 s');
    assert.equal(escapeHtml('a < b & "c"'), 'a &lt; b &amp; &quot;c&quot;');
  });

  test('the configuration default of maximumCallGroups reads 2', () => {
    const property = providerConfigurationProperties.find((p) => p.name === 'maximumCallGroups');
    assert.equal(formatSwiftValue(property?.defaultValue), '2');
  });

  test('scenario settings are listed only where they differ from the defaults', () => {
    const locked = builtinScenarios().find((b) => b.id === 'locked-push-answer');
    assert.ok(locked);
    const paths = settingChanges(locked.scenario).map((change) => change.path);
    assert.ok(paths.includes('device.locked'));
    assert.ok(paths.includes('app.fulfill.CXAnswerCallAction'));
    assert.ok(!paths.includes('device.doNotDisturb'));
  });
});

describe('sources and anchors', () => {
  test('cited sources are collected from nested data in registry order', () => {
    const keys = collectSourceKeys(callActions);
    assert.ok(keys.length > 0);
    const order = keys.map((key) => sourceKeys.indexOf(key));
    assert.deepEqual(
      order,
      [...order].sort((a, b) => a - b),
    );
    assert.ok(keys.includes('A7'));
  });

  test('action anchors are unique', () => {
    const anchors = callActions.map((action) => actionAnchor(action.className));
    assert.equal(new Set(anchors).size, anchors.length);
  });
});
