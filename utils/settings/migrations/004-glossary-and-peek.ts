import { renameField, type SettingsMigration } from './types.ts';

const PEEK_KEYS: Record<string, string> = { alt: 'Alt', shift: 'Shift', ctrl: 'Control' };
const LANGUAGES: Record<string, string> = { 'zh-CN': 'zh_CN', 'zh-TW': 'zh_TW' };

/**
 * Version 4 renamed three fields to match what they hold: `glossary` →
 * `glossaryEnabled`; `peekKey` ('alt' | 'shift' | 'ctrl') → `peekModifier`,
 * spelled as `KeyboardEvent.key` reports it; `language` (BCP 47, 'zh-TW') →
 * `uiLanguage`, spelled as the _locales folders ('zh_TW'). The new fields of
 * version 4 (glossaryScope, disabledBuiltInTerms) simply take their defaults.
 */
export const migration004: SettingsMigration = {
  version: 4,
  description: 'glossary → glossaryEnabled; peekKey → peekModifier; language → uiLanguage',
  migrate(old) {
    let next = renameField(old, 'glossary', 'glossaryEnabled');
    next = renameField(next, 'peekKey', 'peekModifier', (key) =>
      typeof key === 'string' && Object.hasOwn(PEEK_KEYS, key) ? PEEK_KEYS[key] : key,
    );
    next = renameField(next, 'language', 'uiLanguage', (language) =>
      typeof language === 'string' && Object.hasOwn(LANGUAGES, language)
        ? LANGUAGES[language]
        : language,
    );
    return { ...next, version: 4 };
  },
};
