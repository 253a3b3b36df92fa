import { describe, expect, it } from 'vitest';
import {
  originalTextOfBlock,
  originalTextOfTarget,
  peekTargetOf,
  selectTextBlocks,
  TEXT_BLOCK_TAGS,
  textBlockOf,
  type TextBlock,
} from '../../../utils/modes/blocks.ts';
import { parallelRoots } from '../../../utils/modes/roots.ts';
import { findDensestTextBlock } from '../../../utils/detect/article-root.ts';
import { documentWithBody, fixturePage } from '../convert/helpers.ts';

const ids = (blocks: { block: Element }[]) => blocks.map(({ block }) => block.id);

describe('selectTextBlocks', () => {
  it('picks the text blocks of an article, in document order', () => {
    const doc = fixturePage('reading-structure.html');
    const blocks = selectTextBlocks({ root: doc.getElementById('article')!, skipFurniture: true });
    expect(ids(blocks)).toEqual([
      'headline',
      'lead',
      'section-products',
      'item-memory',
      'item-logic',
      'node-mature',
      'node-advanced',
      'step-one',
      'step-two',
      'th-company',
      'th-volume',
      'td-company',
      'td-volume',
      '',
      'quote-one',
      'quote-two',
      'dt-hbm',
      'dd-hbm',
      'caption',
      'closing',
    ]);
  });

  it('leaves out blocks without Chinese text (a number, an image)', () => {
    const doc = fixturePage('reading-structure.html');
    const selected = selectTextBlocks({ root: doc.body, skipFurniture: true }).map((b) => b.block);
    expect(selected).not.toContain(doc.getElementById('item-number'));
    const numberCell = [...doc.querySelectorAll('td')].find((td) => td.textContent === '1000');
    expect(selected).not.toContain(numberCell);
  });

  it('never selects a block in code, in an editor, or holding an editor', () => {
    const doc = documentWithBody(`
      <main id="m">
        <pre><p id="in-pre">這段程式碼</p></pre>
        <code><span><p id="in-code">這段程式碼</p></span></code>
        <div contenteditable="true"><p id="in-editor">編輯器裡的文字</p></div>
        <div contenteditable="plaintext-only"><ul><li id="in-plain">清單項目</li></ul></div>
        <p id="holds-editor">外面的文字<span contenteditable="">裡面的文字</span></p>
        <div contenteditable="false"><p id="read-only">這段文字不可編輯</p></div>
        <div translate="no"><p id="no-translate">不要翻譯這段</p></div>
        <p id="plain">一般的段落</p>
      </main>`);
    const blocks = selectTextBlocks({ root: doc.getElementById('m')!, skipFurniture: true });
    expect(ids(blocks)).toEqual(['read-only', 'plain']);
  });

  it('leaves out page furniture on generic pages only', () => {
    const doc = fixturePage('reading-structure.html');
    const generic = ids(selectTextBlocks({ root: doc.body, skipFurniture: true }));
    expect(generic).not.toContain('site-name');
    expect(generic).not.toContain('sidebar-text');
    expect(generic).not.toContain('footer-text');
    expect(generic).toContain('closing');
    const article = ids(selectTextBlocks({ root: doc.body, skipFurniture: false }));
    expect(article).toEqual(expect.arrayContaining(['site-name', 'sidebar-text', 'footer-text']));
  });

  it('a list item with a nested list owns its text only, and its companion goes before the list', () => {
    const doc = fixturePage('reading-structure.html');
    const blocks = selectTextBlocks({ root: doc.getElementById('article')!, skipFurniture: true });
    const logic = blocks.find(({ block }) => block.id === 'item-logic')!;
    expect(logic.ownNodes.map((node) => node.textContent?.trim()).join('')).toBe('邏輯晶片的製造');
    expect(logic.ownNodes).not.toContain(doc.getElementById('logic-nodes'));
    expect(logic.after.textContent?.trim()).toBe('邏輯晶片的製造');
    // A list item whose only content is a paragraph is not a block of its own.
    expect(blocks.map(({ block }) => block)).not.toContain(
      doc.getElementById('step-one')!.parentElement,
    );
  });

  it('text between a block and a block nested in it is a block of its own', () => {
    const doc = documentWithBody(
      '<ul id="list"><li id="item">項目標題<div id="note">這裡的說明文字<p id="inner">國家的發展</p></div></li></ul>' +
        '<div id="outside">外面的文字<p id="plain">段落</p></div>',
    );
    const blocks = selectTextBlocks({ root: doc.body, skipFurniture: false });
    // The div in the list item holds text of its own; so does the one outside any block, whose
    // text is a line of its own (see the tests of lines below).
    expect(ids(blocks)).toEqual(['item', 'note', 'inner', 'outside', 'plain']);
    const note = blocks.find(({ block }) => block.id === 'note')!;
    expect(note.ownNodes.map((node) => node.textContent)).toEqual(['這裡的說明文字']);
    expect(note.after.textContent).toBe('這裡的說明文字');
  });

  it('a blockquote of paragraphs is not a block; its paragraphs are', () => {
    const doc = fixturePage('reading-structure.html');
    const blocks = selectTextBlocks({ root: doc.getElementById('article')!, skipFurniture: true });
    expect(blocks.map(({ block }) => block)).not.toContain(doc.getElementById('quote'));
    const bare = documentWithBody(
      '<blockquote id="q">引文的開頭<p id="inner">段落</p>結尾</blockquote>',
    );
    const quoted = selectTextBlocks({ root: bare.body, skipFurniture: false });
    // Its text on either side of the paragraph is two runs, each with its companion after it.
    expect(ids(quoted)).toEqual(['q', 'inner', 'q']);
    expect(quoted[0]!.after.textContent).toBe('引文的開頭');
    expect(quoted[2]!.after.textContent).toBe('結尾');
    expect(quoted[0]!.anchor).toBe(bare.getElementById('q'));
    expect(quoted[2]!.anchor).toBe(quoted[2]!.after);
  });
});

