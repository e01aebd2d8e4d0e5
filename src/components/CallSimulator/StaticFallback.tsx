import type {ReactNode} from 'react';

import type {Scenario} from '@site/simulator/src/data';

import {describeStep} from '../reference/describeStep';
import {formatSeconds} from '../reference/format';
import styles from './styles.module.css';

/**
 * What the server build renders, and what readers without JavaScript keep: the scenario's title,
 * description and steps. The interactive simulator replaces it in the browser.
 */
export default function StaticFallback({
  scenario,
  scenarioId,
  message,
}: {
  scenario: Scenario;
  scenarioId: string;
  /** Why the simulator is not running (loading, an error), shown above the steps. */
  message: ReactNode;
}): ReactNode {
  return (
    <section
      className={styles.simulator}
      data-testid="call-simulator"
      data-scenario={scenarioId}
      data-ready="false"
      aria-label={`Call simulator: ${scenario.title}`}>
      <header className={styles.header}>
        <p className={styles.kicker}>Call simulator</p>
        <h3 className={styles.title}>{scenario.title}</h3>
        <p className={styles.description}>{scenario.description}</p>
      </header>
      <p className={styles.fallbackMessage}>{message}</p>
      <ol className={styles.fallbackSteps}>
        {scenario.steps.map((step, index) => (
          // Steps have no identity of their own; their order is fixed.
          <li key={index}>
            <span className={styles.fallbackTime}>{formatSeconds(step.at)}</span>{' '}
            {describeStep(step)}
          </li>
        ))}
      </ol>
    </section>
  );
}
