/**
 * Share links: the query string that restores a scenario and its what-if toggles.
 *
 *   ?scenario=<built-in id>&set=<toggle>:<value>,<toggle>:<value>
 *   ?json=<URI-encoded scenario JSON>&set=…
 *   …&configuration=<URI-encoded JSON of a partial provider configuration>
 *
 * Switch values are `on`/`off`; the app state takes its name (`background`). Every query string
 * is checked: anything wrong yields a specific message and falls back to the default scenario
 * (a bad toggle is dropped and the rest kept), never an exception. A `configuration` (from the
 * provider-configuration builder) is checked with the scenario validator's configuration rules,
 * key by key: a bad key is dropped with its message, the rest is applied over the scenario's own
 * configuration. These keys are a public contract: extend, never rename.
 */
import {builtinScenario} from '../scenarios/builtins';
import {formatScenarioError, parseScenarioJson, validateScenario} from '../scenario/validate';
import {quoteUserText} from '../scenario/errors';
import type {AppState, Scenario, ScenarioConfiguration} from '../scenario/types';
import {isAppState, whatIfToggle, type WhatIfOverrides} from './whatIf';

/** Longest query string accepted (a custom scenario travels inside it). */
export const maxShareQueryLength = 60_000;

export interface SharedSimulation {
  /**
   * The built-in id, or null for a custom scenario from `json`. With a `configuration` applied,
   * still the built-in the link names, though the scenario differs from it.
   */
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
  /**
   * Present only when the link carries a `configuration` with at least one valid key: those keys.
   * They are already applied to `shared.scenario`; when `shared` is null, apply them to the
   * default scenario with applyConfiguration.
   */
  configuration?: Partial<ScenarioConfiguration>;
}

/** The scenario with some provider-configuration values replaced (a new object). */
export function applyConfiguration(
  scenario: Scenario,
  configuration: Partial<ScenarioConfiguration>,
): Scenario {
  return {...scenario, configuration: {...scenario.configuration, ...configuration}};
}

/**
 * Parses the `configuration` value: JSON of a partial ScenarioConfiguration. Each key is checked
 * on its own with the scenario validator, so one bad key does not lose the others.
 */
export function parseLinkConfiguration(text: string): {
  configuration: Partial<ScenarioConfiguration>;
  problems: string[];
} {
  const problems: string[] = [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    problems.push(
      `The configuration in the link is not valid JSON (${quoteUserText(text)}); it was ignored.`,
    );
    return {configuration: {}, problems};
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    problems.push(
      `The configuration in the link must be a JSON object such as {"maximumCallGroups": 1}, not ${quoteUserText(text)}; it was ignored.`,
    );
    return {configuration: {}, problems};
  }
  const configuration: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(parsed)) {
    const result = validateScenario({configuration: {[key]: value}, steps: []});
    if (!result.ok) {
      problems.push(
        `A setting of the configuration in the link was ignored: ${formatScenarioError(result.error)}`,
      );
      continue;
    }
    configuration[key] = (result.scenario.configuration as unknown as Record<string, unknown>)[key];
  }
  // Every key was checked against ScenarioConfiguration by the validator above.
  return {configuration: configuration as Partial<ScenarioConfiguration>, problems};
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
      problems.push(`The link gives ${quoteUserText(key)} more than once; the first one was used.`);
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
      problems.push(
        `The link sets an unknown what-if toggle ${quoteUserText(id)}; it was ignored.`,
      );
      continue;
    }
    if (rest.length > 0) {
      problems.push(
        `The what-if setting ${quoteUserText(item)} has more than one ":"; it was ignored.`,
      );
      continue;
    }
    if (toggle.kind === 'switch') {
      if (value === 'on' || value === 'off') overrides[id] = value === 'on';
      else
        problems.push(
          `The what-if toggle "${id}" takes on or off, not ${quoteUserText(value)}; it was ignored.`,
        );
    } else if (isAppState(value)) {
      overrides[id] = value;
    } else {
      const allowed = toggle.options.map((option) => option.value).join(', ');
      problems.push(
        `The what-if toggle "${id}" takes one of ${allowed}, not ${quoteUserText(value)}; it was ignored.`,
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
  const configurationText = params.get('configuration');
  const overrides = set === undefined ? {} : parseOverrides(set, problems);
  const fromLink =
    configurationText === undefined ? null : parseLinkConfiguration(configurationText);
  if (fromLink) problems.push(...fromLink.problems);
  const configuration =
    fromLink && Object.keys(fromLink.configuration).length > 0 ? fromLink.configuration : null;
  const result = decodeScenario(id, json, overrides, problems);
  if (configuration === null) return result;
  return {
    ...result,
    shared: result.shared && {
      ...result.shared,
      scenario: applyConfiguration(result.shared.scenario, configuration),
    },
    configuration,
  };
}

function decodeScenario(
  id: string | undefined,
  json: string | undefined,
  overrides: WhatIfOverrides,
  problems: string[],
): DecodedShareLink {
  if (id !== undefined && json !== undefined) {
    problems.push(
      'The link has both a built-in scenario and a custom one; the built-in one was used.',
    );
  }
  if (id !== undefined) {
    const builtin = builtinScenario(id);
    if (!builtin) {
      problems.push(`There is no built-in scenario called ${quoteUserText(id)}.`);
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
 * scenario value itself (written as JSON), optionally with provider-configuration values to apply
 * over the scenario's own (written as JSON; none or an empty object adds nothing).
 */
export function encodeShareLink(
  source: {scenarioId: string} | {scenario: unknown},
  overrides: WhatIfOverrides,
  configuration?: Partial<ScenarioConfiguration>,
): string {
  const parts =
    'scenarioId' in source
      ? [`scenario=${encodeURIComponent(source.scenarioId)}`]
      : [`json=${encodeURIComponent(JSON.stringify(source.scenario))}`];
  const set = encodeOverrides(overrides);
  if (set !== '') parts.push(`set=${encodeURIComponent(set)}`);
  if (configuration !== undefined && Object.keys(configuration).length > 0) {
    parts.push(`configuration=${encodeURIComponent(JSON.stringify(configuration))}`);
  }
  return `?${parts.join('&')}`;
}
