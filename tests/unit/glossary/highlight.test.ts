import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  TERM_SPAN_SELECTOR,
  applyHighlights,
  collectTermRanges,
  liveRangeOf,
  unwrapHighlights,
  type TermPlace,
} from '../../../utils/glossary/highlight.ts';
import { markPreformattedArticle } from '../../../utils/convert/dom-rules.ts';
import { compileMatcher } from '../../../utils/glossary/matcher.ts';
import { BUILT_IN_TERMS } from '../../../utils/glossary/pack/index.ts';
import { makeTerm } from './helpers.ts';

const fixtures = resolve(process.cwd(), '../shared/fixtures/netease');
const matcher = compileMatcher(BUILT_IN_TERMS);

/**
 * Parses `html` and moves its body into the test window's document, which is
 * where happy-dom's Range works (ranges in other documents stay collapsed).
 */
function parse(html: string): Document {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.body.replaceChildren(
    ...Array.from(parsed.body.childNodes).map((node) => document.adoptNode(node)),
  );
  return document;
}

function fixtureDocument(name: string): Document {
  return parse(readFileSync(resolve(fixtures, name), 'utf8'));
}

const serialize = (node: Node) => new XMLSerializer().serializeToString(node);

/** Every text node under `root`, in order. */
function textNodes(root: Node): Text[] {
  const walker = root.ownerDocument!.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode())
    nodes.push(node as Text);
  return nodes;
}

const found = (root: Node, options: Partial<Parameters<typeof collectTermRanges>[0]> = {}) =>
  collectTermRanges({ root, matcher, ...options }).map((entry) => [entry.text, entry.termId]);

