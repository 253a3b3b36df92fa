import { browser } from 'wxt/browser';
import { isReaderPage } from '../report/reader-pages.ts';

/**
 * The tab the toolbar popup belongs to: the active tab of the window the
 * popup was opened from. Null when there is none, when the browser hides its
 * id (some privileged pages), and when the reader cannot run there (a browser
 * page, an add-on store: see `isReaderPage`), so that the popup says so instead
 * of asking for a reload that would change nothing.
 */
export async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (typeof tab?.id !== 'number' || tab.id < 0) return null;
  return isReaderPage(tab.url) ? tab.id : null;
}

/** Opens (or focuses) the extension's options page. */
export async function openOptionsPage(): Promise<void> {
  await browser.runtime.openOptionsPage();
}
