/**
 * The VoIP push composer's validator (simulator/src/tools/voipPush): one test per message code
 * that produces it, a check that the codes the module declares are exactly the codes these tests
 * produced, and the facts the page shows (body as sent, sizes).
 */
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';

import {
  createDefaultDraft,
  defaultCallId,
  expirationLateThresholdSeconds,
  lineAndColumn,
  scanJson,
  validateVoipPush,
  voipPushMessageCodes,
  type VoipPushDraft,
  type VoipPushMessage,
} from '../../simulator/src/tools';
import {utf8ByteLength} from '../../simulator/src/data';
import {maxVoipPayloadBytes} from '../../simulator/src';

const now = 1_767_225_600;
const produced = new Set<string>();

function draftWith(change: Partial<VoipPushDraft>): VoipPushDraft {
  return {...createDefaultDraft(), ...change};
}

function payloadDraft(payload: unknown, change: Partial<VoipPushDraft> = {}): VoipPushDraft {
  return draftWith({payload: JSON.stringify(payload, null, 2), ...change});
}

function messagesOf(draft: VoipPushDraft, nowSeconds: number | null = now): VoipPushMessage[] {
  const messages = validateVoipPush(draft, {nowSeconds}).messages;
  for (const message of messages) produced.add(message.code);
  return messages;
}

/** The one message with this code; fails when there is none or more than one. */
function expectCode(
  draft: VoipPushDraft,
  code: string,
  nowSeconds: number | null = now,
): VoipPushMessage {
  const messages = messagesOf(draft, nowSeconds);
  const found = messages.filter((message) => message.code === code);
  assert.equal(
    found.length,
    1,
    `one ${code} expected, got: ${messages.map((m) => m.code).join(', ')}`,
  );
  const message = found[0];
  assert.ok(message);
  assert.ok(message.text.length > 20, 'the text says something specific');
  return message;
}

function codesOf(draft: VoipPushDraft, nowSeconds: number | null = now): string[] {
  return messagesOf(draft, nowSeconds).map((message) => message.code);
}

describe('the default draft', () => {
  test('is clean and uses the simulator app’s keys', () => {
    const draft = createDefaultDraft();
    assert.deepEqual(codesOf(draft), []);
    assert.deepEqual(codesOf(draft, null), []);
    const payload: unknown = JSON.parse(draft.payload);
    assert.deepEqual(payload, {
      uuid: defaultCallId,
      handle: '+15551234567',
      callerName: 'Ada',
      hasVideo: false,
    });
    assert.equal(draft.expiration.mode, 'zero');
  });

  test('facts: body as sent is compact JSON, sizes in UTF-8 bytes, host and topic', () => {
    const draft = payloadDraft({uuid: defaultCallId, handle: '+15551234567', callerName: 'Zoë 📞'});
    const {facts} = validateVoipPush(draft, {nowSeconds: now});
    assert.equal(facts.body, JSON.stringify(JSON.parse(draft.payload)));
    assert.equal(facts.bodyBytes, Buffer.byteLength(facts.body ?? '', 'utf8'));
    assert.equal(facts.typedBytes, Buffer.byteLength(draft.payload, 'utf8'));
    assert.equal(facts.limitBytes, maxVoipPayloadBytes);
    assert.equal(facts.host, 'api.sandbox.push.apple.com');
    assert.equal(facts.topic, 'com.example.app.voip');
    const production = validateVoipPush(draftWith({environment: 'production'}), {nowSeconds: now});
    assert.equal(production.facts.host, 'api.push.apple.com');
    assert.match(production.facts.url, /^https:\/\/api\.push\.apple\.com\/3\/device\/[0-9a-f]+$/);
  });
});

