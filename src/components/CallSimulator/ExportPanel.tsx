import {useId, useRef, useState, type ReactNode} from 'react';
import useBaseUrl from '@docusaurus/useBaseUrl';

import {
  encodeShareLink,
  maxShareQueryLength,
  traceToSequenceDiagram,
  type Scenario,
  type TraceEntry,
  type WhatIfOverrides,
} from '@site/simulator/src';

import {formatInteger} from '../reference/format';
import styles from './styles.module.css';

export interface ExportPanelProps {
  scenarioId: string | null;
  /** The scenario as loaded (the share link carries it with the overrides on top). */
  base: Scenario;
  /** The scenario that runs, overrides applied: what "Copy scenario" gives. */
  scenario: Scenario;
  overrides: WhatIfOverrides;
  trace: readonly TraceEntry[];
}

function ExportField({
  label,
  value,
  name,
}: {
  label: string;
  value: string;
  name: string;
}): ReactNode {
  const id = useId();
  const area = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState('');
  const copy = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(value);
      setStatus('Copied.');
    } catch {
      area.current?.select();
      setStatus(
        'Your browser blocked the clipboard: the text is selected, copy it with the keyboard.',
      );
    }
  };
  return (
    <div className={styles.exportField} data-export={name}>
      <div className={styles.exportHead}>
        <label htmlFor={id}>{label}</label>
        <button
          type="button"
          className="button button--sm button--secondary"
          onClick={() => void copy()}>
          Copy {label.toLowerCase()}
        </button>
        <span className={styles.small} role="status">
          {status}
        </span>
      </div>
      <textarea
        id={id}
        ref={area}
        readOnly
        value={value}
        rows={name === 'link' ? 2 : 6}
        spellCheck={false}
      />
    </div>
  );
}

/** Export the scenario as JSON, the trace as a Mermaid sequence diagram, and a share link. */
export default function ExportPanel(props: ExportPanelProps): ReactNode {
  const playground = useBaseUrl('/playground');
  const query =
    props.scenarioId !== null
      ? encodeShareLink({scenarioId: props.scenarioId}, props.overrides)
      : encodeShareLink({scenario: props.base}, props.overrides);
  const origin = typeof window === 'undefined' ? '' : window.location.origin;
  const json = JSON.stringify(props.scenario, null, 2);
  const mermaid = traceToSequenceDiagram(props.trace, {
    title: props.scenario.title,
    autonumber: true,
  });
  return (
    <div className={styles.exportPanel}>
      <ExportField label="Scenario JSON" name="json" value={json} />
      <ExportField label="Trace as Mermaid" name="mermaid" value={mermaid} />
      {query.length > maxShareQueryLength ? (
        <p className={styles.small} data-export="link">
          This scenario is too large for a share link ({formatInteger(query.length)} characters;
          links carry at most {formatInteger(maxShareQueryLength)}). Share the scenario JSON
          instead: it opens in the playground’s editor.
        </p>
      ) : (
        <ExportField label="Share link" name="link" value={`${origin}${playground}${query}`} />
      )}
    </div>
  );
}
