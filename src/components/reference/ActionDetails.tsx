import type {ReactNode} from 'react';
import Heading from '@theme/Heading';
import {callActions, type CallActionInfo, type Provenance} from '@site/simulator/src/data';

import {actionAnchor} from './anchors';
import NoteList from './NoteList';
import {ProvenanceTag} from './Tag';
import TableRegion from './TableRegion';
import Identifier from './Identifier';
import styles from './styles.module.css';

function Behaviour({
  term,
  text,
  provenance,
}: {
  term: string;
  text: string;
  provenance: Provenance;
}): ReactNode {
  return (
    <div className={styles.behaviourItem}>
      <dt>{term}</dt>
      <dd>
        {text} <ProvenanceTag provenance={provenance} />
      </dd>
    </div>
  );
}

function ActionSection({action}: {action: CallActionInfo}): ReactNode {
  const {className} = action;
  return (
    <section className={styles.entry} data-testid="action-section">
      <Heading as="h3" id={actionAnchor(className)}>
        <code>{className}</code>
      </Heading>
      <p>
        Since {action.since}. <ProvenanceTag provenance={action.provenance} />
      </p>
      {action.properties.length > 0 ? (
        <TableRegion caption={`${className} properties`}>
          <thead>
            <tr>
              <th scope="col">Property</th>
              <th scope="col">Swift type</th>
              <th scope="col">Meaning</th>
            </tr>
          </thead>
          <tbody>
            {action.properties.map((property) => (
              <tr key={property.name}>
                <th scope="row">
                  <Identifier name={property.name} />
                </th>
                <td>
                  {property.swiftType ? (
                    <Identifier name={property.swiftType} />
                  ) : (
                    <em>not confirmed</em>
                  )}
                </td>
                <td className={styles.text}>{property.meaning}</td>
              </tr>
            ))}
          </tbody>
        </TableRegion>
      ) : (
        <p>No properties of its own.</p>
      )}
      <dl className={styles.behaviour}>
        <Behaviour
          term="When iOS sends it"
          text={action.whenSent}
          provenance={action.whenSentProvenance}
        />
        <Behaviour
          term="What fulfil means"
          text={action.fulfilMeans}
          provenance={action.fulfilProvenance}
        />
        <Behaviour
          term="What fail means"
          text={action.failMeans}
          provenance={action.failProvenance}
        />
        {action.specialFulfill ? (
          <div className={styles.behaviourItem}>
            <dt>Special fulfil</dt>
            <dd>
              <code>{action.specialFulfill.signature}</code> ({action.specialFulfill.language}):{' '}
              {action.specialFulfill.meaning}
            </dd>
          </div>
        ) : null}
      </dl>
      <NoteList notes={action.notes} />
    </section>
  );
}

/** A section per concrete `CXCallAction` subclass, with an anchor named after the class. */
export default function ActionDetails(): ReactNode {
  return (
    <>
      {callActions.map((action) => (
        <ActionSection key={action.className} action={action} />
      ))}
    </>
  );
}
