/**
 * Build-time data from the simulator for the site's pages. Runs in Node during the build, so
 * pages receive results (for example which built-in scenario reproduces each error code) without
 * running the engine in the reader's browser.
 */
import type {LoadContext, Plugin} from '@docusaurus/types';

import {errorScenarioIndex, type ErrorScenarioIndex} from '../components/reference/errorScenarios';

export const simulatorDataPluginName = 'callkit-flow-simulator-data';

export interface SimulatorData {
  errorScenarios: ErrorScenarioIndex;
}

export default function simulatorDataPlugin(_context: LoadContext): Plugin {
  return {
    name: simulatorDataPluginName,
    async loadContent(): Promise<SimulatorData> {
      return {errorScenarios: errorScenarioIndex()};
    },
    async contentLoaded({content, actions}) {
      actions.setGlobalData(content);
    },
  };
}
