import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { afterAll, expect, it } from 'vitest';
import { translate } from '../../utils/i18n/translate.ts';
import type { TestPage } from './harness/browsers.ts';
import { MIRROR_HOST, NETEASE_ARTICLES } from './harness/fixture-server.ts';
import { firstRenderEnded, popupLocale, waitForStoredSettings } from './harness/page-tools.ts';
import { describeInBrowser, type SuiteContext } from './harness/suite.ts';

// The popup and the options page in a real browser, bound to fixture tabs
// the way the toolbar would bind them: live controls, keyboard use, a
// backup round trip through a real file picker, and axe-core in light and
// dark. The axe hook (`window.__runAxe`) exists in e2e builds only.

const ARTICLE = `http://www.163.com/dy/article/${NETEASE_ARTICLES.a.docid}.html`;
const MIRROR = `http://${MIRROR_HOST}/archives/${NETEASE_ARTICLES.a.mirrorId}.html`;
const en = (key: Parameters<typeof translate>[1], subs?: Parameters<typeof translate>[2]) =>
  translate('en', key, subs);
const cnToTw = OpenCC.Converter({ from: 'cn', to: 'tw' });
const twToCn = OpenCC.Converter({ from: 'tw', to: 'cn' });

interface AxeSummary {
  violations: { id: string; impact: string | null; help: string; targets: string[] }[];
  passes: number;
}

async function runAxe(page: TestPage): Promise<AxeSummary> {
  await page.waitFor(() => typeof (window as { __runAxe?: unknown }).__runAxe === 'function');
  return page.evaluate(() =>
    (window as unknown as { __runAxe: () => Promise<AxeSummary> }).__runAxe(),
  );
}

/** Waits for the page's own text to contain `text`. */
function waitForText(page: TestPage, text: string, timeoutMs = 10_000): Promise<boolean> {
  return page.waitFor((t) => document.body?.textContent?.includes(t) ?? false, text, timeoutMs);
}

async function openPopupFor(ctx: SuiteContext, url: string) {
  const tab = await ctx.browser.newPage(url);
  const popup = await ctx.browser.openExtensionPage(tab, 'popup');
  await popup.waitFor(() => document.querySelector('#tab-enabled') !== null);
  return { tab, popup };
}

async function openOptions(ctx: SuiteContext) {
  const tab = await ctx.browser.newPage(ctx.server.fixture('pages/english.html'));
  const options = await ctx.browser.openExtensionPage(tab, 'options');
  await options.waitFor(() => document.querySelector('#reading-mode') !== null);
  return { tab, options };
}

const downloadsDir = mkdtempSync(join(tmpdir(), 'jianfan-popup-options-'));
afterAll(() => rmSync(downloadsDir, { recursive: true, force: true }));