describe('collectTermRanges', () => {
  test('finds a term split by inline markup: 高带宽<a>内</a>存', () => {
    const doc = fixtureDocument('a.netease.html');
    const body = doc.querySelector('div.post_body')!;
    const hbm = collectTermRanges({ root: body, matcher }).find(
      (entry) => entry.text === '高带宽内存',
    );
    expect(hbm?.termId).toBe('hbm');
    expect(hbm?.range.toString()).toBe('高带宽内存');
    expect(hbm?.range.startContainer).not.toBe(hbm?.range.endContainer);
  });

  test('does not search text nested more than 512 elements deep (a hostile page)', () => {
    const doc = parse('<div id="top"></div>');
    const nest = (levels: number, text: string) => {
      let at: Element = doc.getElementById('top')!;
      for (let level = 0; level < levels; level++) {
        const div = doc.createElement('div');
        at.append(div);
        at = div;
      }
      at.append(text);
    };
    nest(500, '英伟达的芯片');
    nest(600, '华为的记忆体');
    // The root's own children are at depth 0: the first text sits 501 elements below it.
    expect(found(doc.body)).toEqual([
      ['英伟达', 'nvidia'],
      ['芯片', 'chip'],
    ]);
  });

  test('finds a model number before a footnote mark: H200<sup>1</sup>', () => {
    const doc = parse('<p>英伟达H200<sup>1</sup>的出口，以及H<sub>2</sub>O。</p>');
    expect(found(doc.body)).toEqual([
      ['英伟达', 'nvidia'],
      ['H200', 'nvidia-h200'],
    ]);
  });

  test('finds 阿里巴巴 written as <a>阿里</a>巴巴', () => {
    const doc = fixtureDocument('c.netease.html');
    const entries = collectTermRanges({ root: doc.querySelector('div.post_body')!, matcher });
    const alibaba = entries.find((entry) => entry.termId === 'alibaba');
    expect(alibaba?.range.toString()).toBe('阿里巴巴');
  });

  test.each(['a', 'b', 'c'])(
    'finds in the page %s the same terms as in the plain article text',
    (name) => {
      const doc = fixtureDocument(`${name}.netease.html`);
      const fromPage = collectTermRanges({ root: doc.querySelector('div.post_body')!, matcher });
      const text = readFileSync(resolve(fixtures, `${name}.simplified.txt`), 'utf8');
      const fromText = matcher.findAll(text);
      expect(fromPage.map((entry) => [entry.text, entry.termId])).toEqual(
        fromText.map((match) => [text.slice(match.start, match.end), match.termId]),
      );
    },
  );

  test('does not join text across blocks or line breaks', () => {
    const doc = parse('<div><p>英伟</p><p>达</p><p>中芯<br>国际</p><p><b>英伟</b>达</p></div>');
    expect(found(doc.body)).toEqual([
      ['中芯', 'smic'],
      ['英伟达', 'nvidia'],
    ]);
  });

  test('finds a term the mirror tool’s pinyin cuts, where the reader keeps it (repair off)', () => {
    const doc = parse(
      '<body><p id="p">長(zhǎng)鑫<b>存儲(chǔ)</b>的產能，長(cháng)期如此。國（guó）家</p></body>',
    );
    const terms = collectTermRanges({ root: doc.body, matcher }).filter(
      (entry) => entry.termId === 'cxmt',
    );
    // The page text the range covers, annotation and all (a card stays open while it is there).
    expect(terms.map((entry) => [entry.text, entry.range.toString()])).toEqual([
      ['長(zhǎng)鑫存儲', '長(zhǎng)鑫存儲'],
    ]);
    // The range ends on the last character, not on its annotation.
    expect(terms[0]!.range.endOffset).toBe(2);
  });

  test('skips code, scripts, form fields, editable and hidden regions, and the extension UI', () => {
    const doc = parse(`<body>
      <p>正文提到英伟达</p>
      <textarea>英伟达</textarea><input value="英伟达">
      <code>CUDA</code><pre>CUDA</pre>
      <script>var s = "英伟达";</script><style>.x::after { content: "英伟达" }</style>
      <noscript>英伟达</noscript><template><p>英伟达</p></template>
      <div contenteditable="true"><p>英伟达</p></div>
      <div contenteditable="false"><p>台积电</p></div>
      <div role="textbox" tabindex="0"><span>英伟达</span></div>
      <p hidden>英伟达</p>
      <div data-jianfan-ui="card"><p>英伟达</p></div>
      <div data-jianfan-ui="companion"><p>輝達</p></div>
      <p>中<rt>zhōng</rt>芯国际</p>
    </body>`);
    expect(found(doc.body)).toEqual([
      ['英伟达', 'nvidia'],
      ['台积电', 'tsmc'],
      ['輝達', 'nvidia'],
      ['中芯国际', 'smic'],
    ]);
  });

  test('searches a <pre><code> that holds a mirror’s article, and no other code', () => {
    const doc = parse(
      '<pre><code id="article">英伟达\n台积电</code></pre><pre><code>CUDA</code></pre>' +
        '<pre contenteditable="true"><code id="typed">英伟达</code></pre>',
    );
    markPreformattedArticle(doc.getElementById('article')!);
    // Editable, it is left alone as any editable region is.
    markPreformattedArticle(doc.getElementById('typed')!);
    expect(found(doc.body)).toEqual([
      ['英伟达', 'nvidia'],
      ['台积电', 'tsmc'],
    ]);
  });

  test('takes a custom skip rule', () => {
    const doc = parse('<p class="ad">英伟达</p><p>台积电</p>');
    expect(found(doc.body, { shouldSkip: (element) => element.classList.contains('ad') })).toEqual([
      ['台积电', 'tsmc'],
    ]);
  });

  test('works on a text node given as the root', () => {
    const doc = parse('<p>用H200训练</p>');
    expect(found(doc.querySelector('p')!.firstChild!)).toEqual([['H200', 'nvidia-h200']]);
  });
});

