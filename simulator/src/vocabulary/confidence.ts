import type {SourceKey} from './sources';

/**
 * Confidence tags used by the behaviour specification:
 * - DOC: Apple documentation, SDK header, Apple sample or WWDC session.
 * - DTS: an Apple engineer (Developer Technical Support) on the Developer Forums.
 * - OBS: observed in open-source implementations or reported by several developers.
 * - UNCONFIRMED: no source confirms it; the value given is a belief or an assumption.
 */
export const confidenceLevels = ['DOC', 'DTS', 'OBS', 'UNCONFIRMED'] as const;

export type Confidence = (typeof confidenceLevels)[number];

/** Where a fact comes from and how much it can be trusted. */
export interface Provenance {
  readonly confidence: Confidence;
  /** Sources backing the fact; may be empty only for UNCONFIRMED facts. */
  readonly sources: readonly SourceKey[];
}

/**
 * A one-line side fact attached to an entry when it carries a different confidence from
 * the entry itself (e.g. a DOC error code whose real-world trigger is only OBS, or whose
 * semantics are UNCONFIRMED).
 */
export interface Note extends Provenance {
  readonly text: string;
}

/** Type guard for the confidence tags. */
export function isConfidence(value: string): value is Confidence {
  return (confidenceLevels as readonly string[]).includes(value);
}
