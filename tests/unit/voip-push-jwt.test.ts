/**
 * The JWT description of the VoIP push composer: base64url of UTF-8 written by hand (no btoa or
 * TextEncoder in the simulator), checked against RFC 4648 and RFC 7515 known answers and against
 * Node's Buffer for any string; the header, claims and signing input APNs token auth uses.
 */
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';

import fc from 'fast-check';

import {
  base64url,
  base64urlFromBytes,
  describeJwt,
  jwtRefreshMinutes,
  utf8Bytes,
} from '../../simulator/src/tools';

describe('base64url', () => {
  test('RFC 4648 test vectors, without padding', () => {
    const vectors: [string, string][] = [
      ['', ''],
      ['f', 'Zg'],
      ['fo', 'Zm8'],
      ['foo', 'Zm9v'],
      ['foob', 'Zm9vYg'],
      ['fooba', 'Zm9vYmE'],
      ['foobar', 'Zm9vYmFy'],
    ];
    for (const [text, encoded] of vectors) assert.equal(base64url(text), encoded, text);
  });

  test('the URL-safe alphabet: - and _ instead of + and /', () => {
    assert.equal(base64urlFromBytes([0xfb, 0xff]), '-_8');
    assert.equal(base64urlFromBytes([0xff, 0xff, 0xfe]), '___-');
    assert.equal(base64url('???'), 'Pz8_');
    assert.equal(base64url('??>'), 'Pz8-');
  });

  test('RFC 7515 appendix A.1: the JWS header and payload', () => {
    assert.equal(
      base64url('{"typ":"JWT",\r\n "alg":"HS256"}'),
      'eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9',
    );
    assert.equal(
      base64url('{"iss":"joe",\r\n "exp":1300819380,\r\n "http://example.com/is_root":true}'),
      'eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ',
    );
  });

  test('UTF-8: two, three and four byte characters, lone surrogates as U+FFFD', () => {
    assert.deepEqual(utf8Bytes('é'), [0xc3, 0xa9]);
    assert.deepEqual(utf8Bytes('€'), [0xe2, 0x82, 0xac]);
    assert.deepEqual(utf8Bytes('📞'), [0xf0, 0x9f, 0x93, 0x9e]);
    assert.deepEqual(utf8Bytes('\ud800'), [0xef, 0xbf, 0xbd]);
  });

  test('agrees with Node’s Buffer for any string', () => {
    fc.assert(
      fc.property(fc.string({unit: 'binary', maxLength: 200}), (text) => {
        assert.deepEqual(utf8Bytes(text), [...Buffer.from(text, 'utf8')]);
        assert.equal(base64url(text), Buffer.from(text, 'utf8').toString('base64url'));
      }),
      {numRuns: 500},
    );
  });
});

describe('describeJwt', () => {
  const auth = {kind: 'token', teamId: 'ABCDE12345', keyId: 'FGHIJ67890', keyFile: ''} as const;

  test('header {alg: ES256, kid}, claims {iss, iat}: as JSON and as base64url', () => {
    const jwt = describeJwt(auth, 1_767_225_600);
    assert.equal(jwt.headerJson, '{"alg":"ES256","kid":"FGHIJ67890"}');
    assert.equal(jwt.claimsJson, '{"iss":"ABCDE12345","iat":1767225600}');
    assert.equal(jwt.headerBase64url, 'eyJhbGciOiJFUzI1NiIsImtpZCI6IkZHSElKNjc4OTAifQ');
    assert.equal(jwt.claimsBase64url, 'eyJpc3MiOiJBQkNERTEyMzQ1IiwiaWF0IjoxNzY3MjI1NjAwfQ');
    assert.equal(jwt.signingInput, `${jwt.headerBase64url}.${jwt.claimsBase64url}`);
    assert.equal(jwt.iat, 1_767_225_600);
    assert.equal(jwt.keyFile, 'AuthKey_FGHIJ67890.p8');
  });

  test('iat is whole seconds; a typed key file name is used as typed', () => {
    const jwt = describeJwt({...auth, keyFile: ' keys/apns.p8 '}, 1_767_225_600.9);
    assert.equal(jwt.iat, 1_767_225_600);
    assert.equal(jwt.keyFile, 'keys/apns.p8');
  });

  test('the signature is explained, not computed, and the refresh window is 20 to 60 minutes', () => {
    const jwt = describeJwt(auth, 0);
    assert.match(jwt.signatureNote, /not computed here/);
    assert.match(jwt.signatureNote, /P-256/);
    assert.match(jwt.signatureNote, /SHA-256/);
    assert.match(jwt.signatureNote, /64 bytes/);
    assert.match(jwt.signatureNote, /not the DER/);
    assert.deepEqual(jwtRefreshMinutes, {min: 20, max: 60});
    assert.match(jwt.refreshNote, /20 to 60 minutes/);
  });

  test('hostile ids stay valid JSON strings inside the token parts', () => {
    const hostile = '"},"alg":"none","x":"\u2028</script>';
    const jwt = describeJwt({kind: 'token', teamId: hostile, keyId: hostile, keyFile: ''}, 1);
    assert.deepEqual(JSON.parse(jwt.headerJson), {alg: 'ES256', kid: hostile});
    assert.deepEqual(JSON.parse(Buffer.from(jwt.claimsBase64url, 'base64url').toString()), {
      iss: hostile,
      iat: 1,
    });
  });
});
