import { browser } from 'wxt/browser';

/** A keyboard command of the manifest and the keys the browser has bound to it ('' for none). */
export interface BoundShortcut {
  command: string;
  shortcut: string;
}

/**
 * What the browser offers for keyboard commands here: Firefox for Android has no `commands`
 * API (https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/API/commands, browser
 * compatibility), and only Firefox can open its shortcut settings from script
 * (`commands.openShortcutSettings`, Firefox 137).
 */
function commandsApi() {
  return (browser as unknown as { commands?: typeof browser.commands }).commands as
    (typeof browser.commands & { openShortcutSettings?: () => Promise<void> }) | undefined;
}

/** The manifest's commands with their current keys; null where the browser has no commands. */
export async function boundShortcuts(): Promise<BoundShortcut[] | null> {
  const commands = commandsApi();
  if (!commands) return null;
  const all = await commands.getAll();
  return all.flatMap(({ name, shortcut }) =>
    name ? [{ command: name, shortcut: shortcut ?? '' }] : [],
  );
}

/**
 * Opens the browser's page for changing the extension's shortcuts: Firefox's through its API,
 * Chrome's (and other Chromium browsers', which map the chrome:// address) in a new tab, which
 * extension pages may open (https://developer.chrome.com/docs/extensions/reference/api/commands).
 */
export async function openShortcutSettings(): Promise<void> {
  const commands = commandsApi();
  if (typeof commands?.openShortcutSettings === 'function') {
    await commands.openShortcutSettings();
    return;
  }
  await browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
}
