/**
 * Why a page converted on load or waits for the reader, as `decideAutoConversion` decides and
 * the popup tells. A module of its own: the content script checks reports against this list,
 * and needs nothing else of the settings code.
 */
export const AUTO_CONVERSION_REASONS = [
  'tab-override-on',
  'tab-override-off',
  'site-always',
  'site-never',
  'netease',
  'mirror',
  'every-page',
  'not-netease',
  'auto-off',
] as const;

export type AutoConversionReason = (typeof AUTO_CONVERSION_REASONS)[number];
