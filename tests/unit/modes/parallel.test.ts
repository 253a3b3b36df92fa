import * as OpenCC from 'opencc-js';
import { afterEach, describe, expect, it } from 'vitest';
import type { PageConverter } from '../../../utils/convert/page-converter.ts';
import { COMPANION_SELECTOR } from '../../../utils/modes/companion.ts';
import { ParallelView, type ParallelShowOptions } from '../../../utils/modes/parallel.ts';
import { localeLang, parallelRoots } from '../../../utils/modes/roots.ts';
import {
  compact,
  createConverter,
  documentWithBody,
  fixturePage,
  serialize,
  sleep,
  waitFor,
} from '../convert/helpers.ts';

const twToCn = OpenCC.Converter({ from: 'tw', to: 'cn' });
const twToHk = OpenCC.Converter({ from: 'tw', to: 'hk' });

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** The text of a block without its companion. */
function ownText(block: Element | null): string {
  let text = '';
  for (const child of block?.childNodes ?? []) {
    if (child.nodeType === 1 && (child as Element).matches(COMPANION_SELECTOR)) continue;
    text += child.textContent ?? '';
  }
  return text.replace(/\s+/g, '');
}

function companionText(block: Element | null): string | null {
  const companion = block?.querySelector(`:scope > ${COMPANION_SELECTOR}`);
  return companion ? compact(companion) : null;
}

async function parallelPage(
  doc: Document,
  rootSelector = '#article',
  onSlice?: (ms: number) => void,
) {
  const converter: PageConverter = createConverter(doc);
  await converter.convert({ target: 'cn' });
  const view = new ParallelView({
    document: doc,
    onExcludedChange: (blocks) => converter.setExcludedSubtrees(blocks),
    ...(onSlice ? { onSlice } : {}),
  });
  cleanups.push(() => {
    view.clear();
    converter.dispose();
  });
  const options = (): ParallelShowOptions => ({
    roots: [doc.querySelector(rootSelector)!],
    skipFurniture: true,
    converter: converter.activeTextConverter()!,
    originals: {
      textOf: (node) => converter.originalTextOf(node),
      attributeOf: (element, name) => converter.originalAttributeOf(element, name),
    },
    // As the reading modes layer gives them: the langs of the conversion shown now.
    targetLang: localeLang(converter.activeTextConverter()!.to),
    sourceLang: localeLang(converter.activeTextConverter()!.from),
    label: 'Converted',
  });
  return { converter, view, options };
}

