/**
 * What the APNs provider token (JWT) for token authentication contains, shown rather than made:
 * the header and claims as JSON and base64url, and the signing input. The signature needs the
 * .p8 private key, which never comes near this page (guide: Token authentication; spec §9.5).
 */
import {keyFileName, type TokenAuthDraft} from './draft';
import {base64url} from './base64url';

/** Apple: refresh no more than once every 20 minutes and at least once every 60. */
export const jwtRefreshMinutes = {min: 20, max: 60} as const;

export interface JwtDescription {
  headerJson: string;
  claimsJson: string;
  headerBase64url: string;
  claimsBase64url: string;
  /** `header.claims`: the bytes ES256 signs. */
  signingInput: string;
  iat: number;
  keyFile: string;
  /** Why the third part is not here and what it must be. */
  signatureNote: string;
  refreshNote: string;
}

export function describeJwt(auth: TokenAuthDraft, nowSeconds: number): JwtDescription {
  // Built with JSON.stringify so any text typed into the ids stays a valid JSON string.
  const headerJson = JSON.stringify({alg: 'ES256', kid: auth.keyId.trim()});
  const claimsJson = JSON.stringify({iss: auth.teamId.trim(), iat: Math.floor(nowSeconds)});
  const headerBase64url = base64url(headerJson);
  const claimsBase64url = base64url(claimsJson);
  const keyFile = keyFileName(auth);
  return {
    headerJson,
    claimsJson,
    headerBase64url,
    claimsBase64url,
    signingInput: `${headerBase64url}.${claimsBase64url}`,
    iat: Math.floor(nowSeconds),
    keyFile,
    signatureNote: `The third part, the signature, is not computed here: it needs the private key in ${keyFile}, which stays on your machine. ES256 is ECDSA on the P-256 curve with SHA-256 over the signing input; the JWT carries the raw 64 bytes r‖s, base64url-encoded, not the DER form openssl writes.`,
    refreshNote: `Reuse one token for many pushes and make a new one every ${jwtRefreshMinutes.min} to ${jwtRefreshMinutes.max} minutes: APNs rejects a token older than an hour (403 ExpiredProviderToken) and one replaced too often (429 TooManyProviderTokenUpdates).`,
  };
}
