/**
 * Moving from term to term with the keyboard (the `next-term` and
 * `previous-term` commands).
 */
import type { RectLike } from './hit-test.ts';

/**
 * The index of the term to go to, or null when no term is shown on the page.
 * `boxes` are the terms' boxes in page order (null for a term without layout,
 * such as one in a collapsed section, which is passed over).
 *
 * From a term already visited, the next one is the following term, wrapping
 * round at the ends. Without one, the reader starts from where they are: the
 * first term not above the viewport going forward, the last one not below it
 * going back.
 */
export function stepToTerm({
  boxes,
  current,
  direction,
  viewportHeight,
}: {
  boxes: readonly (RectLike | null)[];
  current: number | null;
  direction: 1 | -1;
  viewportHeight: number;
}): number | null {
  const count = boxes.length;
  const shown = (index: number) => {
    const box = boxes[index];
    return box !== null && box !== undefined && (box.width > 0 || box.height > 0);
  };
  if (!boxes.some((_, index) => shown(index))) return null;

  let start: number;
  if (current !== null && current >= 0 && current < count) {
    start = (current + direction + count) % count;
  } else if (direction === 1) {
    const inView = boxes.findIndex((box, index) => shown(index) && box!.bottom > 0);
    start = inView === -1 ? 0 : inView;
  } else {
    let inView = -1;
    for (let index = count - 1; index >= 0; index--) {
      if (shown(index) && boxes[index]!.top < viewportHeight) {
        inView = index;
        break;
      }
    }
    start = inView === -1 ? count - 1 : inView;
  }
  for (let step = 0; step < count; step++) {
    const index = (((start + step * direction) % count) + count) % count;
    if (shown(index)) return index;
  }
  return null;
}
