/**
 * validateVoipPush: every problem in a VoIP push draft as a named message, plus the facts the page
 * shows (the body as sent and its size). Facts about APNs come from the guide
 * docs/pushkit/sending-pushes.mdx and spec §9.5; the rest are this tool's own checks and say so.
 * It never throws, whatever the draft holds.
 */
import {maxVoipPayloadBytes, utf8ByteLength} from '../../vocabulary/pushkit';
import {isUUID} from '../../vocabulary/uuid';
import {quoteUserText, type ToolMessage} from '../messages';
import type {VoipPushField, VoipPushMessageCode} from './codes';
import {
  apnsHosts,
  effectiveTopic,
  isP12File,
  isPemFile,
  requestUrl,
  type VoipPushDraft,
} from './draft';
import {formatBytes, formatCount} from './format';
import {parseWholeSeconds} from './headers';
import {
  describeJsonType,
  isPlainObject,
  lookupPath,
  parsePayload,
  type ParsedPayload,
} from './payload';
import {isRfcUuid} from './uuid';

export type VoipPushMessage = ToolMessage<VoipPushMessageCode> & {field: VoipPushField | null};

/**
 * This tool's choice, not Apple's number: Apple asks for an expiration of 0 or "a few seconds"
 * ahead (spec §9.5), so anything later than this many seconds is reported as too late.
 */
export const expirationLateThresholdSeconds = 30;

/** Below this, an apns-expiration value is a moment in 1970, not a time this year (1e9 s is 2001). */
export const durationLikeExpirationBelow = 1_000_000_000;

export interface VoipPushFacts {
  /** The body as sent (compact JSON), or null when the payload is not valid JSON. */
  body: string | null;
  bodyBytes: number | null;
  /** The payload's size as typed, in UTF-8 bytes. */
  typedBytes: number;
  limitBytes: number;
  host: string;
  url: string;
  topic: string;
}

export interface VoipPushValidation {
  messages: VoipPushMessage[];
  facts: VoipPushFacts;
  payload: ParsedPayload;
}

export interface ValidateOptions {
  /** The wall clock in UNIX seconds; null (on the server) skips the checks that need it. */
  nowSeconds: number | null;
}

const hexToken = /^(?:[0-9a-fA-F]{2})+$/;
const bundleIdPattern = /^[A-Za-z0-9.-]+$/;
const appleIdPattern = /^[A-Z0-9]{10}$/;
/** Printable ASCII and space: what an HTTP/2 field value can safely hold (RFC 9113 §8.2.1). */
const headerSafe = /^[\x20-\x7e]*$/;

function message(
  code: VoipPushMessageCode,
  severity: VoipPushMessage['severity'],
  field: VoipPushField | null,
  text: string,
  confidence?: VoipPushMessage['confidence'],
): VoipPushMessage {
  return confidence ? {code, severity, field, text, confidence} : {code, severity, field, text};
}

