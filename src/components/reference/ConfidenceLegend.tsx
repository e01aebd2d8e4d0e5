import type {ReactNode} from 'react';
import {confidenceLevels} from '@site/simulator/src/data';

import ConfidenceBadge from './ConfidenceBadge';
import {confidenceDescription, confidenceLabel} from './confidence';
import styles from './styles.module.css';

/** Explains the four confidence tags once per page. */
export default function ConfidenceLegend(): ReactNode {
  return (
    <aside className={styles.legend} aria-label="Confidence tags">
      <p className={styles.legendTitle}>How sure each fact is</p>
      <dl className={styles.legendList}>
        {confidenceLevels.map((tag) => (
          <div key={tag} className={styles.legendItem}>
            <dt>
              <ConfidenceBadge tag={tag} />
            </dt>
            <dd>
              <strong>{confidenceLabel[tag]}.</strong> {confidenceDescription[tag]}
            </dd>
          </div>
        ))}
      </dl>
    </aside>
  );
}
