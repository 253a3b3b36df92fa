/**
 * One measurement each: a fresh page, the work, the readings. bench/run.ts repeats and
 * interleaves them; tests/browser/bench-smoke.spec.ts runs them once on the smallest page.
 *
 * The functions that only need a page (`measureOurs`, `measurePeer`, `measureDynamic`,
 * `measureGlossary`) work through `BenchPage`, which a Playwright page and the browser
 * tests' `TestPage` (Chromium and Firefox) both are. Heap and tracing readings need the
 * Chrome DevTools Protocol, so they take a Playwright page in Chromium.
 */
import { readFileSync } from 'node:fs';
import { SHOW_DELAY_MS } from '../components/glossary-card/hover-intent.ts';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import type * as Tools from './in-page.ts';
import { INJECTED } from './build-scripts.ts';
import { DIRECTIONS, pageSpec, type Direction } from './pages.ts';
import type { BenchServer } from './server.ts';

declare global {
  interface Window {
    __benchTools: typeof Tools;
  }
}

/** The two operations every measurement needs, as both browser drivers offer them. */
export interface BenchPage {
  goto(url: string): Promise<void>;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
}

export type ConverterName = 'ours' | Tools.PeerName;

export const CONVERTERS: readonly ConverterName[] = ['ours', 'naive', 'html', 'tongwen', 'floor'];

export const CONVERTER_LABELS: Record<ConverterName, string> = {
  ours: 'Jianfan Reader',
  naive: 'naive writer',
  html: 'HTMLConverter',
  tongwen: 'tongwen-core',
  floor: 'floor',
};

const scripts = new Map<string, string>();

function scriptText(path: string): string {
  let text = scripts.get(path);
  if (text === undefined) {
    text = readFileSync(path, 'utf8');
    scripts.set(path, text);
  }
  return text;
}

/** Runs a script file in the page's own world, as a classic inline script. */
export async function injectScript(page: BenchPage, path: string): Promise<void> {
  await page.evaluate((code: string) => {
    const script = document.createElement('script');
    script.textContent = code;
    document.head.append(script);
    script.remove();
  }, scriptText(path));
}

function directionOf(pageId: string): Direction {
  const direction = pageSpec(pageId).direction;
  if (direction === null) throw new Error(`Page ${pageId} is not converted`);
  return direction;
}

// ---------------------------------------------------------------------------------------------
// The extension

export interface OursRun {
  /** From the content script's start (page clock), in ms. */
  contentStart: number;
  /** Content script start → the session starts converting (kits loaded, settings read). */
  startupMs: number;
  /**
   * Content script start → the reader session starts (the reader kit injected and evaluated);
   * absent from runs made before the mark existed.
   */
  sessionStartMs?: number;
  /** Dictionary kit requested → registered; 0 when it was there already. */
  dictionaryMs: number;
  /** Content script start → the last text node of the first viewport rewritten. */
  viewportMs: number | null;
  /** Content script start → the whole page converted. */
  coldMs: number;
  /** A conversion with everything loaded (see `oursWarm`): until the DOM holds it, and until laid out. */
  warmDomMs: number;
  warmRenderedMs: number;
  cold: Tools.WindowReading;
  warm: Tools.WindowReading;
  split: Tools.SplitCount;
  nodesConverted: number;
}

function markTime(marks: Tools.MarkRecord[], name: string): number | null {
  return marks.find((mark) => mark.name === name)?.startTime ?? null;
}

/** The first `name` mark of a kit whose name matches `kit` (its detail names the kit). */
function kitMarkTime(marks: Tools.MarkRecord[], name: string, kit: RegExp): number | null {
  const found = marks.find((mark) => {
    if (mark.name !== name) return false;
    const detail = mark.detail as { kit?: unknown } | null;
    return typeof detail?.kit === 'string' && kit.test(detail.kit);
  });
  return found?.startTime ?? null;
}

/**
 * A fresh page that asks the extension, from its start, for a conversion (cold: kits and
 * dictionary loaded on the way), then a restore and a second conversion (warm).
 */
