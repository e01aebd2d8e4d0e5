/**
 * CXProviderConfiguration properties and defaults (spec §6).
 */
import type {Note, Provenance} from './confidence';
import type {HandleTypeName} from './handleTypes';
import type {IOSVersion} from './platform';

/** How each Swift type of a configuration property is represented in the simulator. */
export interface ConfigurationValueTypes {
  readonly 'String?': string | null;
  /** PNG bytes. */
  readonly 'Data?': Uint8Array | null;
  readonly Int: number;
  readonly Bool: boolean;
  /** A Swift Set, stored as a list of distinct handle type names. */
  readonly 'Set<CXHandle.HandleType>': readonly HandleTypeName[];
}

export type ConfigurationSwiftType = keyof ConfigurationValueTypes;

export interface ConfigurationPropertyBase {
  readonly name: string;
  /** One line: what the property controls. */
  readonly effect: string;
  readonly since: IOSVersion;
  readonly deprecated?: IOSVersion;
  /** Backing for the property itself. */
  readonly provenance: Provenance;
  /** Backing for the default value, which can be weaker than the property's. */
  readonly defaultProvenance: Provenance;
  readonly notes?: readonly Note[];
}

/** One property; `defaultValue` must match the JS representation of `swiftType`. */
export type ConfigurationProperty = {
  [T in ConfigurationSwiftType]: ConfigurationPropertyBase & {
    readonly swiftType: T;
    readonly defaultValue: ConfigurationValueTypes[T];
  };
}[ConfigurationSwiftType];