describe('applyHighlights with the CSS Custom Highlight API', () => {
  test('registers one highlight with every range, and clear() removes only it', () => {
    const doc = parse('<p>英伟达和台积电</p>');
    const ranges = collectTermRanges({ root: doc.body, matcher });
    const registry = new Map<string, unknown>();
    let given: AbstractRange[] = [];
    const before = serialize(doc.body);
    const handle = applyHighlights({
      ranges,
      highlightRegistry: registry,
      createHighlight: (list) => {
        given = [...list];
        return {
          add: (range: AbstractRange) => given.push(range),
          delete: (range: AbstractRange) => given.splice(given.indexOf(range), 1),
        };
      },
    });
    expect(handle.mode).toBe('highlight-api');
    expect(given.map((range) => liveRangeOf(range)?.toString())).toEqual(['英伟达', '台积电']);
    expect(registry.has('jianfan-term')).toBe(true);
    expect(serialize(doc.body)).toBe(before);

    handle.clear();
    expect(registry.has('jianfan-term')).toBe(false);

    const again = applyHighlights({
      ranges,
      highlightRegistry: registry,
      createHighlight: () => ({ add: () => undefined, delete: () => undefined }),
    });
    registry.set('jianfan-term', 'someone else');
    again.clear();
    expect(registry.get('jianfan-term')).toBe('someone else');
  });
});

describe('applyHighlights on a page with more terms than a highlight should hold', () => {
  /** 5,000 terms in paragraphs; the viewport shows paragraphs [top, top + 20). */
  function longPage() {
    // A document of its own: adopting 5,000 paragraphs into the test's document is slow.
    const doc = new DOMParser().parseFromString(
      Array.from({ length: 5_000 }, (_, i) => `<p id="p${i}">英伟达</p>`).join(''),
      'text/html',
    );
    const ranges = collectTermRanges({ root: doc.body, matcher });
    const shown = new Set<AbstractRange>();
    const view = { top: 0 };
    let placed = 0;
    const placeOf = (range: AbstractRange): TermPlace => {
      placed += 1;
      const index = Number((range.startContainer.parentNode as Element).id.slice(1));
      if (index < view.top) return 'above';
      return index < view.top + 20 ? 'near' : 'below';
    };
    const handle = applyHighlights({
      ranges: [],
      highlightRegistry: new Map<string, unknown>(),
      createHighlight: (list) => {
        for (const range of list) shown.add(range);
        return { add: (range) => shown.add(range), delete: (range) => shown.delete(range) };
      },
      maxShown: 1_000,
      placeOf,
    });
    const paragraphsShown = () =>
      [...shown]
        .map((range) => Number((range.startContainer.parentNode as Element).id.slice(1)))
        .sort((a, b) => a - b);
    return { ranges, handle, view, paragraphsShown, placements: () => placed };
  }

  test('holds the terms around the viewport only, and follows it', () => {
    const page = longPage();
    page.handle.add(page.ranges);
    expect(page.handle.ranges).toHaveLength(5_000);
    let shown = page.paragraphsShown();
    // The viewport's 20 and 300 below it; none above the top of the page.
    expect(shown[0]).toBe(0);
    expect(shown.at(-1)).toBe(319);
    expect(shown).toHaveLength(320);

    page.view.top = 4_000;
    const before = page.placements();
    page.handle.showAroundViewport();
    // Found by bisection, not by placing every term.
    expect(page.placements() - before).toBeLessThan(40);
    shown = page.paragraphsShown();
    expect(shown[0]).toBe(3_700);
    expect(shown.at(-1)).toBe(4_319);
    expect(shown).toHaveLength(620);
  });

  test('holds every term while there are few enough', () => {
    const page = longPage();
    page.handle.add(page.ranges.slice(0, 900));
    expect(page.paragraphsShown()).toHaveLength(900);
    page.handle.add(page.ranges.slice(900, 1_000));
    expect(page.paragraphsShown()).toHaveLength(1_000);
    // One more, and only the terms around the viewport stay.
    page.handle.add(page.ranges.slice(1_000, 1_001));
    expect(page.paragraphsShown()).toHaveLength(320);
  });
});

