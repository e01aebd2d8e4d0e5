import type {ReactNode} from 'react';
import type {ErrorDomain} from '@site/simulator/src/data';

import {ProvenanceTag} from './Tag';
import styles from './styles.module.css';

/** What an error domain is for, its constant and the string it shows in logs. */
export default function ErrorDomainSummary({domain}: {domain: ErrorDomain}): ReactNode {
  return (
    <dl className={styles.behaviour}>
      <div className={styles.behaviourItem}>
        <dt>Where you meet it</dt>
        <dd>
          {domain.usage} <ProvenanceTag provenance={domain.provenance} />
        </dd>
      </div>
      <div className={styles.behaviourItem}>
        <dt>Domain constant</dt>
        <dd>
          <code>{domain.domainConstant}</code>
        </dd>
      </div>
      <div className={styles.behaviourItem}>
        <dt>Domain string in logs</dt>
        <dd>
          {domain.logString ? (
            <code>{domain.logString}</code>
          ) : (
            <>
              not confirmed; believed to be <code>{domain.logStringBelief ?? 'unknown'}</code>
            </>
          )}{' '}
          <ProvenanceTag provenance={domain.logStringProvenance} />
        </dd>
      </div>
      {domain.onError ? (
        <div className={styles.behaviourItem}>
          <dt>When the error is not nil</dt>
          <dd>
            {domain.onError.text} <ProvenanceTag provenance={domain.onError} />
          </dd>
        </div>
      ) : null}
    </dl>
  );
}