describeInBrowser('popup and options page', { locale: 'en-US' }, (ctx) => {
  it('shows the tab’s title and script, fits the popup’s 360 px, and every switch in its first 600 px', async () => {
    const { tab, popup } = await openPopupFor(ctx, ARTICLE);
    const title = await tab.evaluate(() => document.querySelector('h1.post_title')?.textContent);
    expect(title).toBeTruthy();
    await waitForText(popup, title!.trim());
    await waitForText(popup, en('script_simplified'));
    const box = await popup.evaluate(() => {
      const style = getComputedStyle(document.body);
      return {
        width: document.body.getBoundingClientRect().width,
        maxHeight: style.maxHeight,
        overflowY: style.overflowY,
        lang: document.documentElement.lang,
        title: document.title,
      };
    });
    expect(box).toEqual({
      width: 360,
      maxHeight: '600px',
      overflowY: 'auto',
      lang: 'en',
      title: en('extName'),
    });
    // Every switch for the tab is within the 600 px a browser shows of a popup, without
    // scrolling, on an article with every status line (the page's status comes after).
    const controlsBottom = await popup.evaluate(() =>
      Math.max(
        ...[...document.querySelectorAll('.popup select, .popup input[type="checkbox"]')]
          .filter((element) => !element.closest('.convert-box'))
          .map((element) => element.getBoundingClientRect().bottom + window.scrollY),
      ),
    );
    expect(controlsBottom).toBeGreaterThan(300);
    expect(controlsBottom).toBeLessThanOrEqual(600);
    await popup.close();
    await tab.close();
  });

  it('keeps each status label, and each bracketed part of a value, on one line at 360 px', async () => {
    const { tab, popup } = await openPopupFor(ctx, MIRROR);
    await waitForText(popup, en('netease_kind_mirror'));
    const broken = await popup.evaluate(() => {
      const lines = (range: Range) =>
        new Set(
          [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)),
        ).size;
      const found: string[] = [];
      for (const dt of document.querySelectorAll('.facts dt')) {
        const range = document.createRange();
        range.selectNodeContents(dt);
        if (lines(range) !== 1) found.push(dt.textContent ?? '');
      }
      const walker = document.createTreeWalker(
        document.querySelector('.facts')!,
        NodeFilter.SHOW_TEXT,
      );
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const match of text.matchAll(/[(（][^)）]*[)）]/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          if (lines(range) !== 1) found.push(match[0]);
        }
      }
      return found;
    });
    expect(broken).toEqual([]);
    await popup.close();
    await tab.close();
  });

  it('writes the popup and options in the theme’s size and fonts, not the browser’s extension defaults', async () => {
    const { tab, popup } = await openPopupFor(ctx, ARTICLE);
    const { options } = await openOptions(ctx);
    for (const page of [popup, options]) {
      const fonts = await page.evaluate(() => {
        const of = (element: Element) => {
          const style = getComputedStyle(element);
          return { size: style.fontSize, family: style.fontFamily };
        };
        return {
          root: of(document.documentElement),
          body: of(document.body),
          hint: of(document.querySelector('.field-hint, .hint') ?? document.body),
        };
      });
      // 14 px at the browser's default of 16, on the body as on the root, with the Chinese fonts.
      expect(fonts.root.size).toBe('14px');
      expect(fonts.body).toEqual(fonts.root);
      expect(fonts.body.family).toContain('PingFang SC');
      expect(parseFloat(fonts.hint.size)).toBeGreaterThanOrEqual(12);
    }
    await options.close();
    await popup.close();
    await tab.close();
  });

  it('explains why an article counts as NetEase', async () => {
    const { tab, popup } = await openPopupFor(ctx, ARTICLE);
    await waitForText(popup, en('netease_kind_netease'));
    await popup.click('.signals summary');
    const signals = await popup.evaluate(() =>
      [...document.querySelectorAll('.signals li')].map((li) => li.textContent ?? ''),
    );
    expect(signals.length).toBeGreaterThan(0);
    expect(signals.every((text) => text.trim() !== '')).toBe(true);
    await popup.close();
    await tab.close();
  });

  it('says under the reading mode why side by side shows nothing on an article already in Simplified, and under the tab switch in the converted mode', async () => {
    // An English browser reads in Simplified: the Simplified article is left as it is.
    const { tab, popup } = await openPopupFor(ctx, ARTICLE);
    await popup.select('#reading-mode', 'parallel');
    await popup.waitFor(() => document.querySelector('#reading-mode-note')?.textContent !== '');
    expect(
      await popup.evaluate(() => document.querySelector('#reading-mode-note')?.textContent),
    ).toBe(en('popup_mode_nothing_to_show', en('target_cn')));
    // Indeed: no paragraph got a copy beside it.
    expect(await tab.evaluate(() => document.querySelector('jianfan-companion'))).toBeNull();
    await popup.select('#reading-mode', 'converted');
    await popup.waitFor(() => document.querySelector('#reading-mode-note')?.textContent === '');
    // In the converted mode, the tab switch says it: on, it has nothing to convert here.
    await popup.waitFor(
      (expected) => document.querySelector('#tab-enabled-note')?.textContent === expected,
      en('popup_tab_already_in', en('target_cn')),
    );
    expect(
      await popup.evaluate(
        () => (document.querySelector('#tab-enabled') as HTMLInputElement).checked,
      ),
    ).toBe(true);
    // Put back as it was, for the tests that come after.
    await waitForStoredSettings(popup, { readingMode: 'converted' });
    await popup.close();
    await tab.close();
  });

  it('says when a page has no Chinese, and shows its tab switch as one that cannot be used', async () => {
    const { tab, popup } = await openPopupFor(ctx, ctx.server.fixture('pages/english.html'));
    await waitForText(popup, en('popup_no_chinese'));
    const looks = await popup.evaluate(() => {
      const label = (id: string) => getComputedStyle(document.querySelector(`label[for="${id}"]`)!);
      return {
        disabled: (document.querySelector('#tab-enabled') as HTMLInputElement).disabled,
        tabSwitch: [label('tab-enabled').opacity, label('tab-enabled').cursor],
        target: [label('target').opacity, label('target').cursor],
      };
    });
    expect(looks).toEqual({
      disabled: true,
      tabSwitch: ['0.55', 'not-allowed'],
      target: ['1', 'default'],
    });
    await popup.close();
    await tab.close();
  });

  it('converts the tab live from the popup controls', async () => {
    const { tab, popup } = await openPopupFor(ctx, ARTICLE);
    const original = await tab.evaluate(
      () => document.querySelector('div.post_body p')?.textContent ?? '',
    );
    expect(original).not.toBe('');
    await popup.select('#target', 'tw');
    if (
      !(await popup.evaluate(
        () => (document.querySelector('#tab-enabled') as HTMLInputElement).checked,
      ))
    ) {
      await popup.click('#tab-enabled');
    }
    await tab.waitFor(
      (expected) => document.querySelector('div.post_body p')?.textContent === expected,
      cnToTw(original),
    );
    // Turning it off gives the original back.
    await popup.click('#tab-enabled');
    await tab.waitFor(
      (expected) => document.querySelector('div.post_body p')?.textContent === expected,
      original,
    );
    await popup.close();
    await tab.close();
  });

  it('converts every Chinese page on load when the options say so, and only NetEase’s by default', async () => {
    const TAIWAN_PAGE = ctx.server.fixture('pages/static-traditional.html');
    const title = '臺灣半導體產業發展觀察｜科技週報';
    const { options, tab: optionsTab } = await openOptions(ctx);
    // The browser is in English: an automatic target is Simplified.
    await options.select('#target', 'auto');
    await options.select('#auto-convert', 'chinese');
    await waitForStoredSettings(options, { autoConvert: 'chinese' });
    try {
      const page = await ctx.browser.newPage(TAIWAN_PAGE);
      await page.waitFor((want) => document.title === want, twToCn(title));
      // The popup says why.
      const popup = await ctx.browser.openExtensionPage(page, 'popup');
      await waitForText(popup, en('reason_every_page'));
      await popup.close();
      await page.close();
    } finally {
      await options.select('#auto-convert', 'netease');
      await waitForStoredSettings(options, { autoConvert: 'netease' });
    }
    // Back to NetEase's pages only: the same page waits for the reader.
    const page = await ctx.browser.newPage(TAIWAN_PAGE);
    await firstRenderEnded(page);
    expect(await page.evaluate(() => document.title)).toBe(title);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-TW');
    const popup = await ctx.browser.openExtensionPage(page, 'popup');
    await waitForText(popup, en('reason_not_netease'));
    await popup.close();
    await page.close();
    await options.close();
    await optionsTab.close();
  });

  it('keeps a change made in the options page while the popup saves another: both wait for the extension’s lock', async () => {
    const { options, tab: optionsTab } = await openOptions(ctx);
    // Earlier tests may have left other values: start from known ones, which the two changes
    // below both differ from.
    const start = { target: 'auto', readingMode: 'converted' };
    await options.select('#target', start.target);
    await options.select('#reading-mode', start.readingMode);
    // (When nothing was ever stored, the defaults are these values and selecting them stores
    // nothing, so the stored settings may also be absent.)
    await options.waitFor(async (want) => {
      type Area = { get(key: string): Promise<{ settings?: Record<string, unknown> }> };
      const scope = globalThis as unknown as {
        browser?: { storage: { sync: Area } };
        chrome?: { storage: { sync: Area } };
      };
      const { settings } = await (scope.browser ?? scope.chrome)!.storage.sync.get('settings');
      return (
        (settings?.target ?? 'auto') === want.target &&
        (settings?.readingMode ?? 'converted') === want.readingMode
      );
    }, start);
    // Saves of the same values may still be on their way: none may be waiting for the lock
    // when the test takes it, or it would stand for one of the two below.
    await options.waitFor(async () => {
      const { held = [], pending = [] } = await navigator.locks.query();
      return [...held, ...pending].every((lock) => lock.name !== 'jianfan-reader-storage');
    });
    const { tab, popup } = await openPopupFor(ctx, ARTICLE);
    // The storage lock is held from the options page (one origin with the popup), so that both
    // changes are made while neither can be stored.
    await options.evaluate(() => {
      const scope = window as unknown as { __releaseLock?: () => void };
      void navigator.locks.request(
        'jianfan-reader-storage',
        () => new Promise<void>((release) => (scope.__releaseLock = release)),
      );
    });
    await options.waitFor(
      () => typeof (window as { __releaseLock?: unknown }).__releaseLock === 'function',
    );
    await popup.select('#target', 'hk');
    await options.select('#reading-mode', 'parallel');
    // Both saves wait for the lock, each from its own page: the lock manager lists them.
    await options.waitFor(async () => {
      const { pending = [] } = await navigator.locks.query();
      return pending.filter((lock) => lock.name === 'jianfan-reader-storage').length >= 2;
    });
    const storedMeanwhile = await options.evaluate(async () => {
      type Area = {
        get(key: string): Promise<{ settings?: { target?: string; readingMode?: string } }>;
      };
      const scope = globalThis as unknown as {
        browser?: { storage: { sync: Area } };
        chrome?: { storage: { sync: Area } };
      };
      return (await (scope.browser ?? scope.chrome)!.storage.sync.get('settings')).settings ?? null;
    });
    expect([
      storedMeanwhile?.target ?? 'auto',
      storedMeanwhile?.readingMode ?? 'converted',
    ]).toEqual(['auto', 'converted']);
    await options.evaluate(() =>
      (window as unknown as { __releaseLock: () => void }).__releaseLock(),
    );
    await waitForStoredSettings(options, { target: 'hk', readingMode: 'parallel' });
    // The options page shows the popup's change as well as its own.
    await options.waitFor(
      () => (document.querySelector('#target') as HTMLSelectElement).value === 'hk',
    );
    expect(
      await options.evaluate(
        () => (document.querySelector('#reading-mode') as HTMLSelectElement).value,
      ),
    ).toBe('parallel');
    await options.select('#target', start.target);
    await options.select('#reading-mode', start.readingMode);
    await waitForStoredSettings(options, start);
    await popup.close();
    await tab.close();
    await options.close();
    await optionsTab.close();
  });

  it('converts pasted text', async () => {
    const { tab, popup } = await openPopupFor(ctx, MIRROR);
    await popup.select('#target', 'tw');
    await popup.click('#convert-input');
    await popup.type('简体中文的软件');
    await popup.click('.convert-box button[type="submit"]');
    await popup.waitFor(
      (expected) =>
        (document.querySelector('#convert-output') as HTMLTextAreaElement).value === expected,
      cnToTw('简体中文的软件'),
    );
    // What was typed stays as typed.
    expect(
      await popup.evaluate(
        () => (document.querySelector('#convert-input') as HTMLTextAreaElement).value,
      ),
    ).toBe('简体中文的软件');

    // Text of characters both scripts write converts to Simplified when that is asked for.
    await popup.select('#target', 'cn');
    await popup.evaluate(() => {
      const input = document.querySelector('#convert-input') as HTMLTextAreaElement;
      input.value = '';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await popup.click('#convert-input');
    await popup.type('他睡著了，葡萄乾很甜');
    await popup.click('.convert-box button[type="submit"]');
    await popup.waitFor(
      () =>
        (document.querySelector('#convert-output') as HTMLTextAreaElement).value ===
        '他睡着了，葡萄干很甜',
    );

    // Text pasted from a mirror site is repaired first: its pinyin goes, its garbled passage
    // is decoded, and what the mirror lost is marked.
    await popup.select('#target', 'tw');
    await popup.evaluate(() => {
      const input = document.querySelector('#convert-input') as HTMLTextAreaElement;
      input.value = '長(zhǎng)鑫存儲(chǔ)的HBM,正是因?yàn)榱计仿屎艿停虼藢?duì)晶圓測試要求更高。';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(
      await popup.evaluate(
        () => (document.querySelector('#convert-repair') as HTMLInputElement).checked,
      ),
    ).toBe(true);
    await popup.click('.convert-box button[type="submit"]');
    await popup.waitFor(
      () =>
        (document.querySelector('#convert-output') as HTMLTextAreaElement).value ===
        '長鑫存儲的HBM,正是因為良品率很低⟨…⟩此對晶圓測試要求更高。',
    );
    await popup.close();
    await tab.close();
  });

  it('is usable by keyboard: every control in order, with a visible focus ring', async () => {
    const { tab, popup } = await openPopupFor(ctx, ARTICLE);
    await popup.bringToFront();
    const expected = await popup.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('button, input, select, textarea, summary')]
        .filter((element) => !(element as HTMLButtonElement).disabled)
        .map((element) => element.id || element.textContent?.trim() || element.tagName),
    );
    expect(expected.length).toBeGreaterThan(8);
    const reached: string[] = [];
    const rings: string[] = [];
    for (let i = 0; i < expected.length; i++) {
      await popup.press('Tab');
      const focused = await popup.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (!element || element === document.body) return null;
        const style = getComputedStyle(element);
        return {
          name: element.id || element.textContent?.trim() || element.tagName,
          ring: `${style.outlineStyle} ${style.outlineWidth}`,
        };
      });
      if (!focused) break;
      reached.push(focused.name);
      rings.push(focused.ring);
    }
    expect(reached).toEqual(expected);
    for (const ring of rings) expect(ring).toMatch(/^solid (?:[3-9]|\d{2,})(?:\.\d+)?px$/);
    await popup.close();
    await tab.close();
  });

  it('has no axe violations in the popup (light)', async () => {
    const { tab, popup } = await openPopupFor(ctx, MIRROR);
    await popup.waitFor(() => document.querySelector('.page-status dl, .page-status p') !== null);
    const result = await runAxe(popup);
    expect(result.violations).toEqual([]);
    expect(result.passes).toBeGreaterThan(10);
    await popup.close();
    await tab.close();
  });

  it('has no axe violations in the options page (light)', async () => {
    const { tab, options } = await openOptions(ctx);
    const result = await runAxe(options);
    expect(result.violations).toEqual([]);
    await options.close();
    await tab.close();
  });

  it('lists the shortcuts the browser binds, and opens its own page for changing them', async () => {
    const { tab, options } = await openOptions(ctx);
    type Api = {
      commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> };
      tabs: { query(q: object): Promise<{ id?: number }[]>; remove(id: number): Promise<void> };
    };
    // What the browser itself says (headless Chromium may leave the suggested keys unset).
    const bound = await options.evaluate(async () => {
      const api = ((globalThis as { browser?: Api }).browser ??
        (globalThis as unknown as { chrome: Api }).chrome) as Api;
      const all = await api.commands.getAll();
      return Object.fromEntries(all.map(({ name, shortcut }) => [name, shortcut ?? '']));
    });
    const shown = await options.waitFor(() => {
      const rows = [...document.querySelectorAll('#shortcuts tr[data-command]')];
      return rows.length === 0
        ? null
        : Object.fromEntries(
            rows.map((row) => [
              row.getAttribute('data-command'),
              row.querySelector('kbd')?.textContent ?? '',
            ]),
          );
    });
    expect(shown).toEqual(bound);
    // The manifest's six, and Chrome's own command for the toolbar button.
    expect(Object.keys(shown)).toHaveLength(ctx.browser.name === 'chromium' ? 7 : 6);

    const tabIds = () =>
      options.evaluate(async () => {
        const api = ((globalThis as { browser?: Api }).browser ??
          (globalThis as unknown as { chrome: Api }).chrome) as Api;
        return (await api.tabs.query({})).map((t) => t.id!);
      });
    const before = new Set(await tabIds());
    await options.click('#shortcuts button');
    let opened: number[] = [];
    for (let tries = 0; tries < 50 && opened.length === 0; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      opened = (await tabIds()).filter((id) => !before.has(id));
    }
    // Chromium: chrome://extensions/shortcuts; Firefox: the add-ons manager's shortcuts view.
    expect(opened).toHaveLength(1);
    expect(
      await options.evaluate(() => document.querySelector('#shortcuts [role="alert"]')),
    ).toBeNull();
    await options.evaluate(async (id) => {
      const api = ((globalThis as { browser?: Api }).browser ??
        (globalThis as unknown as { chrome: Api }).chrome) as Api;
      await api.tabs.remove(id);
    }, opened[0]!);
    await options.close();
    await tab.close();
  });

  it('shows a pattern error inline, tied to the field', async () => {
    const { tab, options } = await openOptions(ctx);
    await options.click('#new-rule-pattern');
    // (An http or https address is taken without its scheme; another scheme is refused.)
    await options.type('ftp://example.com');
    await options.press('Enter');
    await options.waitFor(
      () => document.querySelector('#new-rule-pattern')?.getAttribute('aria-invalid') === 'true',
    );
    expect(
      await options.evaluate(() => document.querySelector('#new-rule-pattern-error')?.textContent),
    ).toBe(en('pattern_error_scheme'));
    await options.close();
    await tab.close();
  });

  it('keeps a long site rule inside its card, at full width and at 320 px', async () => {
    const { tab, options } = await openOptions(ctx);
    const pattern =
      'a-very-long-subdomain-name-for-testing-overflow.another-long-label.example.com/news/some/very/long/path/*';
    await options.click('#new-rule-pattern');
    await options.type(pattern);
    await options.press('Enter');
    await options.waitFor(
      (text) =>
        [...document.querySelectorAll('.rule .rule-pattern')].some((p) => p.textContent === text),
      pattern,
    );
    for (const width of [1280, 320]) {
      await options.setViewport({ width, height: 800 });
      const spill = await options.evaluate((text) => {
        const rule = [...document.querySelectorAll<HTMLElement>('.rule')].find(
          (element) => element.querySelector('.rule-pattern')?.textContent === text,
        )!;
        const card = rule.closest<HTMLElement>('section.card')!;
        const edge = card.getBoundingClientRect().right;
        // How far the rule's text reaches past its card, as drawn: text that overflows its box
        // is measured, not the box. Text for assistive technology only is clipped to nothing.
        const walker = document.createTreeWalker(rule, NodeFilter.SHOW_TEXT);
        let reach = 0;
        for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
          if (node.parentElement?.closest('.visually-hidden')) continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          for (const rect of range.getClientRects()) reach = Math.max(reach, rect.right);
        }
        // And how far the page scrolls sideways.
        const root = document.documentElement;
        // The pattern beside the rule's select is its label on screen: none is drawn over it.
        const label = rule.querySelector('select')!.labels![0]!.getBoundingClientRect();
        return {
          past: reach - edge,
          sideways: root.scrollWidth - root.clientWidth,
          labelDrawn: label.width > 1 || label.height > 1,
        };
      }, pattern);
      expect(spill.labelDrawn, `${width} px`).toBe(false);
      expect(spill.past, `${width} px`).toBeLessThanOrEqual(1);
      expect(spill.sideways, `${width} px`).toBeLessThanOrEqual(0);
    }
    await options.close();
    await tab.close();
  });

  it('draws its file pickers as buttons in the interface’s words, ringed when tabbed to', async () => {
    const { tab, options } = await openOptions(ctx);
    for (const [id, key] of [
      ['glossary-import', 'import_choose_glossary_file'],
      ['backup-import', 'import_choose_backup_file'],
    ] as const) {
      const drawn = await options.evaluate((inputId) => {
        const input = document.getElementById(inputId)!;
        const label = document.querySelector<HTMLElement>(`label[for="${inputId}"]`)!;
        const inputBox = input.getBoundingClientRect();
        const labelBox = label.getBoundingClientRect();
        return {
          label: label.textContent,
          // The browser's own button and "no file chosen" are not shown beside ours.
          inputArea: inputBox.width * inputBox.height,
          labelShown: labelBox.width > 40 && labelBox.height > 16,
        };
      }, id);
      expect(drawn.label, id).toBe(en(key));
      expect(drawn.inputArea, id).toBeLessThanOrEqual(1);
      expect(drawn.labelShown, id).toBe(true);

      // Tab from the control before it: the input takes focus, and its label shows the ring.
      await options.evaluate((inputId) => {
        const focusable = [
          ...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea'),
        ].filter((element) => element.tabIndex >= 0 && !(element as HTMLButtonElement).disabled);
        focusable[focusable.findIndex((element) => element.id === inputId) - 1]!.focus();
      }, id);
      await options.press('Tab');
      const focused = await options.evaluate((inputId) => {
        const label = document.querySelector<HTMLElement>(`label[for="${inputId}"]`)!;
        const style = getComputedStyle(label);
        return {
          active: document.activeElement?.id,
          ring: `${style.outlineStyle} ${style.outlineWidth}`,
        };
      }, id);
      expect(focused.active, id).toBe(id);
      expect(focused.ring, id).toMatch(/^solid (?:[3-9]|\d{2,})(?:\.\d+)?px$/);
    }
    await options.close();
    await tab.close();
  });

  it('exports everything, resets, and imports the file back through the file picker', async () => {
    const { tab, options } = await openOptions(ctx);
    // Capture the download: the page saves through a link to a Blob URL.
    await options.evaluate(() => {
      const captured: Promise<{ name: string; text: string }>[] = [];
      (window as unknown as { __downloads: typeof captured }).__downloads = captured;
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        captured.push(
          fetch(this.href).then(async (r) => ({ name: this.download, text: await r.text() })),
        );
      };
    });
    await options.select('#reading-mode', 'parallel');
    await options.waitFor(() => document.querySelector('#save-status')?.textContent === 'Saved');
    await options.click('.backup button');
    const file = await options.evaluate(async () => {
      const downloads = (
        window as unknown as { __downloads: Promise<{ name: string; text: string }>[] }
      ).__downloads;
      return downloads[0] ? await downloads[0] : null;
    });
    expect(file?.name).toMatch(/^jianfan-backup-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(file!.text).settings.readingMode).toBe('parallel');

    // Reset, confirmed in the dialog.
    await options.click('.reset button.danger');
    await options.waitFor(() => document.querySelector('dialog')?.open === true);
    await options.click('dialog button.danger');
    await options.waitFor(
      () => (document.querySelector('#reading-mode') as HTMLSelectElement).value === 'converted',
    );

    // Import the file: a preview first, nothing stored until applied.
    const path = join(downloadsDir, file!.name);
    writeFileSync(path, file!.text);
    await options.uploadFile('#backup-import', path);
    await options.waitFor(() => document.querySelector('.backup .import-preview') !== null);
    expect(
      await options.evaluate(
        () => (document.querySelector('#reading-mode') as HTMLSelectElement).value,
      ),
    ).toBe('converted');
    await options.click('.backup .import-preview button:not(.secondary)');
    await options.waitFor(
      () => (document.querySelector('#reading-mode') as HTMLSelectElement).value === 'parallel',
    );
    await options.close();
    // Stored, not just shown: a fresh options page reads it back. (A new
    // page rather than a reload: Firefox's WebDriver BiDi cannot navigate
    // moz-extension:// pages.)
    const fresh = await ctx.browser.openExtensionPage(tab, 'options');
    await fresh.waitFor(
      () =>
        (document.querySelector('#reading-mode') as HTMLSelectElement | null)?.value === 'parallel',
    );
    // Leave the defaults for the other tests.
    await fresh.select('#reading-mode', 'converted');
    await fresh.waitFor(() => document.querySelector('#save-status')?.textContent === 'Saved');
    await fresh.close();
    await tab.close();
  });
});

