import type {ReactNode} from 'react';
import {sourceByKey} from '@site/simulator/src/data';

import styles from './styles.module.css';

/** One cited source: a link when the source has a URL, its key with a tooltip otherwise. */
export function SourceRef({sourceKey}: {sourceKey: string}): ReactNode {
  const source = sourceByKey(sourceKey);
  if (!source) throw new Error(`unknown source key "${sourceKey}"`);
  if (source.url) {
    return (
      <a className={styles.sourceKey} href={source.url} title={source.title}>
        {sourceKey}
      </a>
    );
  }
  const where = source.location ? `${source.title} (${source.location})` : source.title;
  return (
    <span className={styles.sourceKey} title={where}>
      {sourceKey}
    </span>
  );
}

/** The sources backing a fact, comma-separated; nothing when there are none. */
export default function SourceList({keys}: {keys: readonly string[]}): ReactNode {
  if (keys.length === 0) return null;
  return (
    <span className={styles.sources}>
      {keys.map((key, index) => (
        <span key={key}>
          {index > 0 ? ', ' : null}
          <SourceRef sourceKey={key} />
        </span>
      ))}
    </span>
  );
}
