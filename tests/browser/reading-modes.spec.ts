import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { expect, it } from 'vitest';
import { DEFAULT_PROTECTED_TERMS } from '../../utils/convert/protected-terms.ts';
import { translate } from '../../utils/i18n/translate.ts';
import type { TestPage } from './harness/browsers.ts';
import { MIRROR_HOST, NETEASE_ARTICLES, sharedNeteaseDir } from './harness/fixture-server.ts';
import {
  applyAndRender,
  applyInTab,
  commandInTab,
  serializeDocument,
  settledDocument,
  waitForStoredSettings,
} from './harness/page-tools.ts';
import { describeInBrowser } from './harness/suite.ts';

// Expected text is independent of our engine: the fixture's own Simplified paragraphs, and
// opencc-js converting whole paragraphs, with the protected names in their fixed form.
const cnToTw = OpenCC.Converter({ from: 'cn', to: 'tw' });
const twToCn = OpenCC.Converter({ from: 'tw', to: 'cn' });
function withProtectedNames(text: string, script: 'hans' | 'hant' = 'hant'): string {
  let out = text;
  for (const term of DEFAULT_PROTECTED_TERMS) {
    const wrong = script === 'hans' ? twToCn(term.hant) : cnToTw(term.hans);
    out = out.split(wrong).join(term[script]);
  }
  return out;
}
const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, '');

const paragraphsOf = (file: string) =>
  readFileSync(join(sharedNeteaseDir, file), 'utf8')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
const simplified = paragraphsOf('a.simplified.txt');
const traditional = simplified.map((p) => withProtectedNames(cnToTw(p)));
/** The fixture's own titles (titles.tsv): article, Simplified, Traditional, corrupted, repaired. */
const titles = new Map(
  readFileSync(join(sharedNeteaseDir, 'titles.tsv'), 'utf8')
    .split('\n')
    .slice(1)
    .filter(Boolean)
    .map((line) => {
      const [key, ...columns] = line.split('\t');
      return [key!, columns] as const;
    }),
);
const HEADLINE = 'h1.post_title';
const ARTICLE = `http://www.163.com/dy/article/${NETEASE_ARTICLES.a.docid}.html`;
const PARAGRAPHS = '.post_body > p[id]';
const COMPANION = 'jianfan-companion[data-jianfan-ui="companion"]';

interface BlockView {
  id: string;
  /** The block's text without its companion. */
  own: string;
  /** The companion's text, or null. */
  companion: string | null;
  companionDisplay: string | null;
  /** The rule down the block's start edge that ties the pair. */
  pairRule: string;
}

/** Each block matching `selector`: its own text and its companion's. */
function readBlocks(page: TestPage, selector: string): Promise<BlockView[]> {
  return page.evaluate(
    ({ selector, companion }) =>
      [...document.querySelectorAll(selector)].map((block) => {
        let own = '';
        let found: Element | null = null;
        for (const child of block.childNodes) {
          if (child.nodeType === 1 && (child as Element).matches(companion))
            found = child as Element;
          else own += child.textContent ?? '';
        }
        return {
          id: block.id,
          own,
          companion: found?.textContent ?? null,
          companionDisplay: found ? getComputedStyle(found).display : null,
          pairRule: getComputedStyle(block).borderInlineStartWidth,
        };
      }),
    { selector, companion: COMPANION },
  );
}

/** The body as the server sent it, serialised the way the live one is. */
function servedBody(page: TestPage): Promise<string> {
  return page.evaluate(async () => {
    const html = await (await fetch(location.href)).text();
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    return new XMLSerializer().serializeToString(parsed.body);
  });
}

const bodyMarkup = (page: TestPage) =>
  page.evaluate(() => new XMLSerializer().serializeToString(document.body));

/** A selector for the article's paragraph number `index` (from 0). */
async function paragraph(page: TestPage, index: number): Promise<string> {
  const id = await page.evaluate(
    ({ all, index }) => document.querySelectorAll(all)[index]?.id ?? null,
    { all: PARAGRAPHS, index },
  );
  if (!id) throw new Error(`No paragraph ${index}`);
  return `[id="${id}"]`;
}

/** The peek card's text, when it shows. */
const peekCardText = (page: TestPage) =>
  page.evaluate(() => {
    const host = document.querySelector('jianfan-peek[data-jianfan-ui="peek"]');
    const card = host?.shadowRoot?.querySelector('[role="tooltip"]');
    return card?.querySelector('.text')?.textContent ?? null;
  });

/** Puts the pointer over the paragraph matching `selector` and holds the modifier. */
async function holdModifierOver(page: TestPage, selector: string, key = 'Alt'): Promise<string> {
  const point = await page.evaluate((s) => {
    const element = document.querySelector(s)!;
    element.scrollIntoView({ block: 'center' });
    const rect = element.getClientRects()[0]!;
    return { x: rect.left + Math.min(40, rect.width / 2), y: rect.top + rect.height / 2 };
  }, selector);
  return holdModifierAt(page, point, key, selector);
}

/** Puts the pointer at `point` and holds the modifier; the peek card's text. */
async function holdModifierAt(
  page: TestPage,
  point: { x: number; y: number },
  key: string,
  what: string,
): Promise<string> {
  // The layer starts listening when the mode's render ends: try again until it answers.
  for (let attempt = 0; ; attempt += 1) {
    await page.mouseMove(point.x, point.y);
    await page.mouseMove(point.x + 2, point.y + 1);
    await page.keyDown(key);
    const text = await page
      .waitFor(
        () => {
          const host = document.querySelector('jianfan-peek[data-jianfan-ui="peek"]');
          return host?.shadowRoot?.querySelector('[role="tooltip"] .text')?.textContent ?? null;
        },
        undefined,
        1_500,
      )
      .catch(() => null);
    if (text !== null) return text;
    await page.keyUp(key);
    if (attempt === 4) throw new Error(`No peek card over ${what}`);
  }
}

