import { browser } from 'wxt/browser';
import type { UiLanguage } from '../settings/schema.ts';
import {
  documentLanguage,
  resolveUiLocale,
  translate,
  type Locale,
  type MessageKey,
  type Substitutions,
} from '../i18n/translate.ts';

/**
 * UI strings for every context. The message table (utils/i18n/messages.ts)
 * is bundled, so content scripts, the popup and the options page translate
 * synchronously, in any of the three languages, without fetching
 * `_locales/*.json` or asking the background. The browser's own i18n is left
 * to the manifest (`__MSG_extName__`, command descriptions), which is built
 * from the same table.
 *
 * Call `setUiLanguage(settings.uiLanguage)` once the settings are loaded (and
 * again when they change); until then, `auto` is assumed.
 */

let preference: UiLanguage = 'auto';
let locale: Locale | null = null;

function browserLanguage(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return typeof navigator === 'undefined' ? 'en' : navigator.language;
  }
}

export function setUiLanguage(setting: UiLanguage): Locale {
  preference = setting;
  locale = resolveUiLocale(setting, browserLanguage());
  return locale;
}

/** The locale `t` currently translates into. */
export function currentLocale(): Locale {
  locale ??= resolveUiLocale(preference, browserLanguage());
  return locale;
}

/** The `lang` attribute for extension pages in the current locale. */
export function currentDocumentLanguage(): 'en' | 'zh-CN' | 'zh-TW' {
  return documentLanguage(currentLocale());
}

export function t(key: MessageKey, substitutions?: Substitutions): string {
  return translate(currentLocale(), key, substitutions);
}
