import { afterAll, expect, it } from 'vitest';
import { TARGETS, type Target } from '../../utils/convert/target.ts';
import type { TabApplyPayload } from '../../utils/messaging/protocol.ts';
import { READING_MODES } from '../../utils/settings/schema.ts';
import type { TestPage } from './harness/browsers.ts';
import { MIRROR_HOST, NETEASE_ARTICLES } from './harness/fixture-server.ts';
import { applyAndRender, applyInTab } from './harness/page-tools.ts';
import { installPageWatch, readPageWatch } from './harness/page-watch.ts';
import { currentBrowserName, describeInBrowser } from './harness/suite.ts';

// The round trip in real browsers: fixed pseudo-random sequences of the changes the popup makes
// (conversion on and off, target, regional vocabulary, reading mode, mirror repair), sent while
// earlier ones may still run, then everything off. The page must read exactly as before: its
// markup, title and lang, its open shadow roots and same-origin frames, and the text of a closed
// shadow root (through the page's own handle).

const tally = { pages: 0, sequences: 0, failures: 0 };
afterAll(() => {
  console.log(
    `Round trip (${currentBrowserName()}): ${tally.pages} pages, ${tally.sequences} sequences, ${tally.failures} failures`,
  );
});

/** mulberry32: the same sequences on every run and in both browsers. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A sequence of changes, starting with conversion to `first` (so that every page, whatever its
 * script, is converted at least once on the way).
 */