export async function measureOurs(
  page: BenchPage,
  {
    server,
    pageId,
    timeoutMs = 60_000,
  }: { server: BenchServer; pageId: string; timeoutMs?: number },
): Promise<OursRun> {
  const { target } = DIRECTIONS[directionOf(pageId)];
  // The glossary is a layer of its own, drawn after the conversion, and the peers have none:
  // it is off here and measured on its own (measureGlossary).
  await page.goto(server.pageUrl(pageId, { target, watchViewport: true, glossary: false }));
  await injectScript(page, INJECTED.tools);
  const cold = await page.evaluate((t: number) => window.__benchTools.oursCold(t), timeoutMs);
  const contentStart = markTime(cold.marks, 'content-start');
  const convertStart = markTime(cold.marks, 'convert-start');
  const convertEnd = markTime(cold.marks, 'convert-end');
  if (contentStart === null || convertStart === null || convertEnd === null) {
    throw new Error(`Missing marks on ${pageId}: ${cold.marks.map((m) => m.name).join(', ')}`);
  }
  const sessionStart = markTime(cold.marks, 'session-start');
  const dictionaryStart = kitMarkTime(cold.marks, 'kit-start', /^dict-/);
  const dictionaryEnd = kitMarkTime(cold.marks, 'kit-end', /^dict-/);
  const coldWindow = await page.evaluate(
    ([start, end]: [number, number]) => window.__benchTools.readWindow(start, end),
    [convertStart, convertEnd] as [number, number],
  );
  const warm = await page.evaluate(
    (options: { target: string; timeoutMs: number }) => window.__benchTools.oursWarm(options),
    { target, timeoutMs },
  );
  const warmWindow = await page.evaluate(
    ([start, end]: [number, number]) => window.__benchTools.readWindow(start, end),
    [warm.start, warm.layoutEnd] as [number, number],
  );
  const viewport = cold.viewport;
  return {
    contentStart,
    startupMs: convertStart - contentStart,
    ...(sessionStart !== null ? { sessionStartMs: sessionStart - contentStart } : {}),
    dictionaryMs:
      dictionaryStart !== null && dictionaryEnd !== null ? dictionaryEnd - dictionaryStart : 0,
    viewportMs: viewport && viewport.rewritten > 0 ? viewport.last - contentStart : null,
    coldMs: convertEnd - contentStart,
    warmDomMs: warm.end - warm.start,
    warmRenderedMs: warm.layoutEnd - warm.start,
    cold: coldWindow,
    warm: warmWindow,
    split: warm.split,
    nodesConverted: (warm.detail as { nodesConverted?: number } | null)?.nodesConverted ?? 0,
  };
}

// ---------------------------------------------------------------------------------------------
// Peers and the floor

export interface PeerRunReading {
  buildMs: number;
  firstRenderedMs: number;
  warmDomMs: number;
  warmRenderedMs: number;
  warm: Tools.WindowReading;
  split: Tools.SplitCount;
}

/** A fresh page, the peer's library injected, then `runPeer` (see bench/in-page.ts). */
export async function measurePeer(
  page: BenchPage,
  { server, pageId, peer }: { server: BenchServer; pageId: string; peer: Tools.PeerName },
): Promise<PeerRunReading> {
  const direction = directionOf(pageId);
  const { from, to } = DIRECTIONS[direction];
  const fromLang = pageId === 'netease' ? 'zh-CN' : DIRECTIONS[direction].fromLang;
  const toLang = DIRECTIONS[direction === 't2s' ? 's2t' : 't2s'].fromLang;
  await page.goto(server.pageUrl(pageId));
  await injectScript(page, peer === 'tongwen' ? INJECTED.tongwen : INJECTED.opencc);
  await injectScript(page, INJECTED.tools);
  const result = await page.evaluate(
    (options: Tools.PeerOptions) => window.__benchTools.runPeer(options),
    { peer, from, to, fromLang, toLang, tongwenType: direction },
  );
  const warm = await page.evaluate(
    ([start, end]: [number, number]) => window.__benchTools.readWindow(start, end),
    [result.warm.start, result.warm.start + result.warm.renderedMs] as [number, number],
  );
  return {
    buildMs: result.buildMs,
    firstRenderedMs: result.first.renderedMs,
    warmDomMs: result.warm.domMs,
    warmRenderedMs: result.warm.renderedMs,
    warm,
    split: result.split,
  };
}

// ---------------------------------------------------------------------------------------------
// Dynamic page and glossary