describe('selectTextBlocks: lines of text a container holds directly', () => {
  /** Each line (a block that is not a text-block element): its container's id and its text. */
  const lines = (blocks: TextBlock[]) =>
    blocks
      .filter(({ block }) => !TEXT_BLOCK_TAGS.has(block.localName))
      .map(({ block, ownNodes }) => [block.id, ownNodes.map((n) => n.textContent).join('')]);

  it('splits an article written as one block at its <br>s, each line after its own break', () => {
    const doc = documentWithBody(
      '<div id="story">第一段文字。<br><br>第二段<b>加粗的</b>文字。<br><br>第三段。</div>',
    );
    const blocks = selectTextBlocks({ root: doc.getElementById('story')!, skipFurniture: false });
    expect(lines(blocks)).toEqual([
      ['story', '第一段文字。'],
      ['story', '第二段加粗的文字。'],
      ['story', '第三段。'],
    ]);
    const breaks = doc.querySelectorAll('br');
    // The companion takes the place of the line break that ends the line; the last line has
    // none, and its companion follows its text.
    expect(blocks.map(({ after }) => after)).toEqual([
      breaks[0],
      breaks[2],
      doc.getElementById('story')!.lastChild,
    ]);
    // The converter leaves the lines' own nodes alone, not the whole container.
    expect(blocks[1]!.original.map((node) => node.nodeName)).toEqual(['#text', 'B', '#text']);
  });

  it('takes paragraphs written as <div>s, and text around boxes, in document order', () => {
    const doc = documentWithBody(
      '<div id="story"><div id="one">第一段。</div>中間的一行。<div id="two">第二段。</div>' +
        '<p id="p">真正的段落。</p></div>',
    );
    const blocks = selectTextBlocks({ root: doc.getElementById('story')!, skipFurniture: false });
    expect(blocks.map(({ block, ownNodes }) => [block.id, ownNodes[0]!.textContent])).toEqual([
      ['one', '第一段。'],
      ['story', '中間的一行。'],
      ['two', '第二段。'],
      ['p', '真正的段落。'],
    ]);
  });

  it('where the root is a guess, takes only lines that read as prose', () => {
    const doc = documentWithBody(
      '<main id="m"><div>首頁</div><div>作者：王小明</div>' +
        '<div id="prose">這是一段足夠長的正文讀者需要對照閱讀</div><div id="short">短句。</div>' +
        '<nav><div>這是導覽列裡很長的一段文字，不是正文。</div></nav></main>',
    );
    const guessed = selectTextBlocks({ root: doc.getElementById('m')!, skipFurniture: true });
    expect(lines(guessed)).toEqual([
      ['prose', '這是一段足夠長的正文讀者需要對照閱讀'],
      ['short', '短句。'],
    ]);
    // In an article root every line with Chinese is the article's.
    const article = selectTextBlocks({ root: doc.getElementById('m')!, skipFurniture: false });
    expect(lines(article).map(([, text]) => text)).toEqual([
      '首頁',
      '作者：王小明',
      '這是一段足夠長的正文讀者需要對照閱讀',
      '短句。',
      '這是導覽列裡很長的一段文字，不是正文。',
    ]);
  });

  it('gives no line with an editor or a form control, and keeps code in its line', () => {
    const doc = documentWithBody(
      '<div id="story">可以編輯：<span contenteditable="true">這裡</span>的文字。<br>' +
        '<label>姓名</label><input value="陳小華">請填寫。<br>' +
        '執行<code>npm test</code>之後，查看結果。<br>' +
        '<div contenteditable="true">編輯器裡的文字。<br>第二行。</div></div>',
    );
    const blocks = selectTextBlocks({ root: doc.getElementById('story')!, skipFurniture: false });
    expect(lines(blocks)).toEqual([['story', '執行npm test之後，查看結果。']]);
  });

  it('an inline element holding a box is a container: nothing is copied twice', () => {
    const doc = documentWithBody(
      '<div id="list"><a id="card" href="/a"><div id="title">標題文字。</div>摘要文字。</a></div>',
    );
    const blocks = selectTextBlocks({ root: doc.getElementById('list')!, skipFurniture: false });
    expect(lines(blocks)).toEqual([
      ['title', '標題文字。'],
      ['card', '摘要文字。'],
    ]);
  });

  it('a <div> that holds one line and nothing else is a block like a paragraph', () => {
    const doc = documentWithBody(
      '<div id="story"><div id="one">第一段。</div><div id="two">第二段。<br>還有一行。</div></div>',
    );
    const blocks = selectTextBlocks({ root: doc.getElementById('story')!, skipFurniture: false });
    const one = doc.getElementById('one')!;
    // Left alone whole by the converter, with its `lang` (see parallel.ts).
    expect(blocks[0]).toMatchObject({ block: one, anchor: one, original: [one] });
    // Two lines: each is left alone node by node.
    expect(blocks.slice(1).map(({ original }) => original.map((n) => n.textContent))).toEqual([
      ['第二段。'],
      ['還有一行。'],
    ]);
  });

  it('splits a wrapper of the whole article (a <font>, a <span>) at its <br>s', () => {
    const doc = documentWithBody(
      '<div id="story"><font id="f" size="3">第一段國家發展。<br><br>第二段記憶體產業。</font></div>',
    );
    const blocks = selectTextBlocks({ root: doc.getElementById('story')!, skipFurniture: false });
    expect(lines(blocks)).toEqual([
      ['f', '第一段國家發展。'],
      ['f', '第二段記憶體產業。'],
    ]);
  });

  it('splits a forum post kept in one <td> (Discuz) at its <br>s, in a <font> too', () => {
    const doc = documentWithBody(
      '<table><tbody><tr><td id="post">第一段國家發展。<br />\n<br />\n第二段<b>記憶體</b>產業。' +
        '<br />\n<br />\n第三段。</td>' +
        '<td id="old"><font id="f" size="3">舊版第一段。<br>\n<br>\n舊版第二段。</font></td></tr>' +
        '<tr><td id="address">台北市<br>信義區</td></tr></tbody></table>',
    );
    const post = doc.getElementById('post')!;
    // Each line's container and own text (the cell's lines are the cell's, not a block's).
    const read = (blocks: TextBlock[]) =>
      blocks.map(({ block, ownNodes }) => [block.id, ownNodes.map((n) => n.textContent).join('')]);
    expect(read(selectTextBlocks({ root: post, skipFurniture: false }))).toEqual([
      ['post', '第一段國家發展。'],
      ['post', '\n第二段記憶體產業。'],
      ['post', '\n第三段。'],
    ]);
    expect(
      read(selectTextBlocks({ root: doc.getElementById('old')!, skipFurniture: false })),
    ).toEqual([
      ['f', '舊版第一段。'],
      ['f', '\n舊版第二段。'],
    ]);
    // A cell of lines without a blank line between them (an address) stays one block.
    expect(ids(selectTextBlocks({ root: doc.body, skipFurniture: false }))).toContain('address');
  });

  it('splits a post cell or a quotation of lines inside another block, reading each part once', () => {
    // Discuz keeps the post's <td> in a table inside the <td> of its floor.
    const read = (root: Element) =>
      selectTextBlocks({ root, skipFurniture: false }).map(({ block, ownNodes }) => [
        block.id || block.className,
        ownNodes
          .map((n) => n.textContent)
          .join('')
          .trim(),
      ]);
    const discuz = documentWithBody(
      '<table><tbody><tr><td class="pls">作者名稱</td><td class="plc"><div class="pct">' +
        '<div class="t_fsz"><table><tbody><tr><td id="post">第一段國家發展。<br>\n<br>\n' +
        '第二段記憶體產業。<br>\n<br>\n第三段。</td></tr></tbody></table></div></div></td></tr></tbody></table>',
    );
    expect(read(discuz.body)).toEqual([
      ['pls', '作者名稱'],
      ['post', '第一段國家發展。'],
      ['post', '第二段記憶體產業。'],
      ['post', '第三段。'],
    ]);
    const quote = documentWithBody(
      '<ul><li id="li">樓主說：<div><blockquote id="q">第一段國家發展。<br><br>第二段記憶體產業。' +
        '</blockquote></div></li></ul>',
    );
    expect(read(quote.body)).toEqual([
      ['li', '樓主說：'],
      ['q', '第一段國家發展。'],
      ['q', '第二段記憶體產業。'],
    ]);
    const nested = documentWithBody(
      '<table><tr><td id="outer">外層說明。<table><tr><td id="post">第一段。<br><br>第二段。' +
        '<div id="d">框內文字。<p id="p">段落文字。</p></div></td></tr></table></td></tr></table>',
    );
    expect(read(nested.body)).toEqual([
      ['outer', '外層說明。'],
      ['post', '第一段。'],
      ['post', '第二段。'],
      ['d', '框內文字。'],
      ['p', '段落文字。'],
    ]);
  });

  it('puts no line where a companion may not go, nor in a component or fallback content', () => {
    const doc = documentWithBody(
      '<div id="story"><ul id="list">清單說明國家。<li id="item">項目。</li></ul>' +
        '<video>您的瀏覽器不支援影片播放。</video><my-card id="card">卡片標題。</my-card>' +
        '<table><tbody><tr><td id="cell">表格內容。</td></tr></tbody></table></div>',
    );
    doc.getElementById('card')!.attachShadow({ mode: 'open' }).append(doc.createElement('slot'));
    const blocks = selectTextBlocks({ root: doc.getElementById('story')!, skipFurniture: false });
    expect(blocks.map(({ block }) => block.id)).toEqual(['item', 'cell']);
  });

  it('leaves our own companions out of the lines', () => {
    const doc = documentWithBody(
      '<div id="story">第一段。<br><jianfan-companion data-jianfan-ui="companion">第一段。</jianfan-companion>第二段。</div>',
    );
    const blocks = selectTextBlocks({ root: doc.getElementById('story')!, skipFurniture: false });
    expect(lines(blocks)).toEqual([
      ['story', '第一段。'],
      ['story', '第二段。'],
    ]);
  });
});

