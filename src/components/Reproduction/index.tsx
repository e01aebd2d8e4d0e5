/**
 * `<Reproduction entry="app-killed-push-not-reported" />` for the troubleshooting guides
 * (registered globally in src/theme/MDXComponents.tsx): a short caption and the entry's simulator,
 * started with its what-if switch at the value that reproduces the failure. Flipping the switch
 * shows the fixed flow. The entries live in simulator/src/troubleshooting (data, no engine).
 */
import type {ReactNode} from 'react';

import CallSimulator from '@site/src/components/CallSimulator';
import {troubleshootingEntries, troubleshootingEntry} from '@site/simulator/src/data';
import {whatIfToggle} from '@site/simulator/src/player/whatIf';

import styles from './styles.module.css';

export interface ReproductionProps {
  /** The id of a troubleshooting entry (its anchor on the page). */
  entry: string;
}

function onOff(value: boolean): 'on' | 'off' {
  return value ? 'on' : 'off';
}

export default function Reproduction({entry: id}: ReproductionProps): ReactNode {
  const entry = troubleshootingEntry(String(id));
  if (!entry) {
    return (
      <div className={styles.error} data-testid="reproduction" data-entry={String(id)} role="alert">
        There is no troubleshooting entry called “{String(id)}”. Known entries:{' '}
        {troubleshootingEntries.map((known) => known.id).join(', ')}.
      </div>
    );
  }
  const label = whatIfToggle(entry.toggle)?.label ?? entry.toggle;
  const failing = onOff(entry.failureValue);
  const fixing = onOff(!entry.failureValue);
  return (
    <div
      className={styles.reproduction}
      data-testid="reproduction"
      data-entry={entry.id}
      role="group"
      aria-label={`Reproduction: ${entry.title}`}>
      <div className={styles.caption}>
        <p>
          This simulator starts with <strong>{label}</strong> switched {failing}, which reproduces
          the failure. Turn it {fixing} under <em>What if…</em> to see the fixed flow.
        </p>
        <p>{entry.watch}</p>
      </div>
      <CallSimulator scenario={entry.scenario} whatIf={`${entry.toggle}:${failing}`} openWhatIf />
    </div>
  );
}
