import * as OpenCC from 'opencc-js';
import { afterAll, expect, it } from 'vitest';
import type { TestPage } from './harness/browsers.ts';
import { applyAndRender, applyInTab, waitForMarkedTerms } from './harness/page-tools.ts';
import {
  installPageWatch,
  readPageWatch,
  resetPageWatch,
  responseTime,
  type PageWatchReport,
} from './harness/page-watch.ts';
import { currentBrowserName, describeInBrowser } from './harness/suite.ts';

// Hostile pages: very large and very deep documents, pages that rewrite their text every frame
// or fight the conversion, a page that swaps its whole body, frames that come and go, closed
// shadow roots, and a strict Content Security Policy. On each: the conversion finishes where it
// can, the page never sees an error from us, stays responsive, and our writes stay bounded.
//
// Timing: Chromium reports long tasks; each page is also measured without conversion (a control
// run of the same length), so what exceeds the control is ours. Firefox has neither long tasks
// nor long animation frames. In both, the test build's content script times its own pieces of
// work (its time slices, the glossary's search, the side-by-side companions: `benchSlice`), and
// the page measures the longest extra delay of a 20 ms timer, which takes in rendering too.

const twToCn = OpenCC.Converter({ from: 'tw', to: 'cn' });
const LONG_TASK_BUDGET_MS = 100;

interface Outcome {
  page: string;
  ok: boolean;
  convertMs: number;
  longestTask: number | null;
  controlLongestTask: number | null;
  lag: number;
  controlLag: number;
  /** Our longest piece of work in one task, as the content script timed it, and its part. */
  longestSlice: number;
  longestSliceKind: string;
  ourWrites: number;
  note?: string;
}

const outcomes: Outcome[] = [];
afterAll(() => {
  const failures = outcomes.filter((outcome) => !outcome.ok).length;
  console.log(
    `Hostile pages (${currentBrowserName()}): ${outcomes.length} pages, ${failures} failures`,
  );
  for (const o of outcomes) {
    const tasks =
      `longest slice of ours ${Math.round(o.longestSlice)} ms (${o.longestSliceKind}), ` +
      (o.longestTask === null
        ? `timer lag ${Math.round(o.lag)} ms (control ${Math.round(o.controlLag)} ms)`
        : `longest task ${Math.round(o.longestTask)} ms (control ${Math.round(o.controlLongestTask ?? 0)} ms), timer lag ${Math.round(o.lag)} ms (control ${Math.round(o.controlLag)} ms)`);
    console.log(
      `  ${o.ok ? 'ok  ' : 'FAIL'} ${o.page}: converted in ${Math.round(o.convertMs)} ms, ${tasks}, ${o.ourWrites} writes by us${o.note ? `; ${o.note}` : ''}`,
    );
  }
});

const longest = (report: PageWatchReport) =>
  report.hasLongTask ? Math.max(0, ...report.longTasks) : null;

/**
 * Opens `path`, measures a control period without conversion, then converts to Simplified and
 * waits for `done` (a page function). Records the outcome; `check` adds the page's own checks.
 */
