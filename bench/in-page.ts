/**
 * What the benchmark runs inside a bench page. Bundled into one script
 * (bench/out/in-page.js, global `__benchTools`) and injected into the page's own world, so the
 * peers, the floor and the readings of our marks all run on the page's clock.
 *
 * The peers convert the way their libraries do, with a converter built before the clock
 * starts; each of them converts twice on its page (a first pass, a restore, then the measured
 * pass), as the extension does in a warm run (see bench/run.ts).
 */

/** A `long-animation-frame` entry as `toJSON()` gives it (the fields used here). */
export interface LoafEntry {
  startTime: number;
  duration: number;
  blockingDuration?: number;
  renderStart?: number;
  styleAndLayoutStart?: number;
  scripts?: {
    sourceURL?: string;
    invoker?: string;
    invokerType?: string;
    duration?: number;
    forcedStyleAndLayoutDuration?: number;
  }[];
}

/** What PROBE_SCRIPT (bench/pages.ts) keeps on `window.__bench`. */
export interface Probe {
  loaf: LoafEntry[];
  longtasks: { startTime: number; duration: number }[];
  frames: number[];
  viewport: { nodes: number; rewritten: number; first: number; last: number } | null;
  stopWatching?: () => void;
  dynamic?: { latencies: number[]; appended: number; done: boolean; unconverted?: number };
}

export type PeerName = 'naive' | 'html' | 'tongwen' | 'floor';

export interface PeerOptions {
  peer: PeerName;
  /** opencc-js locales of the direction. */
  from: string;
  to: string;
  /** `lang` of the page, which HTMLConverter only converts under. */
  fromLang: string;
  toLang: string;
  /** tongwen-core direction. */
  tongwenType: 's2t' | 't2s';
}

/** One pass of a converter: when it started, and how long until the DOM held the result and until a forced layout of it. */
export interface Pass {
  start: number;
  domMs: number;
  renderedMs: number;
}

export interface PeerResult {
  buildMs: number;
  first: Pass;
  warm: Pass;
  split: SplitCount;
}

export interface SplitCount {
  total: number;
  right: number;
}

export interface MarkRecord {
  name: string;
  startTime: number;
  detail: unknown;
}

export interface WindowReading {
  /** Longest `long-animation-frame` overlapping the window, 0 when none (they start at 50 ms). */
  longestFrameMs: number;
  /** Its blocking duration. */
  longestBlockingMs: number;
  /** Longest script time attributed to the extension in those frames (chrome-extension://). */
  extensionScriptMs: number;
  /** Frames over 50 ms overlapping the window. */
  longFrames: number;
  longestTaskMs: number;
  /** Longest gap between two animation frames overlapping the window. */
  longestFrameGapMs: number;
  /** URLs of scripts named in those frames. */
  scriptURLs: string[];
}

interface TongwenBundle {
  createConverterMap: (dictionaries: unknown) => {
    phrase: (type: 's2t' | 't2s', text: string) => string;
  };
  walkNode: (
    node: Node,
  ) => (
    | { type: 'TEXT'; node: Text; text: string }
    | { type: 'ELEMENT'; node: Element; attr: string; text: string }
  )[];
  dictionaries: unknown;
}

interface OpenccGlobal {
  Converter: (options: { from: string; to: string }) => (text: string) => string;
  HTMLConverter: (
    convert: (text: string) => string,
    root: Node,
    fromLang: string,
    toLang: string,
  ) => { convert(): void; restore(): void };
}

declare global {
  interface Window {
    __bench: Probe;
    OpenCC?: OpenccGlobal;
    __tongwen?: TongwenBundle;
  }
}

const now = () => performance.now();

/** Resolves after `count` animation frames and one more task. */
export function nextFrames(count = 2): Promise<void> {
  return new Promise((resolve) => {
    const step = (left: number) => {
      if (left === 0) {
        setTimeout(resolve, 0);
        return;
      }
      requestAnimationFrame(() => step(left - 1));
    };
    step(count);
  });
}

