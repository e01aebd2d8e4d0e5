/**
 * A trace as plain text, one line per entry, for the CLI, logs and snapshot tests:
 *
 * `   2000  #7  callkit → app      callback    CXProviderDelegate.provider(_:perform:) [CXAnswerCallAction] call=E621E1F8…  — The system asks the app to answer.`
 *
 * Columns: virtual time (ms, right-aligned), sequence number, from → to lanes, kind, then the API
 * with the action, a short call UUID, the error (`✗ Domain.name (code)`), extra details, and the
 * note. Output depends on the entries alone, so it is deterministic.
 */
import type {TraceDetailValue, TraceEntry, TraceError} from './types';
import {lanes} from './types';

interface ColumnWidths {
  readonly at: number;
  readonly seq: number;
}

/** Fits times up to 9,999,999 ms (about 2 h 46 min) and keeps the sample line's layout. */
const minimumAtWidth = 7;
const laneWidth = Math.max(...lanes.map((lane) => lane.length));
const kindWidth = 'completion'.length;
const gap = '  ';
/** Characters of the call UUID shown before the ellipsis. */
const shortUUIDLength = 8;

// eslint-disable-next-line no-control-regex
const lineBreaks = /[\u0000-\u001f\u007f\u2028\u2029]+/g;

/** Keeps one entry on one line whatever its strings contain. */
function oneLine(text: string): string {
  return text.replace(lineBreaks, ' ');
}

function shortUUID(uuid: string): string {
  return uuid.length > shortUUIDLength + 1 ? `${uuid.slice(0, shortUUIDLength)}…` : uuid;
}

/** `✗ CXErrorCodeRequestTransactionError.unknownCallUUID (4)` */
export function formatTraceError(error: TraceError): string {
  return `✗ ${error.domain}.${error.name} (${error.code})`;
}

function formatDetailValue(value: TraceDetailValue): string {
  if (value === null) return 'null';
  if (typeof value === 'string')
    return /^[^\s"{}[\],=]+$/.test(value) ? value : JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return `[${value.map((item) => formatDetailValue(item)).join(',')}]`;
}

function formatEntry(entry: TraceEntry, widths: ColumnWidths): string {
  const at = String(entry.at).padStart(widths.at);
  const seq = `#${entry.seq}`.padEnd(widths.seq);
  const route = `${entry.from.padEnd(laneWidth)} → ${entry.to.padEnd(laneWidth)}`;
  const kind = entry.kind.padEnd(kindWidth);

  let what = entry.api;
  if (entry.action !== undefined) what += ` [${entry.action}]`;
  if (entry.callUUID !== undefined) what += ` call=${shortUUID(entry.callUUID)}`;
  if (entry.error !== undefined) what += ` ${formatTraceError(entry.error)}`;
  if (entry.detail !== undefined) {
    const pairs = Object.keys(entry.detail).flatMap((key) => {
      const value = entry.detail?.[key];
      return value === undefined ? [] : [`${key}=${formatDetailValue(value)}`];
    });
    if (pairs.length > 0) what += ` {${pairs.join(' ')}}`;
  }

  return oneLine(`${at}${gap}${seq}${gap}${route}${gap}${kind}${gap}${what}  — ${entry.note}`);
}

/** One entry as one line (no trailing newline), with the default column widths. */
export function formatTraceEntry(entry: TraceEntry): string {
  return formatEntry(entry, {at: minimumAtWidth, seq: `#${entry.seq}`.length});
}

/** The whole trace: one newline-terminated line per entry, columns aligned across entries. */
export function formatTraceText(trace: readonly TraceEntry[]): string {
  let at = minimumAtWidth;
  let seq = 0;
  for (const entry of trace) {
    at = Math.max(at, String(entry.at).length);
    seq = Math.max(seq, `#${entry.seq}`.length);
  }
  return trace.map((entry) => `${formatEntry(entry, {at, seq})}\n`).join('');
}
