import { describe, expect, test } from 'vitest';
import { collectTermRanges } from '../../../utils/glossary/highlight.ts';
import {
  type RectLike,
  caretFromPoint,
  pointInRect,
  rangeRect,
  termAtPoint,
} from '../../../utils/glossary/hit-test.ts';
import { compileMatcher } from '../../../utils/glossary/matcher.ts';
import { makeTerm } from './helpers.ts';

const matcher = compileMatcher([
  makeTerm('nvidia', { hans: '英伟达' }),
  makeTerm('tsmc', { hans: '台积电' }),
]);

const rect = (left: number, top: number, width: number, height: number): RectLike => ({
  left,
  top,
  width,
  height,
  right: left + width,
  bottom: top + height,
});

/**
 * A paragraph laid out by hand: every character is 10 px wide and 20 px
 * tall on one line starting at x = 0. Returns the text node and term ranges.
 */
function setUp(text: string) {
  const p = document.createElement('p');
  p.textContent = text;
  document.body.replaceChildren(p);
  const node = p.firstChild as Text;
  const ranges = collectTermRanges({ root: p, matcher });
  // The caret API snaps to the nearest insertion point, even far right of the line.
  const caretAt = (x: number) => ({
    node,
    offset: Math.max(0, Math.min(text.length, Math.round(x / 10))),
  });
  const rectsOf = (range: Range) => {
    const start = range.startOffset;
    const end = range.endOffset;
    return [rect(start * 10, 0, (end - start) * 10, 20)];
  };
  return { node, ranges, caretAt, rectsOf };
}

/** Ranges as a browser's StaticRange holds them: boundary points only, no layout methods. */
function staticRanges(text: string) {
  const p = document.createElement('p');
  p.textContent = text;
  document.body.replaceChildren(p);
  return collectTermRanges({
    root: p,
    matcher,
    makeRange: (bounds) => ({ ...bounds, collapsed: false }),
  });
}

describe('termAtPoint', () => {
  test('works on static ranges, measuring a live range made over the same points', () => {
    const { caretAt, rectsOf } = setUp('据英伟达称');
    const ranges = staticRanges('据英伟达称');
    const node = document.querySelector('p')!.firstChild as Text;
    const caret = (x: number) => ({ ...caretAt(x), node });
    const measured: string[] = [];
    const hit = termAtPoint({
      document,
      x: 25,
      y: 10,
      ranges,
      caretAt: caret,
      rectsOf: (range) => {
        measured.push(range.toString());
        return rectsOf(range);
      },
    });
    expect(hit?.termId).toBe('nvidia');
    expect(measured).toEqual(['英伟达']);
    // Text that shrank under a static range: no term, and no error.
    node.data = '据';
    expect(termAtPoint({ document, x: 5, y: 10, ranges, caretAt: caret, rectsOf })).toBeNull();
    expect(rangeRect(ranges[0]!.range, undefined, rectsOf)).toBeNull();
  });

  test('finds the term under the pointer', () => {
    const { ranges, caretAt, rectsOf } = setUp('据英伟达称');
    const hit = termAtPoint({ document, x: 25, y: 10, ranges, caretAt, rectsOf });
    expect(hit?.termId).toBe('nvidia');
    // Right half of the last character: the caret falls after the term.
    expect(termAtPoint({ document, x: 38, y: 10, ranges, caretAt, rectsOf })?.termId).toBe(
      'nvidia',
    );
  });

  test('finds nothing beside the term, even where the caret snaps onto it', () => {
    const { ranges, caretAt, rectsOf } = setUp('英伟达');
    // Past the end of the line the caret is still at the end of the term.
    expect(caretAt(200).offset).toBe(3);
    expect(termAtPoint({ document, x: 200, y: 10, ranges, caretAt, rectsOf })).toBeNull();
    // Below the line.
    expect(termAtPoint({ document, x: 15, y: 45, ranges, caretAt, rectsOf })).toBeNull();
    // Over plain text.
    const other = setUp('据称英伟达');
    expect(termAtPoint({ document, x: 5, y: 10, ...other })).toBeNull();
  });

  test('between two touching terms the rectangles decide', () => {
    const { ranges, caretAt, rectsOf } = setUp('英伟达台积电');
    // x = 29 and x = 31 both give the caret between the terms (offset 3).
    expect(caretAt(29).offset).toBe(3);
    expect(caretAt(31).offset).toBe(3);
    expect(termAtPoint({ document, x: 29, y: 10, ranges, caretAt, rectsOf })?.termId).toBe(
      'nvidia',
    );
    expect(termAtPoint({ document, x: 31, y: 10, ranges, caretAt, rectsOf })?.termId).toBe('tsmc');
  });

  test('finds nothing when there is no caret or no ranges', () => {
    const { ranges, rectsOf } = setUp('英伟达');
    expect(termAtPoint({ document, x: 5, y: 5, ranges, caretAt: () => null, rectsOf })).toBeNull();
    expect(termAtPoint({ document, x: 5, y: 5, ranges: [], rectsOf })).toBeNull();
  });

  test('ignores a caret in another document', () => {
    const { ranges, rectsOf } = setUp('英伟达');
    const other = new DOMParser().parseFromString('<p>英伟达</p>', 'text/html');
    const foreign = other.querySelector('p')!.firstChild!;
    expect(
      termAtPoint({
        document,
        x: 5,
        y: 5,
        ranges,
        caretAt: () => ({ node: foreign, offset: 1 }),
        rectsOf,
      }),
    ).toBeNull();
  });
});

