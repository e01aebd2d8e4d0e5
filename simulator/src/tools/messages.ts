/**
 * The shape of every message the tools show: a stable code (a public contract: the UI writes it
 * into `data-code`, outside checks match on it), a severity, the form field it belongs to and one
 * or two plain sentences. Text quoted from the reader goes through quoteUserText, and the UI
 * renders every message as text, never as HTML.
 */
import type {Confidence} from '../vocabulary/confidence';

export type ToolMessageSeverity = 'error' | 'warning' | 'info';

export interface ToolMessage<Code extends string = string> {
  readonly code: Code;
  readonly severity: ToolMessageSeverity;
  /** The form field the message is about (the UI links it with aria-describedby), or null. */
  readonly field: string | null;
  readonly text: string;
  /** What backs a claim about iOS or APNs in the text, when it makes one. */
  readonly confidence?: Confidence;
}

export {maxQuotedLength, quoteUserText} from '../scenario/errors';

/** Severity order for sorting: errors first. */
export const severityRank: Readonly<Record<ToolMessageSeverity, number>> = {
  error: 0,
  warning: 1,
  info: 2,
};