describe('payload messages', () => {
  test('invalid-json says where (line and column) and quotes nothing huge', () => {
    const message = expectCode(
      draftWith({payload: '{\n  "uuid": "x",\n  "handle": \n}'}),
      'invalid-json',
    );
    assert.match(message.text, /line 4, column 1/);
    assert.equal(message.field, 'payload');
    const huge = `{"a": "${'x'.repeat(10_000)}`;
    const long = expectCode(draftWith({payload: huge}), 'invalid-json');
    assert.ok(long.text.length < 300, 'the message does not quote the payload');
  });

  test('the JSON scanner finds the same position for many kinds of mistakes', () => {
    const cases: [string, number, number][] = [
      ['', 1, 1],
      ['{"a": 1,}', 1, 9],
      ["{'a': 1}", 1, 2],
      ['{"a" 1}', 1, 6],
      ['[1 2]', 1, 4],
      ['{"a": tru}', 1, 7],
      ['{"a": "\\x"}', 1, 8],
      ['{"a": "b\nc"}', 1, 9],
      ['{"a": "\\u12"}', 1, 8],
      ['{"a": 01}', 1, 8],
      ['{} x', 1, 4],
      ['{"a": [', 1, 8],
      ['{"ü": ]', 1, 7],
      ['"never closed', 1, 1],
    ];
    for (const [text, line, column] of cases) {
      const scan = scanJson(text);
      assert.equal(scan.ok, false, text);
      if (!scan.ok) assert.deepEqual([scan.line, scan.column], [line, column], text);
      assert.throws(
        () => JSON.parse(text),
        SyntaxError,
        `JSON.parse agrees that ${text} is invalid`,
      );
    }
    for (const text of ['{}', '[]', '0', '-1.5e3', '"a\\u00e9"', ' {"a": [true, false, null]} ']) {
      assert.equal(scanJson(text).ok, true, text);
    }
    assert.deepEqual(lineAndColumn('a\nbc📞d', 6), {line: 2, column: 4});
  });

  test('payload-not-object: valid JSON that is not a dictionary', () => {
    for (const text of ['[1, 2]', '"uuid"', '42', 'null', 'true']) {
      const message = expectCode(draftWith({payload: text}), 'payload-not-object');
      assert.match(message.text, /dictionary/);
    }
  });

  test('payload-too-large shows the size and the limit', () => {
    const base = {uuid: defaultCallId, handle: '+15551234567', avatar: ''};
    const overhead = utf8ByteLength(JSON.stringify(base));
    const draft = payloadDraft({...base, avatar: 'x'.repeat(5301 - overhead)});
    const message = expectCode(draft, 'payload-too-large');
    assert.match(message.text, /5,301 bytes; the VoIP limit is 5,120 bytes/);
    assert.equal(message.confidence, 'DOC');
    const exactly = payloadDraft({...base, avatar: 'x'.repeat(maxVoipPayloadBytes - overhead)});
    assert.ok(!codesOf(exactly).includes('payload-too-large'), '5,120 bytes is within the limit');
  });

  test('payload-compacted: over the limit as typed, within it as sent', () => {
    const body = {uuid: defaultCallId, handle: '+15551234567', pad: 'x'.repeat(4000)};
    const typed = JSON.stringify(body).replace(/,/g, ',' + ' '.repeat(600));
    const message = expectCode(draftWith({payload: typed}), 'payload-compacted');
    assert.equal(message.severity, 'info');
  });

  test('payload-number-rounded: integers beyond 2^53 lose digits', () => {
    const draft = draftWith({
      payload: `{"uuid": "${defaultCallId}", "handle": "+1555", "serverId": 12345678901234567890}`,
    });
    const message = expectCode(draft, 'payload-number-rounded');
    assert.match(message.text, /12345678901234567000/);
    assert.ok(
      !codesOf(
        draftWith({payload: `{"uuid": "${defaultCallId}", "handle": "1", "n": 9007199254740991}`}),
      ).includes('payload-number-rounded'),
    );
  });

  test('payload-has-aps-alert: a VoIP push does not need aps', () => {
    const message = expectCode(
      payloadDraft({uuid: defaultCallId, handle: '+1555', aps: {alert: 'Incoming call'}}),
      'payload-has-aps-alert',
    );
    assert.equal(message.severity, 'info');
  });

  test('payload-has-apns-headers: header names inside the body', () => {
    const message = expectCode(
      payloadDraft({uuid: defaultCallId, handle: '+1555', 'apns-push-type': 'voip'}),
      'payload-has-apns-headers',
    );
    assert.match(message.text, /"apns-push-type"/);
  });
});

