import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { BUILT_IN_TERMS } from '../../utils/glossary/pack/index.ts';
import type { BuiltInTerm } from '../../utils/glossary/schema.ts';
import { translate, type Locale } from '../../utils/i18n/translate.ts';
import type { TestPage } from './harness/browsers.ts';
import { NETEASE_ARTICLES } from './harness/fixture-server.ts';
import {
  applyAndRender,
  applyInTab,
  commandInTab,
  waitForMarkedTerms,
  waitForStoredSettings,
} from './harness/page-tools.ts';
import { describeInBrowser } from './harness/suite.ts';

// The glossary in a real page: terms marked with the CSS Custom Highlight API
// (the page's DOM untouched), the card in our open shadow root on hover, on
// the keyboard commands and under a strict Content Security Policy, and a
// term saved in the options page reaching an open tab without a reload.
// Expected card text comes from the pack's data and the message table, not
// from the card code.

const importDir = mkdtempSync(join(tmpdir(), 'jianfan-glossary-import-'));
afterAll(() => rmSync(importDir, { recursive: true, force: true }));

const ARTICLE_C = `http://www.163.com/dy/article/${NETEASE_ARTICLES.c.docid}.html`;

function packTerm(id: string): BuiltInTerm {
  const term = BUILT_IN_TERMS.find((entry) => entry.id === id);
  if (!term) throw new Error(`no built-in term ${id}`);
  return term;
}

interface CardSnapshot {
  id: string;
  text: string;
  lang: string;
  theme: string | null;
  links: { href: string; rel: string }[];
  box: { left: number; top: number; right: number; bottom: number };
  viewport: { width: number; height: number };
  borderRadius: string;
  background: string;
  announced: string;
}

/** The open card, read through our open shadow root, or null. */
function readCard(page: TestPage): Promise<CardSnapshot | null> {
  return page.evaluate(() => {
    const host = document.querySelector('[data-jianfan-ui="card"]');
    const card = host?.shadowRoot?.querySelector<HTMLElement>('[role="tooltip"]');
    if (!host || !card || getComputedStyle(card).visibility === 'hidden') return null;
    const rect = card.getBoundingClientRect();
    const style = getComputedStyle(card);
    return {
      id: card.id,
      text: card.textContent ?? '',
      lang: card.lang,
      theme: card.getAttribute('data-theme'),
      links: [...card.querySelectorAll('a')].map((a) => ({
        href: a.href,
        rel: a.getAttribute('rel') ?? '',
      })),
      box: { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom },
      viewport: { width: innerWidth, height: innerHeight },
      borderRadius: style.borderTopLeftRadius,
      background: style.backgroundColor,
      announced: host.shadowRoot?.querySelector('[aria-live="polite"]')?.textContent ?? '',
    };
  });
}

/** Waits for the card to show a term (its heading text), and returns it. */
function waitForCard(page: TestPage, shown: string): Promise<CardSnapshot> {
  return page
    .waitFor((text) => {
      const host = document.querySelector('[data-jianfan-ui="card"]');
      const card = host?.shadowRoot?.querySelector<HTMLElement>('[role="tooltip"]');
      if (!card || getComputedStyle(card).visibility === 'hidden') return null;
      return card.querySelector('.term')?.textContent === text ? true : null;
    }, shown)
    .then(async () => (await readCard(page))!);
}

function waitForNoCard(page: TestPage): Promise<boolean> {
  return page.waitFor(() => {
    const host = document.querySelector('[data-jianfan-ui="card"]');
    return !host?.shadowRoot?.querySelector('[role="tooltip"]');
  });
}

/** The texts the page's `jianfan-term` highlight covers, once it covers `expected`. */
function waitForHighlight(page: TestPage, expected: string, timeoutMs = 10_000): Promise<string[]> {
  return waitForMarkedTerms(page, [expected], timeoutMs);
}

/**
 * Viewport coordinates of the middle of the `occurrence`-th appearance of
 * `text` in the page's visible text (the first `length` characters of it).
 */
async function pointOn(
  page: TestPage,
  text: string,
  { occurrence = 0, length = text.length, within = 'body' } = {},
): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    ({ text, occurrence, length, within }) => {
      const root = document.querySelector(within) ?? document.body;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const data = (node as Text).data;
        let at = data.indexOf(text);
        while (at !== -1) {
          if (seen++ === occurrence) {
            const range = document.createRange();
            range.setStart(node, at);
            range.setEnd(node, at + length);
            range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
            const rect = range.getBoundingClientRect();
            return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
          }
          at = data.indexOf(text, at + 1);
        }
      }
      return null;
    },
    { text, occurrence, length, within },
  );
  if (!point) throw new Error(`"${text}" (#${occurrence}) is not in the page`);
  return point;
}

