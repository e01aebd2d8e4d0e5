/**
 * Public API of the CallKit Flow simulator: the only import path the site, the CLI and the tests
 * use. Everything here runs the same in Node and in the browser.
 */
export * from './vocabulary';

export type * from './scenario/types';
export {parseScenarioJson, validateScenario, formatScenarioError} from './scenario/validate';
export type {ScenarioError, ScenarioErrorCode, ScenarioResult} from './scenario/validate';
export {
  defaultAppProfile,
  defaultAssumptions,
  defaultCapabilities,
  defaultConfiguration,
  defaultDevice,
} from './scenario/defaults';
export {assumptionTable, type AssumptionInfo} from './scenario/assumptions';

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

export {builtinScenario, builtinScenarios, type BuiltinScenario} from './scenarios/builtins';

export * from './diagram';
export {
  errorCoverage,
  errorTables,
  type Coverage,
  type ErrorDomainName,
} from './scenarios/errorCoverage';
