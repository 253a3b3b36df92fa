import { describe, expect, it } from 'vitest';
import { collectInserted, collectWork } from '../../../utils/convert/blocks.ts';
import { detectDocumentScript } from '../../../utils/detect/script.ts';
import { collectTermRanges } from '../../../utils/glossary/highlight.ts';
import { compileMatcher } from '../../../utils/glossary/matcher.ts';
import { BUILT_IN_TERMS } from '../../../utils/glossary/pack/index.ts';
import { repairDocument } from '../../../utils/repair/dom-repair.ts';

/**
 * Pages nest elements far deeper than a call stack goes: every engine walk over the DOM must
 * cope with 10,000 levels (9,000 blocks, then 1,000 inline elements with a word split across
 * the deepest ones), the depth the hostile browser page uses.
 */

const BLOCKS = 9_000;
const INLINE = 1_000;

function deepDocument(): { doc: Document; bottom: Element } {
  const doc = new DOMParser().parseFromString(
    '<!doctype html><html lang="zh-TW"><head><title>一萬層巢狀元素</title></head><body><p id="top">最上層的說明文字。</p><div id="deep"></div></body></html>',
    'text/html',
  );
  let parent = doc.getElementById('deep')!;
  for (let i = 0; i < BLOCKS; i++) {
    const div = doc.createElement('div');
    if (i % 50 === 0) div.append('這份報告說明了記憶體的發展，CUDA與H200。');
    parent.append(div);
    parent = div;
  }
  const bottom = doc.createElement('p');
  bottom.id = 'bottom';
  bottom.append('最深處的段落：');
  parent.append(bottom);
  let inline: Element = bottom;
  for (let i = 0; i < INLINE; i++) {
    const span = doc.createElement('span');
    inline.append(span);
    inline = span;
  }
  inline.append('頭');
  inline.parentNode!.append('髮與記憶體。');
  return { doc, bottom };
}

describe('pages nested 10,000 deep', () => {
  // The converter's own walk, without the observers (happy-dom registers a MutationObserver on
  // every descendant recursively, and overflows itself at this depth; the browser spec
  // reliability-hostile converts such a page end to end).
  it('are walked into runs, the word split across the deepest elements in one run', () => {
    const { doc, bottom } = deepDocument();
    const items = collectWork(doc, { deep: true });
    const runs = items.filter((item) => item.kind === 'text');
    const last = runs.find((run) => run.container === bottom);
    expect(last?.nodes.map((node) => node.data).join('')).toBe('最深處的段落：頭髮與記憶體。');
    expect(runs.length).toBe(BLOCKS / 50 + 3);
  });

  it('are walked from an inserted inline element down to its deepest block', () => {
    const doc = new DOMParser().parseFromString(
      '<!doctype html><html lang="zh-TW"><body><div id="feed"></div></body></html>',
      'text/html',
    );
    const wrapper = doc.createElement('span');
    doc.getElementById('feed')!.append(wrapper);
    let parent: Element = wrapper;
    for (let i = 0; i < INLINE * 9; i++) {
      const b = doc.createElement('b');
      parent.append(b);
      parent = b;
    }
    const bottom = doc.createElement('p');
    bottom.append('最深處的段落：頭髮與記憶體。');
    parent.append(bottom);
    const runs = collectInserted(wrapper, {}).filter((item) => item.kind === 'text');
    expect(runs.some((run) => run.container === bottom)).toBe(true);
  });

  // NetEase detection, the densest-block guess and the reading blocks use querySelectorAll, which
  // happy-dom implements recursively (it overflows on this page before our code runs): the
  // browser spec reliability-hostile covers them.
  it.each([
    ['script detection', (doc: Document) => detectDocumentScript(doc).script],
    [
      'glossary term search',
      (doc: Document) =>
        collectTermRanges({ root: doc.body, matcher: compileMatcher(BUILT_IN_TERMS) }).length,
    ],
    [
      'mirror repair',
      (doc: Document) => {
        const repair = repairDocument({ document: doc, minAnnotations: 0 });
        repair.undo();
        return repair.stats.annotationsFound;
      },
    ],
  ] as const)('%s copes', (_name, run) => {
    const { doc } = deepDocument();
    expect(() => run(doc)).not.toThrow();
  });
});
