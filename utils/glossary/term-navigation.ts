/**
 * Moving from term to term with the keyboard (the `next-term` and
 * `previous-term` commands).
 */
import { rangeRect, type RectLike } from './hit-test.ts';
import { firstPast } from './page-order.ts';

/**
 * The index of the term to go to, or null when no term is shown on the page.
 * `boxOf(index)` gives the box of each of the `count` terms, in page order
 * (null for a term without layout, such as one in a collapsed section, which
 * is passed over). It is asked for as few boxes as it takes: measuring every
 * term of a page with tens of thousands of them would hold the page up.
 *
 * From a term already visited, the next one is the following term, wrapping
 * round at the ends. Without one, the reader starts from where they are: the
 * first term not above the viewport going forward, the last one not below it
 * going back. That term is found by bisection (terms in page order are in
 * vertical order, save for positioned content), then checked against its
 * neighbours.
 */
export function stepToTerm({
  count,
  boxOf,
  current,
  direction,
  viewportHeight,
}: {
  count: number;
  boxOf: (index: number) => RectLike | null;
  current: number | null;
  direction: 1 | -1;
  viewportHeight: number;
}): number | null {
  const measured = new Map<number, RectLike | null>();
  const box = (index: number): RectLike | null => {
    if (!measured.has(index)) measured.set(index, boxOf(index));
    return measured.get(index)!;
  };
  const shown = (index: number) => {
    const found = box(index);
    return found !== null && (found.width > 0 || found.height > 0);
  };
  /** The first index whose term is shown and `past` (bisected; not shown counts as not past). */
  const firstShownPast = (past: (found: RectLike) => boolean) =>
    firstPast(0, count, (index) => shown(index) && past(box(index)!));

  let start: number;
  if (current !== null && current >= 0 && current < count) {
    start = (current + direction + count) % count;
  } else if (direction === 1) {
    // The first shown term whose bottom is below the top of the viewport.
    const below = (found: RectLike) => found.bottom > 0;
    let first = firstShownPast(below);
    for (let index = first - 1; index >= 0; index--) {
      if (!shown(index)) continue;
      if (!below(box(index)!)) break;
      first = index;
    }
    start = first < count ? first : 0;
  } else {
    // The last shown term whose top is above the bottom of the viewport.
    const above = (found: RectLike) => found.top < viewportHeight;
    let last = firstShownPast((found) => !above(found)) - 1;
    for (let index = last + 1; index < count; index++) {
      if (!shown(index)) continue;
      if (!above(box(index)!)) break;
      last = index;
    }
    start = last >= 0 ? last : count - 1;
  }
  for (let step = 0; step < count; step++) {
    const index = (((start + step * direction) % count) + count) % count;
    if (shown(index)) return index;
  }
  return null;
}

/**
 * Whether the reader can see the element a term is in, its box aside: not under
 * `visibility: hidden` or `opacity: 0` (a closed drop-down menu, a hidden tab panel), which
 * keep their boxes. `checkVisibility` takes these options under two names
 * (https://developer.mozilla.org/docs/Web/API/Element/checkVisibility); where the browser has
 * none of it, the element counts as seen.
 */
export function isSeen(element: Element | null): boolean {
  if (element === null) return false;
  const check = (element as Element & { checkVisibility?: (options?: object) => boolean })
    .checkVisibility;
  if (typeof check !== 'function') return true;
  return check.call(element, {
    checkOpacity: true,
    checkVisibilityCSS: true,
    opacityProperty: true,
    visibilityProperty: true,
  });
}

/**
 * Scrolls the term into view: first inside each scrolling box it sits in (a news ticker, a
 * comment box), where the window's view alone would show the box but not the term, then the
 * window, centring the term where it has to move at all. 'instant': a page with
 * `scroll-behavior: smooth` would still be moving when the card is placed.
 */
export function scrollTermIntoView(range: AbstractRange, document: Document): void {
  const view = document.defaultView;
  const root = document.scrollingElement ?? document.documentElement;
  for (let box = range.startContainer.parentElement; box !== null; box = box.parentElement) {
    if (box === root || box === document.body) break;
    if (box.scrollHeight <= box.clientHeight && box.scrollWidth <= box.clientWidth) continue;
    const style = view?.getComputedStyle(box);
    if (style === undefined || !/(auto|scroll)/.test(`${style.overflowX} ${style.overflowY}`)) {
      continue;
    }
    const term = rangeRect(range);
    if (term === null) return;
    const frame = box.getBoundingClientRect();
    if (term.top < frame.top || term.bottom > frame.bottom) {
      box.scrollBy({
        top: (term.top + term.bottom) / 2 - (frame.top + frame.bottom) / 2,
        behavior: 'instant',
      });
    }
    if (term.left < frame.left || term.right > frame.right) {
      box.scrollBy({
        left: (term.left + term.right) / 2 - (frame.left + frame.right) / 2,
        behavior: 'instant',
      });
    }
  }
  const height = view?.innerHeight ?? document.documentElement.clientHeight;
  const width = view?.innerWidth ?? document.documentElement.clientWidth;
  // Across as well as down: a wide page at 200% zoom, or a vertical one, scrolls sideways.
  const inView = (box: RectLike | null) =>
    box !== null && box.top >= 0 && box.bottom <= height && box.left >= 0 && box.right <= width;
  if (inView(rangeRect(range))) return;
  range.startContainer.parentElement?.scrollIntoView({
    block: 'center',
    inline: 'nearest',
    behavior: 'instant',
  });
  const box = rangeRect(range);
  if (box !== null && !inView(box)) {
    const across = box.left < 0 || box.right > width ? (box.left + box.right) / 2 - width / 2 : 0;
    const down = box.top < 0 || box.bottom > height ? box.top - height / 2 : 0;
    view?.scrollBy({ top: down, left: across, behavior: 'instant' });
  }
}
