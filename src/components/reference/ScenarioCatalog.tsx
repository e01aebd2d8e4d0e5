import type {ReactNode} from 'react';
import Heading from '@theme/Heading';
import {builtinScenarios} from '@site/simulator/src/data';

import {groupScenarios} from './scenarioGroups';
import ScenarioEntry from './ScenarioEntry';

/** Every built-in scenario, grouped by topic; each has an anchor named after its id. */
export default function ScenarioCatalog(): ReactNode {
  return (
    <>
      {groupScenarios(builtinScenarios()).map(({group, scenarios}) => (
        <section key={group.id} data-testid="scenario-group">
          <Heading as="h2" id={group.id}>
            {group.title}
          </Heading>
          <p>{group.intro}</p>
          {scenarios.map((builtin) => (
            <ScenarioEntry key={builtin.id} builtin={builtin} />
          ))}
        </section>
      ))}
    </>
  );
}