async function convertHostile(
  ctx: {
    browser: { newPage(url: string): Promise<TestPage> };
    server: { fixture(p: string): string };
  },
  {
    name,
    path,
    done,
    doneArg,
    timeoutMs = 60_000,
    apply = {},
    during,
    check,
  }: {
    name: string;
    path: string;
    done: (arg: string) => boolean;
    doneArg?: string;
    timeoutMs?: number;
    apply?: Parameters<typeof applyInTab>[1];
    /** Runs once the conversion is asked for (a page that acts while it runs). */
    during?: (page: TestPage) => Promise<void>;
    check?: (page: TestPage, report: PageWatchReport) => Promise<string | void>;
  },
): Promise<void> {
  const outcome: Outcome = {
    page: name,
    ok: false,
    convertMs: 0,
    longestTask: null,
    controlLongestTask: null,
    lag: 0,
    controlLag: 0,
    longestSlice: 0,
    longestSliceKind: '',
    ourWrites: 0,
  };
  outcomes.push(outcome);
  const page = await ctx.browser.newPage(ctx.server.fixture(path));
  try {
    await installPageWatch(page);
    // The reader session starts (it samples and watches the page) but converts nothing yet.
    // Its first render (the glossary's search of the page included) ends before the control.
    await applyAndRender(page, { enabled: false, ...apply });
    await resetPageWatch(page);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const control = await readPageWatch(page);
    outcome.controlLongestTask = longest(control);
    outcome.controlLag = control.lag;

    await resetPageWatch(page);
    const started = Date.now();
    await applyInTab(page, { enabled: true, target: 'cn', ...apply });
    if (during) await during(page);
    await page.waitFor(done, doneArg ?? '', timeoutMs);
    outcome.convertMs = Date.now() - started;
    // The page answers at once, and nothing of ours is still running away: the quickest of
    // three timer round trips in a row. The first may wait for the browser to render our last
    // writes (a one-time cost, in the timer lag printed for every page); work that runs on
    // would hold up all three. A page may also stall by itself: Firefox stalls on the
    // 10,000-deep page for about 200 ms every so often with the extension idle (its control
    // lag), so the page's own worst stall is allowed on top.
    const answers = [await responseTime(page), await responseTime(page), await responseTime(page)];
    expect(Math.min(...answers)).toBeLessThan(200 + outcome.controlLag);
    const report = await readPageWatch(page);
    outcome.longestTask = longest(report);
    outcome.lag = report.lag;
    outcome.longestSlice = report.longestSlice;
    outcome.longestSliceKind = report.longestSliceKind;
    // The content script timed its work: a build that stopped timing it would read 0 ms here.
    expect(report.slices).toBeGreaterThan(0);
    outcome.ourWrites =
      report.mutations.characterData +
      report.mutations.attributes +
      report.mutations.childList -
      report.pageWrites;
    expect(report.errors).toEqual([]);
    expect(report.canary).toEqual([]);
    const note = await check?.(page, report);
    if (note) outcome.note = note;
    outcome.ok = true;
  } finally {
    await page.close();
  }
}

/** The text of the last paragraph of the 20,000-node page, read from a copy of it. */
async function lastOf20000(ctx: {
  browser: { newPage(url: string): Promise<TestPage> };
  server: { fixture(p: string): string };
}): Promise<string> {
  const probe = await ctx.browser.newPage(
    ctx.server.fixture('pages/hostile/many-nodes.html?nodes=20000'),
  );
  const last = await probe.evaluate(() => document.getElementById('p1999')!.textContent!);
  await probe.close();
  return last;
}

