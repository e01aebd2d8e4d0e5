import {lazy, Suspense, useState, type ReactNode} from 'react';
import Layout from '@theme/Layout';
import BrowserOnly from '@docusaurus/BrowserOnly';

import {
  activeStateIds,
  builtinScenario,
  chartPanels,
  chartSource,
  createSimulation,
  type SimulationSnapshot,
} from '@site/simulator/src';
import {
  applyActivity,
  indexChart,
  parseChartSource,
} from '@site/src/components/StateChart/highlight';

const StateChart = lazy(() => import('@site/src/components/StateChart'));

declare global {
  interface Window {
    ckfBench?: (chartId: string, machine: string, active: string[][], rounds: number) => number;
    ckfStepAt?: number;
  }
}

function bench(chartId: string, machine: string, sets: string[][], rounds: number): number {
  const figure = document.querySelector(`[data-chart="${chartId}"]`);
  const svg = figure?.querySelector('svg');
  if (!svg) return -1;
  const index = indexChart(svg, svg.id, parseChartSource(chartSource(machine as 'call')));
  const t0 = performance.now();
  for (let i = 0; i < rounds; i++) {
    const a = sets[i % sets.length] ?? [];
    const p = sets[(i + 1) % sets.length] ?? [];
    applyActivity(index, a, p);
  }
  return (performance.now() - t0) / rounds;
}

if (typeof window !== 'undefined') window.ckfBench = bench;

interface Pair {
  current: SimulationSnapshot;
  previous: SimulationSnapshot | null;
}

function Scratch(): ReactNode {
  const [sim] = useState(() => {
    const entry = builtinScenario('locked-push-answer');
    if (!entry) throw new Error('no scenario');
    return createSimulation(entry.scenario);
  });
  const [pair, setPair] = useState<Pair>(() => ({current: sim.getSnapshot(), previous: null}));
  const [steps, setSteps] = useState(0);
  const bad = typeof window !== 'undefined' && window.location.search.includes('bad=1');
  const step = (): void => {
    window.ckfStepAt = performance.now();
    sim.step();
    setSteps((n) => n + 1);
    setPair((old) => ({current: sim.getSnapshot(), previous: old.current}));
  };
  const panels = chartPanels(pair.current);
  return (
    <div>
      <button type="button" onClick={step} data-testid="scratch-step">
        Step ({steps}) {sim.isFinished() ? 'finished' : ''}
      </button>
      <Suspense fallback={<p>Loading component…</p>}>
        {panels.map((panel, index) => (
          <div key={panel.key} data-source-name-wrap={panel.machine}>
            <StateChart
              chartId={`scratch-${panel.machine}-${index}`}
              title={panel.title}
              source={chartSource(panel.machine)}
              active={activeStateIds(pair.current, panel)}
              previous={pair.previous ? activeStateIds(pair.previous, panel) : undefined}
            />
          </div>
        ))}
        {panels
          .filter((panel) => panel.machine === 'call')
          .map((panel) => (
            <StateChart
              key={`dup-${panel.key}`}
              chartId="scratch-dup-call"
              title={`${panel.title} (again)`}
              source={chartSource('call')}
              active={activeStateIds(pair.current, panel)}
              previous={pair.previous ? activeStateIds(pair.previous, panel) : undefined}
            />
          ))}
        {bad ? (
          <StateChart
            chartId="scratch-bad"
            title="Broken"
            source={'stateDiagram-v2\n  a --> : : {\n'}
            active={[]}
          />
        ) : null}
      </Suspense>
    </div>
  );
}

export default function ChartScratch(): ReactNode {
  return (
    <Layout title="Chart scratch">
      <main className="container margin-vert--lg">
        <h1>Chart scratch</h1>
        <BrowserOnly fallback={<p>no js</p>}>{() => <Scratch />}</BrowserOnly>
      </main>
    </Layout>
  );
}
