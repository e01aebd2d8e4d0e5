import {useEffect, useRef, type ReactNode} from 'react';

import {laneTitles, lanes, sequenceLabel, type Lane, type TraceEntry} from '@site/simulator/src';

import styles from './styles.module.css';

export interface TraceTimelineProps {
  trace: readonly TraceEntry[];
  /** Entries from this index on were written by the last step. */
  latestFrom: number;
  onRewind: (seq: number) => void;
}

const laneIndex = new Map<Lane, number>(lanes.map((lane, index) => [lane, index]));

function detailText(entry: TraceEntry): string | null {
  if (!entry.detail) return null;
  const parts = Object.entries(entry.detail)
    .filter(([key]) => key !== 'payload')
    .map(([key, value]) => `${key}=${Array.isArray(value) ? value.join(',') : String(value)}`);
  return parts.length > 0 ? parts.join(' · ') : null;
}

function Arrow({entry}: {entry: TraceEntry}): ReactNode {
  const from = laneIndex.get(entry.from) ?? 0;
  const to = laneIndex.get(entry.to) ?? 0;
  const start = Math.min(from, to) + 1;
  const end = Math.max(from, to) + 2;
  const self = from === to;
  return (
    <div className={styles.laneRow} aria-hidden="true">
      <div
        className={`${styles.arrow} ${self ? styles.arrowSelf : from < to ? styles.arrowRight : styles.arrowLeft} ${entry.kind === 'completion' ? styles.arrowDashed : ''}`}
        style={{gridColumn: `${start} / ${end}`}}
      />
    </div>
  );
}

/**
 * The trace so far as a timeline, one column per lane (user, app, CallKit, PushKit, audio,
 * server, remote). Entries written by the last step are highlighted; choosing an entry rewinds
 * the simulation to the step that wrote it.
 */
export default function TraceTimeline({
  trace,
  latestFrom,
  onRewind,
}: TraceTimelineProps): ReactNode {
  const listRef = useRef<HTMLOListElement>(null);
  useEffect(() => {
    // Keep the newest entries visible inside the list without scrolling the page.
    const list = listRef.current;
    if (list) list.scrollTop = list.scrollHeight;
  }, [trace.length]);
  return (
    <div className={styles.timeline}>
      <div className={styles.laneHeader} aria-hidden="true">
        {lanes.map((lane) => (
          <span key={lane}>{laneTitles[lane].replace(/ \(.*\)$/, '')}</span>
        ))}
      </div>
      {trace.length === 0 ? (
        <p className={styles.empty}>Nothing has happened yet. Press Step or Play.</p>
      ) : null}
      <ol ref={listRef} className={styles.traceList} data-testid="sim-trace" aria-label="Trace">
        {trace.map((entry) => {
          const latest = entry.seq >= latestFrom;
          const detail = detailText(entry);
          return (
            <li
              key={entry.seq}
              data-testid="trace-entry"
              data-seq={entry.seq}
              data-api={entry.api}
              data-kind={entry.kind}
              data-action={entry.action}
              data-error={entry.error?.name}
              data-latest={latest ? 'true' : undefined}
              className={`${styles.traceEntry} ${latest ? styles.latest : ''} ${entry.error ? styles.errorEntry : ''}`}>
              <button
                type="button"
                className={styles.traceButton}
                onClick={() => onRewind(entry.seq)}
                aria-current={latest ? 'step' : undefined}>
                <span className={styles.traceMeta}>
                  <span className={styles.traceTime}>{(entry.at / 1000).toFixed(3)} s</span>
                  <span className={styles.traceLanes}>
                    {entry.from} → {entry.to}
                  </span>
                  <span className={styles.traceKind}>{entry.kind}</span>
                </span>
                <span className={styles.traceApi}>{sequenceLabel(entry)}</span>
                <Arrow entry={entry} />
                <span className={styles.traceNote}>{entry.note}</span>
                {detail ? <span className={styles.traceDetail}>{detail}</span> : null}
                <span className={styles.visuallyHidden}> Rewind to this entry.</span>
              </button>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