function checkPayload(
  draft: VoipPushDraft,
  parsed: ParsedPayload,
  typedBytes: number,
  out: VoipPushMessage[],
): void {
  if (!parsed.ok) {
    const {line, column, problem} = parsed.error;
    out.push(
      message(
        'invalid-json',
        'error',
        'payload',
        `The payload is not valid JSON: line ${line}, column ${column}: ${problem}.`,
      ),
    );
    return;
  }
  const bodyBytes = utf8ByteLength(parsed.body);
  if (bodyBytes > maxVoipPayloadBytes) {
    out.push(
      message(
        'payload-too-large',
        'error',
        'payload',
        `The body is ${formatBytes(bodyBytes)}; the VoIP limit is ${formatBytes(maxVoipPayloadBytes)}. APNs rejects it with 413 PayloadTooLarge and the phone never hears of the call. Leave out what the app can fetch later.`,
        'DOC',
      ),
    );
  } else if (typedBytes > maxVoipPayloadBytes) {
    out.push(
      message(
        'payload-compacted',
        'info',
        'payload',
        `As typed the payload is ${formatBytes(typedBytes)}, over the ${formatBytes(maxVoipPayloadBytes)} limit; the commands below send it without the spaces and line breaks (${formatBytes(bodyBytes)}). A server that sends it as typed gets 413 PayloadTooLarge.`,
        'DOC',
      ),
    );
  }
  for (const literal of parsed.unsafeIntegers.slice(0, 3)) {
    out.push(
      message(
        'payload-number-rounded',
        'warning',
        'payload',
        `${quoteUserText(literal)} is a larger integer than JSON parsers that use doubles (JavaScript, and often the app's own) keep exactly: this page sends it as ${JSON.stringify(Number(literal))}. Send long ids as strings.`,
      ),
    );
  }
  const value = parsed.value;
  if (!isPlainObject(value)) {
    out.push(
      message(
        'payload-not-object',
        'error',
        'payload',
        `The payload is valid JSON but ${describeJsonType(value)}: APNs needs a JSON dictionary (an object in braces), and the app reads its keys from PKPushPayload.dictionaryPayload.`,
        'DOC',
      ),
    );
    return;
  }
  const aps = Object.prototype.hasOwnProperty.call(value, 'aps') ? value.aps : undefined;
  if (isPlainObject(aps) && Object.prototype.hasOwnProperty.call(aps, 'alert')) {
    out.push(
      message(
        'payload-has-aps-alert',
        'info',
        'payload',
        'The payload has aps.alert. A VoIP push does not need an aps dictionary: iOS hands the whole payload to the PushKit delegate, and the call screen comes from the app reporting the call to CallKit.',
      ),
    );
  }
  const headerKeys = Object.keys(value).filter((key) => /^apns-/i.test(key));
  if (headerKeys.length > 0) {
    out.push(
      message(
        'payload-has-apns-headers',
        'warning',
        'payload',
        `The body has ${headerKeys
          .slice(0, 3)
          .map((key) => quoteUserText(key))
          .join(
            ', ',
          )}: APNs takes these as HTTP headers of the request, not as keys of the JSON body. Putting them in the body is a common cause of rejected pushes.`,
      ),
    );
  }
  checkExpectedKeys(draft, value, out);
}

function checkExpectedKeys(
  draft: VoipPushDraft,
  payload: Record<string, unknown>,
  out: VoipPushMessage[],
): void {
  const callIdKey = draft.callIdKey.trim();
  if (callIdKey.length === 0) {
    out.push(
      message(
        'missing-call-id',
        'error',
        'callIdKey',
        'Name the payload key your app reads the call id from (for example uuid, or data.callId for a nested key).',
      ),
    );
  } else {
    const found = lookupPath(payload, callIdKey);
    if (!found.found) {
      out.push(
        message(
          'missing-call-id',
          'error',
          'payload',
          `The payload has no ${quoteUserText(callIdKey)}${found.missingAt === callIdKey ? '' : ` (nothing at ${quoteUserText(found.missingAt)})`}, where your app expects the call id. Without it the app cannot report the call it was woken for, and it must still report one.`,
        ),
      );
    } else if (typeof found.value !== 'string' || found.value.trim().length === 0) {
      out.push(
        message(
          'missing-call-id',
          'error',
          'payload',
          `The call id at ${quoteUserText(callIdKey)} is ${typeof found.value === 'string' ? 'empty' : describeJsonType(found.value)}; the app needs a UUID string to report the call.`,
        ),
      );
    } else if (!isUUID(found.value)) {
      out.push(
        message(
          'call-id-not-uuid',
          'error',
          'payload',
          `The call id ${quoteUserText(found.value)} is not a UUID: UUID(uuidString:) accepts only 8-4-4-4-12 hex digits such as E621E1F8-C36C-495A-93FC-0C247A3E6E5F, and returns nil for anything else. Map other ids (a SIP Call-ID, a database id) to UUIDs on the server.`,
          'DOC',
        ),
      );
    } else {
      if (!isRfcUuid(found.value)) {
        out.push(
          message(
            'call-id-not-rfc4122',
            'warning',
            'payload',
            `The call id ${quoteUserText(found.value)} has the UUID shape, and Foundation's UUID(uuidString:) still parses it, but its version and variant digits are not those of an RFC 4122 UUID (RFC 9562 now): a random UUID has 4 as the first digit of the third group and 8, 9, A or B as the first of the fourth. Generate call ids with a UUID library.`,
          ),
        );
      }
      if (found.value !== found.value.toUpperCase()) {
        out.push(
          message(
            'call-id-lowercase',
            'info',
            'payload',
            'The call id is in lower case. UUID(uuidString:) accepts that, but uuidString gives it back in upper case: compare UUID values, not strings, when the server later names this call.',
          ),
        );
      }
    }
  }

  const callerKey = draft.callerKey.trim();
  if (callerKey.length === 0) {
    out.push(
      message(
        'missing-caller',
        'error',
        'callerKey',
        'Name the payload key your app reads the caller from (for example handle, or data.from for a nested key).',
      ),
    );
    return;
  }
  const caller = lookupPath(payload, callerKey);
  if (!caller.found) {
    out.push(
      message(
        'missing-caller',
        'error',
        'payload',
        `The payload has no ${quoteUserText(callerKey)}${caller.missingAt === callerKey ? '' : ` (nothing at ${quoteUserText(caller.missingAt)})`}, where your app expects the caller: without it the call screen has no handle to show or to call back.`,
      ),
    );
  } else if (typeof caller.value !== 'string' || caller.value.trim().length === 0) {
    out.push(
      message(
        'missing-caller',
        'error',
        'payload',
        `The caller at ${quoteUserText(callerKey)} is ${typeof caller.value === 'string' ? 'empty' : describeJsonType(caller.value)}; a CXHandle value is a non-empty string (send phone numbers as strings too).`,
      ),
    );
  }
}

