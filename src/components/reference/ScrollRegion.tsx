import type {ReactNode} from 'react';

import styles from './styles.module.css';

/**
 * A box that scrolls sideways when its content (usually a table) is wider than the screen. It is
 * a labelled, focusable region so keyboard users can scroll it (axe: scrollable-region-focusable).
 */
export default function ScrollRegion({
  label,
  children,
}: {
  label: string;
  children: ReactNode;
}): ReactNode {
  return (
    <div className={styles.region} role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
