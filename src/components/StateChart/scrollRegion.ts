/**
 * Makes a viewport a labelled, focusable region when its content overflows, so keyboard users can
 * scroll it (axe: scrollable-region-focusable). Called in the same task that inserts a drawn SVG:
 * if the attributes waited for React's next commit, there would be a moment where the box scrolls
 * but cannot take focus. React later renders the same attributes from its own state.
 */
export function markScrollRegion(viewport: HTMLElement | null, label: string): boolean {
  if (!viewport || viewport.scrollWidth <= viewport.clientWidth + 1) return false;
  viewport.setAttribute('role', 'region');
  viewport.setAttribute('aria-label', label);
  viewport.tabIndex = 0;
  return true;
}
