/**
 * The APNs request headers a draft produces (authorization aside, which depends on the auth kind),
 * in the order the generators write them. Values are trimmed; an expiration `inSeconds` stays
 * relative so each generator can compute it at send time.
 */
import {effectiveTopic, type VoipPushDraft} from './draft';

export type HeaderValue =
  | {kind: 'literal'; value: string}
  /** now + seconds, computed when the request is sent. */
  | {kind: 'relative'; seconds: number};

export interface RequestHeader {
  name: string;
  value: HeaderValue;
}

/** A whole number of seconds as typed (optional minus sign, digits), or null. */
export function parseWholeSeconds(text: string): number | null {
  const trimmed = text.trim();
  if (!/^-?[0-9]+$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return Number.isSafeInteger(value) ? value : null;
}

/** The apns-expiration header: null when the mode omits it. */
export function expirationHeader(draft: VoipPushDraft): HeaderValue | null {
  const {mode, value} = draft.expiration;
  switch (mode) {
    case 'zero':
      return {kind: 'literal', value: '0'};
    case 'omit':
      return null;
    case 'at': {
      const seconds = parseWholeSeconds(value);
      return {kind: 'literal', value: seconds === null ? value.trim() : String(seconds)};
    }
    case 'inSeconds': {
      const seconds = parseWholeSeconds(value);
      // Not a number: the generators show the text as typed (quoted), never inside arithmetic.
      return seconds === null
        ? {kind: 'literal', value: value.trim()}
        : {kind: 'relative', seconds};
    }
  }
}

export function requestHeaders(draft: VoipPushDraft): RequestHeader[] {
  const headers: RequestHeader[] = [
    {name: 'apns-push-type', value: {kind: 'literal', value: draft.pushType.trim()}},
    {name: 'apns-topic', value: {kind: 'literal', value: effectiveTopic(draft).trim()}},
  ];
  const priority = draft.priority.trim();
  if (priority.length > 0)
    headers.push({name: 'apns-priority', value: {kind: 'literal', value: priority}});
  const expiration = expirationHeader(draft);
  if (expiration) headers.push({name: 'apns-expiration', value: expiration});
  const apnsId = draft.apnsId.trim();
  if (apnsId.length > 0) headers.push({name: 'apns-id', value: {kind: 'literal', value: apnsId}});
  return headers;
}
