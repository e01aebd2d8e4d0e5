import type {ReactNode} from 'react';
import Heading from '@theme/Heading';
import type {BuiltinScenario} from '@site/simulator/src/data';

import {scenarioAnchor} from './anchors';
import {describeStep} from './describeStep';
import {formatSeconds} from './format';
import {settingChanges} from './scenarioSetup';
import styles from './styles.module.css';

/** One built-in: title (the anchor other pages link to), what it shows, and its steps. */
export default function ScenarioEntry({builtin}: {builtin: BuiltinScenario}): ReactNode {
  const {scenario} = builtin;
  const changes = settingChanges(scenario);
  return (
    <article className={styles.entry} data-testid="scenario-section">
      <Heading as="h3" id={scenarioAnchor(builtin.id)}>
        {builtin.title}
      </Heading>
      <p className={styles.meta}>
        <span>
          Id <code>{builtin.id}</code>
        </span>
        {scenario.specSections.length > 0 ? (
          <span>Spec sections {scenario.specSections.join(', ')}</span>
        ) : null}
        {scenario.painPoints.length > 0 ? (
          <span>Pain points {scenario.painPoints.join(', ')}</span>
        ) : null}
      </p>
      <p>{builtin.description}</p>
      {changes.length > 0 ? (
        <p>
          Settings that differ from the defaults:{' '}
          {changes.map((change, index) => (
            <span key={change.path}>
              {index > 0 ? ', ' : null}
              <code>
                {change.path}: {change.value}
              </code>
            </span>
          ))}
          .
        </p>
      ) : (
        <p>Every setting keeps its default.</p>
      )}
      <ol className={styles.steps} aria-label={`Steps of ${builtin.title}`}>
        {scenario.steps.map((step, index) => (
          <li key={index}>
            <span className={styles.stepTime}>At {formatSeconds(step.at)}</span>{' '}
            <code>{step.event}</code>: {describeStep(step)}
          </li>
        ))}
      </ol>
    </article>
  );
}
