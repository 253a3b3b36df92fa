import { describe, expect, it, vi } from 'vitest';

const uiLanguage = vi.hoisted(() => ({ value: 'zh-HK' }));
vi.mock('wxt/browser', () => ({
  browser: { i18n: { getUILanguage: () => uiLanguage.value } },
}));

const { currentDocumentLanguage, currentLocale, setUiLanguage, t } =
  await import('../../../utils/platform/i18n.ts');

describe('t', () => {
  it('follows the browser language while the setting is auto, Hong Kong included', () => {
    expect(currentLocale()).toBe('zh_TW');
    expect(t('extName')).toBe('簡繁閱讀器');
    expect(currentDocumentLanguage()).toBe('zh-TW');
  });

  it('switches to the chosen language at once, with substitutions', () => {
    setUiLanguage('en');
    expect(t('glossary_count', 5)).toBe('5 terms');
    setUiLanguage('zh_CN');
    expect(t('glossary_count', 5)).toBe('5 个术语');
  });

  it('goes back to the browser language for auto', () => {
    uiLanguage.value = 'en-GB';
    expect(setUiLanguage('auto')).toBe('en');
    expect(t('action_copy')).toBe('Copy');
  });
});
