import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import {callActions} from '@site/simulator/src/data';

import {actionAnchor} from './anchors';
import {ProvenanceTag} from './Tag';
import TableRegion from './TableRegion';
import styles from './styles.module.css';
import Identifier from './Identifier';

/** One row per concrete `CXCallAction` subclass, linking to its section below. */
export default function ActionsOverviewTable(): ReactNode {
  return (
    <TableRegion caption="Concrete call actions" testId="actions-overview">
      <thead>
        <tr>
          <th scope="col">Class</th>
          <th scope="col">Since</th>
          <th scope="col">Properties</th>
          <th scope="col">Special fulfil</th>
          <th scope="col">Confidence</th>
        </tr>
      </thead>
      <tbody>
        {callActions.map((action) => (
          <tr key={action.className} data-testid="action-row">
            <th scope="row">
              <Link to={`#${actionAnchor(action.className)}`}>
                <Identifier name={action.className} />
              </Link>
            </th>
            <td className={styles.nowrap}>{action.since}</td>
            <td>
              {action.properties.length === 0
                ? 'none of its own'
                : action.properties.map((property, index) => (
                    <span key={property.name}>
                      {index > 0 ? ', ' : null}
                      <Identifier name={property.name} />
                    </span>
                  ))}
            </td>
            <td>
              {action.specialFulfill ? <Identifier name={action.specialFulfill.signature} /> : '—'}
            </td>
            <td>
              <ProvenanceTag provenance={action.provenance} />
            </td>
          </tr>
        ))}
      </tbody>
    </TableRegion>
  );
}
