/**
 * Share links: the query string that restores a scenario and its what-if toggles.
 *
 *   ?scenario=<built-in id>&set=<toggle>:<value>,<toggle>:<value>
 *   ?json=<URI-encoded scenario JSON>&set=…
 *
 * Switch values are `on`/`off`; the app state takes its name (`background`). Every query string
 * is checked: anything wrong yields a specific message and falls back to the default scenario
 * (a bad toggle is dropped and the rest kept), never an exception. These keys are a public
 * contract: extend, never rename.
 */
import {builtinScenario} from '../scenarios/builtins';
import {formatScenarioError, parseScenarioJson} from '../scenario/validate';
import type {AppState, Scenario} from '../scenario/types';
import {isAppState, whatIfToggle, type WhatIfOverrides} from './whatIf';

/** Longest query string accepted (a custom scenario travels inside it). */
export const maxShareQueryLength = 60_000;
/** Longest piece of user text quoted back in a message. */
const maxQuoted = 60;

export interface SharedSimulation {
  /** The built-in id, or null for a custom scenario from `json`. */
  scenarioId: string | null;
  scenario: Scenario;
  overrides: WhatIfOverrides;
}

export interface DecodedShareLink {
  /** Null when the link names no scenario or the scenario was rejected: use the default. */
  shared: SharedSimulation | null;
  /**
   * The what-if settings the link carries. They are also in `shared`; when the link names no
   * scenario (or a bad one), apply them to the default scenario.
   */
  overrides: WhatIfOverrides;
  /** One specific message per problem, safe to show as text. */
  problems: string[];
}

function quote(text: string): string {
  const short = text.length > maxQuoted ? `${text.slice(0, maxQuoted)}…` : text;
  return JSON.stringify(short);
}

function decodePart(text: string): string | null {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/** Parses `a=1&b=2` (with or without `?`) into the first value of each key. */
function parseQuery(search: string): {params: Map<string, string>; problems: string[]} {
  const params = new Map<string, string>();
  const problems: string[] = [];
  const body = search.startsWith('?') ? search.slice(1) : search;
  for (const pair of body.split('&')) {
    if (pair === '') continue;
    const cut = pair.indexOf('=');
    const key = decodePart(cut === -1 ? pair : pair.slice(0, cut));
    const value = decodePart(cut === -1 ? '' : pair.slice(cut + 1));
    if (key === null || value === null) {
      problems.push('The link is damaged: part of it is not valid URL encoding.');
      continue;
    }
    if (params.has(key)) {
      problems.push(`The link gives ${quote(key)} more than once; the first one was used.`);
    } else {
      params.set(key, value);
    }
  }
  return {params, problems};
}

function parseOverrides(text: string, problems: string[]): WhatIfOverrides {
  const overrides: Record<string, boolean | AppState> = {};
  for (const item of text.split(',')) {
    if (item.trim() === '') continue;
    const [id = '', value = '', ...rest] = item.split(':');
    const toggle = whatIfToggle(id);
    if (toggle && Object.prototype.hasOwnProperty.call(overrides, id)) {
      problems.push(
        `The link sets the what-if toggle "${id}" more than once; the first one was used.`,
      );
      continue;
    }
    if (!toggle) {
      problems.push(`The link sets an unknown what-if toggle ${quote(id)}; it was ignored.`);
      continue;
    }
    if (rest.length > 0) {
      problems.push(`The what-if setting ${quote(item)} has more than one ":"; it was ignored.`);
      continue;
    }
    if (toggle.kind === 'switch') {
      if (value === 'on' || value === 'off') overrides[id] = value === 'on';
      else
        problems.push(
          `The what-if toggle "${id}" takes on or off, not ${quote(value)}; it was ignored.`,
        );
    } else if (isAppState(value)) {
      overrides[id] = value;
    } else {
      const allowed = toggle.options.map((option) => option.value).join(', ');
      problems.push(
        `The what-if toggle "${id}" takes one of ${allowed}, not ${quote(value)}; it was ignored.`,
      );
    }
  }
  return overrides;
}

/** Parses the `set` value alone (`forgetToFulfil:on,locked:off`), e.g. from an MDX prop. */
export function parseWhatIf(text: string): {overrides: WhatIfOverrides; problems: string[]} {
  const problems: string[] = [];
  const overrides = parseOverrides(text, problems);
  return {overrides, problems};
}

export function decodeShareLink(search: string): DecodedShareLink {
  if (search.length > maxShareQueryLength) {
    return {
      shared: null,
      overrides: {},
      problems: [
        `The link is too long (${search.length} characters; the limit is ${maxShareQueryLength}).`,
      ],
    };
  }
  const {params, problems} = parseQuery(search);
  const id = params.get('scenario');
  const json = params.get('json');
  const set = params.get('set');
  const overrides = set === undefined ? {} : parseOverrides(set, problems);
  if (id !== undefined && json !== undefined) {
    problems.push(
      'The link has both a built-in scenario and a custom one; the built-in one was used.',
    );
  }
  if (id !== undefined) {
    const builtin = builtinScenario(id);
    if (!builtin) {
      problems.push(`There is no built-in scenario called ${quote(id)}.`);
      return {shared: null, overrides, problems};
    }
    return {
      shared: {scenarioId: builtin.id, scenario: builtin.scenario, overrides},
      overrides,
      problems,
    };
  }
  if (json !== undefined) {
    const result = parseScenarioJson(json);
    if (!result.ok) {
      problems.push(`The scenario in the link is invalid: ${formatScenarioError(result.error)}`);
      return {shared: null, overrides, problems};
    }
    return {shared: {scenarioId: null, scenario: result.scenario, overrides}, overrides, problems};
  }
  return {shared: null, overrides, problems};
}

function encodeOverrides(overrides: WhatIfOverrides): string {
  return Object.entries(overrides)
    .map(([id, value]) => `${id}:${typeof value === 'boolean' ? (value ? 'on' : 'off') : value}`)
    .join(',');
}

/**
 * The query string (starting with `?`) for a built-in scenario, or for a custom one given as the
 * scenario value itself (written as JSON).
 */
export function encodeShareLink(
  source: {scenarioId: string} | {scenario: unknown},
  overrides: WhatIfOverrides,
): string {
  const parts =
    'scenarioId' in source
      ? [`scenario=${encodeURIComponent(source.scenarioId)}`]
      : [`json=${encodeURIComponent(JSON.stringify(source.scenario))}`];
  const set = encodeOverrides(overrides);
  if (set !== '') parts.push(`set=${encodeURIComponent(set)}`);
  return `?${parts.join('&')}`;
}
