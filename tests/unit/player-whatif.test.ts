/**
 * What-if toggles (simulator/src/player/whatIf.ts): every toggle's documented consequence shows in
 * its demo scenario, reads and writes round-trip on every built-in, writes never touch their
 * input and always give a valid scenario, and overrides are normalised and applied defensively.
 */
import assert from 'node:assert/strict';
import {isDeepStrictEqual} from 'node:util';
import {describe, test} from 'node:test';

import {
  applyWhatIf,
  builtinScenario,
  builtinScenarios,
  isAppState,
  latePushReportMs,
  normaliseOverrides,
  runScenario,
  validateScenario,
  whatIfToggle,
  whatIfToggles,
  whatIfValues,
  type AppState,
  type Scenario,
  type WhatIfOverrides,
  type WhatIfToggle,
} from '../../simulator/src';
import {deepFreeze, matchesEntry, traceHas} from './support/player';

const appStates: readonly AppState[] = ['foreground', 'background', 'suspended', 'terminated'];

function valuesOf(toggle: WhatIfToggle): readonly (boolean | AppState)[] {
  return toggle.kind === 'switch' ? [false, true] : toggle.options.map((option) => option.value);
}

/** Writes any value of the right kind (the union type cannot be called directly). */
function write(toggle: WhatIfToggle, scenario: Scenario, value: boolean | AppState): Scenario {
  if (toggle.kind === 'switch') {
    assert.equal(typeof value, 'boolean');
    return toggle.write(scenario, value as boolean);
  }
  assert.ok(isAppState(value));
  return toggle.write(scenario, value);
}

function base(id: string): Scenario {
  const builtin = builtinScenario(id);
  assert.ok(builtin, `built-in ${id}`);
  return builtin.scenario;
}

describe('the toggle list', () => {
  test('ids are unique, and every toggle has a group, a label, a description and a consequence text', () => {
    const ids = whatIfToggles.map((toggle) => toggle.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const toggle of whatIfToggles) {
      assert.match(toggle.id, /^[A-Za-z]+$/, 'ids travel in share links unescaped');
      assert.ok(['app', 'device'].includes(toggle.group), toggle.id);
      assert.ok(toggle.label.trim().length > 0, toggle.id);
      assert.ok(toggle.description.trim().length > 20, toggle.id);
      assert.ok(toggle.consequence.text.trim().length > 20, toggle.id);
      assert.ok(
        toggle.consequence.appears.length + toggle.consequence.disappears.length > 0,
        `${toggle.id} documents at least one visible change`,
      );
    }
  });

  test('the ids share links rely on are all present (extend, never rename)', () => {
    for (const id of [
      'forgetToFulfil',
      'reportPushLate',
      'activateAudioYourself',
      'neverReportOutgoingProgress',
      'ignoreRemoteHangUp',
      'skipPushKitAtLaunch',
      'ignoreDuplicatePush',
      'missingVoipBackgroundMode',
      'mismatchCallUUID',
      'forgetToSignalEnd',
      'muteTrackDirectly',
      'youAreTheApp',
      'locked',
      'appState',
      'doNotDisturb',
    ]) {
      assert.ok(whatIfToggle(id), id);
    }
  });

  test('whatIfToggle finds each toggle by id and nothing else', () => {
    for (const toggle of whatIfToggles) assert.equal(whatIfToggle(toggle.id), toggle);
    for (const id of ['', 'LOCKED', 'nope', '__proto__', 'constructor', 'toString']) {
      assert.equal(whatIfToggle(id), undefined, id);
    }
  });

  test('the app-state choice offers the four app states, once each', () => {
    const choice = whatIfToggle('appState');
    assert.ok(choice?.kind === 'choice');
    assert.deepEqual(
      choice.options.map((option) => option.value),
      [...appStates],
    );
    for (const option of choice.options) assert.ok(option.label.length > 0);
  });

  test('isAppState accepts exactly the four app states', () => {
    for (const state of appStates) assert.equal(isAppState(state), true);
    for (const value of [
      '',
      'Foreground',
      'killed',
      true,
      null,
      undefined,
      0,
      {},
      ['foreground'],
    ]) {
      assert.equal(isAppState(value), false, String(value));
    }
  });

  test('every consequence names a built-in demo scenario and a value different from its own', () => {
    for (const toggle of whatIfToggles) {
      const {demoScenario, value} = toggle.consequence;
      const scenario = base(demoScenario);
      if (toggle.kind === 'switch') assert.equal(typeof value, 'boolean', toggle.id);
      else assert.ok(isAppState(value), toggle.id);
      assert.notEqual(toggle.read(scenario), value, `${toggle.id} in ${demoScenario}`);
    }
  });
});