/** Style and layout of the whole page now, as the next frame would do them. */
function forceLayout(): void {
  void document.documentElement.getBoundingClientRect();
  void document.body.offsetHeight;
}

/**
 * Counts the split words of the page (see bench/pages.ts) and those that read as the whole
 * paragraph converted by opencc-js would.
 */
export function countSplitWords(): SplitCount {
  let total = 0;
  let right = 0;
  for (const paragraph of document.querySelectorAll('[data-split-words]')) {
    const words = JSON.parse(paragraph.getAttribute('data-split-words') ?? '[]') as [
      number,
      number,
      number,
      string,
    ][][];
    const texts: string[] = [];
    const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode())
      texts.push((node as Text).data);
    for (const pieces of words) {
      total++;
      if (
        pieces.every(([node, start, end, expected]) => texts[node]?.slice(start, end) === expected)
      ) {
        right++;
      }
    }
  }
  return { total, right };
}

// ---------------------------------------------------------------------------------------------
// Peers

interface PeerRun {
  convert(): void;
  restore(): void;
}

const SKIPPED_PARENTS = new Set(['script', 'style', 'noscript', 'textarea', 'template']);

/**
 * The naive writer: every text node converted on its own with opencc-js and written back, in
 * one pass, only where it changes; originals kept for the restore.
 */
function naiveWriter(convert: (text: string) => string): PeerRun {
  const originals: [Text, string][] = [];
  return {
    convert() {
      const walker = document.createTreeWalker(document.documentElement, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node as Text;
        if (SKIPPED_PARENTS.has(text.parentElement?.localName ?? '')) continue;
        const before = text.data;
        const after = convert(before);
        if (after === before) continue;
        originals.push([text, before]);
        text.data = after;
      }
    },
    restore() {
      for (const [node, data] of originals) node.data = data;
      originals.length = 0;
    },
  };
}

/** tongwen-core as New Tongwentang uses it: its walker, then each text and attribute converted. */
function tongwenWriter(bundle: TongwenBundle, type: 's2t' | 't2s'): PeerRun {
  const converter = bundle.createConverterMap(bundle.dictionaries);
  const texts: [Text, string][] = [];
  const attributes: [Element, string, string][] = [];
  return {
    convert() {
      for (const item of bundle.walkNode(document.documentElement)) {
        const after = converter.phrase(type, item.text);
        if (after === item.text) continue;
        if (item.type === 'TEXT') {
          texts.push([item.node, item.text]);
          item.node.nodeValue = after;
        } else {
          attributes.push([item.node, item.attr, item.text]);
          item.node.setAttribute(item.attr, after);
        }
      }
    },
    restore() {
      for (const [node, data] of texts) node.nodeValue = data;
      for (const [element, name, value] of attributes) element.setAttribute(name, value);
      texts.length = 0;
      attributes.length = 0;
    },
  };
}

function buildPeer(options: PeerOptions): PeerRun {
  if (options.peer === 'tongwen') {
    if (!window.__tongwen) throw new Error('tongwen-core is not loaded');
    return tongwenWriter(window.__tongwen, options.tongwenType);
  }
  const opencc = window.OpenCC;
  if (!opencc) throw new Error('opencc-js is not loaded');
  const convert = opencc.Converter({ from: options.from, to: options.to });
  if (options.peer === 'naive') return naiveWriter(convert);
  if (options.peer === 'html') {
    return opencc.HTMLConverter(
      convert,
      document.documentElement,
      options.fromLang,
      options.toLang,
    );
  }
  // The floor: the page's whole text as one string, no DOM work (the text is read before).
  const text = document.body.textContent ?? '';
  let sink = 0;
  return {
    convert() {
      sink += convert(text).length;
    },
    restore() {
      (window as unknown as { __benchSink?: number }).__benchSink = sink;
    },
  };
}

