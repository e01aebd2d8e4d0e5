import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';

import {
  defaultAppProfile,
  defaultAssumptions,
  defaultCapabilities,
  defaultConfiguration,
  defaultDevice,
  defaultSeed,
} from '../../simulator/src/scenario/defaults';
import {
  isScenarioErrorCode,
  scenarioErrorCodes,
  type ScenarioErrorCode,
} from '../../simulator/src/scenario/errors';
import {lineAndColumn} from '../../simulator/src/scenario/json';
import type {Scenario, Step} from '../../simulator/src/scenario/types';
import {
  formatScenarioError,
  maxSteps,
  parseScenarioJson,
  stepEventNames,
  suggestName,
  validateScenario,
  type ScenarioResult,
} from '../../simulator/src/scenario/validate';

// ---------------------------------------------------------------------------
// helpers
// ---------------------------------------------------------------------------

const exampleJson = `{"title":"Locked phone, app killed, VoIP push, user answers",
 "device":{"locked":true,"appState":"terminated","doNotDisturb":false,"blockedHandles":[]},
 "capabilities":{"voipBackgroundMode":true,"pushNotifications":true},
 "configuration":{"maximumCallGroups":2,"maximumCallsPerCallGroup":5,"supportsVideo":false,"supportedHandleTypes":["phoneNumber"],"includesCallsInRecents":true},
 "app":{"reportPushedCall":"immediately","fulfill":{"CXAnswerCallAction":{"afterMs":300}},"activatesAudioSessionItself":false},
 "steps":[{"at":0,"event":"server.voipPush","payload":{"uuid":"e621e1f8-c36c-495a-93fc-0c247a3e6e5f","handle":"+15551234567","callerName":"Ada","hasVideo":false}},
          {"at":2000,"event":"user.answer"},{"at":9000,"event":"remote.hangUp"}]}`;

const UUID = 'e621e1f8-c36c-495a-93fc-0c247a3e6e5f';

function example(): Record<string, unknown> {
  return JSON.parse(exampleJson) as Record<string, unknown>;
}

function expectOk(result: ScenarioResult): Scenario {
  if (!result.ok) assert.fail(`expected ok, got ${formatScenarioError(result.error)}`);
  return result.scenario;
}

interface Expected {
  code: ScenarioErrorCode;
  path: string;
  /** A piece of the message that must be there. */
  message?: string | RegExp;
}

function expectError(result: ScenarioResult, expected: Expected): void {
  if (result.ok) assert.fail(`expected ${expected.code} at ${expected.path}, got ok`);
  const {error} = result;
  assert.equal(error.code, expected.code, formatScenarioError(error));
  assert.equal(error.path, expected.path, formatScenarioError(error));
  if (typeof expected.message === 'string') {
    assert.ok(error.message.includes(expected.message), `message: ${error.message}`);
  } else if (expected.message !== undefined) {
    assert.match(error.message, expected.message);
  }
}

/** A scenario made of these steps only. */
function withSteps(...steps: unknown[]): unknown {
  return {steps};
}

function assertWellFormed(result: ScenarioResult): void {
  if (result.ok) {
    const {scenario} = result;
    assert.ok(Array.isArray(scenario.steps));
    let previous = 0;
    for (const step of scenario.steps) {
      assert.ok(Number.isFinite(step.at) && step.at >= previous);
      previous = step.at;
      assert.ok(stepEventNames.includes(step.event));
    }
    // A validated scenario validates again, unchanged.
    assert.deepEqual(validateScenario(scenario), {ok: true, scenario});
    return;
  }
  const {error} = result;
  const {position, ...rest} = error;
  assert.equal(Object.keys(rest).sort().join(','), 'code,message,path');
  // Only a JSON syntax error says where in the text it is.
  if (position !== undefined) assert.equal(error.code, 'malformedJson');
  assert.ok(isScenarioErrorCode(error.code), `unknown code ${String(error.code)}`);
  assert.equal(typeof error.path, 'string');
  assert.equal(typeof error.message, 'string');
  assert.ok(error.message.length > 0);
  const line = formatScenarioError(error);
  assert.ok(!/[\n\r\u2028\u2029]/.test(line), `not one line: ${JSON.stringify(line)}`);
}

