import { browser } from 'wxt/browser';

/**
 * The browser's UI language (e.g. "zh-TW"), which settings set to `auto`
 * follow: the target script and the UI language of the extension's pages.
 */
export function browserUiLanguage(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return typeof navigator === 'undefined' ? 'en' : navigator.language;
  }
}
