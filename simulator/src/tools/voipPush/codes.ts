/**
 * The stable codes of the VoIP push composer's messages: a public contract (the page writes them
 * into `data-code`, tests and outside checks match on them). Extend, never rename.
 */

/** Codes of validateVoipPush. */
export const voipPushMessageCodes = [
  // The payload
  'invalid-json',
  'payload-not-object',
  'payload-too-large',
  'payload-compacted',
  'payload-number-rounded',
  'payload-has-aps-alert',
  'payload-has-apns-headers',
  // What the app expects in it
  'missing-call-id',
  'missing-caller',
  'call-id-not-uuid',
  'call-id-not-rfc4122',
  'call-id-lowercase',
  // Headers
  'push-type-not-voip',
  'topic-without-voip-suffix',
  'topic-not-bundle-id',
  'header-value-invalid',
  'priority-not-10',
  'priority-invalid',
  'expiration-too-late',
  'expiration-looks-like-duration',
  'expiration-in-past',
  'expiration-not-number',
  'apns-id-not-uuid',
  // Addressing and credentials
  'bundle-id-invalid',
  'device-token-not-hex',
  'team-id-invalid',
  'key-id-invalid',
  'certificate-file-missing',
  'certificate-file-type',
] as const;

export type VoipPushMessageCode = (typeof voipPushMessageCodes)[number];

/** Codes of deliverVoipPush: why nothing would reach the phone. */
export const voipPushDeliveryCodes = [
  'not-delivered-invalid-json',
  'not-delivered-not-object',
  'not-delivered-push-type',
  'not-delivered-topic',
  'not-delivered-device-token',
  'not-delivered-too-deep',
] as const;

export type VoipPushDeliveryCode = (typeof voipPushDeliveryCodes)[number];

/** The form fields messages point at (the page maps them to inputs for aria-describedby). */
export type VoipPushField =
  | 'payload'
  | 'environment'
  | 'teamId'
  | 'keyId'
  | 'keyFile'
  | 'certificateFile'
  | 'bundleId'
  | 'deviceToken'
  | 'pushType'
  | 'topic'
  | 'priority'
  | 'expiration'
  | 'apnsId'
  | 'callIdKey'
  | 'callerKey';
