/**
 * The built-in scenarios: JSON files in simulator/scenarios/, in the same format readers write.
 * Each is validated when first read; an invalid built-in is a bug that the unit tests catch.
 */
import lockedPushAnswer from '../../scenarios/locked-push-answer.json';
import outgoingCall from '../../scenarios/outgoing-call.json';
import pushNeverReported from '../../scenarios/push-never-reported.json';
import {validateScenario} from '../scenario/validate';
import type {Scenario} from '../scenario/types';

const builtinSources: readonly unknown[] = [lockedPushAnswer, outgoingCall, pushNeverReported];

export interface BuiltinScenario {
  id: string;
  title: string;
  description: string;
  scenario: Scenario;
}

let cache: readonly BuiltinScenario[] | null = null;

export function builtinScenarios(): readonly BuiltinScenario[] {
  if (cache) return cache;
  cache = builtinSources.map((source, index) => {
    const result = validateScenario(source);
    if (!result.ok) {
      throw new Error(
        `built-in scenario #${index} is invalid: ${result.error.path}: ${result.error.message}`,
      );
    }
    const {scenario} = result;
    if (!scenario.id) throw new Error(`built-in scenario "${scenario.title}" has no id`);
    return {id: scenario.id, title: scenario.title, description: scenario.description, scenario};
  });
  return cache;
}

export function builtinScenario(id: string): BuiltinScenario | undefined {
  return builtinScenarios().find((entry) => entry.id === id);
}