describeInBrowser(
  'reading modes on a NetEase article, Taiwan browser',
  { locale: 'zh-TW' },
  (ctx) => {
    it('converted: the Traditional text in place', async () => {
      const page = await ctx.browser.newPage(ARTICLE);
      await page.waitFor(() => document.documentElement.lang === 'zh-Hant');
      const shown = await page.waitFor((count) => {
        const ps = [...document.querySelectorAll('.post_body > p[id]')].map((p) => p.textContent);
        return ps.length === count && ps.every((p) => !/[这们为发]/.test(p ?? '')) ? ps : null;
      }, traditional.length);
      expect(shown).toEqual(traditional);
      expect(await page.evaluate((s) => document.querySelector(s), COMPANION)).toBeNull();
      await page.close();
    });

    it('parallel: each Simplified paragraph followed by its Traditional companion', async () => {
      const page = await ctx.browser.newPage(ARTICLE);
      await page.waitFor(() => document.documentElement.lang === 'zh-Hant');
      await applyInTab(page, { readingMode: 'parallel' });
      await page.waitFor(
        ({ paragraphs, companion }) =>
          [...document.querySelectorAll(paragraphs)].every((p) => p.querySelector(companion)),
        { paragraphs: PARAGRAPHS, companion: COMPANION },
      );
      const blocks = await readBlocks(page, PARAGRAPHS);
      expect(blocks.map((block) => block.own)).toEqual(simplified);
      expect(blocks.map((block) => block.companion)).toEqual(traditional);
      expect(new Set(blocks.map((block) => block.companionDisplay))).toEqual(new Set(['block']));
      // The pair's shared rule comes from the stylesheet adopted into the page.
      expect(new Set(blocks.map((block) => block.pairRule))).toEqual(new Set(['3px']));
      // The rest of the page stays converted: the sidebar is Traditional and has no companion.
      const side = await readBlocks(page, '.post_side h3');
      expect(side.length).toBeGreaterThan(0);
      for (const block of side) {
        expect(block.companion).toBeNull();
        expect(block.own).not.toMatch(/[储涨价机厂压读难]/);
      }
      await page.close();
    });

    it('parallel: the headline shows its original and its conversion, each companion in the page’s colour', async () => {
      const page = await ctx.browser.newPage(ARTICLE);
      await page.waitFor(() => document.documentElement.lang === 'zh-Hant');
      const [titleHans, titleHant] = titles.get('a')! as [string, string];
      // Converted, the headline reads in Traditional alone.
      await page.waitFor(
        ({ headline, text }) => document.querySelector(headline)?.textContent === text,
        { headline: HEADLINE, text: titleHant },
      );
      await applyInTab(page, { readingMode: 'parallel' });
      await page.waitFor(
        ({ headline, paragraphs, companion }) =>
          document.querySelector(`${headline} > ${companion}`) !== null &&
          [...document.querySelectorAll(paragraphs)].every((p) => p.querySelector(companion)),
        { headline: HEADLINE, paragraphs: PARAGRAPHS, companion: COMPANION },
      );
      const [title] = await readBlocks(page, HEADLINE);
      expect(title).toMatchObject({
        own: titleHans,
        companion: titleHant,
        companionDisplay: 'block',
        pairRule: '3px',
      });
      // What the reader sees: both copies rendered, the original first, and each companion (the
      // headline's, every paragraph's) in the colour of the block it belongs to, not fainter.
      const seen = await page.evaluate(
        ({ headline, paragraphs, companion }) => {
          const h1 = document.querySelector(headline) as HTMLElement;
          const copy = h1.querySelector(companion)!;
          const colours = [h1, ...document.querySelectorAll(paragraphs)].map((block) => ({
            block: getComputedStyle(block).color,
            companion: getComputedStyle(block.querySelector(`:scope > ${companion}`)!).color,
          }));
          return {
            lines: h1.innerText.split('\n').filter((line) => line.trim() !== ''),
            companionHeight: copy.getBoundingClientRect().height,
            companionOpacity: getComputedStyle(copy).opacity,
            colours,
          };
        },
        { headline: HEADLINE, paragraphs: PARAGRAPHS, companion: COMPANION },
      );
      expect(seen.lines.join('')).toBe(titleHans + titleHant);
      expect(seen.lines[0]).toBe(titleHans);
      expect(seen.companionHeight).toBeGreaterThan(0);
      expect(seen.companionOpacity).toBe('1');
      expect(seen.colours.length).toBe(simplified.length + 1);
      for (const { block, companion } of seen.colours) expect(companion).toBe(block);
      // Leaving the mode gives the headline back converted, as it was.
      await applyInTab(page, { readingMode: 'converted' });
      await page.waitFor(
        ({ headline, text, companion }) => {
          const h1 = document.querySelector(headline)!;
          return (
            h1.querySelector(companion) === null &&
            !h1.hasAttribute('lang') &&
            h1.textContent === text
          );
        },
        { headline: HEADLINE, text: titleHant, companion: COMPANION },
      );
      await page.close();
    });

    it('the conversion shortcut, pressed twice, gives back the side-by-side page', async () => {
      const page = await ctx.browser.newPage(ARTICLE);
      await page.waitFor(() => document.documentElement.lang === 'zh-Hant');
      await applyInTab(page, { readingMode: 'parallel' });
      const companions = () =>
        page.evaluate((companion) => document.querySelectorAll(companion).length, COMPANION);
      await page.waitFor((companion) => document.querySelector(companion) !== null, COMPANION);
      const before = await companions();
      expect(before).toBeGreaterThan(0);
      await commandInTab(page, 'toggle-conversion');
      await page.waitFor((companion) => document.querySelector(companion) === null, COMPANION);
      await commandInTab(page, 'toggle-conversion');
      await applyAndRender(page, {});
      expect(await companions()).toBe(before);
      const blocks = await readBlocks(page, PARAGRAPHS);
      expect(blocks.map((block) => block.own)).toEqual(simplified);
      expect(blocks.map((block) => block.companion)).toEqual(traditional);
      await page.close();
    });

    it('peek: holding the modifier over a paragraph shows its original in a tooltip card', async () => {
      const page = await ctx.browser.newPage(ARTICLE);
      await page.waitFor(() => document.documentElement.lang === 'zh-Hant');
      await applyInTab(page, { readingMode: 'peek' });
      const index = 2;
      const target = await paragraph(page, index);
      // The page is converted, with no companions.
      expect(
        squash(await page.evaluate((s) => document.querySelector(s)!.textContent, target)),
      ).toBe(squash(traditional[index]));
      const text = await holdModifierOver(page, target);
      expect(squash(text)).toBe(squash(simplified[index]));
      const card = await page.evaluate(() => {
        const host = document.querySelector('jianfan-peek')!;
        const element = host.shadowRoot!.querySelector('[role="tooltip"]')!;
        const rect = element.getBoundingClientRect();
        return {
          lang: element.querySelector('.text')!.getAttribute('lang'),
          inView: rect.top >= 0 && rect.bottom <= innerHeight && rect.width > 0,
        };
      });
      expect(card).toEqual({ lang: 'zh-Hans', inView: true });
      await page.keyUp('Alt');
      await page.waitFor(() => document.querySelector('jianfan-peek') === null);

      // Escape hides it too.
      await holdModifierOver(page, target);
      await page.press('Escape');
      await page.waitFor(() => document.querySelector('jianfan-peek') === null);
      await page.keyUp('Alt');
      expect(await peekCardText(page)).toBeNull();
      await page.close();
    });

    it('peek: the card sits beside its paragraph, never over it, in a narrow window too', async () => {
      const page = await ctx.browser.newPage(ARTICLE);
      await page.waitFor(() => document.documentElement.lang === 'zh-Hant');
      await applyAndRender(page, { readingMode: 'peek' });
      const paragraphBox = (selector: string) =>
        page.evaluate((s) => {
          const rect = document.querySelector(s)!.getBoundingClientRect();
          return { top: rect.top, bottom: rect.bottom, left: rect.left, right: rect.right };
        }, selector);
      // A window as the page opens, then the same at 200% zoom (640 × 450 CSS pixels), where a
      // paragraph takes over a third of the viewport: the card used to cover it from the line
      // under the pointer down.
      for (const { viewport, tall } of [
        { viewport: { width: 1280, height: 900 }, tall: false },
        { viewport: { width: 640, height: 450 }, tall: true },
      ]) {
        await page.setViewport(viewport);
        // The tallest paragraph that leaves room for its card (about as tall) above or below it.
        const chosen = await page.evaluate(
          ({ all, height }) => {
            let best: { id: string; height: number } | null = null;
            for (const p of document.querySelectorAll<HTMLElement>(all)) {
              const h = p.getBoundingClientRect().height;
              if (h <= (height - 120) / 2 && (best === null || h > best.height)) {
                best = { id: p.id, height: h };
              }
            }
            return best;
          },
          { all: PARAGRAPHS, height: viewport.height },
        );
        expect(chosen).not.toBeNull();
        if (tall) expect(chosen!.height).toBeGreaterThan(viewport.height / 3);
        const target = `[id="${chosen!.id}"]`;
        // Near the top of the viewport with the pointer on its first line, then near the
        // bottom with the pointer on its last line.
        for (const end of ['first', 'last'] as const) {
          const point = await page.evaluate(
            ({ s, end }) => {
              const element = document.querySelector(s)!;
              element.scrollIntoView({ block: end === 'first' ? 'start' : 'end' });
              scrollBy(0, end === 'first' ? -24 : 24);
              const rect = element.getBoundingClientRect();
              return { x: rect.left + 30, y: end === 'first' ? rect.top + 10 : rect.bottom - 10 };
            },
            { s: target, end },
          );
          await holdModifierAt(page, point, 'Alt', target);
          const card = (await peekCardBox(page))!;
          const block = await paragraphBox(target);
          const what = `${viewport.width}×${viewport.height}, pointer on the ${end} line`;
          // Whole (not cut to scroll): there was room for it beside the paragraph.
          expect(card.scrollHeight, what).toBeLessThanOrEqual(card.clientHeight + 1);
          expect(overlaps(card, block), what).toBe(false);
          if (end === 'first') expect(card.top, what).toBeGreaterThanOrEqual(block.bottom);
          else expect(card.bottom, what).toBeLessThanOrEqual(block.top);
          expect(card.top, what).toBeGreaterThanOrEqual(0);
          expect(card.bottom, what).toBeLessThanOrEqual(viewport.height);
          expect(card.left, what).toBeGreaterThanOrEqual(0);
          expect(card.right, what).toBeLessThanOrEqual(viewport.width);
          await page.keyUp('Alt');
          await page.waitFor(() => document.querySelector('jianfan-peek') === null);
        }
      }
      await page.setViewport({ width: 1280, height: 900 });
      await page.close();
    });

    it('peek: the peek-focused command shows the focused paragraph until Escape', async () => {
      const page = await ctx.browser.newPage(ARTICLE);
      await page.waitFor(() => document.documentElement.lang === 'zh-Hant');
      await applyInTab(page, { readingMode: 'peek' });
      // A link inside a paragraph, which a keyboard reader focuses.
      const index = await page.evaluate(
        (all) => [...document.querySelectorAll(all)].findIndex((p) => p.querySelector('a[href]')),
        PARAGRAPHS,
      );
      expect(index).toBeGreaterThanOrEqual(0);
      // Once the modifier peeks, the mode is in place; then one command.
      await holdModifierOver(page, await paragraph(page, index === 0 ? 1 : 0));
      await page.keyUp('Alt');
      await page.waitFor(() => document.querySelector('jianfan-peek') === null);
      await page.evaluate(
        ({ all, index }) =>
          (document.querySelectorAll(all)[index]!.querySelector('a[href]') as HTMLElement).focus(),
        { all: PARAGRAPHS, index },
      );
      await commandInTab(page, 'peek-focused');
      const text = await page.waitFor(() => {
        const host = document.querySelector('jianfan-peek[data-jianfan-ui="peek"]');
        return host?.shadowRoot?.querySelector('[role="tooltip"] .text')?.textContent ?? null;
      });
      expect(squash(text)).toBe(squash(simplified[index]));
      // The card fits: the arrow keys are the page's, and scroll it.
      const scrolledBefore = await page.evaluate(() => scrollY);
      await page.press('ArrowDown');
      await page.waitFor((before) => scrollY > before, scrolledBefore);
      expect(await peekCardText(page)).not.toBeNull();
      await page.press('Escape');
      await page.waitFor(() => document.querySelector('jianfan-peek') === null);
      // The command again on the same paragraph, then once more, toggles the card.
      await commandInTab(page, 'peek-focused');
      await page.waitFor(() => document.querySelector('jianfan-peek') !== null);
      await commandInTab(page, 'peek-focused');
      await page.waitFor(() => document.querySelector('jianfan-peek') === null);
      await page.close();
    });

    it('peek: the popup’s hint for the mode names the key that peeks', async () => {
      const tab = await ctx.browser.newPage(ARTICLE);
      await tab.waitFor(() => document.documentElement.lang === 'zh-Hant');
      await applyAndRender(tab, { readingMode: 'peek' });
      const popup = await ctx.browser.openExtensionPage(tab, 'popup');
      const hint = await popup.waitFor(() => {
        const select = document.querySelector<HTMLSelectElement>('#reading-mode');
        if (select?.value !== 'peek') return null;
        const id = select.getAttribute('aria-describedby');
        return id === null ? null : document.getElementById(id)?.textContent;
      });
      // The browser speaks Taiwanese Mandarin; the key is the default one, Alt.
      expect(hint).toBe('顯示轉換後的文字；按住 Alt 鍵，即可看到指標下的原文。');
      await popup.close();
      await tab.close();
    });

    it('original: the Simplified text, as served', async () => {
      const page = await ctx.browser.newPage(ARTICLE);
      await page.waitFor(() => document.documentElement.lang === 'zh-Hant');
      const served = await servedBody(page);
      await applyInTab(page, { readingMode: 'original' });
      await page.waitFor(() => document.documentElement.lang === 'zh-CN');
      const blocks = await readBlocks(page, PARAGRAPHS);
      expect(blocks.map((block) => block.own)).toEqual(simplified);
      expect(await bodyMarkup(page)).toBe(served);
      await page.close();
    });

    it('cycling through every mode and back restores the page byte for byte', async () => {
      const page = await ctx.browser.newPage(ARTICLE);
      const served = await servedBody(page);
      await page.waitFor((count) => {
        const ps = [...document.querySelectorAll('.post_body > p[id]')];
        return ps.length === count && ps.every((p) => !/[这们为发]/.test(p.textContent ?? ''));
      }, traditional.length);
      // The paragraphs read converted a moment before the conversion ends: `<html>` takes the
      // target's lang and the blocks give theirs back after the last writes, in slices on a
      // busy machine. The reference is the page once it has stopped changing.
      const converted = await settledDocument(page);

      await applyInTab(page, { readingMode: 'parallel' });
      await page.waitFor((c) => document.querySelectorAll(c).length > 5, COMPANION);
      await applyInTab(page, { readingMode: 'peek' });
      await page.waitFor((c) => document.querySelector(c) === null, COMPANION);
      await holdModifierOver(page, await paragraph(page, 1));
      await page.keyUp('Alt');
      await applyInTab(page, { readingMode: 'original' });
      await page.waitFor(() => document.documentElement.lang === 'zh-CN');
      expect(await bodyMarkup(page)).toBe(served);

      await applyInTab(page, { readingMode: 'converted' });
      await page.waitFor(() => document.documentElement.lang === 'zh-Hant');
      await applyInTab(page, { readingMode: 'parallel' });
      await page.waitFor((c) => document.querySelectorAll(c).length > 5, COMPANION);
      await applyInTab(page, { readingMode: 'converted' });
      await page.waitFor((c) => document.querySelector(c) === null, COMPANION);
      await page.waitFor((expected) => {
        const now = new XMLSerializer().serializeToString(document);
        return now === expected;
      }, converted);
      expect(await serializeDocument(page)).toBe(converted);

      await applyInTab(page, { readingMode: 'parallel' });
      await page.waitFor((c) => document.querySelectorAll(c).length > 5, COMPANION);
      await applyInTab(page, { enabled: false });
      await page.waitFor(() => document.documentElement.lang === 'zh-CN');
      expect(await bodyMarkup(page)).toBe(served);
      await page.close();
    });

    it('labels the companions in the language chosen in the options, with the glossary off', async () => {
      // The browser speaks Taiwanese Mandarin; the reader chose English for the extension, and
      // parallel mode from the start. The glossary, whose kit is then never loaded, is off.
      const tab = await ctx.browser.newPage(ctx.server.fixture('pages/english.html'));
      const options = await ctx.browser.openExtensionPage(tab, 'options');
      await options.waitFor(() => document.querySelector('#reading-mode') !== null);
      const change = async (glossary: boolean, mode: string, language: string, saved: string) => {
        const on = await options.evaluate(
          () => (document.querySelector('#glossary-enabled') as HTMLInputElement).checked,
        );
        if (on !== glossary) await options.click('#glossary-enabled');
        await options.select('#reading-mode', mode);
        await options.select('#ui-language', language);
        await options.waitFor((text) => document.body.textContent?.includes(text) ?? false, saved);
        // "Saved" may be the first change's: wait until storage holds all three.
        await waitForStoredSettings(options, {
          glossaryEnabled: glossary,
          readingMode: mode,
          uiLanguage: language,
        });
      };
      await change(false, 'parallel', 'en', 'Saved');
      try {
        const page = await ctx.browser.newPage(ARTICLE);
        const labels = await page.waitFor((c) => {
          const companions = [...document.querySelectorAll(c)];
          return companions.length > 5 ? companions.map((e) => e.getAttribute('aria-label')) : null;
        }, COMPANION);
        expect(new Set(labels)).toEqual(new Set(['Converted']));
        await page.close();
      } finally {
        await change(true, 'converted', 'auto', '已儲存');
        await options.close();
        await tab.close();
      }
    });
  },
);