function checkHeaders(
  draft: VoipPushDraft,
  nowSeconds: number | null,
  out: VoipPushMessage[],
): void {
  const pushType = draft.pushType.trim();
  if (!headerSafe.test(pushType)) {
    out.push(
      message(
        'header-value-invalid',
        'error',
        'pushType',
        'apns-push-type holds a line break, a control character or a non-ASCII character, which an HTTP/2 header value cannot carry.',
      ),
    );
  }
  if (pushType !== 'voip') {
    out.push(
      message(
        'push-type-not-voip',
        'error',
        'pushType',
        `apns-push-type is ${quoteUserText(pushType)}; a VoIP push needs exactly voip (lower case): that header is what tells APNs the push is a VoIP push, for PushKit.`,
        'DOC',
      ),
    );
  }

  const topic = effectiveTopic(draft).trim();
  const bundleId = draft.bundleId.trim();
  if (!headerSafe.test(topic)) {
    out.push(
      message(
        'header-value-invalid',
        'error',
        'topic',
        'apns-topic holds a line break, a control character or a non-ASCII character, which an HTTP/2 header value cannot carry.',
      ),
    );
  }
  if (!topic.endsWith('.voip')) {
    out.push(
      message(
        'topic-without-voip-suffix',
        'error',
        'topic',
        `apns-topic is ${quoteUserText(topic)}; the VoIP topic is the bundle id with .voip appended (${quoteUserText(`${bundleId || 'com.example.app'}.voip`)}). The plain bundle id is the topic of ordinary pushes: a VoIP token sent with it gets 400 DeviceTokenNotForTopic.`,
        'DOC',
      ),
    );
  } else if (topic !== `${bundleId}.voip`) {
    out.push(
      message(
        'topic-not-bundle-id',
        'warning',
        'topic',
        `apns-topic ${quoteUserText(topic)} is not this app's VoIP topic ${quoteUserText(`${bundleId}.voip`)}. A token of one app sent with another app's topic gets 400 DeviceTokenNotForTopic.`,
        'DOC',
      ),
    );
  }

  const priority = draft.priority.trim();
  if (priority === '5' || priority === '1') {
    out.push(
      message(
        'priority-not-10',
        'warning',
        'priority',
        `apns-priority is ${priority}. Everyone sends 10 (immediately) for VoIP pushes; whether APNs accepts ${priority} for a VoIP push is not known.`,
        'UNCONFIRMED',
      ),
    );
  } else if (priority.length > 0 && priority !== '10') {
    out.push(
      message(
        'priority-invalid',
        'error',
        'priority',
        `apns-priority is ${quoteUserText(priority)}; APNs priorities are 10, 5 or 1, and a VoIP push uses 10.`,
      ),
    );
  }

  checkExpiration(draft, nowSeconds, out);

  const apnsId = draft.apnsId.trim();
  if (apnsId.length > 0 && !isUUID(apnsId)) {
    out.push(
      message(
        'apns-id-not-uuid',
        'error',
        'apnsId',
        `apns-id ${quoteUserText(apnsId)} is not a UUID (8-4-4-4-12 hex digits). Leave it empty and APNs makes one and returns it in the response.`,
      ),
    );
  }
}

