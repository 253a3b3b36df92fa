import type { UiLanguage } from '../settings/schema.ts';
import { MESSAGES, type MessageEntry, type MessageKey } from './messages.ts';

export type { MessageKey } from './messages.ts';

/** The UI languages, named like the public/_locales folders. */
export type Locale = 'en' | 'zh_CN' | 'zh_TW';
export const LOCALES: readonly Locale[] = ['en', 'zh_CN', 'zh_TW'];

export type Substitutions = string | number | readonly (string | number)[];

const TABLE: Record<MessageKey, MessageEntry> = MESSAGES;

export function isMessageKey(value: unknown): value is MessageKey {
  return typeof value === 'string' && Object.hasOwn(TABLE, value);
}

/**
 * The UI locale for a `uiLanguage` setting. For `auto` we follow the
 * browser's UI language ourselves instead of leaving it to the browser's
 * `_locales` fallback, which sends zh-HK and zh-MO readers to English (the
 * fallback goes zh_HK → zh → default locale); they read Traditional.
 */
export function resolveUiLocale(setting: UiLanguage, browserLanguage: string): Locale {
  if (setting !== 'auto') return setting;
  const tag = browserLanguage.trim().replace(/_/g, '-').toLowerCase();
  if (!/^zh\b/.test(tag)) return 'en';
  // An explicit script subtag decides; otherwise the region does.
  if (/-hans\b/.test(tag)) return 'zh_CN';
  if (/-hant\b/.test(tag)) return 'zh_TW';
  return /-(tw|hk|mo)\b/.test(tag) ? 'zh_TW' : 'zh_CN';
}

/** The `lang` attribute for pages shown in a locale. */
export function documentLanguage(locale: Locale): 'en' | 'zh-CN' | 'zh-TW' {
  return locale === 'en' ? 'en' : locale === 'zh_CN' ? 'zh-CN' : 'zh-TW';
}

/**
 * A message in a locale, with `$name$` placeholders replaced by the
 * substitutions in the order the entry lists them, the way
 * `browser.i18n.getMessage` does it (names are case-insensitive; a missing
 * substitution gives an empty string; `$$` is a dollar sign).
 */
export function translate(locale: Locale, key: MessageKey, substitutions?: Substitutions): string {
  const entry = TABLE[key];
  const message = entry[locale] || entry.en;
  const values =
    substitutions === undefined
      ? []
      : Array.isArray(substitutions)
        ? substitutions
        : [substitutions];
  const names = (entry.placeholders ?? []).map((name) => name.toLowerCase());
  return message.replace(/\$\$|\$([A-Za-z0-9_@]+)\$/g, (match, name: string | undefined) => {
    if (name === undefined) return '$';
    const index = names.indexOf(name.toLowerCase());
    if (index === -1) return match;
    const value: unknown = values[index];
    return value === undefined ? '' : String(value);
  });
}

/** The placeholder names a message text uses, lower-cased, in order of appearance. */
export function placeholdersIn(message: string): string[] {
  return [...message.replace(/\$\$/g, '').matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) =>
    (m[1] ?? '').toLowerCase(),
  );
}
