import { describe, expect, it } from 'vitest';
import {
  createAncestorTest,
  createInsideSkippedTest,
  isInsideSkipped,
} from '../../../utils/convert/dom-rules.ts';
import { documentWithBody } from './helpers.ts';

/** Every node under `root`, shadow trees included, in document order. */
function allNodes(root: Node): Node[] {
  const nodes: Node[] = [];
  const visit = (node: Node) => {
    nodes.push(node);
    const shadow = (node as Element).shadowRoot;
    if (shadow) visit(shadow);
    for (let child = node.firstChild; child !== null; child = child.nextSibling) visit(child);
  };
  visit(root);
  return nodes;
}

function pageWithEveryRule(): Document {
  const doc = documentWithBody(
    [
      '<main><p id="plain">正文<b>粗體</b></p>',
      '<pre><span id="in-pre">程式</span></pre>',
      '<div translate="no"><p><i id="no-translate">不譯</i></p></div>',
      '<div class="notranslate"><p id="notranslate">不譯</p></div>',
      '<div contenteditable="true"><p id="editor">編輯</p></div>',
      '<div contenteditable="false"><p id="read-only">唯讀</p></div>',
      '<section lang="ja"><p id="japanese">学校</p></section>',
      '<ruby>漢<rt id="rt">hàn</rt></ruby>',
      '<object><p id="fallback">替代內容</p></object>',
      '<div id="host"></div></main>',
    ].join(''),
  );
  const shadow = doc.getElementById('host')!.attachShadow({ mode: 'open' });
  const paragraph = doc.createElement('p');
  paragraph.append('影子');
  const code = doc.createElement('code');
  code.append(doc.createElement('b'));
  code.firstElementChild!.append('碼');
  shadow.append(paragraph, code);
  return doc;
}

describe('createInsideSkippedTest', () => {
  it('answers as isInsideSkipped for every node, in any order of asking', () => {
    const doc = pageWithEveryRule();
    const nodes = allNodes(doc);
    const expected = nodes.map((node) => isInsideSkipped(node));
    // Both answers are expected somewhere, or the comparison proves nothing.
    expect(expected).toContain(true);
    expect(expected).toContain(false);
    // Deepest first, then in document order: each order fills the cache differently.
    const fromTheBottom = createInsideSkippedTest();
    const reversed = [...nodes].reverse().map((node) => fromTheBottom(node));
    expect(reversed.reverse()).toEqual(expected);
    const fromTheTop = createInsideSkippedTest();
    expect(nodes.map((node) => fromTheTop(node))).toEqual(expected);
  });

  it('skips everything in a document being edited', () => {
    const doc = pageWithEveryRule();
    doc.designMode = 'on';
    const test = createInsideSkippedTest();
    expect(test(doc.getElementById('plain')!)).toBe(true);
    expect(test(doc.body)).toBe(true);
  });

  it('climbs 10,000 levels without overflowing the stack', () => {
    const doc = document.implementation.createHTMLDocument('deep');
    let parent: Element = doc.body;
    for (let i = 0; i < 10_000; i++) parent = parent.appendChild(doc.createElement('span'));
    const text = parent.appendChild(doc.createTextNode('最深處'));
    const test = createInsideSkippedTest();
    expect(test(text)).toBe(false);
    (doc.body.firstElementChild as Element).setAttribute('translate', 'no');
    expect(createInsideSkippedTest()(text)).toBe(true);
  });
});

describe('createAncestorTest', () => {
  it('finds a hit on the node or any ancestor, and none past the top it is given', () => {
    const doc = documentWithBody(
      '<nav><ul><li id="menu">選單</li></ul></nav><main id="root"><p id="text">正文</p></main>',
    );
    const root = doc.getElementById('root')!;
    const inNav = createAncestorTest(
      (node) => node.nodeType === 1 && (node as Element).localName === 'nav',
      (node) => node.parentNode,
    );
    expect(inNav(doc.getElementById('menu'))).toBe(true);
    expect(inNav(doc.getElementById('text'))).toBe(false);
    expect(inNav(null)).toBe(false);
    // Stopping at the root: what is above it does not count.
    const upToRoot = createAncestorTest(
      (node) => (node as Element).localName === 'body',
      (node) => (node === root ? null : node.parentNode),
    );
    expect(upToRoot(doc.getElementById('text'))).toBe(false);
  });

  it('asks about each node once, however many descendants share it', () => {
    const doc = document.implementation.createHTMLDocument('shared');
    const article = doc.body.appendChild(doc.createElement('article'));
    for (let i = 0; i < 100; i++) article.appendChild(doc.createElement('p'));
    const asked = new Map<Node, number>();
    const test = createAncestorTest(
      (node) => {
        asked.set(node, (asked.get(node) ?? 0) + 1);
        return false;
      },
      (node) => node.parentNode,
    );
    for (const paragraph of article.children) expect(test(paragraph)).toBe(false);
    expect(asked.get(article)).toBe(1);
    expect(asked.get(doc.body)).toBe(1);
    expect(Math.max(...asked.values())).toBe(1);
  });
});