function checkExpiration(
  draft: VoipPushDraft,
  nowSeconds: number | null,
  out: VoipPushMessage[],
): void {
  const {mode, value} = draft.expiration;
  const stale = `A stored push can ring after the caller gave up. Apple asks for 0 or a few seconds ahead; this tool warns above ${expirationLateThresholdSeconds} s (its own threshold).`;
  if (mode === 'zero') return;
  if (mode === 'omit') {
    out.push(
      message(
        'expiration-too-late',
        'warning',
        'expiration',
        'No apns-expiration header: with a long or missing expiration, APNs may store the push while the phone is offline and deliver it after the caller gave up. Send 0, or a UNIX time a few seconds ahead.',
        'DOC',
      ),
    );
    return;
  }
  const seconds = parseWholeSeconds(value);
  if (seconds === null) {
    out.push(
      message(
        'expiration-not-number',
        'error',
        'expiration',
        `${quoteUserText(value.trim())} is not a whole number of seconds${/^-?[0-9]+$/.test(value.trim()) ? ' this page can handle (too large)' : ''}: apns-expiration is a UNIX time in seconds, digits only.`,
      ),
    );
    return;
  }
  if (mode === 'inSeconds') {
    if (seconds < 0) {
      out.push(
        message(
          'expiration-in-past',
          'warning',
          'expiration',
          `Now minus ${formatCount(-seconds)} s is already in the past. If you mean “do not store it”, send 0: APNs then treats the push as expiring at once and does not store it.`,
          'DOC',
        ),
      );
    } else if (seconds > expirationLateThresholdSeconds) {
      out.push(
        message(
          'expiration-too-late',
          'warning',
          'expiration',
          `The push stays valid for ${formatCount(seconds)} s. ${stale}`,
          'DOC',
        ),
      );
    }
    return;
  }
  // mode === 'at': an absolute UNIX time.
  if (seconds < 0) {
    out.push(
      message(
        'expiration-not-number',
        'error',
        'expiration',
        `${quoteUserText(value.trim())} is negative; apns-expiration is a UNIX time in seconds (0 or later).`,
      ),
    );
    return;
  }
  if (seconds === 0) return;
  if (seconds < durationLikeExpirationBelow) {
    out.push(
      message(
        'expiration-looks-like-duration',
        'warning',
        'expiration',
        `apns-expiration ${formatCount(seconds)} looks like a duration, but APNs reads the header as a UNIX time in seconds: this is a moment in ${seconds < 31_536_000 ? '1970' : 'the past (before 2001)'}, not ${formatCount(seconds)} s from now. Choose “now + seconds” for a relative expiration.`,
        'DOC',
      ),
    );
    return;
  }
  if (nowSeconds === null) return;
  if (seconds < nowSeconds) {
    out.push(
      message(
        'expiration-in-past',
        'warning',
        'expiration',
        `apns-expiration ${seconds} was ${formatCount(nowSeconds - seconds)} s ago. If you mean “do not store it”, send 0: APNs then treats the push as expiring at once and does not store it.`,
        'DOC',
      ),
    );
  } else if (seconds - nowSeconds > expirationLateThresholdSeconds) {
    out.push(
      message(
        'expiration-too-late',
        'warning',
        'expiration',
        `apns-expiration ${seconds} is ${formatCount(seconds - nowSeconds)} s from now. ${stale}`,
        'DOC',
      ),
    );
  }
}

