import { adoptStyles, type AdoptedStyles } from '../../components/shared/adopt-styles.ts';
import {
  createCardController,
  sameOccurrence,
  type CardController,
  type CardDescription,
} from '../../components/glossary-card/card-controller.ts';
import { PAGE_TERM_CSS, TERM_HIGHLIGHT_NAME } from '../../components/glossary-card/styles.ts';
import { termCardContent } from '../../utils/glossary/card-content.ts';
import {
  applyHighlights,
  termRangesByRun,
  type HighlightHandle,
  type TermRange,
} from '../../utils/glossary/highlight.ts';
import { rangeRect, termAtPoint } from '../../utils/glossary/hit-test.ts';
import type { GlossaryMatcher } from '../../utils/glossary/matcher.ts';
import { occurrencesToMark } from '../../utils/glossary/occurrences.ts';
import { glossaryScope, isOwnUiMutation } from '../../utils/glossary/page-scope.ts';
import { BUILT_IN_BLOCKERS } from '../../utils/glossary/pack/blockers.ts';
import { BUILT_IN_TERMS } from '../../utils/glossary/pack/index.ts';
import type { Term } from '../../utils/glossary/schema.ts';
import { isSeen, scrollTermIntoView, stepToTerm } from '../../utils/glossary/term-navigation.ts';
import { createTermSource, type UserGlossarySnapshot } from '../../utils/glossary/term-source.ts';
import type { TabCommand } from '../../utils/messaging/protocol.ts';
import type { CardExclusion } from '../../utils/modes/card-exclusion.ts';
import {
  currentDocumentLanguage,
  currentLocale,
  setUiLanguage,
  t,
} from '../../utils/platform/i18n.ts';
import { isRoleChangeOfNoTextbox, watchDetachment } from '../../utils/convert/dom-rules.ts';
import { watchForHeadline } from '../../utils/modes/headline-watch.ts';
import { sendToBackground } from '../../utils/platform/messaging.ts';
import { watchUserGlossary } from '../../utils/platform/settings-storage.ts';
import type { PageLayer, PageState } from '../reader/layers.ts';

/** Page changes are looked at once they stop for this long… */
const MUTATION_DEBOUNCE_MS = 100;
/** …or after this long at most, for pages that never stop changing (tickers, live blogs). */
const MUTATION_MAX_WAIT_MS = 1_000;
/**
 * Longest stretch of term search before the page gets a turn: a page of 200,000 text nodes
 * takes several hundred milliseconds to search, which must not be one task.
 */
const MARK_SLICE_MS = 12;
/**
 * How often a long search shows what it found so far. Chromium goes through every range of a
 * highlight in the frame after the highlight changes: adding the terms of each slice as it was
 * searched made the frames of a 200,000-node page grow to 250 ms, one after the other, for the
 * whole search.
 */
const MARK_SHOW_INTERVAL_MS = 1_000;
/**
 * The most terms the highlight holds at once; a page with more has those around the viewport
 * marked, following it as it scrolls (see `applyHighlights`).
 */
const MAX_SHOWN_TERMS = 2_000;

/** A task later: the page's own timers and input come first. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export interface GlossaryLayerOptions {
  builtIn?: readonly Term[];
  /** Asks the background for the user glossary unless `knownRevision` is current. */
  fetchSnapshot?: (knownRevision: number) => Promise<UserGlossarySnapshot>;
  /** Calls back with the stored user glossary whenever it changes; returns an unsubscribe. */
  watchGlossary?: (
    callback: (glossary: { revision: number; terms: unknown[] }) => void,
  ) => () => void;
  /** `null` forces the span fallback; default: the browser's `CSS.highlights`. */
  highlightRegistry?: Parameters<typeof applyHighlights>[0]['highlightRegistry'];
  /** The clock and the pause between slices of term search (tests inject them). */
  now?: () => number;
  yieldToPage?: () => Promise<void>;
  /** Told how long each slice of the search ran (see `PageConverterOptions.onSlice`). */
  onSlice?: (ms: number) => void;
  /**
   * Keeps the card and the peek card apart (the reader session's): hovering opens no card while
   * the peek card shows or its key is held, and the peek card opening closes this one.
   */
  cards?: CardExclusion;
}

