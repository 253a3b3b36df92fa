/**
 * Which glossary term is under the pointer.
 *
 * Two steps: the browser's caret-from-point API says which character the
 * point is nearest to, and the term ranges' client rectangles confirm that the
 * point is really on the term. The second step matters because the caret APIs
 * snap to the nearest insertion point: a pointer in the empty space after the
 * end of a line, or in the margin beside a paragraph, still yields a caret in
 * the text.
 */
import { liveRangeOf, type TermRange } from './highlight.ts';

export interface CaretPoint {
  node: Node;
  offset: number;
}

/** Returns the caret position nearest to viewport point (x, y), or null. */
export type CaretFromPoint = (x: number, y: number) => CaretPoint | null;

/** A rectangle in viewport coordinates (DOMRect satisfies it). */
export interface RectLike {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}

/**
 * The caret position at a viewport point, with whichever API the browser has:
 *
 * - `caretPositionFromPoint` is the standard one: Firefox has had it since 20,
 *   Chromium since 128, Safari since 26.2
 *   (https://developer.mozilla.org/docs/Web/API/Document/caretPositionFromPoint).
 * - `caretRangeFromPoint` is the older WebKit/Blink API, the only one in
 *   Chromium before 128 and Safari before 26.2
 *   (https://developer.mozilla.org/docs/Web/API/Document/caretRangeFromPoint).
 *   It returns null for points outside the viewport.
 *
 * Both may return null over text that cannot be selected (`user-select:
 * none`; for WebKit see https://github.com/WebKit/WebKit/pull/48997) and do
 * not enter shadow roots unless asked; then there is simply no term.
 */
export function caretFromPoint(document: Document, x: number, y: number): CaretPoint | null {
  const withPosition = document as Document & {
    caretPositionFromPoint?: Document['caretPositionFromPoint'];
  };
  if (typeof withPosition.caretPositionFromPoint === 'function') {
    const position = withPosition.caretPositionFromPoint(x, y);
    if (position !== null && position.offsetNode !== null) {
      return { node: position.offsetNode, offset: position.offset };
    }
    return null;
  }
  const withRange = document as Document & {
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof withRange.caretRangeFromPoint === 'function') {
    const range = withRange.caretRangeFromPoint(x, y);
    return range === null ? null : { node: range.startContainer, offset: range.startOffset };
  }
  return null;
}

/**
 * Whether the caret lies in the range, ends included. Most terms lie in one text node and are
 * decided from their boundary points; only a term split across nodes needs a live range.
 */
function rangeContainsCaret(range: AbstractRange, caret: CaretPoint): boolean {
  const { startContainer, endContainer } = range;
  if (startContainer === endContainer) {
    return (
      caret.node === startContainer &&
      caret.offset >= range.startOffset &&
      caret.offset <= range.endOffset
    );
  }
  if (caret.node === startContainer) return caret.offset >= range.startOffset;
  if (caret.node === endContainer) return caret.offset <= range.endOffset;
  const live = liveRangeOf(range);
  if (live === null) return false;
  try {
    return live.comparePoint(caret.node, caret.offset) === 0;
  } catch {
    // The caret is in another document, or in a doctype node.
    return false;
  }
}

/** Whether (x, y) is inside a rectangle, allowing `tolerance` pixels around it. */
export function pointInRect(rect: RectLike, x: number, y: number, tolerance = 0): boolean {
  if (rect.width <= 0 || rect.height <= 0) return false;
  return (
    x >= rect.left - tolerance &&
    x <= rect.right + tolerance &&
    y >= rect.top - tolerance &&
    y <= rect.bottom + tolerance
  );
}

function defaultRectsOf(range: Range): readonly RectLike[] {
  return typeof range.getClientRects === 'function' ? Array.from(range.getClientRects()) : [];
}

/** The client rectangles of a term's range: none when its text is gone. */
function rectsOfTerm(range: AbstractRange, rectsOf: (range: Range) => readonly RectLike[]) {
  const live = liveRangeOf(range);
  return live === null ? [] : rectsOf(live);
}

/**
 * The term under viewport point (x, y), or null. The caret must fall inside a
 * term range and the point inside one of that range's client rectangles (one
 * per line when a term wraps). When two terms touch, the caret between them
 * belongs to both and the rectangles decide.
 *
 * `caretAt` and `rectsOf` default to the browser APIs; tests inject them.
 */
export function termAtPoint({
  document,
  x,
  y,
  ranges,
  caretAt = (px, py) => caretFromPoint(document, px, py),
  rectsOf = defaultRectsOf,
  tolerance = 0,
}: {
  document: Document;
  x: number;
  y: number;
  ranges: readonly TermRange[];
  caretAt?: CaretFromPoint;
  rectsOf?: (range: Range) => readonly RectLike[];
  tolerance?: number;
}): TermRange | null {
  const caret = caretAt(x, y);
  if (caret === null) return null;
  for (const entry of ranges) {
    if (!rangeContainsCaret(entry.range, caret)) continue;
    const rects = rectsOfTerm(entry.range, rectsOf);
    if (rects.some((rect) => pointInRect(rect, x, y, tolerance))) return entry;
  }
  return null;
}

/**
 * Where to anchor a card for a term: the line box under the point when a
 * point is given and the term wraps, else the bounding box of the whole
 * range. Null when the range has no layout (hidden, detached, or collapsed).
 */
export function rangeRect(
  range: AbstractRange,
  point?: { x: number; y: number },
  rectsOf: (range: Range) => readonly RectLike[] = defaultRectsOf,
): RectLike | null {
  const rects = rectsOfTerm(range, rectsOf).filter((rect) => rect.width > 0 && rect.height > 0);
  if (rects.length === 0) return null;
  if (point !== undefined) {
    const under = rects.find((rect) => pointInRect(rect, point.x, point.y));
    if (under !== undefined) return under;
  }
  let { left, top, right, bottom } = rects[0]!;
  for (const rect of rects) {
    left = Math.min(left, rect.left);
    top = Math.min(top, rect.top);
    right = Math.max(right, rect.right);
    bottom = Math.max(bottom, rect.bottom);
  }
  return { left, top, right, bottom, width: right - left, height: bottom - top };
}
