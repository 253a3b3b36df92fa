import * as OpenCC from 'opencc-js';
import { expect, it } from 'vitest';
import { describeInBrowser } from './harness/suite.ts';
import { applyAndRender, applyInTab, serializeDocument, textOf } from './harness/page-tools.ts';

// Expected text comes from opencc-js itself (converting whole strings), an
// implementation independent of our block-wise DOM converter.
const twToCn = OpenCC.Converter({ from: 'tw', to: 'cn' });
const cnToTw = OpenCC.Converter({ from: 'cn', to: 'tw' });
const squash = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();

describeInBrowser('conversion with a Simplified-language browser', { locale: 'zh-CN' }, (ctx) => {
  it('converts a Traditional page to Simplified by default, and restores it byte for byte', async () => {
    const page = await ctx.browser.newPage(ctx.server.fixture('pages/static-traditional.html'));
    const before = await serializeDocument(page);
    const original = squash(await textOf(page, 'main'));
    await applyInTab(page, { enabled: true });
    await page.waitFor(() => document.documentElement.lang === 'zh-Hans');
    await page.waitFor(
      (expected) =>
        document.querySelector('main')?.textContent?.replace(/\s+/g, ' ').trim() === expected,
      twToCn(original),
    );
    expect(await page.evaluate(() => document.title)).toBe(
      twToCn('臺灣半導體產業發展觀察｜科技週報'),
    );
    const placeholder = await page.evaluate(
      () => document.querySelector('#search-box')?.getAttribute('placeholder') ?? '',
    );
    expect(placeholder).toBe(twToCn('搜尋新聞與專欄'));

    await applyInTab(page, { enabled: false });
    await page.waitFor(() => document.documentElement.lang === 'zh-TW');
    expect(await serializeDocument(page)).toBe(before);
    await page.close();
  });

  it('converts words split by inline markup as whole words', async () => {
    const page = await ctx.browser.newPage(ctx.server.fixture('pages/split-words.html'));
    // Each paragraph says what it must become (written by hand in the fixture,
    // e.g. a <br> ends a word, and 昇騰 is a protected name); the others must
    // read as opencc-js converting the whole paragraph at once.
    const paragraphs = await page.evaluate(() =>
      [...document.querySelectorAll('p')].map((p) => ({
        text: p.textContent ?? '',
        expected: p.getAttribute('data-expected-cn'),
      })),
    );
    await applyInTab(page, { enabled: true });
    await page.waitFor(() => document.documentElement.lang === 'zh-Hans');
    const after = await page.evaluate(() =>
      [...document.querySelectorAll('p')].map((p) => p.textContent ?? ''),
    );
    expect(after.map(squash)).toEqual(paragraphs.map((p) => squash(p.expected ?? twToCn(p.text))));
    const joined = after.join('\n');
    expect(joined).toContain('乾隆');
    expect(joined).toContain('显著');
    await page.close();
  });

  it('leaves editors, their values and the caret alone', async () => {
    const page = await ctx.browser.newPage(ctx.server.fixture('pages/editors.html'));
    await page.evaluate(() => {
      const area = document.querySelector('textarea')!;
      area.focus();
      area.setSelectionRange(3, 7);
    });
    const editorsBefore = await page.evaluate(() => ({
      input: (document.querySelector('#name') as HTMLInputElement).value,
      area: document.querySelector('textarea')!.value,
      editor: document.querySelector('#editor')!.textContent,
    }));
    await applyInTab(page, { enabled: true });
    await page.waitFor(() => document.documentElement.lang === 'zh-Hans');
    await page.waitFor(
      () => !/[請們覆]/.test(document.querySelector('#before')?.textContent ?? '漢'),
    );
    const editorsAfter = await page.evaluate(() => ({
      input: (document.querySelector('#name') as HTMLInputElement).value,
      area: document.querySelector('textarea')!.value,
      editor: document.querySelector('#editor')!.textContent,
      focused: document.activeElement?.id,
      caret: [
        document.querySelector('textarea')!.selectionStart,
        document.querySelector('textarea')!.selectionEnd,
      ],
    }));
    expect(editorsAfter).toEqual({ ...editorsBefore, focused: 'comment', caret: [3, 7] });
    await page.close();
  });

  it('converts paragraphs the page adds later within 100 ms', async () => {
    // The page adds its paragraphs when asked (below), once the page is converted: on a slow
    // machine the first conversion could otherwise outlast the feed.
    const page = await ctx.browser.newPage(ctx.server.fixture('pages/dynamic.html?start=manual'));
    await applyAndRender(page, { enabled: true });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');
    // Record, for each paragraph the page inserts, when it appeared and when
    // its text changed (our conversion is the only writer).
    await page.evaluate(() => {
      const log: { added: number; converted: number | null }[] = [];
      (window as unknown as { __timings: typeof log }).__timings = log;
      const entries = new Map<Node, { added: number; converted: number | null }>();
      new MutationObserver((records) => {
        const now = performance.now();
        for (const r of records) {
          for (const n of r.addedNodes) {
            if (n.nodeType === 1 && (n as Element).localName === 'p') {
              const entry = { added: now, converted: null };
              entries.set(n, entry);
              log.push(entry);
              for (const t of n.childNodes) entries.set(t, entry);
            }
          }
          if (r.type === 'characterData') {
            const entry = entries.get(r.target) ?? entries.get(r.target.parentNode!);
            if (entry && entry.converted === null) entry.converted = now;
          }
        }
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
      (window as unknown as { __startFeed: () => void }).__startFeed();
    });
    const timings = await page.waitFor(
      () => {
        const log = (
          window as unknown as { __timings: { added: number; converted: number | null }[] }
        ).__timings;
        return log.length >= 4 && log.slice(0, 4).every((e) => e.converted !== null)
          ? log.slice(0, 4)
          : null;
      },
      undefined,
      15_000,
    );
    expect(timings).toHaveLength(4);
    for (const entry of timings ?? [])
      expect(entry.converted! - entry.added).toBeLessThanOrEqual(100);
    await page.close();
  });

  it('converts a page that keeps its state in an address longer than a message carries', async () => {
    // A single-page app with its state in the fragment: 70,000 characters.
    const page = await ctx.browser.newPage(
      `${ctx.server.fixture('pages/static-traditional.html')}#state=${'x'.repeat(70_000)}`,
    );
    const original = squash(await textOf(page, 'main'));
    await applyInTab(page, { enabled: true });
    await page.waitFor(
      (expected) =>
        document.querySelector('main')?.textContent?.replace(/\s+/g, ' ').trim() === expected,
      twToCn(original),
    );
    await page.close();
  });

  it('converts an article in the other script that a page already in the reader’s script shows in place', async () => {
    const page = await ctx.browser.newPage(ctx.server.fixture('pages/static-simplified.html'));
    await applyAndRender(page, { enabled: true });
    // In Simplified already: nothing to convert, and the page keeps its own lang.
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    const article = '臺灣半導體產業的發展值得關注，記者報導了會議的內容與專家的觀點。';
    // The page navigates in place, as a single-page site does, to an article in Traditional.
    await page.evaluate((text) => {
      const paragraphs = Array.from({ length: 10 }, () => {
        const p = document.createElement('p');
        p.textContent = text;
        return p;
      });
      document.querySelector('main')!.replaceChildren(...paragraphs);
    }, article);
    await page.waitFor(
      (expected) =>
        [...document.querySelectorAll('main p')].every((p) => p.textContent === expected),
      twToCn(article),
    );
    expect(twToCn(article)).not.toBe(article);
    await page.close();
  });

  it('never converts a Japanese page, even when asked', async () => {
    const page = await ctx.browser.newPage(ctx.server.fixture('pages/japanese.html'));
    const before = await serializeDocument(page);
    await applyAndRender(page, { enabled: true });
    // And a moment more for anything the request set going.
    await new Promise((r) => setTimeout(r, 500));
    expect(await serializeDocument(page)).toBe(before);
    await page.close();
  });
});

describeInBrowser(
  'conversion reaching into shadow roots, frames and fights',
  { locale: 'zh-CN' },
  (ctx) => {
    it('converts open shadow roots and leaves closed ones unreachable, without errors', async () => {
      const page = await ctx.browser.newPage(ctx.server.fixture('pages/shadow-dom.html'));
      const closedBefore = await page.evaluate(() =>
        (window as unknown as { __closedShadowText: () => string }).__closedShadowText(),
      );
      await applyInTab(page, { enabled: true });
      const open = await page.waitFor(() => {
        const p = document.querySelector('#open-host')?.shadowRoot?.querySelector('#open-text');
        // A boolean, not the element: drivers serialise DOM nodes differently.
        return p !== null && p !== undefined && !p.textContent?.includes('開放');
      });
      expect(open).toBe(true);
      const shadow = await page.evaluate(() => {
        const p = document.querySelector('#open-host')!.shadowRoot!.querySelector('#open-text')!;
        return { text: p.textContent, title: p.getAttribute('title') };
      });
      expect(shadow).toEqual({
        text: twToCn('開放影子樹裡的頭髮型設計。'),
        title: twToCn('這是開放影子樹的提示'),
      });
      expect(
        await page.evaluate(() =>
          (window as unknown as { __closedShadowText: () => string }).__closedShadowText(),
        ),
      ).toBe(closedBefore);
      await page.close();
    });

    it('converts about:blank and srcdoc frames from their parent', async () => {
      const page = await ctx.browser.newPage(ctx.server.fixture('pages/iframe.html'));
      await page.waitFor(
        () =>
          (
            document.querySelector('#blank-frame') as HTMLIFrameElement
          ).contentDocument?.querySelector('#blank-text') !== null,
      );
      await applyInTab(page, { enabled: true });
      const frames = await page.waitFor(() => {
        const blank = (document.querySelector('#blank-frame') as HTMLIFrameElement).contentDocument;
        const srcdoc = (document.querySelector('#srcdoc-frame') as HTMLIFrameElement)
          .contentDocument;
        const a = blank?.querySelector('#blank-text')?.textContent ?? '';
        const b = srcdoc?.querySelector('#srcdoc-text')?.textContent ?? '';
        return a && b && !a.includes('腳本') && !b.includes('內嵌') ? { a, b } : null;
      });
      expect(frames).toEqual({
        a: twToCn('空白框架裡由腳本寫入的繁體文字。'),
        b: twToCn('內嵌文件裡的繁體段落，記憶體與軟體。'),
      });
      await page.close();
    });

    it('leaves http(s) frames to their own reader, which follows the tab’s choices', async () => {
      // Both frames show the same paragraph as the page itself (#outer), which the top frame's
      // session converts: after each change, each frame must show what the page shows.
      const original = '留言區裡的繁體文字，軟體與網路。';
      const page = await ctx.browser.newPage(ctx.server.fixture('pages/frames-own.html'));
      type FrameState = { text: string; lang: string | null } | null;
      /**
       * Waits until every frame in `ids` shows what the page shows (and, given `lang`, says it is
       * in that language: a frame's document takes its `lang` once its conversion is done, a
       * moment after the text); says which did not.
       */
      const framesMatchPage = async (ids: string[], lang?: string) => {
        const deadline = Date.now() + 15_000;
        for (;;) {
          const seen = await page.evaluate(async (frameIds) => {
            const w = window as unknown as { frameState(id: string): Promise<FrameState> };
            const states = await Promise.all(frameIds.map((id) => w.frameState(id)));
            return {
              outer: document.getElementById('outer')!.textContent,
              lang: document.documentElement.lang,
              states,
            };
          }, ids);
          const matched = (state: FrameState) =>
            state?.text === seen.outer && (lang === undefined || state.lang === lang);
          if (seen.states.every(matched)) return seen;
          if (Date.now() > deadline) {
            throw new Error(`The frames do not show what the page shows: ${JSON.stringify(seen)}`);
          }
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      };

      // Hong Kong Traditional, asked of the tab (as the popup does): the frames follow.
      await applyAndRender(page, { enabled: true, target: 'hk' });
      let seen = await framesMatchPage(['same-origin', 'cross-origin'], 'zh-Hant-HK');
      expect(seen.outer).not.toBe(original);
      expect(seen.lang).toBe('zh-Hant-HK');
      expect(seen.states.map((state) => state!.lang)).toEqual(['zh-Hant-HK', 'zh-Hant-HK']);

      // A frame that arrives now starts with the tab's choices.
      await page.evaluate(() => (window as unknown as { addLateFrame(): void }).addLateFrame());
      await framesMatchPage(['late']);

      // Simplified, then off: every frame gives back exactly what it had.
      await applyAndRender(page, { enabled: true, target: 'cn' });
      seen = await framesMatchPage(['same-origin', 'cross-origin', 'late']);
      expect(seen.outer).toBe(twToCn(original));
      await applyAndRender(page, { enabled: false });
      seen = await framesMatchPage(['same-origin', 'cross-origin', 'late'], 'zh-TW');
      expect(seen.outer).toBe(original);
      expect(seen.states.map((state) => state!.lang)).toEqual(['zh-TW', 'zh-TW', 'zh-TW']);
      // And they stay so: no reader in them converts again behind the tab's back.
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect((await framesMatchPage(['same-origin', 'cross-origin', 'late'])).outer).toBe(original);
      await page.close();
    });

    it('gives the page back after a frame from another site was slow to load', async () => {
      const original = '留言區裡的繁體文字，軟體與網路。';
      const page = await ctx.browser.newPage(ctx.server.fixture('pages/frames-own.html'));
      await applyAndRender(page, { enabled: true, target: 'hk' });
      // Added while the page is converted: the reader sees the frame's stand-in document for
      // a second, then the other site's page replaces it.
      await page.evaluate(() => (window as unknown as { addSlowFrame(): void }).addSlowFrame());
      await page.waitFor(
        async () =>
          (
            await (
              window as unknown as { frameState(id: string): Promise<{ text: string } | null> }
            ).frameState('slow')
          )?.text === document.getElementById('outer')!.textContent,
        undefined,
        15_000,
      );
      // The tab goes on converting and giving back: the page's own text is never left behind.
      await applyAndRender(page, { enabled: true, target: 'cn' });
      expect(await page.evaluate(() => document.getElementById('outer')!.textContent)).toBe(
        twToCn(original),
      );
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');
      await applyAndRender(page, { enabled: false });
      expect(await page.evaluate(() => document.getElementById('outer')!.textContent)).toBe(
        original,
      );
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-TW');
      await page.close();
    });

    it('switches target from the original each time and never converts converted text', async () => {
      const page = await ctx.browser.newPage(ctx.server.fixture('pages/split-words.html'));
      const original = await page.evaluate(() =>
        document.querySelector('#algorithm')!.textContent!.trim(),
      );
      const toHk = OpenCC.Converter({ from: 'tw', to: 'hk' });
      for (const [target, expected] of [
        ['hk', toHk(original)],
        ['cn', twToCn(original)],
        ['tw', original],
        ['cn', twToCn(original)],
      ] as const) {
        await applyInTab(page, { enabled: true, target });
        await page.waitFor(
          (want) => document.querySelector('#algorithm')!.textContent!.trim() === want,
          expected,
        );
      }
      // 演算法 stays 演算法 going to Simplified; it never becomes 演演算法 on the way back.
      await applyAndRender(page, { enabled: true, target: 'tw', regionalVocabulary: true });
      expect(
        await page.evaluate(() => document.querySelector('#algorithm')!.textContent!.trim()),
      ).toBe(original);
      await page.close();
    });

    it('gives up on text a rival script keeps rewriting, and converts the rest', async () => {
      const page = await ctx.browser.newPage(ctx.server.fixture('pages/fights-back.html'));
      await applyInTab(page, { enabled: true });
      await page.waitFor(() => document.querySelector('#free')?.textContent?.includes('这一段'));
      await new Promise((r) => setTimeout(r, 2_000));
      const first = await page.evaluate(
        () => (window as unknown as { __rivalRewrites: number }).__rivalRewrites,
      );
      await new Promise((r) => setTimeout(r, 1_000));
      const later = await page.evaluate(
        () => (window as unknown as { __rivalRewrites: number }).__rivalRewrites,
      );
      // The fight stopped: a bounded number of rewrites, none in the last second.
      expect(first).toBeGreaterThan(0);
      expect(first).toBeLessThan(20);
      expect(later).toBe(first);
      expect(await textOf(page, '#g1')).toBe('這段文字受到頁面腳本的保護，任何修改都會被還原。');
      await page.close();
    });
  },
);

describeInBrowser('conversion with a Taiwan-language browser', { locale: 'zh-TW' }, (ctx) => {
  it('converts a Simplified page to Taiwan Traditional', async () => {
    const page = await ctx.browser.newPage(ctx.server.fixture('pages/static-simplified.html'));
    const original = squash(await textOf(page, 'body'));
    await applyInTab(page, { enabled: true });
    await page.waitFor(() => document.documentElement.lang === 'zh-Hant');
    await page.waitFor(
      (expected) => document.body.textContent?.replace(/\s+/g, ' ').trim() === expected,
      cnToTw(original),
    );
    await page.close();
  });
});