describeInBrowser(
  'popup and options page, dark',
  { locale: 'en-US', colorScheme: 'dark' },
  (ctx) => {
    it('uses the dark palette and has no axe violations in the popup', async () => {
      const { tab, popup } = await openPopupFor(ctx, MIRROR);
      await popup.waitFor(() => document.querySelector('.page-status dl, .page-status p') !== null);
      expect(await popup.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
        'rgb(23, 25, 28)',
      );
      const result = await runAxe(popup);
      expect(result.violations).toEqual([]);
      await popup.close();
      await tab.close();
    });

    it('has no axe violations in the options page (dark)', async () => {
      const { tab, options } = await openOptions(ctx);
      expect(await options.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
        'rgb(34, 38, 43)',
      );
      const result = await runAxe(options);
      expect(result.violations).toEqual([]);
      await options.close();
      await tab.close();
    });
  },
);

describeInBrowser('popup with a Taiwan browser', { locale: 'zh-TW' }, (ctx) => {
  const zhTw = (key: Parameters<typeof translate>[1]) => translate('zh_TW', key);

  /**
   * The note under the regional vocabulary switch, as shown (null when it says nothing). It stays
   * in the popup, empty, as a live region, so that its text is announced when it comes.
   */
  const regionalNote = (popup: TestPage) =>
    popup.evaluate(() => {
      const note = document.querySelector<HTMLElement>('#regional-vocabulary-note');
      if (note?.getAttribute('role') !== 'status') throw new Error('The note is no live region');
      if (note.textContent === '') return null;
      const box = note.getBoundingClientRect();
      const visible =
        box.width > 0 && box.height > 0 && getComputedStyle(note).visibility !== 'hidden';
      return { text: note.textContent ?? '', visible };
    });

  it('says under the reading mode why side by side shows nothing on a Taiwan page read in Taiwan Traditional', async () => {
    // A Taiwan news page, not NetEase: the reader turns conversion on for the tab.
    const { tab, popup } = await openPopupFor(
      ctx,
      ctx.server.fixture('pages/static-traditional.html'),
    );
    // The first popup of this browser: read in the language it speaks (see `popupLocale`).
    const locale = await popupLocale(popup);
    await waitForText(popup, translate(locale, 'script_traditional'));
    await popup.click('#tab-enabled');
    await popup.select('#reading-mode', 'parallel');
    await popup.waitFor(() => document.querySelector('#reading-mode-note')?.textContent !== '');
    expect(
      await popup.evaluate(() => document.querySelector('#reading-mode-note')?.textContent),
    ).toBe(translate(locale, 'popup_mode_nothing_to_show', translate(locale, 'target_tw')));
    // Indeed: the page converts to nothing, and no paragraph got a copy beside it.
    expect(await tab.evaluate(() => document.querySelector('jianfan-companion'))).toBeNull();
    // Put back as it was, for the tests that come after.
    await popup.select('#reading-mode', 'converted');
    await popup.waitFor(() => document.querySelector('#reading-mode-note')?.textContent === '');
    await waitForStoredSettings(popup, { readingMode: 'converted' });
    await popup.close();
    await tab.close();
  });

  it('says under regional vocabulary why it changes nothing on a Traditional page, and not on a Simplified one', async () => {
    // A Taiwan news page (not a NetEase mirror), read in Taiwan Traditional (the browser's).
    const { tab, popup } = await openPopupFor(
      ctx,
      ctx.server.fixture('pages/static-traditional.html'),
    );
    await waitForText(popup, zhTw('script_traditional'));
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('zh-TW');
    expect(
      await popup.evaluate(() => (document.querySelector('#target') as HTMLSelectElement).value),
    ).toBe('tw');
    expect(await regionalNote(popup)).toBeNull();

    await popup.click('#regional-vocabulary');
    await popup.waitFor(() => document.querySelector('#regional-vocabulary-note')?.textContent);
    expect(await regionalNote(popup)).toEqual({
      text: zhTw('popup_regional_traditional_page'),
      visible: true,
    });
    expect(
      await popup.evaluate(() =>
        document.querySelector('#regional-vocabulary')?.getAttribute('aria-describedby'),
      ),
    ).toBe('regional-vocabulary-hint regional-vocabulary-note');
    expect((await runAxe(popup)).violations).toEqual([]);
    await popup.close();
    await tab.close();

    // The setting stays on; on a Simplified page it applies, and there is nothing to explain.
    const simplified = await openPopupFor(ctx, ctx.server.fixture('pages/static-simplified.html'));
    await waitForText(simplified.popup, zhTw('script_simplified'));
    expect(
      await simplified.popup.evaluate(
        () => (document.querySelector('#regional-vocabulary') as HTMLInputElement).checked,
      ),
    ).toBe(true);
    expect(await regionalNote(simplified.popup)).toBeNull();
    // Put back as it was, for the tests that come after.
    await simplified.popup.click('#regional-vocabulary');
    await simplified.popup.waitFor(
      () => !(document.querySelector('#regional-vocabulary') as HTMLInputElement).checked,
    );
    await simplified.popup.close();
    await simplified.tab.close();
  });
});