describeInBrowser('reliability: hostile pages', { locale: 'en-US' }, (ctx) => {
  it('200,000 text nodes: converts them all, each written once', async () => {
    // The generated text is deterministic: read two paragraphs from a small copy of the page.
    const probe = await ctx.browser.newPage(
      ctx.server.fixture('pages/hostile/many-nodes.html?nodes=200000'),
    );
    const originals = await probe.evaluate(() => ({
      first: document.getElementById('p1')!.textContent!,
      last: document.getElementById('p19999')!.textContent!,
    }));
    await probe.close();
    expect(twToCn(originals.last)).not.toBe(originals.last);
    await convertHostile(ctx, {
      name: '200,000 text nodes',
      path: 'pages/hostile/many-nodes.html',
      done: (expected) => document.getElementById('p19999')?.textContent === expected,
      doneArg: twToCn(originals.last),
      timeoutMs: 120_000,
      check: async (page, report) => {
        // Every text node converts at most once; a block may take the new lang and give it back.
        // 200,000 generated nodes, the heading and the title.
        expect(report.mutations.characterData).toBeLessThanOrEqual(200_002);
        expect(report.mutations.characterData).toBeGreaterThan(150_000);
        expect(report.mutations.attributes).toBeLessThanOrEqual(2 * 20_000 + 10);
        const first = await page.evaluate(() => document.getElementById('p1')!.textContent!);
        expect(first).toBe(twToCn(originals.first));
        return `${report.mutations.characterData} text writes for 200,000 nodes`;
      },
    });
  }, 240_000);

  it('20,000 text nodes with the glossary on (the default): converts them all', async () => {
    const last = await lastOf20000(ctx);
    await convertHostile(ctx, {
      name: '20,000 text nodes, glossary on',
      path: 'pages/hostile/many-nodes.html?nodes=20000',
      done: (expected) => document.getElementById('p1999')?.textContent === expected,
      doneArg: twToCn(last),
      timeoutMs: 120_000,
      check: async (_page, report) => {
        expect(report.mutations.characterData).toBeLessThanOrEqual(20_002);
      },
    });
  }, 120_000);

  it('20,000 text nodes side by side: every paragraph gets its companion', async () => {
    const last = await lastOf20000(ctx);
    await convertHostile(ctx, {
      name: '20,000 text nodes, side by side',
      path: 'pages/hostile/many-nodes.html?nodes=20000',
      apply: { readingMode: 'parallel' },
      done: (expected) =>
        document.querySelector('#p1999 > jianfan-companion')?.textContent === expected,
      doneArg: twToCn(last),
      timeoutMs: 120_000,
      check: async (page) => {
        const companions = await page.evaluate(
          () => document.querySelectorAll('#article > p > jianfan-companion').length,
        );
        expect(companions).toBe(2_000);
        return `${companions} companions`;
      },
    });
  }, 120_000);

  it('one <td> of 3,000 <br> lines, as mirrors keep an article: converts every line', async () => {
    // Chromium lays out the whole block again after every frame that changed its text; the
    // lines are converted in slices and written in one go (docs/reliability.md).
    const path = 'pages/hostile/long-article.html?shape=br&lines=3000';
    const probe = await ctx.browser.newPage(ctx.server.fixture(path));
    const last = await probe.evaluate(
      () => (document.getElementById('article')!.lastChild as Text).data,
    );
    await probe.close();
    expect(twToCn(last)).not.toBe(last);
    await convertHostile(ctx, {
      name: '3,000 <br> lines in one block',
      path,
      done: (expected) =>
        (document.getElementById('article')?.lastChild as Text | null)?.data === expected,
      doneArg: twToCn(last),
      check: async (page, report) => {
        // Each line is written once: the lines, the heading and the title.
        expect(report.mutations.characterData).toBeLessThanOrEqual(3_002);
        const first = await page.evaluate(
          () => (document.getElementById('article')!.firstChild as Text).data,
        );
        expect(first).not.toMatch(/[這報導體]/);
      },
    });
  }, 120_000);

  it('5,000 <div> lines, as a forum thread: converts every line', async () => {
    const path = 'pages/hostile/long-article.html?shape=div&lines=5000';
    const probe = await ctx.browser.newPage(ctx.server.fixture(path));
    const last = await probe.evaluate(() => document.getElementById('l4999')!.textContent!);
    await probe.close();
    await convertHostile(ctx, {
      name: '5,000 <div> lines',
      path,
      done: (expected) => document.getElementById('l4999')?.textContent === expected,
      doneArg: twToCn(last),
      check: async (_page, report) => {
        expect(report.mutations.characterData).toBeLessThanOrEqual(5_002);
      },
    });
  }, 120_000);

  it('elements nested 10,000 deep: no crash, the deepest text converts', async () => {
    await convertHostile(ctx, {
      name: 'nesting 10,000 deep',
      path: 'pages/hostile/deep.html',
      done: (expected) => document.getElementById('bottom')?.textContent === expected,
      doneArg: twToCn('最深處的段落：頭髮與記憶體。'),
      check: async (page) => {
        const top = await page.evaluate(() => document.getElementById('top')!.textContent);
        expect(top).toBe(twToCn('最上層的說明文字，後面是一層又一層的區塊。'));
      },
    });
  }, 120_000);

  it('text rewritten every animation frame: our writes stay bounded', async () => {
    await convertHostile(ctx, {
      name: 'rewrites every frame',
      path: 'pages/hostile/raf-rewrite.html',
      done: (expected) => document.getElementById('calm')?.textContent === expected,
      doneArg: twToCn('這一段不會被改寫，可以正常轉換。'),
      check: async (page) => {
        // Two more seconds of the page rewriting at frame rate.
        await new Promise((resolve) => setTimeout(resolve, 2_000));
        const report = await readPageWatch(page);
        const frames = await page.evaluate(
          () => (window as unknown as { __frames: number }).__frames,
        );
        const ours = report.mutations.characterData - report.pageWrites;
        // The clock's new text converts at most once per page write; the stubborn paragraph is
        // given up after a few tries (the loop guard); the calm one converts once.
        expect(ours).toBeLessThanOrEqual(report.pageWrites / 2 + 10);
        // The clock's text converts between the page's writes (it is caught converted).
        const clock = await page.waitFor(
          () => {
            const text = document.getElementById('clock')!.textContent!;
            return text.startsWith('现在时间') ? text : null;
          },
          undefined,
          5_000,
        );
        expect(clock).toMatch(/^现在时间：第\d+格，资料更新中。$/);
        const stubborn = await page.evaluate(
          () => document.getElementById('stubborn')!.textContent,
        );
        expect(stubborn).toBe('這段文字每一格畫面都會被頁面改回繁體。');
        return `${ours} writes of ours against ${report.pageWrites} by the page in ${frames} frames`;
      },
    });
  }, 120_000);

  it('a rival converter that writes Traditional back: the page wins, quickly', async () => {
    await convertHostile(ctx, {
      name: 'rival converter (fights-back)',
      path: 'pages/fights-back.html',
      done: (expected) => document.getElementById('free')?.textContent === expected,
      doneArg: twToCn('這一段不受保護，可以正常轉換。'),
      check: async (page) => {
        await new Promise((resolve) => setTimeout(resolve, 1_500));
        const state = await page.evaluate(() => ({
          rival: (window as Window & { __rivalRewrites?: number }).__rivalRewrites ?? 0,
          g1: document.getElementById('g1')!.textContent,
          g2: document.getElementById('g2')!.textContent,
        }));
        // Each guarded node is tried a few times, then left to the page.
        expect(state.rival).toBeLessThanOrEqual(2 * 5);
        expect(state.g1).toBe('這段文字受到頁面腳本的保護，任何修改都會被還原。');
        expect(state.g2).toBe('第二段同樣會被改回原本的繁體內容。');
        return `${state.rival} rewrites by the rival`;
      },
    });
  }, 120_000);

  it('a page that replaces document.body: the new body converts too, and its terms are marked', async () => {
    await convertHostile(ctx, {
      name: 'replaces document.body',
      path: 'pages/hostile/replace-body.html',
      done: (expected) => document.getElementById('first')?.textContent === expected,
      doneArg: twToCn('這是原本的第一段，頁面稍後會整個換掉。'),
      check: async (page) => {
        for (let round = 1; round <= 3; round += 1) {
          await page.evaluate(() =>
            (window as unknown as { __replaceBody: () => number }).__replaceBody(),
          );
          await page.waitFor(
            (expected) =>
              [...document.querySelectorAll('p.replaced')].every(
                (p) => !/[這記報業驗圖專開場]/.test(p.textContent ?? ''),
              ) && document.querySelector('h1')?.textContent === expected,
            twToCn(`換上新的頁面內容（第${round}次）`),
            10_000,
          );
          // The glossary searched the new body too: its term is marked there.
          await page.waitFor(
            () => {
              const highlight = CSS.highlights.get('jianfan-term') as
                Iterable<AbstractRange> | undefined;
              return [...(highlight ?? [])].some(
                (range) =>
                  document.getElementById('terms')?.contains(range.startContainer) === true,
              );
            },
            undefined,
            10_000,
          );
        }
        const report = await readPageWatch(page);
        expect(report.errors).toEqual([]);
      },
    });
  }, 120_000);

  it('about:blank and srcdoc frames that come and go: each converts, nothing breaks', async () => {
    await convertHostile(ctx, {
      name: 'frames coming and going',
      path: 'pages/hostile/frames.html',
      done: (expected) =>
        (
          document.getElementById('stable') as HTMLIFrameElement | null
        )?.contentDocument?.getElementById('stable-text')?.textContent === expected,
      doneArg: twToCn('固定框架裡的繁體段落，網路與資訊。'),
      check: async (page) => {
        await page.waitFor(
          () => (window as unknown as { __framesDone?: boolean }).__framesDone === true,
          undefined,
          15_000,
        );
        // The frames left on the page read in Simplified.
        const texts = await page.waitFor(
          () => {
            const frames = [...document.querySelectorAll<HTMLIFrameElement>('iframe.churn')];
            const inside = frames.map(
              (frame) => frame.contentDocument?.querySelector('.inside')?.textContent ?? null,
            );
            return inside.every((text) => text !== null && !/[這記報業驗圖專開場]/.test(text))
              ? inside
              : null;
          },
          undefined,
          10_000,
        );
        expect(texts.length).toBeGreaterThan(0);
      },
    });
  }, 120_000);

  it('closed shadow roots: out of reach, left alone, no crash', async () => {
    const closedBefore = await ctx.browser
      .newPage(ctx.server.fixture('pages/hostile/closed-shadow.html'))
      .then(async (probe) => {
        const texts = await probe.evaluate(() =>
          (window as unknown as { __closedTexts: () => string[] }).__closedTexts(),
        );
        await probe.close();
        return texts;
      });
    await convertHostile(ctx, {
      name: 'closed shadow roots',
      path: 'pages/hostile/closed-shadow.html',
      done: (expected) => document.getElementById('after')?.textContent === expected,
      doneArg: twToCn('影子樹後面的段落也會被轉換。'),
      check: async (page) => {
        const texts = await page.evaluate(() =>
          (window as unknown as { __closedTexts: () => string[] }).__closedTexts(),
        );
        expect(texts).toEqual(closedBefore);
        expect(await page.evaluate(() => document.getElementById('light')!.textContent)).toBe(
          twToCn('頁面本身的說明文字，會被轉換。'),
        );
      },
    });
  }, 120_000);

  it('a strict Content Security Policy: converts, violates nothing, the card is styled', async () => {
    await convertHostile(ctx, {
      name: 'strict CSP',
      path: 'pages/hostile/strict.csp.html',
      done: (expected) => document.getElementById('p-plain')?.textContent === expected,
      doneArg: twToCn('這個頁面只允許載入同源的腳本與樣式，不允許內嵌的樣式。'),
      check: async (page) => {
        // Hover CUDA: the card shows, styled by our constructed sheet despite the policy. The
        // glossary marks the page again after the conversion: the term is waited for first.
        await waitForMarkedTerms(page, ['CUDA']);
        const point = await page.evaluate(() => {
          const node = document.getElementById('p-cuda')!.firstChild as Text;
          const at = node.data.indexOf('CUDA');
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + 4);
          const rect = range.getBoundingClientRect();
          return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
        });
        await page.mouseMove(Math.max(1, point.x - 30), point.y);
        await new Promise((resolve) => setTimeout(resolve, 80));
        await page.mouseMove(point.x, point.y);
        const style = await page.waitFor(
          () => {
            const host = document.querySelector('[data-jianfan-ui="card"]');
            const card = host?.shadowRoot?.querySelector<HTMLElement>('[role="tooltip"]');
            if (!card || getComputedStyle(card).visibility === 'hidden') return null;
            const computed = getComputedStyle(card);
            return {
              radius: computed.borderTopLeftRadius,
              background: computed.backgroundColor,
              position: computed.position,
            };
          },
          undefined,
          10_000,
        );
        expect(style.radius).not.toBe('0px');
        expect(style.background).not.toBe('rgba(0, 0, 0, 0)');
        expect(style.position).toBe('fixed');
        const report = await readPageWatch(page);
        expect(report.errors).toEqual([]);
        return 'card styled under the policy';
      },
    });
  }, 120_000);

  // The 200,000-node page is held to the other checks only (the summary line prints its longest
  // task): 92–206 ms in the runs of 2026-12-02, 0–160 ms before. What is left there is the
  // garbage collector's final pause when it lands in one of our tasks (187 ms in a trace, 72 ms
  // of it tracing Blink's heap): it grows with the nodes a content script touched (Blink keeps
  // an isolated world's wrappers in a weak map, an entry per node, for the node's life).
  // The block of 3,000 <br> lines took 0 ms in most runs and 151 ms once (with other work on
  // the machine): printed, not held to the budget yet. docs/reliability.md keeps the record.
  const LARGE = ['200,000 text nodes', '3,000 <br> lines in one block'];
  it('stays within the long-task budget on every other page (Chromium)', () => {
    for (const outcome of outcomes) {
      if (outcome.longestTask === null || LARGE.includes(outcome.page)) continue;
      expect(outcome.longestTask, outcome.page).toBeLessThanOrEqual(LONG_TASK_BUDGET_MS);
    }
  });

  // Our own pieces of work, as the content script timed them, in both browsers: the measure
  // Firefox has of us, and in Chromium the part of a long task that is ours. The block of
  // <br> lines is held to it (its timer lag, 94–180 ms, is the browser laying the block out
  // once its lines are written; our slices there took 18–38 ms). The 200,000-node page is not
  // yet: its longest pieces (70–244 ms in Firefox, 94–129 ms in Chromium, in the runs of
  // 2026-12-02) were each one step that ran 40–95 ms past its budget: a walk, which looks at
  // the clock every 64 nodes and stops after 3 ms, or the write of one paragraph's ten nodes.
  // The engine paused inside them: the collector's final pause in Chromium, and in Firefox a
  // marking slice of 45–105 ms or the cycle collector (docs/reliability.md).
  // Closest to the budget among the pages held to it: the side-by-side mode's search for the
  // blocks of 2,000 paragraphs, still one task (48–87 ms in Firefox, the most in a CI run).
  const UNTIMED = ['200,000 text nodes'];
  it('our own slices stay within the budget on every other page', () => {
    for (const outcome of outcomes) {
      if (UNTIMED.includes(outcome.page)) continue;
      expect(outcome.longestSlice, outcome.page).toBeLessThanOrEqual(LONG_TASK_BUDGET_MS);
    }
  });
});
