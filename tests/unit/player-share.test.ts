/**
 * Share links (simulator/src/player/shareLink.ts): encode → decode round trips for built-ins and
 * custom scenarios, one specific message per problem, hostile input quoted and truncated, and
 * never an exception, whatever the query string.
 */
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';

import fc from 'fast-check';

import {
  applyConfiguration,
  builtinScenario,
  builtinScenarios,
  decodeShareLink,
  encodeShareLink,
  maxShareQueryLength,
  parseScenarioJson,
  parseLinkConfiguration,
  parseWhatIf,
  formatScenarioError,
  validateScenario,
  whatIfToggles,
  type DecodedShareLink,
  type ScenarioConfiguration,
  type ScenarioInput,
  type WhatIfOverrides,
} from '../../simulator/src';
import {pushStep} from './support/player';

const demo = 'locked-push-answer';

function only(decoded: DecodedShareLink): string {
  assert.equal(decoded.problems.length, 1, `one problem expected: ${decoded.problems.join(' / ')}`);
  return decoded.problems[0] ?? '';
}

/** Every kind of override value: all switches both ways, and every app state. */
const overrideSets: WhatIfOverrides[] = [
  {},
  {locked: false},
  {locked: true, doNotDisturb: true},
  {appState: 'background'},
  {appState: 'suspended', youAreTheApp: true, forgetToFulfil: false},
  Object.fromEntries(
    whatIfToggles.map((toggle) => [toggle.id, toggle.kind === 'switch' ? true : 'foreground']),
  ),
  Object.fromEntries(
    whatIfToggles.map((toggle) => [toggle.id, toggle.kind === 'switch' ? false : 'terminated']),
  ),
];

const customInput: ScenarioInput = {
  title: 'My scenario: +1 & friends <b>bold</b> 100% "quoted" ünïcödé 📞',
  device: {locked: true, appState: 'background'},
  app: {fulfill: {CXAnswerCallAction: {afterMs: 250}}},
  steps: [
    pushStep(0, undefined, {callerName: 'Ada & <Grace> %%{init}%% #1;+'}),
    {at: 1500, event: 'user.answer'},
    {at: 4000, event: 'remote.hangUp'},
  ],
};

