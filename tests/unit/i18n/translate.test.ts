import { describe, expect, it } from 'vitest';
import { signalLabel, categoryLabel, neteaseKindLabel } from '../../../utils/i18n/labels.ts';
import { documentLanguage, resolveUiLocale, translate } from '../../../utils/i18n/translate.ts';

describe('resolveUiLocale', () => {
  it.each([
    ['en-US', 'en'],
    ['fr', 'en'],
    ['ja', 'en'],
    ['zh-CN', 'zh_CN'],
    ['zh', 'zh_CN'],
    ['zh-SG', 'zh_CN'],
    ['zh-Hans-HK', 'zh_CN'],
    ['zh-TW', 'zh_TW'],
    ['zh_TW', 'zh_TW'],
    ['zh-HK', 'zh_TW'],
    ['zh-MO', 'zh_TW'],
    ['zh-Hant', 'zh_TW'],
    ['zh-Hant-HK', 'zh_TW'],
    ['', 'en'],
  ] as const)('follows a %j browser with %s', (browserLanguage, locale) => {
    expect(resolveUiLocale('auto', browserLanguage)).toBe(locale);
  });

  it('keeps an explicit choice whatever the browser says', () => {
    expect(resolveUiLocale('zh_TW', 'en-US')).toBe('zh_TW');
    expect(resolveUiLocale('en', 'zh-CN')).toBe('en');
  });
});

describe('translate', () => {
  it('returns the text of the locale', () => {
    expect(translate('en', 'extName')).toBe('Jianfan Reader');
    expect(translate('zh_CN', 'extName')).toBe('简繁阅读器');
    expect(translate('zh_TW', 'extName')).toBe('簡繁閱讀器');
  });

  it('fills placeholders in their declared order, whatever order a language puts them in', () => {
    expect(translate('en', 'glossary_import_summary', [3, 1, 9])).toBe(
      '3 new, 1 updated, 9 unchanged',
    );
    expect(translate('zh_TW', 'glossary_import_summary', [3, 1, 9])).toBe(
      '新增 3 個，更新 1 個，未變 9 個',
    );
  });

  it('accepts a single substitution without a list', () => {
    expect(translate('en', 'glossary_count', 12)).toBe('12 terms');
  });

  it('leaves a missing substitution empty, as getMessage does', () => {
    expect(translate('en', 'card_as_of')).toBe('As of ');
  });

  it('passes the %s a context menu title needs through untouched', () => {
    expect(translate('zh_CN', 'menu_add_to_glossary', '%s')).toBe('将“%s”加入词汇表');
  });

  it('does not interpret placeholders inside substituted text', () => {
    expect(translate('en', 'error_generic', '$error$ and $$')).toBe(
      'Something went wrong: $error$ and $$',
    );
  });

  it('gives the lang attribute of a locale', () => {
    expect(documentLanguage('zh_TW')).toBe('zh-TW');
    expect(documentLanguage('zh_CN')).toBe('zh-CN');
    expect(documentLanguage('en')).toBe('en');
  });
});

describe('labels', () => {
  it('explains known signals and falls back for new ones', () => {
    expect(translate('en', signalLabel('canonical-163'))).toMatch(/163\.com/);
    expect(signalLabel('something-new')).toBe('signal_other');
    expect(signalLabel('__proto__')).toBe('signal_other');
  });

  it('labels glossary categories, unknown ones as terms', () => {
    expect(translate('en', categoryLabel('company'))).toBe('Company');
    expect(categoryLabel('spaceship')).toBe('category_term');
  });

  it('labels the NetEase verdicts', () => {
    expect(translate('en', neteaseKindLabel(null))).toBe('Not a NetEase article');
    expect(translate('en', neteaseKindLabel('mirror'))).toMatch(/copy/);
  });
});
