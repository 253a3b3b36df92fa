import * as OpenCC from 'opencc-js';
import { expect, it } from 'vitest';
import cn2t from '../../utils/convert/packs/cn2t.ts';
import { createTextConverter } from '../../utils/convert/text-converter.ts';
import { translate } from '../../utils/i18n/translate.ts';
import { MIRROR_HOST, NETEASE_ARTICLES } from './harness/fixture-server.ts';
import type { TestPage } from './harness/browsers.ts';
import {
  applyAndRender,
  applyInTab,
  firstRenderEnded,
  menuInTab,
  popupLocale,
  waitForStoredSettings,
} from './harness/page-tools.ts';
import { describeInBrowser, type SuiteContext } from './harness/suite.ts';

// Each popup control, changed in the popup, changes the bound tab live (no
// reload), and a site rule set there still holds after the page reloads. A rule
// set elsewhere while the popup is open shows in it, and its saves keep it.

const ARTICLE = `http://www.163.com/dy/article/${NETEASE_ARTICLES.c.docid}.html`;
const MIRROR = `http://${MIRROR_HOST}/archives/${NETEASE_ARTICLES.b.mirrorId}.html`;
const cnToTw = OpenCC.Converter({ from: 'cn', to: 'tw' });
const cnToHk = OpenCC.Converter({ from: 'cn', to: 'hk' });
// With Taiwan vocabulary the engine departs from opencc-js on purpose where opencc writes a
// computing term for a news word (做适配和优化 stays 優化, not 最佳化; phrase-fixes.ts, which the
// unit tests check word by word): the page must show the engine's text.
const cnToTwp = (text: string) =>
  createTextConverter({ pack: cn2t, from: 'cn', to: 'twp' }).convert(text);
const cnToHkp = (text: string) =>
  createTextConverter({ pack: cn2t, from: 'cn', to: 'hkp' }).convert(text);

async function openPopupFor(ctx: SuiteContext, url: string) {
  const tab = await ctx.browser.newPage(url);
  const popup = await ctx.browser.openExtensionPage(tab, 'popup');
  await popup.waitFor(() => document.querySelector('#tab-enabled') !== null);
  return { tab, popup };
}

/**
 * Remembers the first article paragraph that says `word`, under `key`, in the page itself (a data
 * attribute on body is ours only in this test; the extension never writes one), and returns its
 * text.
 */
function markParagraph(page: TestPage, word: string, key: string): Promise<string> {
  return page.evaluate(
    ({ word, key }) => {
      const ps = [...document.querySelectorAll('.post_body > p[id]')];
      const index = ps.findIndex((p) => p.textContent?.includes(word));
      document.body.dataset[key] = String(index);
      return ps[index]?.textContent ?? '';
    },
    { word, key },
  );
}

/** Waits until the paragraph remembered under `key` reads `want`. */
async function waitForParagraph(page: TestPage, key: string, want: string): Promise<void> {
  await page.waitFor(
    ({ key, want }) => {
      const ps = [...document.querySelectorAll('.post_body > p[id]')];
      return ps[Number(document.body.dataset[key])]?.textContent === want;
    },
    { key, want },
  );
}

/** The text of the first article paragraph that mentions 软件 (software). */
function softwareParagraph(page: TestPage): Promise<string> {
  return page.evaluate(() => {
    const ps = [...document.querySelectorAll('.post_body > p[id]')];
    const index = Number(document.body.dataset.softwareIndex ?? -1);
    return ps[index]?.textContent ?? '';
  });
}

/** The site rules stored now, as the extension reads them (sync first, else local). */
function storedSiteRules(page: TestPage): Promise<unknown> {
  return page.evaluate(async () => {
    type Area = { get(key: string): Promise<{ settings?: { siteRules?: unknown } }> };
    const scope = globalThis as unknown as {
      browser?: { storage: { sync: Area; local: Area } };
      chrome?: { storage: { sync: Area; local: Area } };
    };
    const storage = (scope.browser ?? scope.chrome)!.storage;
    const sync = await storage.sync.get('settings').catch(() => ({ settings: undefined }));
    return (sync.settings ?? (await storage.local.get('settings')).settings)?.siteRules ?? null;
  });
}