describe('caretFromPoint', () => {
  const text = document.createTextNode('英伟达');

  test('uses caretPositionFromPoint where it exists', () => {
    const doc = {
      caretPositionFromPoint: (x: number, y: number) => ({ offsetNode: text, offset: x + y }),
      caretRangeFromPoint: () => {
        throw new Error('not to be used');
      },
    } as unknown as Document;
    expect(caretFromPoint(doc, 1, 1)).toEqual({ node: text, offset: 2 });
  });

  test('falls back to caretRangeFromPoint', () => {
    const range = document.createRange();
    document.body.replaceChildren(text);
    range.setStart(text, 2);
    const doc = { caretRangeFromPoint: () => range } as unknown as Document;
    expect(caretFromPoint(doc, 1, 1)).toEqual({ node: text, offset: 2 });
  });

  test('returns null when the browser has neither API or finds nothing', () => {
    expect(caretFromPoint({} as Document, 1, 1)).toBeNull();
    expect(
      caretFromPoint({ caretPositionFromPoint: () => null } as unknown as Document, 1, 1),
    ).toBeNull();
    expect(
      caretFromPoint({ caretRangeFromPoint: () => null } as unknown as Document, 1, 1),
    ).toBeNull();
  });
});

describe('rangeRect', () => {
  const range = document.createRange();
  const lines = [rect(300, 0, 50, 20), rect(0, 20, 30, 20)];

  test('is the line under the point when a term wraps', () => {
    expect(rangeRect(range, { x: 10, y: 30 }, () => lines)).toEqual(lines[1]);
  });

  test('is the bounding box otherwise', () => {
    expect(rangeRect(range, undefined, () => lines)).toEqual(rect(0, 0, 350, 40));
    expect(rangeRect(range, { x: 999, y: 999 }, () => lines)).toEqual(rect(0, 0, 350, 40));
  });

  test('is null without layout', () => {
    expect(rangeRect(range, undefined, () => [])).toBeNull();
    expect(rangeRect(range, undefined, () => [rect(5, 5, 0, 0)])).toBeNull();
  });
});

test('pointInRect includes edges, allows a tolerance and rejects empty rectangles', () => {
  const box = rect(10, 10, 10, 10);
  expect(pointInRect(box, 10, 20)).toBe(true);
  expect(pointInRect(box, 21, 15)).toBe(false);
  expect(pointInRect(box, 21, 15, 2)).toBe(true);
  expect(pointInRect(rect(10, 10, 0, 10), 10, 15)).toBe(false);
});
