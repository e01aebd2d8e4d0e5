/**
 * The builder's form, generated from the property table (vocabulary/providerConfiguration.ts):
 * one field per CXProviderConfiguration property, its kind taken from the property's Swift type,
 * so a property added to the table shows up in the form. Deprecated properties (localizedName,
 * "no longer supported" since iOS 14) are explained by the page, not offered.
 */
import {handleTypes, type HandleTypeName} from '../../vocabulary/handleTypes';
import type {IOSVersion} from '../../vocabulary/platform';
import {
  providerConfigurationProperties,
  type ConfigurationSwiftType,
  type ProviderConfigurationPropertyCase,
} from '../../vocabulary/providerConfiguration';

/** A property the builder offers: every property of the table that is not deprecated. */
export type OfferedProperty = Exclude<
  ProviderConfigurationPropertyCase,
  {readonly deprecated: IOSVersion}
>;
export type OfferedPropertyName = OfferedProperty['name'];

/** What the reader types, per Swift type: numbers stay text so "abc" can be kept and reported. */
export interface DraftValueTypes {
  /** '' means nil. */
  readonly 'String?': string;
  /** The image's name in the app's asset catalog; '' means nil (no icon). */
  readonly 'Data?': string;
  readonly Int: string;
  readonly Bool: boolean;
  readonly 'Set<CXHandle.HandleType>': readonly HandleTypeName[];
}

/** The values the code is generated from, per Swift type. */
export interface BuilderValueTypes {
  readonly 'String?': string | null;
  /** An image loaded by name from the asset catalog, or nil. */
  readonly 'Data?': {readonly assetName: string} | null;
  readonly Int: number;
  readonly Bool: boolean;
  readonly 'Set<CXHandle.HandleType>': readonly HandleTypeName[];
}

/** The form as typed: one entry per offered property. */
export type ProviderConfigurationDraft = {
  readonly [P in OfferedProperty as P['name']]: DraftValueTypes[P['swiftType']];
};

/** A checked configuration: the valid values, defaults where the draft was invalid. */
export type BuilderConfiguration = {
  readonly [P in OfferedProperty as P['name']]: BuilderValueTypes[P['swiftType']];
};

export type FieldKind = 'text' | 'image' | 'integer' | 'boolean' | 'handleTypes';

const fieldKindBySwiftType: Readonly<Record<ConfigurationSwiftType, FieldKind>> = {
  'String?': 'text',
  'Data?': 'image',
  Int: 'integer',
  Bool: 'boolean',
  'Set<CXHandle.HandleType>': 'handleTypes',
};

export interface ProviderConfigurationField {
  readonly name: OfferedPropertyName;
  readonly kind: FieldKind;
  readonly property: OfferedProperty;
  /** The release that added the property ('iOS 26' for supportsAudioTranslation). */
  readonly since: IOSVersion;
}

/** The oldest iOS the generated code targets: CXProviderConfiguration() is the iOS 14 init. */
export const minimumDeploymentVersion = 14;

/** The major version of 'iOS 26' or 'iOS 13.2'. */
export function majorVersion(version: IOSVersion): number {
  return Number.parseInt(version.slice('iOS '.length), 10);
}

/** True when the generated code must check the OS version before setting the property. */
export function needsAvailabilityCheck(field: {since: IOSVersion}): boolean {
  return majorVersion(field.since) > minimumDeploymentVersion;
}

function isOffered(property: ProviderConfigurationPropertyCase): property is OfferedProperty {
  return property.deprecated === undefined;
}

/** The form's fields, in the table's order. */
export const providerConfigurationFields: readonly ProviderConfigurationField[] = Object.freeze(
  providerConfigurationProperties.filter(isOffered).map((property) => ({
    name: property.name,
    kind: fieldKindBySwiftType[property.swiftType],
    property,
    since: property.since,
  })),
);

/** The properties the table has but the builder does not offer (deprecated ones). */
export const notOfferedProperties: readonly ProviderConfigurationPropertyCase[] = Object.freeze(
  providerConfigurationProperties.filter((property) => !isOffered(property)),
);

/** The asset name the form starts with for the icon. */
export const defaultIconAssetName = 'CallKitIcon';

/** The handle types, in the vocabulary's order (generic, phoneNumber, emailAddress). */
export const handleTypeNames: readonly HandleTypeName[] = Object.freeze(
  handleTypes.map((handleType) => handleType.swiftName),
);

function draftDefault(field: ProviderConfigurationField): DraftValueTypes[ConfigurationSwiftType] {
  const {property} = field;
  switch (property.swiftType) {
    case 'String?':
      return property.defaultValue ?? '';
    case 'Data?':
      // The table's default is nil; the form suggests an asset name, as the guide's code does.
      return defaultIconAssetName;
    case 'Int':
      return String(property.defaultValue);
    case 'Bool':
      return property.defaultValue;
    case 'Set<CXHandle.HandleType>':
      return [...property.defaultValue];
  }
}

/** The form's starting values: the table's defaults (numbers as text). */
export function defaultProviderConfigurationDraft(): ProviderConfigurationDraft {
  const draft: Record<string, unknown> = {};
  for (const field of providerConfigurationFields) draft[field.name] = draftDefault(field);
  // Built from the generated field list, so TypeScript cannot see the keys: one cast here.
  return draft as ProviderConfigurationDraft;
}
