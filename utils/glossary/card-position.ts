import { composedParent } from '../convert/dom-rules.ts';

/**
 * Where the glossary card goes: into the top layer that holds the term, if any
 * (`topLayerHolder`), and next to the term, inside the viewport.
 *
 * The placement is pure geometry in viewport (CSS pixel) coordinates, so that it is tested
 * without layout. The card prefers to sit below the term, starting at the
 * term's left edge; it flips above when there is no room below, and aligns
 * its right edge with the term's when it would run past the right edge of
 * the viewport. Whatever happens, the card stays inside the safe area (the
 * viewport less `margin` on every side): when it cannot fit whole on either
 * side of the term, it takes the larger side and scrolls inside (`maxHeight`),
 * and when even that side is too small, it covers the term rather than
 * leave the screen. At 200% zoom a 1280 × 900 window is a 640 × 450 CSS
 * pixel viewport, which is where these rules matter.
 */
import type { RectLike } from './hit-test.ts';

export interface CardPlacementRequest {
  /** The term's box (the line box under the pointer for a wrapped term). */
  anchor: RectLike;
  /** The card's natural size, measured before placing it. */
  card: { width: number; height: number };
  viewport: { width: number; height: number };
  /** Space kept free along each viewport edge. */
  margin?: number;
  /** Space between the term and the card. */
  gap?: number;
  /** Below this much room on its best side, the card may cover the term instead. */
  minHeight?: number;
  /**
   * The side the card is on already, for a card that follows its anchor as the page scrolls:
   * it stays there while it fits there whole (or, when it fits whole on neither side, while that
   * side has `minHeight` of room), instead of jumping to the side it would open on.
   */
  keepSide?: 'below' | 'above' | null;
}

export interface CardPlacement {
  left: number;
  top: number;
  /** Which side of the term the card is on; `over` when it had to cover the term. */
  side: 'below' | 'above' | 'over';
  /** `start`: the card's left edge follows the term's; `end`: its right edge does. */
  align: 'start' | 'end';
  /** The width the card may take (the safe area's width). */
  maxWidth: number;
  /** The height the card may take when it cannot show whole; null when it can. */
  maxHeight: number | null;
}

export const CARD_MARGIN = 8;
export const CARD_GAP = 6;
export const CARD_MIN_HEIGHT = 64;

function clamp(value: number, low: number, high: number): number {
  return high < low ? low : Math.min(Math.max(value, low), high);
}

export function placeCard({
  anchor,
  card,
  viewport,
  margin = CARD_MARGIN,
  gap = CARD_GAP,
  minHeight = CARD_MIN_HEIGHT,
  keepSide = null,
}: CardPlacementRequest): CardPlacement {
  const safeWidth = Math.max(0, viewport.width - 2 * margin);
  const safeHeight = Math.max(0, viewport.height - 2 * margin);
  const width = Math.min(card.width, safeWidth);

  // Horizontal: follow the term's start, else its end, then keep in the safe area.
  let align: CardPlacement['align'] = 'start';
  let left = anchor.left;
  if (left + width > viewport.width - margin) {
    align = 'end';
    left = anchor.right - width;
  }
  left = clamp(left, margin, viewport.width - margin - width);

  // Vertical: below if it fits, else above if it fits, else the roomier side; the side it is
  // on already first, as long as that side holds it as well as the other would.
  // A term partly outside the viewport leaves no more room than the safe area.
  const roomBelow = Math.min(safeHeight, viewport.height - margin - (anchor.bottom + gap));
  const roomAbove = Math.min(safeHeight, anchor.top - gap - margin);
  const roomOn = (on: 'below' | 'above') => (on === 'below' ? roomBelow : roomAbove);
  const other = keepSide === 'below' ? 'above' : 'below';
  let side: CardPlacement['side'];
  if (keepSide !== null && card.height <= roomOn(keepSide)) side = keepSide;
  else if (keepSide !== null && card.height <= roomOn(other)) side = other;
  else if (keepSide !== null && roomOn(keepSide) >= Math.min(minHeight, card.height)) {
    side = keepSide;
  } else if (card.height <= roomBelow) side = 'below';
  else if (card.height <= roomAbove) side = 'above';
  else side = roomBelow >= roomAbove ? 'below' : 'above';

  let height = card.height;
  let maxHeight: number | null = null;
  let top: number;
  const room = side === 'below' ? roomBelow : roomAbove;
  if (height > room && room < Math.min(minHeight, card.height)) {
    // Neither side has useful room (a tiny viewport, or a term at an edge):
    // cover the term, as much of the card as the safe area holds.
    side = 'over';
    height = Math.min(card.height, safeHeight);
    if (height < card.height) maxHeight = height;
    top = clamp(anchor.bottom + gap, margin, viewport.height - margin - height);
  } else {
    if (height > room) {
      height = Math.max(0, room);
      maxHeight = height;
    }
    top = side === 'below' ? anchor.bottom + gap : anchor.top - gap - height;
    top = clamp(top, margin, viewport.height - margin - height);
  }

  return { left, top, side, align, maxWidth: safeWidth, maxHeight };
}

/** `element.matches(selector)`, false where the browser does not know the selector. */
function matchesIfKnown(element: Element, selector: string): boolean {
  try {
    return element.matches(selector);
  } catch {
    return false;
  }
}

/**
 * The element of the browser's top layer that holds `node`, if any: an open modal dialog, an
 * open popover, the fullscreen element. Nothing is drawn over the top layer, whatever its
 * z-index, and a modal dialog makes the rest of the page inert
 * (https://developer.mozilla.org/docs/Glossary/Top_layer): a card for a term in one must be
 * in it too.
 */
export function topLayerHolder(node: Node): Element | null {
  const fullscreen = node.ownerDocument?.fullscreenElement ?? null;
  let at: Element | null = node.nodeType === 1 ? (node as Element) : node.parentElement;
  while (at !== null) {
    if (at === fullscreen || matchesIfKnown(at, ':modal') || matchesIfKnown(at, ':popover-open')) {
      return at;
    }
    const parent = composedParent(at);
    at = parent !== null && parent.nodeType === 1 ? (parent as Element) : null;
  }
  return null;
}
