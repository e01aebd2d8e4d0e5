/**
 * The configuration as Swift and Objective-C against today's API: the iOS 14 init(), every
 * offered property written out (explicit is clearer, and some defaults are unconfirmed) except a
 * nil ringtone or icon, properties newer than the deployment target behind an availability check,
 * then how to create the provider. Reader text only ever appears inside escaped string literals.
 */
import {handleTypes, type HandleTypeName} from '../../vocabulary/handleTypes';
import {
  majorVersion,
  needsAvailabilityCheck,
  providerConfigurationFields,
  type BuilderConfiguration,
  type ProviderConfigurationField,
} from './fields';
import {objectiveCStringLiteral, swiftStringLiteral} from './stringLiterals';

export interface ProviderConfigurationCodeOptions {
  /** Add the commented lines that create the provider and set its delegate (default true). */
  readonly includeProviderUsage?: boolean;
}

const indent = '    ';

function valueOf(configuration: BuilderConfiguration, field: ProviderConfigurationField): unknown {
  return (configuration as Readonly<Record<string, unknown>>)[field.name];
}

function orderedHandleTypes(value: unknown): HandleTypeName[] {
  const chosen = Array.isArray(value) ? (value as unknown[]) : [];
  return handleTypes.map((type) => type.swiftName).filter((name) => chosen.includes(name));
}

function assetNameOf(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const name = (value as {assetName?: unknown}).assetName;
  return typeof name === 'string' ? name : null;
}

/** The statements that set one property (none for nil), without indentation. */
function swiftLines(field: ProviderConfigurationField, value: unknown): string[] {
  const target = `configuration.${field.name}`;
  switch (field.kind) {
    case 'text':
      return typeof value === 'string' ? [`${target} = ${swiftStringLiteral(value)}`] : [];
    case 'image': {
      const asset = assetNameOf(value);
      return asset === null
        ? []
        : [
            '// A square PNG glyph on a transparent background; only its alpha channel is used.',
            `${target} = UIImage(named: ${swiftStringLiteral(asset)})?.pngData()`,
          ];
    }
    case 'integer':
      return [`${target} = ${Number(value)}`];
    case 'boolean':
      return [`${target} = ${value === true ? 'true' : 'false'}`];
    case 'handleTypes':
      return [
        `${target} = [${orderedHandleTypes(value)
          .map((name) => `.${name}`)
          .join(', ')}]`,
      ];
  }
}

const objectiveCHandleType: Readonly<Record<HandleTypeName, string>> = {
  generic: 'CXHandleTypeGeneric',
  phoneNumber: 'CXHandleTypePhoneNumber',
  emailAddress: 'CXHandleTypeEmailAddress',
};

function objectiveCLines(field: ProviderConfigurationField, value: unknown): string[] {
  const target = `configuration.${field.name}`;
  switch (field.kind) {
    case 'text':
      return typeof value === 'string' ? [`${target} = ${objectiveCStringLiteral(value)};`] : [];
    case 'image': {
      const asset = assetNameOf(value);
      return asset === null
        ? []
        : [
            '// A square PNG glyph on a transparent background; only its alpha channel is used.',
            `UIImage *icon = [UIImage imageNamed:${objectiveCStringLiteral(asset)}];`,
            'if (icon != nil) {',
            `${indent}${target} = UIImagePNGRepresentation(icon);`,
            '}',
          ];
    }
    case 'integer':
      return [`${target} = ${Number(value)};`];
    case 'boolean':
      return [`${target} = ${value === true ? 'YES' : 'NO'};`];
    case 'handleTypes': {
      const types = orderedHandleTypes(value);
      return [
        types.length === 0
          ? `${target} = [NSSet set];`
          : `${target} = [NSSet setWithObjects:${types
              .map((name) => `@(${objectiveCHandleType[name]})`)
              .join(', ')}, nil];`,
      ];
    }
  }
}

function availabilityVersion(field: ProviderConfigurationField): string {
  return `${majorVersion(field.since)}.0`;
}

/** Each field's lines, wrapped in an availability check when the property is newer. */
function body(
  configuration: BuilderConfiguration,
  linesOf: (field: ProviderConfigurationField, value: unknown) => string[],
  check: (version: string) => string,
): string[] {
  const out: string[] = [];
  for (const field of providerConfigurationFields) {
    const lines = linesOf(field, valueOf(configuration, field));
    if (lines.length === 0) continue;
    if (needsAvailabilityCheck(field)) {
      out.push(`${check(availabilityVersion(field))} {`, ...lines.map((l) => indent + l), '}');
    } else {
      out.push(...lines);
    }
  }
  return out;
}

/** Swift: a function returning the configuration, then how to create the provider. */
export function providerConfigurationSwift(
  configuration: BuilderConfiguration,
  options: ProviderConfigurationCodeOptions = {},
): string {
  const lines = [
    'import CallKit',
    'import UIKit',
    '',
    'func makeProviderConfiguration() -> CXProviderConfiguration {',
    `${indent}let configuration = CXProviderConfiguration()`,
    ...body(configuration, swiftLines, (version) => `if #available(iOS ${version}, *)`).map(
      (line) => indent + line,
    ),
    `${indent}return configuration`,
    '}',
  ];
  if (options.includeProviderUsage !== false) {
    lines.push(
      '',
      '// Once, at launch; keep the provider and set the delegate before the first report:',
      '// let provider = CXProvider(configuration: makeProviderConfiguration())',
      '// provider.setDelegate(callDelegate, queue: .main)',
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Objective-C: a function returning the configuration, then how to create the provider. */
export function providerConfigurationObjectiveC(
  configuration: BuilderConfiguration,
  options: ProviderConfigurationCodeOptions = {},
): string {
  const lines = [
    '@import CallKit;',
    '@import UIKit;',
    '',
    'static CXProviderConfiguration *MakeProviderConfiguration(void) {',
    `${indent}CXProviderConfiguration *configuration = [[CXProviderConfiguration alloc] init];`,
    ...body(configuration, objectiveCLines, (version) => `if (@available(iOS ${version}, *))`).map(
      (line) => indent + line,
    ),
    `${indent}return configuration;`,
    '}',
  ];
  if (options.includeProviderUsage !== false) {
    lines.push(
      '',
      '// Once, at launch; keep the provider and set the delegate before the first report:',
      '// CXProvider *provider =',
      '//     [[CXProvider alloc] initWithConfiguration:MakeProviderConfiguration()];',
      '// [provider setDelegate:callDelegate queue:dispatch_get_main_queue()];',
    );
  }
  return `${lines.join('\n')}\n`;
}
