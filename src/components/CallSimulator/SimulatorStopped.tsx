import type {ReactNode} from 'react';

import styles from './styles.module.css';

/** What an error boundary shows when the simulator throws: the reason and a way to restart. */
export default function SimulatorStopped({
  error,
  tryAgain,
}: {
  error: Error;
  tryAgain: () => void;
}): ReactNode {
  return (
    <p role="alert" className={styles.error}>
      The simulator stopped: {error.message}{' '}
      <button type="button" className="button button--sm button--secondary" onClick={tryAgain}>
        Restart it
      </button>
    </p>
  );
}