function sequence(
  seed: number,
  first: Target,
  length: number,
): { change: TabApplyPayload; pause: number }[] {
  const random = seeded(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const opening = { change: { enabled: true, target: first }, pause: 0 };
  return [
    opening,
    ...Array.from({ length: length - 1 }, () => {
      const kind = pick(['enabled', 'target', 'regional', 'mode', 'repair'] as const);
      const change: TabApplyPayload =
        kind === 'enabled'
          ? { enabled: random() < 0.7 }
          : kind === 'target'
            ? { enabled: true, target: pick(TARGETS) }
            : kind === 'regional'
              ? { regionalVocabulary: random() < 0.5 }
              : kind === 'mode'
                ? { readingMode: pick(READING_MODES) }
                : { repairMirrors: random() < 0.5 };
      // Sometimes the next change comes before the previous one is done.
      return { change, pause: pick([0, 0, 30, 150, 400]) };
    }),
  ];
}

/** The page as a reader could inspect it, our own UI included (none must be left). */
function deepMarkup(page: TestPage): Promise<string> {
  return page.evaluate(() => {
    const serializer = new XMLSerializer();
    const parts: string[] = [];
    const visit = (root: Document | ShadowRoot, where: string) => {
      parts.push(`${where}\n${serializer.serializeToString(root)}`);
      for (const element of root.querySelectorAll('*')) {
        if (element.shadowRoot) visit(element.shadowRoot, `${where} > #${element.id} (shadow)`);
        if (element.localName === 'iframe') {
          const frame = (element as HTMLIFrameElement).contentDocument;
          if (frame) visit(frame, `${where} > #${element.id} (frame)`);
        }
      }
    };
    visit(document, 'document');
    const closed = (window as Window & { __closedShadowText?: () => string }).__closedShadowText;
    if (closed) parts.push(`closed shadow root\n${closed()}`);
    return parts.join('\n\n');
  });
}

/** The served page, parsed: what a page without scripts looks like before anything runs. */
function servedMarkup(page: TestPage): Promise<string> {
  return page.evaluate(async () => {
    const html = await (await fetch(location.href)).text();
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    return `document\n${new XMLSerializer().serializeToString(parsed)}`;
  });
}

interface RoundTripPage {
  name: string;
  url: (origin: string) => string;
  /** Converted and repaired as it loads: compare with the served markup. */
  automatic?: boolean;
  /** Wait for the page's own scripts to finish before taking its markup. */
  settled?: string;
}

const PAGES: readonly RoundTripPage[] = [
  { name: 'static Traditional', url: (o) => `${o}/fixtures/pages/static-traditional.html` },
  { name: 'static Simplified', url: (o) => `${o}/fixtures/pages/static-simplified.html` },
  { name: 'words split by markup', url: (o) => `${o}/fixtures/pages/split-words.html` },
  {
    name: 'content added while converting',
    url: (o) => `${o}/fixtures/pages/dynamic.html`,
    settled: 'body[data-updates-done]',
  },
  { name: 'shadow roots', url: (o) => `${o}/fixtures/pages/shadow-dom.html` },
  { name: 'about:blank and srcdoc frames', url: (o) => `${o}/fixtures/pages/iframe.html` },
  {
    name: 'NetEase original a',
    url: () => `http://www.163.com/dy/article/${NETEASE_ARTICLES.a.docid}.html`,
    automatic: true,
  },
  {
    name: 'NetEase mirror b',
    url: () => `http://${MIRROR_HOST}/archives/${NETEASE_ARTICLES.b.mirrorId}.html`,
    automatic: true,
  },
  {
    name: 'NetEase mirror c',
    url: () => `http://${MIRROR_HOST}/archives/${NETEASE_ARTICLES.c.mirrorId}.html`,
    automatic: true,
  },
];

const EVERYTHING_OFF: TabApplyPayload = { enabled: false, repairMirrors: false };

describeInBrowser('reliability: round trip in the browser', { locale: 'zh-CN' }, (ctx) => {
  it.each(PAGES.map((page, index) => ({ ...page, index })))(
    '$name: every sequence ends on the page exactly as it was',
    async (entry) => {
      tally.pages += 1;
      const url = entry.url(ctx.server.origin);
      // What the page is without us: for scripted pages, a tab left alone (the extension
      // converts nothing there until asked); for the articles, converted as they load, the
      // markup the server sent.
      let expected: string;
      if (entry.automatic) {
        const probe = await ctx.browser.newPage(url);
        expected = await servedMarkup(probe);
        await probe.close();
      } else {
        const control = await ctx.browser.newPage(url);
        if (entry.settled)
          await control.waitFor((s) => document.querySelector(s) !== null, entry.settled);
        expected = await deepMarkup(control);
        await control.close();
      }

      let writes = 0;
      for (let run = 0; run < 2; run += 1) {
        tally.sequences += 1;
        const steps = sequence(1000 * (entry.index + 1) + run, run === 0 ? 'cn' : 'hk', 8);
        const page = await ctx.browser.newPage(url);
        await installPageWatch(page);
        try {
          // The opening step is carried out to its end, so that a run opening on a target the
          // page is not in writes before the next changes come: with them all sent within tens
          // of milliseconds, a busy machine could otherwise take the page to the original mode
          // or off before the conversion wrote anything (then the run proves nothing, below).
          // The later steps come as they come, some before the previous one is done.
          for (const [index, { change, pause }] of steps.entries()) {
            if (index === 0) await applyAndRender(page, change);
            else await applyInTab(page, change);
            if (pause > 0) await new Promise((resolve) => setTimeout(resolve, pause));
          }
          await applyInTab(page, EVERYTHING_OFF);
          if (entry.settled) {
            await page.waitFor((s) => document.querySelector(s) !== null, entry.settled);
          }
          const markup = entry.automatic
            ? () =>
                page.evaluate(() => `document\n${new XMLSerializer().serializeToString(document)}`)
            : () => deepMarkup(page);
          // The last change may still be running: give it time to end on the original.
          const deadline = Date.now() + 15_000;
          let last = await markup();
          while (last !== expected && Date.now() < deadline) {
            await new Promise((resolve) => setTimeout(resolve, 100));
            last = await markup();
          }
          if (last !== expected) {
            throw new Error(
              `${entry.name}, run ${run}: ${steps.map((s) => JSON.stringify(s.change)).join(' → ')} → off\n${firstDifference(expected, last)}`,
            );
          }
          const watch = await readPageWatch(page);
          expect(watch.errors).toEqual([]);
          writes += watch.mutations.characterData;
        } catch (error) {
          tally.failures += 1;
          throw error;
        } finally {
          await page.close();
        }
      }
      // The sequences did change the page on the way (else the round trip proves nothing), and
      // the summary line counts a page where they did not as a failure.
      if (writes === 0) tally.failures += 1;
      expect(writes).toBeGreaterThan(0);
    },
    120_000,
  );
});

function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at ${i}:\nexpected …${a.slice(Math.max(0, i - 80), i + 80)}…\n     got …${b.slice(Math.max(0, i - 80), i + 80)}…`;
}
