import type {ReactNode} from 'react';
import {isSourceKey, sourceByKey} from '@site/simulator/src/data';

import {collectSourceKeys} from './citedSources';
import styles from './styles.module.css';

/**
 * The sources a page cites, with their full titles: the key in each table is short, this list
 * says what it stands for. `data` is the vocabulary the page renders; `also` adds keys cited in
 * the page's prose.
 */
export default function SourcesCited({
  data = [],
  also = [],
}: {
  data?: readonly unknown[];
  also?: readonly string[];
}): ReactNode {
  const unknown = also.filter((key) => !isSourceKey(key));
  if (unknown.length > 0) throw new Error(`unknown source keys: ${unknown.join(', ')}`);
  const keys = collectSourceKeys(...data, {sources: also});
  return (
    <dl className={styles.citedList}>
      {keys.map((key) => {
        const source = sourceByKey(key);
        if (!source) return null;
        return (
          <div key={key} className={styles.citedItem}>
            <dt>{key}</dt>
            <dd>
              {source.url ? <a href={source.url}>{source.title}</a> : source.title}
              {source.location ? (
                <>
                  {' '}
                  <span className={styles.location}>({source.location})</span>
                </>
              ) : null}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
