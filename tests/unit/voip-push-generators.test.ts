/**
 * The composer's generated code: the curl script parses with the bash grammar and the Node.js
 * snippet with the JavaScript grammar for many drafts, hostile ones included; reader text
 * survives its quoting exactly (a small shell-word decoder, a real bash run with a stub curl,
 * and the JavaScript string literals evaluated); and the commands carry what the guide says.
 */
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {chmodSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {before, describe, test} from 'node:test';
import vm from 'node:vm';

import {loadCodeChecker, type CodeChecker} from '../../scripts/lib/codeBlocks';
import {
  bodyAsSent,
  createDefaultDraft,
  generateCurl,
  keyFileName,
  requestUrl,
  shellQuote,
  type AuthDraft,
  type ExpirationDraft,
  type VoipPushDraft,
} from '../../simulator/src/tools';
import {generateNodeSnippet} from '../../src/components/tools/VoipPushComposer/nodeSnippet';

let checker: CodeChecker;
before(async () => {
  checker = await loadCodeChecker();
});

const hostileStrings = [
  `it's`,
  `'; rm -rf / #`,
  `$(touch /tmp/voip-push-pwned)`,
  '`touch /tmp/voip-push-pwned`',
  `"double" \\"escaped\\" \\`,
  'line one\nline two\r\n',
  '</script><script>alert(1)</script>',
  `<img src=x onerror=alert(1)>"'$(x)`,
  '${HOME} $HOME %s %d',
  '\u2028\u2029 📞 é \t',
  '-- --data @/etc/passwd',
  '{[*?]}',
  '#!',
];

function draftWith(change: Partial<VoipPushDraft>): VoipPushDraft {
  return {...createDefaultDraft(), ...change};
}

const auths: AuthDraft[] = [
  {kind: 'token', teamId: 'ABCDE12345', keyId: 'FGHIJ67890', keyFile: ''},
  {kind: 'token', teamId: 'ABCDE12345', keyId: 'FGHIJ67890', keyFile: 'keys/apns.p8'},
  {kind: 'certificate', certificateFile: 'voip-services.p12'},
  {kind: 'certificate', certificateFile: 'voip-services.pem'},
  {kind: 'certificate', certificateFile: 'voip.cer'},
];

const expirations: ExpirationDraft[] = [
  {mode: 'zero', value: ''},
  {mode: 'inSeconds', value: '10'},
  {mode: 'inSeconds', value: '-5'},
  {mode: 'inSeconds', value: 'soon; rm -rf ~'},
  {mode: 'at', value: '1767225630'},
  {mode: 'at', value: `$(id)'`},
  {mode: 'omit', value: ''},
];

/** Drafts with every auth kind and expiration mode, then hostile text in every field. */
function manyDrafts(): VoipPushDraft[] {
  const drafts: VoipPushDraft[] = [];
  for (const auth of auths) {
    for (const expiration of expirations) {
      drafts.push(draftWith({auth, expiration}));
    }
  }
  drafts.push(
    draftWith({environment: 'production', apnsId: '123e4567-e89b-12d3-a456-426614174000'}),
  );
  drafts.push(draftWith({priority: ''}));
  for (const text of hostileStrings) {
    drafts.push(
      draftWith({
        payload: JSON.stringify({uuid: text, handle: text, [text]: text}),
        bundleId: text,
        deviceToken: text,
        pushType: text,
        priority: text,
        apnsId: text,
        callIdKey: text,
        expiration: {mode: 'at', value: text},
        auth: {kind: 'token', teamId: text, keyId: text, keyFile: text},
      }),
      draftWith({
        payload: text,
        topic: text,
        auth: {kind: 'certificate', certificateFile: `${text}.p12`},
      }),
      draftWith({payload: `@${text}`, auth: {kind: 'certificate', certificateFile: text}}),
    );
  }
  return drafts;
}

// ---------------------------------------------------------------------------------------------
// A tiny POSIX shell word decoder: enough of the quoting rules to read the generated command.

/** The words of one shell command starting at `start` (up to an unquoted newline). */
function shellWords(script: string, start: number): string[] {
  const words: string[] = [];
  let word: string | null = null;
  let i = start;
  const push = (): void => {
    if (word !== null) words.push(word);
    word = null;
  };
  while (i < script.length) {
    const char = script[i] ?? '';
    if (char === '\\' && script[i + 1] === '\n') {
      i += 2;
      continue;
    }
    if (char === '\n') break;
    if (char === ' ' || char === '\t') {
      push();
      i += 1;
      continue;
    }
    if (char === "'") {
      const end = script.indexOf("'", i + 1);
      assert.ok(end > i, 'single quote closed');
      word = (word ?? '') + script.slice(i + 1, end);
      i = end + 1;
      continue;
    }
    if (char === '"') {
      let j = i + 1;
      let text = '';
      while (script[j] !== '"') {
        assert.ok(j < script.length, 'double quote closed');
        if (script[j] === '\\' && '$`"\\\n'.includes(script[j + 1] ?? '')) {
          text += script[j + 1];
          j += 2;
        } else {
          text += script[j];
          j += 1;
        }
      }
      word = (word ?? '') + text;
      i = j + 1;
      continue;
    }
    if (char === '\\') {
      word = (word ?? '') + (script[i + 1] ?? '');
      i += 2;
      continue;
    }
    word = (word ?? '') + char;
    i += 1;
  }
  push();
  return words;
}

function curlWords(script: string): string[] {
  const start = script.indexOf('\ncurl ');
  assert.ok(start >= 0, 'the script has a curl command');
  return shellWords(script, start + 1);
}

function optionValues(words: readonly string[], option: string): string[] {
  return words.flatMap((word, index) => (word === option ? [words[index + 1] ?? ''] : []));
}

// ---------------------------------------------------------------------------------------------

describe('grammar checks', () => {
  test('the checker is not vacuous: broken code has problems', () => {
    assert.notDeepEqual(checker.check('bash', "curl --data 'unterminated"), []);
    assert.notDeepEqual(checker.check('javascript', 'const body = "a\nb";'), []);
  });

  test('curl and Node.js output parse for every draft, hostile ones included', () => {
    const drafts = manyDrafts();
    assert.ok(drafts.length > 70);
    for (const draft of drafts) {
      const curl = generateCurl(draft);
      const node = generateNodeSnippet(draft);
      assert.deepEqual(checker.check('bash', curl), [], curl);
      assert.deepEqual(checker.check('javascript', node), [], node);
    }
  });
});

describe('quoting round trips', () => {
  test('shellQuote: the decoder reads back exactly the text', () => {
    for (const text of hostileStrings) {
      assert.deepEqual(shellWords(`x ${shellQuote(text)}`, 0), ['x', text]);
    }
  });

  test('every piece of reader text in the curl command is one word, exactly as typed', () => {
    for (const text of hostileStrings) {
      const draft = draftWith({
        payload: text,
        deviceToken: text,
        topic: `${text}.voip`,
        apnsId: text,
        auth: {kind: 'certificate', certificateFile: `${text}.pem`},
      });
      const words = curlWords(generateCurl(draft));
      assert.deepEqual(optionValues(words, '--data').concat(optionValues(words, '--data-raw')), [
        bodyAsSent(draft),
      ]);
      assert.equal(words[words.length - 1], requestUrl(draft));
      const headers = optionValues(words, '--header');
      assert.ok(headers.includes(`apns-topic: ${`${text}.voip`.trim()}`), headers.join(' | '));
      const cert = optionValues(words, '--cert')[0] ?? '';
      // curl's own escaping of : and \ in the certificate name, undone.
      assert.equal(cert.replace(/\\([\\:])/g, '$1'), `${text}.pem`.trim());
    }
  });

  test('a real bash run passes every argument to curl unchanged (stub curl, openssl, xxd)', (t) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'voip-push-'));
    t.after(() => rmSync(dir, {recursive: true, force: true}));
    const out = path.join(dir, 'args');
    const stub = (name: string, body: string): void => {
      const file = path.join(dir, name);
      writeFileSync(file, `#!/bin/sh\n${body}\n`);
      chmodSync(file, 0o755);
    };
    stub('curl', `for a in "$@"; do printf '%s\\0' "$a"; done > "$VOIP_ARGS"`);
    stub('openssl', 'cat > /dev/null; printf "00"');
    stub('xxd', 'cat');
    for (const text of hostileStrings) {
      for (const auth of [
        {kind: 'certificate', certificateFile: `${text}.p12`} as const,
        {kind: 'token', teamId: text, keyId: text, keyFile: text} as const,
      ]) {
        const draft = draftWith({
          payload: JSON.stringify({uuid: text, handle: text}),
          deviceToken: text,
          topic: `${text}.voip`,
          expiration: {mode: 'inSeconds', value: '30'},
          auth,
        });
        const script = path.join(dir, 'send.sh');
        writeFileSync(script, generateCurl(draft));
        execFileSync('bash', [script], {
          cwd: dir,
          env: {PATH: `${dir}:/usr/bin:/bin`, VOIP_ARGS: out},
        });
        const args = execFileSync('cat', [out]).toString('utf8').split('\0').slice(0, -1);
        assert.deepEqual(optionValues(args, '--data'), [bodyAsSent(draft)]);
        assert.equal(args[args.length - 1], requestUrl(draft));
        const headers = optionValues(args, '--header');
        assert.ok(headers.includes('apns-push-type: voip'));
        assert.ok(headers.includes(`apns-topic: ${`${text}.voip`.trim()}`));
        const expiration = headers.find((header) => header.startsWith('apns-expiration: ')) ?? '';
        const seconds = Number(expiration.slice('apns-expiration: '.length));
        assert.ok(Math.abs(seconds - (Date.now() / 1000 + 30)) < 60, expiration);
        if (auth.kind === 'certificate') {
          assert.deepEqual(optionValues(args, '--cert-type'), ['P12']);
          const cert = optionValues(args, '--cert')[0] ?? '';
          assert.equal(
            cert,
            `${auth.certificateFile.trim().replace(/[\\:]/g, '\\$&')}:your-export-password`,
          );
        } else {
          assert.ok(headers.some((header) => header.startsWith('authorization: bearer ')));
        }
      }
    }
  });

  test('every piece of reader text in the Node.js snippet is a string literal that evaluates back', () => {
    for (const text of hostileStrings) {
      const draft = draftWith({
        payload: text,
        deviceToken: text,
        topic: text,
        auth: {kind: 'token', teamId: text, keyId: text, keyFile: text},
      });
      const snippet = generateNodeSnippet(draft);
      const constant = (name: string): unknown => {
        const line = snippet.split('\n').find((l) => l.startsWith(`const ${name} = `)) ?? '';
        return vm.runInNewContext(line.slice(`const ${name} = `.length).replace(/;$/, ''));
      };
      assert.equal(constant('body'), bodyAsSent(draft));
      assert.equal(constant('path'), `/3/device/${text.trim()}`);
      assert.equal(constant('teamId'), text.trim());
      assert.equal(constant('keyId'), text.trim());
      const topic = snippet.split('\n').find((l) => l.startsWith('  "apns-topic": ')) ?? '';
      assert.equal(
        vm.runInNewContext(topic.slice('  "apns-topic": '.length).replace(/,$/, '')),
        text.trim(),
      );
      assert.ok(
        snippet.includes(
          `readFileSync(${JSON.stringify(keyFileName({kind: 'token', teamId: text, keyId: text, keyFile: text}))})`,
        ),
      );
    }
  });
});

