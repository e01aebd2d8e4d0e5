import {
  Children,
  isValidElement,
  useEffect,
  useRef,
  useState,
  type ComponentProps,
  type ReactNode,
} from 'react';

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
 * focusable region only while it actually overflows, so keyboard users can scroll it
 * (axe: scrollable-region-focusable) without narrow tables adding tab stops.
 */
export default function MdxTable(props: ComponentProps<'table'>): ReactNode {
  const box = useRef<HTMLDivElement>(null);
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const element = box.current;
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(() => {
      setOverflows(element.scrollWidth > element.clientWidth + 1);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return (
    <div
      ref={box}
      className={styles.box}
      role={overflows ? 'region' : undefined}
      aria-label={overflows ? headerLabel(props.children) : undefined}
      tabIndex={overflows ? 0 : undefined}>
      <table {...props} className={[styles.table, props.className].filter(Boolean).join(' ')} />
    </div>
  );
}