async function check(popup: TestPage, selector: string, on: boolean): Promise<void> {
  const checked = await popup.evaluate(
    (s) => (document.querySelector(s) as HTMLInputElement).checked,
    selector,
  );
  if (checked !== on) await popup.click(selector);
}

describeInBrowser('popup controls act on the open tab', { locale: 'en-US' }, (ctx) => {
  it('target, regional vocabulary and reading mode change the page live, always from the original', async () => {
    const { tab, popup } = await openPopupFor(ctx, ARTICLE);
    // The paragraph that says 软件 (software), and the first that says 芯片 (chip), which Hong
    // Kong's own words make 晶片.
    const original = await markParagraph(tab, '软件', 'softwareIndex');
    expect(original).toContain('软件');
    const chips = await markParagraph(tab, '芯片', 'chipIndex');
    expect(chips).toContain('芯片');
    await check(popup, '#tab-enabled', true);

    for (const [target, expected] of [
      ['tw', cnToTw(original)],
      ['hk', cnToHk(original)],
      ['cn', original],
      ['tw', cnToTw(original)],
    ] as const) {
      await popup.select('#target', target);
      await waitForParagraph(tab, 'softwareIndex', expected);
    }

    await check(popup, '#regional-vocabulary', true);
    await waitForParagraph(tab, 'softwareIndex', cnToTwp(original));
    expect(await softwareParagraph(tab)).toContain('軟體');
    expect(cnToTwp(original)).not.toBe(cnToTw(original));
    // Hong Kong's own words: 晶片, where its plain forms keep the mainland's 芯片.
    await popup.select('#target', 'hk');
    await waitForParagraph(tab, 'chipIndex', cnToHkp(chips));
    expect(cnToHkp(chips)).toContain('晶片');
    expect(cnToHk(chips)).toContain('芯片');
    await popup.select('#target', 'tw');
    await check(popup, '#regional-vocabulary', false);

    await popup.select('#reading-mode', 'parallel');
    await tab.waitFor(() => document.querySelectorAll('[data-jianfan-ui="companion"]').length > 0);
    expect(await softwareParagraph(tab)).toContain(original);

    await popup.select('#reading-mode', 'original');
    await tab.waitFor(
      () => document.querySelectorAll('[data-jianfan-ui="companion"]').length === 0,
    );
    await waitForParagraph(tab, 'softwareIndex', original);

    await popup.select('#reading-mode', 'converted');
    await waitForParagraph(tab, 'softwareIndex', cnToTw(original));
    // The tests after this one open pages with these settings: a popup closed before its last
    // save is written loses it (the tab answers before storage does).
    await waitForStoredSettings(popup, {
      target: 'tw',
      regionalVocabulary: false,
      readingMode: 'converted',
    });
    await popup.close();
    await tab.close();
  });

  it('names the tab’s own target while the tab shows the original', async () => {
    const tab = await ctx.browser.newPage(ARTICLE);
    await firstRenderEnded(tab);
    // A paragraph that reads differently in Hong Kong and Taiwan forms: which one the tab shows.
    // Read as served: the page may already be converted by the settings earlier tests saved.
    const originals = await tab.evaluate(async () => {
      const served = new DOMParser().parseFromString(
        await (await fetch(location.href)).text(),
        'text/html',
      );
      return [...served.querySelectorAll('.post_body > p[id]')].map((p) => p.textContent ?? '');
    });
    // The engine's own text (opencc-js alone writes 一箇中國 where the engine fixes it).
    const engine = (to: 'tw' | 'hk') => (text: string) =>
      createTextConverter({ pack: cn2t, from: 'cn', to }).convert(text);
    const [toHk, toTw] = [engine('hk'), engine('tw')];
    const index = originals.findIndex((text) => toHk(text) !== toTw(text));
    expect(index).toBeGreaterThanOrEqual(0);
    const shows = (want: string) =>
      tab.waitFor(
        ([at, text]) =>
          document.querySelectorAll('.post_body > p[id]')[at as number]?.textContent === text,
        [index, want] as const,
      );
    // A choice for this tab only, as the cycle-target shortcut makes: Hong Kong, not saved.
    await applyInTab(tab, { enabled: true, target: 'hk' });
    await shows(toHk(originals[index]!));
    const popup = await ctx.browser.openExtensionPage(tab, 'popup');
    // The popup may open on a report sent before the conversion began; the next one says it runs.
    await popup.waitFor(
      () => (document.querySelector('#tab-enabled') as HTMLInputElement | null)?.checked === true,
    );
    expect(
      await popup.evaluate(() => (document.querySelector('#target') as HTMLSelectElement).value),
    ).toBe('hk');
    // Showing the original: the popup still names the target the tab goes back to.
    await check(popup, '#tab-enabled', false);
    await shows(originals[index]!);
    await popup.close();
    const again = await ctx.browser.openExtensionPage(tab, 'popup');
    await again.waitFor(
      () => (document.querySelector('#tab-enabled') as HTMLInputElement | null)?.checked === false,
    );
    expect(
      await again.evaluate(() => (document.querySelector('#target') as HTMLSelectElement).value),
    ).toBe('hk');
    // Turning the tab on again converts to that target.
    await check(again, '#tab-enabled', true);
    await shows(toHk(originals[index]!));
    await again.close();
    await tab.close();
  });

  it('mirror repair and the glossary switch off and on live', async () => {
    const { tab, popup } = await openPopupFor(ctx, MIRROR);
    const repaired = (s: string) => !/\((?:guó|nèi|wǎng)\)/.test(s);
    await tab.waitFor(
      (pattern) =>
        !new RegExp(pattern).test(document.querySelector('.entry-content')?.textContent ?? '('),
      '\\((?:guó|nèi|wǎng)\\)',
    );
    await check(popup, '#repair-mirrors', false);
    const damaged = await tab.waitFor(() => {
      const text = document.querySelector('.entry-content')?.textContent ?? '';
      return /\((?:guó|nèi|wǎng)\)/.test(text) ? text : null;
    });
    expect(repaired(damaged)).toBe(false);
    await check(popup, '#repair-mirrors', true);
    await tab.waitFor(
      (pattern) =>
        !new RegExp(pattern).test(document.querySelector('.entry-content')?.textContent ?? '('),
      '\\((?:guó|nèi|wǎng)\\)',
    );

    // The glossary marks terms on the mirror (it is NetEase-style); off, the marks go.
    const marked = () =>
      tab.evaluate(() => {
        const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
        return registry?.get('jianfan-term')?.size ?? 0;
      });
    await tab.waitFor(
      () =>
        ((CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.get(
          'jianfan-term',
        )?.size ?? 0) > 0,
    );
    await check(popup, '#glossary-enabled', false);
    await tab.waitFor(
      () =>
        ((CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.get(
          'jianfan-term',
        )?.size ?? 0) === 0,
    );
    expect(await marked()).toBe(0);
    await popup.close();
    await tab.close();
  });

  it('a site rule set in the popup holds after the page reloads', async () => {
    const { tab, popup } = await openPopupFor(
      ctx,
      ctx.server.fixture('pages/static-traditional.html'),
    );
    // An ordinary Traditional page is not converted by itself…
    await firstRenderEnded(tab);
    expect(await tab.evaluate(() => document.documentElement.lang)).toBe('zh-TW');
    await popup.waitFor(() => document.querySelector('#site-rule') !== null);
    // The popup saves the target too (earlier tests chose Traditional): read in Simplified.
    await popup.select('#target', 'cn');
    await popup.select('#site-rule', 'always');
    await tab.waitFor(() => document.documentElement.lang === 'zh-Hans');
    await waitForStoredSettings(popup, { target: 'cn' });
    await expect
      .poll(() => storedSiteRules(popup))
      .toContainEqual(expect.objectContaining({ mode: 'always' }));
    await popup.close();
    // …but with the rule it is, on every load.
    await tab.reload();
    await tab.waitFor(() => document.documentElement.lang === 'zh-Hans', undefined, 15_000);
    await tab.close();
  });

  it('shows a site rule set elsewhere while it is open, and keeps it in its own saves', async () => {
    const { tab, popup } = await openPopupFor(
      ctx,
      ctx.server.fixture('pages/static-traditional.html'),
    );
    await popup.waitFor(() => document.querySelector('#site-rule') !== null);
    // The page's context menu stores "never" for the site while the popup is open.
    await menuInTab(tab, 'site-never', '');
    await popup.waitFor(
      () => (document.querySelector('#site-rule') as HTMLSelectElement).value === 'never',
    );
    const setByMenu = await storedSiteRules(popup);
    expect(setByMenu).toContainEqual(expect.objectContaining({ mode: 'never' }));
    // A change of another switch in the popup stores the rule list as the menu left it.
    await check(popup, '#glossary-enabled', false);
    await waitForStoredSettings(popup, { glossaryEnabled: false });
    expect(await storedSiteRules(popup)).toEqual(setByMenu);
    await check(popup, '#glossary-enabled', true);
    await popup.select('#site-rule', 'auto');
    // Put back as it was, for the tests that come after.
    await waitForStoredSettings(popup, { glossaryEnabled: true });
    await expect
      .poll(() => storedSiteRules(popup))
      .not.toContainEqual(expect.objectContaining({ mode: 'never' }));
    await popup.close();
    await tab.close();
  });
});

// What the popup says about the tab follows the tab: the title as it reads now (repaired,
// converted), and counts that describe the page as it is after each change, also in a popup
// opened later. A Taiwan-language browser: NetEase's Simplified articles convert by themselves.

const ARTICLE_A = `http://www.163.com/dy/article/${NETEASE_ARTICLES.a.docid}.html`;
const MIRROR_A = `http://${MIRROR_HOST}/archives/${NETEASE_ARTICLES.a.mirrorId}.html`;
const TITLE_A = {
  simplified: 'HBM一货难求：SK海力士、三星与长鑫存储的产能赛跑',
  traditional: 'HBM一貨難求：SK海力士、三星與長鑫存儲的產能賽跑',
  repairedMirror: 'HBM一貨難求:SK海力士、三星與長鑫存儲的產能賽跑',
};

type MessageKey = Parameters<typeof translate>[1];

/** Waits until the popup's title line reads `label: title`, its hidden label included. */
async function waitForTitle(popup: TestPage, label: MessageKey, title: string): Promise<void> {
  const locale = await popupLocale(popup);
  // "：" in Chinese, ": " in English, as the popup joins them.
  const want = `${translate(locale, label)}${translate(locale, 'label_separator')}${title}`;
  const shown = () =>
    popup.evaluate(
      () => document.querySelector('.page-status .page-title')?.textContent?.trim() ?? '',
    );
  try {
    await popup.waitFor(
      (line) => document.querySelector('.page-status .page-title')?.textContent?.trim() === line,
      want,
    );
  } catch {
    expect(await shown()).toBe(want);
  }
}

interface Counts {
  blocks: string;
  characters: string;
  terms: string;
}

const COUNT_LABELS: Record<keyof Counts, MessageKey> = {
  blocks: 'stats_nodes_converted',
  characters: 'stats_characters_changed',
  terms: 'stats_terms_found',
};

/** The counts the popup shows, found by their labels, as the reader reads them. */
async function popupCounts(popup: TestPage): Promise<Counts | null> {
  const locale = await popupLocale(popup);
  return popup.evaluate(
    (labels) => {
      const shown = new Map(
        [...document.querySelectorAll('.page-status .counts > div')].map((row) => [
          row.querySelector('dt')?.textContent ?? '',
          row.querySelector('dd')?.textContent ?? '',
        ]),
      );
      const [blocks, characters, terms] = labels.map((label) => shown.get(label));
      if (blocks === undefined || characters === undefined || terms === undefined) return null;
      return { blocks, characters, terms };
    },
    [COUNT_LABELS.blocks, COUNT_LABELS.characters, COUNT_LABELS.terms].map((key) =>
      translate(locale, key),
    ),
  );
}

/** Waits until the popup shows `expected`, and says what it shows if it never does. */
async function waitForCounts(popup: TestPage, expected: Partial<Counts>): Promise<void> {
  const locale = await popupLocale(popup);
  try {
    await popup.waitFor(
      (want) => {
        const shown = new Map(
          [...document.querySelectorAll('.page-status .counts > div')].map((row) => [
            row.querySelector('dt')?.textContent ?? '',
            row.querySelector('dd')?.textContent ?? '',
          ]),
        );
        return want.every(([label, value]) => shown.get(label) === value);
      },
      Object.entries(expected).map(([name, value]): [string, string | undefined] => [
        translate(locale, COUNT_LABELS[name as keyof Counts]),
        value,
      ]),
      15_000,
    );
  } catch {
    expect(await popupCounts(popup)).toMatchObject(expected);
  }
}

/** The counts once the popup has shown the same ones for a second, with something converted. */
async function settledCounts(popup: TestPage): Promise<Counts> {
  let previous: Counts | null = null;
  for (let attempt = 0; attempt < 30; attempt++) {
    const now = await popupCounts(popup);
    // A tab in the background has its timers slowed down by the browser, so its conversion may
    // stand still for a second at a time: the counts are final once the progress bar is gone.
    const converting = await popup.evaluate(
      () => document.querySelector('[role="progressbar"]') !== null,
    );
    if (
      now !== null &&
      now.blocks !== '0' &&
      now.terms !== '0' &&
      !converting &&
      previous !== null
    ) {
      if (JSON.stringify(now) === JSON.stringify(previous)) return now;
    }
    previous = now;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  throw new Error(`The popup's counts never settled: ${JSON.stringify(previous)}`);
}

/** How many terms the tab's glossary highlight marks. */
function highlighted(tab: TestPage): Promise<number> {
  return tab.evaluate(
    () =>
      (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.get('jianfan-term')
        ?.size ?? 0,
  );
}

const companionCount = () => document.querySelectorAll('[data-jianfan-ui="companion"]').length;

describeInBrowser('the popup’s status follows the tab', { locale: 'zh-TW' }, (ctx) => {
  it('shows the title as the tab reads it: a mirror’s repaired, an article’s converted', async () => {
    const mirror = await openPopupFor(ctx, MIRROR_A);
    const shownOnMirror = await mirror.tab.waitFor(() => {
      const text = document.querySelector('h1.entry-title')?.textContent ?? '';
      return /\([a-zāáǎàēéěèīíǐìōóǒòūúǔù]+\)/.test(text) ? null : text;
    });
    expect(shownOnMirror).toBe(TITLE_A.repairedMirror);
    await waitForTitle(mirror.popup, 'popup_article_title', TITLE_A.repairedMirror);
    await mirror.popup.close();
    await mirror.tab.close();

    const { tab, popup } = await openPopupFor(ctx, ARTICLE_A);
    await tab.waitFor(
      (want) => document.querySelector('h1.post_title')?.textContent?.trim() === want,
      TITLE_A.traditional,
    );
    await waitForTitle(popup, 'popup_article_title', TITLE_A.traditional);
    // Off: the page reads as served, and so does its title in the popup.
    await check(popup, '#tab-enabled', false);
    await tab.waitFor(
      (want) => document.querySelector('h1.post_title')?.textContent?.trim() === want,
      TITLE_A.simplified,
    );
    await waitForTitle(popup, 'popup_article_title', TITLE_A.simplified);
    await check(popup, '#tab-enabled', true);
    await waitForTitle(popup, 'popup_article_title', TITLE_A.traditional);
    await popup.close();
    await tab.close();
  });

  it('a setting saved on a page without Chinese leaves it without a reader, until the tab is turned on', async () => {
    const { tab, popup } = await openPopupFor(ctx, ctx.server.fixture('pages/english.html'));
    await waitForTitle(popup, 'popup_page_title', 'Weekly Technology Review');
    const sessions = () =>
      tab.evaluate(() => performance.getEntriesByName('jianfan-e2e:session-start').length);
    await popup.select('#reading-mode', 'parallel');
    // Said once the setting is stored and the tab has answered.
    const saved = translate(await popupLocale(popup), 'state_saved');
    await popup.waitFor(
      (text) => document.querySelector('main > .status')?.textContent === text,
      saved,
    );
    expect(
      await popup.evaluate(() => document.querySelector<HTMLSelectElement>('#reading-mode')!.value),
    ).toBe('parallel');
    expect(await sessions()).toBe(0);
    // Turning the tab on (a shortcut can, where the popup offers no switch) asks for a reader.
    await applyAndRender(tab, { enabled: true });
    expect(await sessions()).toBe(1);
    // Put back as it was, for the tests that come after.
    await popup.select('#reading-mode', 'converted');
    await waitForStoredSettings(popup, { readingMode: 'converted' });
    await popup.close();
    await tab.close();
  });

  it('names the target and the reading mode in the toolbar button’s tooltip', async () => {
    const { tab, popup } = await openPopupFor(ctx, ARTICLE_A);
    await firstRenderEnded(tab);
    // In the interface's language: the browser's, which headless Chromium now and then gives
    // the background as English.
    const expected = (['zh_TW', 'en', 'zh_CN'] as const).map((locale) => {
      const say = (key: MessageKey, subs?: string | string[]) => translate(locale, key, subs);
      const state = `${say('notice_converted_to', say('target_tw'))} · ${say('notice_reading_mode', say('mode_converted'))}`;
      return say('badge_title', [say('extName'), state]);
    });
    await popup.waitFor(async (want) => {
      const tabId = Number(new URLSearchParams(location.search).get('tabId'));
      const api = (
        globalThis as unknown as {
          chrome: { action: { getTitle(details: { tabId: number }): Promise<string> } };
        }
      ).chrome;
      return want.includes(await api.action.getTitle({ tabId }));
    }, expected);
    await popup.close();
    await tab.close();
  });

  it('names a page that is no article a page, not an article', async () => {
    const { tab, popup } = await openPopupFor(ctx, ctx.server.fixture('pages/english.html'));
    await waitForTitle(popup, 'popup_page_title', 'Weekly Technology Review');
    await popup.close();
    await tab.close();
  });

  it('counts what the page shows after turning it off and on, and after a change of mode', async () => {
    const { tab, popup } = await openPopupFor(ctx, ARTICLE_A);
    await firstRenderEnded(tab);
    const converted = await settledCounts(popup);
    expect(Number(converted.blocks.replace(/\D/g, ''))).toBeGreaterThan(20);
    expect(await highlighted(tab)).toBeGreaterThan(0);

    // Off: the page as served; the popup says nothing is converted, also opened again.
    await check(popup, '#tab-enabled', false);
    await tab.waitFor(
      (want) => document.querySelector('h1.post_title')?.textContent?.trim() === want,
      TITLE_A.simplified,
    );
    await waitForCounts(popup, { blocks: '0', characters: '0' });
    await popup.close();
    let reopened = await ctx.browser.openExtensionPage(tab, 'popup');
    await waitForCounts(reopened, { blocks: '0', characters: '0' });
    expect(await popupCounts(reopened)).toMatchObject({ blocks: '0', characters: '0' });

    // On again: the same counts as before.
    await check(reopened, '#tab-enabled', true);
    await waitForCounts(reopened, converted);

    // Side by side and back: once the page is converted again, the counts are what they were,
    // the glossary's with them.
    await reopened.select('#reading-mode', 'parallel');
    await tab.waitFor(companionCount);
    await reopened.select('#reading-mode', 'converted');
    await tab.waitFor(
      () => document.querySelectorAll('[data-jianfan-ui="companion"]').length === 0,
    );
    await waitForCounts(reopened, converted);
    // The original and back.
    await reopened.select('#reading-mode', 'original');
    await waitForCounts(reopened, { blocks: '0', characters: '0' });
    await reopened.select('#reading-mode', 'converted');
    await waitForCounts(reopened, converted);
    // The glossary marks the page again (its search runs in slices after the render's report).
    await tab.waitFor(
      () =>
        ((CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.get(
          'jianfan-term',
        )?.size ?? 0) > 0,
    );

    // "Always convert this site" on the page turned off: converted, and counted, again.
    await check(reopened, '#tab-enabled', false);
    await waitForCounts(reopened, { blocks: '0', characters: '0' });
    await reopened.select('#site-rule', 'always');
    await waitForCounts(reopened, converted);
    await reopened.close();

    // A popup opened now reads the tab's last report: the same.
    reopened = await ctx.browser.openExtensionPage(tab, 'popup');
    await waitForCounts(reopened, converted);
    expect(await popupCounts(reopened)).toEqual(converted);
    // The rule is saved: back to automatic, for the tests that come after.
    await reopened.select('#site-rule', 'auto');
    await reopened.waitFor(() => document.querySelector('.popup .status-success') !== null);
    await reopened.close();
    await tab.close();
  });
});
