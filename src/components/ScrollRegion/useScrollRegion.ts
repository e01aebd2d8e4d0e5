import {useCallback, useEffect, useRef, useState, type RefObject} from 'react';

export interface ScrollRegion<E extends HTMLElement> {
  /** Attach to the box that scrolls sideways. */
  ref: RefObject<E | null>;
  /** Spread on that box: a labelled, focusable region once it has overflowed, else nothing. */
  props: {role?: 'region'; 'aria-label'?: string; tabIndex?: number};
  /**
   * Checks at once: call it right after inserting wide content (a drawn SVG), so the box is
   * focusable from the first frame in which it scrolls, not one React commit later.
   */
  markNow: () => void;
}

function overflows(element: HTMLElement): boolean {
  return element.scrollWidth > element.clientWidth + 1;
}

function markFocusable(element: HTMLElement, label: string): void {
  element.setAttribute('role', 'region');
  element.setAttribute('aria-label', label);
  element.tabIndex = 0;
}

/**
 * A box wider than its column must be keyboard-scrollable (axe: scrollable-region-focusable), so
 * it becomes a labelled, focusable region when it overflows, and stays one: a redraw (new colour
 * mode, new SVG) briefly shrinks the content, and flipping the attributes back and forth would
 * race focus and accessibility checks. Narrow boxes add no tab stop.
 */
export function useScrollRegion<E extends HTMLElement>(label: string): ScrollRegion<E> {
  const ref = useRef<E>(null);
  const [scrollable, setScrollable] = useState(false);

  const markNow = useCallback(() => {
    const element = ref.current;
    if (!element || !overflows(element)) return;
    markFocusable(element, label);
    setScrollable(true);
  }, [label]);

  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    // The attributes go on at once, in the observer callback (before the next paint), not one
    // React commit later: a layout change that makes the box overflow must not leave a frame in
    // which it scrolls but cannot be focused.
    const observer = new ResizeObserver(() => markNow());
    observer.observe(element);
    for (const child of Array.from(element.children)) observer.observe(child);
    return () => observer.disconnect();
  }, [markNow]);

  return {
    ref,
    props: scrollable ? {role: 'region', 'aria-label': label, tabIndex: 0} : {},
    markNow,
  };
}
