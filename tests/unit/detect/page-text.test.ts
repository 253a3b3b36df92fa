import { describe, expect, it } from 'vitest';
import { MAX_SAMPLED_TEXT_NODES, leadingText } from '../../../utils/detect/page-text.ts';

function page(body: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><body>${body}</body>`, 'text/html');
}

describe('leadingText', () => {
  it('reads the shown text from the start, up to the limit', () => {
    const document = page('<p>第一段。</p><div>第二<b>段</b>。</div><p>第三段。</p>');
    expect(leadingText(document, 100)).toBe('第一段。第二段。第三段。');
    expect(leadingText(document, 6)).toBe('第一段。第二');
  });

  it('leaves out scripts, style sheets and templates', () => {
    const document = page(
      '<script>var a = "國(guó)";</script><style>p{}</style><p>正文</p>' +
        '<noscript>請開啟</noscript><template>模板</template>',
    );
    expect(leadingText(document, 100)).toBe('正文');
  });

  it('leaves out code samples, keys and program output, but not preformatted text', () => {
    const document = page(
      '<p>正文<code>國(guó)</code>一</p><pre><code><span>過(guò)</span>\n</code></pre>' +
        '<p><kbd>Ctrl</kbd><samp>會(huì)</samp>二</p><pre>三</pre>',
    );
    expect(leadingText(document, 100)).toBe('正文一二三');
    // Also where other elements are left out.
    expect(leadingText(document, 100, undefined, (element) => element.localName === 'nav')).toBe(
      '正文一二三',
    );
  });

  it('reads a code block it is told holds the page’s article, and no other', () => {
    const document = page(
      '<p>正文</p><pre><code id="article">一<span>二</span>\n</code></pre><pre><code>三</code></pre>',
    );
    const article = document.getElementById('article');
    expect(leadingText(document, 100, undefined, undefined, article)).toBe('正文一二\n');
    expect(leadingText(document, 100, undefined, () => false, article)).toBe('正文一二\n');
  });

  it('stops after a bounded number of text nodes on a page of tiny ones', () => {
    const cells = '<td>1</td>'.repeat(MAX_SAMPLED_TEXT_NODES + 500);
    const document = page(`<table><tr>${cells}</tr></table>`);
    expect(leadingText(document, 1_000_000)).toHaveLength(MAX_SAMPLED_TEXT_NODES);
  });

  it('leaves out the elements it is told to, with their text', () => {
    const document = page(
      '<nav>首頁<b>關於</b></nav><p>正文<i>一</i></p><footer>版權</footer><p>二</p>',
    );
    const leaveOut = (element: Element) => element.matches('nav, footer');
    expect(leadingText(document, 100, undefined, leaveOut)).toBe('正文一二');
  });

  it('counts the elements it looks at towards the bound when it leaves some out', () => {
    const empty = '<i></i>'.repeat(MAX_SAMPLED_TEXT_NODES);
    const document = page(`<p>開頭</p>${empty}<p>結尾</p>`);
    expect(leadingText(document, 100)).toBe('開頭結尾');
    expect(leadingText(document, 100, undefined, () => false)).toBe('開頭');
  });

  it('reads each node through `textOf`', () => {
    const document = page('<p>这个</p><p>国家</p>');
    expect(leadingText(document, 100, (node) => `[${node.data}]`)).toBe('[这个][国家]');
  });
});
