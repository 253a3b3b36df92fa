import type { TestPage } from './browsers.ts';

/**
 * Instruments a page for the reliability specs, from the page's own world: what a page (or a
 * reader) would notice if the extension misbehaved.
 *
 * - a canary: `alert`, `confirm` and `prompt` record their calls, and `window.__pwned` must stay
 *   undefined (the XSS payloads do one or the other when they run);
 * - uncaught errors, unhandled rejections and Content Security Policy violations in the page;
 * - every DOM mutation record, by type; hostile pages count the records their own writes make
 *   in `window.__pageWrites`, so the rest are the extension's;
 * - long tasks, and long animation frames with the scripts that made them, where the browser
 *   reports them (Chromium); everywhere, the longest gap between timer ticks 20 ms apart, and
 *   the longest piece of work the extension timed itself (test builds, `benchSlice`).
 *
 * Install it before the extension is asked to do anything (conversion starts on `applyInTab`
 * on every page these specs use, and a NetEase page is not watched from its first write).
 */

export interface PageWatchReport {
  canary: string[];
  pwned: boolean;
  errors: string[];
  mutations: { characterData: number; childList: number; attributes: number };
  pageWrites: number;
  longTasks: number[];
  /** Scripts from an extension URL in long animation frames: their own durations. */
  extensionScripts: { url: string; duration: number; invoker: string }[];
  /** Whether the browser reports long animation frames with scripts. */
  hasLoAF: boolean;
  hasLongTask: boolean;
  /** Longest extra delay of a 20 ms timer, in ms. */
  lag: number;
  /**
   * The longest piece of our work in one task, as the content script timed it (its time
   * slices, the glossary's search, the side-by-side mode's companions), and how many pieces it
   * timed.
   */
  longestSlice: number;
  /** What the longest piece was part of (`SliceKind`: conversion, glossary…). */
  longestSliceKind: string;
  slices: number;
  /** Elements in the document outside our `[data-jianfan-ui]` hosts. */
  elements: number;
}

interface WatchState {
  canary: string[];
  errors: string[];
  mutations: { characterData: number; childList: number; attributes: number };
  /** `window.__pageWrites` when the period started. */
  pageWritesBase: number;
  longTasks: number[];
  extensionScripts: { url: string; duration: number; invoker: string }[];
  hasLoAF: boolean;
  hasLongTask: boolean;
  lag: number;
}

type WatchedWindow = Window & {
  __jianfanWatch?: WatchState;
  __pwned?: unknown;
  __pageWrites?: number;
};

export async function installPageWatch(page: TestPage): Promise<void> {
  await page.evaluate(() => {
    const w = window as WatchedWindow;
    if (w.__jianfanWatch) return;
    const state: WatchState = {
      canary: [],
      errors: [],
      mutations: { characterData: 0, childList: 0, attributes: 0 },
      pageWritesBase: w.__pageWrites ?? 0,
      longTasks: [],
      extensionScripts: [],
      hasLoAF: false,
      hasLongTask: false,
      lag: 0,
    };
    w.__jianfanWatch = state;
    for (const name of ['alert', 'confirm', 'prompt'] as const) {
      Object.defineProperty(window, name, {
        configurable: true,
        writable: true,
        value: () => {
          state.canary.push(name);
          return null;
        },
      });
    }
    addEventListener('error', (event) => state.errors.push(String(event.message)));
    addEventListener('unhandledrejection', (event) =>
      state.errors.push(`unhandled rejection: ${String(event.reason)}`),
    );
    // A strict page reports what its policy blocked: the extension must not be the cause.
    document.addEventListener('securitypolicyviolation', (event) =>
      state.errors.push(`CSP blocked ${event.blockedURI || 'inline'} (${event.violatedDirective})`),
    );
    new MutationObserver((records) => {
      for (const record of records) state.mutations[record.type] += 1;
    }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
    const types = PerformanceObserver.supportedEntryTypes ?? [];
    if (types.includes('longtask')) {
      state.hasLongTask = true;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) state.longTasks.push(entry.duration);
      }).observe({ type: 'longtask' });
    }
    if (types.includes('long-animation-frame')) {
      state.hasLoAF = true;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          const scripts =
            (
              entry as PerformanceEntry & {
                scripts?: { sourceURL: string; duration: number; invoker: string }[];
              }
            ).scripts ?? [];
          for (const script of scripts) {
            if (/^(chrome|moz)-extension:/.test(script.sourceURL)) {
              state.extensionScripts.push({
                url: script.sourceURL,
                duration: script.duration,
                invoker: script.invoker,
              });
            }
          }
        }
      }).observe({ type: 'long-animation-frame' });
    }
    let last = performance.now();
    setInterval(() => {
      const now = performance.now();
      state.lag = Math.max(state.lag, now - last - 20);
      last = now;
    }, 20);
  });
}

/** Starts a new measuring period: counts and timings from now on. */
export async function resetPageWatch(page: TestPage): Promise<void> {
  await page.evaluate(() => {
    const w = window as WatchedWindow;
    const state = w.__jianfanWatch;
    if (!state) throw new Error('the page is not watched');
    state.mutations = { characterData: 0, childList: 0, attributes: 0 };
    state.pageWritesBase = w.__pageWrites ?? 0;
    state.longTasks = [];
    state.extensionScripts = [];
    state.lag = 0;
    const sliceNames = new Set(
      performance
        .getEntriesByType('measure')
        .map((entry) => entry.name)
        .filter((name) => name.startsWith('jianfan-e2e:slice:')),
    );
    for (const name of sliceNames) performance.clearMeasures(name);
  });
}

export function readPageWatch(page: TestPage): Promise<PageWatchReport> {
  return page.evaluate(() => {
    const w = window as WatchedWindow;
    const state = w.__jianfanWatch;
    if (!state) throw new Error('the page is not watched');
    let elements = 0;
    for (const element of document.querySelectorAll('*')) {
      if (!element.closest('[data-jianfan-ui]')) elements += 1;
    }
    const slices = performance
      .getEntriesByType('measure')
      .filter((entry) => entry.name.startsWith('jianfan-e2e:slice:'));
    const longestSlice = slices.reduce<PerformanceEntry | null>(
      (longest, entry) => (longest === null || entry.duration > longest.duration ? entry : longest),
      null,
    );
    return {
      canary: [...state.canary],
      pwned: w.__pwned !== undefined,
      errors: [...state.errors],
      mutations: { ...state.mutations },
      pageWrites: (w.__pageWrites ?? 0) - state.pageWritesBase,
      longTasks: [...state.longTasks],
      extensionScripts: state.extensionScripts.map((script) => ({ ...script })),
      hasLoAF: state.hasLoAF,
      hasLongTask: state.hasLongTask,
      lag: state.lag,
      longestSlice: longestSlice?.duration ?? 0,
      longestSliceKind: longestSlice?.name.slice('jianfan-e2e:slice:'.length) ?? '',
      slices: slices.length,
      elements,
    };
  });
}

/** Milliseconds for the page to answer a timer after a click-free round trip: is it responsive? */
export function responseTime(page: TestPage): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const start = performance.now();
        setTimeout(() => resolve(performance.now() - start), 0);
      }),
  );
}
