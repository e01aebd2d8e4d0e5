import type {ReactNode} from 'react';
import {providerConfigurationProperties} from '@site/simulator/src/data';

import {formatSwiftValue} from './format';
import NoteList from './NoteList';
import {ProvenanceTag} from './Tag';
import TableRegion from './TableRegion';
import Identifier from './Identifier';
import styles from './styles.module.css';

/** Every `CXProviderConfiguration` property with its default and what it changes. */
export default function ProviderConfigurationTable(): ReactNode {
  return (
    <TableRegion caption="CXProviderConfiguration properties" testId="provider-configuration">
      <thead>
        <tr>
          <th scope="col">Property</th>
          <th scope="col">Swift type</th>
          <th scope="col">Default</th>
          <th scope="col">Effect</th>
          <th scope="col">Since</th>
          <th scope="col">Confidence</th>
        </tr>
      </thead>
      <tbody>
        {providerConfigurationProperties.map((property) => {
          const defaultDiffers =
            property.defaultProvenance.confidence !== property.provenance.confidence;
          return (
            <tr key={property.name} data-testid={`config-${property.name}`}>
              <th scope="row">
                <Identifier name={property.name} />
              </th>
              <td>
                <Identifier name={property.swiftType} />
              </td>
              <td data-column="default">
                <code>{formatSwiftValue(property.defaultValue)}</code>
                {defaultDiffers ? (
                  <span className={styles.defaultTag}>
                    {' '}
                    <ProvenanceTag provenance={property.defaultProvenance} />
                  </span>
                ) : null}
              </td>
              <td className={styles.text}>
                {property.effect}
                <NoteList notes={'notes' in property ? property.notes : undefined} />
              </td>
              <td>
                <span className={styles.nowrap}>{property.since}</span>
                {'deprecated' in property && property.deprecated ? (
                  <>
                    <br />
                    deprecated in <span className={styles.nowrap}>{property.deprecated}</span>
                  </>
                ) : null}
              </td>
              <td>
                <ProvenanceTag provenance={property.provenance} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </TableRegion>
  );
}
