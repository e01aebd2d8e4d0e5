/**
 * `<CallSimulator scenario="locked-push-answer" />` for MDX guides (registered globally in
 * src/theme/MDXComponents.tsx). The server build and readers without JavaScript get a static
 * description of the scenario; in the browser the interactive simulator (engine, XState, Mermaid)
 * loads only when the widget scrolls into view, inside an error boundary.
 */
import {lazy, Suspense, type ReactNode} from 'react';
import ErrorBoundary from '@docusaurus/ErrorBoundary';
import useIsBrowser from '@docusaurus/useIsBrowser';

import {builtinScenario, builtinScenarios} from '@site/simulator/src/data';

import SimulatorStopped from './SimulatorStopped';
import StaticFallback from './StaticFallback';
import styles from './styles.module.css';
import {useInView} from './useInView';

const Simulator = lazy(() => import('./Simulator'));

export interface CallSimulatorProps {
  /** The id of a built-in scenario (see the scenario catalog). */
  scenario: string;
  /** Optional what-if settings to start with, in share-link form: `forgetToFulfil:on,locked:off`. */
  whatIf?: string;
  /** Open the “What if…” panel from the start (reproductions ask the reader to flip a switch). */
  openWhatIf?: boolean;
}

function UnknownScenario({id}: {id: string}): ReactNode {
  return (
    <section className={styles.simulator} data-testid="call-simulator" data-scenario={id}>
      <p role="alert" className={styles.error}>
        There is no built-in scenario called “{id}”. Known scenarios:{' '}
        {builtinScenarios()
          .map((builtin) => builtin.id)
          .join(', ')}
        .
      </p>
    </section>
  );
}

export default function CallSimulator({
  scenario: id,
  whatIf,
  openWhatIf = false,
}: CallSimulatorProps): ReactNode {
  const builtin = builtinScenario(id);
  const isBrowser = useIsBrowser();
  const [ref, inView] = useInView<HTMLDivElement>();
  if (!builtin) return <UnknownScenario id={String(id)} />;
  const fallback = (message: string): ReactNode => (
    <StaticFallback scenario={builtin.scenario} scenarioId={builtin.id} message={message} />
  );
  return (
    <div ref={ref} className={styles.slot}>
      {isBrowser && inView ? (
        <ErrorBoundary
          fallback={({error, tryAgain}) => (
            <div>
              <SimulatorStopped error={error} tryAgain={tryAgain} />
              {fallback('The steps of this scenario:')}
            </div>
          )}>
          <Suspense fallback={fallback('Loading the interactive simulator…')}>
            <Simulator
              scenarioId={builtin.id}
              scenario={builtin.scenario}
              whatIf={whatIf}
              openWhatIf={openWhatIf}
            />
          </Suspense>
        </ErrorBoundary>
      ) : (
        fallback(
          isBrowser
            ? 'The interactive simulator loads when it scrolls into view.'
            : 'The interactive simulator needs JavaScript. The steps of this scenario:',
        )
      )}
    </div>
  );
}
