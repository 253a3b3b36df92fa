import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeCard, topLayerHolder } from '../../../utils/glossary/card-position.ts';
import { documentWithBody } from '../convert/helpers.ts';

/** A term box of one line, 16 px high. */
function term(left: number, top: number, width = 40, height = 16) {
  return { left, top, right: left + width, bottom: top + height, width, height };
}

const desktop = { width: 1280, height: 900 };
/** A 1280 × 900 window at 200% zoom. */
const zoomed = { width: 640, height: 450 };
const card = { width: 360, height: 180 };
const margin = 8;
const gap = 6;

describe('placeCard', () => {
  it('puts the card below the term, starting at its left edge', () => {
    const anchor = term(200, 100);
    expect(placeCard({ anchor, card, viewport: desktop, margin, gap })).toEqual({
      left: 200,
      top: anchor.bottom + gap,
      side: 'below',
      align: 'start',
      maxWidth: desktop.width - 2 * margin,
      maxHeight: null,
    });
  });

  it('flips above a term near the bottom edge', () => {
    const anchor = term(200, 820);
    const placed = placeCard({ anchor, card, viewport: desktop, margin, gap });
    expect(placed.side).toBe('above');
    expect(placed.top + card.height).toBe(anchor.top - gap);
  });

  it('stays below a term at the top edge, even when there is more room below', () => {
    const anchor = term(200, 2);
    const placed = placeCard({ anchor, card, viewport: desktop, margin, gap });
    expect(placed.side).toBe('below');
    expect(placed.top).toBe(anchor.bottom + gap);
  });

  it('aligns its right edge with the term near the right edge', () => {
    const anchor = term(1200, 300, 60);
    const placed = placeCard({ anchor, card, viewport: desktop, margin, gap });
    expect(placed.align).toBe('end');
    expect(placed.left + card.width).toBe(anchor.right);
  });

  it('is pushed into the safe area by a term cut off at the right edge', () => {
    const anchor = term(1270, 300, 60);
    const placed = placeCard({ anchor, card, viewport: desktop, margin, gap });
    expect(placed.left + card.width).toBe(desktop.width - margin);
  });

  it('is pushed into the safe area by a term cut off at the left edge', () => {
    const anchor = term(-30, 300, 60);
    const placed = placeCard({ anchor, card, viewport: desktop, margin, gap });
    expect(placed.align).toBe('start');
    expect(placed.left).toBe(margin);
  });

  it('takes the roomier side and scrolls inside when it fits on neither (200% zoom)', () => {
    const tall = { width: 360, height: 320 };
    const nearTop = placeCard({
      anchor: term(100, 120),
      card: tall,
      viewport: zoomed,
      margin,
      gap,
    });
    expect(nearTop.side).toBe('below');
    expect(nearTop.top).toBe(120 + 16 + gap);
    expect(nearTop.maxHeight).toBe(zoomed.height - margin - nearTop.top);

    const nearBottom = placeCard({
      anchor: term(100, 300),
      card: tall,
      viewport: zoomed,
      margin,
      gap,
    });
    expect(nearBottom.side).toBe('above');
    expect(nearBottom.top).toBe(margin);
    expect(nearBottom.maxHeight).toBe(300 - gap - margin);
  });

  it('covers the term rather than leave the viewport when neither side has room', () => {
    // A 320 × 150 viewport (a phone in landscape at 200%) with the term in the middle.
    const tiny = { width: 320, height: 150 };
    const placed = placeCard({
      anchor: term(100, 67),
      card: { width: 400, height: 260 },
      viewport: tiny,
      margin,
      gap,
    });
    expect(placed.side).toBe('over');
    expect(placed.left).toBe(margin);
    expect(placed.top).toBe(margin);
    expect(placed.maxHeight).toBe(tiny.height - 2 * margin);
    expect(placed.maxWidth).toBe(tiny.width - 2 * margin);
  });

  it('never leaves the safe area, wherever the term and whatever the size', () => {
    fc.assert(
      fc.property(
        fc.record({
          vw: fc.integer({ min: 200, max: 2560 }),
          vh: fc.integer({ min: 150, max: 1600 }),
          x: fc.integer({ min: -400, max: 2800 }),
          y: fc.integer({ min: -400, max: 1800 }),
          w: fc.integer({ min: 1, max: 600 }),
          h: fc.integer({ min: 8, max: 120 }),
          cw: fc.integer({ min: 120, max: 900 }),
          ch: fc.integer({ min: 40, max: 900 }),
          keepSide: fc.constantFrom(null, 'below' as const, 'above' as const),
        }),
        ({ vw, vh, x, y, w, h, cw, ch, keepSide }) => {
          const placed = placeCard({
            anchor: term(x, y, w, h),
            card: { width: cw, height: ch },
            viewport: { width: vw, height: vh },
            margin,
            gap,
            keepSide,
          });
          const width = Math.min(cw, vw - 2 * margin);
          const height = placed.maxHeight ?? ch;
          expect(placed.left).toBeGreaterThanOrEqual(margin);
          expect(placed.left + width).toBeLessThanOrEqual(vw - margin + 1e-9);
          expect(placed.top).toBeGreaterThanOrEqual(margin);
          expect(placed.top + height).toBeLessThanOrEqual(vh - margin + 1e-9);
          expect(height).toBeLessThanOrEqual(ch);
          // Beside the term, the card never covers it.
          if (placed.side === 'below') expect(placed.top).toBeGreaterThanOrEqual(y + h);
          if (placed.side === 'above') expect(placed.top + height).toBeLessThanOrEqual(y);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('placeCard keeping its side as its anchor scrolls', () => {
  const tall = { width: 360, height: 200 };
  const viewport = { width: 1000, height: 800 };
  /** The sides a card takes as its anchor's top moves through `tops`, each kept for the next. */
  function sidesAlong(tops: number[], height = 250): string[] {
    const sides: string[] = [];
    let keepSide: 'below' | 'above' | null = null;
    for (const top of tops) {
      const placed = placeCard({
        anchor: term(100, top, 600, height),
        card: tall,
        viewport,
        keepSide,
      });
      sides.push(placed.side);
      keepSide = placed.side === 'over' ? null : placed.side;
    }
    return sides;
  }
  /** `from`, `from + step`, … up to `to`. */
  const steps = (from: number, to: number, step: number) =>
    Array.from({ length: Math.floor((to - from) / step) + 1 }, (_, k) => from + k * step);

  it('stays above while it fits there, as the page scrolls its anchor up', () => {
    // Opened above a paragraph low in the viewport (no room below); scrolling up, below has room
    // for the card from a top of 336, above until 214: it stays above down to there.
    const tops = steps(450, 100, -10);
    const sides = sidesAlong(tops);
    expect(sides[0]).toBe('above');
    const flip = sides.indexOf('below');
    expect(tops[flip]).toBeLessThan(214);
    expect(sides.slice(flip).every((side) => side === 'below')).toBe(true);
  });

  it('stays below while it fits there, as the page scrolls its anchor down', () => {
    const tops = steps(100, 450, 10);
    const sides = sidesAlong(tops);
    expect(sides[0]).toBe('below');
    const flip = sides.indexOf('above');
    expect(tops[flip]).toBeGreaterThan(336);
    expect(sides.slice(flip).every((side) => side === 'above')).toBe(true);
  });

  it('goes to the side that holds it whole when its own no longer does', () => {
    const placed = placeCard({
      anchor: term(100, 500, 600, 250),
      card: tall,
      viewport,
      keepSide: 'below',
    });
    expect(placed).toMatchObject({ side: 'above', maxHeight: null });
  });

  it('cut short on both sides, stays on its side while that shows enough of it', () => {
    // 250 pixels of room above, 200 below, for a card of 400: it stays below, scrolling.
    const anchor = term(100, 264, 600, 322);
    const big = { width: 360, height: 400 };
    const opened = placeCard({ anchor, card: big, viewport, minHeight: 120 });
    expect(opened.side).toBe('above');
    const kept = placeCard({ anchor, card: big, viewport, minHeight: 120, keepSide: 'below' });
    expect(kept).toMatchObject({ side: 'below', maxHeight: 800 - 8 - (586 + 6) });
    // Less than `minHeight` on its side: the roomier one.
    const squeezed = placeCard({ anchor, card: big, viewport, minHeight: 240, keepSide: 'below' });
    expect(squeezed.side).toBe('above');
  });
});

describe('topLayerHolder', () => {
  function page() {
    const doc = documentWithBody(
      '<p id="outside">CUDA</p><dialog id="dialog"><p id="inside">對話框裡的CUDA</p></dialog>',
    );
    return {
      doc,
      inside: doc.getElementById('inside')!.firstChild!,
      dialog: doc.getElementById('dialog')!,
    };
  }

  it('is the open modal dialog that holds the term, and nothing for a term in the page', () => {
    const { doc, inside, dialog } = page();
    // happy-dom knows no :modal; a browser matches it on a dialog opened with showModal().
    const matches = dialog.matches.bind(dialog);
    dialog.matches = (selector: string) => selector === ':modal' || matches(selector);
    expect(topLayerHolder(inside)).toBe(dialog);
    expect(topLayerHolder(doc.getElementById('outside')!.firstChild!)).toBeNull();
  });

  it('is the fullscreen element that holds the term', () => {
    const { doc, inside, dialog } = page();
    Object.defineProperty(doc, 'fullscreenElement', { value: doc.body, configurable: true });
    expect(topLayerHolder(inside)).toBe(doc.body);
    expect(topLayerHolder(dialog)).toBe(doc.body);
  });

  it('passes over a selector the browser does not know', () => {
    const { inside, dialog } = page();
    dialog.matches = () => {
      throw new SyntaxError('unknown pseudo-class');
    };
    expect(topLayerHolder(inside)).toBeNull();
  });
});
