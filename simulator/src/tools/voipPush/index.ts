/**
 * The VoIP push composer's logic: the request draft, its validation, the JWT description, the
 * curl generator and delivery to the simulator (the Node.js generator is the page's:
 * src/components/tools/VoipPushComposer/nodeSnippet.ts). Engine-free (no XState, no engine),
 * so the page renders all of it on the server.
 */
export {
  apnsHosts,
  apnsPort,
  createDefaultDraft,
  defaultCallId,
  defaultCertificateFile,
  defaultKeyId,
  defaultPayload,
  defaultTeamId,
  effectiveTopic,
  expirationModes,
  isP12File,
  isPemFile,
  keyFileName,
  requestPath,
  requestUrl,
  type ApnsEnvironment,
  type AuthDraft,
  type CertificateAuthDraft,
  type ExpirationDraft,
  type ExpirationMode,
  type TokenAuthDraft,
  type VoipPushDraft,
} from './draft';
export {
  voipPushDeliveryCodes,
  voipPushMessageCodes,
  type VoipPushDeliveryCode,
  type VoipPushField,
  type VoipPushMessageCode,
} from './codes';
export {
  durationLikeExpirationBelow,
  expirationLateThresholdSeconds,
  validateVoipPush,
  type ValidateOptions,
  type VoipPushFacts,
  type VoipPushMessage,
  type VoipPushValidation,
} from './validate';
export {
  expirationHeader,
  parseWholeSeconds,
  requestHeaders,
  type HeaderValue,
  type RequestHeader,
} from './headers';
export {lookupPath, parsePayload, type ParsedPayload} from './payload';
export {lineAndColumn, scanJson, type JsonScan} from '../../scenario/json';
export {isRfcUuid, uuidBits} from './uuid';
export {formatBytes, formatCount} from './format';
export {base64url, base64urlFromBytes, utf8Bytes} from './base64url';
export {describeJwt, jwtRefreshMinutes, type JwtDescription} from './jwt';
export {curlCertName, shellQuote} from './shell';
export {bodyAsSent, generateCurl} from './curl';
export {
  appBehaviour,
  appBehaviours,
  defaultPhoneState,
  deliverVoipPush,
  simulatorPayloadKeys,
  type AppBehaviour,
  type AppBehaviourId,
  type DeliveryOptions,
  type PhoneState,
  type VoipPushDelivery,
  type VoipPushDeliveryMessage,
} from './delivery';
