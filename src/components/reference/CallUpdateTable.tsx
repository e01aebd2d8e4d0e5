import type {ReactNode} from 'react';
import {callUpdateProperties} from '@site/simulator/src/data';

import NoteList from './NoteList';
import {ProvenanceTag} from './Tag';
import TableRegion from './TableRegion';
import Identifier from './Identifier';
import styles from './styles.module.css';

/** Every `CXCallUpdate` property and what it changes in the system's call UI. */
export default function CallUpdateTable(): ReactNode {
  return (
    <TableRegion caption="CXCallUpdate properties" testId="call-update">
      <thead>
        <tr>
          <th scope="col">Property</th>
          <th scope="col">Swift type</th>
          <th scope="col">Effect</th>
          <th scope="col">Confidence</th>
        </tr>
      </thead>
      <tbody>
        {callUpdateProperties.map((property) => (
          <tr key={property.name}>
            <th scope="row">
              <Identifier name={property.name} />
            </th>
            <td>
              <Identifier name={property.swiftType} />
            </td>
            <td className={styles.text}>
              {property.effect}
              <NoteList notes={'notes' in property ? property.notes : undefined} />
            </td>
            <td>
              <ProvenanceTag provenance={property.provenance} />
            </td>
          </tr>
        ))}
      </tbody>
    </TableRegion>
  );
}
