/**
 * Hostile input never throws: arbitrary strings in every field of the VoIP push draft go through
 * the validator, the JWT description, both generators and delivery, which all return normally.
 * Also: any JSON value typed as the payload is accepted exactly when JSON.parse accepts it.
 */
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';

import fc from 'fast-check';

import {
  createDefaultDraft,
  deliverVoipPush,
  describeJwt,
  expirationModes,
  generateCurl,
  scanJson,
  validateVoipPush,
  voipPushMessageCodes,
  type AuthDraft,
  type VoipPushDraft,
} from '../../simulator/src/tools';
import {generateNodeSnippet} from '../../src/components/tools/VoipPushComposer/nodeSnippet';

const text = fc.oneof(
  fc.string({maxLength: 80}),
  fc.string({unit: 'binary', maxLength: 80}),
  fc.constantFrom(
    '',
    ' ',
    "'",
    '"',
    '\\',
    '$(x)',
    '`x`',
    '\n',
    '</script>',
    '{',
    '[',
    '@',
    ':',
    '\u0000',
  ),
);

const auth: fc.Arbitrary<AuthDraft> = fc.oneof(
  fc.record({kind: fc.constant('token' as const), teamId: text, keyId: text, keyFile: text}),
  fc.record({kind: fc.constant('certificate' as const), certificateFile: text}),
);

const draft: fc.Arbitrary<VoipPushDraft> = fc.record({
  payload: fc.oneof(
    text,
    fc.json(),
    fc.json().map((json) => `${json}${json}`),
  ),
  environment: fc.constantFrom('sandbox' as const, 'production' as const),
  auth,
  bundleId: text,
  deviceToken: text,
  pushType: text,
  topic: fc.option(text, {nil: null}),
  priority: text,
  expiration: fc.record({mode: fc.constantFrom(...expirationModes), value: text}),
  apnsId: text,
  callIdKey: text,
  callerKey: text,
});

const known = new Set<string>(voipPushMessageCodes);

describe('hostile input never throws', () => {
  test('validator, JWT, generators and delivery return for any draft', () => {
    fc.assert(
      fc.property(
        draft,
        fc.option(fc.integer({min: 0, max: 4_000_000_000}), {nil: null}),
        fc.boolean(),
        (input, nowSeconds, locked) => {
          const {messages, facts} = validateVoipPush(input, {nowSeconds});
          for (const message of messages) assert.ok(known.has(message.code), message.code);
          assert.equal(typeof facts.typedBytes, 'number');
          if (input.auth.kind === 'token') describeJwt(input.auth, nowSeconds ?? 0);
          assert.equal(typeof generateCurl(input), 'string');
          assert.equal(typeof generateNodeSnippet(input), 'string');
          const delivery = deliverVoipPush(input, {
            phone: {locked, appState: 'terminated', doNotDisturb: false},
            behaviour: 'correct',
          });
          assert.equal(typeof delivery.ok, 'boolean');
        },
      ),
      {numRuns: 400},
    );
  });

  test('every field alone, with arbitrary text, on an otherwise valid draft', () => {
    const fields = [
      'payload',
      'bundleId',
      'deviceToken',
      'pushType',
      'topic',
      'priority',
      'apnsId',
      'callIdKey',
      'callerKey',
    ] as const;
    fc.assert(
      fc.property(fc.constantFrom(...fields), text, (field, value) => {
        const input: VoipPushDraft = {...createDefaultDraft(), [field]: value};
        validateVoipPush(input, {nowSeconds: 1_767_225_600});
        generateCurl(input);
        generateNodeSnippet(input);
        deliverVoipPush(input, {
          phone: {locked: true, appState: 'background', doNotDisturb: true},
          behaviour: 'youAreTheApp',
        });
      }),
      {numRuns: 300},
    );
  });

  test('deep nesting and long text do not overflow anything', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const input: VoipPushDraft = {...createDefaultDraft(), payload: deep};
    const codes = validateVoipPush(input, {nowSeconds: 0}).messages.map((message) => message.code);
    assert.ok(codes.includes('payload-not-object'));
    assert.ok(codes.includes('payload-too-large'));
    assert.ok(generateCurl(input).includes(deep));
    const unclosed = {...createDefaultDraft(), payload: '{"a":'.repeat(50_000)};
    assert.ok(
      validateVoipPush(unclosed, {nowSeconds: 0}).messages.some((m) => m.code === 'invalid-json'),
    );
  });
});

describe('the JSON scanner agrees with JSON.parse', () => {
  test('for any JSON text, and for arbitrary text', () => {
    const parses = (value: string): boolean => {
      try {
        JSON.parse(value);
        return true;
      } catch {
        return false;
      }
    };
    fc.assert(
      fc.property(
        fc.oneof(fc.json(), fc.string({maxLength: 30}), fc.string({unit: 'binary', maxLength: 30})),
        (value) => {
          assert.equal(scanJson(value).ok, parses(value), value);
        },
      ),
      {numRuns: 2000},
    );
  });
});