/** The peek card's box and how far it is scrolled, or null when it does not show. */
const peekCardBox = (page: TestPage) =>
  page.evaluate(() => {
    const card = document
      .querySelector('jianfan-peek[data-jianfan-ui="peek"]')
      ?.shadowRoot?.querySelector<HTMLElement>('[role="tooltip"]');
    if (!card) return null;
    const rect = card.getBoundingClientRect();
    return {
      top: rect.top,
      bottom: rect.bottom,
      left: rect.left,
      right: rect.right,
      scrollTop: card.scrollTop,
      scrollHeight: card.scrollHeight,
      clientHeight: card.clientHeight,
    };
  });

/**
 * Focuses the link in the article's first paragraph and asks for its original with the
 * `peek-focused` command; the card's box then.
 */
async function peekAtFocusedLink(page: TestPage) {
  await page.evaluate((all) => {
    const link = document.querySelectorAll(all)[0]!.querySelector<HTMLElement>('a[href]')!;
    link.focus();
    link.scrollIntoView({ block: 'center' });
  }, PARAGRAPHS);
  await commandInTab(page, 'peek-focused');
  await page.waitFor(() => document.querySelector('jianfan-peek') !== null);
  return (await peekCardBox(page))!;
}

/** The focused element's box, and whether it is in the article's first paragraph. */
const focusedBox = (page: TestPage) =>
  page.evaluate((all) => {
    const active = document.activeElement!;
    const rect = active.getBoundingClientRect();
    return {
      top: rect.top,
      bottom: rect.bottom,
      left: rect.left,
      right: rect.right,
      inFirst: document.querySelectorAll(all)[0]!.contains(active),
    };
  }, PARAGRAPHS);