export interface DynamicReading {
  latencies: number[];
  appended: number;
  unconverted: number;
}

/** The dynamic page with the extension converting it: insertion → rewritten, per paragraph. */
export async function measureDynamic(
  page: BenchPage,
  { server, timeoutMs = 30_000 }: { server: BenchServer; timeoutMs?: number },
): Promise<DynamicReading> {
  await page.goto(server.pageUrl('dynamic', { target: DIRECTIONS.t2s.target }));
  await injectScript(page, INJECTED.tools);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const reading = await page.evaluate(() => window.__benchTools.dynamicReading(), undefined);
    if (reading?.done) {
      return {
        latencies: reading.latencies,
        appended: reading.appended,
        unconverted: reading.unconverted ?? 0,
      };
    }
    if (Date.now() > deadline) throw new Error('The dynamic page did not finish');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** The glossary matcher in the page, over the text of `pageId`. */
export async function measureGlossary(
  page: BenchPage,
  { server, pageId }: { server: BenchServer; pageId: string },
): Promise<Tools.GlossaryReading> {
  await page.goto(server.pageUrl(pageId));
  await injectScript(page, INJECTED.glossary);
  await injectScript(page, INJECTED.tools);
  return page.evaluate(() => window.__benchTools.glossaryRun(), undefined);
}

// ---------------------------------------------------------------------------------------------
// Chromium only: heap and tracing through the DevTools protocol

export function playwrightBenchPage(page: Page): BenchPage {
  return {
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    },
    evaluate: (fn, arg) => page.evaluate(fn as never, arg as never),
  };
}

/**
 * The page renderer's JS heap, typed-array storage included (the converter's tables live in
 * typed arrays, which `usedSize` does not count).
 */
async function usedHeap(cdp: CDPSession): Promise<number> {
  // Twice: the first collection may leave garbage that finalizers release.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = (await cdp.send('Runtime.getHeapUsage')) as {
    usedSize: number;
    backingStorageSize?: number;
  };
  return usage.usedSize + (usage.backingStorageSize ?? 0);
}

/**
 * JS heap the conversion adds on a fresh page (garbage collected before and after): for the
 * extension, from its idle session to the page converted and rendered; for a peer, from the
 * page without it to the page converted by it.
 */
export async function measureHeap(
  context: BrowserContext,
  {
    server,
    pageId,
    converter,
    timeoutMs = 60_000,
  }: { server: BenchServer; pageId: string; converter: ConverterName; timeoutMs?: number },
): Promise<number> {
  const direction = directionOf(pageId);
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    const bench = playwrightBenchPage(page);
    await bench.goto(server.pageUrl(pageId));
    await injectScript(bench, INJECTED.tools);
    if (converter === 'ours') {
      await bench.evaluate(
        (t: number) => window.__benchTools.waitForMark('render-end', 1, t),
        timeoutMs,
      );
      await bench.evaluate(() => window.__benchTools.nextFrames(3), undefined);
      const before = await usedHeap(cdp);
      await bench.evaluate(
        (options: { target: string; timeoutMs: number }) =>
          window.__benchTools.oursConvertNow(options),
        { target: DIRECTIONS[direction].target, timeoutMs },
      );
      return (await usedHeap(cdp)) - before;
    }
    const before = await usedHeap(cdp);
    const { from, to, fromLang } = DIRECTIONS[direction];
    await injectScript(bench, converter === 'tongwen' ? INJECTED.tongwen : INJECTED.opencc);
    await bench.evaluate((options: Tools.PeerOptions) => window.__benchTools.runPeer(options), {
      peer: converter,
      from,
      to,
      fromLang: pageId === 'netease' ? 'zh-CN' : fromLang,
      toLang: DIRECTIONS[direction === 't2s' ? 's2t' : 't2s'].fromLang,
      tongwenType: direction,
    });
    return (await usedHeap(cdp)) - before;
  } finally {
    await page.close();
  }
}

export interface EnglishReading {
  /** Main-thread time of the extension's scripts in the page's renderer (trace events). */
  mainThreadMs: number;
  /** Extension scripts the page's renderer evaluated. */
  scripts: string[];
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string }; fileName?: string };
}

/**
 * The English page under a DevTools trace: the time the renderer's main thread spent in the
 * extension's scripts (compiling, evaluating, callbacks), and which scripts those were. A
 * dictionary would show up as a `dict-*.js` script.
 */
