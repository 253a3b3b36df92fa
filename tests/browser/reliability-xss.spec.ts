import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { GLOSSARY_FORMAT } from '../../utils/glossary/io.ts';
import { formKey, validateTerm } from '../../utils/glossary/schema.ts';
import { PAYLOAD_ELEMENTS_SELECTOR, XSS_PAYLOADS } from '../fixtures/xss-payloads.ts';
import type { TestPage } from './harness/browsers.ts';
import { applyAndRender, applyInTab, waitForMarkedTerms } from './harness/page-tools.ts';
import { installPageWatch, readPageWatch } from './harness/page-watch.ts';
import { currentBrowserName, describeInBrowser } from './harness/suite.ts';

// XSS payloads where the extension shows page and user data: page text next to glossary terms
// (converted and highlighted), the user's own glossary (imported through the options page, then
// highlighted and shown in the card), and a page title in the popup. Nothing may run, and no
// element may come from data: the page keeps its element count outside our own UI hosts.

const tally = { tried: 0, executed: 0 };
afterAll(() => {
  console.log(
    `XSS (${currentBrowserName()}): ${tally.tried} payloads tried, ${tally.executed} executed`,
  );
});

/** A user term whose forms and texts are the payload wherever the term format allows it. */
function hostileTerm(text: string, index: number): Record<string, unknown> | null {
  const term: Record<string, unknown> = {
    id: `hostile-${index}`,
    hans: text,
    hant: text,
    category: 'term',
    definition: { en: text, hans: text, hant: text },
    link: text,
  };
  if (!validateTerm({ ...term, link: undefined }).ok) return null;
  if (!validateTerm(term).ok) delete term.link;
  return term;
}

/** What a view shows of payloads: elements, handlers and links that only markup would bring. */
function breachIn(page: TestPage, rootSelector: string | null): Promise<string[]> {
  return page.evaluate(
    ({ selector, rootSelector }) => {
      const found: string[] = [];
      const roots: ParentNode[] = [];
      // The views and the page's own content: a document's head legitimately holds scripts.
      if (rootSelector === null) roots.push(document.body);
      else {
        for (const host of document.querySelectorAll(rootSelector)) {
          if (host.shadowRoot) roots.push(host.shadowRoot);
        }
      }
      for (const root of roots) {
        for (const element of root.querySelectorAll(selector)) found.push(element.localName);
        for (const element of root.querySelectorAll('*')) {
          for (const attribute of element.attributes) {
            if (attribute.name.startsWith('on'))
              found.push(`${element.localName}[${attribute.name}]`);
          }
        }
        for (const link of root.querySelectorAll('a[href]')) {
          const href = link.getAttribute('href') ?? '';
          if (!href.startsWith('https://') && !href.startsWith('#')) found.push(`link ${href}`);
        }
      }
      const w = window as Window & { __pwned?: unknown };
      if (w.__pwned !== undefined) found.push('__pwned');
      return found;
    },
    { selector: PAYLOAD_ELEMENTS_SELECTOR, rootSelector },
  );
}

/** The document without our own UI hosts, as markup. */
function pageMarkup(page: TestPage): Promise<string> {
  return page.evaluate(() => {
    const copy = document.documentElement.cloneNode(true) as Element;
    for (const ours of copy.querySelectorAll('[data-jianfan-ui]')) ours.remove();
    return new XMLSerializer().serializeToString(copy);
  });
}

/** Where the middle of the first appearance of `text` is, scrolled into view. */
async function pointOn(page: TestPage, text: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((text) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(text);
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      node.parentElement?.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
      return { x: rect.left + Math.min(rect.width / 2, 12), y: rect.top + rect.height / 2 };
    }
    return null;
  }, text);
  if (!point) throw new Error(`"${text}" is not in the page`);
  return point;
}

/** Hovers `text` and returns the open card's text once it names `expected`, or null. */
async function cardFor(page: TestPage, text: string, expected: string): Promise<string | null> {
  // Away first, until an open card closes: it may cover the next term.
  await page.mouseMove(1, 1);
  await page
    .waitFor(
      () =>
        !document
          .querySelector('[data-jianfan-ui="card"]')
          ?.shadowRoot?.querySelector('[role="tooltip"]'),
      undefined,
      3_000,
    )
    .catch(() => undefined);
  const { x, y } = await pointOn(page, text);
  await page.mouseMove(Math.max(1, x - 30), y);
  await new Promise((resolve) => setTimeout(resolve, 80));
  await page.mouseMove(x, y);
  return page
    .waitFor(
      (expected) => {
        const host = document.querySelector('[data-jianfan-ui="card"]');
        const card = host?.shadowRoot?.querySelector('[role="tooltip"]');
        const shown = card?.textContent ?? '';
        return shown.includes(expected) ? shown : null;
      },
      expected,
      5_000,
    )
    .catch(() => null);
}

