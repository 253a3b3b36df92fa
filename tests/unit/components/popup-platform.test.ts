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

it("shows the reports the background passes on for the popup's tab, and no one else's", async () => {
  const { fakeBrowser } = await import('wxt/testing/fake-browser');
  const { emptyPageReport } = await import('../../../utils/messaging/protocol.ts');
  const api = createPopupApi();
  const shown: string[] = [];
  const stop = api.watchReports(7, (report) => shown.push(report.title));
  const send = (tabId: number, title: string, sender: Record<string, unknown>) =>
    new Promise((resolve) => {
      void fakeBrowser.runtime.onMessage.trigger(
        {
          type: 'tab/report-changed',
          payload: { tabId, report: emptyPageReport({ url: 'https://news.example/', title }) },
        },
        { id: fakeBrowser.runtime.id, ...sender },
        resolve,
      );
    });
  const background = { url: fakeBrowser.runtime.getURL('/background.js') };
  await send(7, 'converted', background);
  // Another tab's report, and one a content script sends in the background's name.
  await send(8, 'another tab', background);
  await send(7, 'forged', { url: 'https://news.example/', tab: { id: 7 }, frameId: 0 });
  expect(shown).toEqual(['converted']);
  stop();
  // Nobody listens any more: nobody answers either.
  await fakeBrowser.runtime.onMessage.trigger(
    {
      type: 'tab/report-changed',
      payload: { tabId: 7, report: emptyPageReport({ url: 'https://news.example/', title: 'x' }) },
    },
    { id: fakeBrowser.runtime.id, ...background },
    () => {},
  );
  expect(shown).toEqual(['converted']);
});

it('passes on settings another page stores, until the popup stops watching', async () => {
  const { changeSettings } = await import('../../../utils/platform/settings-storage.ts');
  const api = createPopupApi();
  const seen: string[] = [];
  const stop = api.watchSettings((settings) => seen.push(settings.readingMode));
  // The options page (or a keyboard command) stores a change.
  await changeSettings({ readingMode: 'parallel' });
  // Once per storage area written: the same settings each time.
  await vi.waitFor(() => expect(seen.at(-1)).toBe('parallel'));
  await new Promise((resolve) => setTimeout(resolve, 20));
  const before = seen.length;
  stop();
  await changeSettings({ readingMode: 'peek' });
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(seen).toHaveLength(before);
  expect(new Set(seen)).toEqual(new Set(['parallel']));
});
