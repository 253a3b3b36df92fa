import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import t2cn from '../../../utils/convert/packs/t2cn.ts';
import { createTextConverter } from '../../../utils/convert/text-converter.ts';
import { selectTextBlocks, type TextBlock } from '../../../utils/modes/blocks.ts';
import {
  buildCompanion,
  COMPANION_SELECTOR,
  insertCompanion,
  type PageOriginals,
} from '../../../utils/modes/companion.ts';
import { documentWithBody, fixturePage } from '../convert/helpers.ts';

// Expected text comes from opencc-js converting whole strings, independently of the aligned
// converter the companions use.
const twToCn = OpenCC.Converter({ from: 'tw', to: 'cn' });
const converter = createTextConverter({ pack: t2cn, from: 'tw', to: 'cn' });
const pageOriginals: PageOriginals = {
  textOf: (node) => node.data,
  attributeOf: (element, name) => element.getAttribute(name),
};
const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, '');

function companionFor(block: TextBlock, originals = pageOriginals): Element | null {
  return buildCompanion({ block, converter, originals, lang: 'zh-Hans', label: 'Converted' });
}

/** Gives every text block of `root` its companion, as the parallel mode does. */
function addCompanions(root: Element): Map<Element, Element> {
  const added = new Map<Element, Element>();
  for (const block of selectTextBlocks({ root, skipFurniture: true })) {
    const companion = companionFor(block);
    if (companion === null) continue;
    insertCompanion(block, companion);
    added.set(block.block, companion);
  }
  return added;
}

describe('companion blocks keep the page structure', () => {
  it('every companion is inside its own block, marked and labelled', () => {
    const doc = fixturePage('reading-structure.html');
    const added = addCompanions(doc.getElementById('article')!);
    expect(added.size).toBeGreaterThan(10);
    for (const [block, companion] of added) {
      expect(companion.parentElement).toBe(block);
      expect(companion.localName).toBe('jianfan-companion');
      expect(companion.getAttribute('data-jianfan-ui')).toBe('companion');
      expect(companion.getAttribute('lang')).toBe('zh-Hans');
      expect(companion.getAttribute('role')).toBe('note');
      expect(companion.getAttribute('aria-label')).toBe('Converted');
      expect(companion.hasAttribute('aria-hidden')).toBe(false);
    }
  });

  it('a list stays a list: lists hold list items only, nested lists stay nested', () => {
    const doc = fixturePage('reading-structure.html');
    addCompanions(doc.getElementById('article')!);
    for (const list of doc.querySelectorAll('ul, ol')) {
      for (const child of list.children) expect(child.localName).toBe('li');
    }
    const logic = doc.getElementById('item-logic')!;
    const companion = logic.querySelector(`:scope > ${COMPANION_SELECTOR}`)!;
    // Right after the item's own text, before its nested list, and only its own text.
    expect(companion.nextElementSibling?.id).toBe('logic-nodes');
    expect(squash(companion.textContent)).toBe(twToCn('邏輯晶片的製造'));
    expect(doc.querySelector('#node-advanced > jianfan-companion')?.textContent).toBe(
      twToCn('先進製程仍處於爬坡階段'),
    );
  });

  it('a table stays a table: rows hold cells only, each cell holds its companion', () => {
    const doc = fixturePage('reading-structure.html');
    addCompanions(doc.getElementById('article')!);
    for (const row of doc.querySelectorAll('tr')) {
      for (const child of row.children) expect(['td', 'th']).toContain(child.localName);
    }
    expect(doc.querySelector('#th-company > jianfan-companion')?.textContent).toBe(twToCn('廠商'));
    expect(doc.querySelector('#td-company > jianfan-companion')?.textContent).toBe(
      twToCn('長鑫儲存'),
    );
    expect(doc.querySelectorAll('table tr').length).toBe(3);
  });

  it('headings stay one heading each, and their companion is inside them', () => {
    const doc = fixturePage('reading-structure.html');
    const before = doc.querySelectorAll('h1, h2, h3, h4, h5, h6').length;
    addCompanions(doc.getElementById('article')!);
    expect(doc.querySelectorAll('h1, h2, h3, h4, h5, h6').length).toBe(before);
    expect(doc.querySelector('#headline > jianfan-companion')?.textContent).toBe(
      twToCn('國產晶片產業的發展與挑戰'),
    );
  });

  it('a blockquote keeps its paragraphs; each paragraph has its companion', () => {
    const doc = fixturePage('reading-structure.html');
    addCompanions(doc.getElementById('article')!);
    const quote = doc.getElementById('quote')!;
    expect([...quote.children].map((child) => child.localName)).toEqual(['p', 'p']);
    expect(quote.querySelector(':scope > jianfan-companion')).toBeNull();
    expect(doc.querySelector('#quote-two > jianfan-companion')?.textContent).toBe(
      twToCn('「開發者必須逐個排查相容性問題。」'),
    );
  });

  it('definition lists and figure captions keep their shape', () => {
    const doc = fixturePage('reading-structure.html');
    addCompanions(doc.getElementById('article')!);
    expect([...doc.getElementById('terms')!.children].map((child) => child.localName)).toEqual([
      'dt',
      'dd',
    ]);
    expect(doc.querySelector('#dd-hbm > jianfan-companion')?.textContent).toBe(
      twToCn('一種堆疊式的記憶體技術。'),
    );
    expect(doc.querySelector('#caption > jianfan-companion')?.textContent).toBe(
      twToCn('圖為各廠產能變化'),
    );
  });

  it('no companion in code, in editors, or in a block that holds an editor', () => {
    const doc = fixturePage('reading-structure.html');
    addCompanions(doc.body);
    expect(doc.querySelector(`pre ${COMPANION_SELECTOR}, code ${COMPANION_SELECTOR}`)).toBeNull();
    expect(doc.querySelector(`[contenteditable] ${COMPANION_SELECTOR}`)).toBeNull();
    expect(doc.getElementById('editor')!.textContent).toBe('編輯器裡的文字保持原樣。');
  });
});