function assertPrototypesClean(): void {
  const probe: Record<string, unknown> = {};
  assert.equal(probe.polluted, undefined);
  assert.equal(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted'), false);
  assert.equal(Object.prototype.hasOwnProperty.call(Array.prototype, 'polluted'), false);
}

// ---------------------------------------------------------------------------
// a valid scenario
// ---------------------------------------------------------------------------

describe('validateScenario: the example scenario', () => {
  test('validates and gets every default', () => {
    const scenario = expectOk(parseScenarioJson(exampleJson));
    assert.equal(scenario.id, null);
    assert.equal(scenario.title, 'Locked phone, app killed, VoIP push, user answers');
    assert.equal(scenario.description, '');
    assert.equal(scenario.seed, defaultSeed);
    assert.deepEqual(scenario.device, {
      locked: true,
      appState: 'terminated',
      doNotDisturb: false,
      blockedHandles: [],
      incomingCallPresentation: defaultDevice.incomingCallPresentation,
    });
    assert.deepEqual(scenario.capabilities, {voipBackgroundMode: true, pushNotifications: true});
    assert.deepEqual(scenario.configuration, {
      maximumCallGroups: 2,
      maximumCallsPerCallGroup: 5,
      supportsVideo: false,
      supportedHandleTypes: ['phoneNumber'],
      includesCallsInRecents: true,
      ringtoneSound: defaultConfiguration.ringtoneSound,
    });
    assert.deepEqual(scenario.app, {
      ...defaultAppProfile,
      reportPushedCall: 'immediately',
      fulfill: {CXAnswerCallAction: {afterMs: 300}},
      activatesAudioSessionItself: false,
    });
    assert.deepEqual(scenario.assumptions, defaultAssumptions);
    assert.deepEqual(scenario.steps, [
      {
        at: 0,
        event: 'server.voipPush',
        payload: {uuid: UUID, handle: '+15551234567', callerName: 'Ada', hasVideo: false},
      },
      {at: 2000, event: 'user.answer'},
      {at: 9000, event: 'remote.hangUp'},
    ]);
  });

  test('parseScenarioJson and validateScenario agree', () => {
    assert.deepEqual(parseScenarioJson(exampleJson), validateScenario(example()));
  });

  test('a scenario with only steps gets the defaults of defaults.ts', () => {
    const scenario = expectOk(validateScenario({steps: []}));
    assert.deepEqual(scenario, {
      id: null,
      title: 'Untitled scenario',
      description: '',
      device: defaultDevice,
      capabilities: defaultCapabilities,
      configuration: defaultConfiguration,
      app: defaultAppProfile,
      assumptions: defaultAssumptions,
      seed: defaultSeed,
      specSections: [],
      painPoints: [],
      steps: [],
    });
  });

  test('defaults are copied: neither shared nor mutated between validations', () => {
    const snapshot = JSON.stringify([
      defaultDevice,
      defaultConfiguration,
      defaultAppProfile,
      defaultAssumptions,
    ]);
    const first = expectOk(validateScenario({steps: []}));
    const second = expectOk(validateScenario({steps: []}));
    assert.notEqual(first.device.blockedHandles, defaultDevice.blockedHandles);
    assert.notEqual(first.device.blockedHandles, second.device.blockedHandles);
    assert.notEqual(
      first.configuration.supportedHandleTypes,
      defaultConfiguration.supportedHandleTypes,
    );
    assert.notEqual(first.app.fulfill, defaultAppProfile.fulfill);
    assert.notEqual(first.app.fulfill, second.app.fulfill);
    assert.notEqual(first.device, defaultDevice);
    assert.notEqual(first.assumptions, defaultAssumptions);

    first.device.blockedHandles.push('+15550000000');
    first.configuration.supportedHandleTypes.push('emailAddress');
    first.app.fulfill.CXEndCallAction = 'never';
    first.assumptions.actionTimeoutMs = 1;
    first.device.locked = true;

    assert.equal(
      JSON.stringify([defaultDevice, defaultConfiguration, defaultAppProfile, defaultAssumptions]),
      snapshot,
    );
    const third = expectOk(validateScenario({steps: []}));
    assert.deepEqual(third.device.blockedHandles, []);
    assert.deepEqual(third.app.fulfill, {});
    assert.deepEqual(second.device, defaultDevice);
    assert.deepEqual(third.configuration, defaultConfiguration);
  });

  test('arrays and objects of the input are copied, not shared', () => {
    const input = {
      device: {blockedHandles: ['+15551112222']},
      configuration: {supportedHandleTypes: ['generic' as const]},
      app: {fulfill: {CXAnswerCallAction: {afterMs: 5}}},
      steps: [{at: 0, event: 'server.voipPush', payload: {nested: {list: [1, 2]}}}],
    };
    const scenario = expectOk(validateScenario(input));
    input.device.blockedHandles.push('x');
    input.configuration.supportedHandleTypes.push('generic');
    input.app.fulfill.CXAnswerCallAction.afterMs = 99;
    input.steps[0]?.payload.nested.list.push(3);
    assert.deepEqual(scenario.device.blockedHandles, ['+15551112222']);
    assert.deepEqual(scenario.configuration.supportedHandleTypes, ['generic']);
    assert.deepEqual(scenario.app.fulfill, {CXAnswerCallAction: {afterMs: 5}});
    assert.deepEqual(scenario.steps[0], {
      at: 0,
      event: 'server.voipPush',
      payload: {nested: {list: [1, 2]}},
    });
    assert.notEqual(scenario.steps, input.steps);
  });

  test('UUID parameters come out upper-cased; the payload is left as written', () => {
    const scenario = expectOk(
      validateScenario(
        withSteps(
          {at: 0, event: 'server.voipPush', payload: {uuid: UUID}},
          {at: 1, event: 'user.answer', callUUID: UUID},
          {
            at: 2,
            event: 'user.startCall',
            handle: 'bob',
            uuid: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
          },
          {
            at: 3,
            event: 'app.fulfill',
            action: 'CXEndCallAction',
            callUUID: 'E621e1f8-C36C-495a-93fc-0C247A3E6E5F',
          },
        ),
      ),
    );
    const [push, answer, start, fulfil] = scenario.steps;
    assert.deepEqual(push, {at: 0, event: 'server.voipPush', payload: {uuid: UUID}});
    assert.deepEqual(answer, {at: 1, event: 'user.answer', callUUID: UUID.toUpperCase()});
    assert.deepEqual(start, {
      at: 2,
      event: 'user.startCall',
      handle: 'bob',
      uuid: 'AAAAAAAA-BBBB-CCCC-DDDD-EEEEEEEEEEEE',
    });
    assert.deepEqual(fulfil, {
      at: 3,
      event: 'app.fulfill',
      action: 'CXEndCallAction',
      callUUID: 'E621E1F8-C36C-495A-93FC-0C247A3E6E5F',
    });
  });

  test('optional step parameters that are not given stay absent', () => {
    const scenario = expectOk(validateScenario(withSteps({at: 0, event: 'user.answer'})));
    assert.deepEqual(Object.keys(scenario.steps[0] ?? {}), ['at', 'event']);
  });

  test('every event of types.ts is accepted with its parameters', () => {
    const steps: Step[] = [
      {at: 0, event: 'server.voipPush', payload: {}},
      {
        at: 0,
        event: 'user.startCall',
        handle: '+1',
        handleType: 'phoneNumber',
        video: true,
        uuid: UUID.toUpperCase(),
      },
      {at: 1, event: 'user.answer', via: 'app'},
      {at: 1, event: 'user.decline'},
      {at: 1, event: 'user.end', via: 'system'},
      {at: 1, event: 'user.setHeld', onHold: true},
      {at: 1, event: 'user.setMuted', muted: false},
      {at: 1, event: 'user.playDTMF', digits: '0123456789*#,;'},
      {at: 1, event: 'user.endAndAccept'},
      {at: 1, event: 'user.holdAndAccept'},
      {at: 1, event: 'user.mergeCalls'},
      {at: 1, event: 'user.splitCall', callUUID: UUID.toUpperCase()},
      {at: 1, event: 'app.request', actions: []},
      {
        at: 1,
        event: 'app.request',
        actions: [
          {
            action: 'CXSetGroupCallAction',
            callUUID: UUID.toUpperCase(),
            callUUIDToGroupWith: UUID.toUpperCase(),
          },
        ],
      },
      {at: 1, event: 'app.invalidateProvider'},
      {at: 1, event: 'user.lock'},
      {at: 1, event: 'user.unlock'},
      {at: 1, event: 'user.openApp'},
      {at: 1, event: 'user.leaveApp'},
      {at: 1, event: 'remote.answer'},
      {at: 1, event: 'remote.hangUp'},
      {at: 1, event: 'remote.busy'},
      {at: 1, event: 'cellular.incomingCall', handle: '+15550001111'},
      {at: 1, event: 'cellular.end', endedBy: 'remote'},
      {at: 1, event: 'system.reset'},
      {at: 1, event: 'app.fulfill', action: 'CXAnswerCallAction'},
      {at: 1, event: 'app.fail', action: 'CXSetHeldCallAction'},
      {at: 1, event: 'app.reportCall'},
      {at: 1, event: 'app.returnFromPush'},
      {at: 1, event: 'app.reportConnected'},
      {at: 1, event: 'app.reportEnded', reason: 'declinedElsewhere'},
    ];
    assert.deepEqual(new Set(steps.map((step) => step.event)), new Set(stepEventNames));
    assert.deepEqual(expectOk(validateScenario({steps})).steps, steps);
  });

  test('spec sections and pain points must be well formed', () => {
    expectError(validateScenario({steps: [], specSections: ['9.3']}), {
      code: 'invalidValue',
      path: 'specSections[0]',
    });
    expectError(validateScenario({steps: [], painPoints: [0]}), {
      code: 'invalidValue',
      path: 'painPoints[0]',
    });
    expectError(validateScenario({steps: [], painPoints: 'one'}), {
      code: 'wrongType',
      path: 'painPoints',
    });
  });

  test('every profile setting is accepted', () => {
    const input = {
      id: 'locked-phone-2',
      title: 'T',
      description: 'D',
      device: {
        locked: true,
        appState: 'suspended',
        doNotDisturb: true,
        blockedHandles: ['+1', 'bob'],
        incomingCallPresentation: 'fullScreen',
      },
      capabilities: {voipBackgroundMode: false, pushNotifications: false},
      configuration: {
        maximumCallGroups: 1,
        maximumCallsPerCallGroup: 1,
        supportsVideo: true,
        supportedHandleTypes: ['generic', 'emailAddress'],
        includesCallsInRecents: false,
        ringtoneSound: 'Ringtone.caf',
      },
      app: {
        mode: 'manual',
        reportPushedCall: {afterMs: 0},
        fulfill: {
          CXStartCallAction: 'never',
          CXAnswerCallAction: 'fail',
          CXEndCallAction: 'immediately',
          CXSetHeldCallAction: {afterMs: 12.5},
        },
        activatesAudioSessionItself: true,
        reportsOutgoingProgress: false,
        endsCallOnRemoteHangUp: false,
        ringTimeoutMs: 30000,
        setsUpPushKitAtLaunch: false,
        reportsDuplicatePushes: false,
        matchesCallUUIDs: false,
        signalsEndToServer: false,
        requestsMuteThroughCallKit: false,
      },
      assumptions: {
        actionTimeoutMs: 5000,
        systemRingTimeoutMs: null,
        pushBackstopMs: 1,
        pushDeliveryStopsAfterFailures: 3,
        pushExemptWhenForegroundOrOnCall: false,
        keepAudioActiveOnSoleCallHold: false,
      },
      seed: 2 ** 31 - 1,
      specSections: ['§9.3', '§11.1'],
      painPoints: [1, 33],
      steps: [],
    };
    assert.deepEqual(expectOk(validateScenario(input)), input);
  });
});

// ---------------------------------------------------------------------------
// errors, one code at a time
// ---------------------------------------------------------------------------

interface ErrorCase extends Expected {
  name: string;
  /** A value for validateScenario, or JSON text (`json`) for parseScenarioJson. */
  input?: unknown;
  json?: string;
}

const step0 = (extra: Record<string, unknown>): unknown => withSteps({at: 0, ...extra});

const errorCases: ErrorCase[] = [
  // malformedJson
  {
    name: 'malformed JSON',
    json: '{"steps": [',
    code: 'malformedJson',
    path: '',
    message: 'is not valid JSON: line 1, column 12: ',
  },
  {name: 'empty text', json: '', code: 'malformedJson', path: '', message: 'the text is empty'},
  // notAnObject
  {name: 'an array', json: '[]', code: 'notAnObject', path: '', message: 'got an array'},
  {name: 'null', json: 'null', code: 'notAnObject', path: '', message: 'got null'},
  {
    name: 'a string',
    input: 'steps',
    code: 'notAnObject',
    path: '',
    message: 'must be a JSON object',
  },
  // missingField
  {
    name: 'missing steps',
    input: {title: 'x'},
    code: 'missingField',
    path: 'steps',
    message: 'is required',
  },
  {
    name: 'missing at',
    input: withSteps({event: 'user.lock'}),
    code: 'missingField',
    path: 'steps[0].at',
    message: 'is required',
  },
  {
    name: 'missing event',
    input: withSteps({at: 0}),
    code: 'missingField',
    path: 'steps[0].event',
    message: 'is required',
  },
  {
    name: 'missing payload',
    input: step0({event: 'server.voipPush'}),
    code: 'missingField',
    path: 'steps[0].payload',
    message: 'server.voipPush',
  },
  {
    name: 'missing handle',
    input: step0({event: 'user.startCall'}),
    code: 'missingField',
    path: 'steps[0].handle',
    message: 'user.startCall',
  },
  {
    name: 'missing onHold',
    input: step0({event: 'user.setHeld'}),
    code: 'missingField',
    path: 'steps[0].onHold',
    message: 'is required',
  },
  {
    name: 'missing action',
    input: step0({event: 'app.fail'}),
    code: 'missingField',
    path: 'steps[0].action',
    message: 'CXAnswerCallAction',
  },
  {
    name: 'missing reason',
    input: step0({event: 'app.reportEnded'}),
    code: 'missingField',
    path: 'steps[0].reason',
    message: 'remoteEnded',
  },
  {
    name: 'missing afterMs',
    input: {app: {reportPushedCall: {}}, steps: []},
    code: 'missingField',
    path: 'app.reportPushedCall.afterMs',
    message: 'is required',
  },
  // unknownKey
  {
    name: 'top-level typo suggests steps',
    input: {stpes: []},
    code: 'unknownKey',
    path: 'stpes',
    message: 'did you mean "steps"?',
  },
  {
    name: 'unknown top-level key lists the allowed keys',
    input: {steps: [], colour: 'red'},
    code: 'unknownKey',
    path: 'colour',
    message: 'allows: id, title, description, device',
  },
  {
    name: 'device typo',
    input: {device: {lockd: true}, steps: []},
    code: 'unknownKey',
    path: 'device.lockd',
    message: 'did you mean "locked"?',
  },
  {
    name: 'capabilities typo',
    input: {capabilities: {voipBackgroundMod: true}, steps: []},
    code: 'unknownKey',
    path: 'capabilities.voipBackgroundMod',
    message: '"voipBackgroundMode"',
  },
  {
    name: 'configuration typo (case)',
    input: {configuration: {MaximumCallGroups: 1}, steps: []},
    code: 'unknownKey',
    path: 'configuration.MaximumCallGroups',
    message: '"maximumCallGroups"',
  },
  {
    name: 'app typo',
    input: {app: {reportPushCall: 'never'}, steps: []},
    code: 'unknownKey',
    path: 'app.reportPushCall',
    message: '"reportPushedCall"',
  },
  {
    name: 'assumptions typo',
    input: {assumptions: {actionTimeout: 5}, steps: []},
    code: 'unknownKey',
    path: 'assumptions.actionTimeout',
    message: '"actionTimeoutMs"',
  },
  {
    name: 'step parameter of another event',
    input: step0({event: 'user.answer', handle: '+1'}),
    code: 'unknownKey',
    path: 'steps[0].handle',
    message: 'user.startCall',
  },
  {
    name: 'step parameter typo',
    input: step0({event: 'user.answer', callUuid: UUID}),
    code: 'unknownKey',
    path: 'steps[0].callUuid',
    message: 'did you mean "callUUID"?',
  },
  {
    name: 'misspelt event key',
    input: withSteps({at: 0, evnet: 'user.lock'}),
    code: 'unknownKey',
    path: 'steps[0].evnet',
    message: 'did you mean "event"?',
  },
  {
    name: 'extra key next to afterMs',
    input: {app: {fulfill: {CXEndCallAction: {afterMs: 1, fail: true}}}, steps: []},
    code: 'unknownKey',
    path: 'app.fulfill.CXEndCallAction.fail',
    message: 'afterMs',
  },
  {
    name: 'odd key is quoted in the path',
    input: {'a b': 1, steps: []},
    code: 'unknownKey',
    path: '["a b"]',
    message: '"a b"',
  },
  // unknownEvent
  {
    name: 'misspelt event',
    input: step0({event: 'user.answr'}),
    code: 'unknownEvent',
    path: 'steps[0].event',
    message: 'did you mean "user.answer"?',
  },
  {
    name: 'event without its prefix',
    input: step0({event: 'hangUp'}),
    code: 'unknownEvent',
    path: 'steps[0].event',
    message: '"remote.hangUp"',
  },
  {
    name: 'unknown event lists the events',
    input: step0({event: 'fax.send'}),
    code: 'unknownEvent',
    path: 'steps[0].event',
    message: 'server.voipPush, user.startCall',
  },
  {
    name: 'event with a prototype name',
    input: step0({event: 'constructor'}),
    code: 'unknownEvent',
    path: 'steps[0].event',
  },
  // negativeTime
  {
    name: 'negative at',
    input: withSteps({at: -1, event: 'user.lock'}),
    code: 'negativeTime',
    path: 'steps[0].at',
    message: 'got -1',
  },
  {
    name: 'negative at later on',
    input: withSteps({at: 0, event: 'user.lock'}, {at: -0.5, event: 'user.unlock'}),
    code: 'negativeTime',
    path: 'steps[1].at',
  },
  // decreasingTime
  {
    name: 'decreasing at',
    input: withSteps(
      {at: 0, event: 'user.lock'},
      {at: 2000, event: 'user.unlock'},
      {at: 1500, event: 'user.lock'},
    ),
    code: 'decreasingTime',
    path: 'steps[2].at',
    message: "must not be smaller than the previous step's at (2000)",
  },
  // invalidUUID
  {
    name: 'bad callUUID',
    input: step0({event: 'user.answer', callUUID: 'not-a-uuid'}),
    code: 'invalidUUID',
    path: 'steps[0].callUUID',
    message: '8-4-4-4-12',
  },
  {
    name: 'UUID without hyphens',
    input: step0({event: 'remote.hangUp', callUUID: 'E621E1F8C36C495A93FC0C247A3E6E5F'}),
    code: 'invalidUUID',
    path: 'steps[0].callUUID',
  },
  {
    name: 'UUID with braces',
    input: step0({event: 'remote.hangUp', callUUID: `{${UUID}}`}),
    code: 'invalidUUID',
    path: 'steps[0].callUUID',
  },
  {
    name: 'bad startCall uuid',
    input: step0({
      event: 'user.startCall',
      handle: 'a',
      uuid: 'g621e1f8-c36c-495a-93fc-0c247a3e6e5f',
    }),
    code: 'invalidUUID',
    path: 'steps[0].uuid',
  },
  // unknownActionKind
  {
    name: 'unknown action kind in the app profile',
    input: {app: {fulfill: {CXFooAction: 'fail'}}, steps: []},
    code: 'unknownActionKind',
    path: 'app.fulfill.CXFooAction',
    message: 'CXAnswerCallAction',
  },
  {
    name: 'prototype key in the app profile',
    input: JSON.parse('{"app":{"fulfill":{"constructor":"fail"}},"steps":[]}'),
    code: 'unknownActionKind',
    path: 'app.fulfill.constructor',
  },
  {
    name: 'unknown action kind in an app.fulfill step',
    input: step0({event: 'app.fulfill', action: 'CXAnswerAction'}),
    code: 'unknownActionKind',
    path: 'steps[0].action',
    message: 'did you mean "CXAnswerCallAction"?',
  },
  {
    name: 'unknown action kind in an app.fail step',
    input: step0({event: 'app.fail', action: 'CXCallAction'}),
    code: 'unknownActionKind',
    path: 'steps[0].action',
  },
  // unknownHandleType
  {
    name: 'unknown handle type in a step',
    input: step0({event: 'user.startCall', handle: 'a', handleType: 'phone'}),
    code: 'unknownHandleType',
    path: 'steps[0].handleType',
    message: 'generic, phoneNumber, emailAddress',
  },
  {
    name: 'unknown handle type in the configuration',
    input: {configuration: {supportedHandleTypes: ['generic', 'sip']}, steps: []},
    code: 'unknownHandleType',
    path: 'configuration.supportedHandleTypes[1]',
    message: '"sip"',
  },
  // unknownEndedReason
  {
    name: 'unknown ended reason',
    input: step0({event: 'app.reportEnded', reason: 'userEnded'}),
    code: 'unknownEndedReason',
    path: 'steps[0].reason',
    message: 'failed, remoteEnded, unanswered, answeredElsewhere, declinedElsewhere',
  },
  // tooManySteps
  {
    name: 'too many steps',
    input: {steps: Array.from({length: maxSteps + 1}, () => ({at: 0, event: 'user.lock'}))},
    code: 'tooManySteps',
    path: 'steps',
    message: `at most ${maxSteps}`,
  },
  // wrongType
  {
    name: 'steps not an array',
    input: {steps: {}},
    code: 'wrongType',
    path: 'steps',
    message: 'must be an array',
  },
  {
    name: 'step not an object',
    input: withSteps(null),
    code: 'wrongType',
    path: 'steps[0]',
    message: 'got null',
  },
  {
    name: 'at as a string',
    input: withSteps({at: '0', event: 'user.lock'}),
    code: 'wrongType',
    path: 'steps[0].at',
    message: 'got a string ("0")',
  },
  {
    name: 'at infinite',
    json: '{"steps":[{"at":1e999,"event":"user.lock"}]}',
    code: 'wrongType',
    path: 'steps[0].at',
    message: 'Infinity',
  },
  {
    name: 'at NaN',
    input: withSteps({at: NaN, event: 'user.lock'}),
    code: 'wrongType',
    path: 'steps[0].at',
    message: 'NaN',
  },
  {name: 'event a number', input: step0({event: 7}), code: 'wrongType', path: 'steps[0].event'},
  {
    name: 'payload an array',
    input: step0({event: 'server.voipPush', payload: []}),
    code: 'wrongType',
    path: 'steps[0].payload',
    message: 'JSON object',
  },
  {
    name: 'payload null',
    input: step0({event: 'server.voipPush', payload: null}),
    code: 'wrongType',
    path: 'steps[0].payload',
    message: 'got null',
  },
  {
    name: 'payload a string',
    input: step0({event: 'server.voipPush', payload: '{}'}),
    code: 'wrongType',
    path: 'steps[0].payload',
  },
  {
    name: 'payload holding a function',
    input: step0({event: 'server.voipPush', payload: {f: () => 1}}),
    code: 'wrongType',
    path: 'steps[0].payload.f',
    message: 'JSON data',
  },
  {
    name: 'boolean as a string',
    input: {device: {locked: 'yes'}, steps: []},
    code: 'wrongType',
    path: 'device.locked',
    message: 'true or false',
  },
  {
    name: 'onHold as a number',
    input: step0({event: 'user.setHeld', onHold: 1}),
    code: 'wrongType',
    path: 'steps[0].onHold',
  },
  {
    name: 'handle as a number',
    input: step0({event: 'user.startCall', handle: 5551234567}),
    code: 'wrongType',
    path: 'steps[0].handle',
  },
  {
    name: 'blocked handle not a string',
    input: {device: {blockedHandles: ['a', 1]}, steps: []},
    code: 'wrongType',
    path: 'device.blockedHandles[1]',
  },
  {
    name: 'device not an object',
    input: {device: [], steps: []},
    code: 'wrongType',
    path: 'device',
    message: 'locked',
  },
  {
    name: 'fulfill not an object',
    input: {app: {fulfill: 'immediately'}, steps: []},
    code: 'wrongType',
    path: 'app.fulfill',
  },
  {name: 'title not a string', input: {title: 1, steps: []}, code: 'wrongType', path: 'title'},
  {
    name: 'ringtoneSound a number',
    input: {configuration: {ringtoneSound: 1}, steps: []},
    code: 'wrongType',
    path: 'configuration.ringtoneSound',
    message: 'string or null',
  },
  {name: 'seed a string', input: {seed: '1', steps: []}, code: 'wrongType', path: 'seed'},
  {
    name: 'optional parameter null',
    input: step0({event: 'user.answer', callUUID: null}),
    code: 'wrongType',
    path: 'steps[0].callUUID',
  },
  // invalidValue
  {
    name: 'empty handle',
    input: step0({event: 'user.startCall', handle: ''}),
    code: 'invalidValue',
    path: 'steps[0].handle',
    message: 'empty',
  },
  {
    name: 'handle of 257 characters',
    input: step0({event: 'user.startCall', handle: 'x'.repeat(257)}),
    code: 'invalidValue',
    path: 'steps[0].handle',
    message: 'at most 256',
  },
  {
    name: 'bad DTMF digits',
    input: step0({event: 'user.playDTMF', digits: '12a'}),
    code: 'invalidValue',
    path: 'steps[0].digits',
    message: '0-9 * # , ;',
  },
  {
    name: 'empty DTMF digits',
    input: step0({event: 'user.playDTMF', digits: ''}),
    code: 'invalidValue',
    path: 'steps[0].digits',
  },
  {
    name: 'bad via',
    input: step0({event: 'user.end', via: 'siri'}),
    code: 'invalidValue',
    path: 'steps[0].via',
    message: '"system", "app"',
  },
  {
    name: 'bad endedBy',
    input: step0({event: 'cellular.end', endedBy: 'network'}),
    code: 'invalidValue',
    path: 'steps[0].endedBy',
  },
  {
    name: 'bad appState',
    input: {device: {appState: 'Background'}, steps: []},
    code: 'invalidValue',
    path: 'device.appState',
    message: 'did you mean "background"?',
  },
  {
    name: 'bad presentation',
    input: {device: {incomingCallPresentation: 'popup'}, steps: []},
    code: 'invalidValue',
    path: 'device.incomingCallPresentation',
  },
  {
    name: 'bad app mode',
    input: {app: {mode: 'auto'}, steps: []},
    code: 'invalidValue',
    path: 'app.mode',
  },
  {
    name: '"fail" for reportPushedCall',
    input: {app: {reportPushedCall: 'fail'}, steps: []},
    code: 'invalidValue',
    path: 'app.reportPushedCall',
    message: 'app.fulfill',
  },
  {
    name: 'unknown timing word',
    input: {app: {fulfill: {CXEndCallAction: 'later'}}, steps: []},
    code: 'invalidValue',
    path: 'app.fulfill.CXEndCallAction',
    message: '"immediately", "never", "fail" or {"afterMs": n}',
  },
  {
    name: 'negative afterMs',
    input: {app: {fulfill: {CXEndCallAction: {afterMs: -1}}}, steps: []},
    code: 'invalidValue',
    path: 'app.fulfill.CXEndCallAction.afterMs',
  },
  {
    name: 'ringTimeoutMs zero',
    input: {app: {ringTimeoutMs: 0}, steps: []},
    code: 'invalidValue',
    path: 'app.ringTimeoutMs',
    message: 'greater than 0',
  },
  {
    name: 'maximumCallGroups zero',
    input: {configuration: {maximumCallGroups: 0}, steps: []},
    code: 'invalidValue',
    path: 'configuration.maximumCallGroups',
  },
  {
    name: 'maximumCallsPerCallGroup fractional',
    input: {configuration: {maximumCallsPerCallGroup: 1.5}, steps: []},
    code: 'invalidValue',
    path: 'configuration.maximumCallsPerCallGroup',
  },
  {
    name: 'maximumCallGroups huge',
    input: {configuration: {maximumCallGroups: 1e300}, steps: []},
    code: 'invalidValue',
    path: 'configuration.maximumCallGroups',
  },
  {
    name: 'duplicate handle type',
    input: {configuration: {supportedHandleTypes: ['generic', 'generic']}, steps: []},
    code: 'invalidValue',
    path: 'configuration.supportedHandleTypes[1]',
    message: 'twice',
  },
  {
    name: 'assumption zero',
    input: {assumptions: {pushBackstopMs: 0}, steps: []},
    code: 'invalidValue',
    path: 'assumptions.pushBackstopMs',
  },
  {
    name: 'assumption not whole',
    input: {assumptions: {pushDeliveryStopsAfterFailures: 2.5}, steps: []},
    code: 'invalidValue',
    path: 'assumptions.pushDeliveryStopsAfterFailures',
  },
  {
    name: 'seed too large',
    input: {seed: 2 ** 31, steps: []},
    code: 'invalidValue',
    path: 'seed',
    message: '2147483647',
  },
  {name: 'seed negative', input: {seed: -1, steps: []}, code: 'invalidValue', path: 'seed'},
  {name: 'seed fractional', input: {seed: 0.5, steps: []}, code: 'invalidValue', path: 'seed'},
  {
    name: 'id not kebab-case',
    input: {id: 'Locked_Phone', steps: []},
    code: 'invalidValue',
    path: 'id',
    message: 'kebab-case',
  },
  {
    name: 'id with a trailing hyphen',
    input: {id: 'locked-', steps: []},
    code: 'invalidValue',
    path: 'id',
  },
];

describe('validateScenario: errors', () => {
  for (const errorCase of errorCases) {
    test(`${errorCase.code}: ${errorCase.name}`, () => {
      const result =
        errorCase.json === undefined
          ? validateScenario(errorCase.input)
          : parseScenarioJson(errorCase.json);
      expectError(result, errorCase);
      assertWellFormed(result);
    });
  }

  test('every error code is covered by a case above', () => {
    const covered = new Set(errorCases.map((errorCase) => errorCase.code));
    assert.deepEqual(
      scenarioErrorCodes.filter((code) => !covered.has(code)),
      [],
    );
  });

  test('a JSON syntax error names its line and column in the same words everywhere', () => {
    const cases: [string, string][] = [
      [
        '{"steps": [',
        'is not valid JSON: line 1, column 12: the text ends inside an array: a closing ] is missing',
      ],
      ['', 'is not valid JSON: line 1, column 1: the text is empty'],
      ['  \n ', 'is not valid JSON: line 2, column 2: the text is empty'],
      [
        '{\n  "title": "x",\n  "steps": [],\n}',
        'is not valid JSON: line 4, column 1: a property name should follow the comma (a trailing comma is not allowed in JSON)',
      ],
      [
        "{'steps': []}",
        `is not valid JSON: line 1, column 2: "'" where a property name in double quotes should be`,
      ],
      [
        '{"title": "😀" x}',
        'is not valid JSON: line 1, column 15: "x" where a comma or } should be',
      ],
      [
        '{\n  "steps": [\n    {"at": 0 "event": "user.lock"}\n  ]\n}',
        'is not valid JSON: line 3, column 14: a double quote where a comma or } should be',
      ],
      [
        '{"steps": []} {}',
        'is not valid JSON: line 1, column 15: "{" after the end of the JSON value',
      ],
    ];
    for (const [text, message] of cases) {
      const result = parseScenarioJson(text);
      if (result.ok) assert.fail(`accepted ${text}`);
      const {position, ...rest} = result.error;
      assert.deepEqual(rest, {code: 'malformedJson', path: '', message}, text);
      assert.ok(position, text);
      assert.ok(message.includes(`line ${position.line}, column ${position.column}:`), text);
      assert.deepEqual(lineAndColumn(text, position.offset), {
        line: position.line,
        column: position.column,
      });
    }
  });

  test('the scanner and JSON.parse agree on which texts are JSON', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.json(),
          fc.string(),
          fc.json().map((json) => json.slice(0, -1)),
          fc.json().map((json) => `${json},`),
        ),
        (text) => {
          let parses = true;
          try {
            JSON.parse(text);
          } catch {
            parses = false;
          }
          const result = parseScenarioJson(text);
          assert.equal(!result.ok && result.error.code === 'malformedJson', !parses, text);
        },
      ),
      {numRuns: 500},
    );
  });

  test('the first problem is reported: unknown keys before missing fields, in document order', () => {
    expectError(validateScenario({device: {locked: 1}, seed: -1, steps: 3}), {
      code: 'wrongType',
      path: 'device.locked',
    });
    expectError(
      validateScenario(
        withSteps({at: 0, event: 'user.lock'}, {at: -1, event: 'x'}, {at: -1, event: 'user.lock'}),
      ),
      {code: 'unknownEvent', path: 'steps[1].event'},
    );
  });

  test('exactly the maximum number of steps is fine', () => {
    const steps = Array.from({length: maxSteps}, (_, i) => ({at: i, event: 'user.lock'}));
    assert.equal(expectOk(validateScenario({steps})).steps.length, maxSteps);
  });

  test('equal times are allowed (non-decreasing)', () => {
    expectOk(
      validateScenario(withSteps({at: 5, event: 'user.lock'}, {at: 5, event: 'user.unlock'})),
    );
  });
});