async function hover(page: TestPage, text: string, options?: Parameters<typeof pointOn>[2]) {
  const { x, y } = await pointOn(page, text, options);
  // Arrive from the side, as a real pointer does, a few frames later.
  await page.mouseMove(Math.max(1, x - 40), y);
  await new Promise((resolve) => setTimeout(resolve, 100));
  await page.mouseMove(x, y);
}

/**
 * Moves the pointer off the text and waits for an open card to close: a card
 * covers the lines below its term, and a pointer over the card keeps it open.
 */
async function moveAway(page: TestPage): Promise<void> {
  await page.mouseMove(1, 1);
  await waitForNoCard(page);
}

function expectCardFor(
  card: CardSnapshot,
  term: BuiltInTerm,
  locale: Locale,
  { shown, other = [] }: { shown: string; other?: string[] },
) {
  const say = (key: Parameters<typeof translate>[1], subs?: Parameters<typeof translate>[2]) =>
    translate(locale, key, subs);
  expect(card.id).not.toBe('');
  expect(card.text).toContain(shown);
  for (const form of other) expect(card.text).toContain(form);
  expect(card.text).toContain(say(`category_${term.category}` as 'category_term'));
  const definition =
    locale === 'zh_CN'
      ? term.definition.hans
      : locale === 'zh_TW'
        ? term.definition.hant
        : term.definition.en;
  expect(card.text).toContain(definition);
  // A Chinese UI shows the English definition too, below.
  if (locale !== 'en') {
    expect(card.text).toContain(term.definition.en);
    expect(card.text.indexOf(term.definition.en)).toBeGreaterThan(card.text.indexOf(definition));
  }
  if (term.asOf) expect(card.text).toContain(say('card_as_of', term.asOf));
  if (term.link) {
    expect(card.links).toEqual([{ href: term.link, rel: 'noopener noreferrer' }]);
  } else {
    expect(card.links).toEqual([]);
  }
  // Inside the viewport, whole.
  expect(card.box.left).toBeGreaterThanOrEqual(0);
  expect(card.box.top).toBeGreaterThanOrEqual(0);
  expect(card.box.right).toBeLessThanOrEqual(card.viewport.width);
  expect(card.box.bottom).toBeLessThanOrEqual(card.viewport.height);
}

