/**
 * The VoIP push request as the reader types it: every value a string exactly as typed, so
 * nothing is lost and every problem can be reported. Hosts, path and defaults follow the guide
 * docs/pushkit/sending-pushes.mdx (spec §9.5).
 */

export type ApnsEnvironment = 'sandbox' | 'production';

/** The two APNs hosts, both on port 443 (the guide's request table). */
export const apnsHosts: Readonly<Record<ApnsEnvironment, string>> = {
  sandbox: 'api.sandbox.push.apple.com',
  production: 'api.push.apple.com',
};

export const apnsPort = 443;

export interface TokenAuthDraft {
  kind: 'token';
  /** The 10-character Team ID (the JWT's `iss`). */
  teamId: string;
  /** The 10-character Key ID of the APNs key (the JWT's `kid`). */
  keyId: string;
  /** The .p8 file name; empty means `AuthKey_<keyId>.p8`, the name Apple gives the download. */
  keyFile: string;
}

export interface CertificateAuthDraft {
  kind: 'certificate';
  /** The VoIP Services certificate with its key: a .p12 export, or a .pem made from it. */
  certificateFile: string;
}

export type AuthDraft = TokenAuthDraft | CertificateAuthDraft;

/**
 * apns-expiration: `zero` sends 0; `inSeconds` sends now + value, computed when the request is
 * sent; `at` sends value as an absolute UNIX time in seconds; `omit` sends no header.
 */
export type ExpirationMode = 'zero' | 'inSeconds' | 'at' | 'omit';

export const expirationModes: readonly ExpirationMode[] = ['zero', 'inSeconds', 'at', 'omit'];

export interface ExpirationDraft {
  mode: ExpirationMode;
  /** The number typed for `inSeconds` or `at`; ignored by the other modes. */
  value: string;
}

export interface VoipPushDraft {
  /** The JSON body as typed. */
  payload: string;
  environment: ApnsEnvironment;
  auth: AuthDraft;
  bundleId: string;
  /** The hex VoIP token from pushRegistry(_:didUpdate:for:). */
  deviceToken: string;
  pushType: string;
  /** null: derived from the bundle id (`<bundleId>.voip`) until the reader edits it. */
  topic: string | null;
  priority: string;
  expiration: ExpirationDraft;
  /** Optional; empty means no apns-id header (APNs then makes one). */
  apnsId: string;
  /** Where the app reads the call id in the payload; a dot path reaches nested keys. */
  callIdKey: string;
  /** Where the app reads the caller (the handle) in the payload; a dot path too. */
  callerKey: string;
}

/** The call id of the default payload: a fixed, valid version-4 UUID in uuidString form. */
export const defaultCallId = 'E621E1F8-C36C-495A-93FC-0C247A3E6E5F';

/** The default payload uses the keys the simulator's app reads (engine/app.ts). */
export const defaultPayload = {
  uuid: defaultCallId,
  handle: '+15551234567',
  callerName: 'Ada',
  hasVideo: false,
} as const;

export const defaultTeamId = 'ABCDE12345';
export const defaultKeyId = 'FGHIJ67890';

export function createDefaultDraft(): VoipPushDraft {
  return {
    payload: JSON.stringify(defaultPayload, null, 2),
    environment: 'sandbox',
    auth: {kind: 'token', teamId: defaultTeamId, keyId: defaultKeyId, keyFile: ''},
    bundleId: 'com.example.app',
    deviceToken: '5f8a1c9e2b7d4f6a0c3e8b1d9f2a7c4e6b0d3f8a1c5e9b2d7f4a6c0e3b8d1f9a',
    pushType: 'voip',
    topic: null,
    priority: '10',
    expiration: {mode: 'zero', value: ''},
    apnsId: '',
    callIdKey: 'uuid',
    callerKey: 'handle',
  };
}

/** The default certificate file name offered when the reader switches to certificate auth. */
export const defaultCertificateFile = 'voip-services.p12';

/** The apns-topic the request uses: as typed, or `<bundleId>.voip` while not edited. */
export function effectiveTopic(draft: VoipPushDraft): string {
  return draft.topic ?? `${draft.bundleId.trim()}.voip`;
}

/** The .p8 file name: as typed, or the name Apple gives the download. */
export function keyFileName(auth: TokenAuthDraft): string {
  const typed = auth.keyFile.trim();
  return typed.length > 0 ? typed : `AuthKey_${auth.keyId.trim()}.p8`;
}

export function requestPath(draft: VoipPushDraft): string {
  return `/3/device/${draft.deviceToken.trim()}`;
}

export function requestUrl(draft: VoipPushDraft): string {
  return `https://${apnsHosts[draft.environment]}${requestPath(draft)}`;
}

/** Whether a certificate file is a PKCS#12 export (by its extension, in any letter case). */
export function isP12File(file: string): boolean {
  return /\.(p12|pfx)$/i.test(file.trim());
}

export function isPemFile(file: string): boolean {
  return /\.pem$/i.test(file.trim());
}