function timedPass(run: PeerRun): Pass {
  const start = now();
  run.convert();
  const dom = now();
  forceLayout();
  return { start, domMs: dom - start, renderedMs: now() - start };
}

/** Builds a peer (timed), converts, restores, and converts again (the measured pass). */
export async function runPeer(options: PeerOptions): Promise<PeerResult> {
  await nextFrames(2);
  const buildStart = now();
  const run = buildPeer(options);
  const buildMs = now() - buildStart;
  const first = timedPass(run);
  await nextFrames(2);
  run.restore();
  forceLayout();
  await nextFrames(2);
  const warm = timedPass(run);
  const split = options.peer === 'floor' ? { total: 0, right: 0 } : countSplitWords();
  // Long animation frame entries arrive after their frame.
  await nextFrames(3);
  return { buildMs, first, warm, split };
}

// ---------------------------------------------------------------------------------------------
// The extension, through the marks of test builds (utils/platform/bench-marks.ts)

const MARK_PREFIX = 'jianfan-e2e:';

function marksNamed(name: string): PerformanceEntry[] {
  return performance.getEntriesByName(`${MARK_PREFIX}${name}`, 'mark');
}

/** Every mark of the extension so far. */
export function extensionMarks(): MarkRecord[] {
  return performance
    .getEntriesByType('mark')
    .filter((mark) => mark.name.startsWith(MARK_PREFIX))
    .map((mark) => ({
      name: mark.name.slice(MARK_PREFIX.length),
      startTime: mark.startTime,
      detail: (mark as PerformanceMark).detail as unknown,
    }));
}

/** Resolves when the page has `count` marks named `name`, right in the observer's callback. */
export function waitForMark(name: string, count: number, timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    if (marksNamed(name).length >= count) {
      resolve(now());
      return;
    }
    const timer = setTimeout(() => {
      observer.disconnect();
      reject(new Error(`No ${name} mark #${count} within ${timeoutMs} ms`));
    }, timeoutMs);
    const observer = new PerformanceObserver(() => {
      if (marksNamed(name).length < count) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve(now());
    });
    observer.observe({ type: 'mark' });
  });
}

/** Asks for a tab-level change as the popup would (test builds relay it; see loader.ts). */
function applyInTab(apply: object): void {
  window.postMessage({ source: 'jianfan-e2e', action: 'apply', apply }, '*');
}

export interface OursCold {
  marks: MarkRecord[];
  viewport: Probe['viewport'];
  split: SplitCount;
}

/** The conversion the page asked for in its meta tag, from the content script's start. */
export async function oursCold(timeoutMs: number): Promise<OursCold> {
  await waitForMark('render-end', 1, timeoutMs);
  await nextFrames(3);
  window.__bench.stopWatching?.();
  return { marks: extensionMarks(), viewport: window.__bench.viewport, split: countSplitWords() };
}

export interface OursWarm {
  start: number;
  end: number;
  /** When the page saw the end mark, and when the forced layout after it was done. */
  seen: number;
  layoutEnd: number;
  detail: unknown;
  split: SplitCount;
}

/**
 * Restores the page, then converts it again with the dictionaries and converter in place:
 * the extension's counterpart of a peer's measured pass.
 */
export async function oursWarm({
  target,
  timeoutMs,
}: {
  target: string;
  timeoutMs: number;
}): Promise<OursWarm> {
  const renders = marksNamed('render-end').length;
  applyInTab({ enabled: false });
  await waitForMark('render-end', renders + 1, timeoutMs);
  forceLayout();
  await nextFrames(2);
  const starts = marksNamed('convert-start').length;
  const ends = marksNamed('convert-end').length;
  applyInTab({ enabled: true, target });
  const seen = await waitForMark('convert-end', ends + 1, timeoutMs);
  forceLayout();
  const layoutEnd = now();
  const start = marksNamed('convert-start')[starts];
  const end = marksNamed('convert-end')[ends];
  if (!start || !end) throw new Error('The warm conversion left no marks');
  const split = countSplitWords();
  await waitForMark('render-end', renders + 2, timeoutMs);
  await nextFrames(3);
  return {
    start: start.startTime,
    end: end.startTime,
    seen,
    layoutEnd,
    detail: (end as PerformanceMark).detail as unknown,
    split,
  };
}