type Box = { top: number; bottom: number; left: number; right: number };
const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

// 400% zoom: a 1280 × 900 window is 320 × 225 CSS pixels (WCAG 1.4.10 reflow's width).
describeInBrowser(
  'peek on a NetEase article at 400% zoom, Taiwan browser',
  { locale: 'zh-TW', viewport: { width: 320, height: 225 } },
  (ctx) => {
    it('peek: the card for the focus goes when its paragraph scrolls away or the focus leaves it', async () => {
      const page = await ctx.browser.newPage(ARTICLE);
      await page.waitFor(() => document.documentElement.lang === 'zh-Hant');
      await applyAndRender(page, { readingMode: 'peek' });
      expect(await page.evaluate(() => [innerWidth, innerHeight])).toEqual([320, 225]);
      let card = await peekAtFocusedLink(page);
      // Beside the focused link, never over it, and inside the viewport.
      expect(overlaps(card, await focusedBox(page))).toBe(false);
      expect(card.top).toBeGreaterThanOrEqual(0);
      expect(card.bottom).toBeLessThanOrEqual(225);

      // Scrolled to the end: the paragraph is far above the viewport, and the card has gone.
      await page.evaluate(() => scrollTo(scrollX, document.documentElement.scrollHeight));
      expect(
        await page.evaluate(
          (all) => document.querySelector(all)!.getBoundingClientRect().bottom,
          PARAGRAPHS,
        ),
      ).toBeLessThan(-500);
      await page.waitFor(() => document.querySelector('jianfan-peek') === null);

      // Back at the link, the card again; Tab takes the focus to the next link, in another
      // paragraph: the card goes with it.
      card = await peekAtFocusedLink(page);
      expect(card.scrollHeight).toBeGreaterThan(0);
      await page.press('Tab');
      expect((await focusedBox(page)).inFirst).toBe(false);
      await page.waitFor(() => document.querySelector('jianfan-peek') === null);
      await page.close();
    });

    it('peek: the arrow keys and PageDown scroll a card cut to the viewport, then the page', async () => {
      const page = await ctx.browser.newPage(ARTICLE);
      await page.waitFor(() => document.documentElement.lang === 'zh-Hant');
      await applyAndRender(page, { readingMode: 'peek' });
      const card = await peekAtFocusedLink(page);
      // The original does not fit: the card is cut, and scrolls.
      expect(card.scrollHeight).toBeGreaterThan(card.clientHeight + 10);
      expect(card.scrollTop).toBe(0);
      const pageAt = () => page.evaluate(() => ({ x: scrollX, y: scrollY }));
      const before = await pageAt();

      await page.press('ArrowDown');
      await page.waitFor(() => {
        const card = document.querySelector('jianfan-peek')?.shadowRoot?.querySelector('.card');
        return (card?.scrollTop ?? 0) > 0;
      });
      expect(await pageAt()).toEqual(before);
      // Page by page to the end of the original; the page stays where it is.
      for (let press = 0; press < 20; press++) {
        const now = (await peekCardBox(page))!;
        if (now.scrollTop + now.clientHeight >= now.scrollHeight - 1) break;
        await page.press('PageDown');
        await page.waitFor((at) => {
          const card = document.querySelector('jianfan-peek')?.shadowRoot?.querySelector('.card');
          return (card?.scrollTop ?? 0) > at;
        }, now.scrollTop);
      }
      const end = (await peekCardBox(page))!;
      expect(end.scrollTop + end.clientHeight).toBeGreaterThanOrEqual(end.scrollHeight - 1);
      expect(await pageAt()).toEqual(before);
      // And back up a line.
      await page.press('ArrowUp');
      await page.waitFor((at) => {
        const card = document.querySelector('jianfan-peek')?.shadowRoot?.querySelector('.card');
        return card !== undefined && card !== null && card.scrollTop < at;
      }, end.scrollTop);
      await page.press('ArrowDown');
      await page.waitFor((at) => {
        const card = document.querySelector('jianfan-peek')?.shadowRoot?.querySelector('.card');
        return card !== undefined && card !== null && card.scrollTop >= at - 1;
      }, end.scrollTop);
      expect(await pageAt()).toEqual(before);

      // The card has nothing more to show: the next ArrowDown is the page's.
      await page.press('ArrowDown');
      await page.waitFor((y) => scrollY > y, before.y);
      // Escape still dismisses it.
      if ((await peekCardBox(page)) !== null) {
        await page.press('Escape');
        await page.waitFor(() => document.querySelector('jianfan-peek') === null);
      }
      await page.close();
    });
  },
);

