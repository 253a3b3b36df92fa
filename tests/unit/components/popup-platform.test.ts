import { expect, it, vi } from 'vitest';

// The popup's wiring to the extension, over WXT's fake browser.
vi.mock('wxt/browser', async () => {
  const { fakeBrowser } = await import('wxt/testing/fake-browser');
  return { browser: fakeBrowser };
});

const { createPopupApi } = await import('../../../components/popup/platform-api.ts');
const { saveUserGlossary } = await import('../../../utils/platform/settings-storage.ts');

it("converts text typed in the popup keeping the names the reader's glossary protects", async () => {
  // A Japanese surname: opencc writes 後藤 as 后藤 in Simplified.
  await saveUserGlossary([
    { id: 'goto', hans: '後藤', hant: '後藤', en: 'Gotō', protect: true },
    { id: 'chip', hans: '芯片', hant: '晶片', en: 'chip' },
  ]);
  const api = createPopupApi();
  const convert = (text: string) =>
    api.convertText({ text, target: 'cn', regionalVocabulary: false });
  expect(await convert('後藤先生說，後來的晶片')).toBe('後藤先生说，后来的晶片');
});
