/**
 * Timing marks for the benchmark suite (`npm run bench`) and the browser tests, made in test
 * builds only (`wxt build --mode e2e`).
 *
 * A mark made in the content script's isolated world lands on the page's own performance
 * timeline, in Chromium and in Firefox alike, so the benchmark reads our timings from the page
 * with `performance.getEntriesByName()`, on the same clock as the peers it compares us with,
 * and without a message channel of its own. In a production build the guard below is replaced
 * by a constant at build time and the body is dropped: tests/build/packages.test.ts checks
 * that no `jianfan-e2e` string ships.
 */

/** Every mark the extension makes, in the order a page normally sees them. */
export type BenchMarkName =
  /** The content script starts looking at the page. */
  | 'content-start'
  /** The reader kit has been injected and the session starts (settings read). */
  | 'session-start'
  /** The reader session starts converting the page (after any repair). */
  | 'convert-start'
  /** A kit (a dictionary, the repair, the glossary) is requested, and has registered. */
  | 'kit-start'
  | 'kit-end'
  /** The whole page is converted (`PageConverter.convert` resolved). */
  | 'convert-end'
  /** The session has brought the page to the state asked for (conversion, restore, layers). */
  | 'render-end';

type Detail = object;

/**
 * Marks `name` on the page's timeline, with `detail` (or what it returns, so that production
 * builds do not even compute it); does nothing in production builds.
 */
export function benchMark(name: BenchMarkName, detail?: Detail | (() => Detail)): void {
  if (import.meta.env.MODE !== 'e2e') return;
  const value = typeof detail === 'function' ? detail() : detail;
  performance.mark(`jianfan-e2e:${name}`, value === undefined ? undefined : { detail: value });
}

/** What a timed piece of our work was part of (see `benchSlice`). */
export type SliceKind = 'conversion' | 'glossary' | 'side-by-side' | 'repair';

/**
 * Records a piece of our work that ran `ms` milliseconds in one task (a converter's time slice,
 * a slice of the glossary's search: see `PageConverterOptions.onSlice`) as a measure named
 * `jianfan-e2e:slice:<kind>` that ends now and lasts `ms`. The browser tests read the longest:
 * in Firefox, which reports no long tasks, it is the measure of our own share of the main
 * thread. A duration, not a mark's `detail`: the page reads a number, not an object made in
 * the content script's world. Test builds only.
 */
export function benchSlice(kind: SliceKind, ms: number): void {
  if (import.meta.env.MODE !== 'e2e') return;
  const end = performance.now();
  performance.measure(`jianfan-e2e:slice:${kind}`, { start: end - ms, end });
}
