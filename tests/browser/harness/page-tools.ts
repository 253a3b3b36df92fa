import type {
  ContextMenuId,
  TabApplyPayload,
  TabCommand,
} from '../../../utils/messaging/protocol.ts';
import type { Locale } from '../../../utils/i18n/translate.ts';
import type { TestPage } from './browsers.ts';
import { postToExtension } from './relay.ts';

/**
 * The UI language an extension page (the popup) speaks, from its `lang`. Labels are read in
 * whichever it is: headless Chromium now and then starts the first popup of a fresh zh-TW
 * browser in English all the same (its `i18n.getUILanguage()` says zh-TW when asked later).
 */
export async function popupLocale(popup: TestPage): Promise<Locale> {
  const lang = await popup.evaluate(() => document.documentElement.lang);
  return lang === 'zh-TW' ? 'zh_TW' : lang === 'zh-CN' ? 'zh_CN' : 'en';
}

/**
 * Asks the extension in this tab for a tab-level change, exactly as the popup
 * would (test builds relay it from the page; see entrypoints/content/loader.ts).
 */
export async function applyInTab(page: TestPage, apply: TabApplyPayload): Promise<void> {
  await postToExtension(page, { action: 'apply', apply });
}

/**
 * As `applyInTab`, and waits until the page is as the change asks: the render it asked for has
 * ended (conversion, restore, reading mode and glossary search included). `applyInTab` returns
 * as soon as the content script has the request, for tests that act while it is carried out.
 */
export async function applyAndRender(page: TestPage, apply: TabApplyPayload): Promise<void> {
  await postToExtension(page, { action: 'apply', apply }, { untilDone: true });
}

/**
 * Sends this tab a command, as a keyboard shortcut would through the
 * background (test builds relay it from the page; see entrypoints/content/loader.ts).
 */
export async function commandInTab(page: TestPage, command: TabCommand): Promise<void> {
  await postToExtension(page, { action: 'command', command });
}

/**
 * Waits until the session the page started by itself has rendered once (the test build's
 * `render-end` mark): it has then decided whether to convert, and done it if so.
 */
export async function firstRenderEnded(page: TestPage, timeoutMs = 15_000): Promise<void> {
  await page.waitFor(
    () => performance.getEntriesByName('jianfan-e2e:render-end').length > 0,
    undefined,
    timeoutMs,
  );
}

/** The whole document as markup, for byte-for-byte comparisons. */
export function serializeDocument(page: TestPage): Promise<string> {
  return page.evaluate(() => new XMLSerializer().serializeToString(document));
}

/**
 * The document's markup once the extension is done with it: a render has ended (a conversion's
 * last steps, such as the blocks giving their `lang` back once `<html>` has taken it, run after
 * the signs a test waits for), and two reads 300 ms apart agree.
 */
export async function settledDocument(page: TestPage): Promise<string> {
  await applyAndRender(page, {});
  let previous = await serializeDocument(page);
  for (let attempt = 0; attempt < 30; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 300));
    const now = await serializeDocument(page);
    if (now === previous) return now;
    previous = now;
  }
  throw new Error('The page kept changing for 9 s');
}

/** Text of the first element matching `selector`. */
export function textOf(page: TestPage, selector: string): Promise<string | null> {
  return page.evaluate((s) => document.querySelector(s)?.textContent ?? null, selector);
}

/**
 * Waits until the extension's term highlight (`CSS.highlights`, `jianfan-term`) marks every text
 * of `expected`, and returns the text under each of its ranges.
 */
export function waitForMarkedTerms(
  page: TestPage,
  expected: readonly string[],
  timeoutMs = 10_000,
): Promise<string[]> {
  return page.waitFor(
    (wanted) => {
      const highlight = CSS.highlights.get('jianfan-term') as Iterable<AbstractRange> | undefined;
      if (!highlight) return null;
      // The marks are StaticRanges: read their text through a live range over the same points.
      const texts = [...highlight].map((marked) => {
        const range = document.createRange();
        try {
          range.setStart(marked.startContainer, marked.startOffset);
          range.setEnd(marked.endContainer, marked.endOffset);
          return range.toString();
        } catch {
          return '';
        }
      });
      return wanted.every((text) => texts.includes(text)) ? texts : null;
    },
    expected,
    timeoutMs,
  );
}

/**
 * Clicks the context-menu entry `menu` with `selection` selected in this tab, as the browser
 * would report the click (test builds relay it to the background, which handles it as a real
 * click), and waits until the background has done what the entry does.
 */
export async function menuInTab(
  page: TestPage,
  menu: ContextMenuId,
  selection: string,
): Promise<void> {
  await postToExtension(page, { action: 'menu', menu, selection }, { untilDone: true });
}

/**
 * Waits, in one of the extension's pages (the popup, the options), until the stored settings
 * hold every field of `want`, in the sync area or in the local one: a "Saved" already shown may
 * be an earlier change's, and a page closed before its write began would lose it.
 */
export async function waitForStoredSettings(
  page: TestPage,
  want: Record<string, unknown>,
): Promise<void> {
  await page.waitFor(async (fields) => {
    type Area = { get(key: string): Promise<{ settings?: Record<string, unknown> }> };
    const scope = globalThis as unknown as {
      browser?: { storage: { sync: Area; local: Area } };
      chrome?: { storage: { sync: Area; local: Area } };
    };
    const storage = (scope.browser ?? scope.chrome)!.storage;
    const holds = (settings: Record<string, unknown> | undefined) =>
      settings !== undefined &&
      Object.entries(fields).every(([key, value]) => settings[key] === value);
    const inSync = await storage.sync.get('settings').catch(() => ({ settings: undefined }));
    return holds(inSync.settings) || holds((await storage.local.get('settings')).settings);
  }, want);
}