describe('textBlockOf and originalTextOfBlock (peek)', () => {
  it('finds the paragraph around a node, and nothing in editors or outside blocks', () => {
    const doc = fixturePage('reading-structure.html');
    expect(textBlockOf(doc.getElementById('design-link')!.firstChild)?.id).toBe('lead');
    expect(textBlockOf(doc.getElementById('node-mature'))?.id).toBe('node-mature');
    expect(textBlockOf(doc.getElementById('editor-text'))).toBeNull();
    expect(textBlockOf(doc.querySelector('#code code'))).toBeNull();
    expect(textBlockOf(doc.body)).toBeNull();
    expect(textBlockOf(null)).toBeNull();
  });

  it('gives the line under the pointer of a forum post kept in one <td>', () => {
    const doc = documentWithBody(
      '<table><tbody><tr><td id="post">第一段國家發展。<br />\n<br />\n第二段記憶體產業。' +
        '<br />\n<br />\n第三段。</td></tr></tbody></table>',
    );
    const second = doc.getElementById('post')!.childNodes[4]!;
    const target = peekTargetOf(second)!;
    expect(target.key).toBe(second);
    expect(originalTextOfTarget(target)).toBe('第二段記憶體產業。');
  });

  it('gives the original text, whitespace collapsed, without our UI', () => {
    const doc = documentWithBody(
      '<p id="p">  他的<b>頭</b>髮\n  很長<jianfan-companion data-jianfan-ui="companion">他的头发</jianfan-companion></p>',
    );
    const p = doc.getElementById('p')!;
    expect(originalTextOfBlock(p)).toBe('他的頭髮 很長');
    const bold = p.querySelector('b')!.firstChild as Text;
    expect(originalTextOfBlock(p, (node) => (node === bold ? '头' : node.data))).toBe(
      '他的头髮 很長',
    );
  });

  it('gives a <br> as a line break, and leaves ruby annotations out of the text', () => {
    const doc = documentWithBody(
      '<p id="poem">\n  床前明月光，<br>\n  疑是地上霜。<br><br>舉頭望明月<br></p>' +
        '<p id="ruby">這是<ruby>漢<rp>(</rp><rt>ㄏㄢˋ</rt><rp>)</rp>字<rt>ㄗˋ</rt></ruby>的注音。</p>',
    );
    expect(originalTextOfBlock(doc.getElementById('poem')!)).toBe(
      '床前明月光，\n疑是地上霜。\n\n舉頭望明月',
    );
    expect(originalTextOfBlock(doc.getElementById('ruby')!)).toBe('這是漢字的注音。');
  });
});