describe('every documented consequence holds in its demo scenario', () => {
  for (const toggle of whatIfToggles) {
    const {demoScenario, value, appears, disappears} = toggle.consequence;
    test(`${toggle.id} = ${String(value)} in ${demoScenario}`, () => {
      const scenario = base(demoScenario);
      const before = runScenario(scenario).trace;
      const after = runScenario(applyWhatIf(scenario, {[toggle.id]: value})).trace;
      for (const match of appears) {
        assert.ok(!traceHas(before, match), `${JSON.stringify(match)} already in the base trace`);
        assert.ok(traceHas(after, match), `${JSON.stringify(match)} missing with the toggle`);
      }
      for (const match of disappears) {
        assert.ok(traceHas(before, match), `${JSON.stringify(match)} missing from the base trace`);
        assert.ok(!traceHas(after, match), `${JSON.stringify(match)} still there with the toggle`);
      }
    });
  }

  test('the matcher compares api, action, error name and detail values as text', () => {
    const entry = {
      seq: 0,
      at: 0,
      kind: 'event' as const,
      from: 'user' as const,
      to: 'app' as const,
      api: 'system.showIncomingCallUI',
      action: 'CXAnswerCallAction' as const,
      error: {domain: 'CXErrorCodeIncomingCallError', code: 3, name: 'filteredByDoNotDisturb'},
      detail: {presentation: 'banner', count: 2, flag: false},
      note: '',
    };
    assert.ok(matchesEntry(entry, {api: 'system.showIncomingCallUI'}));
    assert.ok(matchesEntry(entry, {api: entry.api, detail: {count: '2', flag: 'false'}}));
    assert.ok(!matchesEntry(entry, {api: entry.api, detail: {presentation: 'lockScreen'}}));
    assert.ok(!matchesEntry(entry, {api: entry.api, detail: {missing: 'undefined'}}));
    assert.ok(!matchesEntry(entry, {api: entry.api, action: 'CXEndCallAction'}));
    assert.ok(!matchesEntry(entry, {api: entry.api, error: 'unknown'}));
    assert.ok(!matchesEntry(entry, {api: 'system.launchApp'}));
  });
});

