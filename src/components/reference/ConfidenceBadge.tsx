import type {ReactNode} from 'react';
import clsx from 'clsx';
import type {Confidence} from '@site/simulator/src/data';

import {confidenceLabel} from './confidence';
import styles from './styles.module.css';

const badgeClass: Readonly<Record<Confidence, string | undefined>> = {
  DOC: styles.badgeDoc,
  DTS: styles.badgeDts,
  OBS: styles.badgeObs,
  UNCONFIRMED: styles.badgeUnconfirmed,
};

/** A small coloured tag (DOC, DTS, OBS, UNCONFIRMED); the text carries the meaning, not the colour. */
export default function ConfidenceBadge({tag}: {tag: Confidence}): ReactNode {
  return (
    <abbr className={clsx(styles.badge, badgeClass[tag])} title={confidenceLabel[tag]}>
      {tag}
    </abbr>
  );
}