describe('parallelRoots', () => {
  it('takes the article root on NetEase-style pages, without a furniture filter', () => {
    const doc = fixturePage('reading-structure.html');
    const root = doc.getElementById('lead')!.parentElement!;
    const chosen = parallelRoots({ document: doc, neteaseKind: 'netease', articleRoot: root });
    expect(chosen).toMatchObject({
      roots: [root],
      skipFurniture: false,
      loneArticle: null,
      headline: null,
    });
    // The headline is looked for again as the page changes (none on this page).
    expect(chosen.findHeadline?.()).toBeNull();
  });

  it('widens a guessed root to its article or main on other pages, else the body', () => {
    const doc = fixturePage('reading-structure.html');
    const guess = doc.getElementById('quote')!;
    expect(parallelRoots({ document: doc, neteaseKind: null, articleRoot: guess })).toEqual({
      roots: [doc.getElementById('article')],
      skipFurniture: true,
      // No article beside it yet: one the page adds later changes the choice.
      loneArticle: doc.getElementById('article'),
      headline: null,
      findHeadline: null,
    });
    expect(parallelRoots({ document: doc, neteaseKind: null, articleRoot: null }).roots).toEqual([
      doc.getElementById('article'),
    ]);
    const bare = documentWithBody('<p>段落</p>');
    expect(parallelRoots({ document: bare, neteaseKind: null, articleRoot: null }).roots).toEqual([
      bare.body,
    ]);
  });

  it('on a thread of posts, each an article, takes them all, not the longest post alone', () => {
    const post = (id: string, text: string) =>
      `<article id="${id}"><div class="cooked"><p>${text}</p></div></article>`;
    const doc = documentWithBody(
      '<main id="thread"><h1>這個國家的發展</h1>' +
        post('post1', '樓主：這個國家的經濟發展值得關注。') +
        post('post2', '回覆：我認為這個產業需要長期投入，開發者必須逐個排查相容性問題。') +
        post('post3', '回覆：同意樓上。') +
        '</main>',
    );
    const guess = findDensestTextBlock(doc)!;
    expect(guess.closest('article')?.id).toBe('post2');
    const { roots, loneArticle } = parallelRoots({
      document: doc,
      neteaseKind: null,
      articleRoot: guess,
    });
    expect(roots).toEqual([doc.getElementById('thread')]);
    expect(loneArticle).toBeNull();
    const covered = selectTextBlocks({ root: roots[0]!, skipFurniture: true }).map(
      (entry) => entry.block.closest('article')?.id ?? entry.block.localName,
    );
    expect(covered).toEqual(['h1', 'post1', 'post2', 'post3']);
  });
});