/** Asks for a conversion now (the page carries no meta tag) and waits until it is rendered. */
export async function oursConvertNow({
  target,
  timeoutMs,
}: {
  target: string;
  timeoutMs: number;
}): Promise<void> {
  const renders = marksNamed('render-end').length;
  const ends = marksNamed('convert-end').length;
  applyInTab({ enabled: true, target });
  await waitForMark('convert-end', ends + 1, timeoutMs);
  await waitForMark('render-end', renders + 1, timeoutMs);
  await nextFrames(3);
}

// ---------------------------------------------------------------------------------------------
// Readings of the probe

/** What the probe saw between `start` and `end` (page clock). */
export function readWindow(start: number, end: number): WindowReading {
  const probe = window.__bench;
  const overlaps = (from: number, duration: number) => from < end && from + duration > start;
  const frames = probe.loaf.filter((entry) => overlaps(entry.startTime, entry.duration));
  let longestFrameMs = 0;
  let longestBlockingMs = 0;
  let extensionScriptMs = 0;
  const scriptURLs = new Set<string>();
  for (const frame of frames) {
    if (frame.duration > longestFrameMs) {
      longestFrameMs = frame.duration;
      longestBlockingMs = frame.blockingDuration ?? 0;
    }
    for (const script of frame.scripts ?? []) {
      if (script.sourceURL) scriptURLs.add(script.sourceURL);
      if (/^(chrome|moz)-extension:/.test(script.sourceURL ?? '')) {
        extensionScriptMs = Math.max(extensionScriptMs, script.duration ?? 0);
      }
    }
  }
  const longestTaskMs = Math.max(
    0,
    ...probe.longtasks
      .filter((task) => overlaps(task.startTime, task.duration))
      .map((task) => task.duration),
  );
  let longestFrameGapMs = 0;
  for (let i = 1; i < probe.frames.length; i++) {
    const previous = probe.frames[i - 1]!;
    const current = probe.frames[i]!;
    if (overlaps(previous, current - previous)) {
      longestFrameGapMs = Math.max(longestFrameGapMs, current - previous);
    }
  }
  return {
    longestFrameMs,
    longestBlockingMs,
    extensionScriptMs,
    longFrames: frames.length,
    longestTaskMs,
    longestFrameGapMs,
    scriptURLs: [...scriptURLs],
  };
}

export function dynamicReading(): Probe['dynamic'] | null {
  return window.__bench.dynamic ?? null;
}

// ---------------------------------------------------------------------------------------------
// Glossary matcher (bench/out/glossary.js)

interface GlossaryBundle {
  compileMatcher: (terms: readonly unknown[]) => {
    scan(text: string): { count: number };
    findAll(text: string): unknown[];
    formCount: number;
  };
  BUILT_IN_TERMS: readonly unknown[];
  syntheticTerms: (count: number) => unknown[];
}