describe('ParallelView', () => {
  it('shows article blocks in the original, each followed by its conversion', async () => {
    const doc = fixturePage('reading-structure.html');
    const { view, options } = await parallelPage(doc);
    view.show(options());
    for (const id of ['headline', 'lead', 'item-memory', 'td-company', 'quote-one', 'caption']) {
      const block = doc.getElementById(id)!;
      const original = ownText(block);
      expect(original).toMatch(/[國記儲長這圖]/);
      expect(companionText(block)).toBe(twToCn(original));
    }
    // Blocks keep the language of their text; the document says what the rest reads in.
    expect(doc.getElementById('lead')!.getAttribute('lang')).toBe('zh-Hant');
    expect(doc.documentElement.getAttribute('lang')).toBe('zh-Hans');
  });

  it('converts the rest of the page in place: title, navigation, sidebar, footer', async () => {
    const doc = fixturePage('reading-structure.html');
    const { view, options } = await parallelPage(doc);
    view.show(options());
    await sleep(30);
    expect(doc.title).toBe(twToCn('閱讀模式結構測試｜科技週報'));
    for (const id of ['site-name', 'nav-list', 'sidebar-text', 'footer-text']) {
      const element = doc.getElementById(id)!;
      expect(element.querySelector(COMPANION_SELECTOR)).toBeNull();
      expect(compact(element)).toBe(twToCn(compact(element)));
      expect(compact(element)).not.toMatch(/[週關於閱讀權請註]/);
    }
    // And the blocks stay original once the converter has had its turn.
    expect(ownText(doc.getElementById('closing'))).toBe('總而言之，這個領域仍然值得關注。');
  });

  it('leaving the mode gives back the converted page byte for byte', async () => {
    const doc = fixturePage('reading-structure.html');
    const { view, options } = await parallelPage(doc);
    const converted = serialize(doc);
    view.show(options());
    expect(serialize(doc)).not.toBe(converted);
    view.clear();
    await sleep(30);
    expect(serialize(doc)).toBe(converted);
    expect(doc.adoptedStyleSheets).toHaveLength(0);
  });

  it('leaving the mode and the conversion gives back the original page byte for byte', async () => {
    const doc = fixturePage('reading-structure.html');
    const original = serialize(doc);
    const { converter, view, options } = await parallelPage(doc);
    view.show(options());
    view.clear();
    converter.restore();
    expect(serialize(doc)).toBe(original);
  });

  it('showing again changes nothing; a new conversion rebuilds every companion', async () => {
    const doc = documentWithBody(
      '<main id="article"><p id="lead">這裡的溫度很高，國家的發展值得關注。</p></main>',
    );
    const { converter, view, options } = await parallelPage(doc);
    view.show(options());
    const once = serialize(doc);
    view.show(options());
    expect(serialize(doc)).toBe(once);
    expect(doc.querySelectorAll(`#lead > ${COMPANION_SELECTOR}`)).toHaveLength(1);

    await converter.convert({ target: 'hk' });
    view.show(options());
    const lead = doc.getElementById('lead')!;
    expect(companionText(lead)).toBe(twToHk(ownText(lead)));
    // Taiwan's text beside Hong Kong's: each says which it is (`<html>` says Hong Kong now).
    expect(lead.getAttribute('lang')).toBe('zh-Hant');
    expect(lead.querySelector(COMPANION_SELECTOR)!.getAttribute('lang')).toBe('zh-Hant-HK');
    expect(doc.documentElement.getAttribute('lang')).toBe('zh-Hant-HK');
  });

  it('keeps a Hong Kong page’s blocks marked as Hong Kong’s beside their Taiwan conversion', async () => {
    const hkToTw = OpenCC.Converter({ from: 'hk', to: 'tw' });
    for (const pageLang of ['zh-HK', 'zh-Hant-HK']) {
      const doc = documentWithBody(
        '<main id="article"><p id="lead">這裏的温度很高，衞生綫路。</p></main>',
        pageLang,
      );
      const original = serialize(doc);
      const { converter, view, options } = await parallelPage(doc);
      await converter.convert({ target: 'tw' });
      // Read as Hong Kong's by the page's lang, however it spells it.
      expect(converter.activeTextConverter()!.from).toBe('hk');
      view.show(options());
      const lead = doc.getElementById('lead')!;
      expect(companionText(lead)).toBe(hkToTw('這裏的温度很高，衞生綫路。'));
      expect(doc.documentElement.getAttribute('lang')).toBe('zh-Hant');
      expect(lead.getAttribute('lang')).toBe('zh-Hant-HK');
      expect(lead.querySelector(COMPANION_SELECTOR)!.getAttribute('lang')).toBe('zh-Hant');
      view.clear();
      converter.restore();
      expect(serialize(doc)).toBe(original);
    }
  });

  it('gives each run of a block’s own text around a nested block its own companion, after it', async () => {
    const doc = documentWithBody(
      '<main id="article"><ul id="list"><li id="item">開頭說明<ul><li>子項目內容</li></ul>結尾補充說明</li></ul>' +
        '<dl><dt>術語</dt><dd id="dd">定義開頭<p>定義裡的段落</p>定義結尾</dd></dl>' +
        '<table><tbody><tr><td id="cell">儲存格開頭<p>儲存格段落</p>儲存格結尾</td></tr></tbody></table>' +
        '<blockquote id="quote">引言開頭<p>引用的段落</p>引言結尾</blockquote></main>',
    );
    const original = serialize(doc);
    const { converter, view, options } = await parallelPage(doc);
    view.show(options());
    /** The block's children as the reader meets them: [companion], <nested block>, text. */
    const reading = (block: Element) =>
      [...block.childNodes]
        .map((node) =>
          node.nodeType === 3
            ? (node as Text).data
            : (node as Element).matches(COMPANION_SELECTOR)
              ? `[${compact(node)}]`
              : `<${node.nodeName.toLowerCase()}>`,
        )
        .join('');
    expect(reading(doc.getElementById('item')!)).toBe(
      `開頭說明[${twToCn('開頭說明')}]<ul>結尾補充說明[${twToCn('結尾補充說明')}]`,
    );
    expect(reading(doc.getElementById('dd')!)).toBe(
      `定義開頭[${twToCn('定義開頭')}]<p>定義結尾[${twToCn('定義結尾')}]`,
    );
    expect(reading(doc.getElementById('cell')!)).toBe(
      `儲存格開頭[${twToCn('儲存格開頭')}]<p>儲存格結尾[${twToCn('儲存格結尾')}]`,
    );
    expect(reading(doc.getElementById('quote')!)).toBe(
      `引言開頭[${twToCn('引言開頭')}]<p>引言結尾[${twToCn('引言結尾')}]`,
    );
    // Lists stay lists, and a look at the page again changes nothing.
    for (const list of doc.querySelectorAll('ul')) {
      for (const child of list.children) expect(child.localName).toBe('li');
    }
    const shown = serialize(doc);
    view.show(options());
    await sleep(30);
    expect(serialize(doc)).toBe(shown);
    view.clear();
    converter.restore();
    expect(serialize(doc)).toBe(original);
  });

  it('gives new paragraphs their companion and leaves their text original', async () => {
    const doc = fixturePage('reading-structure.html');
    const { view, options } = await parallelPage(doc);
    view.show(options());
    const added = doc.createElement('p');
    added.textContent = '新增的段落：經濟發展值得關注。';
    doc.getElementById('article')!.append(added);
    await waitFor(() => companionText(added) !== null, 500);
    expect(companionText(added)).toBe(twToCn('新增的段落：經濟發展值得關注。'));
    await sleep(30); // the converter's batch
    expect(ownText(added)).toBe('新增的段落：經濟發展值得關注。');
  });

  it('follows text the page changes in a block', async () => {
    const doc = fixturePage('reading-structure.html');
    const { view, options } = await parallelPage(doc);
    view.show(options());
    const closing = doc.getElementById('closing')!;
    closing.firstChild!.textContent = '總而言之，這個產業需要長期投入。';
    await waitFor(() => companionText(closing) === twToCn('總而言之，這個產業需要長期投入。'));
    expect(closing.querySelectorAll(COMPANION_SELECTOR)).toHaveLength(1);
    expect(ownText(closing)).toBe('總而言之，這個產業需要長期投入。');
  });

  it('follows a link the page points elsewhere or retitles after its copy was made', async () => {
    const doc = documentWithBody(
      '<main id="article"><p id="lead">請看<a href="/old" title="舊的說明">這篇報導</a>的內容。</p>' +
        '<div id="story">第一段文字，<a href="/one">國家的發展</a>。<br>第二段文字。</div></main>',
    );
    const { view, options } = await parallelPage(doc);
    view.show(options());
    const lead = doc.getElementById('lead')!;
    const copiedLink = () => lead.querySelector(`${COMPANION_SELECTOR} a`)!;
    expect(copiedLink().getAttribute('href')).toBe('/old');
    const link = lead.querySelector('a')!;
    link.setAttribute('href', '/new?from=list');
    await waitFor(() => copiedLink().getAttribute('href') === '/new?from=list', 500);
    link.setAttribute('title', '新的說明');
    await waitFor(() => copiedLink().getAttribute('title') === '新的说明', 500);
    expect(lead.querySelectorAll(COMPANION_SELECTOR)).toHaveLength(1);
    expect(ownText(lead)).toBe('請看這篇報導的內容。');
    expect(link.getAttribute('title')).toBe('新的說明');

    // A line of a container follows its links as a block does.
    const story = doc.getElementById('story')!;
    story.querySelector('a')!.setAttribute('href', '/two');
    await waitFor(() => story.querySelector(`${COMPANION_SELECTOR} a[href="/two"]`) !== null, 500);
    expect(story.querySelectorAll(`${COMPANION_SELECTOR} a`)).toHaveLength(1);
  });

  it('follows a retitled link without a search of the article, and ignores a tooltip’s hover', async () => {
    const doc = documentWithBody(
      '<main id="article"><p id="lead">請看<a href="/old" title="舊的說明">這篇報導</a>的內容。</p>' +
        '<p id="other">另一段文字。</p></main>',
    );
    const { view, options } = await parallelPage(doc);
    // The text nodes whose original the view reads: a search of the article reads them all.
    const read: Text[] = [];
    const shownOptions = options();
    view.show({
      ...shownOptions,
      originals: {
        ...shownOptions.originals,
        textOf: (node) => {
          read.push(node);
          return shownOptions.originals.textOf(node);
        },
      },
    });
    const lead = doc.getElementById('lead')!;
    const other = doc.getElementById('other')!;
    const link = lead.querySelector('a')!;
    const leadCompanion = lead.querySelector(COMPANION_SELECTOR);
    const otherCompanion = other.querySelector(COMPANION_SELECTOR);
    expect(leadCompanion!.querySelector('a')!.getAttribute('title')).toBe(twToCn('舊的說明'));
    const readsOf = (block: Element) => read.filter((node) => block.contains(node)).length;

    // A tooltip script on hover: the title taken off and put back, the address written as it was.
    read.length = 0;
    link.removeAttribute('title');
    link.setAttribute('title', '舊的說明');
    link.setAttribute('href', '/old');
    await sleep(20);
    expect(lead.querySelector(COMPANION_SELECTOR)).toBe(leadCompanion);
    expect(readsOf(other)).toBe(0);

    // Retitled for real: that companion only is built anew, and no other block is read.
    link.setAttribute('title', '新的說明');
    await waitFor(
      () => lead.querySelector(`${COMPANION_SELECTOR} a`)?.getAttribute('title') === '新的说明',
      500,
    );
    expect(lead.querySelectorAll(COMPANION_SELECTOR)).toHaveLength(1);
    expect(companionText(lead)).toBe(twToCn('請看這篇報導的內容。'));
    expect(lead.getAttribute('lang')).toBe('zh-Hant');
    expect(other.querySelector(COMPANION_SELECTOR)).toBe(otherCompanion);
    expect(readsOf(other)).toBe(0);
    expect(link.getAttribute('title')).toBe('新的說明');
  });

  it('drops the companion of a block the page removes, and gives the block back', async () => {
    const doc = fixturePage('reading-structure.html');
    const { view, options } = await parallelPage(doc);
    view.show(options());
    const closing = doc.getElementById('closing')!;
    closing.remove();
    await waitFor(() => !view.blocks().includes(closing));
    expect(closing.querySelector(COMPANION_SELECTOR)).toBeNull();
    expect(closing.hasAttribute('lang')).toBe(false);
  });

  it('takes out the companions and lang a page copies with a block, in the root or outside', async () => {
    const doc = fixturePage('reading-structure.html');
    const original = serialize(doc);
    const { converter, view, options } = await parallelPage(doc);
    view.show(options());
    const closing = doc.getElementById('closing')!;
    expect(closing.getAttribute('lang')).toBe('zh-Hant');
    // A list item used as a template, say: a copy in the article, and one kept elsewhere.
    const inside = closing.cloneNode(true) as Element;
    inside.id = 'closing-copy';
    doc.getElementById('article')!.append(inside);
    const outside = closing.cloneNode(true) as Element;
    outside.id = 'kept-copy';
    doc.body.append(outside);
    // The copy in the article gets a companion of its own, and only one.
    await waitFor(() => view.blocks().includes(inside));
    expect(inside.querySelectorAll(COMPANION_SELECTOR)).toHaveLength(1);
    expect(companionText(inside)).toBe(companionText(closing));
    // Leaving the mode and the conversion leaves nothing of ours in either copy.
    view.clear();
    converter.restore();
    expect(doc.querySelector(COMPANION_SELECTOR)).toBeNull();
    expect(inside.hasAttribute('lang')).toBe(false);
    expect(outside.hasAttribute('lang')).toBe(false);
    inside.remove();
    outside.remove();
    expect(serialize(doc)).toBe(original);
  });

  it('gives a block the page replaced with its own clone one companion, not two', async () => {
    const doc = fixturePage('reading-structure.html');
    const { view, options } = await parallelPage(doc);
    view.show(options());
    const closing = doc.getElementById('closing')!;
    // A page stripping a paragraph's listeners: the clone comes with a copy of our companion.
    const clone = closing.cloneNode(true) as Element;
    closing.replaceWith(clone);
    await waitFor(() => view.blocks().includes(clone));
    await sleep(30);
    expect(clone.querySelectorAll(COMPANION_SELECTOR)).toHaveLength(1);
    view.clear();
    expect(doc.querySelector(COMPANION_SELECTOR)).toBeNull();
  });

  it('takes its companions out of a block the page makes editable, and none can be typed in', async () => {
    const doc = fixturePage('reading-structure.html');
    const { view, options } = await parallelPage(doc);
    view.show(options());
    const closing = doc.getElementById('closing')!;
    expect(closing.querySelector(COMPANION_SELECTOR)!.getAttribute('contenteditable')).toBe(
      'false',
    );
    // The page turns on inline editing for the paragraph.
    closing.setAttribute('contenteditable', 'true');
    await waitFor(() => closing.querySelector(COMPANION_SELECTOR) === null);
    expect(closing.hasAttribute('lang')).toBe(false);
    expect(view.blocks()).not.toContain(closing);
  });

  it('shows text between a block and a block nested in it with a companion too', async () => {
    const doc = documentWithBody(
      '<main id="article"><ul><li id="item">項目標題<div id="note">這裡的說明文字<p id="inner">國家的發展</p></div></li></ul></main>',
    );
    const { view, options } = await parallelPage(doc);
    view.show(options());
    await sleep(30);
    const note = doc.getElementById('note')!;
    // In the original, with its conversion after it (before the nested paragraph).
    expect(note.firstChild!.textContent).toBe('這裡的說明文字');
    expect(companionText(note)).toBe('这里的说明文字');
    expect(note.firstChild!.nextSibling).toBe(note.querySelector(COMPANION_SELECTOR));
    expect(companionText(doc.getElementById('inner'))).toBe('国家的发展');
    expect(companionText(doc.getElementById('item'))).toBe('项目标题');
  });

  it('puts back a companion the page removes, a few times only', async () => {
    const doc = fixturePage('reading-structure.html');
    const { view, options } = await parallelPage(doc);
    view.show(options());
    const closing = doc.getElementById('closing')!;
    closing.querySelector(COMPANION_SELECTOR)!.remove();
    await waitFor(() => companionText(closing) !== null);
    for (let round = 0; round < 6; round += 1) {
      closing.querySelector(COMPANION_SELECTOR)?.remove();
      await sleep(5);
    }
    expect(closing.querySelectorAll(COMPANION_SELECTOR).length).toBeLessThanOrEqual(1);
    expect(view.blocks()).not.toContain(closing);
  });

  it('gives a block it gave up on another chance when the mode starts again or the target changes', async () => {
    const text = '這裡的溫度很高，國家的發展值得關注。';
    const doc = documentWithBody(`<main id="article"><p id="closing">${text}</p></main>`);
    const { converter, view, options } = await parallelPage(doc);
    const closing = doc.getElementById('closing')!;
    /** The page keeps taking the companion out until the view leaves the block alone. */
    const fightUntilGivenUp = async () => {
      for (let round = 0; round < 6; round += 1) {
        closing.querySelector(COMPANION_SELECTOR)?.remove();
        await sleep(5);
      }
      expect(companionText(closing)).toBeNull();
      expect(view.blocks()).not.toContain(closing);
    };
    view.show(options());
    await fightUntilGivenUp();
    // The reader leaves the mode and turns it on again.
    view.clear();
    view.show(options());
    expect(companionText(closing)).toBe(twToCn(text));

    await fightUntilGivenUp();
    // The reader switches the target: the companions are built anew, the given-up one too.
    await converter.convert({ target: 'hk' });
    view.show(options());
    expect(companionText(closing)).toBe(twToHk(text));
    expect(twToHk(text)).not.toBe(text);
  });

  it('puts no companion inside a button or another widget, whose text is its label', async () => {
    const doc = documentWithBody(
      '<div id="article"><button id="expand"><div>展開全文</div></button>' +
        '<span role="button" id="more"><div>閱讀更多</div></span>' +
        '<div role="tab" id="tab"><p>國際新聞</p></div>' +
        '<p id="lead">這裡的溫度很高，國家的發展值得關注。</p><div id="line">總而言之，這個領域仍然值得關注。</div></div>',
    );
    const { view, options } = await parallelPage(doc);
    // A NetEase-style article root: every line of it gets a companion, short or not.
    view.show({ ...options(), skipFurniture: false });
    for (const id of ['expand', 'more', 'tab']) {
      const control = doc.getElementById(id)!;
      expect(control.querySelector(COMPANION_SELECTOR)).toBeNull();
      expect(view.blocks().some((block) => control.contains(block))).toBe(false);
    }
    expect(doc.getElementById('expand')!.textContent).toBe('展开全文');
    expect(companionText(doc.getElementById('lead'))).toBe(
      twToCn('這裡的溫度很高，國家的發展值得關注。'),
    );
    expect(companionText(doc.getElementById('line'))).toBe(
      twToCn('總而言之，這個領域仍然值得關注。'),
    );
  });

  it('never adds a companion in an editor, and leaves editors as they are', async () => {
    const doc = fixturePage('editors.html');
    const original = serialize(doc);
    const converter = createConverter(doc);
    await converter.convert({ target: 'cn' });
    const view = new ParallelView({
      document: doc,
      onExcludedChange: (blocks) => converter.setExcludedSubtrees(blocks),
    });
    cleanups.push(() => converter.dispose());
    view.show({
      roots: [doc.body],
      skipFurniture: true,
      converter: converter.activeTextConverter()!,
      originals: {
        textOf: (node) => converter.originalTextOf(node),
        attributeOf: (element, name) => converter.originalAttributeOf(element, name),
      },
      targetLang: 'zh-Hans',
      sourceLang: 'zh-Hant',
      label: 'Converted',
    });
    expect(doc.querySelector(`#editor ${COMPANION_SELECTOR}`)).toBeNull();
    expect(doc.querySelector(`form ${COMPANION_SELECTOR}`)).toBeNull();
    expect(doc.getElementById('editor')!.textContent).toContain('編輯器裡的');
    expect(companionText(doc.getElementById('before'))).toBe(
      twToCn('請在下方輸入您的意見，我們會盡快回覆。'),
    );
    // The editor gets no companion even when the page types into it.
    doc.querySelector('#editor p')!.append(doc.createTextNode('新的輸入'));
    await sleep(20);
    expect(doc.querySelector(`#editor ${COMPANION_SELECTOR}`)).toBeNull();
    view.clear();
    converter.restore();
    expect(serialize(doc)).toBe(original.replace('保持原樣。</p>', '保持原樣。新的輸入</p>'));
  });

  it('adds no companion where the conversion changes nothing', async () => {
    const doc = documentWithBody(
      '<main id="article"><p id="same">中文 2024 年</p><p id="changed">這個國家的發展</p></main>',
    );
    const { view, options } = await parallelPage(doc);
    view.show(options());
    expect(companionText(doc.getElementById('same'))).toBeNull();
    expect(companionText(doc.getElementById('changed'))).toBe(twToCn('這個國家的發展'));
    expect(view.blocks().map((block) => block.id)).toEqual(['changed']);
  });

  it('gives the article’s own headline a companion; the page’s header and footer get none', async () => {
    const doc = documentWithBody(
      '<header id="site"><p id="site-name">這個網站的名稱與導覽</p></header>' +
        '<article id="article"><header><h1 id="headline">這個國家的新聞標題</h1></header>' +
        '<p id="lead">這裡的溫度很高，國家的發展值得關注。</p><p>總而言之，這個領域仍然值得關注。</p>' +
        '<footer><p id="byline">記者報導，編輯負責審閱。</p></footer></article>' +
        '<footer id="colophon"><p id="rights">版權所有，轉載請註明出處。</p></footer>',
    );
    // The root the reader takes on such a page: the article around the densest block.
    const { roots, skipFurniture } = parallelRoots({
      document: doc,
      neteaseKind: null,
      articleRoot: doc.getElementById('lead'),
    });
    expect(roots).toEqual([doc.getElementById('article')]);
    const { view, options } = await parallelPage(doc);
    view.show({ ...options(), roots, skipFurniture });
    expect(companionText(doc.getElementById('headline'))).toBe('这个国家的新闻标题');
    expect(ownText(doc.getElementById('headline'))).toBe('這個國家的新聞標題');
    expect(companionText(doc.getElementById('byline'))).toBe(twToCn('記者報導，編輯負責審閱。'));
    // With the whole page as the root, the site's own header and footer stay furniture.
    view.show({ ...options(), roots: [doc.body], skipFurniture });
    expect(companionText(doc.getElementById('headline'))).toBe('这个国家的新闻标题');
    expect(companionText(doc.getElementById('site-name'))).toBeNull();
    expect(companionText(doc.getElementById('rights'))).toBeNull();
  });

  it('builds the companions of a long article in slices, and stops when the mode ends', async () => {
    const paragraphs = Array.from({ length: 2000 }, (_, i) => `<p>第${i}段：這個國家的發展。</p>`);
    const doc = documentWithBody(`<main id="article">${paragraphs.join('')}</main>`);
    const { view, options } = await parallelPage(doc);
    const count = () => doc.querySelectorAll(COMPANION_SELECTOR).length;
    view.show(options());
    // Too many for the task that asked (it searched the article): they come in later tasks,
    // a slice at a time, not all at once (seconds of work in one task).
    expect(count()).toBe(0);
    await waitFor(() => count() > 0, 5_000);
    expect(count()).toBeLessThan(2000);
    await waitFor(() => count() === 2000, 20_000);
    // Shown again, then left before the slices are done: nothing more comes.
    view.clear();
    view.show(options());
    await waitFor(() => count() > 0, 5_000);
    view.clear();
    expect(count()).toBe(0);
    await sleep(100);
    expect(count()).toBe(0);
  }, 30_000);

  it('times its search for the blocks and each slice of companions, not the whole build', async () => {
    const paragraphs = Array.from({ length: 2000 }, (_, i) => `<p>第${i}段：這個國家的發展。</p>`);
    const doc = documentWithBody(`<main id="article">${paragraphs.join('')}</main>`);
    const slices: number[] = [];
    const { view, options } = await parallelPage(doc, '#article', (ms) => slices.push(ms));
    const count = () => doc.querySelectorAll(COMPANION_SELECTOR).length;
    const started = performance.now();
    view.show(options());
    // The search for the blocks, in the task that asked.
    expect(slices).toHaveLength(1);
    await waitFor(() => count() === 2000, 20_000);
    const elapsed = performance.now() - started;
    expect(slices.length).toBeGreaterThan(3);
    expect(Math.min(...slices)).toBeGreaterThan(0);
    // Tasks with the page's turns between them: together they are less than the whole.
    expect(slices.reduce((sum, ms) => sum + ms, 0)).toBeLessThan(elapsed);
  }, 30_000);

  it('keeps a long article in the original while its companions are built anew for another target', async () => {
    const paragraphs = Array.from(
      { length: 1500 },
      (_, i) => `<p id="p${i}">第${i}段：這裡的發展。</p>`,
    );
    const doc = documentWithBody(`<main id="article">${paragraphs.join('')}</main>`);
    const { converter, view, options } = await parallelPage(doc);
    const count = () => doc.querySelectorAll(COMPANION_SELECTOR).length;
    view.show(options());
    await waitFor(() => count() === 1500, 20_000);
    const last = doc.getElementById('p1499')!;
    const original = ownText(last);
    // Hong Kong now: every companion is rebuilt, slice by slice.
    await converter.convert({ target: 'hk' });
    view.show(options());
    const seen = new Set<string>();
    await waitFor(() => {
      seen.add(ownText(last));
      return companionText(last) === twToHk('第1499段：這裡的發展。');
    }, 20_000);
    // Never shown converted in place in between.
    expect([...seen]).toEqual([original]);
  }, 40_000);

  describe('lines a container holds directly (an article split by <br>, <div> paragraphs)', () => {
    const STORY =
      '<div id="story">華為發佈了新的處理器。<br><br>這個國家的<b>記憶體</b>產業發展很快。' +
      '<br><br>記者：王小明</div>';

    /** The story's child nodes as the reader sees them: text, and each companion's text. */
    const shown = (story: Element) =>
      [...story.childNodes]
        .map((node) =>
          node.nodeType === 1 && (node as Element).matches(COMPANION_SELECTOR)
            ? `[${compact(node as Element)}]`
            : node.nodeName === 'BR'
              ? '|'
              : (node.textContent ?? ''),
        )
        .join('');

    it('shows each line in the original, its conversion after its own line break', async () => {
      const doc = documentWithBody(STORY);
      const original = serialize(doc);
      const { converter, view, options } = await parallelPage(doc, '#story');
      view.show({ ...options(), skipFurniture: false });
      const story = doc.getElementById('story')!;
      expect(shown(story)).toBe(
        `華為發佈了新的處理器。|[${twToCn('華為發佈了新的處理器。')}]|` +
          `這個國家的記憶體產業發展很快。|[${twToCn('這個國家的記憶體產業發展很快。')}]|` +
          `記者：王小明[${twToCn('記者：王小明')}]`,
      );
      // The companion keeps the line's markup. All of the container's text shows in the
      // original: it says so, as a block does (`<html lang>` names the target now), and each
      // companion carries its own.
      expect(story.querySelectorAll(`${COMPANION_SELECTOR} > b`)).toHaveLength(1);
      expect(story.getAttribute('lang')).toBe('zh-Hant');
      expect(
        [...story.querySelectorAll(COMPANION_SELECTOR)].map((c) => c.getAttribute('lang')),
      ).toEqual(['zh-Hans', 'zh-Hans', 'zh-Hans']);
      // Leaving the mode, the lines convert in place like the rest of the page.
      view.clear();
      // The lines convert in slices: waited for until the last one has (記者 included).
      const converted = twToCn('華為發佈了新的處理器。這個國家的記憶體產業發展很快。記者：王小明');
      await waitFor(() => story.textContent === converted);
      expect(story.textContent).toBe(converted);
      converter.restore();
      expect(serialize(doc)).toBe(original);
    });

    it('leaves lines that are not prose converted in place, beside the lines it shows', async () => {
      const doc = documentWithBody(
        '<main id="article"><div id="box">熱門標籤<br>這是一段足夠長的正文，讀者需要對照閱讀。</div></main>',
      );
      const { converter, view, options } = await parallelPage(doc);
      view.show(options());
      const box = doc.getElementById('box')!;
      // The label converts in place; the prose line is given back to the page's text.
      expect(shown(box)).toBe(
        `${twToCn('熱門標籤')}|這是一段足夠長的正文，讀者需要對照閱讀。` +
          `[${twToCn('這是一段足夠長的正文，讀者需要對照閱讀。')}]`,
      );
      // Part of the container reads converted: it says nothing of its language.
      expect(box.hasAttribute('lang')).toBe(false);
      // Nor one that holds a box (a caption converted in place), though all its lines show.
      const captioned = documentWithBody(
        '<main id="article"><div id="fig">這是一段足夠長的正文，讀者需要對照閱讀。<br>第二段也是足夠長的正文，讀者需要對照。' +
          '<div id="cap">圖一說明</div></div></main>',
      );
      const second = await parallelPage(captioned);
      second.view.show(second.options());
      expect(captioned.getElementById('fig')!.hasAttribute('lang')).toBe(false);
      // All lines shown, then one added that is not (a tag): the container's `lang` goes.
      const tagged = documentWithBody(
        '<main id="article"><div id="two">這是一段足夠長的正文，讀者需要對照閱讀。<br>第二段也是足夠長的正文，讀者需要對照。</div></main>',
      );
      const third = await parallelPage(tagged);
      third.view.show(third.options());
      const two = tagged.getElementById('two')!;
      expect(two.getAttribute('lang')).toBe('zh-Hant');
      two.append(tagged.createElement('br'), '熱門標籤');
      await waitFor(() => !two.hasAttribute('lang'));
      // A change to the line: the companion follows, and the line stays the page's.
      (box.childNodes[2] as Text).appendData('還有更多。');
      await waitFor(() => (companionText(box) ?? '').includes('还有更多'));
      // Long enough for the converter to have taken the change (it waits for a batch).
      await sleep(120);
      expect(box.childNodes[2]!.textContent).toBe(
        '這是一段足夠長的正文，讀者需要對照閱讀。還有更多。',
      );
      view.clear();
      converter.restore();
      expect(box.textContent).toBe('熱門標籤這是一段足夠長的正文，讀者需要對照閱讀。還有更多。');
    });

    it('shows the page’s own text when a line converted in place grows into prose', async () => {
      const doc = documentWithBody(
        '<main id="article"><div id="box">國家<br>這是一段足夠長的正文，讀者需要對照閱讀。</div></main>',
      );
      const { converter, view, options } = await parallelPage(doc);
      view.show(options());
      const box = doc.getElementById('box')!;
      const first = box.firstChild as Text;
      expect(first.data).toBe('国家');
      // The page streams more text into the short line, which then reads as prose.
      first.appendData('的發展很快，記憶體產業也是。');
      await waitFor(() => companionText(box)?.startsWith('国家的发展很快') ?? false);
      expect(first.data).toBe('國家的發展很快，記憶體產業也是。');
      view.clear();
      converter.restore();
      expect(box.textContent).toBe(
        '國家的發展很快，記憶體產業也是。這是一段足夠長的正文，讀者需要對照閱讀。',
      );
    });

    it('takes our lang off a copy the page makes outside the root, which the converter converts', async () => {
      const doc = documentWithBody(
        '<main id="article"><div id="two">長句一。<br>長句二。</div><p id="lead">長句三。</p></main>',
      );
      const original = serialize(doc);
      const { converter, view, options } = await parallelPage(doc);
      view.show(options());
      const two = doc.getElementById('two')!;
      const lead = doc.getElementById('lead')!;
      // All of the container's lines show in the original: the container says so, as a block does.
      expect(two.getAttribute('lang')).toBe('zh-Hant');
      expect(lead.getAttribute('lang')).toBe('zh-Hant');
      // Copies kept outside the root only: nothing in the root changes, so no sync of the view
      // runs, and the converter converts the copies, our `lang` with them.
      const copies = [two, lead].map((block) => {
        const copy = block.cloneNode(true) as Element;
        copy.id = `${block.id}-copy`;
        doc.body.append(copy);
        return copy;
      });
      await sleep(40); // the converter's batch
      expect(copies.map((copy) => copy.getAttribute('lang'))).toEqual(['zh-Hans', 'zh-Hans']);
      // Leaving the mode and the conversion leaves nothing of ours in either copy.
      view.clear();
      converter.restore();
      expect(doc.querySelector(COMPANION_SELECTOR)).toBeNull();
      expect(two.hasAttribute('lang')).toBe(false);
      expect(lead.hasAttribute('lang')).toBe(false);
      expect(copies.map((copy) => copy.getAttribute('lang'))).toEqual([null, null]);
      for (const copy of copies) copy.remove();
      expect(serialize(doc)).toBe(original);
    });

    it('gives a line container its own lang back while all its lines show in the original', async () => {
      const doc = documentWithBody(
        '<main id="article"><div id="two" lang="zh-TW">長句一。<br>長句二。</div>' +
          '<div id="one" lang="zh-TW">只有一行的長句。</div></main>',
      );
      const original = serialize(doc);
      const { converter, view, options } = await parallelPage(doc);
      // Converted, the containers say what they show now.
      await sleep(30);
      const two = doc.getElementById('two')!;
      expect(two.getAttribute('lang')).toBe('zh-Hans');
      view.show(options());
      await sleep(30); // the converter's batch
      // Their text shows in the original, Traditional: so do their `lang`s, whether the
      // container holds one line (a block) or several.
      expect(shown(two)).toBe(`長句一。|[${twToCn('長句一。')}]長句二。[${twToCn('長句二。')}]`);
      expect(two.getAttribute('lang')).toBe('zh-TW');
      expect(doc.getElementById('one')!.getAttribute('lang')).toBe('zh-TW');
      // A line that is not prose joins it and converts in place: the container reads converted
      // in part, and says so again.
      two.append(doc.createElement('br'), '標籤');
      await waitFor(() => two.lastChild?.textContent === twToCn('標籤'));
      expect(two.getAttribute('lang')).toBe('zh-Hans');
      expect(two.firstChild?.textContent).toBe('長句一。');
      view.clear();
      converter.restore();
      two.lastChild!.remove();
      two.lastChild!.remove();
      expect(serialize(doc)).toBe(original);
    });

    it('gives the page back byte for byte after the mode and the conversion end', async () => {
      const doc = documentWithBody(
        `<article id="article">${STORY}<div id="two"><div>這是第一段落。</div><div>還有第二段落。</div></div></article>`,
      );
      const original = serialize(doc);
      const { converter, view, options } = await parallelPage(doc);
      view.show({ ...options(), skipFurniture: false });
      expect(doc.querySelectorAll(COMPANION_SELECTOR)).toHaveLength(5);
      // A paragraph written as a <div> says what language its original is in, as a <p> does.
      expect([...doc.querySelectorAll('#two > div')].map((d) => d.getAttribute('lang'))).toEqual([
        'zh-Hant',
        'zh-Hant',
      ]);
      view.clear();
      converter.restore();
      expect(serialize(doc)).toBe(original);
    });
  });
});
