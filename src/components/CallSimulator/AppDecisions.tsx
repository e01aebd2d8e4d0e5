import type {ReactNode} from 'react';

import type {AppDecision, StepEvent} from '@site/simulator/src';

import styles from './styles.module.css';

export interface AppDecisionsProps {
  decisions: readonly AppDecision[];
  alive: boolean;
  onChoose: (event: StepEvent) => void;
  onWait: () => void;
  canWait: boolean;
}

/** "You are the app": when iOS calls the app, the reader decides what it does. */
export default function AppDecisions(props: AppDecisionsProps): ReactNode {
  const {decisions} = props;
  return (
    <section className={styles.decisions} data-testid="app-decisions" aria-label="You are the app">
      <h4 className={styles.panelTitle}>You are the app</h4>
      {!props.alive ? (
        <p>The app is not running. Open it from the phone, or reset the run.</p>
      ) : decisions.length === 0 ? (
        <p>iOS is not waiting for the app right now. Step on, or use the phone.</p>
      ) : (
        <ul className={styles.decisionList}>
          {decisions.map((decision) => (
            <li key={decision.key} data-decision={decision.key}>
              <p>{decision.question}</p>
              <div className={styles.buttons}>
                {decision.choices.map((choice) => (
                  <button
                    key={choice.label}
                    type="button"
                    className="button button--sm button--primary"
                    onClick={() => props.onChoose(choice.event)}>
                    {choice.label}
                  </button>
                ))}
              </div>
            </li>
          ))}
        </ul>
      )}
      {decisions.length > 0 ? (
        <p className={styles.small}>
          Or do nothing:{' '}
          <button
            type="button"
            className="button button--sm button--secondary"
            onClick={props.onWait}
            disabled={!props.canWait}>
            Let time pass
          </button>{' '}
          and see how iOS reacts (timeouts, the PushKit kill).
        </p>
      ) : null}
    </section>
  );
}
