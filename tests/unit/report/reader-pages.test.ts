import { expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isReaderPage } from '../../../utils/report/reader-pages.ts';

vi.mock('wxt/browser', async () => {
  const { fakeBrowser: fake } = await import('wxt/testing/fake-browser');
  return { browser: fake };
});

it('tells the pages the reader runs in from those no extension may read', () => {
  for (const url of [
    'https://www.163.com/dy/article/K26ZY72N052ZHORR.html',
    'http://intranet/news',
    'https://chromewebstore.google.com.example.net/',
    'https://addons.mozilla.org.example/',
  ]) {
    expect(isReaderPage(url), url).toBe(true);
  }
  for (const url of [
    undefined,
    'chrome://extensions/',
    'about:newtab',
    'file:///home/reader/article.html',
    'moz-extension://0f1e/options.html',
    'https://chromewebstore.google.com/detail/abc',
    'https://chrome.google.com/webstore/category/extensions',
    'https://addons.mozilla.org/zh-CN/firefox/',
    'https://microsoftedge.microsoft.com/addons/detail/x',
  ]) {
    expect(isReaderPage(url), url).toBe(false);
  }
});

it('gives the popup no tab to talk to on a page the reader cannot run in', async () => {
  const { activeTabId } = await import('../../../utils/platform/tabs.ts');
  const query = vi.spyOn(fakeBrowser.tabs, 'query');
  query.mockResolvedValue([{ id: 4, url: 'https://news.example/a' }] as never);
  expect(await activeTabId()).toBe(4);
  // A browser page: the browser shows no address.
  query.mockResolvedValue([{ id: 5 }] as never);
  expect(await activeTabId()).toBeNull();
  query.mockResolvedValue([{ id: 6, url: 'https://chromewebstore.google.com/' }] as never);
  expect(await activeTabId()).toBeNull();
});