describe('what the commands say', () => {
  test('curl with token auth: HTTP/2, bearer JWT made with openssl, every header, body, URL', () => {
    const draft = draftWith({apnsId: '123e4567-e89b-12d3-a456-426614174000'});
    const curl = generateCurl(draft);
    const words = curlWords(curl);
    assert.ok(words.includes('--http2'));
    assert.deepEqual(optionValues(words, '--header'), [
      'authorization: bearer $JWT',
      'apns-push-type: voip',
      'apns-topic: com.example.app.voip',
      'apns-priority: 10',
      'apns-expiration: 0',
      'apns-id: 123e4567-e89b-12d3-a456-426614174000',
    ]);
    assert.match(curl, /openssl dgst -sha256 -sign "\$KEY_FILE"/);
    assert.match(curl, /^KEY_FILE='AuthKey_FGHIJ67890\.p8'$/m);
    assert.match(curl, /^JWT="\$header\.\$claims\.\$signature"$/m);
    assert.equal(words[words.length - 1], requestUrl(draft));
    assert.match(
      requestUrl(draft),
      /^https:\/\/api\.sandbox\.push\.apple\.com\/3\/device\/[0-9a-f]{64}$/,
    );
  });

  test('curl with a certificate: --cert-type P12 file:password, or --cert file.pem; no authorization', () => {
    const p12 = generateCurl(draftWith({auth: {kind: 'certificate', certificateFile: 'voip.p12'}}));
    assert.match(p12, /--cert-type P12 --cert 'voip\.p12':"\$P12_PASSWORD"/);
    assert.doesNotMatch(p12, /authorization/);
    const pem = generateCurl(draftWith({auth: {kind: 'certificate', certificateFile: 'voip.pem'}}));
    assert.match(pem, /--cert 'voip\.pem' \\/);
    assert.doesNotMatch(pem, /--cert-type|authorization|openssl/);
  });

  test('apns-expiration: inSeconds is computed at send time, omit leaves the header out', () => {
    const relative = draftWith({expiration: {mode: 'inSeconds', value: '30'}});
    assert.match(
      generateCurl(relative),
      /--header "apns-expiration: \$\(\( \$\(date \+%s\) \+ 30 \)\)"/,
    );
    assert.match(
      generateNodeSnippet(relative),
      /"apns-expiration": String\(Math\.floor\(Date\.now\(\) \/ 1000\) \+ 30\),/,
    );
    const omitted = draftWith({expiration: {mode: 'omit', value: ''}});
    assert.doesNotMatch(generateCurl(omitted), /apns-expiration/);
    assert.doesNotMatch(generateNodeSnippet(omitted), /apns-expiration/);
    const absolute = draftWith({expiration: {mode: 'at', value: ' 1767225630 '}});
    assert.match(generateCurl(absolute), /--header 'apns-expiration: 1767225630'/);
  });

  test('the Node.js snippet: ES module, http2, ES256 with ieee-p1363, both auth kinds, prints the answer', () => {
    const token = generateNodeSnippet(createDefaultDraft());
    assert.match(token, /^import \{connect\} from 'node:http2';$/m);
    assert.match(token, /dsaEncoding: 'ieee-p1363'/);
    assert.match(token, /headers\.authorization = 'bearer '/);
    assert.match(token, /part\(\{alg: 'ES256', kid: keyId\}\)/);
    assert.match(token, /response\[':status'\]/);
    assert.match(token, /response\['apns-id'\]/);
    assert.match(token, /\.reason/);
    const p12 = generateNodeSnippet(
      draftWith({auth: {kind: 'certificate', certificateFile: 'v.p12'}}),
    );
    assert.match(p12, /pfx: readFileSync\("v\.p12"\)/);
    assert.match(p12, /passphrase: process\.env\.P12_PASSWORD/);
    assert.doesNotMatch(p12, /authorization|node:crypto/);
    const pem = generateNodeSnippet(
      draftWith({auth: {kind: 'certificate', certificateFile: 'v.pem'}}),
    );
    assert.match(pem, /connect\('https:\/\/' \+ host, \{cert: pem, key: pem\}\)/);
  });

  test('the Node.js snippet signs exactly what the JWT panel describes (run against a local key)', async () => {
    // The snippet's JWT lines, run with a fresh P-256 key, give a token that verifies with ES256.
    const {generateKeyPairSync, verify} = await import('node:crypto');
    const {privateKey, publicKey} = generateKeyPairSync('ec', {namedCurve: 'P-256'});
    const snippet = generateNodeSnippet(createDefaultDraft());
    const lines = snippet.split('\n');
    const from = lines.findIndex((l) => l.startsWith('const teamId'));
    const to = lines.findIndex((l) => l.startsWith('headers.authorization'));
    const jwtCode = lines
      .slice(from, to + 1)
      .join('\n')
      .replace(/createPrivateKey\(readFileSync\([^)]*\)\)/, 'testKey');
    const context = {
      Buffer,
      Date,
      JSON,
      Math,
      sign: (await import('node:crypto')).sign,
      testKey: privateKey,
      headers: {} as Record<string, string>,
    };
    vm.runInNewContext(jwtCode, context);
    const token = (context.headers.authorization ?? '').replace(/^bearer /, '');
    const [header = '', claims = '', signature = ''] = token.split('.');
    assert.deepEqual(JSON.parse(Buffer.from(header, 'base64url').toString()), {
      alg: 'ES256',
      kid: 'FGHIJ67890',
    });
    const decoded = JSON.parse(Buffer.from(claims, 'base64url').toString()) as {
      iss: string;
      iat: number;
    };
    assert.equal(decoded.iss, 'ABCDE12345');
    assert.equal(Buffer.from(signature, 'base64url').length, 64, 'raw r||s, not DER');
    assert.ok(
      verify(
        'sha256',
        Buffer.from(`${header}.${claims}`),
        {key: publicKey, dsaEncoding: 'ieee-p1363'},
        Buffer.from(signature, 'base64url'),
      ),
    );
  });
});