describe('what the app expects', () => {
  test('missing-call-id: absent, empty, not a string, or no key named', () => {
    expectCode(payloadDraft({handle: '+1555'}), 'missing-call-id');
    expectCode(payloadDraft({uuid: '', handle: '+1555'}), 'missing-call-id');
    const number = expectCode(payloadDraft({uuid: 42, handle: '+1555'}), 'missing-call-id');
    assert.match(number.text, /a number/);
    const nested = expectCode(
      payloadDraft({data: {}, handle: '+1555'}, {callIdKey: 'data.callId'}),
      'missing-call-id',
    );
    assert.match(nested.text, /"data\.callId"/);
    assert.equal(expectCode(draftWith({callIdKey: ' '}), 'missing-call-id').field, 'callIdKey');
    // Inherited properties do not count as keys of the payload.
    expectCode(payloadDraft({handle: '+1555'}, {callIdKey: 'constructor'}), 'missing-call-id');
  });

  test('nested keys are found with a dot path', () => {
    const draft = payloadDraft(
      {data: {callId: defaultCallId, from: {number: '+1555'}}},
      {callIdKey: 'data.callId', callerKey: 'data.from.number'},
    );
    assert.deepEqual(codesOf(draft), []);
  });

  test('missing-caller: absent, empty, not a string, or no key named', () => {
    expectCode(payloadDraft({uuid: defaultCallId}), 'missing-caller');
    expectCode(payloadDraft({uuid: defaultCallId, handle: '  '}), 'missing-caller');
    const number = expectCode(
      payloadDraft({uuid: defaultCallId, handle: 15551234567}),
      'missing-caller',
    );
    assert.match(number.text, /strings/);
    assert.equal(expectCode(draftWith({callerKey: ''}), 'missing-caller').field, 'callerKey');
  });

  test('call-id-not-uuid: not the 8-4-4-4-12 form UUID(uuidString:) accepts', () => {
    for (const id of [
      'call-42',
      'E621E1F8C36C495A93FC0C247A3E6E5F',
      '{E621E1F8-C36C-495A-93FC-0C247A3E6E5F}',
      'E621E1F8-C36C-495A-93FC-0C247A3E6E5G',
      ' E621E1F8-C36C-495A-93FC-0C247A3E6E5F',
    ]) {
      const message = expectCode(payloadDraft({uuid: id, handle: '+1555'}), 'call-id-not-uuid');
      assert.equal(message.severity, 'error');
    }
  });

  test('call-id-not-rfc4122: UUID-shaped, Foundation parses it, but the version/variant are off', () => {
    const message = expectCode(
      payloadDraft({uuid: 'E621E1F8-C36C-095A-03FC-0C247A3E6E5F', handle: '+1555'}),
      'call-id-not-rfc4122',
    );
    assert.equal(message.severity, 'warning');
    assert.match(message.text, /still parses it/);
    // Nil UUID: also not an RFC version.
    expectCode(
      payloadDraft({uuid: '00000000-0000-0000-0000-000000000000', handle: '+1555'}),
      'call-id-not-rfc4122',
    );
    // Versions 1 to 8 with the 10x variant are fine.
    for (const id of [
      '6BA7B810-9DAD-11D1-80B4-00C04FD430C8',
      '017F22E2-79B0-7CC3-98C4-DC0C0C07398F',
    ]) {
      assert.deepEqual(codesOf(payloadDraft({uuid: id, handle: '+1555'})), []);
    }
  });

  test('call-id-lowercase: accepted, but uuidString comes back in upper case', () => {
    const message = expectCode(
      payloadDraft({uuid: defaultCallId.toLowerCase(), handle: '+1555'}),
      'call-id-lowercase',
    );
    assert.equal(message.severity, 'info');
  });
});

