/**
 * Groups for the scenario catalog, derived from each built-in's spec sections and first step
 * rather than listed per scenario. A unit test fails when a built-in matches no rule.
 */
import type {BuiltinScenario, Scenario} from '@site/simulator/src/data';

import {scenarioAnchor} from './anchors';
import {escapeHtml, type TocEntry} from './format';

export const scenarioGroups = [
  {
    id: 'incoming-calls',
    title: 'Incoming calls',
    intro: 'A call arrives, rings in the system UI and is answered, declined or left to ring.',
  },
  {
    id: 'outgoing-calls',
    title: 'Outgoing calls',
    intro: 'The user places a call from the app and it connects, fails or goes unanswered.',
  },
  {
    id: 'pushkit',
    title: 'PushKit',
    intro: 'VoIP pushes, the report-before-return rule and what happens when an app breaks it.',
  },
  {
    id: 'filtering',
    title: 'Filtering',
    intro: 'Calls the system refuses to show before they ever ring.',
  },
  {
    id: 'actions-and-timeouts',
    title: 'Actions and timeouts',
    intro: 'How the app fulfils, fails or forgets the actions CallKit hands it.',
  },
  {
    id: 'call-waiting-and-cellular',
    title: 'Call waiting and cellular calls',
    intro: 'A second call arrives while one is in progress.',
  },
  {
    id: 'errors-and-lifecycle',
    title: 'Errors and provider lifecycle',
    intro: 'Requests and reports the system rejects, and a provider that goes away.',
  },
] as const;

export type ScenarioGroup = (typeof scenarioGroups)[number];
export type ScenarioGroupId = ScenarioGroup['id'];

/** True when `section` is `chapter` or one of its subsections: §9.3 is within §9. */
function within(section: string, chapter: string): boolean {
  return section === chapter || section.startsWith(`${chapter}.`);
}

function primarySection(scenario: Scenario): string {
  return scenario.specSections[0] ?? '';
}

function hasSection(scenario: Scenario, chapter: string): boolean {
  return scenario.specSections.some((section) => within(section, chapter));
}

function firstEvent(scenario: Scenario): string | undefined {
  return scenario.steps[0]?.event;
}

interface Rule {
  readonly group: ScenarioGroupId;
  readonly matches: (scenario: Scenario) => boolean;
}

/** First match wins. The spec sections are the topic; the first one listed is the main one. */
const rules: readonly Rule[] = [
  // §8.4 Filtering together with §2.3, the errors reportNewIncomingCall returns.
  {group: 'filtering', matches: (s) => hasSection(s, '§8.4') && hasSection(s, '§2.3')},
  // §8.2 call waiting, §8.3 cross-provider (cellular) interplay.
  {
    group: 'call-waiting-and-cellular',
    matches: (s) => ['§8.2', '§8.3'].some((chapter) => within(primarySection(s), chapter)),
  },
  // §11.1 the canonical incoming call, §8.1 presentation, §5.1 audio, §9.4 app states.
  {
    group: 'incoming-calls',
    matches: (s) =>
      ['§11.1', '§8.1', '§5.1', '§9.4'].some((chapter) => within(primarySection(s), chapter)),
  },
  {group: 'pushkit', matches: (s) => within(primarySection(s), '§9')},
  // §2.2 / §2.3 error codes, §3.3 providerDidReset.
  {
    group: 'errors-and-lifecycle',
    matches: (s) =>
      hasSection(s, '§2.2') || hasSection(s, '§2.3') || within(primarySection(s), '§3.3'),
  },
  {group: 'outgoing-calls', matches: (s) => firstEvent(s) === 'user.startCall'},
  // §1 actions.
  {group: 'actions-and-timeouts', matches: (s) => within(primarySection(s), '§1')},
  {group: 'incoming-calls', matches: (s) => firstEvent(s) === 'server.voipPush'},
];

/** The catalog group of a scenario; null when no rule matches (a unit test forbids that). */
export function scenarioGroupOf(scenario: Scenario): ScenarioGroupId | null {
  return rules.find((rule) => rule.matches(scenario))?.group ?? null;
}

export interface GroupedScenarios {
  readonly group: ScenarioGroup;
  readonly scenarios: readonly BuiltinScenario[];
}

/** Non-empty groups in catalog order, each with its built-ins in catalog order. */
export function groupScenarios(builtins: readonly BuiltinScenario[]): GroupedScenarios[] {
  const ungrouped = builtins.filter((builtin) => scenarioGroupOf(builtin.scenario) === null);
  if (ungrouped.length > 0) {
    throw new Error(
      `built-in scenarios without a catalog group: ${ungrouped.map((b) => b.id).join(', ')}`,
    );
  }
  return scenarioGroups
    .map((group) => ({
      group,
      scenarios: builtins.filter((builtin) => scenarioGroupOf(builtin.scenario) === group.id),
    }))
    .filter((entry) => entry.scenarios.length > 0);
}

/** The catalog page's table of contents: groups (level 2) and scenarios (level 3). */
export function scenarioCatalogToc(builtins: readonly BuiltinScenario[]): TocEntry[] {
  return groupScenarios(builtins).flatMap(({group, scenarios}) => [
    {value: escapeHtml(group.title), id: group.id, level: 2},
    ...scenarios.map((builtin) => ({
      value: escapeHtml(builtin.title),
      id: scenarioAnchor(builtin.id),
      level: 3,
    })),
  ]);
}
