/**
 * Which built-in scenarios reproduce which CallKit error: every built-in is run once through the
 * engine and its trace searched for entries carrying that error. This runs in Node only: the
 * simulatorData plugin computes it once per build and hands the pages the result as global data.
 */
// A relative path: this module is also loaded by the simulatorData plugin, where @site is not set.
import {builtinScenarios, runScenario, type BuiltinScenario} from '../../../simulator/src';

function errorKey(domain: string, code: number): string {
  return `${domain}:${code}`;
}

/** Maps `domain:code` to the built-ins whose trace shows that error, in catalog order. */
export function indexErrorsByScenario(
  builtins: readonly BuiltinScenario[],
): ReadonlyMap<string, readonly BuiltinScenario[]> {
  const index = new Map<string, BuiltinScenario[]>();
  for (const builtin of builtins) {
    const keys = new Set<string>();
    for (const entry of runScenario(builtin.scenario).trace) {
      if (entry.error) keys.add(errorKey(entry.error.domain, entry.error.code));
    }
    for (const key of keys) {
      const list = index.get(key) ?? [];
      list.push(builtin);
      index.set(key, list);
    }
  }
  return index;
}

let memo: ReadonlyMap<string, readonly BuiltinScenario[]> | null = null;

/** The built-ins whose trace shows `domain` error `code` (e.g. request transaction error 4). */
export function scenariosReproducingError(
  domain: string,
  code: number,
): readonly BuiltinScenario[] {
  memo ??= indexErrorsByScenario(builtinScenarios());
  return memo.get(errorKey(domain, code)) ?? [];
}

/** A scenario as the reference pages link to it. */
export interface ScenarioLink {
  id: string;
  title: string;
}

/** `domain:code` → the reproducing built-ins, as plain JSON for Docusaurus global data. */
export type ErrorScenarioIndex = Readonly<Record<string, readonly ScenarioLink[]>>;

export function errorScenarioIndex(): ErrorScenarioIndex {
  const index: Record<string, ScenarioLink[]> = {};
  for (const [key, builtins] of indexErrorsByScenario(builtinScenarios())) {
    index[key] = builtins.map((builtin) => ({id: builtin.id, title: builtin.title}));
  }
  return index;
}

export {errorKey};
