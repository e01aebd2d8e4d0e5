/**
 * What scenario validation reports: the first problem found, as a code, a precise path into the
 * scenario (`steps[3].payload`, `app.fulfill.CXAnswerCallAction`) and a one-line message.
 * The codes are a public contract (the CLI, the UI and outside checks read them): extend, never
 * rename.
 */
import type {Scenario} from './types';

export type ScenarioErrorCode =
  | 'malformedJson'
  | 'notAnObject'
  | 'missingField'
  | 'wrongType'
  | 'unknownKey'
  | 'unknownEvent'
  | 'negativeTime'
  | 'decreasingTime'
  | 'invalidUUID'
  | 'unknownActionKind'
  | 'unknownHandleType'
  | 'unknownEndedReason'
  | 'invalidValue'
  | 'tooManySteps';

const errorCodeSet = {
  malformedJson: true,
  notAnObject: true,
  missingField: true,
  wrongType: true,
  unknownKey: true,
  unknownEvent: true,
  negativeTime: true,
  decreasingTime: true,
  invalidUUID: true,
  unknownActionKind: true,
  unknownHandleType: true,
  unknownEndedReason: true,
  invalidValue: true,
  tooManySteps: true,
} as const satisfies Record<ScenarioErrorCode, true>;

/** Every error code, in declaration order. */
export const scenarioErrorCodes: readonly ScenarioErrorCode[] = Object.freeze(
  Object.keys(errorCodeSet).filter(isScenarioErrorCode),
);

export function isScenarioErrorCode(value: string): value is ScenarioErrorCode {
  return Object.hasOwn(errorCodeSet, value);
}

export interface ScenarioError {
  code: ScenarioErrorCode;
  /** Where the problem is: `''` for the scenario as a whole, else e.g. `steps[2].at`. */
  path: string;
  /** What is wrong and what is allowed, in one line. */
  message: string;
  /**
   * Where in the text a JSON syntax error is (`malformedJson` only): 1-based line and column
   * (columns in code points) and the UTF-16 offset, e.g. for an editor to put its caret there.
   */
  position?: {line: number; column: number; offset: number};
}

export type ScenarioResult = {ok: true; scenario: Scenario} | {ok: false; error: ScenarioError};

/** Line breaks and other control characters, which would split a one-line report. */
// eslint-disable-next-line no-control-regex
const controlCharacters = /[\u0000-\u001f\u007f\u2028\u2029]/g;

/** Replaces control characters (line breaks included) by visible escapes such as `\n`. */
export function toOneLine(text: string): string {
  return text.replace(controlCharacters, (ch) => {
    if (ch === '\n') return '\\n';
    if (ch === '\r') return '\\r';
    if (ch === '\t') return '\\t';
    return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

/**
 * One line: `<path>: <message>`, e.g.
 * `steps[2].at: must not be smaller than the previous step's at (2000); got 1500`.
 * An error about the scenario as a whole (empty path) reads `scenario: <message>`.
 */
export function formatScenarioError(error: ScenarioError): string {
  const where = error.path === '' ? 'scenario' : error.path;
  return toOneLine(`${where}: ${error.message}`);
}

/** Longest piece of reader text quoted back in a message. */
export const maxQuotedLength = 60;

/** Text cut to `max` UTF-16 units, with an ellipsis when cut. */
export function shorten(text: string, max = maxQuotedLength): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/**
 * Reader text quoted back in a message (validator, share links, tools): shortened, then written as
 * a JSON string literal, so it is safe to show and unambiguous about spaces and control characters.
 */
export function quoteUserText(text: string, max = maxQuotedLength): string {
  return JSON.stringify(shorten(text, max));
}
