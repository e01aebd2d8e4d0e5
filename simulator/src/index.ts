/**
 * Public API of the CallKit Flow simulator: the only import path the site, the CLI and the tests
 * use. Everything here runs the same in Node and in the browser. Pages that only need the data
 * (tables, the catalog) import ./data instead, which leaves the engine and XState out.
 */
export * from './data';

export {parseScenarioJson, validateScenario, formatScenarioError} from './scenario/validate';
export type {ScenarioError, ScenarioErrorCode, ScenarioResult} from './scenario/validate';

export type * from './trace/types';
export {lanes} from './trace/types';
export {appleApi, systemEvent} from './trace/apiNames';
export {formatTraceEntry, formatTraceText} from './trace/formatText';

export {createSimulation, runScenario, ScenarioInvalidError} from './engine/simulation';
export type {RunResult, Simulation} from './engine/simulation';
export type {
  ActionSnapshot,
  CallSnapshot,
  PhoneScreen,
  SimulationSnapshot,
} from './engine/snapshot';

export * from './diagram';

export * from './player';
export * from './tools';
