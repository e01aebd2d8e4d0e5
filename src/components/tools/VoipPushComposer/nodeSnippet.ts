/**
 * The request as a small Node.js ES module (node:http2 and node:crypto, no packages) that prints
 * APNs's answer. Reader text only ever appears as JSON.stringify string literals, which are valid
 * JavaScript strings, never in comments or template literals.
 *
 * It lives with the page, not in simulator/src/tools like the curl generator: the program it
 * writes reads the wall clock on the reader's machine (the JWT's iat, a relative
 * apns-expiration), and simulator/ holds no wall-clock code, not even as text.
 */
import {
  apnsHosts,
  bodyAsSent,
  isP12File,
  keyFileName,
  requestHeaders,
  requestPath,
  type RequestHeader,
  type VoipPushDraft,
} from '@site/simulator/src/tools';

const literal = (text: string): string => JSON.stringify(text);

/**
 * The time expression of the generated program: it reads the clock on the reader's machine when
 * they send the push. This module only writes it as text and never evaluates it.
 */
const generatedNowSeconds = 'Math.floor(Date.now() / 1000)';

function headerEntry(header: RequestHeader): string {
  const value =
    header.value.kind === 'relative'
      ? `String(${generatedNowSeconds} + ${header.value.seconds})`
      : literal(header.value.value);
  return `  ${literal(header.name)}: ${value},`;
}

export function generateNodeSnippet(draft: VoipPushDraft): string {
  const auth = draft.auth;
  const lines: string[] = [
    '// One VoIP push through APNs with Node.js 18 or later: save as send-voip-push.mjs and run',
    '// node send-voip-push.mjs. Nothing was sent from the page.',
    "import {connect} from 'node:http2';",
  ];
  if (auth.kind === 'token') lines.push("import {createPrivateKey, sign} from 'node:crypto';");
  lines.push(
    "import {readFileSync} from 'node:fs';",
    '',
    `const host = ${literal(apnsHosts[draft.environment])};`,
    `const path = ${literal(requestPath(draft))};`,
    `const body = ${literal(bodyAsSent(draft))};`,
    'const headers = {',
    "  ':method': 'POST',",
    "  ':path': path,",
    ...requestHeaders(draft).map(headerEntry),
    '};',
    '',
  );
  if (auth.kind === 'token') {
    lines.push(
      '// The provider token (JWT): ES256 with the raw r||s signature (ieee-p1363), not DER.',
      `const teamId = ${literal(auth.teamId.trim())};`,
      `const keyId = ${literal(auth.keyId.trim())};`,
      `const key = createPrivateKey(readFileSync(${literal(keyFileName(auth))}));`,
      "const part = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');",
      `const unsigned = part({alg: 'ES256', kid: keyId}) + '.' + part({iss: teamId, iat: ${generatedNowSeconds}});`,
      "const signature = sign('sha256', Buffer.from(unsigned), {key, dsaEncoding: 'ieee-p1363'});",
      "headers.authorization = 'bearer ' + unsigned + '.' + signature.toString('base64url');",
      "const client = connect('https://' + host);",
    );
  } else {
    const file = auth.certificateFile.trim();
    if (isP12File(file)) {
      lines.push(
        '// The VoIP Services certificate and its key, exported as .p12.',
        "const client = connect('https://' + host, {",
        `  pfx: readFileSync(${literal(file)}),`,
        '  passphrase: process.env.P12_PASSWORD,',
        '});',
      );
    } else {
      lines.push(
        '// The VoIP Services certificate and its private key, both in one PEM file.',
        `const pem = readFileSync(${literal(file)});`,
        "const client = connect('https://' + host, {cert: pem, key: pem});",
      );
    }
  }
  lines.push(
    '',
    "client.on('error', (error) => {",
    '  console.error(error.message);',
    '  process.exitCode = 1;',
    '});',
    'const request = client.request(headers);',
    "request.setEncoding('utf8');",
    "let answer = '';",
    "request.on('response', (response) => {",
    "  console.log('status', response[':status'], 'apns-id', response['apns-id']);",
    '});',
    "request.on('data', (chunk) => {",
    '  answer += chunk;',
    '});',
    "request.on('end', () => {",
    "  if (answer) console.log('reason', JSON.parse(answer).reason);",
    '  client.close();',
    '});',
    'request.end(body);',
  );
  return lines.join('\n') + '\n';
}
