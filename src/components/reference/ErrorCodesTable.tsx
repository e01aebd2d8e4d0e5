import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {errorCoverage, errorTables, type ErrorDomainName} from '@site/simulator/src/data';

import {scenarioHref} from './anchors';
import {useErrorScenarios} from './useErrorScenarios';
import NoteList from './NoteList';
import {ProvenanceTag} from './Tag';
import TableRegion from './TableRegion';
import Identifier from './Identifier';
import styles from './styles.module.css';

function Reproduction({domain, code}: {domain: ErrorDomainName; code: number}): ReactNode {
  const coverage = errorCoverage[domain][code];
  const scenarios = useErrorScenarios(domain, code);
  if (!coverage) return <em>No coverage decision recorded.</em>;
  if (!coverage.reproduced) {
    return (
      <>
        <em>Not simulated.</em> {coverage.why}
      </>
    );
  }
  if (scenarios.length === 0) return <em>No built-in scenario shows it yet.</em>;
  return (
    <ul className={styles.plainList}>
      {scenarios.map((builtin) => (
        <li key={builtin.id}>
          <Link to={scenarioHref(builtin.id)} data-testid="reproducing-scenario">
            {builtin.title}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/**
 * Every code of a CallKit error domain, with what it means, its usual real-world cause and the
 * built-in scenario that reproduces it.
 */
export default function ErrorCodesTable({domain}: {domain: ErrorDomainName}): ReactNode {
  return (
    <TableRegion caption={`${domain} codes`} testId={`errors-${domain}`}>
      <thead>
        <tr>
          <th scope="col">Raw value</th>
          <th scope="col">Swift case</th>
          <th scope="col">Meaning and common causes</th>
          <th scope="col">Confidence</th>
          <th scope="col">Reproduced by</th>
        </tr>
      </thead>
      <tbody>
        {errorTables[domain].map((entry) => (
          <tr key={entry.rawValue} data-testid={`error-${entry.swiftName}`}>
            <td className={styles.number} data-column="raw-value">
              {entry.rawValue}
            </td>
            <th scope="row">
              <Identifier name={entry.swiftName} />
            </th>
            <td className={styles.text}>
              {entry.meaning}
              <NoteList notes={'notes' in entry ? entry.notes : undefined} />
            </td>
            <td>
              <ProvenanceTag provenance={entry.provenance} />
            </td>
            <td className={styles.reproduction}>
              <Reproduction domain={domain} code={entry.rawValue} />
            </td>
          </tr>
        ))}
      </tbody>
    </TableRegion>
  );
}
