/**
 * The scripts a reader can ask for. The names are opencc-js locale names, so
 * they map straight onto its dictionaries:
 * - `cn`: Simplified, mainland standard;
 * - `tw`: Traditional, Taiwan standard;
 * - `hk`: Traditional, Hong Kong standard.
 */
export type Target = 'cn' | 'tw' | 'hk';

export const TARGETS: readonly Target[] = ['cn', 'tw', 'hk'];

export function isTarget(value: unknown): value is Target {
  return value === 'cn' || value === 'tw' || value === 'hk';
}

/** The script family a target belongs to, as a BCP 47 script subtag for `lang`. */
export function targetLang(target: Target): 'zh-Hans' | 'zh-Hant' {
  return target === 'cn' ? 'zh-Hans' : 'zh-Hant';
}

/**
 * The default target follows the browser's UI language: zh-TW reads Taiwan
 * Traditional, zh-HK and zh-MO read Hong Kong Traditional, and every other
 * language (zh-CN, en, ja, …) reads Simplified.
 */
export function defaultTargetForLocale(uiLanguage: string): Target {
  const tag = uiLanguage.trim().replace(/_/g, '-').toLowerCase();
  if (/^zh-(hant-)?tw\b/.test(tag)) return 'tw';
  if (/^zh-(hant-)?(hk|mo)\b/.test(tag)) return 'hk';
  if (tag === 'zh-hant') return 'tw';
  return 'cn';
}
