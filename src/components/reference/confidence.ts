/**
 * How the reference pages name the spec's confidence tags. The tags themselves come from the
 * simulator's vocabulary (`confidenceLevels`); this file only words them for readers.
 */
import type {Confidence} from '@site/simulator/src/data';

/** Short label: the badge's tooltip and accessible expansion. */
export const confidenceLabel: Readonly<Record<Confidence, string>> = {
  DOC: 'Documented by Apple',
  DTS: 'Stated by an Apple engineer',
  OBS: 'Observed, not documented',
  UNCONFIRMED: 'Unconfirmed',
};

/** One sentence for the legend. */
export const confidenceDescription: Readonly<Record<Confidence, string>> = {
  DOC: 'Apple documentation, an SDK header, an Apple sample or a WWDC session says so.',
  DTS: 'An Apple engineer (Developer Technical Support) said so on the Developer Forums: authoritative, not contractual.',
  OBS: 'Seen in well-known open-source implementations or reported by several developers; Apple does not document it.',
  UNCONFIRMED:
    'No source confirms it; the text gives what is believed, and the simulator turns it into a named assumption or avoids it.',
};