describe('header messages', () => {
  test('push-type-not-voip', () => {
    for (const pushType of ['alert', 'VoIP', '', 'background']) {
      const message = expectCode(draftWith({pushType}), 'push-type-not-voip');
      assert.equal(message.field, 'pushType');
    }
    assert.deepEqual(
      codesOf(draftWith({pushType: ' voip '})),
      [],
      'surrounding spaces are trimmed',
    );
  });

  test('topic-without-voip-suffix, also for the plain bundle id', () => {
    const message = expectCode(draftWith({topic: 'com.example.app'}), 'topic-without-voip-suffix');
    assert.match(message.text, /DeviceTokenNotForTopic/);
    expectCode(draftWith({topic: ''}), 'topic-without-voip-suffix');
  });

  test('topic-not-bundle-id: ends in .voip but belongs to another bundle id', () => {
    const message = expectCode(draftWith({topic: 'com.other.app.voip'}), 'topic-not-bundle-id');
    assert.equal(message.severity, 'warning');
    assert.deepEqual(codesOf(draftWith({bundleId: 'org.x', topic: null})), []);
  });

  test('header-value-invalid: line breaks or control characters in a header value', () => {
    expectCode(draftWith({topic: 'com.example.app\r\nx: y.voip'}), 'header-value-invalid');
    const pushType = messagesOf(draftWith({pushType: 'voip\u0000'}));
    assert.ok(pushType.some((m) => m.code === 'header-value-invalid' && m.field === 'pushType'));
  });

  test('priority-not-10 (5 or 1: not known) and priority-invalid', () => {
    for (const priority of ['5', '1']) {
      const message = expectCode(draftWith({priority}), 'priority-not-10');
      assert.match(message.text, /not known/);
      assert.equal(message.confidence, 'UNCONFIRMED');
    }
    for (const priority of ['7', 'high', '10.0']) {
      expectCode(draftWith({priority}), 'priority-invalid');
    }
    assert.deepEqual(codesOf(draftWith({priority: ''})), [], 'an empty priority omits the header');
  });

  test('expiration-too-late: omitted, or more than the threshold ahead', () => {
    const omitted = expectCode(
      draftWith({expiration: {mode: 'omit', value: ''}}),
      'expiration-too-late',
    );
    assert.match(omitted.text, /store the push while the phone is offline/);
    const relative = expectCode(
      draftWith({
        expiration: {mode: 'inSeconds', value: String(expirationLateThresholdSeconds + 1)},
      }),
      'expiration-too-late',
    );
    assert.match(relative.text, /its own threshold/);
    expectCode(
      draftWith({expiration: {mode: 'at', value: String(now + 3600)}}),
      'expiration-too-late',
    );
    for (const expiration of [
      {mode: 'inSeconds' as const, value: String(expirationLateThresholdSeconds)},
      {mode: 'inSeconds' as const, value: '0'},
      {mode: 'at' as const, value: String(now + 5)},
      {mode: 'at' as const, value: '0'},
      {mode: 'zero' as const, value: 'ignored'},
    ]) {
      assert.deepEqual(codesOf(draftWith({expiration})), [], JSON.stringify(expiration));
    }
  });

  test('expiration-looks-like-duration: a small absolute value is a moment in 1970', () => {
    const message = expectCode(
      draftWith({expiration: {mode: 'at', value: '30'}}),
      'expiration-looks-like-duration',
    );
    assert.match(message.text, /1970/);
    assert.ok(
      !codesOf(draftWith({expiration: {mode: 'at', value: '30'}})).includes('expiration-in-past'),
    );
  });

  test('expiration-in-past: an absolute time gone by, or now minus seconds', () => {
    expectCode(
      draftWith({expiration: {mode: 'at', value: String(now - 60)}}),
      'expiration-in-past',
    );
    expectCode(draftWith({expiration: {mode: 'inSeconds', value: '-5'}}), 'expiration-in-past');
    // Without a clock (the server render) the absolute checks wait.
    assert.deepEqual(
      codesOf(draftWith({expiration: {mode: 'at', value: String(now - 60)}}), null),
      [],
    );
  });

  test('expiration-not-number', () => {
    for (const value of ['', 'soon', '1e9', '30s', '12.5', '99999999999999999999']) {
      expectCode(draftWith({expiration: {mode: 'inSeconds', value}}), 'expiration-not-number');
      expectCode(draftWith({expiration: {mode: 'at', value}}), 'expiration-not-number');
    }
    expectCode(draftWith({expiration: {mode: 'at', value: '-1'}}), 'expiration-not-number');
  });

  test('apns-id-not-uuid, only when one is given', () => {
    expectCode(draftWith({apnsId: 'push-1'}), 'apns-id-not-uuid');
    assert.deepEqual(codesOf(draftWith({apnsId: '123e4567-e89b-12d3-a456-426614174000'})), []);
    assert.deepEqual(codesOf(draftWith({apnsId: '  '})), []);
  });
});

