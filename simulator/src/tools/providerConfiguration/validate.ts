/**
 * Checks the builder's form: every value typed is kept, each problem or consequence gets one
 * message with a stable code, and the configuration holds the valid values (the table's default
 * where a value is invalid). Never throws. Claims about iOS carry their confidence tag.
 */
import type {ScenarioConfiguration} from '../../scenario/types';
import {quoteUserText, type ToolMessage} from '../messages';
import {
  handleTypeNames,
  providerConfigurationFields,
  type BuilderConfiguration,
  type BuilderValueTypes,
  type ProviderConfigurationDraft,
  type ProviderConfigurationField,
} from './fields';
import type {ProviderConfigurationMessageCode} from './messages';
import {holdAndAcceptHiddenBecause} from './screens';

export type ProviderConfigurationMessage = ToolMessage<ProviderConfigurationMessageCode>;

export interface ProviderConfigurationCheck {
  readonly configuration: BuilderConfiguration;
  readonly messages: readonly ProviderConfigurationMessage[];
}

/** Above this a limit is allowed but worth a note (the builder's own threshold, not Apple's). */
export const largeLimit = 20;

type Messages = ProviderConfigurationMessage[];

const integerPattern = /^[+-]?\d+$/;

function checkLimit(field: ProviderConfigurationField, typed: string, messages: Messages): number {
  const fallback = field.property.defaultValue as number;
  const name = field.name;
  const text = typed.trim();
  if (!integerPattern.test(text)) {
    messages.push({
      code: 'limit-not-integer',
      severity: 'error',
      field: name,
      text: `${name} must be a whole number (the property is an Int; NSUInteger in Objective-C), not ${quoteUserText(typed)}. The code uses the default, ${fallback}, until this is fixed.`,
    });
    return fallback;
  }
  const value = Number(text);
  if (value < 1) {
    messages.push({
      code: 'limit-below-one',
      severity: 'error',
      field: name,
      text: `${name} must be at least 1, not ${text}: a provider needs room for at least one call. Apple documents no meaning for 0 or less, so the code uses the default, ${fallback}, until this is fixed.`,
    });
    return fallback;
  }
  if (!Number.isSafeInteger(value)) {
    messages.push({
      code: 'limit-too-large',
      severity: 'error',
      field: name,
      text: `${name} is too large for this builder (at most ${Number.MAX_SAFE_INTEGER}). The code uses the default, ${fallback}, until this is fixed.`,
    });
    return fallback;
  }
  if (value > largeLimit) {
    messages.push({
      code: 'limit-large',
      severity: 'info',
      field: name,
      text:
        name === 'maximumCallGroups'
          ? `${value} call groups is allowed; the limit is only a ceiling. A start request fails with maximumCallGroupsReached (7) only when it would go over it, so a stale call that was never reported ended stays unnoticed longer.`
          : `${value} calls per group is allowed; it is only a ceiling on how many calls can be merged into one group.`,
      confidence: 'DOC',
    });
  }
  return value;
}

function checkRingtone(typed: string, messages: Messages): string | null {
  const field = 'ringtoneSound';
  if (typed === '') {
    messages.push({
      code: 'ringtone-default',
      severity: 'info',
      field,
      text: "No ringtone name: ringtoneSound stays nil and the system ringtone plays. That it is always the user's own ringtone is a belief, not documented.",
      confidence: 'UNCONFIRMED',
    });
    return null;
  }
  if (/[/\\]/.test(typed)) {
    messages.push({
      code: 'ringtone-has-path',
      severity: 'warning',
      field,
      text: `ringtoneSound is the name of a sound resource in the app bundle, not a path: ${quoteUserText(typed)} contains a slash. Add the file to the app target and give its name alone, such as "Ringtone.caf".`,
      confidence: 'DOC',
    });
  }
  const base = typed.slice(Math.max(typed.lastIndexOf('/'), typed.lastIndexOf('\\')) + 1);
  if (!/[^.]\.[A-Za-z0-9]+$/.test(base)) {
    messages.push({
      code: 'ringtone-no-extension',
      severity: 'warning',
      field,
      text: `${quoteUserText(typed)} has no file extension. The value names the sound file as it is in the bundle, extension included; Apple's Speakerbox sample uses "Ringtone.caf". Apple documents no error for a name that matches no file: the custom ringtone simply does not play.`,
      confidence: 'DOC',
    });
  }
  return typed;
}

