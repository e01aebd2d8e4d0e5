import {useEffect, useMemo, type ReactNode} from 'react';
import {useColorMode} from '@docusaurus/theme-common';

import {
  activeStateIds,
  chartPanels,
  chartSource,
  type SimulationSnapshot,
} from '@site/simulator/src';

import StateChart from '../StateChart';
import {prewarmStateChart} from '../StateChart/renderMermaid';
import styles from './styles.module.css';

/** One animated state chart per machine: device, CallKit, PushKit, audio session, each call. */
export default function ChartsPanel({
  snapshot,
  previous,
  idPrefix,
}: {
  snapshot: SimulationSnapshot;
  /** The snapshot shown before, to mark the states just entered. */
  previous: SimulationSnapshot | null;
  idPrefix: string;
}): ReactNode {
  const {colorMode} = useColorMode();
  // Draw the call chart ahead of the first call, so that step paints without a Mermaid render.
  useEffect(() => prewarmStateChart(chartSource('call'), colorMode === 'dark'), [colorMode]);
  const panels = useMemo(
    () =>
      // The calls come first: they are what the reader is following.
      [...chartPanels(snapshot)]
        .sort((a, b) => Number(b.machine === 'call') - Number(a.machine === 'call'))
        .map((panel) => ({
          panel,
          chartId: `${idPrefix}-${panel.key.replace(/[^A-Za-z0-9_-]/g, '-')}`,
          active: activeStateIds(snapshot, panel),
          previous: previous ? activeStateIds(previous, panel) : undefined,
        })),
    [snapshot, previous, idPrefix],
  );
  return (
    <div className={styles.charts}>
      {panels.map(({panel, chartId, active, previous: before}) => (
        <StateChart
          key={panel.key}
          chartId={chartId}
          title={panel.title}
          source={chartSource(panel.machine)}
          active={active}
          previous={before}
        />
      ))}
    </div>
  );
}