describe('addressing and credentials', () => {
  test('bundle-id-invalid: empty, or characters beyond letters, digits, hyphen and period', () => {
    expectCode(draftWith({bundleId: ''}), 'bundle-id-invalid');
    expectCode(
      draftWith({bundleId: 'com.example/app', topic: 'com.example/app.voip'}),
      'bundle-id-invalid',
    );
    expectCode(draftWith({bundleId: 'com.exämple.app'}), 'bundle-id-invalid');
  });

  test('device-token-not-hex names the VoIP token', () => {
    for (const deviceToken of ['', 'abc', '<ab12 cd34>', 'zz11', 'ab:cd']) {
      const message = expectCode(draftWith({deviceToken}), 'device-token-not-hex');
      assert.match(message.text, /pushRegistry\(_:didUpdate:for:\)/);
      assert.match(message.text, /not the APNs device token/);
    }
  });

  test('team-id-invalid and key-id-invalid: 10 capital letters and digits', () => {
    for (const teamId of ['ABCDE1234', 'abcde12345', 'ABCDE12345X', '']) {
      expectCode(
        draftWith({auth: {kind: 'token', teamId, keyId: 'FGHIJ67890', keyFile: ''}}),
        'team-id-invalid',
      );
    }
    for (const keyId of ['FGHIJ6789', 'fghij67890', 'FGHIJ-7890']) {
      expectCode(
        draftWith({auth: {kind: 'token', teamId: 'ABCDE12345', keyId, keyFile: ''}}),
        'key-id-invalid',
      );
    }
  });

  test('certificate-file-missing and certificate-file-type', () => {
    expectCode(
      draftWith({auth: {kind: 'certificate', certificateFile: ' '}}),
      'certificate-file-missing',
    );
    const type = expectCode(
      draftWith({auth: {kind: 'certificate', certificateFile: 'voip.cer'}}),
      'certificate-file-type',
    );
    assert.equal(type.severity, 'warning');
    for (const certificateFile of ['voip.p12', 'voip.PEM', 'dir/voip.pem']) {
      assert.deepEqual(codesOf(draftWith({auth: {kind: 'certificate', certificateFile}})), []);
    }
  });
});

describe('every message', () => {
  test('has a field that names a form field or null, and quotes reader text safely', () => {
    const hostile = '<img src=x onerror=alert(1)>"\'$(x)`y`\n</script>';
    const draft = draftWith({
      payload: `{"uuid": ${JSON.stringify(hostile)}, "handle": 1}`,
      bundleId: hostile,
      topic: hostile,
      pushType: hostile,
      priority: hostile,
      apnsId: hostile,
      deviceToken: hostile,
      expiration: {mode: 'at', value: hostile},
      auth: {kind: 'token', teamId: hostile, keyId: hostile, keyFile: hostile},
    });
    for (const message of messagesOf(draft)) {
      assert.ok(!message.text.includes('\n'), `${message.code}: one line`);
      assert.ok(message.text.length < 600, `${message.code}: short`);
    }
  });
});

// Last in the file (node:test runs a file's tests in order): every declared code was produced
// by a test above, and nothing undeclared was.
test('the declared message codes are exactly the codes these tests produced', () => {
  assert.deepEqual([...produced].sort(), [...voipPushMessageCodes].sort());
});