export async function measureEnglish(
  context: BrowserContext,
  { server, settleMs = 1500 }: { server: BenchServer; settleMs?: number },
): Promise<EnglishReading> {
  const page = await context.newPage();
  try {
    await page.goto(server.blankUrl);
    const cdp = await context.newCDPSession(page);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (event) =>
      events.push(...(event.value as unknown as TraceEvent[])),
    );
    const complete = new Promise<void>((done) => cdp.once('Tracing.tracingComplete', () => done()));
    await cdp.send('Tracing.start', {
      transferMode: 'ReportEvents',
      traceConfig: {
        includedCategories: [
          'devtools.timeline',
          'v8',
          'v8.execute',
          'disabled-by-default-devtools.timeline',
        ],
      },
    });
    await page.goto(server.pageUrl('english-1m'), { waitUntil: 'load', timeout: 120_000 });
    await page.waitForTimeout(settleMs);
    await cdp.send('Tracing.end');
    await complete;
    return extensionMainThreadTime(events);
  } finally {
    await page.close();
  }
}

function eventUrl(event: TraceEvent): string {
  return event.args?.data?.url ?? event.args?.fileName ?? '';
}

/** Sums the outermost complete events of extension scripts on each thread that ran them. */
export function extensionMainThreadTime(events: readonly TraceEvent[]): EnglishReading {
  const ours = events
    .filter((event) => event.ph === 'X' && eventUrl(event).startsWith('chrome-extension://'))
    .sort((a, b) => a.ts - b.ts);
  const scripts = new Set<string>();
  let total = 0;
  const reachedOn = new Map<string, number>();
  for (const event of ours) {
    scripts.add(eventUrl(event).replace(/^chrome-extension:\/\/[^/]+\//, ''));
    const thread = `${event.pid}:${event.tid}`;
    const end = event.ts + (event.dur ?? 0);
    const reached = reachedOn.get(thread) ?? 0;
    if (end <= reached) continue; // nested in one already counted
    total += end - Math.max(event.ts, reached);
    reachedOn.set(thread, end);
  }
  return { mainThreadMs: total / 1000, scripts: [...scripts].sort() };
}

export interface HoverReading {
  /** Pointer arrives on a term → first frame that shows its card. */
  totalMs: number;
  /** The same, less the card's deliberate opening delay (SHOW_DELAY_MS). */
  latencyMs: number;
  term: string;
}

/**
 * The NetEase fixture converted with the glossary on: the pointer comes onto the first
 * highlighted term from the side, as a reader's does, and the card's first frame is timed. The
 * card opens after a deliberate delay (hover intent, WCAG 1.4.13), which is taken out.
 */
export async function measureHover(
  context: BrowserContext,
  { server, timeoutMs = 30_000 }: { server: BenchServer; timeoutMs?: number },
): Promise<HoverReading> {
  const page = await context.newPage();
  try {
    const bench = playwrightBenchPage(page);
    await bench.goto(server.pageUrl('netease', { target: DIRECTIONS.s2t.target }));
    await injectScript(bench, INJECTED.tools);
    await bench.evaluate(
      (t: number) => window.__benchTools.waitForMark('render-end', 1, t),
      timeoutMs,
    );
    let point: { x: number; y: number; text: string } | null = null;
    const deadline = Date.now() + timeoutMs;
    while (point === null && Date.now() < deadline) {
      point = await bench.evaluate(() => window.__benchTools.termPoint(), undefined);
      if (point === null) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    if (point === null) throw new Error('No glossary term was highlighted');
    await page.mouse.move(Math.max(1, point.x - 40), point.y);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await bench.evaluate(() => window.__benchTools.watchCard(), undefined);
    await page.mouse.move(point.x, point.y);
    let reading = { pointerAt: 0, visibleAt: 0 };
    while (reading.visibleAt === 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      reading = await bench.evaluate(() => window.__benchTools.cardWatchReading(), undefined);
    }
    if (reading.visibleAt === 0) throw new Error('The glossary card did not open');
    const totalMs = reading.visibleAt - reading.pointerAt;
    return { totalMs, latencyMs: totalMs - SHOW_DELAY_MS, term: point.text };
  } finally {
    await page.close();
  }
}
