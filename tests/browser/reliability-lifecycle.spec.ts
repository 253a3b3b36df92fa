import { afterAll, expect, it } from 'vitest';
import type { TestPage } from './harness/browsers.ts';
import { NETEASE_ARTICLES } from './harness/fixture-server.ts';
import { applyInTab, settledDocument } from './harness/page-tools.ts';
import { postToExtension } from './harness/relay.ts';
import { installPageWatch, readPageWatch } from './harness/page-watch.ts';
import { currentBrowserName, describeInBrowser } from './harness/suite.ts';

// The extension's life around open pages: an update (or reload) while articles are open, a
// background stopped in the middle of a session, as MV3 browsers do to idle ones, and an article
// left and restored from the back/forward cache.

const ARTICLE = `http://www.163.com/dy/article/${NETEASE_ARTICLES.a.docid}.html`;
/** The article's headline as served (Simplified). */
const ARTICLE_TITLE_CN = 'HBM一货难求：SK海力士、三星与长鑫存储的产能赛跑';
const tally = { events: 0, failures: 0 };
afterAll(() => {
  console.log(
    `Lifecycle (${currentBrowserName()}): ${tally.events} reloads, background stops and back/forward restores, ${tally.failures} failures`,
  );
});

/** The served page, parsed: the article before anything touched it. */
function servedMarkup(page: TestPage): Promise<string> {
  return page.evaluate(async () => {
    const html = await (await fetch(location.href)).text();
    return new XMLSerializer().serializeToString(
      new DOMParser().parseFromString(html, 'text/html'),
    );
  });
}

/** The popup's view of the tab: the page title it shows, once the status has loaded. */
function popupTitle(page: TestPage): Promise<string> {
  return page.waitFor(
    () => document.querySelector('.page-title > span:last-child')?.textContent?.trim() || null,
    undefined,
    10_000,
  );
}

/** The toolbar badge of the tab a popup (opened in a tab of its own) is bound to. */
function badgeOfTab(popup: TestPage): Promise<string> {
  return popup.evaluate(async () => {
    const tabId = Number(new URLSearchParams(location.search).get('tabId'));
    const api = (
      globalThis as unknown as {
        chrome: { action: { getBadgeText(details: { tabId: number }): Promise<string> } };
      }
    ).chrome;
    return api.action.getBadgeText({ tabId });
  });
}

/** Waits until the badge reads `expected`, and returns what it read last. */
async function badgeBecomes(popup: TestPage, expected: string, timeoutMs = 5_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let text = await badgeOfTab(popup);
  while (text !== expected && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    text = await badgeOfTab(popup);
  }
  return text;
}

async function counted(run: () => Promise<void>): Promise<void> {
  tally.events += 1;
  try {
    await run();
  } catch (error) {
    tally.failures += 1;
    throw error;
  }
}

/**
 * When Firefox's running background started, asked from one of our pages: its event page is a
 * page of its own (`runtime.getBackgroundPage`). Chromium's service worker, which no page can
 * reach, is stopped over CDP by a harness that checks its status.
 */
function backgroundStartedAt(page: TestPage): Promise<number | null> {
  return page.evaluate(async () => {
    const scope = globalThis as unknown as {
      browser: { runtime: { getBackgroundPage(): Promise<Window | null> } };
    };
    const background = await scope.browser.runtime.getBackgroundPage();
    return background?.performance.timeOrigin ?? null;
  });
}