describeInBrowser('glossary cards', { locale: 'en-US' }, (ctx) => {
  it('hovering CUDA, 昇騰 and H200 shows their cards; H2000 and CUDAfy are not terms', async () => {
    const page = await ctx.browser.newPage(ctx.server.fixture('pages/glossary.html'));
    // Once a render has ended, the search of the whole page is over.
    await applyAndRender(page, {});
    const marked = await waitForHighlight(page, 'H200');
    expect(marked).toEqual(expect.arrayContaining(['CUDA', '昇騰', 'H200']));
    expect(marked).not.toContain('H2000');
    expect(marked.some((text) => text.startsWith('CUDAf'))).toBe(false);
    // The text typed in a form field is not searched.
    expect(marked.filter((text) => text === 'CUDA')).toHaveLength(2);

    await hover(page, 'CUDA');
    const cuda = await waitForCard(page, 'CUDA');
    expectCardFor(cuda, packTerm('cuda'), 'en', { shown: 'CUDA' });
    expect(cuda.lang).toBe('en');
    await page.waitFor(() => {
      const host = document.querySelector('[data-jianfan-ui="card"]');
      return (host?.shadowRoot?.querySelector('[aria-live="polite"]')?.textContent ?? '') !== '';
    });
    expect((await readCard(page))!.announced).toContain(
      packTerm('cuda').definition.en.slice(0, 40),
    );

    await moveAway(page);
    await hover(page, '昇騰');
    const ascend = await waitForCard(page, '昇騰');
    const ascendTerm = packTerm('huawei-ascend');
    expectCardFor(ascend, ascendTerm, 'en', {
      shown: '昇騰',
      other: [ascendTerm.hans, ascendTerm.en!],
    });

    await moveAway(page);
    await hover(page, 'H200');
    const h200 = await waitForCard(page, 'H200');
    expectCardFor(h200, packTerm('nvidia-h200'), 'en', { shown: 'H200' });

    // The traps show nothing.
    await moveAway(page);
    await hover(page, 'H2000');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(await readCard(page)).toBeNull();
    await hover(page, 'CUDAfy', { length: 4 });
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(await readCard(page)).toBeNull();
    await page.close();
  });

  it('turned off from the start, loads nothing until the reader turns it on in the tab', async () => {
    const page = await ctx.browser.newPage(ctx.server.fixture('pages/glossary-off.html'));
    const glossaryKitLoads = () =>
      page.evaluate(
        () =>
          performance
            .getEntriesByName('jianfan-e2e:kit-start')
            .filter((mark) => (mark as PerformanceMark).detail?.kit === 'glossary').length,
      );
    // The page is converted and a render has ended since, and nothing of the glossary is there.
    await page.waitFor(() => document.getElementById('p-terms')?.textContent?.includes('辉达'));
    await applyAndRender(page, {});
    expect(await glossaryKitLoads()).toBe(0);
    expect(await page.evaluate(() => CSS.highlights.has('jianfan-term'))).toBe(false);

    await applyInTab(page, { glossaryEnabled: true });
    // 輝達, the Taiwan name, shows as 辉达 once the page is in Simplified: still NVIDIA.
    expect((await waitForMarkedTerms(page, ['辉达', 'CUDA', '昇腾'])).sort()).toEqual(
      ['辉达', 'CUDA', '昇腾'].sort(),
    );
    expect(await glossaryKitLoads()).toBe(1);
    await hover(page, '昇腾');
    await waitForCard(page, '昇腾');

    await applyInTab(page, { glossaryEnabled: false });
    await page.waitFor(() => !CSS.highlights.has('jianfan-term'));
    await waitForNoCard(page);
    // On again: the kit is in the frame already.
    await applyInTab(page, { glossaryEnabled: true });
    await waitForMarkedTerms(page, ['CUDA']);
    expect(await glossaryKitLoads()).toBe(1);
    await page.close();
  });

  it('keeps the card open over the term and the card, and Escape closes it', async () => {
    const page = await ctx.browser.newPage(ctx.server.fixture('pages/glossary.html'));
    await waitForHighlight(page, 'CUDA');
    await hover(page, 'CUDA');
    const card = await waitForCard(page, 'CUDA');
    // Onto the card, across the gap between it and the term: it stays.
    const inside = {
      x: (card.box.left + card.box.right) / 2,
      y: card.box.top + 8,
    };
    await page.mouseMove(inside.x, inside.y);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect((await readCard(page))?.text).toContain('CUDA');
    // Escape dismisses it without moving the pointer, and it stays dismissed.
    await page.press('Escape');
    await waitForNoCard(page);
    // Back over the term after leaving it, the card opens again.
    await page.mouseMove(1, 1);
    await hover(page, 'CUDA');
    await waitForCard(page, 'CUDA');
    await page.press('Escape');
    await waitForNoCard(page);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(await readCard(page)).toBeNull();
    // Leaving both closes it after a short grace.
    await moveAway(page);
    await hover(page, 'H200');
    await waitForCard(page, 'H200');
    await page.mouseMove(5, 5);
    await waitForNoCard(page);
    await page.close();
  });

  it('shows the card over a modal dialog for a term inside it, and in the page again after', async () => {
    const page = await ctx.browser.newPage(ctx.server.fixture('pages/glossary-dialog.html'));
    await waitForHighlight(page, 'CUDA');
    await page.evaluate(() => (document.getElementById('dialog') as HTMLDialogElement).showModal());
    await hover(page, 'CUDA', { within: '#dialog' });
    const card = await waitForCard(page, 'CUDA');
    // What is drawn at the card's middle is the card (its host), not the dialog under it.
    const drawn = await page.evaluate(
      ({ x, y }) => document.elementFromPoint(x, y)?.getAttribute('data-jianfan-ui') ?? null,
      { x: (card.box.left + card.box.right) / 2, y: (card.box.top + card.box.bottom) / 2 },
    );
    expect(drawn).toBe('card');
    // Closed, the dialog leaves the page; a term in the page shows its card in the page.
    await page.press('Escape');
    await page.evaluate(() => (document.getElementById('dialog') as HTMLDialogElement).close());
    await page.mouseMove(1, 1);
    await hover(page, 'H200');
    await waitForCard(page, 'H200');
    expect(
      await page.evaluate(
        () => document.querySelector('[data-jianfan-ui="card"]')?.parentElement?.localName,
      ),
    ).toBe('html');
    await page.close();
  });

  it('next-term passes over hidden terms and scrolls a term into view inside a scrolling box', async () => {
    const page = await ctx.browser.newPage(ctx.server.fixture('pages/glossary-hidden.html'));
    await waitForMarkedTerms(page, ['H100', 'CUDA', 'H200']);
    await commandInTab(page, 'next-term');
    await waitForCard(page, 'CUDA');
    // The box scrolled: the term is inside what it shows.
    const placed = await page.evaluate(() => {
      const box = document.getElementById('box')!;
      const text = document.getElementById('boxed')!.firstChild!;
      const range = document.createRange();
      const at = text.textContent!.indexOf('CUDA');
      range.setStart(text, at);
      range.setEnd(text, at + 4);
      const term = range.getBoundingClientRect();
      const frame = box.getBoundingClientRect();
      return {
        scrolled: box.scrollTop,
        inside: term.top >= frame.top && term.bottom <= frame.bottom,
      };
    });
    expect(placed.scrolled).toBeGreaterThan(0);
    expect(placed.inside).toBe(true);
    await commandInTab(page, 'next-term');
    await waitForCard(page, 'H200');
    // Round again: past the hidden menu's term, to CUDA.
    await commandInTab(page, 'next-term');
    await waitForCard(page, 'CUDA');
    await page.close();
  });

  it('next-term and previous-term go from term to term, scrolling and showing cards', async () => {
    const page = await ctx.browser.newPage(ctx.server.fixture('pages/glossary.html'));
    await waitForHighlight(page, 'H200');
    await commandInTab(page, 'next-term');
    await waitForCard(page, 'CUDA');
    await commandInTab(page, 'next-term');
    await waitForCard(page, '昇騰');
    await commandInTab(page, 'next-term');
    await waitForCard(page, 'H200');
    await commandInTab(page, 'previous-term');
    await waitForCard(page, '昇騰');
    await page.press('Escape');
    await waitForNoCard(page);

    // Back past the first term wraps round to the last one, at the bottom of the page.
    await commandInTab(page, 'previous-term');
    await commandInTab(page, 'previous-term');
    const last = await waitForCard(page, 'CUDA');
    const where = await page.evaluate(() => {
      const rect = document.querySelector('#p-last')!.getBoundingClientRect();
      return { scrollY, top: rect.top, bottom: rect.bottom, height: innerHeight };
    });
    expect(where.scrollY).toBeGreaterThan(0);
    expect(where.top).toBeGreaterThanOrEqual(0);
    expect(where.bottom).toBeLessThanOrEqual(where.height);
    // The card sits next to that paragraph.
    expect(Math.abs(last.box.top - where.bottom)).toBeLessThan(where.height / 2);
    await page.close();
  });

  it('Tab reaches the link of a card the keyboard opened, once, and Tab goes back', async () => {
    const page = await ctx.browser.newPage(ctx.server.fixture('pages/glossary.html'));
    await waitForHighlight(page, 'H200');
    await commandInTab(page, 'next-term');
    await waitForCard(page, 'CUDA');
    const focusInCard = () =>
      page.evaluate(
        () =>
          document
            .querySelector('[data-jianfan-ui="card"]')
            ?.shadowRoot?.activeElement?.getAttribute('href') ?? null,
      );
    await page.press('Tab');
    expect(await focusInCard()).toBe(BUILT_IN_TERMS.find((term) => term.id === 'cuda')!.link);
    // Tab again: focus leaves the card, which stays open.
    await page.press('Tab');
    expect(await focusInCard()).toBeNull();
    await waitForCard(page, 'CUDA');
    // Once visited, the next Tab is the page's: focus does not go back into the card.
    await page.press('Tab');
    expect(await focusInCard()).toBeNull();
    await page.press('Escape');
    await waitForNoCard(page);
    expect(await focusInCard()).toBeNull();
    await page.close();
  });

  it('marks terms without changing the page’s DOM', async () => {
    const url = ctx.server.fixture('pages/glossary.html');
    const page = await ctx.browser.newPage(url);
    await waitForHighlight(page, 'H200');
    await hover(page, 'CUDA');
    await waitForCard(page, 'CUDA');
    const same = await page.evaluate(async () => {
      const source = await (await fetch(location.href)).text();
      const pristine = new DOMParser().parseFromString(source, 'text/html');
      const serialize = (node: Node) => new XMLSerializer().serializeToString(node);
      return {
        body: serialize(document.body) === serialize(pristine.body),
        // Our only element is the card's host, on the root element, outside the body.
        ours: [...document.querySelectorAll('[data-jianfan-ui]')].map(
          (element) => `${element.localName}:${element.parentElement?.localName ?? ''}`,
        ),
      };
    });
    expect(same).toEqual({ body: true, ours: ['jianfan-card:html'] });
    await page.close();
  });

  it('styles the card on a page with a strict Content Security Policy', async () => {
    const page = await ctx.browser.newPage(ctx.server.fixture('pages/glossary.csp.html'));
    const policy = await page.evaluate(async () => {
      const response = await fetch(location.href);
      return response.headers.get('content-security-policy') ?? '';
    });
    expect(policy).toContain("style-src 'self'");
    await waitForHighlight(page, 'CUDA');
    // The ::highlight rule reached the page's own sheets, where it must be to paint.
    const pageRule = await page.evaluate(() =>
      [...document.adoptedStyleSheets].some((sheet) =>
        [...sheet.cssRules].some((rule) => rule.cssText.includes('::highlight(jianfan-term)')),
      ),
    );
    expect(pageRule).toBe(true);
    await hover(page, 'CUDA');
    const card = await waitForCard(page, 'CUDA');
    // Not the user agent's defaults: the card's own stylesheet applies.
    expect(card.borderRadius).not.toBe('0px');
    expect(card.background).not.toBe('rgba(0, 0, 0, 0)');
    expect(card.theme).toBe('light');
    await page.close();
  });

  it('takes the dark theme on a dark page', async () => {
    const page = await ctx.browser.newPage(ctx.server.fixture('pages/glossary.html'));
    await waitForHighlight(page, 'CUDA');
    await hover(page, 'CUDA');
    expect((await waitForCard(page, 'CUDA')).theme).toBe('light');
    await moveAway(page);
    await page.evaluate(() => {
      document.body.style.background = 'rgb(24, 24, 27)';
      document.body.style.color = 'rgb(230, 230, 230)';
    });
    await hover(page, 'CUDA');
    const dark = await waitForCard(page, 'CUDA');
    expect(dark.theme).toBe('dark');
    expect(dark.background).not.toBe('rgb(255, 255, 255)');
    await page.close();
  });

  /**
   * Opens the options page of `tab`, adds a term with these field values through its form (and
   * its "keep these forms" switch, if asked), and waits until it is saved.
   */
  async function addTermInOptions(
    tab: TestPage,
    fields: Record<string, string>,
    { protect = false }: { protect?: boolean } = {},
  ): Promise<TestPage> {
    const options = await ctx.browser.openExtensionPage(tab, 'options');
    const addLabel = translate('en', 'glossary_add');
    await options.waitFor(
      (label) => [...document.querySelectorAll('button')].some((b) => b.textContent === label),
      addLabel,
    );
    await options.evaluate((label) => {
      [...document.querySelectorAll('button')].find((b) => b.textContent === label)!.click();
    }, addLabel);
    await options.waitFor(() => document.querySelector('#term-id') !== null);
    await options.evaluate(
      ({ values, protect }) => {
        for (const [id, value] of Object.entries(values)) {
          const field = document.getElementById(id) as HTMLInputElement | HTMLTextAreaElement;
          field.value = value;
          field.dispatchEvent(new Event('input', { bubbles: true }));
        }
        if (protect) document.getElementById('term-protect')!.click();
      },
      { values: fields, protect },
    );
    await options.evaluate(() =>
      document.querySelector<HTMLButtonElement>('form.term-form button[type="submit"]')!.click(),
    );
    const saved = translate('en', 'glossary_term_saved', fields['term-hans']!);
    await options.waitFor((text) => document.body.textContent?.includes(text) ?? false, saved);
    return options;
  }

  it('marks each term once when the reader chooses so in the options, on an open tab', async () => {
    const tab = await ctx.browser.newPage(ctx.server.fixture('pages/glossary.html'));
    // Every occurrence marked, the search over: the marks come near the viewport first, so the
    // page is read until both of CUDA's are marked and the count holds still.
    let every = await waitForHighlight(tab, 'CUDA');
    for (let last = -1; ;) {
      const cudas = every.filter((text) => text === 'CUDA').length;
      if (cudas > 1 && every.length === last) break;
      last = cudas > 1 ? every.length : -1;
      await new Promise((resolve) => setTimeout(resolve, 300));
      every = await waitForHighlight(tab, 'CUDA');
    }
    expect(every.filter((text) => text === 'CUDA').length).toBeGreaterThan(1);
    const options = await ctx.browser.openExtensionPage(tab, 'options');
    await options.waitFor(() => document.querySelector('#glossary-marks') !== null);
    await options.select('#glossary-marks', 'first');
    await waitForStoredSettings(options, { glossaryMarks: 'first' });
    await tab.bringToFront();
    // The same terms, each marked once: CUDA where it first appears.
    const first = await tab.waitFor((count) => {
      const highlight = CSS.highlights.get('jianfan-term') as Set<AbstractRange> | undefined;
      if (!highlight || highlight.size >= count) return null;
      return [...highlight].map((marked) => {
        const range = document.createRange();
        range.setStart(marked.startContainer, marked.startOffset);
        range.setEnd(marked.endContainer, marked.endOffset);
        return range.toString();
      });
    }, every.length);
    expect(first.filter((text) => text === 'CUDA')).toEqual(['CUDA']);
    expect(new Set(first)).toEqual(new Set(every));
    expect(first.length).toBe(new Set(every).size);
    // Put back as it was, for the tests that come after.
    await options.select('#glossary-marks', 'every');
    await waitForStoredSettings(options, { glossaryMarks: 'every' });
    await options.close();
    await tab.close();
  });

  it('a term added in the options page appears on an open tab without a reload', async () => {
    const tab = await ctx.browser.newPage(ctx.server.fixture('pages/glossary.html'));
    await waitForHighlight(tab, 'CUDA');
    expect(await waitForHighlight(tab, 'CUDA')).not.toContain('藍鯨引擎');

    const fields = {
      'term-id': 'blue-whale-engine',
      'term-hans': '蓝鲸引擎',
      'term-hant': '藍鯨引擎',
      'term-en': 'Blue Whale Engine',
      'term-definitionEn': 'A start-up’s inference engine, still in testing.',
      'term-definitionHans': '一家新创公司的推理引擎，仍在测试。',
      'term-definitionHant': '一家新創公司的推理引擎，仍在測試。',
      // A note in one language is enough, as a definition is.
      'term-noteEn': 'The name is the company’s own; no one else uses it yet.',
    };
    const options = await addTermInOptions(tab, fields);

    await tab.bringToFront();
    await waitForHighlight(tab, '藍鯨引擎');
    await hover(tab, '藍鯨引擎');
    const card = await waitForCard(tab, '藍鯨引擎');
    expect(card.text).toContain(fields['term-definitionEn']);
    expect(card.text).toContain('蓝鲸引擎');
    expect(card.text).toContain(translate('en', 'card_user_term'));
    expect(card.text).toContain(
      `${translate('en', 'card_note')}${translate('en', 'label_separator')}${fields['term-noteEn']}`,
    );
    await options.close();
    await tab.close();
  });

  it('a name the reader protects in the options page keeps its form on an open tab', async () => {
    // A Japanese surname in a Traditional page read in Simplified: opencc writes 後藤 as 后藤.
    const tab = await ctx.browser.newPage(ctx.server.fixture('pages/protected-name.html'));
    await applyInTab(tab, { enabled: true, target: 'cn' });
    const visit = () => tab.evaluate(() => document.getElementById('visit')!.textContent);
    await tab.waitFor(() => document.getElementById('visit')!.textContent!.includes('发言'));
    expect(await visit()).toBe('后藤先生的发言，后来引起了许多讨论。');

    const options = await addTermInOptions(
      tab,
      {
        'term-id': 'goto',
        'term-hans': '後藤',
        'term-hant': '後藤',
        'term-en': 'Gotō',
        'term-definitionEn': 'A Japanese surname.',
        'term-definitionHans': '日本姓氏。',
        'term-definitionHant': '日本姓氏。',
      },
      { protect: true },
    );

    await tab.bringToFront();
    await tab.waitFor(
      () =>
        document.getElementById('visit')!.textContent === '後藤先生的发言，后来引起了许多讨论。',
    );
    // Turning the reader off gives the page back as it came.
    await applyInTab(tab, { enabled: false });
    await tab.waitFor(() => document.getElementById('visit')!.textContent!.includes('發言'));
    expect(await visit()).toBe('後藤先生的發言，後來引起了許多討論。');
    await options.close();
    await tab.close();
  });
  it('a spreadsheet with a Simplified name and an English definition imports, filled in as the preview shows', async () => {
    const tab = await ctx.browser.newPage(ctx.server.fixture('pages/glossary.html'));
    await waitForHighlight(tab, 'CUDA');
    // The columns a reader writes by hand: no id, no Traditional form, one definition.
    const file = join(importDir, 'hand-written.csv');
    writeFileSync(
      file,
      'hans,en,category,definition_en\n主办单位,Organiser,term,Who runs an event.\n',
    );
    const options = await ctx.browser.openExtensionPage(tab, 'options');
    await options.uploadFile('#glossary-import', file);
    await options.waitFor(
      () => document.querySelector('.glossary-manager .import-preview .preview-filled') !== null,
    );
    // The preview shows what will be saved: the id made from the English name and the
    // Traditional form converted from the Simplified one.
    const preview = await options.evaluate(
      () => document.querySelector('.glossary-manager .import-preview')!.textContent ?? '',
    );
    expect(preview).toContain('organiser');
    expect(preview).toContain(translate('en', 'import_filled_in'));
    expect(preview).toContain('主辦單位');
    await options.click('.glossary-manager .import-preview button:not(.secondary)');
    await options.waitFor(
      () => document.querySelector('.glossary-manager .import-preview') === null,
    );
    // Saved as shown, and found on the open Traditional page under the converted form.
    await tab.bringToFront();
    await waitForHighlight(tab, '主辦單位');
    await hover(tab, '主辦單位');
    const card = await waitForCard(tab, '主辦單位');
    expect(card.text).toContain('Who runs an event.');
    expect(card.text).toContain('主办单位');
    await options.close();
    await tab.close();
  });
});

