import type {ReactNode} from 'react';

import type {RemoteLine} from '@site/simulator/src';
import styles from './styles.module.css';

/**
 * What the other side of each call experiences, as the engine's trace says (remoteParty): the
 * place where a forgotten decline or a mute only one side knows about becomes visible.
 */
export default function RemoteParty({lines}: {lines: readonly RemoteLine[]}): ReactNode {
  return (
    <section className={styles.remote} data-testid="remote-party">
      <h4 className={styles.remoteTitle}>The other party</h4>
      {lines.length === 0 ? (
        <p className={styles.remoteEmpty}>No call yet.</p>
      ) : (
        <ul className={styles.remoteLines}>
          {lines.map((line) => (
            <li
              key={line.callUUID}
              data-testid="remote-line"
              data-status={line.status}
              data-hears={line.hearsYou === null ? 'none' : String(line.hearsYou)}
              data-problem={line.problem === null ? 'false' : 'true'}>
              <span className={styles.remoteWho}>{line.who}</span> {line.experience}
              {line.problem !== null ? (
                <span className={styles.remoteProblem} data-testid="remote-problem">
                  <strong>Out of step:</strong> {line.problem}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
