/**
 * The trace's other two formats, next to the diagrams for symmetry: plain text (one line per entry,
 * from `trace/formatText.ts`) and JSON (the entries as they are, which is the public contract).
 */
import type {TraceEntry} from '../trace/types';

export {formatTraceText as traceToText} from '../trace/formatText';

/**
 * The trace as pretty-printed JSON (newline-terminated): the entries array, as it appears under
 * `trace` in the CLI's `run --format json` output.
 */
export function traceToJson(trace: readonly TraceEntry[]): string {
  return `${JSON.stringify(trace, null, 2)}\n`;
}