describeInBrowser(
  'reading modes on other pages, Simplified browser',
  { locale: 'zh-CN' },
  (ctx) => {
    it('parallel keeps lists, headings, tables and blockquotes whole', async () => {
      const page = await ctx.browser.newPage(ctx.server.fixture('pages/reading-structure.html'));
      const before = await serializeDocument(page);
      const outline = await page.evaluate(() => ({
        headings: document.querySelectorAll('h1, h2, h3, h4, h5, h6').length,
        items: document.querySelectorAll('li').length,
        cells: document.querySelectorAll('td, th').length,
      }));
      await applyInTab(page, { enabled: true, readingMode: 'parallel' });
      await page.waitFor(() => document.querySelector('#closing > jianfan-companion') !== null);

      const shape = await page.evaluate(() => ({
        listsHoldItems: [...document.querySelectorAll('ul, ol')].every((list) =>
          [...list.children].every((child) => child.localName === 'li'),
        ),
        rowsHoldCells: [...document.querySelectorAll('tr')].every((row) =>
          [...row.children].every((child) => child.localName === 'td' || child.localName === 'th'),
        ),
        definitionList: [...document.getElementById('terms')!.children].map((c) => c.localName),
        quote: [...document.getElementById('quote')!.children].map((c) => c.localName),
        nestedListAfterCompanion: document.querySelector('#item-logic > jianfan-companion')
          ?.nextElementSibling?.id,
        headings: document.querySelectorAll('h1, h2, h3, h4, h5, h6').length,
        items: document.querySelectorAll('li').length,
        cells: document.querySelectorAll('td, th').length,
      }));
      expect(shape).toEqual({
        listsHoldItems: true,
        rowsHoldCells: true,
        definitionList: ['dt', 'dd'],
        quote: ['p', 'p'],
        nestedListAfterCompanion: 'logic-nodes',
        ...outline,
      });

      const blocks = await readBlocks(
        page,
        '#headline, #lead, #item-memory, #node-advanced, #td-company, #th-volume, #quote-two, #dd-hbm, #caption',
      );
      for (const block of blocks) {
        expect(block.own, block.id).toMatch(/[國記儲進長月開種圖]/);
        expect(squash(block.companion), block.id).toBe(twToCn(squash(block.own)));
      }
      // Navigation, sidebar and footer are converted in place, without companions.
      const furniture = await readBlocks(page, '#site-name, #sidebar-text, #footer-text');
      for (const block of furniture) {
        expect(block.companion, block.id).toBeNull();
        expect(block.own, block.id).toBe(twToCn(block.own));
      }
      expect(
        await page.evaluate(() => document.querySelector('#editor jianfan-companion')),
      ).toBeNull();

      await applyInTab(page, { readingMode: 'original' });
      await page.waitFor(() => document.documentElement.lang === 'zh-TW');
      expect(await serializeDocument(page)).toBe(before);
      await page.close();
    });

    it('companions and the peek card are styled under a strict Content-Security-Policy', async () => {
      const page = await ctx.browser.newPage(ctx.server.fixture('pages/reading-modes.csp.html'));
      await applyInTab(page, { enabled: true, readingMode: 'parallel' });
      await page.waitFor(() => document.querySelector('#second > jianfan-companion') !== null);
      const [first] = await readBlocks(page, '#first');
      expect(first).toMatchObject({ companionDisplay: 'block', pairRule: '3px' });
      expect(squash(first!.companion)).toBe(twToCn(squash(first!.own)));

      await applyInTab(page, { readingMode: 'peek' });
      await page.waitFor(() => document.querySelector('jianfan-companion') === null);
      const text = await holdModifierOver(page, '#second');
      expect(squash(text)).toBe(
        squash('對照模式的轉換段落與按鍵看原文的卡片，都以建構的樣式表設定外觀。'),
      );
      const position = await page.evaluate(() => {
        const card = document.querySelector('jianfan-peek')!.shadowRoot!.querySelector('.card')!;
        return getComputedStyle(card).position;
      });
      expect(position).toBe('fixed');
      await page.keyUp('Alt');
      await page.close();
    });

    it('parallel on a repaired mirror: the repaired original, then its Simplified conversion', async () => {
      const page = await ctx.browser.newPage(
        `http://${MIRROR_HOST}/archives/${NETEASE_ARTICLES.b.mirrorId}.html`,
      );
      const repaired = paragraphsOf('b.expected_repair.traditional.txt');
      await page.waitFor(() => document.documentElement.lang === 'zh-Hans', undefined, 15_000);
      await applyInTab(page, { readingMode: 'parallel' });
      await page.waitFor(
        (count) =>
          document.querySelectorAll('.entry-content > p > jianfan-companion').length >= count,
        repaired.length,
        15_000,
      );
      const blocks = (await readBlocks(page, '.entry-content > p')).slice(0, repaired.length);
      expect(blocks.map((block) => block.own)).toEqual(repaired);
      expect(blocks.map((block) => block.companion)).toEqual(
        repaired.map((p) => withProtectedNames(twToCn(p), 'hans')),
      );
      // Its headline, outside the article's body, is paired too: repaired, then Simplified.
      const repairedTitle = titles.get('b')![3]!;
      await page.waitFor(
        (companion) => document.querySelector(`h1.entry-title > ${companion}`) !== null,
        COMPANION,
      );
      const [title] = await readBlocks(page, 'h1.entry-title');
      expect(title).toMatchObject({
        own: repairedTitle,
        companion: withProtectedNames(twToCn(repairedTitle), 'hans'),
      });
      await page.close();
    });

    it('parallel on a mirror that keeps the article in one block split by <br>', async () => {
      const page = await ctx.browser.newPage(ctx.server.fixture('pages/mirror-br.html'));
      const served = await servedBody(page);
      // The lines as served (the reader may have converted some of the live page already).
      const lines = await page.evaluate(async () => {
        const html = await (await fetch(location.href)).text();
        const story = new DOMParser().parseFromString(html, 'text/html').getElementById('story')!;
        const found = [''];
        for (const node of story.childNodes) {
          if (node.nodeName === 'BR') found.push('');
          else found[found.length - 1] += node.textContent ?? '';
        }
        return found.filter((line) => line !== '');
      });
      expect(lines).toHaveLength(4);
      await page.waitFor(() => document.documentElement.lang === 'zh-Hans', undefined, 15_000);
      await applyInTab(page, { readingMode: 'parallel' });
      await page.waitFor(
        () => document.querySelectorAll('#story > jianfan-companion').length === 4,
        undefined,
        15_000,
      );
      // Each line in the original, its Simplified conversion in its place under it, styled as
      // a pair; the page around the article stays converted.
      const story = await page.evaluate((companionSelector) => {
        const parts: { kind: string; text: string; display?: string; rule?: string }[] = [];
        let text = '';
        for (const node of document.getElementById('story')!.childNodes) {
          if (node.nodeType === 1 && (node as Element).matches(companionSelector)) {
            const style = getComputedStyle(node as Element);
            parts.push({ kind: 'original', text });
            parts.push({
              kind: 'companion',
              text: node.textContent ?? '',
              display: style.display,
              rule: style.borderInlineStartWidth,
            });
            text = '';
          } else if (node.nodeName !== 'BR') {
            text += node.textContent ?? '';
          }
        }
        const heading = document.querySelector('h1')!;
        return {
          parts,
          heading: heading.firstChild!.textContent,
          headingCompanion: heading.querySelector(companionSelector)?.textContent ?? null,
          related: document.querySelector('aside h3')!.textContent,
        };
      }, COMPANION);
      expect(story.parts.filter((part) => part.kind === 'original').map((p) => p.text)).toEqual(
        lines,
      );
      const companions = story.parts.filter((part) => part.kind === 'companion');
      expect(companions.map((part) => part.text)).toEqual(
        lines.map((line) => withProtectedNames(twToCn(line), 'hans')),
      );
      expect(new Set(companions.map((part) => `${part.display} ${part.rule}`))).toEqual(
        new Set(['block 3px']),
      );
      // The article's heading is the article's; the list beside it is the page's.
      expect([story.heading, story.headingCompanion]).toEqual([
        '國產記憶體的產能競賽',
        twToCn('國產記憶體的產能競賽'),
      ]);
      expect(story.related).toBe(twToCn('相關文章'));
      // Back to the original: the page as served, byte for byte.
      await applyInTab(page, { readingMode: 'original' });
      await page.waitFor(() => document.querySelector('jianfan-companion') === null);
      await page.waitFor(() => document.documentElement.lang === 'zh-Hant');
      expect(await bodyMarkup(page)).toBe(served);
      await page.close();
    });

    it('peek on a mirror split by <br>: the original of the line under the pointer', async () => {
      const page = await ctx.browser.newPage(ctx.server.fixture('pages/mirror-br.html'));
      await page.waitFor(() => document.documentElement.lang === 'zh-Hans', undefined, 15_000);
      await applyInTab(page, { readingMode: 'peek' });
      // The second line's text (after the first line and its two <br>s), as the page shows it.
      const point = await page.evaluate(() => {
        const text = document.getElementById('story')!.childNodes[3]!;
        const range = document.createRange();
        range.selectNodeContents(text);
        const rect = range.getClientRects()[0]!;
        return { x: rect.left + 20, y: rect.top + rect.height / 2 };
      });
      const shown = await holdModifierAt(page, point, 'Alt', 'the second line');
      expect(shown).toBe('分析師指出，高頻寬記憶體的需求仍在快速增長，各家廠商都在爭取訂單。');
      await page.keyUp('Alt');
      expect(await peekCardText(page)).toBeNull();
      await page.close();
    });

    it('parallel on a Discuz mirror: the thread title is paired, the site’s logo is not', async () => {
      // The post is a <td> split by <br>; the title is `#thread_subject` in an <h1 class="ts">,
      // outside the post; the forum's name is an <h1> too.
      const page = await ctx.browser.newPage(ctx.server.fixture('pages/mirror-discuz.html'));
      const served = await servedBody(page);
      await page.waitFor(() => document.documentElement.lang === 'zh-Hans', undefined, 15_000);
      await applyInTab(page, { readingMode: 'parallel' });
      await page.waitFor(
        () =>
          document.querySelectorAll('#postmessage_1 > jianfan-companion').length === 4 &&
          document.querySelector('h1.ts > jianfan-companion') !== null,
        undefined,
        15_000,
      );
      const shown = await page.evaluate((companionSelector) => {
        const own = (element: Element) =>
          [...element.childNodes]
            .filter(
              (node) => !(node.nodeType === 1 && (node as Element).matches(companionSelector)),
            )
            .map((node) => node.textContent ?? '')
            .join('');
        const heading = document.querySelector('h1.ts')!;
        const logo = document.querySelector('h1.logo')!;
        return {
          heading: own(heading),
          headingCompanion: heading.querySelector(companionSelector)?.textContent ?? null,
          logo: logo.textContent,
          logoCompanion: logo.querySelector(companionSelector) !== null,
          companions: document.querySelectorAll(companionSelector).length,
        };
      }, COMPANION);
      expect(squash(shown.heading)).toBe('[轉載]國產記憶體的產能競賽');
      expect(squash(shown.headingCompanion)).toBe(squash(twToCn('[轉載] 國產記憶體的產能競賽')));
      // The forum's name is the page's: converted in place, without a companion.
      expect(shown.logo).toBe(twToCn('新聞轉載論壇'));
      expect(shown.logoCompanion).toBe(false);
      expect(shown.companions).toBe(5);
      // Back to the original: the page as served, byte for byte.
      await applyInTab(page, { readingMode: 'original' });
      await page.waitFor(() => document.querySelector('jianfan-companion') === null);
      await page.waitFor(() => document.documentElement.lang === 'zh-Hant');
      expect(await bodyMarkup(page)).toBe(served);
      await page.close();
    });

    it('peek on a Discuz mirror’s thread title: its original', async () => {
      const page = await ctx.browser.newPage(ctx.server.fixture('pages/mirror-discuz.html'));
      await page.waitFor(() => document.documentElement.lang === 'zh-Hans', undefined, 15_000);
      await applyInTab(page, { readingMode: 'peek' });
      const shown = await holdModifierOver(page, '#thread_subject');
      expect(squash(shown)).toBe('[轉載]國產記憶體的產能競賽');
      await page.keyUp('Alt');
      expect(await peekCardText(page)).toBeNull();
      await page.close();
    });

    it('paragraphs the page adds get their companions', async () => {
      const page = await ctx.browser.newPage(ctx.server.fixture('pages/dynamic.html'));
      await applyInTab(page, { enabled: true, readingMode: 'parallel' });
      await page.waitFor(
        () =>
          document.body.hasAttribute('data-updates-done') &&
          [...document.querySelectorAll('p.update')].every((p) =>
            p.querySelector('jianfan-companion'),
          ),
        undefined,
        15_000,
      );
      const updates = await readBlocks(page, 'p.update');
      expect(updates).toHaveLength(10);
      for (const update of updates) {
        expect(update.own).toMatch(/^第\d+則更新/);
        expect(update.companion).toBe(twToCn(update.own));
      }
      await page.close();
    });

    it('leaves editors, their values and the caret alone', async () => {
      const page = await ctx.browser.newPage(ctx.server.fixture('pages/editors.html'));
      const before = await serializeDocument(page);
      await page.evaluate(() => {
        const area = document.querySelector('textarea')!;
        area.focus();
        area.setSelectionRange(3, 7);
      });
      const editors = () =>
        page.evaluate(() => ({
          input: (document.querySelector('#name') as HTMLInputElement).value,
          area: document.querySelector('textarea')!.value,
          editor: document.querySelector('#editor')!.textContent,
          focused: document.activeElement?.id,
          caret: [
            document.querySelector('textarea')!.selectionStart,
            document.querySelector('textarea')!.selectionEnd,
          ],
        }));
      const editorsBefore = await editors();
      await applyInTab(page, { enabled: true, readingMode: 'parallel' });
      await page.waitFor(() => document.querySelector('#after > jianfan-companion') !== null);
      expect(await editors()).toEqual(editorsBefore);
      expect(
        await page.evaluate(() =>
          document.querySelector('#editor jianfan-companion, form jianfan-companion'),
        ),
      ).toBeNull();
      await applyInTab(page, { enabled: false });
      await page.waitFor(() => document.documentElement.lang === 'zh-TW');
      expect(await serializeDocument(page)).toBe(before);
      await page.close();
    });

    it('a shortcut says on the page what it chose, styled under a strict Content-Security-Policy', async () => {
      const page = await ctx.browser.newPage(ctx.server.fixture('pages/reading-modes.csp.html'));
      await applyAndRender(page, { enabled: true, readingMode: 'converted' });
      const shown = () =>
        page.evaluate(() => {
          const box = document.querySelector('jianfan-notice')?.shadowRoot?.querySelector('.card');
          if (!box?.textContent) return null;
          const style = getComputedStyle(box);
          const rect = box.getBoundingClientRect();
          return {
            text: box.textContent,
            role: box.getAttribute('role'),
            position: style.position,
            onScreen: rect.width > 0 && rect.top >= 0 && rect.right <= innerWidth,
          };
        });
      await commandInTab(page, 'cycle-mode');
      await page.waitFor(
        () =>
          (document.querySelector('jianfan-notice')?.shadowRoot?.querySelector('.card')
            ?.textContent ?? '') !== '',
      );
      // In the interface's language, the browser's (Simplified here), as the notice's `lang` says.
      const lang = await page.evaluate(
        () =>
          document.querySelector('jianfan-notice')!.shadowRoot!.querySelector<HTMLElement>('.card')!
            .lang,
      );
      expect(lang).toBe('zh-CN');
      expect(await shown()).toEqual({
        text: translate('zh_CN', 'notice_reading_mode', translate('zh_CN', 'mode_parallel')),
        role: 'status',
        position: 'fixed',
        onScreen: true,
      });
      // It goes by itself, and takes its element with it.
      await page.waitFor(() => document.querySelector('jianfan-notice') === null, undefined, 6_000);
      await page.close();
    });

    it('a shortcut pressed three times during a long conversion moves three steps', async () => {
      // 2,000 paragraphs: converting them takes long enough for the presses to come meanwhile.
      const page = await ctx.browser.newPage(
        ctx.server.fixture('pages/hostile/many-nodes.html?nodes=20000'),
      );
      const first = await page.evaluate(() => document.querySelector('main p')!.textContent);
      await applyInTab(page, { enabled: true, target: 'cn', readingMode: 'converted' });
      // converted → parallel → peek → original: each press reads where the one before left it.
      for (let press = 0; press < 3; press++) await commandInTab(page, 'cycle-mode');
      await applyAndRender(page, {});
      expect(await page.evaluate((c) => document.querySelectorAll(c).length, COMPANION)).toBe(0);
      expect(await page.evaluate(() => document.querySelector('main p')!.textContent)).toBe(first);
      await page.close();
    });
  },
);
