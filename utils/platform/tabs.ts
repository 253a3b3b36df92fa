import { browser } from 'wxt/browser';

/**
 * The tab the toolbar popup belongs to: the active tab of the window the
 * popup was opened from. Null when there is none (or the browser hides its
 * id, as for some privileged pages).
 */
export async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return typeof tab?.id === 'number' && tab.id >= 0 ? tab.id : null;
}

/** Opens (or focuses) the extension's options page. */
export async function openOptionsPage(): Promise<void> {
  await browser.runtime.openOptionsPage();
}
