import { browser } from 'wxt/browser';

type ScriptFiles = NonNullable<Parameters<typeof browser.scripting.executeScript>[0]['files']>;

/**
 * Brings the content script to the tabs that were open when the extension was installed,
 * updated or reloaded. Chromium injects declared content scripts only into pages loaded
 * afterwards, so an open article would stay without a reader (the popup could not reach it, and
 * whatever the previous version left converted would stay so) until the reader reloads it.
 * Firefox injects them itself when an extension starts, so there is nothing to do there.
 * The new script takes over from a previous one (see entrypoints/content/loader.ts).
 */
export async function injectIntoOpenTabs(): Promise<void> {
  const scripts = browser.runtime.getManifest().content_scripts ?? [];
  for (const script of scripts) {
    // The manifest's own paths: the files exist, whatever the type of built paths says.
    const files = (script.js ?? []) as ScriptFiles;
    if (files.length === 0 || !script.matches) continue;
    const tabs = await browser.tabs.query({ url: script.matches });
    await Promise.all(
      tabs.map(async (tab) => {
        if (tab.id === undefined || tab.discarded) return;
        await browser.scripting
          .executeScript({
            target: { tabId: tab.id, allFrames: script.all_frames === true },
            files,
          })
          // A tab the extension may not script (an error page, the web store) is left alone.
          .catch(() => undefined);
      }),
    );
  }
}