describe('read and write', () => {
  test('read(write(s, v)) === v for every toggle, every built-in and every value', () => {
    for (const {id, scenario} of builtinScenarios()) {
      for (const toggle of whatIfToggles) {
        for (const value of valuesOf(toggle)) {
          assert.equal(toggle.read(write(toggle, scenario, value)), value, `${toggle.id} ${id}`);
        }
      }
    }
  });

  test('writing twice is the same as writing once', () => {
    for (const {id, scenario} of builtinScenarios()) {
      for (const toggle of whatIfToggles) {
        for (const value of valuesOf(toggle)) {
          const once = write(toggle, scenario, value);
          assert.deepEqual(write(toggle, once, value), once, `${toggle.id} ${id}`);
        }
      }
    }
  });

  test('writes never mutate the scenario they are given (deeply frozen input)', () => {
    for (const {id, scenario} of builtinScenarios()) {
      const frozen = deepFreeze(structuredClone(scenario));
      const copy = structuredClone(scenario);
      for (const toggle of whatIfToggles) {
        for (const value of valuesOf(toggle)) {
          assert.doesNotThrow(() => write(toggle, frozen, value), `${toggle.id} ${id}`);
        }
      }
      assert.deepEqual(frozen, copy);
      // applyWhatIf with everything flipped at once does not write to it either.
      const everything: WhatIfOverrides = Object.fromEntries(
        whatIfToggles.map((toggle): [string, boolean | AppState] => [
          toggle.id,
          toggle.kind === 'switch' ? !toggle.read(frozen) : 'suspended',
        ]),
      );
      assert.doesNotThrow(() => applyWhatIf(frozen, everything), id);
      assert.deepEqual(frozen, copy);
    }
  });

  test('a write changes only what its toggle controls', () => {
    const scenario = base('locked-push-answer');
    // The section each toggle writes: its group, except the app's Info.plist capability.
    const sectionOf = (toggle: WhatIfToggle): keyof Scenario =>
      toggle.id === 'missingVoipBackgroundMode' ? 'capabilities' : toggle.group;
    for (const toggle of whatIfToggles) {
      for (const value of valuesOf(toggle)) {
        const written = write(toggle, scenario, value);
        const section = sectionOf(toggle);
        for (const key of Object.keys(scenario) as (keyof Scenario)[]) {
          if (key === section) continue;
          assert.equal(written[key], scenario[key], `${toggle.id} keeps ${key}`);
        }
        // The other toggles still read what they read before.
        for (const other of whatIfToggles) {
          if (other === toggle) continue;
          assert.equal(other.read(written), other.read(scenario), `${toggle.id} → ${other.id}`);
        }
      }
    }
  });

  test('every written scenario passes validateScenario and equals its validated form', () => {
    for (const {id, scenario} of builtinScenarios()) {
      for (const toggle of whatIfToggles) {
        for (const value of valuesOf(toggle)) {
          const written = write(toggle, scenario, value);
          const result = validateScenario(written);
          assert.ok(result.ok, `${toggle.id}=${String(value)} on ${id}`);
          assert.deepEqual(result.scenario, written, `${toggle.id}=${String(value)} on ${id}`);
        }
      }
    }
  });

  test('"forget to fulfil" makes answer, start and end never fulfilled, and off restores fulfilment', () => {
    const toggle = whatIfToggle('forgetToFulfil');
    assert.ok(toggle?.kind === 'switch');
    const scenario = base('locked-push-answer');
    const on = toggle.write(scenario, true);
    assert.deepEqual(on.app.fulfill, {
      CXAnswerCallAction: 'never',
      CXStartCallAction: 'never',
      CXEndCallAction: 'never',
    });
    const off = toggle.write(on, false);
    assert.deepEqual(off.app.fulfill, {});
    // Off keeps the responses that are not a forgotten fulfil.
    const late = toggle.write(base('answer-fulfilled-late'), false);
    assert.deepEqual(late.app.fulfill, {CXAnswerCallAction: {afterMs: 1500}});
    const failing = toggle.write(base('outgoing-start-failed'), false);
    assert.deepEqual(failing.app.fulfill, {CXStartCallAction: 'fail'});
  });

  test('"report the pushed call late" reports after latePushReportMs, keeps an existing late or never value, and off reports immediately', () => {
    const toggle = whatIfToggle('reportPushLate');
    assert.ok(toggle?.kind === 'switch');
    assert.deepEqual(toggle.write(base('locked-push-answer'), true).app.reportPushedCall, {
      afterMs: latePushReportMs,
    });
    assert.deepEqual(toggle.write(base('push-reported-late'), true).app.reportPushedCall, {
      afterMs: 500,
    });
    assert.equal(toggle.write(base('push-never-reported'), true).app.reportPushedCall, 'never');
    assert.equal(
      toggle.write(base('push-never-reported'), false).app.reportPushedCall,
      'immediately',
    );
  });

  test('the inverted app switches name the mistake: on means the profile flag is false', () => {
    const cases: [string, keyof Scenario['app']][] = [
      ['neverReportOutgoingProgress', 'reportsOutgoingProgress'],
      ['ignoreRemoteHangUp', 'endsCallOnRemoteHangUp'],
      ['skipPushKitAtLaunch', 'setsUpPushKitAtLaunch'],
      ['ignoreDuplicatePush', 'reportsDuplicatePushes'],
      ['mismatchCallUUID', 'matchesCallUUIDs'],
      ['forgetToSignalEnd', 'signalsEndToServer'],
      ['muteTrackDirectly', 'requestsMuteThroughCallKit'],
    ];
    const scenario = base('outgoing-call');
    for (const [id, key] of cases) {
      const toggle = whatIfToggle(id);
      assert.ok(toggle?.kind === 'switch', id);
      assert.equal(toggle.write(scenario, true).app[key], false, id);
      assert.equal(toggle.write(scenario, false).app[key], true, id);
    }
    const audio = whatIfToggle('activateAudioYourself');
    assert.ok(audio?.kind === 'switch');
    assert.equal(audio.write(scenario, true).app.activatesAudioSessionItself, true);
    // The capability switch names the mistake too: on means voip is missing.
    const voip = whatIfToggle('missingVoipBackgroundMode');
    assert.ok(voip?.kind === 'switch');
    assert.equal(voip.write(scenario, true).capabilities.voipBackgroundMode, false);
    assert.equal(voip.write(scenario, false).capabilities.voipBackgroundMode, true);
    assert.deepEqual(voip.write(scenario, true).app, scenario.app);
  });

  test('writing the value a scenario already has leaves it unchanged (all toggles but forgetToFulfil)', () => {
    for (const {id, scenario} of builtinScenarios()) {
      for (const toggle of whatIfToggles) {
        if (toggle.id === 'forgetToFulfil') continue;
        const same = write(toggle, scenario, toggle.read(scenario));
        assert.deepEqual(same, scenario, `${toggle.id} ${id}`);
      }
    }
  });

  test('forgetToFulfil: writing on to a scenario that already reads on leaves it unchanged', () => {
    const toggle = whatIfToggle('forgetToFulfil');
    assert.ok(toggle?.kind === 'switch');
    const scenario = base('answer-never-fulfilled');
    assert.equal(toggle.read(scenario), true);
    assert.deepEqual(toggle.write(scenario, true), scenario);
  });
});