// ---------------------------------------------------------------------------
// formatScenarioError
// ---------------------------------------------------------------------------

describe('formatScenarioError', () => {
  test('gives `<path>: <message>` on one line', () => {
    const line = formatScenarioError({
      code: 'decreasingTime',
      path: 'steps[2].at',
      message: "must not be smaller than the previous step's at (2000)",
    });
    assert.equal(line, "steps[2].at: must not be smaller than the previous step's at (2000)");
  });

  test('an empty path reads `scenario: `', () => {
    assert.equal(
      formatScenarioError({code: 'notAnObject', path: '', message: 'must be a JSON object'}),
      'scenario: must be a JSON object',
    );
  });

  test('line breaks are escaped, never printed', () => {
    const line = formatScenarioError({
      code: 'invalidValue',
      path: 'a',
      message: 'one\ntwo\r\nthree',
    });
    assert.equal(line, 'a: one\\ntwo\\r\\nthree');
  });

  test('a real error formats as one line with its path first', () => {
    const result = validateScenario({'x\ny': 1, steps: []});
    assert.equal(result.ok, false);
    if (!result.ok) {
      const line = formatScenarioError(result.error);
      assert.ok(line.startsWith('["x\\ny"]: unknown key'), line);
      assert.equal(line.split('\n').length, 1);
    }
  });

  test('a parser message spanning lines stays one line', () => {
    const result = parseScenarioJson('{"a":\n}');
    assert.equal(result.ok, false);
    if (!result.ok) assert.ok(!formatScenarioError(result.error).includes('\n'));
  });
});

