/**
 * CXCallUpdate properties (spec §7): call metadata sent from the app to the system.
 */
import type {Note, Provenance} from './confidence';
import type {Handle} from './handleTypes';

/** How each Swift type of a call-update property is represented in the simulator. */
export interface CallUpdateValueTypes {
  readonly 'CXHandle?': Handle | null;
  readonly 'String?': string | null;
  readonly Bool: boolean;
}

export type CallUpdateSwiftType = keyof CallUpdateValueTypes;

export interface CallUpdateProperty {
  readonly name: string;
  readonly swiftType: CallUpdateSwiftType;
  /** One line: what the property changes in the system / native UI. */
  readonly effect: string;
  readonly provenance: Provenance;
  readonly notes?: readonly Note[];
}

const callUpdatePropertiesTable = [
  {
    name: 'remoteHandle',
    swiftType: 'CXHandle?',
    effect:
      'The other party (caller or callee); used for contact matching, the Recents entry and calling back.',
    provenance: {confidence: 'DOC', sources: ['A24', 'A34']},
    notes: [
      {
        text: 'iOS 26 report: a nil or empty handle can stop the locked CallKit UI from opening the app.',
        confidence: 'OBS',
        sources: ['F3'],
      },
    ],
  },
  {
    name: 'localizedCallerName',
    swiftType: 'String?',
    effect: 'A display name that replaces the one the system would take from Contacts.',
    provenance: {confidence: 'DOC', sources: ['A24']},
  },
  {
    name: 'supportsHolding',
    swiftType: 'Bool',
    effect: 'Whether the call can be held or swapped; drives the hold button and Hold & Accept.',
    provenance: {confidence: 'DOC', sources: ['A24', 'H-CXCallUpdate']},
    notes: [
      {
        text: 'Bug reports say Hold & Accept can still appear when this is false.',
        confidence: 'OBS',
        sources: ['O7'],
      },
    ],
  },
  {
    name: 'supportsGrouping',
    swiftType: 'Bool',
    effect: 'Whether the call can be merged while it is not in a group (merge control).',
    provenance: {confidence: 'DOC', sources: ['A24']},
  },
  {
    name: 'supportsUngrouping',
    swiftType: 'Bool',
    effect: 'Whether the call can be split out of its group to go private.',
    provenance: {confidence: 'DOC', sources: ['A24']},
  },
  {
    name: 'supportsDTMF',
    swiftType: 'Bool',
    effect: 'Whether keypad and hard-pause digits can be sent (keypad availability).',
    provenance: {confidence: 'DOC', sources: ['A24']},
  },
  {
    name: 'hasVideo',
    swiftType: 'Bool',
    effect: 'Audio only or audio plus video; switching it to true later reports a video upgrade.',
    provenance: {confidence: 'DOC', sources: ['A24']},
  },
] as const satisfies readonly CallUpdateProperty[];

/** Facts about CXCallUpdate as a whole. */
export const callUpdateNotes = [
  {
    text: 'Only properties that were set are applied; unset ones leave the call unchanged.',
    confidence: 'DOC',
    sources: ['A24', 'H-CXCallUpdate'],
  },
  {
    text: 'A Bool never set on the first report is believed to count as false.',
    confidence: 'UNCONFIRMED',
    sources: [],
  },
  {
    text: 'Most open-source apps set every property explicitly.',
    confidence: 'OBS',
    sources: ['O1', 'O2', 'O5'],
  },
] as const satisfies readonly Note[];

export type CallUpdatePropertyCase = (typeof callUpdatePropertiesTable)[number] &
  CallUpdateProperty;

export const callUpdateProperties: readonly CallUpdatePropertyCase[] = callUpdatePropertiesTable;
export type CallUpdatePropertyName = CallUpdatePropertyCase['name'];

/** A CXCallUpdate as plain data: an absent key means "not set", so the system ignores it. */
export type CallUpdate = {
  readonly [P in CallUpdatePropertyCase as P['name']]?: CallUpdateValueTypes[P['swiftType']];
};

/** Looks up a call-update property by name; undefined when unknown. */
export function callUpdatePropertyByName(name: string): CallUpdatePropertyCase | undefined {
  return callUpdateProperties.find((property) => property.name === name);
}