describe('round trips', () => {
  test('every built-in, with various overrides, decodes to the same scenario and overrides', () => {
    for (const {id, scenario} of builtinScenarios()) {
      for (const overrides of overrideSets) {
        const link = encodeShareLink({scenarioId: id}, overrides);
        assert.ok(link.startsWith('?scenario='), link);
        assert.ok(link.length <= maxShareQueryLength);
        const decoded = decodeShareLink(link);
        assert.deepEqual(decoded.problems, [], link);
        assert.ok(decoded.shared, link);
        assert.equal(decoded.shared.scenarioId, id);
        assert.equal(decoded.shared.scenario, scenario);
        assert.deepEqual(decoded.shared.overrides, overrides);
      }
    }
  });

  test('no overrides means no set= parameter', () => {
    assert.equal(encodeShareLink({scenarioId: demo}, {}), `?scenario=${demo}`);
    assert.equal(
      encodeShareLink({scenarioId: demo}, {locked: false, appState: 'background'}),
      `?scenario=${demo}&set=locked%3Aoff%2CappState%3Abackground`,
    );
  });

  test('a custom scenario travels as JSON and comes back validated, with its overrides', () => {
    const parsed = parseScenarioJson(JSON.stringify(customInput));
    assert.ok(parsed.ok);
    for (const overrides of overrideSets) {
      for (const source of [customInput, parsed.scenario]) {
        const link = encodeShareLink({scenario: source}, overrides);
        assert.ok(link.startsWith('?json='), link);
        assert.ok(!/[\s<>"#&]/.test(link.slice(1).replace(/&set=/, '')), 'URL-safe characters');
        const decoded = decodeShareLink(link);
        assert.deepEqual(decoded.problems, []);
        assert.ok(decoded.shared);
        assert.equal(decoded.shared.scenarioId, null);
        assert.deepEqual(decoded.shared.scenario, parsed.scenario);
        assert.deepEqual(decoded.shared.overrides, overrides);
      }
    }
  });

  test('every built-in also round-trips as a custom (json) scenario, id and all', () => {
    for (const {id, scenario} of builtinScenarios()) {
      for (const variant of [scenario, {...scenario, id: null}]) {
        const decoded = decodeShareLink(encodeShareLink({scenario: variant}, {}));
        assert.deepEqual(decoded.problems, [], id);
        assert.deepEqual(decoded.shared?.scenario, variant, id);
      }
    }
  });

  test('the leading "?" is optional, a "+" reads as a space and empty pairs are skipped', () => {
    const plain = decodeShareLink(`scenario=${demo}&&set=locked:off,,appState:background&`);
    assert.deepEqual(plain.problems, []);
    assert.deepEqual(plain.shared?.overrides, {locked: false, appState: 'background'});
    const plus = decodeShareLink(
      `?json=${encodeURIComponent('{"title":"a').replace(/%20/g, '+')}+b","steps":[]}`,
    );
    assert.deepEqual(plus.problems, []);
    assert.equal(plus.shared?.scenario.title, 'a b');
  });

  test('unrelated parameters (utm_source, …) are ignored', () => {
    const decoded = decodeShareLink(`?utm_source=x&scenario=${demo}&ref=y`);
    assert.deepEqual(decoded.problems, []);
    assert.equal(decoded.shared?.scenarioId, demo);
  });

  test('an empty or bare query names no scenario and reports nothing', () => {
    for (const search of ['', '?', '?&', '&&&']) {
      assert.deepEqual(
        decodeShareLink(search),
        {shared: null, overrides: {}, problems: []},
        search,
      );
    }
  });
});

describe('every message is reachable and specific', () => {
  test('unknown built-in scenario', () => {
    const decoded = decodeShareLink('?scenario=no-such-thing&set=locked:off');
    assert.equal(decoded.shared, null);
    assert.equal(only(decoded), 'There is no built-in scenario called "no-such-thing".');
  });

  test('unknown what-if toggle: dropped, the rest kept', () => {
    const decoded = decodeShareLink(`?scenario=${demo}&set=bogus:on,locked:off`);
    assert.equal(only(decoded), 'The link sets an unknown what-if toggle "bogus"; it was ignored.');
    assert.deepEqual(decoded.shared?.overrides, {locked: false});
    assert.equal(decoded.shared?.scenarioId, demo);
  });

  test('bad switch value', () => {
    for (const value of ['yes', 'true', 'ON', '1', '']) {
      const decoded = decodeShareLink(`?scenario=${demo}&set=locked:${value},doNotDisturb:on`);
      assert.equal(
        only(decoded),
        `The what-if toggle "locked" takes on or off, not ${JSON.stringify(value)}; it was ignored.`,
      );
      assert.deepEqual(decoded.shared?.overrides, {doNotDisturb: true});
    }
  });

  test('a switch given without a value', () => {
    const decoded = decodeShareLink(`?scenario=${demo}&set=locked`);
    assert.equal(
      only(decoded),
      'The what-if toggle "locked" takes on or off, not ""; it was ignored.',
    );
  });

  test('bad app state', () => {
    const decoded = decodeShareLink(`?scenario=${demo}&set=appState:asleep,locked:off`);
    assert.equal(
      only(decoded),
      'The what-if toggle "appState" takes one of foreground, background, suspended, terminated, not "asleep"; it was ignored.',
    );
    assert.deepEqual(decoded.shared?.overrides, {locked: false});
    assert.equal(
      only(decodeShareLink(`?scenario=${demo}&set=appState:on`)),
      'The what-if toggle "appState" takes one of foreground, background, suspended, terminated, not "on"; it was ignored.',
    );
  });

  test('more than one ":" in a setting', () => {
    const decoded = decodeShareLink(`?scenario=${demo}&set=locked:on:off,appState:background`);
    assert.equal(
      only(decoded),
      'The what-if setting "locked:on:off" has more than one ":"; it was ignored.',
    );
    assert.deepEqual(decoded.shared?.overrides, {appState: 'background'});
  });

  test('both a built-in and a custom scenario: the built-in wins', () => {
    const json = encodeURIComponent(JSON.stringify(customInput));
    const decoded = decodeShareLink(`?json=${json}&scenario=${demo}`);
    assert.equal(
      only(decoded),
      'The link has both a built-in scenario and a custom one; the built-in one was used.',
    );
    assert.equal(decoded.shared?.scenarioId, demo);
  });

  test('invalid JSON', () => {
    const decoded = decodeShareLink(`?json=${encodeURIComponent('{"steps": [')}`);
    assert.equal(decoded.shared, null);
    const message = only(decoded);
    assert.match(message, /^The scenario in the link is invalid: scenario: is not valid JSON: /);
  });

  test('valid JSON that is not a valid scenario: the message carries the validator’s path', () => {
    const cases: [unknown, string][] = [
      [{steps: [{at: -5, event: 'user.answer'}]}, 'steps[0].at'],
      [{steps: [{at: 0, event: 'user.dance'}]}, 'steps[0].event'],
      [{device: {locked: 'yes'}, steps: []}, 'device.locked'],
      [{app: {fulfill: {CXAnswerCallAction: 'sometimes'}}, steps: []}, 'app.fulfill'],
      [{stepz: []}, 'scenario'],
    ];
    for (const [input, path] of cases) {
      const text = JSON.stringify(input);
      const decoded = decodeShareLink(`?json=${encodeURIComponent(text)}`);
      assert.equal(decoded.shared, null);
      const result = parseScenarioJson(text);
      assert.ok(!result.ok);
      assert.equal(
        only(decoded),
        `The scenario in the link is invalid: ${formatScenarioError(result.error)}`,
      );
      assert.ok(only(decoded).includes(path), `${only(decoded)} names ${path}`);
    }
  });

  test('too long: rejected before parsing, with the length and the limit', () => {
    const search = `?scenario=${demo}&pad=${'x'.repeat(maxShareQueryLength)}`;
    const decoded = decodeShareLink(search);
    assert.equal(decoded.shared, null);
    assert.equal(
      only(decoded),
      `The link is too long (${search.length} characters; the limit is ${maxShareQueryLength}).`,
    );
    // Exactly at the limit is still read.
    const atLimit = `?scenario=${demo}&pad=`.padEnd(maxShareQueryLength, 'x');
    assert.equal(atLimit.length, maxShareQueryLength);
    assert.deepEqual(decodeShareLink(atLimit).problems, []);
  });

  test('damaged URL encoding, in a key or a value', () => {
    for (const search of [
      '?scenario=%E0%A4%A',
      '?scenario=%',
      '?%ZZ=1',
      '?json=%7B%22steps%22%3A%5B%5D%7',
      '?%%{init}%%',
    ]) {
      const decoded = decodeShareLink(search);
      assert.equal(decoded.shared, null, search);
      assert.equal(
        only(decoded),
        'The link is damaged: part of it is not valid URL encoding.',
        search,
      );
    }
    // The damaged part is dropped; the intact ones still count.
    const partial = decodeShareLink(`?scenario=${demo}&set=%E0%A4%A`);
    assert.equal(partial.shared?.scenarioId, demo);
    assert.deepEqual(partial.problems, [
      'The link is damaged: part of it is not valid URL encoding.',
    ]);
  });

  test('several problems are all reported, in order', () => {
    const decoded = decodeShareLink('?scenario=nope&set=a:on,locked:maybe,appState:x:y');
    assert.deepEqual(decoded.problems, [
      'The link sets an unknown what-if toggle "a"; it was ignored.',
      'The what-if toggle "locked" takes on or off, not "maybe"; it was ignored.',
      'The what-if setting "appState:x:y" has more than one ":"; it was ignored.',
      'There is no built-in scenario called "nope".',
    ]);
  });

  test('a link too long to decode is still written (the export panel offers the JSON instead)', () => {
    const steps = Array.from({length: 2000}, (_, index) => ({
      at: index * 10,
      event: 'user.lock' as const,
    }));
    const link = encodeShareLink({scenario: {steps}}, {});
    assert.ok(link.length > maxShareQueryLength, `${link.length} characters`);
    assert.match(only(decodeShareLink(link)), /^The link is too long/);
  });

  test('what-if settings in a link that names no scenario are returned for the default scenario', () => {
    const decoded = decodeShareLink('?set=locked:on');
    assert.equal(decoded.shared, null);
    assert.deepEqual(decoded.overrides, {locked: true});
    assert.deepEqual(decoded.problems, []);
  });

  test('a toggle or a key given twice is reported, and the first value is used', () => {
    const twice = decodeShareLink(`?scenario=${demo}&set=locked:on,locked:off`);
    assert.equal(
      only(twice),
      'The link sets the what-if toggle "locked" more than once; the first one was used.',
    );
    assert.deepEqual(twice.overrides, {locked: true});
    const keys = decodeShareLink(`?scenario=${demo}&scenario=outgoing-call`);
    assert.equal(only(keys), 'The link gives "scenario" more than once; the first one was used.');
    assert.equal(keys.shared?.scenarioId, demo);
  });
});

describe('parseWhatIf (the set value alone, e.g. from an MDX prop)', () => {
  test('parses the same syntax as set= and reports the same problems', () => {
    assert.deepEqual(parseWhatIf('forgetToFulfil:on,locked:off,appState:suspended'), {
      overrides: {forgetToFulfil: true, locked: false, appState: 'suspended'},
      problems: [],
    });
    assert.deepEqual(parseWhatIf(''), {overrides: {}, problems: []});
    const text = 'nope:on,locked:maybe,appState:x:y,doNotDisturb:on';
    const parsed = parseWhatIf(text);
    assert.deepEqual(parsed.overrides, {doNotDisturb: true});
    assert.deepEqual(
      parsed.problems,
      decodeShareLink(`?scenario=${demo}&set=${encodeURIComponent(text)}`).problems,
    );
    assert.equal(parsed.problems.length, 3);
  });

  test('reads back what encodeShareLink writes', () => {
    for (const overrides of overrideSets) {
      const set = new URLSearchParams(encodeShareLink({scenarioId: demo}, overrides)).get('set');
      assert.deepEqual(parseWhatIf(set ?? ''), {overrides, problems: []});
    }
  });
});

describe('hostile input', () => {
  const long = 'x'.repeat(5000);
  const hostile = [
    '<script>alert(1)</script>',
    '%%{init: {"theme": "dark"}}%%',
    '"quoted" \\ back\nslash',
    `<img src=x onerror=alert(1)>${long}`,
    '\u2028\u0000 emoji 📞 ünïcödé',
  ];

  test('an unknown scenario id is quoted (JSON string syntax) and truncated to 60 characters', () => {
    for (const text of hostile) {
      const decoded = decodeShareLink(`?scenario=${encodeURIComponent(text)}`);
      const message = only(decoded);
      const short = text.length > 60 ? `${text.slice(0, 60)}…` : text;
      assert.equal(message, `There is no built-in scenario called ${JSON.stringify(short)}.`);
      assert.ok(message.length < 200);
      assert.ok(!message.includes('\n'), 'one line');
    }
  });

  test('hostile toggle ids and values are quoted and truncated too', () => {
    for (const text of hostile) {
      const safe = text.replace(/[:,]/g, '');
      for (const set of [`${safe}:on`, `locked:${safe}`, `appState:${safe}`]) {
        const decoded = decodeShareLink(`?scenario=${demo}&set=${encodeURIComponent(set)}`);
        const message = only(decoded);
        assert.ok(message.length < 250, message);
        assert.ok(!message.includes('\n'), 'one line');
        assert.ok(message.includes(JSON.stringify(safe.slice(0, 60)).slice(0, -1)), message);
      }
    }
  });

  test('a hostile custom scenario is rejected with a bounded, one-line message', () => {
    const inputs: unknown[] = [
      {steps: [], [`<script>${long}`]: 1},
      {steps: [{at: 0, event: `%%{init}%%${long}`}]},
      {steps: [{at: 0, event: 'user.answer', callUUID: `<script>${long}`}]},
      {title: 5, steps: []},
    ];
    for (const input of inputs) {
      const decoded = decodeShareLink(`?json=${encodeURIComponent(JSON.stringify(input))}`);
      assert.equal(decoded.shared, null);
      const message = only(decoded);
      assert.ok(message.length < 1000, `${message.length} characters`);
      assert.ok(!message.includes(long), 'the long text is shortened');
      assert.ok(!message.includes('\n'), 'one line');
    }
  });

  test('a valid custom scenario carrying markup keeps it as plain data', () => {
    const input: ScenarioInput = {
      title: '<script>alert(1)</script>',
      steps: [pushStep(0, undefined, {callerName: '%%{init}%%<img src=x>'})],
    };
    const decoded = decodeShareLink(encodeShareLink({scenario: input}, {}));
    assert.deepEqual(decoded.problems, []);
    assert.equal(decoded.shared?.scenario.title, '<script>alert(1)</script>');
  });

  test('very long ids: too long is reported, shorter ones are truncated', () => {
    const tooLong = decodeShareLink(`?scenario=${'a'.repeat(maxShareQueryLength)}`);
    assert.match(only(tooLong), /^The link is too long \(60010 characters/);
    const decoded = decodeShareLink(`?scenario=${'a'.repeat(50_000)}`);
    assert.equal(only(decoded), `There is no built-in scenario called "${'a'.repeat(60)}…".`);
  });

  test('decodeShareLink never throws and always returns {shared, overrides, problems} (property)', () => {
    const queryChar = fc.constantFrom(
      ...'?&=:,%+ abcdefxyz0123456789-_.<>"\'{}#\\/;'.split(''),
      '%E0',
      '%A4',
      '%2C',
      '%3A',
      '%25',
      'scenario=',
      'json=',
      'set=',
      `scenario=${demo}`,
      'locked:on',
      'appState:',
      '%7B%22steps%22%3A%5B%5D%7D',
    );
    // Any code point, lone surrogates included (fast-check's own 'binary' unit is slow to set up).
    const codePoint = fc.integer({min: 0, max: 0x10ffff}).map((code) => String.fromCodePoint(code));
    const arbitraryQuery = fc.oneof(
      fc.string({maxLength: 200}),
      fc.string({unit: codePoint, maxLength: 100}),
      fc.array(queryChar, {maxLength: 40}).map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(arbitraryQuery, (search) => {
        const decoded = decodeShareLink(search);
        assert.deepEqual(Object.keys(decoded).sort(), ['overrides', 'problems', 'shared']);
        assert.ok(Array.isArray(decoded.problems));
        for (const problem of decoded.problems) {
          assert.equal(typeof problem, 'string');
          assert.ok(problem.length > 0 && problem.length < 1000);
        }
        if (decoded.shared !== null) {
          assert.ok(decoded.shared.scenario && Array.isArray(decoded.shared.scenario.steps));
          const id = decoded.shared.scenarioId;
          if (id !== null) assert.ok(builtinScenario(id));
        }
      }),
      {numRuns: 400, seed: 20_260_611},
    );
  });
});

describe('configuration= (from the provider-configuration builder)', () => {
  const full: ScenarioConfiguration = {
    maximumCallGroups: 1,
    maximumCallsPerCallGroup: 1,
    supportsVideo: true,
    supportedHandleTypes: ['generic', 'emailAddress'],
    includesCallsInRecents: false,
    ringtoneSound: 'Ringtone.caf',
  };
  const partials: Partial<ScenarioConfiguration>[] = [
    full,
    {maximumCallGroups: 3},
    {ringtoneSound: null},
    {supportedHandleTypes: []},
    {ringtoneSound: '<img src=x onerror=alert(1)>"\\`\n%%{init}%% &set=locked:on#'},
  ];
  const configurationProblem = (message: string): string =>
    `A setting of the configuration in the link was ignored: ${message}`;

  test('round trips: applied over a built-in and over a custom scenario, with overrides', () => {
    for (const configuration of partials) {
      for (const {id, scenario} of builtinScenarios().slice(0, 6)) {
        const link = encodeShareLink({scenarioId: id}, {locked: false}, configuration);
        assert.ok(link.startsWith(`?scenario=${id}&set=`), link);
        assert.ok(link.includes('&configuration='), link);
        assert.ok(!/[\s<>"#`]/.test(link), 'URL-safe characters');
        const decoded = decodeShareLink(link);
        assert.deepEqual(decoded.problems, [], link);
        assert.deepEqual(decoded.configuration, configuration);
        assert.equal(decoded.shared?.scenarioId, id);
        assert.deepEqual(decoded.shared?.overrides, {locked: false});
        assert.deepEqual(decoded.shared?.scenario, applyConfiguration(scenario, configuration));
        assert.ok(validateScenario(decoded.shared?.scenario).ok, 'still a valid scenario');
        assert.equal(builtinScenario(id)?.scenario, scenario, 'the built-in itself is untouched');
      }
      const custom = decodeShareLink(encodeShareLink({scenario: customInput}, {}, configuration));
      assert.deepEqual(custom.problems, []);
      assert.equal(custom.shared?.scenarioId, null);
      assert.deepEqual(custom.shared?.scenario.configuration, {
        ...(
          parseScenarioJson(JSON.stringify(customInput)) as {
            ok: true;
            scenario: {configuration: ScenarioConfiguration};
          }
        ).scenario.configuration,
        ...configuration,
      });
    }
  });

  test('no configuration, or an empty one, changes nothing (existing links and keys unchanged)', () => {
    assert.equal(encodeShareLink({scenarioId: demo}, {}, undefined), `?scenario=${demo}`);
    assert.equal(encodeShareLink({scenarioId: demo}, {}, {}), `?scenario=${demo}`);
    const decoded = decodeShareLink(`?scenario=${demo}`);
    assert.deepEqual(Object.keys(decoded).sort(), ['overrides', 'problems', 'shared']);
    assert.equal(decoded.shared?.scenario, builtinScenario(demo)?.scenario);
    const empty = decodeShareLink(`?scenario=${demo}&configuration=%7B%7D`);
    assert.deepEqual(empty.problems, []);
    assert.equal(empty.configuration, undefined);
    assert.equal(empty.shared?.scenario, builtinScenario(demo)?.scenario);
  });

  test('a configuration without a scenario is returned for the default scenario', () => {
    const decoded = decodeShareLink(
      `?configuration=${encodeURIComponent('{"maximumCallGroups":1}')}`,
    );
    assert.equal(decoded.shared, null);
    assert.deepEqual(decoded.configuration, {maximumCallGroups: 1});
    assert.deepEqual(decoded.problems, []);
  });

  test('not JSON: ignored with a message, the scenario still opens', () => {
    const decoded = decodeShareLink(
      `?scenario=${demo}&configuration=${encodeURIComponent('{max')}`,
    );
    assert.equal(
      only(decoded),
      'The configuration in the link is not valid JSON ("{max"); it was ignored.',
    );
    assert.equal(decoded.shared?.scenario, builtinScenario(demo)?.scenario);
    assert.equal(decoded.configuration, undefined);
  });

  test('not an object: ignored with a message', () => {
    for (const text of ['[1]', '1', 'null', '"x"']) {
      const decoded = decodeShareLink(
        `?scenario=${demo}&configuration=${encodeURIComponent(text)}`,
      );
      assert.equal(
        only(decoded),
        `The configuration in the link must be a JSON object such as {"maximumCallGroups": 1}, not ${JSON.stringify(text)}; it was ignored.`,
      );
      assert.equal(decoded.shared?.scenarioId, demo);
    }
  });

  test('a bad value or an unknown key: that key dropped with the validator message, the rest applied', () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [
        {maximumCallGroups: 0},
        'configuration.maximumCallGroups',
        'must be a whole number ≥ 1, got 0',
      ],
      [
        {maximumCallsPerCallGroup: 'abc'},
        'configuration.maximumCallsPerCallGroup',
        'must be a whole number ≥ 1',
      ],
      [{supportsVideo: 'yes'}, 'configuration.supportsVideo', 'must be true or false'],
      [
        {supportedHandleTypes: ['fax']},
        'configuration.supportedHandleTypes[0]',
        'unknown handle type "fax"',
      ],
      [{ringtoneSound: 5}, 'configuration.ringtoneSound', 'must be a string or null'],
      [
        {iconTemplateImageData: 'x'},
        'configuration.iconTemplateImageData',
        'unknown key "iconTemplateImageData"',
      ],
    ];
    for (const [bad, path, says] of cases) {
      const text = JSON.stringify({...bad, includesCallsInRecents: false});
      const decoded = decodeShareLink(
        `?scenario=${demo}&configuration=${encodeURIComponent(text)}`,
      );
      const message = only(decoded);
      assert.ok(message.startsWith(configurationProblem(`${path}: `)), message);
      assert.ok(message.includes(says), message);
      const key = Object.keys(bad)[0] ?? '';
      const result = validateScenario({configuration: bad, steps: []});
      assert.ok(!result.ok);
      assert.equal(message, configurationProblem(formatScenarioError(result.error)));
      assert.deepEqual(decoded.configuration, {includesCallsInRecents: false}, key);
      assert.equal(decoded.shared?.scenario.configuration.includesCallsInRecents, false);
    }
  });

  test('parseLinkConfiguration reports every bad key, in order', () => {
    const parsed = parseLinkConfiguration('{"a":1,"maximumCallGroups":-1,"supportsVideo":true}');
    assert.deepEqual(parsed.configuration, {supportsVideo: true});
    assert.equal(parsed.problems.length, 2);
    assert.match(parsed.problems[0] ?? '', /configuration\.a: unknown key "a"/);
    assert.match(
      parsed.problems[1] ?? '',
      /configuration\.maximumCallGroups: must be a whole number/,
    );
  });

  test('hostile keys and values are quoted, shortened and kept on one line', () => {
    const long = 'x'.repeat(5000);
    const inputs = [
      {[`<script>${long}`]: 1},
      {ringtoneSound: {toString: 1}},
      {supportedHandleTypes: [`\n<img>${long}`]},
      {__proto__: 1, maximumCallGroups: 2} as Record<string, unknown>,
    ];
    for (const input of inputs) {
      const text = JSON.stringify(input);
      const decoded = decodeShareLink(
        `?scenario=${demo}&configuration=${encodeURIComponent(text)}`,
      );
      for (const problem of decoded.problems) {
        assert.ok(problem.length < 400, problem);
        assert.ok(!problem.includes(long));
        assert.ok(!problem.includes('\n'));
      }
      assert.equal(decoded.shared?.scenarioId, demo);
    }
    const proto = decodeShareLink(
      `?scenario=${demo}&configuration=${encodeURIComponent('{"__proto__":{"polluted":1},"maximumCallGroups":2}')}`,
    );
    assert.equal(proto.problems.length, 1);
    assert.deepEqual(proto.configuration, {maximumCallGroups: 2});
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    const notJson = decodeShareLink(
      `?scenario=${demo}&configuration=${encodeURIComponent(`<script>${long}`)}`,
    );
    assert.ok(only(notJson).length < 200);
  });

  test('a hostile ringtone value travels as data and comes back unchanged', () => {
    const ringtoneSound = '<img src=x onerror=alert(1)>"\\`\u2028\u0000 📞';
    const decoded = decodeShareLink(encodeShareLink({scenarioId: demo}, {}, {ringtoneSound}));
    assert.deepEqual(decoded.problems, []);
    assert.equal(decoded.shared?.scenario.configuration.ringtoneSound, ringtoneSound);
  });
});
