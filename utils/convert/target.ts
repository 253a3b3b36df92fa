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

/** The `lang` of text converted to a target (see `targetLang`). */
export type TargetLang = 'zh-Hans' | 'zh-Hant' | 'zh-Hant-HK';

/**
 * The `lang` to mark text converted to `target` with. Browsers pick glyph forms and fonts by it,
 * and screen readers a voice, so Hong Kong Traditional names its region: as plain zh-Hant it
 * would get Taiwan's forms, fonts and voice.
 *
 * Taiwan keeps plain `zh-Hant`. Browsers already give Traditional without a region Taiwan's fonts
 * and glyph forms, and screen readers a Taiwan voice, so `zh-Hant-TW` would show and read the
 * same while changing what every Taiwan conversion writes. A part of a page that says zh-TW (or
 * zh-Hant-TW) still counts as Taiwan's, since parts are compared by the target their tag names
 * (`scriptHintFromLang`), not as strings.
 */
export function targetLang(target: Target): TargetLang {
  if (target === 'cn') return 'zh-Hans';
  return target === 'hk' ? 'zh-Hant-HK' : 'zh-Hant';
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

/** What a `lang` attribute says about the script: a hint only. */
export function scriptHintFromLang(lang: string | null | undefined): Target | null {
  if (!lang) return null;
  const tag = lang.trim().replace(/_/g, '-').toLowerCase();
  if (!/^zh\b/.test(tag)) return null;
  if (/^zh-(hant-)?(hk|mo)\b/.test(tag) || tag === 'zh-yue' || tag.startsWith('zh-yue-')) {
    return 'hk';
  }
  if (/^zh-hant\b/.test(tag) || /^zh-(tw)\b/.test(tag)) return 'tw';
  if (/^zh-hans\b/.test(tag) || /^zh-(cn|sg|my)\b/.test(tag)) return 'cn';
  return null;
}