describe('whatIfValues', () => {
  test('has every toggle id, with the value read() gives', () => {
    for (const {id, scenario} of builtinScenarios()) {
      const values = whatIfValues(scenario);
      assert.deepEqual(
        Object.keys(values).sort(),
        whatIfToggles.map((toggle) => toggle.id).sort(),
        id,
      );
      for (const toggle of whatIfToggles) assert.equal(values[toggle.id], toggle.read(scenario));
    }
  });

  test('reads the built-ins the way their titles describe them', () => {
    assert.deepEqual(whatIfValues(base('locked-push-answer')), {
      forgetToFulfil: false,
      reportPushLate: false,
      activateAudioYourself: false,
      neverReportOutgoingProgress: false,
      ignoreRemoteHangUp: false,
      skipPushKitAtLaunch: false,
      ignoreDuplicatePush: false,
      missingVoipBackgroundMode: false,
      mismatchCallUUID: false,
      forgetToSignalEnd: false,
      muteTrackDirectly: false,
      youAreTheApp: false,
      locked: true,
      appState: 'terminated',
      doNotDisturb: false,
    });
    const expectations: [string, string, boolean | AppState][] = [
      ['answer-never-fulfilled', 'forgetToFulfil', true],
      ['push-reported-late', 'reportPushLate', true],
      ['push-never-reported', 'reportPushLate', true],
      ['app-activates-audio', 'activateAudioYourself', true],
      ['outgoing-progress-not-reported', 'neverReportOutgoingProgress', true],
      ['push-registry-not-set-up', 'skipPushKitAtLaunch', true],
      ['missing-voip-background-mode', 'missingVoipBackgroundMode', true],
      ['push-delivery-stopped', 'reportPushLate', true],
      ['fulfil-wrong-action', 'youAreTheApp', true],
      ['do-not-disturb', 'doNotDisturb', true],
      ['background-push-answer', 'appState', 'suspended'],
      ['outgoing-call', 'locked', false],
    ];
    for (const [id, toggle, value] of expectations) {
      assert.equal(whatIfValues(base(id))[toggle], value, `${toggle} in ${id}`);
    }
  });
});