export interface GlossaryReading {
  terms: number;
  forms: number;
  /** First compile in the page (cold). */
  compileMs: number;
  textLength: number;
  matches: number;
  /** Per pass over the text: medians of the timed rounds (see `glossaryRun`). */
  rawScanMs: number;
  /**
   * A scan that looks each code unit up in a 64K table (the first step of any automaton over
   * the text, and nothing more): a floor under matching that a raw scan is not.
   */
  lookupScanMs: number;
  /**
   * A scan whose table read for each code unit depends on the one before (state = table[state
   * mixed with the code unit]): the least one pass of an automaton does, since its next state
   * depends on its last. No branch, no output. Absent from runs made before it was measured.
   */
  chainScanMs?: number;
  /**
   * The matcher's search: the matches as arrays (`scan`, what the page's search reads). In
   * runs made before `scan` existed, the search with an object per match (now `objectsMs`).
   */
  matchMs: number;
  /** The same search with an object per match (`findAll`). Absent from earlier runs. */
  objectsMs?: number;
  /** Passes over the text timed together in one round of each figure. */
  passesPerRound?: {
    rawScan: number;
    lookupScan: number;
    chainScan?: number;
    match: number;
    objects?: number;
  };
  /**
   * The fastest round of each figure, per pass. On a machine busy with other work every
   * round may be slowed by waiting for a core; the fastest was slowed least.
   */
  fastestMs?: {
    rawScan: number;
    lookupScan: number;
    chainScan?: number;
    match: number;
    objects?: number;
  };
}

// The three passes over the text are functions of their own, each called many times, so that
// each is optimised as a whole before it is timed. Timed inline in one function called once
// (as they were), each loop only ran optimised code after on-stack replacement, and a loop
// reached before its feedback was collected could fall back to a slower tier in any round:
// the raw scan moved between 0.4 and 3.3 ms from run to run, and with it the ratio (2× to 20×).

/**
 * Reads every code unit of the text once: nothing any matcher can skip. The sum is kept to 32
 * bits so that it stays a small integer; a sum that outgrows one (as the page's did, after a
 * few hundred thousand code units) sends optimised code back to the interpreter when it
 * overflows and reoptimises it later, which was part of the raw scan's spread.
 */
function rawScanPass(text: string): number {
  let sum = 0;
  for (let i = 0; i < text.length; i++) sum = (sum + text.charCodeAt(i)) | 0;
  return sum;
}

function lookupScanPass(text: string, table: Int32Array): number {
  let looked = 0;
  for (let i = 0; i < text.length; i++) looked = (looked + table[text.charCodeAt(i)]!) | 0;
  return looked;
}

/** Each read's index depends on the last read: the loop runs at the latency of one table read. */
function chainScanPass(text: string, table: Int32Array): number {
  let state = 0;
  for (let i = 0; i < text.length; i++) state = table[(state ^ text.charCodeAt(i)) & 0xffff]!;
  return state;
}

/**
 * Times passes of `pass` back to back until `minMs` have gone by (and at least once), and
 * returns the time per pass. Outside a cross-origin-isolated page `performance.now()` moves
 * in steps of 100 µs (https://developer.chrome.com/blog/cross-origin-isolation-guide), a
 * quarter of one raw scan of the 1 MB page's text: a single pass would mostly time the clock.
 */
function timePasses(pass: () => void, minMs: number): { msPerPass: number; passes: number } {
  let passes = 0;
  const start = now();
  let elapsed: number;
  do {
    pass();
    passes++;
    elapsed = now() - start;
  } while (elapsed < minMs);
  return { msPerPass: elapsed / passes, passes };
}