/**
 * Finds glossary terms in the page, marks them, and shows their card.
 *
 * Marking uses the CSS Custom Highlight API, so the page's DOM does not change
 * at all; where the API is missing, terms are wrapped in spans that are taken
 * out again before each new search. Firefox content scripts see the page's
 * `Highlight` and `CSS.highlights` through Xray wrappers; a highlight built
 * there paints (checked in Firefox 153 ESR), so both browsers take the same
 * path.
 *
 * Terms are searched again after every render of the session (conversion
 * rewrites text node data, which collapses the ranges over it) and when the
 * page adds content. The user glossary comes from the background with its
 * revision, and a storage change brings the new one to an open tab without
 * a reload.
 */
export function createGlossaryLayer(options: GlossaryLayerOptions = {}): PageLayer {
  const {
    builtIn = BUILT_IN_TERMS,
    fetchSnapshot = (knownRevision: number) =>
      sendToBackground({ type: 'glossary/snapshot', payload: { knownRevision } }),
    watchGlossary = watchUserGlossary,
    now = () => performance.now(),
    yieldToPage = nextTask,
    onSlice,
    cards,
  } = options;
  const source = createTermSource({ builtIn, blockers: BUILT_IN_BLOCKERS, fetchSnapshot });

  let state: PageState | null = null;
  let disposed = false;
  let synced: Promise<void> | null = null;
  let stopWatching: (() => void) | null = null;
  let pageStyles: AdoptedStyles | null = null;
  let controller: CardController | null = null;
  let handle: HighlightHandle | null = null;
  let stopFollowing: (() => void) | null = null;
  let ranges: readonly TermRange[] = [];
  let matcher: GlossaryMatcher | null = null;
  let observer: MutationObserver | null = null;
  let observedRoot: Element | null = null;
  /** What the search looked at besides the root (the article's headline), watched too. */
  let observedScopes: readonly Element[] = [];
  let stopWatchingRoot: (() => void) | null = null;
  /** Stops watching the page for a headline the last search did not have (see `observe`). */
  let stopHeadlineWatch: (() => void) | null = null;
  let debounce: ReturnType<typeof setTimeout> | null = null;
  /** When the oldest change not yet looked at happened. */
  let pendingSince: number | null = null;
  /** The term the keyboard commands last went to. */
  let visited: TermRange | null = null;
  let termsFound = 0;
  /** Each search of the page takes the next number; a newer one stops an older one. */
  let markGeneration = 0;
  // Dismissed, not just closed: a reader who peeked at the paragraph of a term does not get its
  // card back the moment the pointer moves on the term again.
  const stopHearingPeek = cards?.onPeekShown(() => controller?.hide()) ?? null;

  function describe(term: TermRange): CardDescription | null {
    const entry = matcher?.term(term.termId);
    if (!entry) return null;
    return {
      content: termCardContent({
        term: entry,
        pageText: term.text,
        form: term.form,
        locale: currentLocale(),
        userTerm: source.isUserTerm(term.termId),
      }),
      t,
      uiLang: currentDocumentLanguage(),
    };
  }

  function ensureCard(document: Document): CardController {
    controller ??= createCardController({
      document,
      termAt: (x, y) => termAtPoint({ document, x, y, ranges }),
      describe,
      hoverBlocked: () => cards?.peeking === true,
      onAskedFor: () => cards?.glossaryAskedFor(),
    });
    return controller;
  }

  /** Runs a change to the marks without the observer seeing it (spans are DOM changes). */
  function unobserved<T>(change: () => T): T {
    const result = change();
    observer?.takeRecords();
    return result;
  }

  function clearMarks(): void {
    if (handle !== null) {
      const old = handle;
      handle = null;
      unobserved(() => old.clear());
    }
    ranges = [];
    termsFound = 0;
  }

  function stopObserving(): void {
    observer?.disconnect();
    observer = null;
    stopHeadlineWatch?.();
    stopHeadlineWatch = null;
    stopWatchingRoot?.();
    stopWatchingRoot = null;
    observedRoot = null;
    observedScopes = [];
    if (debounce !== null) clearTimeout(debounce);
    debounce = null;
    pendingSince = null;
  }

  /** A search once the page's changes settle (at most MUTATION_MAX_WAIT_MS after the first). */
  function searchSoon(): void {
    const now = Date.now();
    pendingSince ??= now;
    if (debounce !== null) clearTimeout(debounce);
    const waited = now - pendingSince;
    debounce = setTimeout(
      () => {
        debounce = null;
        pendingSince = null;
        // A root taken out of the page waits for the render it asked for (see observe): searched
        // now, the scope would fall back to the whole body.
        if (observedRoot !== null && !observedRoot.isConnected) return;
        if (state !== null && state.glossaryEnabled && !disposed) {
          void mark(state, { keepShown: true });
        }
      },
      waited >= MUTATION_MAX_WAIT_MS ? 0 : MUTATION_DEBOUNCE_MS,
    );
  }

  /**
   * Watches what a search looked at: `root`, and the other elements `searched` (the article's
   * headline above it). A change in any starts a new search. With `findHeadline` (the article is
   * searched), the page is also watched for a headline the search did not have.
   */
  function observe(
    root: Element | null,
    searched: readonly Element[],
    findHeadline: (() => Element | null) | null,
  ): void {
    // What the search looked at outside the root (the headline): the blocks of an article
    // searched around its notice (`glossaryScope`) are the root's, and watched with it.
    const others = searched.filter((scope) => root === null || !root.contains(scope));
    const same =
      others.length === observedScopes.length &&
      others.every((scope, index) => scope === observedScopes[index]);
    if (root === observedRoot && same && observer !== null) return;
    stopObserving();
    if (root === null) return;
    // A headline the page puts in, or fills in, after a search without it: searched anew.
    if (findHeadline !== null) {
      stopHeadlineWatch = watchForHeadline({
        document: root.ownerDocument,
        findHeadline,
        isKnown: (headline) => observedScopes.includes(headline),
        onHeadline: searchSoon,
      });
    }
    // The content script's own MutationObserver, not the page's (which it may replace).
    observer = new MutationObserver((records) => {
      if (records.every((record) => isOwnUiMutation(record) || isRoleChangeOfNoTextbox(record))) {
        return;
      }
      searchSoon();
    });
    const watched: MutationObserverInit = {
      childList: true,
      subtree: true,
      characterData: true,
      // What the search passes over (see `defaultShouldSkip`): a tab panel or "read more"
      // shown by taking its `hidden` away, an editor (or a text box) switched on or off,
      // changes no node.
      attributes: true,
      attributeFilter: ['hidden', 'contenteditable', 'role'],
      attributeOldValue: true,
    };
    observer.observe(root, watched);
    for (const scope of others) observer.observe(scope, watched);
    observedRoot = root;
    observedScopes = others;
    // A page that replaces the root (a single-page site's next article, a new `<body>`) changes
    // no node inside it: the session renders again, and the search looks at the new one. A
    // headline the page renders anew while the article stays is searched again, with no render.
    const stops = [
      watchDetachment(root, () => {
        if (state !== null && !disposed) state.renderAgain();
      }),
      // Watched once: the next search looks for the headline again, and watches what it finds.
      ...others.map((scope) =>
        watchDetachment(scope, () => {
          observedScopes = [];
          searchSoon();
        }),
      ),
    ];
    stopWatchingRoot = () => {
      for (const stop of stops) stop();
    };
  }

  /**
   * Searches the scope again and marks what it finds, in slices of MARK_SLICE_MS with a task
   * between them; marks show as they are found. Resolves when the search is done or was
   * overtaken by a newer one.
   *
   * `keepShown`, for a search the page's own changes set off (a ticker, an ad): the marks
   * shown stay until the new search is done, then give way to its finds at once. Taken off
   * first, most of the page's marks went for the second a long search takes, about once a
   * second on a page that keeps changing, and the card of a term not yet found again closed
   * under the pointer. With spans (no Highlight API) the marks are part of the text searched,
   * and go first as before.
   */
  async function mark(current: PageState, { keepShown = false } = {}): Promise<void> {
    // The first slice includes what comes before the search (compiling the matcher).
    let sliceStart = now();
    const generation = ++markGeneration;
    const counted = termsFound;
    const { document } = current;
    pageStyles ??= adoptStyles(document, PAGE_TERM_CSS);
    const card = ensureCard(document);
    const { root, searched, findHeadline } = glossaryScope({
      document,
      neteaseKind: current.netease.kind,
      articleRoot: () => current.articleRoot,
      scope: current.settings.glossaryScope,
    });
    const replaceAtEnd = keepShown && handle?.mode === 'highlight-api';
    if (!replaceAtEnd) clearMarks();
    matcher = source.matcher(current.settings.disabledBuiltInTerms);
    // Page changes while the search runs start a new one (see observe).
    observe(root, searched, findHeadline);
    const view = document.defaultView;
    const highlight = () =>
      applyHighlights({
        ranges: [],
        name: TERM_HIGHLIGHT_NAME,
        maxShown: MAX_SHOWN_TERMS,
        placeOf: (range) => {
          const box = rangeRect(range);
          const height = view?.innerHeight ?? 0;
          // A term that is not rendered holds no place: any answer keeps the bisection going.
          if (box === null || height === 0) return 'near';
          if (box.bottom < -height) return 'above';
          return box.top > 2 * height ? 'below' : 'near';
        },
        ...(options.highlightRegistry !== undefined
          ? { highlightRegistry: options.highlightRegistry }
          : {}),
      });
    let marks = replaceAtEnd ? null : unobserved(highlight);
    if (marks !== null) handle = marks;
    if (view !== null) followViewport(view);
    // Found terms are shown after the first slice, then at most every MARK_SHOW_INTERVAL_MS
    // (or all at the end, see `keepShown`).
    let found: TermRange[] = [];
    if (searched.length > 0) {
      let shownAt = -Infinity;
      const show = () => {
        if (marks === null) return;
        const batch = found;
        found = [];
        if (batch.length > 0) unobserved(() => marks!.add(batch));
        ranges = marks.ranges;
        shownAt = now();
      };
      const marked = occurrencesToMark(current.settings.glossaryMarks);
      for (const scope of searched) {
        for (const inRun of termRangesByRun({ root: scope, matcher })) {
          for (const range of inRun) if (marked(range.termId)) found.push(range);
          if (now() - sliceStart < MARK_SLICE_MS) continue;
          if (now() - shownAt >= MARK_SHOW_INTERVAL_MS) show();
          onSlice?.(now() - sliceStart);
          await yieldToPage();
          if (generation !== markGeneration || disposed) return;
          sliceStart = now();
        }
      }
      show();
    }
    if (marks === null) {
      clearMarks();
      marks = unobserved(highlight);
      handle = marks;
      const all = found;
      if (all.length > 0) unobserved(() => marks!.add(all));
    }
    ranges = marks.ranges;
    termsFound = new Set(ranges.map((range) => range.termId)).size;
    // A search the page's own changes or the reader's glossary set off runs outside any render,
    // and no report would say what it found.
    if (termsFound !== counted) current.countsChanged();
    card.revalidate();
    // Keyboard navigation continues from the same occurrence if it is still there.
    visited = visited && (ranges.find((range) => sameOccurrence(range, visited!)) ?? null);
    onSlice?.(now() - sliceStart);
  }

  /**
   * Before the session rewrites the page's text: the marks are taken off and the search
   * stops, so that the writes neither move thousands of marks nor set off searches of a
   * half-converted page. The refresh after the render marks the page again.
   */
  function suspend(): void {
    markGeneration += 1;
    stopObserving();
    clearMarks();
  }

  /**
   * Keeps the terms around the viewport marked on a page with more than MAX_SHOWN_TERMS, once
   * per frame while it scrolls (in any scrolling box: scroll events do not bubble, but the
   * window sees them on their way down).
   */
  function followViewport(view: Window): void {
    if (stopFollowing !== null) return;
    let queued = false;
    const onMove = () => {
      if (queued) return;
      queued = true;
      view.requestAnimationFrame(() => {
        queued = false;
        if (!disposed) handle?.showAroundViewport();
      });
    };
    view.addEventListener('scroll', onMove, { capture: true, passive: true });
    view.addEventListener('resize', onMove, { passive: true });
    stopFollowing = () => {
      view.removeEventListener('scroll', onMove, { capture: true });
      view.removeEventListener('resize', onMove);
      stopFollowing = null;
    };
  }

  /**
   * Takes the marks and the card off the page (glossary turned off, or the layer disposed).
   *
   * An adopted style sheet stays until `dispose`: with no highlight registered its rules style
   * nothing, and taking a sheet off makes the browser restyle the whole page (its
   * `::highlight()` rule matches any element), which took Firefox over 300 ms on a page of
   * 200,000 text nodes each time the glossary was turned off. A `<style>` element (browsers
   * without constructable sheets) is part of the page's DOM, so it goes at once.
   */
  function unmark(): void {
    markGeneration += 1;
    stopFollowing?.();
    stopObserving();
    clearMarks();
    controller?.dispose();
    controller = null;
    if (pageStyles?.mode === 'element') removeStyles();
    visited = null;
  }

  function removeStyles(): void {
    pageStyles?.remove();
    pageStyles = null;
  }

  /** The user glossary: fetched once, then kept current by storage changes. */
  async function ensureTerms(): Promise<void> {
    stopWatching ??= watchGlossary((glossary) => {
      if (!source.accept(glossary) || disposed) return;
      if (state !== null && state.glossaryEnabled) void mark(state);
    });
    synced ??= source.sync().then(
      () => undefined,
      (error: unknown) => {
        // The built-in terms still work; the next refresh asks again.
        console.warn('Jianfan Reader: the user glossary could not be loaded', error);
        synced = null;
      },
    );
    await synced;
  }

  return {
    async refresh(next) {
      state = next;
      setUiLanguage(next.settings.uiLanguage);
      if (!next.glossaryEnabled) {
        unmark();
        return;
      }
      await ensureTerms();
      if (disposed || state !== next) return;
      await mark(next);
    },

    suspend,

    interrupt() {
      // The search in progress returns at its next slice; what it found so far stays shown
      // until the next render takes it off.
      markGeneration += 1;
    },

    async command(name: TabCommand, current: PageState) {
      if (name !== 'next-term' && name !== 'previous-term') return;
      if (!current.glossaryEnabled || disposed) return;
      state = current;
      if (controller === null || ranges.length === 0) {
        await ensureTerms();
        if (disposed) return;
        await mark(current);
        if (disposed) return;
      }
      const view = current.document.defaultView;
      const index = stepToTerm({
        count: ranges.length,
        // A term the reader cannot see (a closed menu, a hidden panel) is passed over.
        boxOf: (index) => {
          const range = ranges[index]!.range;
          return isSeen(range.startContainer.parentElement) ? rangeRect(range) : null;
        },
        current: visited === null ? null : ranges.indexOf(visited),
        direction: name === 'next-term' ? 1 : -1,
        viewportHeight: view?.innerHeight ?? current.document.documentElement.clientHeight,
      });
      if (index === null) return;
      const term = ranges[index]!;
      visited = term;
      scrollTermIntoView(term.range, current.document);
      ensureCard(current.document).showFor(term);
    },

    stats() {
      return { termsFound };
    },

    dispose() {
      disposed = true;
      stopHearingPeek?.();
      stopWatching?.();
      stopWatching = null;
      unmark();
      removeStyles();
    },
  };
}
