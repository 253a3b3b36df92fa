import { browser } from 'wxt/browser';
import { sendToTab } from '../../utils/platform/messaging.ts';

/** How long a tab may take to give its page back before the update goes ahead without it. */
const RELEASE_TIMEOUT_MS = 2_000;

/**
 * Asks every open tab to give its page back as it came and stop (`tab/release`). Tabs without
 * our content script refuse the message at once; a tab that does not answer in time is left.
 */
export async function releaseOpenTabs(): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map(async (tab) => {
      if (tab.id === undefined || tab.discarded) return;
      const released = sendToTab(tab.id, { type: 'tab/release', payload: {} }, { frameId: 'all' });
      const timeout = new Promise<void>((resolve) => setTimeout(resolve, RELEASE_TIMEOUT_MS));
      await Promise.race([released, timeout]).catch(() => undefined);
    }),
  );
}

/**
 * Applies an update only after the open pages were given back. A listener on
 * `runtime.onUpdateAvailable` holds the update until `runtime.reload()`
 * (https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/API/runtime/onUpdateAvailable).
 * Without it, Firefox unloads the old version's content scripts with it, before they can
 * restore their pages, and the new version would take the converted text for the page's own
 * (the proposal for an unload event content scripts could hear:
 * https://github.com/w3c/webextensions/issues/138). Chromium keeps the old scripts running,
 * and they hand the page over themselves (entrypoints/content/loader.ts), but the same order
 * does no harm there.
 */
export function applyUpdatesAfterReleasingTabs(): void {
  browser.runtime.onUpdateAvailable.addListener(() => {
    void releaseOpenTabs().finally(() => browser.runtime.reload());
  });
}
