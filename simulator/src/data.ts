/**
 * The simulator's data without its engine: the vocabulary, the named assumptions, the built-in
 * scenarios, which errors they reproduce, and the troubleshooting catalog. Pages that only show
 * tables import this, so they do not pull the engine and XState into the reader's browser.
 */
export * from './vocabulary';
export type * from './scenario/types';
export {assumptionTable, type AssumptionInfo} from './scenario/assumptions';
export {
  defaultAppProfile,
  defaultAssumptions,
  defaultCapabilities,
  defaultConfiguration,
  defaultDevice,
} from './scenario/defaults';
export {builtinScenario, builtinScenarios, type BuiltinScenario} from './scenarios/builtins';
export {
  errorCoverage,
  errorTables,
  type Coverage,
  type ErrorDomainName,
} from './scenarios/errorCoverage';
export * from './troubleshooting';