describe('normaliseOverrides', () => {
  const scenario = base('locked-push-answer');

  test('drops values equal to the base scenario’s own value', () => {
    assert.deepEqual(
      normaliseOverrides(scenario, {locked: true, appState: 'terminated', doNotDisturb: false}),
      {},
    );
    assert.deepEqual(normaliseOverrides(scenario, whatIfValues(scenario)), {});
  });

  test('keeps values that differ', () => {
    assert.deepEqual(
      normaliseOverrides(scenario, {locked: false, appState: 'background', youAreTheApp: true}),
      {locked: false, appState: 'background', youAreTheApp: true},
    );
  });

  test('drops unknown ids, including prototype names', () => {
    const overrides = JSON.parse(
      '{"nope": true, "__proto__": true, "constructor": false, "toString": true, "locked": false}',
    ) as WhatIfOverrides;
    assert.deepEqual(normaliseOverrides(scenario, overrides), {locked: false});
  });

  test('is idempotent and never changes the result of applyWhatIf', () => {
    for (const {id, scenario: builtin} of builtinScenarios()) {
      const flipped: WhatIfOverrides = Object.fromEntries(
        whatIfToggles.map((toggle, index): [string, boolean | AppState] => [
          toggle.id,
          toggle.kind === 'switch' ? (index % 2 === 0 ? !toggle.read(builtin) : true) : 'suspended',
        ]),
      );
      const once = normaliseOverrides(builtin, flipped);
      assert.deepEqual(normaliseOverrides(builtin, once), once, id);
      assert.deepEqual(applyWhatIf(builtin, once), applyWhatIf(builtin, flipped), id);
    }
  });

  test('drops ill-typed values, which applyWhatIf ignores anyway', () => {
    const overrides = {locked: 'foreground', appState: true} as unknown as WhatIfOverrides;
    assert.deepEqual(normaliseOverrides(scenario, overrides), {});
  });
});

describe('applyWhatIf', () => {
  const scenario = base('locked-push-answer');

  test('with no overrides returns the scenario itself', () => {
    assert.equal(applyWhatIf(scenario, {}), scenario);
  });

  test('ignores unknown ids and ill-typed values', () => {
    const overrides = {
      nope: true,
      locked: 'yes',
      appState: true,
      doNotDisturb: 1,
      youAreTheApp: null,
      forgetToFulfil: 'on',
    } as unknown as WhatIfOverrides;
    assert.deepEqual(applyWhatIf(scenario, overrides), scenario);
    assert.deepEqual(
      applyWhatIf(scenario, {appState: 'asleep'} as unknown as WhatIfOverrides),
      scenario,
    );
    // An ill-typed value next to a good one: the good one still applies.
    const mixed = {locked: 'no', doNotDisturb: true} as unknown as WhatIfOverrides;
    assert.deepEqual(applyWhatIf(scenario, mixed), {
      ...scenario,
      device: {...scenario.device, doNotDisturb: true},
    });
  });

  test('ignores inherited properties (only own keys count)', () => {
    const inherited = Object.create({locked: false, doNotDisturb: true}) as WhatIfOverrides;
    assert.deepEqual(applyWhatIf(scenario, inherited), scenario);
  });

  test('applies every toggle it is given, and the result reads back the overrides', () => {
    const overrides: WhatIfOverrides = {
      forgetToFulfil: true,
      reportPushLate: true,
      activateAudioYourself: true,
      neverReportOutgoingProgress: true,
      ignoreRemoteHangUp: true,
      skipPushKitAtLaunch: true,
      ignoreDuplicatePush: true,
      missingVoipBackgroundMode: true,
      mismatchCallUUID: true,
      forgetToSignalEnd: true,
      muteTrackDirectly: true,
      youAreTheApp: true,
      locked: false,
      appState: 'background',
      doNotDisturb: true,
    };
    const applied = applyWhatIf(scenario, overrides);
    assert.deepEqual(whatIfValues(applied), overrides);
    assert.ok(validateScenario(applied).ok);
    assert.ok(isDeepStrictEqual(applied.steps, scenario.steps));
  });

  test('the applied scenario runs (every single toggle, every value, on every built-in)', () => {
    for (const {id, scenario: builtin} of builtinScenarios()) {
      for (const toggle of whatIfToggles) {
        for (const value of valuesOf(toggle)) {
          if (value === toggle.read(builtin)) continue;
          const {trace} = runScenario(applyWhatIf(builtin, {[toggle.id]: value}));
          assert.ok(trace.length > 0, `${toggle.id}=${String(value)} on ${id}`);
        }
      }
    }
  });
});
