/**
 * "Try it": the playground link that opens a built-in scenario with the builder's configuration
 * applied (share link `?scenario=<id>&configuration=<JSON>`). Only the part the simulator models
 * travels: the icon and supportsAudioTranslation are not simulated.
 */
import {encodeShareLink} from '../../player/shareLink';
import {builtinScenario} from '../../scenarios/builtins';
import type {BuilderConfiguration} from './fields';
import {toScenarioConfiguration} from './validate';

/** Built-ins where the configuration shows: call waiting, a locked answer, merging, the limit. */
export const tryItScenarioIds = [
  'call-waiting-hold-and-accept',
  'locked-push-answer',
  'merge-calls',
  'maximum-call-groups',
] as const;

export type TryItScenarioId = (typeof tryItScenarioIds)[number];

export const defaultTryItScenarioId: TryItScenarioId = 'call-waiting-hold-and-accept';

export interface TryItScenario {
  readonly id: TryItScenarioId;
  readonly title: string;
}

/** The scenarios to offer, with their titles (ids that are not built-ins are left out). */
export function tryItScenarios(): TryItScenario[] {
  return tryItScenarioIds.flatMap((id) => {
    const builtin = builtinScenario(id);
    return builtin ? [{id, title: builtin.scenario.title}] : [];
  });
}

export function isTryItScenarioId(id: string): id is TryItScenarioId {
  return (tryItScenarioIds as readonly string[]).includes(id);
}

/** The playground query (starting with `?`) for a scenario with this configuration applied. */
export function tryItQuery(scenarioId: string, configuration: BuilderConfiguration): string {
  return encodeShareLink({scenarioId}, {}, toScenarioConfiguration(configuration));
}
