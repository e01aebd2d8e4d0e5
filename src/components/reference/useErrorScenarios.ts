import {usePluginData} from '@docusaurus/useGlobalData';

import type {SimulatorData} from '../../plugins/simulatorData';
import type {ScenarioLink} from './errorScenarios';

/** The built-ins that reproduce an error, computed at build time by the simulatorData plugin. */
export function useErrorScenarios(domain: string, code: number): readonly ScenarioLink[] {
  const data = usePluginData('callkit-flow-simulator-data') as SimulatorData | undefined;
  return data?.errorScenarios[`${domain}:${code}`] ?? [];
}