describeInBrowser('reliability: XSS payloads in page and user data', { locale: 'en-US' }, (ctx) => {
  let workDir = '';
  afterAll(() => {
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  it('converts and highlights hostile page text, and shows hostile user terms, as text', async () => {
    workDir = mkdtempSync(join(tmpdir(), 'jianfan-xss-'));
    const page = await ctx.browser.newPage(ctx.server.fixture('pages/hostile/xss.html'));
    await installPageWatch(page);
    // Each payload as text next to glossary terms, and in a tooltip the converter rewrites.
    await page.evaluate(
      (payloads) => {
        const section = document.getElementById('payloads')!;
        for (const text of payloads) {
          const p = document.createElement('p');
          p.append(`輝達的CUDA，${text}，H200晶片。`);
          const note = document.createElement('abbr');
          note.title = `${text}說明`;
          note.append('註');
          p.append(note);
          section.append(p);
        }
      },
      XSS_PAYLOADS.map((payload) => payload.text),
    );
    const before = await readPageWatch(page);
    const markupBefore = await pageMarkup(page);

    // The user's glossary: one term per payload that the term format accepts, imported as a
    // file through the options page.
    const terms = XSS_PAYLOADS.map((payload, index) => hostileTerm(payload.text, index))
      .filter((term): term is Record<string, unknown> => term !== null)
      // One file: no two terms with the same form (a no-break space or a tab counts as a space).
      .filter(
        (term, index, all) =>
          all.findIndex(
            (other) => formKey(other.hans as string, true) === formKey(term.hans as string, true),
          ) === index,
      );
    expect(terms.length).toBeGreaterThan(20);
    const file = join(workDir, 'hostile-glossary.json');
    writeFileSync(file, JSON.stringify({ format: GLOSSARY_FORMAT, version: 1, terms }));
    const options = await ctx.browser.openExtensionPage(page, 'options');
    await installPageWatch(options);
    await options.uploadFile('#glossary-import', file);
    await options.waitFor(
      () => document.querySelector('.glossary-manager .import-preview') !== null,
    );
    expect(await breachIn(options, null)).toEqual([]);
    await options.click('.glossary-manager .import-preview button:not(.secondary)');
    await options.waitFor(
      () => document.querySelector('.glossary-manager .import-preview') === null,
    );
    const optionsWatch = await readPageWatch(options);
    expect(optionsWatch.canary).toEqual([]);
    expect(await breachIn(options, null)).toEqual([]);
    await options.close();

    await page.bringToFront();
    // The render ends when the glossary's search of the converted page does.
    await applyAndRender(page, { enabled: true, target: 'cn' });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');
    // The hostile forms are found in the page text, like any term.
    const firstForm = terms[0]!.hans as string;
    const marked = await waitForMarkedTerms(page, [firstForm, 'CUDA'], 15_000);
    const hostileMarked = terms.filter((term) => marked.includes(term.hans as string));
    expect(hostileMarked.length).toBeGreaterThan(10);

    // The cards of a built-in term and of hostile terms show the payloads as text.
    expect(await cardFor(page, 'CUDA', 'CUDA')).not.toBeNull();
    expect(await breachIn(page, '[data-jianfan-ui="card"]')).toEqual([]);
    let cardsShown = 0;
    for (const term of hostileMarked.slice(0, 8)) {
      const form = term.hans as string;
      const shown = await cardFor(page, form, (term.definition as { en: string }).en);
      if (shown !== null) cardsShown += 1;
      expect(await breachIn(page, '[data-jianfan-ui="card"]'), form).toEqual([]);
    }
    expect(cardsShown).toBeGreaterThanOrEqual(6);

    const during = await readPageWatch(page);
    const executed = during.canary.length > 0 || during.pwned;
    expect(during.canary).toEqual([]);
    expect(during.pwned).toBe(false);
    expect(during.errors).toEqual([]);
    expect(during.elements).toBe(before.elements);
    expect(await breachIn(page, null)).toEqual([]);

    // Back to the original: the page is as it was, payloads and all.
    await page.mouseMove(1, 1);
    await applyInTab(page, { enabled: false });
    await page.waitFor(() => document.documentElement.lang === 'zh-TW', undefined, 15_000);
    expect(await pageMarkup(page)).toBe(markupBefore);
    tally.tried += XSS_PAYLOADS.length;
    if (executed) tally.executed += XSS_PAYLOADS.length;
    await page.close();
  });

  it('shows a hostile page title in the popup as text', async () => {
    const page = await ctx.browser.newPage(ctx.server.fixture('pages/hostile/xss-title.html'));
    const title = await page.evaluate(() => document.title);
    expect(title).toContain('<img src=x onerror=');
    await installPageWatch(page);
    const popup = await ctx.browser.openExtensionPage(page, 'popup');
    const shown = await popup.waitFor(
      () => document.querySelector('.page-title')?.textContent ?? null,
      undefined,
      10_000,
    );
    expect(shown).toContain(title.trim());
    expect(await breachIn(popup, null)).toEqual([]);
    const pageWatch = await readPageWatch(page);
    expect(pageWatch.canary).toEqual([]);
    expect(pageWatch.pwned).toBe(false);
    tally.tried += 1;
    await popup.close();
    await page.close();
  });
});
