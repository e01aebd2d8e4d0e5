/**
 * "Deliver to the simulator": the phone's state and the app's behaviour, a button, and the
 * embedded simulator playing the push (lazy, inside an error boundary). Each delivery remounts
 * the simulator with the draft as it was when the button was pressed.
 */
import {lazy, Suspense, useState, type ReactNode} from 'react';
import ErrorBoundary from '@docusaurus/ErrorBoundary';
import Link from '@docusaurus/Link';
import useIsBrowser from '@docusaurus/useIsBrowser';

import {
  appBehaviours,
  defaultPhoneState,
  deliverVoipPush,
  type AppBehaviourId,
  type PhoneState,
  type VoipPushDraft,
  type VoipPushDelivery,
} from '@site/simulator/src/tools';
import type {AppState} from '@site/simulator/src/data';

import SimulatorStopped from '../../CallSimulator/SimulatorStopped';
import ToolMessages from '../ToolMessages';
import {Checkbox, SelectField, type SelectOption} from './Field';
import styles from './styles.module.css';

const Simulator = lazy(() => import('../../CallSimulator/Simulator'));

const appStates: readonly SelectOption<AppState>[] = [
  {value: 'terminated', label: 'Not running (terminated)'},
  {value: 'suspended', label: 'Suspended'},
  {value: 'background', label: 'In the background'},
  {value: 'foreground', label: 'In the foreground'},
];

const behaviourOptions: readonly SelectOption<AppBehaviourId>[] = appBehaviours.map(
  (behaviour) => ({value: behaviour.id, label: behaviour.label}),
);

interface Delivered {
  generation: number;
  result: VoipPushDelivery;
}

export default function DeliverPanel({
  idPrefix,
  draft,
}: {
  idPrefix: string;
  draft: VoipPushDraft;
}): ReactNode {
  const [phone, setPhone] = useState<PhoneState>(defaultPhoneState);
  const [behaviour, setBehaviour] = useState<AppBehaviourId>('correct');
  const [userAnswers, setUserAnswers] = useState(true);
  const [delivered, setDelivered] = useState<Delivered | null>(null);
  const isBrowser = useIsBrowser();
  const id = (name: string): string => `${idPrefix}-deliver-${name}`;

  const deliver = (): void => {
    setDelivered((previous) => ({
      generation: (previous?.generation ?? 0) + 1,
      result: deliverVoipPush(draft, {phone, behaviour, userAnswers}),
    }));
  };

  const result = delivered?.result ?? null;
  return (
    <section className={styles.deliver} data-testid="vp-delivery" aria-labelledby={id('title')}>
      <h2 id={id('title')} className={styles.deliverTitle}>
        Deliver to the simulator
      </h2>
      <p className={styles.help}>
        Play this push on the simulated phone: iOS launches or wakes the app, PushKit hands it the
        payload, and the app must report the call before its handler returns (
        <Link to="/docs/pushkit/receiving-pushes">receiving VoIP pushes</Link>). The simulated app
        reads <code>uuid</code>, <code>handle</code>, <code>callerName</code>,{' '}
        <code>handleType</code> and <code>hasVideo</code>; your call id and caller keys are copied
        onto <code>uuid</code> and <code>handle</code>.
      </p>
      <div className={styles.deliverControls}>
        <Checkbox
          checked={phone.locked}
          testId="vp-deliver-locked"
          onChange={(locked) => setPhone({...phone, locked})}>
          Phone locked
        </Checkbox>
        <SelectField
          id={id('app-state')}
          label="The app"
          value={phone.appState}
          options={appStates}
          testId="vp-deliver-app-state"
          onChange={(appState) => setPhone({...phone, appState})}
        />
        <Checkbox
          checked={phone.doNotDisturb}
          testId="vp-deliver-dnd"
          onChange={(doNotDisturb) => setPhone({...phone, doNotDisturb})}>
          Do Not Disturb
        </Checkbox>
        <SelectField
          id={id('behaviour')}
          label="App behaviour"
          value={behaviour}
          options={behaviourOptions}
          testId="vp-deliver-behaviour"
          onChange={setBehaviour}
        />
        <Checkbox checked={userAnswers} testId="vp-deliver-answer" onChange={setUserAnswers}>
          The user answers after 2 s, the caller hangs up at 9 s
        </Checkbox>
        <button
          type="button"
          className="button button--primary"
          data-testid="vp-deliver"
          onClick={deliver}>
          Deliver to the simulator
        </button>
      </div>
      {result === null ? (
        <p className={styles.help}>
          {isBrowser
            ? 'Nothing delivered yet. The simulator loads when you press the button.'
            : 'Delivering to the simulator needs JavaScript; the checks and the commands above work without it.'}
        </p>
      ) : result.ok ? (
        <div className={styles.delivered}>
          <ul className={styles.notes}>
            {result.notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
          <ErrorBoundary
            fallback={({error, tryAgain}) => (
              <SimulatorStopped error={error} tryAgain={tryAgain} />
            )}>
            <Suspense fallback={<p className={styles.help}>Loading the simulator…</p>}>
              <Simulator
                key={delivered?.generation}
                scenarioId={null}
                scenario={result.scenario}
                overrides={result.overrides}
                openWhatIf={Object.keys(result.overrides).length > 0}
              />
            </Suspense>
          </ErrorBoundary>
        </div>
      ) : (
        <ToolMessages
          idPrefix={id('message')}
          messages={result.messages}
          emptyText=""
          testId="vp-delivery-messages"
        />
      )}
    </section>
  );
}
