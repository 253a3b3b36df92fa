import {
  CARD_GAP,
  CARD_MARGIN,
  CARD_MIN_HEIGHT,
  placeCard,
  type CardPlacement,
} from '../glossary/card-position.ts';
import type { RectLike } from '../glossary/hit-test.ts';

/**
 * Where the peek card goes, in viewport (CSS pixel) coordinates: pure geometry, tested without
 * layout.
 *
 * The card holds the paragraph's original, about as long as the paragraph, and the reader reads
 * the two side by side: it never covers the paragraph when it can go next to it. So it goes
 * below the paragraph's box when it fits there whole, else above it; where neither side holds
 * it whole, the roomier one, cut to the viewport and scrolling, as long as that room shows the
 * heading and a few lines of the original (`minHeight`). Only a paragraph that leaves no such
 * room (one taller than the viewport, or one filling it at a high zoom) is covered, and then
 * not on the lines the reader is on (`reading`: the pointer's lines, or the focused element):
 * the card goes below or above those lines by the same rules, unless the viewport is too short
 * to hold `minHeight` on either side of them. It flips at the viewport's edges and stays inside
 * it, as the glossary card does (`placeCard`).
 */

export interface PeekPlacementRequest {
  /** The paragraph's box (a line's, for a line of a container). */
  block: RectLike;
  /** The band of the paragraph the reader is on (see `readingBand`). */
  reading: { top: number; bottom: number };
  /** The card's natural size, measured before placing it. */
  card: { width: number; height: number };
  viewport: { width: number; height: number };
  /**
   * The least height worth showing next to the paragraph: the heading and a few lines of the
   * original (or the whole card, when it is smaller). Less room than that there, and the card
   * goes next to the reader's lines instead.
   */
  minHeight: number;
  margin?: number;
  gap?: number;
  /**
   * The side the card is on already, as the page scrolls under it (see `placeCard`): a card
   * that jumped from above the paragraph to below it the moment below had room moved under the
   * reader's eyes while they read it.
   */
  keepSide?: 'below' | 'above' | null;
}

export interface PeekPlacement extends CardPlacement {
  /** `block`: next to the paragraph, clear of all of it; `lines`: next to the reader's lines. */
  anchor: 'block' | 'lines';
}

export function placePeekCard({
  block,
  reading,
  card,
  viewport,
  minHeight,
  margin = CARD_MARGIN,
  gap = CARD_GAP,
  keepSide = null,
}: PeekPlacementRequest): PeekPlacement {
  const beside = placeCard({ anchor: block, card, viewport, margin, gap, minHeight, keepSide });
  // `over` is placeCard's word for "no side has `minHeight` of room": it would cover the
  // paragraph anywhere, so the reader's lines decide where.
  if (beside.side !== 'over') return { ...beside, anchor: 'block' };
  const top = Math.max(block.top, Math.min(reading.top, block.bottom));
  const bottom = Math.min(block.bottom, Math.max(reading.bottom, top));
  const lines: RectLike = {
    left: block.left,
    right: block.right,
    width: block.width,
    top,
    bottom,
    height: bottom - top,
  };
  return {
    ...placeCard({
      anchor: lines,
      card,
      viewport,
      margin,
      gap,
      minHeight: CARD_MIN_HEIGHT,
      keepSide,
    }),
    anchor: 'lines',
  };
}

/**
 * The lines of the paragraph the reader is on, in viewport coordinates, which the card keeps
 * clear of where the viewport has room for it:
 * - for a card the focus asked for, the focused element's box (a link inside the paragraph);
 * - else the lines around the pointer: a line height either side of it holds the whole line it
 *   is on, wherever on that line it rests, and the next one when it rests between two. The
 *   pointer stays where it was as the page scrolls: past the paragraph's end, its line is the
 *   paragraph's nearest one;
 * - else (the command on a paragraph, the pointer elsewhere) the paragraph's first line in the
 *   viewport, where reading it starts.
 */
export function readingBand({
  block,
  pointer,
  focus,
  lineHeight,
}: {
  block: RectLike;
  pointer: { x: number; y: number } | null;
  focus: RectLike | null;
  /** The paragraph's line height, in pixels. */
  lineHeight: number;
}): { top: number; bottom: number } {
  if (focus !== null) return { top: focus.top, bottom: focus.bottom };
  if (pointer !== null) {
    const y = Math.min(Math.max(pointer.y, block.top), block.bottom);
    return {
      top: Math.max(block.top, y - lineHeight),
      bottom: Math.min(block.bottom, y + lineHeight),
    };
  }
  const top = Math.min(Math.max(block.top, 0), block.bottom);
  return { top, bottom: Math.min(block.bottom, top + lineHeight) };
}
