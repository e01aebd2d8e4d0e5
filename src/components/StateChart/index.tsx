import {useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode} from 'react';
import {useColorMode} from '@docusaurus/theme-common';

import {
  applyActivity,
  describeActive,
  indexChart,
  parseChartSource,
  type ChartIndex,
} from './highlight';
import {insertSvg, renderMermaid} from './renderMermaid';
import {useScrollRegion} from '../ScrollRegion/useScrollRegion';
import styles from './styles.module.css';

export interface StateChartProps {
  /** Unique on the page, [A-Za-z0-9_-]; used to build the SVG id. */
  chartId: string;
  /** Visible heading text (plain text). */
  title: string;
  /** Mermaid stateDiagram-v2 text (`chartSource(machine)`). */
  source: string;
  /** Chart state ids active now (`activeStateIds(snapshot, panel)`). */
  active: readonly string[];
  /**
   * Chart state ids active before the last step: marks the states just entered and the transition
   * taken. Leave it out to mark neither (first step, or a jump).
   */
  previous?: readonly string[];
}

type Status = {kind: 'loading'} | {kind: 'ready'} | {kind: 'error'; message: string};

let renderCount = 0;

/**
 * A fresh SVG id for every drawing: several charts (even of the same source) share a page, and
 * Mermaid removes any element that already has the id it is asked to render.
 */
function nextSvgId(chartId: string): string {
  renderCount += 1;
  return `ckf-chart-${chartId}-${renderCount}`;
}

/**
 * One machine's state chart, drawn by Mermaid once (again only when the source or the colour mode
 * changes) and then animated by toggling `data-active`, `data-entered` and `data-taken` on the
 * drawn states and edges. Until Mermaid has drawn it, and for readers who do not see colours, the
 * active states are also given as text under the title.
 */
export default function StateChart({
  chartId,
  title,
  source,
  active,
  previous,
}: StateChartProps): ReactNode {
  const {colorMode} = useColorMode();
  const isDark = colorMode === 'dark';
  const model = useMemo(() => parseChartSource(source), [source]);
  const hostRef = useRef<HTMLDivElement>(null);
  const indexRef = useRef<ChartIndex | null>(null);
  const marksRef = useRef({active, previous});
  const [status, setStatus] = useState<Status>({kind: 'loading'});
  const {
    ref: regionRef,
    props: regionProps,
    markNow,
  } = useScrollRegion<HTMLDivElement>(`${title}: state chart`);

  // Every step: flip attributes on the drawn chart before the browser paints.
  useLayoutEffect(() => {
    marksRef.current = {active, previous};
    if (indexRef.current) applyActivity(indexRef.current, active, previous);
  }, [active, previous]);

  // Draw (or redraw) the chart: only when the source or the colour mode changes.
  useEffect(() => {
    const host = hostRef.current;
    if (!host) return undefined;
    const controller = new AbortController();
    const svgId = nextSvgId(chartId);
    void renderMermaid(svgId, source, isDark, controller.signal).then((result) => {
      if (controller.signal.aborted) return;
      if (!result.ok) {
        indexRef.current = null;
        host.replaceChildren();
        setStatus({kind: 'error', message: result.message});
        return;
      }
      const svg = insertSvg(host, result);
      markNow();
      if (!svg) {
        indexRef.current = null;
        setStatus({kind: 'error', message: 'Mermaid returned no SVG.'});
        return;
      }
      // Keeps text legible: the chart shrinks to fit, but not below 60% of its natural width
      // (the panel scrolls instead); see styles.module.css.
      const naturalWidth = svg.viewBox.baseVal?.width;
      if (naturalWidth) svg.style.setProperty('--ckf-chart-natural-width', `${naturalWidth}px`);
      indexRef.current = indexChart(svg, svgId, model);
      applyActivity(indexRef.current, marksRef.current.active, marksRef.current.previous);
      setStatus({kind: 'ready'});
    });
    return () => controller.abort();
  }, [chartId, source, isDark, model, markNow]);

  const activeText = describeActive(model, active);
  return (
    <figure
      className={styles.figure}
      data-testid="state-chart"
      data-chart={chartId}
      data-status={status.kind}>
      <figcaption className={styles.caption}>{title}</figcaption>
      <p className={styles.activeText} data-testid="state-chart-active">
        {activeText ? `Active: ${activeText}` : 'Not running'}
      </p>
      {status.kind === 'error' ? (
        <div className={styles.error}>
          <p>The state chart could not be drawn.</p>
          <pre>{status.message}</pre>
        </div>
      ) : null}
      {status.kind === 'loading' ? (
        <p className={styles.loading}>Drawing the state chart…</p>
      ) : null}
      <div ref={regionRef} className={styles.viewport} {...regionProps}>
        <div ref={hostRef} className={styles.chart} />
      </div>
    </figure>
  );
}
