import { describe, expect, it, vi } from 'vitest';
import type { RectLike } from '../../../utils/glossary/hit-test.ts';
import { isSeen, scrollTermIntoView, stepToTerm } from '../../../utils/glossary/term-navigation.ts';

/** The boxes as `stepToTerm` asks for them, one at a time. */
const lazy = (boxes: readonly (RectLike | null)[]) => ({
  count: boxes.length,
  boxOf: (index: number) => boxes[index] ?? null,
});

/** A term box at this vertical position in the viewport. */
const at = (top: number) => ({ left: 10, right: 50, width: 40, top, bottom: top + 16, height: 16 });

describe('stepToTerm', () => {
  const viewportHeight = 800;

  it('goes forward and back from the term visited last, wrapping round', () => {
    const boxes = [at(100), at(300), at(500)];
    const step = (current: number | null, direction: 1 | -1) =>
      stepToTerm({ ...lazy(boxes), current, direction, viewportHeight });
    expect(step(0, 1)).toBe(1);
    expect(step(2, 1)).toBe(0);
    expect(step(1, -1)).toBe(0);
    expect(step(0, -1)).toBe(2);
  });

  it('starts where the reader is: the first term not above the viewport, or the last not below', () => {
    // The reader scrolled: one term is above, one cut by the top edge, one in view, one below.
    const boxes = [at(-900), at(-8), at(400), at(1600)];
    expect(stepToTerm({ ...lazy(boxes), current: null, direction: 1, viewportHeight })).toBe(1);
    expect(stepToTerm({ ...lazy(boxes), current: null, direction: -1, viewportHeight })).toBe(2);
    // Everything above: forward starts from the top of the page.
    expect(
      stepToTerm({ ...lazy([at(-900), at(-500)]), current: null, direction: 1, viewportHeight }),
    ).toBe(0);
  });

  it('passes over terms that are not laid out', () => {
    const boxes = [at(100), null, { ...at(0), width: 0, height: 0 }, at(700)];
    expect(stepToTerm({ ...lazy(boxes), current: 0, direction: 1, viewportHeight })).toBe(3);
    expect(stepToTerm({ ...lazy(boxes), current: 3, direction: -1, viewportHeight })).toBe(0);
  });

  it('finds nothing on a page without visible terms', () => {
    expect(stepToTerm({ ...lazy([]), current: null, direction: 1, viewportHeight })).toBeNull();
    expect(
      stepToTerm({ ...lazy([null]), current: null, direction: -1, viewportHeight }),
    ).toBeNull();
  });

  it('starts afresh when the term visited last is gone', () => {
    expect(stepToTerm({ ...lazy([at(100)]), current: 5, direction: 1, viewportHeight })).toBe(0);
  });

  it('finds where the reader is among 50,000 terms with a few dozen measurements', () => {
    // Terms 20 px apart; the viewport shows terms 30,000 to 30,039.
    const boxes = Array.from({ length: 50_000 }, (_, i) => at((i - 30_000) * 20));
    let measured = 0;
    const boxOf = (index: number) => {
      measured += 1;
      return boxes[index]!;
    };
    const from = (direction: 1 | -1) =>
      stepToTerm({ count: boxes.length, boxOf, current: null, direction, viewportHeight });
    expect(from(1)).toBe(30_000);
    expect(measured).toBeLessThan(40);
    measured = 0;
    expect(from(-1)).toBe(30_039);
    expect(measured).toBeLessThan(40);
  });

  it('checks the neighbours of where the bisection lands: terms without layout do not mislead it', () => {
    const boxes = [at(-900), at(-8), null, null, at(400), null, at(1600)];
    expect(stepToTerm({ ...lazy(boxes), current: null, direction: 1, viewportHeight })).toBe(1);
    expect(stepToTerm({ ...lazy(boxes), current: null, direction: -1, viewportHeight })).toBe(4);
  });
});

describe('isSeen', () => {
  it('asks the browser about visibility and opacity, under both option names', () => {
    const element = document.createElement('p');
    let asked: Record<string, boolean> = {};
    Object.assign(element, {
      checkVisibility: (options: Record<string, boolean>) => {
        asked = options;
        return false;
      },
    });
    expect(isSeen(element)).toBe(false);
    expect(asked).toEqual({
      checkOpacity: true,
      checkVisibilityCSS: true,
      opacityProperty: true,
      visibilityProperty: true,
    });
  });

  it('counts an element as seen where the browser cannot tell, and no element as unseen', () => {
    const element = document.createElement('p');
    Object.assign(element, { checkVisibility: undefined });
    expect(isSeen(element)).toBe(true);
    expect(isSeen(null)).toBe(false);
  });
});

describe('scrollTermIntoView', () => {
  it('scrolls sideways to a term beside the viewport (a wide page, a vertical one)', () => {
    const paragraph = document.createElement('p');
    paragraph.append('右邊很遠的CUDA');
    document.body.replaceChildren(paragraph);
    const text = paragraph.firstChild!;
    const range = document.createRange();
    range.setStart(text, 5);
    range.setEnd(text, 9);
    // Down in the viewport, 2,000 px to its right; the page's own scrolling does nothing here.
    const box = { left: 2000, right: 2040, top: 300, bottom: 316, width: 40, height: 16 };
    const rects = vi.spyOn(Range.prototype, 'getClientRects').mockReturnValue([box] as never);
    const scrollBy = vi.spyOn(window, 'scrollBy').mockImplementation(() => {});
    vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(() => {});
    try {
      scrollTermIntoView(range, document);
      expect(scrollBy).toHaveBeenCalledWith({
        top: 0,
        left: 2020 - window.innerWidth / 2,
        behavior: 'instant',
      });
    } finally {
      rects.mockRestore();
      vi.restoreAllMocks();
    }
  });
});
