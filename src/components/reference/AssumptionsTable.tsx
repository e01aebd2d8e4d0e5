import type {ReactNode} from 'react';
import {assumptionTable} from '@site/simulator/src/data';

import {formatJsonValue} from './format';
import Tag from './Tag';
import TableRegion from './TableRegion';
import Identifier from './Identifier';
import styles from './styles.module.css';

/** The simulator's named assumptions: settings under `assumptions` in a scenario. */
export default function AssumptionsTable(): ReactNode {
  return (
    <TableRegion caption="The simulator's named assumptions" testId="assumptions">
      <thead>
        <tr>
          <th scope="col">Setting</th>
          <th scope="col">Default</th>
          <th scope="col">Confidence</th>
          <th scope="col">What it controls</th>
          <th scope="col">Why it is an assumption</th>
        </tr>
      </thead>
      <tbody>
        {assumptionTable.map((assumption) => (
          <tr key={assumption.key}>
            <th scope="row">
              <Identifier name={assumption.key} />
            </th>
            <td>
              <code>{formatJsonValue(assumption.default)}</code>
            </td>
            <td>
              <Tag level={assumption.confidence} sources={assumption.sources} />
            </td>
            <td className={styles.text}>{assumption.meaning}</td>
            <td className={styles.text}>{assumption.why}</td>
          </tr>
        ))}
      </tbody>
    </TableRegion>
  );
}