const providerConfigurationPropertiesTable = [
  {
    name: 'localizedName',
    swiftType: 'String?',
    defaultValue: null,
    effect: 'Read-only name given to the deprecated init(localizedName:); no longer supported.',
    since: 'iOS 10',
    deprecated: 'iOS 14',
    provenance: {confidence: 'DOC', sources: ['A23', 'H4']},
    defaultProvenance: {confidence: 'UNCONFIRMED', sources: []},
    notes: [
      {
        text: 'The spec gives no default; nil is assumed when the iOS 14 init() is used.',
        confidence: 'UNCONFIRMED',
        sources: [],
      },
      {
        text: "Belief: the native UI now labels calls with the app's display name; exact label not verified.",
        confidence: 'UNCONFIRMED',
        sources: [],
      },
      {
        text: 'init() is the designated initializer from iOS 14 on.',
        confidence: 'DOC',
        sources: ['A23', 'H5'],
      },
    ],
  },
  {
    name: 'ringtoneSound',
    swiftType: 'String?',
    defaultValue: null,
    effect: 'Name of a sound file in the app bundle to ring with instead of the system ringtone.',
    since: 'iOS 10',
    provenance: {confidence: 'DOC', sources: ['A23', 'H4']},
    defaultProvenance: {confidence: 'UNCONFIRMED', sources: []},
    notes: [
      {
        text: "Belief: nil means the user's own ringtone is played.",
        confidence: 'UNCONFIRMED',
        sources: [],
      },
    ],
  },
  {
    name: 'iconTemplateImageData',
    swiftType: 'Data?',
    defaultValue: null,
    effect:
      'Square 40 pt PNG whose alpha channel becomes the white in-call button that opens the app.',
    since: 'iOS 10',
    provenance: {confidence: 'DOC', sources: ['A23', 'H4']},
    defaultProvenance: {confidence: 'DOC', sources: ['A23', 'H4']},
  },
  {
    name: 'maximumCallGroups',
    swiftType: 'Int',
    defaultValue: 2,
    effect:
      'Most call groups the provider may have at once; going over fails a request with error 7.',
    since: 'iOS 10',
    provenance: {confidence: 'DOC', sources: ['A23', 'H4', 'A29']},
    defaultProvenance: {confidence: 'DOC', sources: ['A23', 'H4']},
    notes: [
      {
        text: 'A start request beyond the limit fails with maximumCallGroupsReached (7).',
        confidence: 'OBS',
        sources: ['O13'],
      },
      {
        text: 'Behaviour of an incoming call reported while at the limit is not documented.',
        confidence: 'UNCONFIRMED',
        sources: [],
      },
      {
        text: 'With both limits set to 1, the second-call UI offers no Hold & Accept.',
        confidence: 'OBS',
        sources: ['O7'],
      },
    ],
  },
  {
    name: 'maximumCallsPerCallGroup',
    swiftType: 'Int',
    defaultValue: 5,
    effect:
      'Most calls that can be merged into one group; 1 turns merging off (Speakerbox uses 1).',
    since: 'iOS 10',
    provenance: {confidence: 'DOC', sources: ['A23', 'H4', 'SB']},
    defaultProvenance: {confidence: 'DOC', sources: ['A23', 'H4']},
    notes: [
      {
        text: 'Belief: past the limit the merge control is hidden and a forced group request likely fails with invalidAction (6).',
        confidence: 'UNCONFIRMED',
        sources: [],
      },
    ],
  },
  {
    name: 'includesCallsInRecents',
    swiftType: 'Bool',
    defaultValue: true,
    effect: "Whether finished calls are listed in the Phone app's Recents.",
    since: 'iOS 11',
    provenance: {confidence: 'DOC', sources: ['A23', 'H4']},
    defaultProvenance: {confidence: 'DOC', sources: ['A23', 'H4']},
  },
  {
    name: 'supportsVideo',
    swiftType: 'Bool',
    defaultValue: false,
    effect: 'Whether the provider handles video calls as well as audio.',
    since: 'iOS 10',
    provenance: {confidence: 'DOC', sources: ['A23', 'H4']},
    defaultProvenance: {confidence: 'DOC', sources: ['A23', 'H4']},
    notes: [
      {
        text: 'What happens when hasVideo is true while supportsVideo is false is not documented.',
        confidence: 'UNCONFIRMED',
        sources: [],
      },
    ],
  },
  {
    name: 'supportedHandleTypes',
    swiftType: 'Set<CXHandle.HandleType>',
    defaultValue: [],
    effect: 'Which kinds of handle (generic, phone number, email) the provider accepts.',
    since: 'iOS 10',
    provenance: {confidence: 'DOC', sources: ['A23', 'H4']},
    defaultProvenance: {confidence: 'UNCONFIRMED', sources: []},
    notes: [
      {
        text: 'The default is not documented; belief: an empty set.',
        confidence: 'UNCONFIRMED',
        sources: [],
      },
    ],
  },
  {
    name: 'supportsAudioTranslation',
    swiftType: 'Bool',
    defaultValue: false,
    effect: 'Turns on the iOS 26 call translation action (CXSetTranslatingCallAction).',
    since: 'iOS 26',
    provenance: {confidence: 'DOC', sources: ['H5']},
    defaultProvenance: {confidence: 'UNCONFIRMED', sources: []},
    notes: [
      {
        text: 'The default is not documented; belief: false.',
        confidence: 'UNCONFIRMED',
        sources: [],
      },
    ],
  },
] as const satisfies readonly ConfigurationProperty[];

export type ProviderConfigurationPropertyCase =
  (typeof providerConfigurationPropertiesTable)[number] & ConfigurationPropertyBase;

export const providerConfigurationProperties: readonly ProviderConfigurationPropertyCase[] =
  providerConfigurationPropertiesTable;
export type ProviderConfigurationPropertyName = ProviderConfigurationPropertyCase['name'];

/** A CXProviderConfiguration as plain data, derived from the property table. */
export type ProviderConfiguration = {
  readonly [
    P in ProviderConfigurationPropertyCase as P['name']
  ]: ConfigurationValueTypes[P['swiftType']];
};

function buildDefaultConfiguration(): ProviderConfiguration {
  const values: Record<string, unknown> = {};
  for (const property of providerConfigurationProperties) {
    const value = property.defaultValue;
    values[property.name] = Array.isArray(value) ? Object.freeze([...value]) : value;
  }
  return Object.freeze(values) as ProviderConfiguration;
}

/** Defaults of every property, taken from the table above. */
export const defaultProviderConfiguration: ProviderConfiguration = buildDefaultConfiguration();

/** Looks up a configuration property by name; undefined when unknown. */
export function providerConfigurationPropertyByName(
  name: string,
): ProviderConfigurationPropertyCase | undefined {
  return providerConfigurationProperties.find((property) => property.name === name);
}