describeInBrowser('glossary on a very long page', { locale: 'en-US' }, (ctx) => {
  /** Indexes of the paragraphs (`p<index>`) the term highlight holds a range in. */
  function paragraphsMarked(page: TestPage): Promise<number[] | null> {
    return page.evaluate(() => {
      const highlight = CSS.highlights.get('jianfan-term') as Set<AbstractRange> | undefined;
      if (!highlight) return null;
      const indexes = new Set<number>();
      for (const range of highlight) {
        const paragraph = range.startContainer.parentElement?.closest('p');
        if (paragraph?.id.startsWith('p')) indexes.add(Number(paragraph.id.slice(1)));
      }
      return [...indexes].sort((a, b) => a - b);
    });
  }

  it('marks the terms around the viewport, not all 3,500 at once, and follows a scroll', async () => {
    // 2,000 paragraphs with about 3,500 terms; the page is not converted, the glossary is on.
    const page = await ctx.browser.newPage(
      ctx.server.fixture('pages/hostile/many-nodes.html?nodes=20000'),
    );
    // Marks show while the search runs, all of them until there are more than the highlight
    // holds; the window applies from then on. So the first render, which ends when the search
    // does, is waited for (the test build's `render-end` mark).
    await page.waitFor(
      () => performance.getEntriesByName('jianfan-e2e:render-end').length > 0,
      undefined,
      15_000,
    );
    const top = await page.evaluate(
      () => (CSS.highlights.get('jianfan-term') as Set<AbstractRange> | undefined)?.size ?? 0,
    );
    expect(top).toBeGreaterThan(0);
    const atTop = (await paragraphsMarked(page))!;
    expect(atTop[0]).toBeLessThan(5);
    expect(atTop.at(-1)).toBeLessThan(1_000);
    // The highlight holds at most 2,000 terms (MAX_SHOWN_TERMS).
    expect(
      await page.evaluate(() => (CSS.highlights.get('jianfan-term') as Set<AbstractRange>).size),
    ).toBeLessThanOrEqual(2_000);

    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const atBottom = await page.waitFor(() => {
      const highlight = CSS.highlights.get('jianfan-term') as Set<AbstractRange> | undefined;
      if (!highlight) return null;
      const last = [...highlight].some(
        (range) => Number(range.startContainer.parentElement?.closest('p')?.id.slice(1)) > 1_980,
      );
      return last ? true : null;
    });
    expect(atBottom).toBe(true);
    const marked = (await paragraphsMarked(page))!;
    expect(marked[0]).toBeGreaterThan(1_000);

    // The next-term command starts from where the reader is: a term near the bottom.
    const scrolled = await page.evaluate(() => window.scrollY);
    await commandInTab(page, 'next-term');
    await page.waitFor(() => {
      const host = document.querySelector('[data-jianfan-ui="card"]');
      const card = host?.shadowRoot?.querySelector<HTMLElement>('[role="tooltip"]');
      return card !== null && card !== undefined && getComputedStyle(card).visibility !== 'hidden';
    });
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolled * 0.9);
    await page.close();
  });
});

