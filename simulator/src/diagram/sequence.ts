/**
 * A trace as a Mermaid `sequenceDiagram`: one column per lane, one message per trace entry.
 *
 * - Lanes appear in the fixed order user, app, callkit, pushkit, audio, server, remote, and only
 *   the lanes the trace uses.
 * - `call`, `callback` and `event` entries are solid arrows (`->>`); `completion` entries are
 *   dashed (`-->>`). An entry whose `from` and `to` are the same lane is a `Note over` that lane.
 * - The label is the API name, then ` [CXSomeAction]`, then ` · <caller>` when the entry carries a
 *   handle or caller name (the report of an incoming call, the user's Call tap, the start action).
 * - Errors read `✗ <api> ✗ <name> (<code>)`, sit in a red `rect` and carry their note.
 * - `system.terminateApp` sits in a `break` block titled with the kill reason, with its note.
 * - `system.showIncomingCallUI` carries its note (what the phone shows).
 * - `highlightSeq` wraps that entry in a blue `rect` (the UI's "current step").
 *
 * Every piece of text goes through {@link escapeMermaidText}; ids are the lane names.
 */
import {systemEvent} from '../trace/apiNames';
import type {Lane, TraceEntry} from '../trace/types';
import {lanes} from '../trace/types';
import {escapeMermaidText, truncateText} from './escape';

export interface SequenceDiagramOptions {
  /** Shown as the diagram's title and used as its accessible title. */
  title?: string;
  /** The `seq` of one entry to highlight. */
  highlightSeq?: number;
  /** Numbers the arrows (Mermaid `autonumber`; notes are not numbered). */
  autonumber?: boolean;
}

/** The participant names readers see, in lane order. */
export const laneTitles: Readonly<Record<Lane, string>> = {
  user: 'User',
  app: 'App',
  callkit: 'CallKit (callservicesd)',
  pushkit: 'PushKit (APNs)',
  audio: 'AVAudioSession',
  server: 'App server',
  remote: 'Remote party',
};

/** Fill colours of the marking blocks: translucent, so they read in light and dark mode. */
const errorFill = 'rgba(220, 38, 38, 0.14)';
const highlightFill = 'rgba(37, 99, 235, 0.16)';

/** Longest caller name or handle shown in a message label (longer ones end with `…`). */
const maxCallerLength = 40;

const indent = '  ';

function callerOf(entry: TraceEntry): string | null {
  const name = entry.detail?.['localizedCallerName'];
  if (typeof name === 'string' && name.trim() !== '') return name;
  const handle = entry.detail?.['handle'];
  if (typeof handle === 'string' && handle.trim() !== '') return handle;
  return null;
}

/** The message text of one entry, before escaping. */
export function sequenceLabel(entry: TraceEntry): string {
  let label = entry.api;
  if (entry.action !== undefined) label += ` [${entry.action}]`;
  const caller = callerOf(entry);
  if (caller !== null) label += ` · ${truncateText(caller.trim(), maxCallerLength)}`;
  if (entry.error !== undefined) {
    label = `✗ ${label} ✗ ${entry.error.name} (${entry.error.code})`;
  }
  return label;
}

function killReason(entry: TraceEntry): string {
  const reason = entry.detail?.['reason'];
  return typeof reason === 'string' && reason !== '' ? `App killed: ${reason}` : 'App killed';
}

function showsNote(entry: TraceEntry): boolean {
  return (
    entry.error !== undefined ||
    entry.api === systemEvent.terminateApp ||
    entry.api === systemEvent.showIncomingCallUI
  );
}

function entryLines(entry: TraceEntry): string[] {
  const label = escapeMermaidText(sequenceLabel(entry));
  const lines =
    entry.from === entry.to
      ? [`Note over ${entry.from}: ${label}`]
      : [`${entry.from}${entry.kind === 'completion' ? '-->>' : '->>'}${entry.to}: ${label}`];
  if (showsNote(entry) && entry.note.trim() !== '') {
    lines.push(`Note right of ${entry.to}: ${escapeMermaidText(entry.note)}`);
  }
  return lines;
}

function block(opening: string, body: readonly string[]): string[] {
  return [opening, ...body.map((line) => indent + line), 'end'];
}

function entryBlock(entry: TraceEntry, highlightSeq: number | undefined): string[] {
  let lines = entryLines(entry);
  if (entry.error !== undefined) lines = block(`rect ${errorFill}`, lines);
  if (entry.api === systemEvent.terminateApp) {
    lines = block(`break ${escapeMermaidText(killReason(entry))}`, lines);
  }
  if (entry.seq === highlightSeq) lines = block(`rect ${highlightFill}`, lines);
  return lines;
}

function usedLanes(trace: readonly TraceEntry[]): Lane[] {
  const used = new Set<Lane>();
  for (const entry of trace) {
    used.add(entry.from);
    used.add(entry.to);
  }
  return lanes.filter((lane) => used.has(lane));
}

function describe(trace: readonly TraceEntry[], shown: readonly Lane[]): string {
  if (trace.length === 0) return 'An empty trace: nothing happened.';
  const errors = trace.filter((entry) => entry.error !== undefined).length;
  const killed = trace.some((entry) => entry.api === systemEvent.terminateApp);
  const last = trace[trace.length - 1]?.at ?? 0;
  const entries = `${trace.length} trace ${trace.length === 1 ? 'entry' : 'entries'}`;
  const between = shown.map((lane) => laneTitles[lane]).join(', ');
  let text = `${entries} between ${between}, over ${last} ms of virtual time`;
  if (errors > 0) text += `; ${errors} ${errors === 1 ? 'error' : 'errors'}`;
  if (killed) text += '; the app is killed';
  return `${text}.`;
}

/**
 * The trace as Mermaid `sequenceDiagram` source (newline-terminated). Deterministic: the output
 * depends on the entries and options alone.
 */
export function traceToSequenceDiagram(
  trace: readonly TraceEntry[],
  options: SequenceDiagramOptions = {},
): string {
  const shown = usedLanes(trace);
  const title = options.title?.trim() ? options.title : 'CallKit Flow trace';
  const lines: string[] = [];
  if (options.title?.trim()) lines.push(`title ${escapeMermaidText(options.title)}`);
  lines.push(`accTitle: ${escapeMermaidText(title)}`);
  lines.push(`accDescr: ${escapeMermaidText(`Sequence diagram: ${describe(trace, shown)}`)}`);
  if (options.autonumber) lines.push('autonumber');
  for (const lane of shown) {
    lines.push(`participant ${lane} as ${escapeMermaidText(laneTitles[lane])}`);
  }
  for (const entry of trace) lines.push(...entryBlock(entry, options.highlightSeq));
  return `sequenceDiagram\n${lines.map((line) => indent + line).join('\n')}\n`;
}
