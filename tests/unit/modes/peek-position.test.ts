import { describe, expect, it } from 'vitest';
import type { RectLike } from '../../../utils/glossary/hit-test.ts';
import { placePeekCard, readingBand } from '../../../utils/modes/peek-position.ts';

const VIEWPORT = { width: 1000, height: 800 };
const MARGIN = 8;
const GAP = 6;

function box(top: number, bottom: number, left = 100, right = 700): RectLike {
  return { top, bottom, left, right, width: right - left, height: bottom - top };
}

/** The card's box, as placed (cut to `maxHeight` when it scrolls). */
function cardBox(
  placement: ReturnType<typeof placePeekCard>,
  card: { width: number; height: number },
): RectLike {
  const height = placement.maxHeight ?? card.height;
  return box(placement.top, placement.top + height, placement.left, placement.left + card.width);
}

const overlaps = (a: RectLike, b: RectLike) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

const inViewport = (a: RectLike) =>
  a.top >= MARGIN &&
  a.bottom <= VIEWPORT.height - MARGIN &&
  a.left >= MARGIN &&
  a.right <= VIEWPORT.width - MARGIN;

describe('placePeekCard: next to the paragraph, never over it when there is room', () => {
  it('goes below the paragraph when it fits there, whatever line the pointer is on', () => {
    // A paragraph a third of the viewport tall, the pointer on its first line: the card used to
    // open under that line, over the rest of the paragraph.
    const block = box(100, 380);
    const card = { width: 600, height: 300 };
    const placement = placePeekCard({
      block,
      reading: { top: 100, bottom: 148 },
      card,
      viewport: VIEWPORT,
      minHeight: 120,
    });
    expect(placement).toMatchObject({ side: 'below', anchor: 'block', top: 380 + GAP });
    expect(placement.maxHeight).toBeNull();
    expect(overlaps(cardBox(placement, card), block)).toBe(false);
  });

  it('flips above the paragraph when below has no room for it', () => {
    const block = box(450, 700);
    const card = { width: 600, height: 300 };
    const placement = placePeekCard({
      block,
      reading: { top: 650, bottom: 700 },
      card,
      viewport: VIEWPORT,
      minHeight: 120,
    });
    expect(placement).toMatchObject({ side: 'above', anchor: 'block', top: 450 - GAP - 300 });
    expect(overlaps(cardBox(placement, card), block)).toBe(false);
  });

  it('takes the roomier side, scrolling, when neither holds it whole but shows a few lines', () => {
    const block = box(250, 560);
    const card = { width: 600, height: 400 };
    const placement = placePeekCard({
      block,
      reading: { top: 300, bottom: 350 },
      card,
      viewport: VIEWPORT,
      minHeight: 120,
    });
    // Above: 250 - 6 - 8 = 236 pixels; below: 800 - 8 - 566 = 226.
    expect(placement).toMatchObject({ side: 'above', anchor: 'block', maxHeight: 236 });
    const placed = cardBox(placement, card);
    expect(overlaps(placed, block)).toBe(false);
    expect(inViewport(placed)).toBe(true);
  });

  it('a paragraph taller than the viewport: beside the pointer’s lines, never over them', () => {
    const block = box(-300, 1400);
    const card = { width: 600, height: 250 };
    const reading = { top: 376, bottom: 424 };
    const placement = placePeekCard({ block, reading, card, viewport: VIEWPORT, minHeight: 120 });
    expect(placement).toMatchObject({ side: 'below', anchor: 'lines', top: 424 + GAP });
    expect(overlaps(cardBox(placement, card), box(reading.top, reading.bottom))).toBe(false);

    // The pointer low in the viewport: above its lines.
    const low = { top: 640, bottom: 688 };
    const flipped = placePeekCard({
      block,
      reading: low,
      card,
      viewport: VIEWPORT,
      minHeight: 120,
    });
    expect(flipped).toMatchObject({ side: 'above', anchor: 'lines', top: 640 - GAP - 250 });
    expect(overlaps(cardBox(flipped, card), box(low.top, low.bottom))).toBe(false);
  });

  it('a paragraph filling the viewport leaves too little room beside it: the pointer’s lines decide', () => {
    // 46 pixels above and below it, less than the heading and three lines.
    const block = box(60, 740);
    const card = { width: 600, height: 600 };
    const reading = { top: 200, bottom: 248 };
    const placement = placePeekCard({ block, reading, card, viewport: VIEWPORT, minHeight: 120 });
    expect(placement.anchor).toBe('lines');
    const placed = cardBox(placement, card);
    expect(overlaps(placed, box(reading.top, reading.bottom))).toBe(false);
    expect(inViewport(placed)).toBe(true);
    // Below the lines, the roomier side, cut to the viewport and scrolling.
    expect(placement).toMatchObject({ side: 'below', top: 248 + GAP, maxHeight: 800 - 8 - 254 });
  });

  it('stays in the viewport, and off the paragraph wherever it fits beside it (a sweep)', () => {
    const cards = [
      { width: 320, height: 90 },
      { width: 600, height: 260 },
      { width: 984, height: 500 },
    ];
    for (let top = -400; top <= 780; top += 20) {
      for (const height of [24, 120, 300, 600, 1500]) {
        const block = box(top, top + height, 40, 900);
        for (const card of cards) {
          const y = Math.min(Math.max(top + height / 2, 100), 700);
          const reading = { top: y - 24, bottom: y + 24 };
          const placement = placePeekCard({
            block,
            reading,
            card,
            viewport: VIEWPORT,
            minHeight: Math.min(card.height, 120),
          });
          const placed = cardBox(placement, card);
          const what = `paragraph ${top}+${height}, card ${card.height}`;
          expect(inViewport(placed), what).toBe(true);
          const below = VIEWPORT.height - MARGIN - (block.bottom + GAP);
          const above = block.top - GAP - MARGIN;
          if (Math.max(below, above) >= Math.min(card.height, 120)) {
            expect(overlaps(placed, block), what).toBe(false);
          }
        }
      }
    }
  });
});

describe('readingBand: the lines the reader is on', () => {
  const block = box(-300, 1400);

  it('is the focused element for a card the focus asked for', () => {
    expect(
      readingBand({
        block,
        pointer: { x: 10, y: 50 },
        focus: box(300, 320, 140, 200),
        lineHeight: 24,
      }),
    ).toEqual({ top: 300, bottom: 320 });
  });

  it('holds the whole line the pointer is on: a line height either side of it', () => {
    expect(readingBand({ block, pointer: { x: 10, y: 400 }, focus: null, lineHeight: 30 })).toEqual(
      { top: 370, bottom: 430 },
    );
  });

  it('keeps to the paragraph: past its end, its last line', () => {
    const short = box(100, 400);
    expect(
      readingBand({ block: short, pointer: { x: 10, y: 700 }, focus: null, lineHeight: 24 }),
    ).toEqual({ top: 376, bottom: 400 });
  });

  it('without pointer or focus, the paragraph’s first line in the viewport', () => {
    expect(readingBand({ block, pointer: null, focus: null, lineHeight: 24 })).toEqual({
      top: 0,
      bottom: 24,
    });
    expect(readingBand({ block: box(50, 90), pointer: null, focus: null, lineHeight: 24 })).toEqual(
      { top: 50, bottom: 74 },
    );
  });
});
