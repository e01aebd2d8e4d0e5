/**
 * The static description of a sequence diagram: its messages in order, as the build-time remark
 * plugin (src/remark/sequenceDiagram.ts) writes them into the `steps` attribute (JSON) and the
 * component reads them back. Plain data, no simulator import: the page bundle stays light.
 */

/** One message of the diagram (one trace entry). */
export interface SequenceStep {
  /** The arrow's number in the drawn diagram (Mermaid `autonumber`); null for a note over a lane. */
  n: number | null;
  /** Virtual milliseconds since the start of the run. */
  at: number;
  /** Lane titles as the diagram shows them (`App`, `CallKit (callservicesd)`). */
  from: string;
  to: string;
  /** The entry kind: `completion` arrows are dashed in the diagram. */
  kind: 'call' | 'callback' | 'completion' | 'event';
  /** The message label: API or event name, ` [CXSomeAction]`, ` · caller`, errors marked ✗. */
  text: string;
  /** True when the entry carries an error. */
  error?: true;
  /** The note the diagram shows next to the message (errors, the app being killed, the call UI). */
  note?: string;
}

const kinds: ReadonlySet<string> = new Set(['call', 'callback', 'completion', 'event']);

function isStep(value: unknown): value is SequenceStep {
  if (typeof value !== 'object' || value === null) return false;
  const step = value as Record<string, unknown>;
  return (
    (step['n'] === null || typeof step['n'] === 'number') &&
    typeof step['at'] === 'number' &&
    typeof step['from'] === 'string' &&
    typeof step['to'] === 'string' &&
    typeof step['kind'] === 'string' &&
    kinds.has(step['kind']) &&
    typeof step['text'] === 'string' &&
    (step['error'] === undefined || step['error'] === true) &&
    (step['note'] === undefined || typeof step['note'] === 'string')
  );
}

/** The steps from their JSON text, or null when the text is missing or not a list of steps. */
export function parseSteps(json: string | undefined): SequenceStep[] | null {
  if (json === undefined) return null;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  return Array.isArray(value) && value.every(isStep) ? value : null;
}
