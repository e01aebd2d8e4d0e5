import type {ReactNode} from 'react';
import type {Note} from '@site/simulator/src/data';

import {ProvenanceTag} from './Tag';
import styles from './styles.module.css';

/** Side facts, each with its own confidence and sources. */
export default function NoteList({notes}: {notes: readonly Note[] | undefined}): ReactNode {
  if (!notes || notes.length === 0) return null;
  return (
    <ul className={styles.notes}>
      {notes.map((note) => (
        <li key={note.text}>
          {note.text} <ProvenanceTag provenance={note} />
        </li>
      ))}
    </ul>
  );
}
