import type {ReactNode} from 'react';
import clsx from 'clsx';

import ScrollRegion from './ScrollRegion';
import styles from './styles.module.css';

/** A captioned table inside a scroll region named after the caption. */
export default function TableRegion({
  caption,
  testId,
  className,
  children,
}: {
  /** Visible caption; also the region's accessible name. */
  caption: string;
  testId?: string;
  className?: string;
  /** `thead` and `tbody`. */
  children: ReactNode;
}): ReactNode {
  return (
    <ScrollRegion label={caption}>
      <table className={clsx(styles.table, className)} data-testid={testId}>
        <caption>{caption}</caption>
        {children}
      </table>
    </ScrollRegion>
  );
}