// ---------------------------------------------------------------------------
// hostile input
// ---------------------------------------------------------------------------

describe('validateScenario: hostile input', () => {
  test('a __proto__ key at the top level is an unknown key and pollutes nothing', () => {
    expectError(parseScenarioJson('{"__proto__": {"polluted": true}, "steps": []}'), {
      code: 'unknownKey',
      path: '__proto__',
    });
    assertPrototypesClean();
  });

  test('__proto__ and constructor keys in sections are unknown keys', () => {
    expectError(parseScenarioJson('{"device": {"__proto__": {"polluted": 1}}, "steps": []}'), {
      code: 'unknownKey',
      path: 'device.__proto__',
    });
    expectError(parseScenarioJson('{"constructor": {"prototype": {"polluted": 1}}, "steps": []}'), {
      code: 'unknownKey',
      path: 'constructor',
    });
    expectError(
      parseScenarioJson(
        '{"steps": [{"at": 0, "event": "user.lock", "__proto__": {"polluted": 1}}]}',
      ),
      {code: 'unknownKey', path: 'steps[0].__proto__'},
    );
    assertPrototypesClean();
  });

  test('a __proto__ key inside a payload stays plain data', () => {
    const scenario = expectOk(
      parseScenarioJson(
        '{"steps": [{"at": 0, "event": "server.voipPush", "payload": {"__proto__": {"polluted": 1}, "handle": "a"}}]}',
      ),
    );
    const step = scenario.steps[0];
    assert.ok(step !== undefined && step.event === 'server.voipPush');
    assert.equal(Object.getPrototypeOf(step.payload), Object.prototype);
    assert.deepEqual(Object.keys(step.payload), ['__proto__', 'handle']);
    assert.equal((step.payload as {polluted?: unknown}).polluted, undefined);
    assert.equal(JSON.stringify(step.payload), '{"__proto__":{"polluted":1},"handle":"a"}');
    assertPrototypesClean();
  });

  test('deeply nested garbage does not throw', () => {
    const depth = 100_000;
    assertWellFormed(parseScenarioJson('['.repeat(depth) + ']'.repeat(depth)));
    const deepPayload = `{"steps":[{"at":0,"event":"server.voipPush","payload":{"a":${'['.repeat(depth)}${']'.repeat(depth)}}}]}`;
    const result = parseScenarioJson(deepPayload);
    expectError(result, {
      code: 'invalidValue',
      // The payload is level 1 and `a` level 2, so the 101st level is `a` + 99 × `[0]`.
      path: `steps[0].payload.a${'[0]'.repeat(99)}`,
      message: 'more than 100 levels deep',
    });
    const deepDevice = `{"device":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)},"steps":[]}`;
    expectError(parseScenarioJson(deepDevice), {code: 'unknownKey', path: 'device.a'});
  });

  test('a payload that contains itself is reported, not followed forever', () => {
    const payload: Record<string, unknown> = {handle: 'a'};
    payload.self = payload;
    expectError(validateScenario(step0({event: 'server.voipPush', payload})), {
      code: 'invalidValue',
      path: 'steps[0].payload.self',
      message: 'contains itself',
    });
  });

  test('a payload object used twice is copied, not rejected', () => {
    const shared = {x: 1};
    const scenario = expectOk(
      validateScenario(step0({event: 'server.voipPush', payload: {a: shared, b: shared}})),
    );
    assert.deepEqual(scenario.steps[0], {
      at: 0,
      event: 'server.voipPush',
      payload: {a: {x: 1}, b: {x: 1}},
    });
  });

  test('huge numbers, NaN strings and long strings are reported, not thrown', () => {
    expectError(validateScenario(withSteps({at: 'NaN', event: 'user.lock'})), {
      code: 'wrongType',
      path: 'steps[0].at',
    });
    expectError(validateScenario({seed: Number.MAX_VALUE, steps: []}), {
      code: 'invalidValue',
      path: 'seed',
    });
    const long = 'y'.repeat(1_000_000);
    const result = validateScenario({[long]: 1, steps: []});
    expectError(result, {code: 'unknownKey', path: `["${'y'.repeat(80)}…"]`});
    assert.ok(!result.ok && result.error.message.length < 1000);
  });

  test('getters that throw and proxies do not make it throw', () => {
    const trap = {
      get steps(): unknown {
        throw new Error('boom');
      },
    };
    expectError(validateScenario(trap), {code: 'invalidValue', path: '', message: 'boom'});
    const proxy = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('no keys');
        },
      },
    );
    assertWellFormed(validateScenario(proxy));
    assertWellFormed(validateScenario({steps: [proxy]}));
  });

  test('class instances and exotic values are not plain objects', () => {
    expectError(validateScenario(new Date(0)), {code: 'notAnObject', path: ''});
    expectError(validateScenario({device: new Map(), steps: []}), {
      code: 'wrongType',
      path: 'device',
    });
    expectError(validateScenario({steps: [], seed: 10n}), {code: 'wrongType', path: 'seed'});
    assertWellFormed(validateScenario(Symbol('s')));
    assertWellFormed(validateScenario(undefined));
    assertWellFormed(parseScenarioJson(undefined as unknown as string));
  });

  test('null-prototype objects are accepted as plain objects', () => {
    const input = Object.assign(Object.create(null) as Record<string, unknown>, {steps: []});
    expectOk(validateScenario(input));
  });
});

