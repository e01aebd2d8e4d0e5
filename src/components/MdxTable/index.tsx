import {Children, isValidElement, type ComponentProps, type ReactNode} from 'react';

import {useScrollRegion} from '../ScrollRegion/useScrollRegion';

import styles from './styles.module.css';

/** The text inside a React tree, for naming a table after its header row. */
function textOf(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (isValidElement<{children?: ReactNode}>(node)) return textOf(node.props.children);
  return '';
}

function headerLabel(children: ReactNode): string {
  const head = Children.toArray(children).find(
    (child) => isValidElement(child) && child.type === 'thead',
  );
  const columns = Children.toArray(
    isValidElement<{children?: ReactNode}>(head) ? head.props.children : null,
  )
    .flatMap((row) =>
      Children.toArray(isValidElement<{children?: ReactNode}>(row) ? row.props.children : null),
    )
    .map((cell) => textOf(cell).trim())
    .filter((text) => text.length > 0);
  return columns.length > 0 ? `Table: ${columns.join(', ')}` : 'Table';
}

/**
 * Markdown tables in the guides. Wide ones scroll sideways inside a box that becomes a labelled,
 * focusable region when it overflows (see useScrollRegion); narrow ones add no tab stop.
 */
export default function MdxTable(props: ComponentProps<'table'>): ReactNode {
  const {ref: regionRef, props: regionProps} = useScrollRegion<HTMLDivElement>(
    headerLabel(props.children),
  );
  return (
    <div ref={regionRef} className={styles.box} {...regionProps}>
      <table {...props} className={[styles.table, props.className].filter(Boolean).join(' ')} />
    </div>
  );
}