describeInBrowser('glossary on a NetEase article', { locale: 'zh-TW' }, (ctx) => {
  it('runs by itself on the converted article, in the article and its headline only', async () => {
    const page = await ctx.browser.newPage(ARTICLE_C);
    await page.waitFor(() => document.documentElement.lang === 'zh-Hant');
    await applyAndRender(page, {});
    // Conversion rewrites the text the ranges were over; they are found again.
    const marked = await waitForHighlight(page, '昇騰', 15_000);
    expect(marked).toEqual(expect.arrayContaining(['CUDA', 'H200']));
    const where = await page.evaluate(() => {
      const highlight = CSS.highlights.get('jianfan-term') as Iterable<AbstractRange>;
      const article = document.querySelector('.post_body')!;
      const headline = document.querySelector('h1.post_title')!;
      const within = (scope: Element, range: AbstractRange) =>
        scope.contains(range.startContainer) && scope.contains(range.endContainer);
      const ranges = [...highlight];
      return {
        outside: ranges.filter((range) => !within(article, range) && !within(headline, range))
          .length,
        // The headline's terms, as a reader meets them first.
        inHeadline: ranges
          .filter((range) => within(headline, range))
          .map((range) => {
            // The highlight holds static ranges, which have no text of their own.
            const live = document.createRange();
            live.setStart(range.startContainer, range.startOffset);
            live.setEnd(range.endContainer, range.endOffset);
            return live.toString();
          }),
      };
    });
    expect(where.outside).toBe(0);
    expect(where.inHeadline).toContain('昇騰');

    await hover(page, 'CUDA', { within: '.post_body' });
    expectCardFor(await waitForCard(page, 'CUDA'), packTerm('cuda'), 'zh_TW', { shown: 'CUDA' });

    // "昇騰版": the name on its own (昇騰910C is another term).
    await moveAway(page);
    await hover(page, '昇騰版', { length: 2, within: '.post_body' });
    const ascendTerm = packTerm('huawei-ascend');
    const ascend = await waitForCard(page, '昇騰');
    expectCardFor(ascend, ascendTerm, 'zh_TW', { shown: '昇騰', other: [ascendTerm.hans] });
    expect(ascend.lang).toBe('zh-TW');

    await moveAway(page);
    await hover(page, 'H200', { within: '.post_body' });
    expectCardFor(await waitForCard(page, 'H200'), packTerm('nvidia-h200'), 'zh_TW', {
      shown: 'H200',
    });
    await page.press('Escape');
    await waitForNoCard(page);
    await page.close();
  });

  it('in the peek mode, the peek key over a term shows only the peek card; next-term, only its card', async () => {
    const page = await ctx.browser.newPage(ARTICLE_C);
    await page.waitFor(() => document.documentElement.lang === 'zh-Hant');
    // A choice for this tab only: the saved settings stay as they are.
    await applyAndRender(page, { readingMode: 'peek' });
    await waitForHighlight(page, '昇騰', 15_000);
    const peekShown = () =>
      page.evaluate(
        () =>
          document
            .querySelector('jianfan-peek[data-jianfan-ui="peek"]')
            ?.shadowRoot?.querySelector('[role="tooltip"]') != null,
      );
    /** Whether a term's card shows, whichever term (in the page). */
    const termCardShown = () => {
      const host = document.querySelector('[data-jianfan-ui="card"]');
      const card = host?.shadowRoot?.querySelector<HTMLElement>('[role="tooltip"]');
      return card != null && getComputedStyle(card).visibility !== 'hidden';
    };

    // The term's card open, the key goes down: the peek card takes its place.
    await hover(page, 'CUDA', { within: '.post_body' });
    await waitForCard(page, 'CUDA');
    await page.keyDown('Alt');
    await page.waitFor(
      () => document.querySelector('jianfan-peek[data-jianfan-ui="peek"]') !== null,
    );
    await waitForNoCard(page);

    // The key held, onto another term and resting there, past the card's delay: still only the
    // peek card.
    await hover(page, 'H200', { within: '.post_body' });
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(await peekShown()).toBe(true);
    expect(await page.evaluate(termCardShown)).toBe(false);

    // The next-term command is a request for a term's card: it shows, and the peek card goes.
    await commandInTab(page, 'next-term');
    await page.waitFor(termCardShown);
    await page.waitFor(
      () => document.querySelector('jianfan-peek[data-jianfan-ui="peek"]') === null,
    );
    await page.keyUp('Alt');
    await page.press('Escape');
    await waitForNoCard(page);
    await page.close();
  });

  it('works in both copies in the side-by-side mode', async () => {
    const page = await ctx.browser.newPage(ARTICLE_C);
    await page.waitFor(() => document.documentElement.lang === 'zh-Hant');
    await applyAndRender(page, { readingMode: 'parallel' });
    expect(
      await page.evaluate(() => document.querySelector('[data-jianfan-ui="companion"]') !== null),
    ).toBe(true);
    // The original paragraph keeps 昇腾 (Simplified); its companion reads 昇騰.
    const marked = await waitForHighlight(page, '昇腾', 15_000);
    expect(marked).toEqual(expect.arrayContaining(['昇騰']));
    const ascendTerm = packTerm('huawei-ascend');

    await hover(page, '昇腾版', { length: 2, within: '.post_body' });
    expectCardFor(await waitForCard(page, '昇腾'), ascendTerm, 'zh_TW', {
      shown: '昇腾',
      other: [ascendTerm.hant],
    });
    await moveAway(page);
    // In this mode 昇騰 is only in the companions (inside the article's blocks).
    await hover(page, '昇騰版', { length: 2, within: '.post_body' });
    expectCardFor(await waitForCard(page, '昇騰'), ascendTerm, 'zh_TW', {
      shown: '昇騰',
      other: [ascendTerm.hans],
    });
    await page.press('Escape');
    await waitForNoCard(page);
    await page.close();
  });
});