// ---------------------------------------------------------------------------
// suggestions
// ---------------------------------------------------------------------------

describe('suggestName', () => {
  test('suggests close names and nothing for far ones', () => {
    const keys = ['id', 'title', 'steps', 'seed'];
    assert.equal(suggestName('stpes', keys), 'steps');
    assert.equal(suggestName('Title', keys), 'title');
    assert.equal(suggestName('device', keys), undefined);
    assert.equal(suggestName('phone', ['generic', 'phoneNumber', 'emailAddress']), 'phoneNumber');
    assert.equal(suggestName('answer', stepEventNames), undefined, 'user.answer and remote.answer');
  });
});

// ---------------------------------------------------------------------------
// properties
// ---------------------------------------------------------------------------

type Path = (string | number)[];

function pathsOf(value: unknown, prefix: Path = []): Path[] {
  const out: Path[] = [prefix];
  if (Array.isArray(value)) {
    value.forEach((item, index) => out.push(...pathsOf(item, [...prefix, index])));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) out.push(...pathsOf(item, [...prefix, key]));
  }
  return out;
}

const examplePaths = pathsOf(example()).filter((path) => path.length > 0);

interface Mutation {
  path: Path;
  op: 'set' | 'delete' | 'addKey';
  key: string;
  value: unknown;
}

