import type {ReactNode} from 'react';
import type {EnumCase, IOSVersion} from '@site/simulator/src/data';

import NoteList from './NoteList';
import {ProvenanceTag} from './Tag';
import TableRegion from './TableRegion';
import Identifier from './Identifier';
import styles from './styles.module.css';

type Case = EnumCase & {readonly since?: IOSVersion};

/** Raw value, Swift case, meaning, confidence (and the version when the cases carry one). */
export default function EnumTable({
  cases,
  caption,
  testId,
}: {
  cases: readonly Case[];
  caption: string;
  testId?: string;
}): ReactNode {
  const versioned = cases.some((entry) => entry.since !== undefined);
  return (
    <TableRegion caption={caption} testId={testId}>
      <thead>
        <tr>
          <th scope="col">Raw value</th>
          <th scope="col">Swift case</th>
          {versioned ? <th scope="col">Since</th> : null}
          <th scope="col">Meaning</th>
          <th scope="col">Confidence</th>
        </tr>
      </thead>
      <tbody>
        {cases.map((entry) => (
          <tr key={entry.rawValue}>
            <td className={styles.number}>{entry.rawValue}</td>
            <th scope="row">
              <Identifier name={entry.swiftName} />
            </th>
            {versioned ? <td className={styles.nowrap}>{entry.since ?? '—'}</td> : null}
            <td className={styles.text}>
              {entry.meaning}
              <NoteList notes={entry.notes} />
            </td>
            <td>
              <ProvenanceTag provenance={entry.provenance} />
            </td>
          </tr>
        ))}
      </tbody>
    </TableRegion>
  );
}
