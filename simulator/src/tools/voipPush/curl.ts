/**
 * The request as a copyable shell script around `curl --http2`, for both auth kinds. Reader text
 * only ever appears inside single quotes (shellQuote), never in comments or arithmetic, so no
 * value can end its word or run a command. Nothing is sent: the reader runs it.
 */
import {apnsHosts, isP12File, keyFileName, requestPath, type VoipPushDraft} from './draft';
import {requestHeaders, type RequestHeader} from './headers';
import {parsePayload} from './payload';
import {curlCertName, shellQuote} from './shell';

/** The request body as the commands send it: compact JSON, or the text as typed when not JSON. */
export function bodyAsSent(draft: VoipPushDraft): string {
  const parsed = parsePayload(draft.payload);
  return parsed.ok ? parsed.body : draft.payload;
}

function headerOption(header: RequestHeader): string {
  if (header.value.kind === 'relative') {
    const {seconds} = header.value;
    const sum = seconds < 0 ? `- ${-seconds}` : `+ ${seconds}`;
    // Only a validated integer reaches the arithmetic.
    return `--header "${header.name}: $(( $(date +%s) ${sum} ))"`;
  }
  return `--header ${shellQuote(`${header.name}: ${header.value.value}`)}`;
}

const jwtScript = [
  "b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }",
  'header=$(printf \'{"alg":"ES256","kid":"%s"}\' "$KEY_ID" | b64url)',
  'claims=$(printf \'{"iss":"%s","iat":%d}\' "$TEAM_ID" "$(date +%s)" | b64url)',
  "# Sign, then turn openssl's DER signature into the raw r and s, 32 bytes each.",
  'signature=$(printf \'%s.%s\' "$header" "$claims" \\',
  '  | openssl dgst -sha256 -sign "$KEY_FILE" \\',
  '  | openssl asn1parse -inform DER \\',
  '  | awk \'/INTEGER/ { sub(/.*:/, ""); printf "%64s", $0 }\' | tr \' \' 0 \\',
  '  | xxd -r -p | b64url)',
  'JWT="$header.$claims.$signature"',
];

export function generateCurl(draft: VoipPushDraft): string {
  const lines: string[] = [
    '#!/usr/bin/env bash',
    '# One VoIP push through APNs. Nothing was sent from the page: run this yourself.',
    '# Needs curl with HTTP/2 (curl --version lists HTTP2).',
  ];
  const options: string[] = ['--http2', '--include'];
  const auth = draft.auth;
  if (auth.kind === 'token') {
    lines.push(
      `TEAM_ID=${shellQuote(auth.teamId.trim())}`,
      `KEY_ID=${shellQuote(auth.keyId.trim())}`,
      `KEY_FILE=${shellQuote(keyFileName(auth))}`,
      '',
      '# The provider token (JWT), signed with your .p8 key. Reuse it for 20 to 60 minutes.',
      ...jwtScript,
      '',
    );
    options.push('--header "authorization: bearer $JWT"');
  } else {
    const file = auth.certificateFile.trim();
    if (isP12File(file)) {
      lines.push(
        "P12_PASSWORD='your-export-password'  # the password you chose when exporting the .p12",
        '',
      );
      options.push(`--cert-type P12 --cert ${shellQuote(curlCertName(file))}:"$P12_PASSWORD"`);
    } else {
      options.push(`--cert ${shellQuote(curlCertName(file))}`);
    }
  }
  for (const header of requestHeaders(draft)) options.push(headerOption(header));
  const body = bodyAsSent(draft);
  // A body starting with @ would make --data read a file; --data-raw sends it as it is.
  options.push(`${body.startsWith('@') ? '--data-raw' : '--data'} ${shellQuote(body)}`);
  const path = requestPath(draft);
  // [ ] { } in a URL are curl's globbing characters; a real token never has them.
  if (/[[\]{}]/.test(path)) options.push('--globoff');
  const url = `https://${apnsHosts[draft.environment]}${path}`;
  lines.push('curl ' + [...options, shellQuote(url)].join(' \\\n  '));
  return lines.join('\n') + '\n';
}