function defineOwn(target: object, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, {value, enumerable: true, writable: true, configurable: true});
}

function applyMutation(root: Record<string, unknown>, mutationIn: Mutation): void {
  // The value is copied: constants such as [] and {} are single shared objects, and writing one
  // into another across mutations (and runs) would build a cycle no JSON can hold.
  const mutation = {...mutationIn, value: structuredClone(mutationIn.value)};
  let parent: unknown = root;
  for (const key of mutation.path.slice(0, -1)) {
    if (typeof parent !== 'object' || parent === null) return;
    parent = (parent as Record<string | number, unknown>)[key];
  }
  const last = mutation.path[mutation.path.length - 1];
  if (typeof parent !== 'object' || parent === null || last === undefined) return;
  const container = parent as Record<string | number, unknown>;
  if (mutation.op === 'set') {
    defineOwn(container, last, mutation.value);
  } else if (mutation.op === 'delete') {
    Reflect.deleteProperty(container, last);
  } else {
    const target = container[last];
    if (typeof target === 'object' && target !== null)
      defineOwn(target, mutation.key, mutation.value);
  }
}

const nastyValue = fc.oneof(
  fc.jsonValue({maxDepth: 3}),
  fc.constantFrom(
    NaN,
    Infinity,
    -Infinity,
    -1,
    -0,
    0.5,
    1e308,
    2 ** 31,
    '',
    'NaN',
    '__proto__',
    'constructor',
    'user.answer',
    'CXAnswerCallAction',
    'fail',
    'never',
    UUID,
    'x'.repeat(300),
    null,
    [],
    {},
    {afterMs: 1},
    {afterMs: -1},
  ),
);