describe('applyHighlights with spans (no Highlight API)', () => {
  test('wraps each term, then clear() restores the exact DOM and the same text nodes', () => {
    const doc = fixtureDocument('a.netease.html');
    const root = doc.body;
    const before = serialize(root);
    const originalNodes = textNodes(root);
    const originalData = originalNodes.map((node) => node.data);

    const ranges = collectTermRanges({ root, matcher });
    const handle = applyHighlights({ ranges, highlightRegistry: null });
    expect(handle.mode).toBe('spans');
    const spans = root.querySelectorAll(TERM_SPAN_SELECTOR);
    expect(spans.length).toBeGreaterThanOrEqual(ranges.length);
    expect(serialize(root)).not.toBe(before);
    // The reader sees the same text.
    expect(root.textContent).toBe(originalData.join(''));
    // The handle's ranges still cover the terms after wrapping.
    expect(handle.ranges.map((entry) => entry.range.toString())).toEqual(
      ranges.map((entry) => entry.text),
    );

    handle.clear();
    expect(serialize(root)).toBe(before);
    const after = textNodes(root);
    expect(after).toHaveLength(originalNodes.length);
    after.forEach((node, index) => {
      expect(node).toBe(originalNodes[index]);
      expect(node.data).toBe(originalData[index]);
    });
  });

  test('a term across two nodes gets one span per node, with the term id', () => {
    const doc = parse('<p>高带宽<a href="#">内</a>存芯片</p>');
    const handle = applyHighlights({
      ranges: collectTermRanges({ root: doc.body, matcher }),
      highlightRegistry: null,
    });
    const spans = Array.from(doc.querySelectorAll(TERM_SPAN_SELECTOR));
    expect(
      spans.map((span) => [span.textContent, span.getAttribute('data-jianfan-term-id')]),
    ).toEqual([
      ['高带宽', 'hbm'],
      ['内', 'hbm'],
      ['存', 'hbm'],
      ['芯片', 'chip'],
    ]);
    expect(handle.ranges.map((entry) => entry.range.toString())).toEqual(['高带宽内存', '芯片']);
  });

  test('keeps text nodes that were separate before separate afterwards', () => {
    const doc = parse('<p></p>');
    const p = doc.querySelector('p')!;
    p.append(doc.createTextNode('前英伟'), doc.createTextNode('达后'));
    const [first, second] = Array.from(p.childNodes) as Text[];
    const handle = applyHighlights({
      ranges: collectTermRanges({ root: p, matcher }),
      highlightRegistry: null,
    });
    expect(p.querySelectorAll(TERM_SPAN_SELECTOR)).toHaveLength(2);
    handle.clear();
    expect(Array.from(p.childNodes)).toEqual([first, second]);
    expect([first!.data, second!.data]).toEqual(['前英伟', '达后']);
  });

  test('unwrapHighlights restores the DOM without the handle', () => {
    const doc = parse('<div><p>英伟达的H200和H20，<b>台积电</b>代工。</p><p>无术语</p></div>');
    const before = serialize(doc.body);
    const nodes = textNodes(doc.body);
    applyHighlights({
      ranges: collectTermRanges({ root: doc.body, matcher }),
      highlightRegistry: null,
    });
    expect(doc.querySelectorAll(TERM_SPAN_SELECTOR)).toHaveLength(4);
    unwrapHighlights(doc.body);
    expect(serialize(doc.body)).toBe(before);
    expect(textNodes(doc.body)).toEqual(nodes);
  });

  test('several terms in one text node, at its start and end', () => {
    const terms = [makeTerm('a', { hans: '甲乙' }), makeTerm('b', { hans: '丙' })];
    const doc = parse('<p>甲乙和丙</p>');
    const before = serialize(doc.body);
    const own = compileMatcher(terms);
    const handle = applyHighlights({
      ranges: collectTermRanges({ root: doc.body, matcher: own }),
      highlightRegistry: null,
    });
    expect(
      Array.from(doc.querySelectorAll(TERM_SPAN_SELECTOR)).map((span) => span.textContent),
    ).toEqual(['甲乙', '丙']);
    handle.clear();
    expect(serialize(doc.body)).toBe(before);
  });
});