function checkBoolean(
  field: ProviderConfigurationField,
  value: boolean,
  messages: Messages,
): boolean {
  if (field.name === 'includesCallsInRecents' && value) {
    messages.push({
      code: 'recents-intent',
      severity: 'info',
      field: field.name,
      text: 'Finished calls appear in Phone › Recents under your app. Tapping one launches your app with an NSUserActivity carrying a call intent (INStartCallIntent from iOS 13 on); your app turns it into a CXStartCallAction to place the call.',
      confidence: 'DOC',
    });
  }
  if (field.name === 'supportsVideo' && !value) {
    messages.push({
      code: 'video-off',
      severity: 'info',
      field: field.name,
      text: 'Audio only: report every call with hasVideo = false. A provider must declare supportsVideo to present video calls; what iOS does with hasVideo = true on a provider without it is not documented.',
      confidence: 'UNCONFIRMED',
    });
  }
  if (field.name === 'supportsAudioTranslation' && value) {
    messages.push({
      code: 'translation-ios26',
      severity: 'info',
      field: field.name,
      text: 'supportsAudioTranslation exists from iOS 26 on, so the code sets it inside an availability check. It turns on the translation action (CXSetTranslatingCallAction); its default is not documented. The simulator does not model translation.',
      confidence: 'DOC',
    });
  }
  return value;
}

function checkHandleTypes(
  field: ProviderConfigurationField,
  value: readonly string[],
  messages: Messages,
): BuilderValueTypes['Set<CXHandle.HandleType>'] {
  const known = handleTypeNames.filter((name) => value.includes(name));
  if (known.length === 0) {
    messages.push({
      code: 'no-handle-types',
      severity: 'warning',
      field: field.name,
      text: `No handle type is declared. The default is not documented (the belief is an empty set), so declare the types you report and start calls with: ${handleTypeNames.map((name) => `.${name}`).join(', ')}.`,
      confidence: 'UNCONFIRMED',
    });
  }
  return known;
}

/** The consequences of the two limits together, once both are known. */
function checkLimits(configuration: BuilderConfiguration, messages: Messages): void {
  const hidden = holdAndAcceptHiddenBecause(toScenarioConfiguration(configuration));
  if (hidden !== null) {
    messages.push({
      code: 'hold-and-accept-hidden',
      severity: 'warning',
      field: 'maximumCallGroups',
      text: `${hidden} A second call then offers only End & Accept and Decline; keep maximumCallGroups at 2 or more if users should hold one call and take another.`,
      confidence: 'OBS',
    });
  }
  if (configuration.maximumCallGroups === 1) {
    messages.push({
      code: 'second-call-rejected',
      severity: 'warning',
      field: 'maximumCallGroups',
      text: 'With one call group, starting a second call while one is live fails with maximumCallGroupsReached (7) and never reaches your delegate. What happens to an incoming call reported at the limit is not documented.',
      confidence: 'DOC',
    });
  }
  if (configuration.maximumCallsPerCallGroup === 1) {
    messages.push({
      code: 'merging-off',
      severity: 'info',
      field: 'maximumCallsPerCallGroup',
      text: "One call per group turns merging off: calls cannot be merged into a conference (Apple's Speakerbox sample does this).",
      confidence: 'DOC',
    });
  }
}

/** The draft's value for a field, typed loosely: the draft may come from anywhere. */
function draftValue(draft: ProviderConfigurationDraft, field: ProviderConfigurationField): unknown {
  return (draft as Readonly<Record<string, unknown>>)[field.name];
}

function checkField(
  field: ProviderConfigurationField,
  raw: unknown,
  messages: Messages,
): BuilderValueTypes[keyof BuilderValueTypes] {
  const {property} = field;
  switch (property.swiftType) {
    case 'String?':
      // Only ringtoneSound is a String? the builder offers; another would be passed through.
      if (field.name === 'ringtoneSound') return checkRingtone(String(raw ?? ''), messages);
      return raw === '' || typeof raw !== 'string' ? null : raw;
    case 'Data?': {
      const assetName = typeof raw === 'string' ? raw : '';
      return assetName.trim() === '' ? null : {assetName};
    }
    case 'Int':
      return checkLimit(field, typeof raw === 'string' ? raw : String(raw ?? ''), messages);
    case 'Bool':
      return checkBoolean(field, typeof raw === 'boolean' ? raw : property.defaultValue, messages);
    case 'Set<CXHandle.HandleType>':
      return checkHandleTypes(field, Array.isArray(raw) ? (raw as string[]) : [], messages);
  }
}

/** Checks the form and returns the configuration to generate code from, with every message. */
export function validateProviderConfigurationDraft(
  draft: ProviderConfigurationDraft,
): ProviderConfigurationCheck {
  const messages: Messages = [];
  const values: Record<string, unknown> = {};
  for (const field of providerConfigurationFields) {
    values[field.name] = checkField(field, draftValue(draft, field), messages);
  }
  // Built from the generated field list: TypeScript cannot see the keys, so one cast here.
  const configuration = values as BuilderConfiguration;
  checkLimits(configuration, messages);
  return {configuration, messages};
}

/** The part of the configuration the simulator models (the icon and translation are not). */
export function toScenarioConfiguration(
  configuration: BuilderConfiguration,
): ScenarioConfiguration {
  return {
    maximumCallGroups: configuration.maximumCallGroups,
    maximumCallsPerCallGroup: configuration.maximumCallsPerCallGroup,
    supportsVideo: configuration.supportsVideo,
    supportedHandleTypes: [...configuration.supportedHandleTypes],
    includesCallsInRecents: configuration.includesCallsInRecents,
    ringtoneSound: configuration.ringtoneSound,
  };
}
