/**
 * Every message code the provider-configuration builder can show (a public contract: the page
 * writes it into data-code; extend, never rename).
 */
export const providerConfigurationMessageCodes = [
  'limit-not-integer',
  'limit-below-one',
  'limit-too-large',
  'limit-large',
  'hold-and-accept-hidden',
  'merging-off',
  'second-call-rejected',
  'no-handle-types',
  'ringtone-no-extension',
  'ringtone-has-path',
  'ringtone-default',
  'recents-intent',
  'video-off',
  'translation-ios26',
  'icon-not-png',
  'icon-damaged',
  'icon-not-square',
  'icon-no-alpha',
  'icon-empty',
  'icon-size',
] as const;

export type ProviderConfigurationMessageCode = (typeof providerConfigurationMessageCodes)[number];
