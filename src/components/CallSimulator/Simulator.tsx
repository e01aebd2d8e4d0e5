/**
 * The interactive simulator: one player actor (simulator/src/player) drives every panel. The
 * components only read its context and send it events; what iOS does is decided by the engine.
 */
import {useId, useMemo, useState, type ReactNode} from 'react';
import {useActorRef, useSelector} from '@xstate/react';

import {
  canStepForward,
  parseWhatIf,
  pendingDecisions,
  phoneModel,
  playerMachine,
  remoteParty,
  statusLine,
  whatIfValues,
  type AppState,
  type PlaybackSpeed,
  type Scenario,
  type StepEvent,
  type WhatIfOverrides,
} from '@site/simulator/src';

import AppDecisions from './AppDecisions';
import ChartsPanel from './ChartsPanel';
import Controls from './Controls';
import ExportPanel from './ExportPanel';
import Phone from './Phone';
import RemoteParty from './RemoteParty';
import TraceTimeline from './TraceTimeline';
import WhatIfPanel from './WhatIfPanel';
import styles from './styles.module.css';

export interface SimulatorProps {
  /** The built-in id, or null for a scenario written by the reader. */
  scenarioId: string | null;
  scenario: Scenario;
  /** What-if settings in share-link form (`forgetToFulfil:on`), e.g. from an MDX prop. */
  whatIf?: string;
  /** Already-parsed what-if settings (the playground's share link). */
  overrides?: WhatIfOverrides;
  /** The playground shows every panel open. */
  variant?: 'embedded' | 'playground';
  /** Open the “What if…” panel from the start, also when embedded. */
  openWhatIf?: boolean;
}

export default function Simulator({
  scenarioId,
  scenario,
  whatIf,
  overrides,
  variant = 'embedded',
  openWhatIf = false,
}: SimulatorProps): ReactNode {
  const parsed = useMemo(() => (whatIf ? parseWhatIf(whatIf) : null), [whatIf]);
  const actor = useActorRef(playerMachine, {
    input: {scenario, overrides: overrides ?? parsed?.overrides ?? {}},
  });
  const context = useSelector(actor, (state) => state.context);
  const playing = useSelector(actor, (state) => state.matches('playing'));
  const [exportOpen, setExportOpen] = useState(false);
  const idPrefix = `sim${useId().replace(/[^A-Za-z0-9]/g, '')}`;

  const model = useMemo(
    () => phoneModel(context.snapshot, context.scenario),
    [context.snapshot, context.scenario],
  );
  const decisions = useMemo(() => pendingDecisions(context.snapshot), [context.snapshot]);
  const remote = useMemo(
    () => remoteParty(context.trace, context.snapshot),
    [context.trace, context.snapshot],
  );
  const values = useMemo(() => whatIfValues(context.scenario), [context.scenario]);
  const changed = useMemo(() => new Set(Object.keys(context.overrides)), [context.overrides]);
  const forward = canStepForward(context);
  const manual = context.scenario.app.mode === 'manual';
  const finished = !forward;

  const press = (event: StepEvent): void => actor.send({type: 'SEND', event});
  const setWhatIf = (id: string, value: boolean | AppState): void =>
    actor.send({type: 'SET_WHAT_IF', id, value});

  return (
    <section
      className={`${styles.simulator} ${variant === 'playground' ? styles.playground : ''}`}
      data-testid="call-simulator"
      data-scenario={scenarioId ?? 'custom'}
      data-ready="true"
      data-position={context.position}
      data-finished={finished ? 'true' : 'false'}
      aria-label={`Call simulator: ${context.scenario.title}`}>
      <header className={styles.header}>
        <p className={styles.kicker}>Call simulator</p>
        <h3 className={styles.title}>{context.scenario.title}</h3>
        {variant === 'embedded' ? (
          <p className={styles.description}>{context.scenario.description}</p>
        ) : null}
      </header>
      {parsed && parsed.problems.length > 0 ? (
        <ul className={styles.error} role="alert">
          {parsed.problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      ) : null}
      <div className={styles.stage}>
        <div className={styles.phoneColumn}>
          <Phone model={model} onPress={press} now={context.snapshot.now} />
          <RemoteParty lines={remote} />
        </div>
        <div className={styles.mainColumn}>
          <Controls
            playing={playing}
            canStepForward={forward}
            canStepBack={context.position > 0}
            speed={context.speed}
            now={context.snapshot.now}
            endAt={context.endAt}
            position={context.position}
            onStep={() => actor.send({type: 'STEP'})}
            onBack={() => actor.send({type: 'BACK'})}
            onPlay={() => actor.send({type: 'PLAY'})}
            onPause={() => actor.send({type: 'PAUSE'})}
            onReset={() => actor.send({type: 'RESET'})}
            onSpeed={(speed: PlaybackSpeed) => actor.send({type: 'SET_SPEED', speed})}
          />
          <p className={styles.status} data-testid="sim-status" role="status" aria-live="polite">
            {statusLine(context, remote)}
          </p>
          {manual ? (
            <AppDecisions
              decisions={decisions}
              alive={context.snapshot.app.alive}
              onChoose={press}
              onWait={() => actor.send({type: 'STEP'})}
              canWait={forward}
            />
          ) : null}
          <TraceTimeline
            trace={context.trace}
            latestFrom={context.latestFrom}
            onRewind={(seq) => actor.send({type: 'REWIND_TO_ENTRY', seq})}
          />
        </div>
      </div>
      <details className={styles.panel} open={variant === 'playground' || openWhatIf || undefined}>
        <summary>What if… (break the app on purpose)</summary>
        <WhatIfPanel values={values} changed={changed} onChange={setWhatIf} />
      </details>
      <div className={styles.panel}>
        <h4 className={styles.panelTitle}>State charts</h4>
        <ChartsPanel
          snapshot={context.snapshot}
          previous={context.previousSnapshot}
          idPrefix={idPrefix}
        />
      </div>
      <details
        className={styles.panel}
        onToggle={(event) => setExportOpen(event.currentTarget.open)}>
        <summary>Export: scenario JSON, Mermaid, share link</summary>
        {/* Built only while open: the Mermaid text and the JSON would otherwise be redone per step. */}
        {exportOpen ? (
          <ExportPanel
            scenarioId={scenarioId}
            base={context.base}
            scenario={context.scenario}
            overrides={context.overrides}
            trace={context.trace}
          />
        ) : null}
      </details>
    </section>
  );
}