describe('companion content', () => {
  it('keeps inline markup and converts words split by it as words', () => {
    const doc = fixturePage('reading-structure.html');
    const [lead] = selectTextBlocks({ root: doc.getElementById('lead')!, skipFurniture: false });
    const companion = companionFor(lead!)!;
    const expected = twToCn(squash(doc.getElementById('lead')!.textContent));
    expect(squash(companion.textContent)).toBe(expected);
    // 乾 alone would become 干; in 乾隆 it stays, and the bold keeps its share of the word.
    expect(companion.textContent).toContain('乾隆');
    const bolds = [...companion.querySelectorAll('b')].map((b) => b.textContent);
    expect(bolds).toEqual(['陈', '乾']);
    const link = companion.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('#design');
    expect(link.textContent).toBe('设计');
  });

  it('speaks the target language inside: a Chinese lang of the original is not copied', () => {
    const doc = documentWithBody(
      '<p id="p"><span lang="ZH-TW" style="font-family:新細明體">這個國家的發展</span>，' +
        '<q lang="ja">東京の学校</q>、<i lang="en">chip</i></p>',
    );
    const [block] = selectTextBlocks({ root: doc.body, skipFurniture: false });
    const companion = companionFor(block!)!;
    expect(companion.getAttribute('lang')).toBe('zh-Hans');
    const span = companion.querySelector('span')!;
    expect(span.textContent).toBe('这个国家的发展');
    expect(span.hasAttribute('lang')).toBe(false);
    expect(span.getAttribute('style')).toBe('font-family:新細明體');
    // Quotations in other languages are not converted, and keep their own.
    expect(companion.querySelector('q')?.getAttribute('lang')).toBe('ja');
    expect(companion.querySelector('i')?.getAttribute('lang')).toBe('en');
  });

  it('keeps an inline image as its text alternative, converted, and a formula as it is', () => {
    const doc = documentWithBody(
      '<p id="p">這個國家<img src="smile.png" alt="[微笑]">很好，' +
        '<picture><source srcset="a.webp"><img src="a.png" alt="圖示"></picture>' +
        '當<math id="f"><mi>x</mi><mo>&lt;</mo><mn>0</mn><mtext>（負數）</mtext></math>為負時' +
        '<img src="line.png" alt="">成立。</p>',
    );
    const [block] = selectTextBlocks({ root: doc.body, skipFurniture: false });
    const companion = companionFor(block!)!;
    // The image's text is read in its place, in the target script; no picture is repeated.
    expect(companion.querySelector('img, picture, source')).toBeNull();
    expect(squash(companion.textContent)).toBe(
      squash(twToCn('這個國家[微笑]很好，圖示當') + 'x<0（負數）' + twToCn('為負時成立。')),
    );
    // The formula is the page's notation, copied whole, its text never converted.
    const formula = companion.querySelector('math')!;
    expect([...formula.children].map((child) => child.localName)).toEqual([
      'mi',
      'mo',
      'mn',
      'mtext',
    ]);
    expect(formula.hasAttribute('id')).toBe(false);
    expect(formula.querySelector('mtext')!.textContent).toBe('（負數）');
  });

  it('leaves out a picture on a line of its own, above its caption', () => {
    for (const markup of [
      '<p id="p"><img src="a.jpg" alt="配圖"><br>圖為長鑫存儲的生產線。</p>',
      '<p id="p"><a href="a.jpg"> <img src="a.jpg" alt="配圖"> </a><br>圖為長鑫存儲的生產線。</p>',
      '<p id="p">上文。<br><img src="a.jpg" alt="配圖"><br>圖為長鑫存儲的生產線。</p>',
    ]) {
      const doc = documentWithBody(markup);
      const [block] = selectTextBlocks({ root: doc.body, skipFurniture: false });
      const companion = companionFor(block!)!;
      expect(companion.textContent, markup).not.toContain(twToCn('配圖'));
      expect(squash(companion.textContent), markup).toContain(twToCn('圖為長鑫存儲的生產線。'));
    }
    for (const markup of [
      '<p id="p"><img src="a.jpg" alt="[配圖]"><br>圖為長鑫存儲的生產線。</p>',
      '<p id="p"><span>上文。<br></span><img src="a.jpg" alt="配圖"><br>圖為長鑫存儲的生產線。</p>',
      '<p id="p">上文。<br>\u200b<img src="a.jpg" alt="配圖"><br>圖為長鑫存儲的生產線。</p>',
    ]) {
      const doc = documentWithBody(markup);
      const [block] = selectTextBlocks({ root: doc.body, skipFurniture: false });
      expect(companionFor(block!)!.textContent, markup).not.toContain(twToCn('配圖'));
    }
    // Emoticons are read out wherever they stand: a line of them, one ending a post.
    for (const [markup, read] of [
      [
        '<p id="p">這個國家很好<br><img alt="[微笑]"><img alt="[大笑]"><br>好的。</p>',
        '[微笑][大笑]',
      ],
      ['<p id="p">這個國家很好<br><img alt="[微笑]"></p>', '[微笑]'],
      ['<p id="p">這個國家很好<br><img class="emoji" alt="😀"></p>', '😀'],
      ...['❤️', '👍🏻', '👨‍👩‍👧', '🇨🇳', '1️⃣'].map(
        (emoji) =>
          [`<p id="p">這個國家很好<br><img class="emoji" alt="${emoji}"></p>`, emoji] as const,
      ),
    ] as const) {
      const doc = documentWithBody(markup);
      const [block] = selectTextBlocks({ root: doc.body, skipFurniture: false });
      expect(companionFor(block!)!.textContent, markup).toContain(read);
    }
    // An emoticon at the end of a line is still part of its sentence.
    const doc = documentWithBody(
      '<p id="p">這個國家很好<img src="s.png" alt="[微笑]"><br>下一行。</p>',
    );
    const [block] = selectTextBlocks({ root: doc.body, skipFurniture: false });
    expect(squash(companionFor(block!)!.textContent)).toBe(twToCn('這個國家很好[微笑]下一行。'));
  });

  it('copies no ids, names, handlers, form controls, pictures or media', () => {
    // (An image is read as its text alternative: see the test above.)
    const doc = documentWithBody(`
      <p id="p">這段<a id="a" name="n" href="/x" onclick="run()" tabindex="0" title="說明">連結</a>和
        <img src="x.png" alt="圖片"><input name="q" value="輸入"><button>按鈕</button><video></video>
        <label for="q">標籤</label>後面的文字</p>`);
    const [block] = selectTextBlocks({ root: doc.body, skipFurniture: false });
    const companion = companionFor(block!)!;
    expect(companion.querySelector('[id], [name], [onclick], [for]')).toBeNull();
    expect(companion.querySelector('[tabindex]:not([tabindex="-1"])')).toBeNull();
    expect(companion.querySelector('img, input, button, video')).toBeNull();
    const link = companion.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('/x');
    expect(link.getAttribute('title')).toBe(twToCn('說明'));
    expect(squash(companion.textContent)).toBe(twToCn('這段連結和圖片標籤後面的文字'));
  });

  it('makes no tab stops: links stay clickable, focusable copies are out of the tab order', () => {
    const doc = documentWithBody(`
      <p id="p">請看<a href="/x">這篇報導</a>與<a href="/y" tabindex="-1">隱藏的連結</a>，
        <span tabindex="0" role="link">可以點選的文字</span>和<a>沒有網址的錨點</a>。</p>`);
    const [block] = selectTextBlocks({ root: doc.body, skipFurniture: false });
    const companion = companionFor(block!)!;
    const [link, hidden, anchor] = [...companion.querySelectorAll('a')];
    expect(link!.getAttribute('href')).toBe('/x');
    expect(link!.getAttribute('tabindex')).toBe('-1');
    // The page took this one out of the tab order: so is its copy.
    expect(hidden!.getAttribute('tabindex')).toBe('-1');
    expect(companion.querySelector('span')!.getAttribute('tabindex')).toBe('-1');
    // Not focusable in the page, not made so in the copy.
    expect(anchor!.hasAttribute('tabindex')).toBe(false);
    // The page's own links keep their tab stops.
    expect(doc.querySelector('a[href="/x"]')!.hasAttribute('tabindex')).toBe(false);
    expect(squash(companion.textContent)).toBe(
      twToCn('請看這篇報導與隱藏的連結，可以點選的文字和沒有網址的錨點。'),
    );
  });

  it('copies a form as its text only: the page counts no new form', () => {
    const doc = documentWithBody(
      '<li id="item">訂閱電子報：<form action="/s"><fieldset>輸入您的信箱<input name="m"></fieldset></form></li>',
    );
    const [block] = selectTextBlocks({ root: doc.body, skipFurniture: false });
    const companion = companionFor(block!)!;
    expect(companion.querySelector('form, fieldset, input')).toBeNull();
    expect(squash(companion.textContent)).toBe(twToCn('訂閱電子報：輸入您的信箱'));
    doc.getElementById('item')!.append(companion);
    expect(doc.forms).toHaveLength(1);
  });

  it('is built from the originals, whatever the page shows now', () => {
    const doc = documentWithBody('<p id="p">這個<b>國家</b>的發展</p>');
    const p = doc.getElementById('p')!;
    const [block] = selectTextBlocks({ root: doc.body, skipFurniture: false });
    const shown = new Map<Text, string>();
    // The converter has written the Simplified text in place; the originals are Traditional.
    for (const node of [p.firstChild, p.querySelector('b')!.firstChild, p.lastChild]) {
      const text = node as Text;
      shown.set(text, text.data);
      text.data = twToCn(text.data);
    }
    const companion = companionFor(block!, {
      textOf: (node) => shown.get(node) ?? node.data,
      attributeOf: (element, name) => element.getAttribute(name),
    })!;
    expect(companion.textContent).toBe(twToCn('這個國家的發展'));
  });

  it('is null when the conversion changes nothing', () => {
    const doc = documentWithBody('<p id="p">中文 2024 年</p>');
    const [block] = selectTextBlocks({ root: doc.body, skipFurniture: false });
    expect(block).toBeDefined();
    expect(companionFor(block!)).toBeNull();
  });

  it('glossary marks are copied as their text; repair placeholders are kept', () => {
    const doc = documentWithBody(
      '<p id="p">輝達<span data-jianfan-ui="term" data-jianfan-term-id="x">發佈</span>新品<span data-jianfan-ui="lost-span" title="遺失">□</span></p>',
    );
    const [block] = selectTextBlocks({ root: doc.body, skipFurniture: false });
    const companion = companionFor(block!)!;
    expect(companion.querySelector('[data-jianfan-ui="term"]')).toBeNull();
    expect(companion.querySelector('[data-jianfan-ui="lost-span"]')?.textContent).toBe('□');
    expect(squash(companion.textContent)).toBe(twToCn('輝達發佈新品□'));
  });
});