describeInBrowser(
  'reliability: extension lifecycle',
  // Firefox stops an idle event page after this long (stopBackground waits for it).
  // The back/forward cache is on, as in a browser people use.
  { locale: 'zh-TW', backgroundIdleTimeoutMs: 1_000, backForwardCache: true },
  (ctx) => {
    it('an update with articles open: the old scripts stop quietly, the new ones take over', () =>
      counted(async () => {
        const page = await ctx.browser.newPage(ARTICLE);
        // Converted to Taiwan Traditional as it loads (a NetEase article, a zh-TW browser).
        await page.waitFor(() => document.documentElement.lang === 'zh-Hant', undefined, 15_000);
        const original = await servedMarkup(page);
        const converted = await settledDocument(page);
        expect(converted).not.toBe(original);
        await installPageWatch(page);

        await ctx.browser.reloadExtension();
        // The page keeps reading as it did; nothing is thrown into it.
        await new Promise((resolve) => setTimeout(resolve, 1_500));
        let watch = await readPageWatch(page);
        expect(watch.errors).toEqual([]);

        // The new version answers for the tab: the popup shows its report.
        const popup = await ctx.browser.openExtensionPage(page, 'popup');
        expect(await popupTitle(popup)).toContain('HBM');
        await popup.close();

        if (ctx.browser.name === 'chromium') {
          // And it controls the page: off gives back the article exactly as served (the previous
          // copy handed the page back as it came before the new one looked at it), on converts
          // it again.
          await applyInTab(page, { enabled: false });
          await page.waitFor(
            (original) => new XMLSerializer().serializeToString(document) === original,
            original,
            15_000,
          );
          await applyInTab(page, { enabled: true });
          await page.waitFor(() => document.documentElement.lang === 'zh-Hant', undefined, 15_000);
          expect(await settledDocument(page)).toBe(converted);
        } else {
          // Firefox unloads the previous version's scripts with it, before they can give the
          // page back: the new copy starts from the page as it reads (converted). It controls
          // it all the same: Simplified on request, and back to what it found.
          await applyInTab(page, { enabled: true, target: 'cn' });
          await page.waitFor(
            (title) => document.querySelector('h1')?.textContent === title,
            ARTICLE_TITLE_CN,
            15_000,
          );
          await applyInTab(page, { enabled: false });
          await page.waitFor(
            (converted) => new XMLSerializer().serializeToString(document) === converted,
            converted,
            15_000,
          );
        }
        watch = await readPageWatch(page);
        expect(watch.errors).toEqual([]);
        expect(watch.canary).toEqual([]);
        await page.close();
      }));

    it('an update announced by the browser: articles are given back first, then converted anew', () =>
      counted(async () => {
        const page = await ctx.browser.newPage(ARTICLE);
        await page.waitFor(() => document.documentElement.lang === 'zh-Hant', undefined, 15_000);
        const original = await servedMarkup(page);
        const converted = await settledDocument(page);
        await installPageWatch(page);

        // What the background does on runtime.onUpdateAvailable, short of runtime.reload()
        // (entrypoints/background/updates.ts): the open article reads as served again.
        await postToExtension(page, { action: 'release-tabs' });
        await page.waitFor(
          (original) => new XMLSerializer().serializeToString(document) === original,
          original,
          15_000,
        );

        // The new version starts from the page's own text, in both browsers: it converts it,
        // and turned off gives it back exactly as served.
        await ctx.browser.reloadExtension();
        await page.waitFor(() => document.documentElement.lang === 'zh-Hant', undefined, 15_000);
        await page.waitFor(
          (converted) => new XMLSerializer().serializeToString(document) === converted,
          converted,
          15_000,
        );
        await applyInTab(page, { enabled: false });
        await page.waitFor(
          (original) => new XMLSerializer().serializeToString(document) === original,
          original,
          15_000,
        );
        const watch = await readPageWatch(page);
        expect(watch.errors).toEqual([]);
        expect(watch.canary).toEqual([]);
        await page.close();
      }));

    it('a background stopped mid-session: the popup still finds the tab’s report', () =>
      counted(async () => {
        const page = await ctx.browser.newPage(ARTICLE);
        await page.waitFor(() => document.documentElement.lang === 'zh-Hant', undefined, 15_000);
        await installPageWatch(page);
        const first = await ctx.browser.openExtensionPage(page, 'popup');
        const title = await popupTitle(first);
        const firefox = ctx.browser.name === 'firefox';
        const backgroundBefore = firefox ? await backgroundStartedAt(first) : null;
        await first.close();

        await ctx.browser.stopBackground();
        // The background starts again for the popup's question, with an empty memory: the
        // report must come from storage.session. Asked directly, so that the popup's fallback
        // (asking the tab itself) cannot stand in for it.
        const again = await ctx.browser.openExtensionPage(page, 'popup');
        const stored = await again.evaluate(async () => {
          const tabId = Number(new URLSearchParams(location.search).get('tabId'));
          const api = (
            globalThis as unknown as {
              chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
            }
          ).chrome;
          const reply = (await api.runtime.sendMessage({
            type: 'tab/status',
            payload: { tabId },
          })) as {
            ok: boolean;
            value?: { report: { title: string } | null };
          };
          return reply.ok ? (reply.value?.report?.title ?? null) : null;
        });
        expect(stored).toContain('HBM');
        if (firefox) {
          // It really was stopped: the background that answered is a new one.
          expect(backgroundBefore).not.toBeNull();
          expect(await backgroundStartedAt(again)).not.toBe(backgroundBefore);
        }
        expect(await popupTitle(again)).toBe(title);
        await again.close();
        expect((await readPageWatch(page)).errors).toEqual([]);
        await page.close();
      }));

    it('a page restored from the back/forward cache: its badge shows again', () =>
      counted(async () => {
        const page = await ctx.browser.newPage(ARTICLE);
        await page.waitFor(() => document.documentElement.lang === 'zh-Hant', undefined, 15_000);
        // What only the same document, kept in the cache, still knows when it comes back.
        await page.evaluate(() => {
          const w = window as Window & { __kept?: boolean; __restored?: boolean };
          w.__kept = true;
          addEventListener('pageshow', (event) => {
            if (event.persisted) w.__restored = true;
          });
        });
        const popup = await ctx.browser.openExtensionPage(page, 'popup');
        expect(await badgeBecomes(popup, '繁')).toBe('繁');

        // Away to a page without Chinese (no badge), then back.
        await page.goto(ctx.server.fixture('pages/english.html'));
        expect(await badgeBecomes(popup, '')).toBe('');
        await page.evaluate(() => {
          setTimeout(() => history.back(), 0);
        });
        const restored = await page.waitFor(
          () => {
            if (!location.pathname.includes('/dy/article/')) return null;
            const w = window as Window & { __kept?: boolean; __restored?: boolean };
            return document.readyState === 'complete' ? { kept: w.__kept === true } : null;
          },
          undefined,
          15_000,
        );
        // The browser restored the article from its cache (a new load would prove nothing).
        expect(restored.kept).toBe(true);
        expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hant');
        expect(await badgeBecomes(popup, '繁')).toBe('繁');
        await popup.close();
        await page.close();
      }));
  },
);