const nastyKey = fc.oneof(
  fc.string({maxLength: 12}),
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'at', 'event', 'afterMs'),
);

const mutationArbitrary: fc.Arbitrary<Mutation> = fc.record({
  path: fc.constantFrom(...examplePaths),
  op: fc.constantFrom<Mutation['op']>('set', 'delete', 'addKey'),
  key: nastyKey,
  value: nastyValue,
});

describe('validateScenario: properties', () => {
  test('never throws on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        assertWellFormed(validateScenario(value));
        assertWellFormed(parseScenarioJson(JSON.stringify(value)));
      }),
      {numRuns: 500},
    );
  });

  test('never throws on arbitrary JavaScript values', () => {
    fc.assert(
      fc.property(
        fc.anything({withNullPrototype: true, withMap: true, withBigInt: true}),
        (value) => {
          assertWellFormed(validateScenario(value));
        },
      ),
      {numRuns: 300},
    );
  });

  test('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({maxLength: 200}), (text) => {
        assertWellFormed(parseScenarioJson(text));
      }),
      {numRuns: 300},
    );
  });

  test('mutations of a valid scenario give a scenario or a well-formed error', () => {
    fc.assert(
      fc.property(fc.array(mutationArbitrary, {minLength: 1, maxLength: 4}), (mutations) => {
        const input = example();
        for (const mutation of mutations) applyMutation(input, mutation);
        const result = validateScenario(input);
        assertWellFormed(result);
        // The JSON text of the same input gives the same verdict (when it survives JSON).
        const text = JSON.stringify(input);
        if (text !== undefined && JSON.stringify(JSON.parse(text)) === text) {
          assertWellFormed(parseScenarioJson(text));
        }
        assertPrototypesClean();
      }),
      {numRuns: 600},
    );
  });

  test('valid step lists keep their order and upper-case their UUIDs', () => {
    const stepArbitrary = fc.record({
      gap: fc.nat({max: 10_000}),
      uuid: fc.uuid(),
      event: fc.constantFrom('user.answer', 'user.end', 'remote.hangUp', 'app.reportCall'),
    });
    fc.assert(
      fc.property(fc.array(stepArbitrary, {maxLength: 20}), (generated) => {
        let at = 0;
        const input = generated.map(({gap, uuid, event}) => {
          at += gap;
          return {at, event, callUUID: uuid.toLowerCase()};
        });
        const scenario = expectOk(validateScenario({steps: input}));
        assert.deepEqual(
          scenario.steps,
          input.map((step) => ({...step, callUUID: step.callUUID.toUpperCase()})),
        );
      }),
      {numRuns: 200},
    );
  });
});