export function glossaryRun(): GlossaryReading {
  const bundle = (window as unknown as { __glossaryBench?: GlossaryBundle }).__glossaryBench;
  if (!bundle) throw new Error('The glossary bundle is not loaded');
  const terms = [...bundle.BUILT_IN_TERMS, ...bundle.syntheticTerms(20_000)];
  const compileStart = now();
  const matcher = bundle.compileMatcher(terms);
  const compileMs = now() - compileStart;
  const text = document.body.textContent ?? '';
  const table = new Int32Array(0x10000);
  for (let c = 0; c < table.length; c++) table[c] = (c * 2654435761) >>> 20;
  let matches = 0;
  let sink = 0;
  const passes = {
    rawScan: () => {
      sink ^= rawScanPass(text);
    },
    lookupScan: () => {
      sink ^= lookupScanPass(text, table);
    },
    chainScan: () => {
      sink ^= chainScanPass(text, table);
    },
    match: () => {
      matches = matcher.scan(text).count;
    },
    objects: () => {
      sink ^= matcher.findAll(text).length;
    },
  };
  // Warm-up, not counted: each pass runs for 60 ms, long enough for the optimising compiler to
  // have compiled each function (and for the garbage left by the compile to be collected).
  for (const pass of Object.values(passes)) timePasses(pass, 60);
  // Then seven rounds, each timing ≥ 15 ms of each figure, in an order that rotates so that
  // none always runs just after matching (whose garbage a collection may come to sweep).
  const names = ['rawScan', 'lookupScan', 'chainScan', 'match', 'objects'] as const;
  const times: Record<(typeof names)[number], number[]> = {
    rawScan: [],
    lookupScan: [],
    chainScan: [],
    match: [],
    objects: [],
  };
  const passesPerRound = { rawScan: 0, lookupScan: 0, chainScan: 0, match: 0, objects: 0 };
  for (let round = 0; round < 7; round++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(round + k) % names.length]!;
      const timed = timePasses(passes[name], 15);
      times[name].push(timed.msPerPass);
      passesPerRound[name] = Math.max(passesPerRound[name], timed.passes);
    }
  }
  (window as unknown as { __benchSink?: number }).__benchSink = sink;
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
  return {
    terms: terms.length,
    forms: matcher.formCount,
    compileMs,
    textLength: text.length,
    matches,
    rawScanMs: median(times.rawScan),
    lookupScanMs: median(times.lookupScan),
    chainScanMs: median(times.chainScan),
    matchMs: median(times.match),
    objectsMs: median(times.objects),
    passesPerRound,
    fastestMs: {
      rawScan: Math.min(...times.rawScan),
      lookupScan: Math.min(...times.lookupScan),
      chainScan: Math.min(...times.chainScan),
      match: Math.min(...times.match),
      objects: Math.min(...times.objects),
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Glossary card

/**
 * The middle of the first highlighted glossary term that is in the viewport (the extension's
 * `jianfan-term` highlight), scrolled into view if none is, or null.
 */
export function termPoint(): { x: number; y: number; text: string } | null {
  const highlight = (
    CSS as unknown as { highlights?: Map<string, Iterable<AbstractRange>> }
  ).highlights?.get('jianfan-term');
  if (!highlight) return null;
  for (const entry of highlight) {
    const range = document.createRange();
    range.setStart(entry.startContainer, entry.startOffset);
    range.setEnd(entry.endContainer, entry.endOffset);
    let rect = range.getBoundingClientRect();
    if (rect.width === 0) continue;
    if (rect.top < 40 || rect.bottom > window.innerHeight - 200) {
      (entry.startContainer.parentElement ?? document.body).scrollIntoView({ block: 'center' });
      rect = range.getBoundingClientRect();
    }
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, text: range.toString() };
  }
  return null;
}

/**
 * Starts watching for the glossary card: the time of the last pointer move, and, frame by
 * frame, the first animation frame at which the card shows (the frame that paints it).
 */
export function watchCard(): void {
  const state = { pointerAt: 0, visibleAt: 0 };
  (window as unknown as { __cardWatch: typeof state }).__cardWatch = state;
  document.addEventListener('pointermove', (event) => (state.pointerAt = event.timeStamp), {
    capture: true,
  });
  const frame = (time: number) => {
    const card = document
      .querySelector('[data-jianfan-ui="card"]')
      ?.shadowRoot?.querySelector<HTMLElement>('[role="tooltip"]');
    if (card && getComputedStyle(card).visibility !== 'hidden') {
      state.visibleAt = time;
      return;
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

export function cardWatchReading(): { pointerAt: number; visibleAt: number } {
  return (window as unknown as { __cardWatch: { pointerAt: number; visibleAt: number } })
    .__cardWatch;
}
