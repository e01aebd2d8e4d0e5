import type {ReactNode} from 'react';
import type {ActionBaseClass} from '@site/simulator/src/data';

import NoteList from './NoteList';
import {ProvenanceTag} from './Tag';
import TableRegion from './TableRegion';
import Identifier from './Identifier';
import styles from './styles.module.css';

/** The members of an abstract action class (`CXAction`, `CXCallAction`). */
export default function ActionBaseClassTable({base}: {base: ActionBaseClass}): ReactNode {
  return (
    <>
      <p>
        <code>{base.className}</code>
        {base.superclass ? (
          <>
            {' '}
            inherits from <code>{base.superclass}</code>.
          </>
        ) : (
          ' is the root of every action.'
        )}{' '}
        <ProvenanceTag provenance={base.provenance} />
      </p>
      <TableRegion caption={`${base.className} members`} testId={`members-${base.className}`}>
        <thead>
          <tr>
            <th scope="col">Member</th>
            <th scope="col">Kind</th>
            <th scope="col">Swift type</th>
            <th scope="col">Meaning</th>
            <th scope="col">Confidence</th>
          </tr>
        </thead>
        <tbody>
          {base.members.map((member) => (
            <tr key={member.name}>
              <th scope="row">
                <Identifier name={member.name} />
              </th>
              <td>{member.kind}</td>
              <td>{member.swiftType ? <Identifier name={member.swiftType} /> : '—'}</td>
              <td className={styles.text}>
                {member.meaning}
                <NoteList notes={member.notes} />
              </td>
              <td>
                <ProvenanceTag provenance={member.provenance} />
              </td>
            </tr>
          ))}
        </tbody>
      </TableRegion>
      <NoteList notes={base.notes} />
    </>
  );
}