function checkAddressing(draft: VoipPushDraft, out: VoipPushMessage[]): void {
  const bundleId = draft.bundleId.trim();
  if (!bundleIdPattern.test(bundleId)) {
    out.push(
      message(
        'bundle-id-invalid',
        'error',
        'bundleId',
        bundleId.length === 0
          ? 'The bundle id is empty; the VoIP topic is built from it (com.example.app → com.example.app.voip).'
          : `The bundle id ${quoteUserText(bundleId)} may hold only letters, digits, hyphens and periods.`,
      ),
    );
  }
  const token = draft.deviceToken.trim();
  if (!hexToken.test(token)) {
    const detail =
      token.length === 0
        ? 'is empty'
        : /^[0-9a-fA-F]+$/.test(token)
          ? `has an odd number of hex digits (${formatCount(token.length)}), so it is not whole bytes`
          : /[<>\s]/.test(token)
            ? 'has spaces or angle brackets: remove them, the path takes the bare hex digits'
            : `has characters other than hex digits (${quoteUserText(token, 20)})`;
    out.push(
      message(
        'device-token-not-hex',
        'error',
        'deviceToken',
        `The device token ${detail}. It must be the VoIP token from pushRegistry(_:didUpdate:for:) as hex, not the APNs device token from application(_:didRegisterForRemoteNotificationsWithDeviceToken:); APNs answers 400 BadDeviceToken for a token that is not valid.`,
        'DOC',
      ),
    );
  }
  const auth = draft.auth;
  if (auth.kind === 'token') {
    if (!appleIdPattern.test(auth.teamId.trim())) {
      out.push(
        message(
          'team-id-invalid',
          'error',
          'teamId',
          `The Team ID ${quoteUserText(auth.teamId.trim(), 20)} is not 10 capital letters and digits (shown in your developer account's Membership details); APNs answers 403 InvalidProviderToken for a token with the wrong Team ID.`,
          'DOC',
        ),
      );
    }
    if (!appleIdPattern.test(auth.keyId.trim())) {
      out.push(
        message(
          'key-id-invalid',
          'error',
          'keyId',
          `The Key ID ${quoteUserText(auth.keyId.trim(), 20)} is not 10 capital letters and digits (shown with the key, and in the AuthKey_<Key ID>.p8 file name); APNs answers 403 InvalidProviderToken for a token with the wrong Key ID.`,
          'DOC',
        ),
      );
    }
  } else {
    const file = auth.certificateFile.trim();
    if (file.length === 0) {
      out.push(
        message(
          'certificate-file-missing',
          'error',
          'certificateFile',
          'Name the certificate file: the VoIP Services certificate exported with its private key from Keychain Access as .p12, or converted to .pem.',
        ),
      );
    } else if (!isP12File(file) && !isPemFile(file)) {
      out.push(
        message(
          'certificate-file-type',
          'warning',
          'certificateFile',
          `${quoteUserText(file)} ends neither in .p12 nor in .pem; the commands below treat it as PEM (certificate and key in one file).`,
        ),
      );
    }
  }
}

export function validateVoipPush(
  draft: VoipPushDraft,
  options: ValidateOptions,
): VoipPushValidation {
  const parsed = parsePayload(draft.payload);
  const typedBytes = utf8ByteLength(draft.payload);
  const messages: VoipPushMessage[] = [];
  checkPayload(draft, parsed, typedBytes, messages);
  checkHeaders(draft, options.nowSeconds, messages);
  checkAddressing(draft, messages);
  return {
    messages,
    payload: parsed,
    facts: {
      body: parsed.ok ? parsed.body : null,
      bodyBytes: parsed.ok ? utf8ByteLength(parsed.body) : null,
      typedBytes,
      limitBytes: maxVoipPayloadBytes,
      host: apnsHosts[draft.environment],
      url: requestUrl(draft),
      topic: effectiveTopic(draft),
    },
  };
}
