import { Window } from 'happy-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PageConverter } from '../../../utils/convert/page-converter.ts';
import { MAX_RIVAL_REWRITES } from '../../../utils/convert/page-converter.ts';
import { collectInserted } from '../../../utils/convert/blocks.ts';
import {
  compact,
  createConverter,
  documentWithBody,
  fixturePage,
  parseDocument,
  serialize,
  sleep,
  waitFor,
} from './helpers.ts';

const converters: PageConverter[] = [];
function track(converter: PageConverter): PageConverter {
  converters.push(converter);
  return converter;
}
afterEach(() => {
  for (const converter of converters.splice(0)) converter.dispose();
});

async function convertedPage(bodyHtml: string, lang = 'zh-TW') {
  const doc = documentWithBody(bodyHtml, lang);
  const converter = track(createConverter(doc));
  await converter.convert({ target: 'cn' });
  return { doc, converter };
}

describe('text the page adds or changes', () => {
  it('a paragraph appended later is converted within 100 ms', async () => {
    const { doc } = await convertedPage('<main id="m"><p>第一段的內容。</p></main>');
    const p = doc.createElement('p');
    p.textContent = '新增的段落：經濟發展值得關注。';
    doc.getElementById('m')!.append(p);
    const elapsed = await waitFor(() => p.textContent === '新增的段落：经济发展值得关注。', 100);
    expect(elapsed).toBeLessThan(100);
  });

  it('ten paragraphs appended one by one, as dynamic.html does, all convert', async () => {
    const doc = fixturePage('dynamic.html');
    const converter = track(createConverter(doc));
    await converter.convert({ target: 'cn' });
    const feed = doc.getElementById('feed')!;
    const topics = ['經濟', '體育', '國際', '科學', '藝術', '財經', '醫療', '環境', '教育', '資訊'];
    for (let count = 1; count <= 10; count += 1) {
      const p = doc.createElement('p');
      p.textContent = `第${count}則更新：${topics[count - 1]}新聞的發展值得關注。`;
      feed.append(p);
      await sleep(5);
    }
    await waitFor(() => [...feed.children].every((p) => !/[則聞發關]/.test(p.textContent ?? '')));
    expect(feed.lastElementChild?.textContent).toBe('第10则更新：资讯新闻的发展值得关注。');
  });

  it('an inline element inserted into a paragraph converts with its context', async () => {
    const { doc } = await convertedPage('<p id="p">他的</p>');
    const p = doc.getElementById('p')!;
    const b = doc.createElement('b');
    b.textContent = '頭';
    p.append(b, doc.createTextNode('髮很長'));
    await waitFor(() => compact(p) === '他的头发很长');
    expect(b.textContent).toBe('头');
  });

  it("a node the page rewrites takes the page's new text as its original", async () => {
    const { doc, converter } = await convertedPage('<p id="p">舊的標題文字</p>');
    const text = doc.getElementById('p')!.firstChild as Text;
    expect(text.data).toBe('旧的标题文字');
    text.data = '新的標題：發展';
    await waitFor(() => text.data === '新的标题：发展');
    expect(converter.originalTextOf(text)).toBe('新的標題：發展');
    converter.restore();
    expect(text.data).toBe('新的標題：發展');
  });

  it("another module can replace a node's original (the mirror repair does)", async () => {
    const { doc, converter } = await convertedPage('<p id="p">因?yàn)良品率很低</p>');
    const text = doc.getElementById('p')!.firstChild as Text;
    converter.replaceOriginalText(text, '因為良品率很低');
    await waitFor(() => text.data === '因为良品率很低');
    expect(converter.originalTextOf(text)).toBe('因為良品率很低');
    expect(converter.stats().contestedNodes).toBe(0);
    converter.restore();
    expect(text.data).toBe('因為良品率很低');
  });

  it('an attribute the page changes is converted from its new value', async () => {
    const { doc, converter } = await convertedPage('<p id="p" title="說明">內容</p>');
    const p = doc.getElementById('p')!;
    expect(p.title).toBe('说明');
    p.title = '新的說明';
    await waitFor(() => p.title === '新的说明');
    converter.restore();
    expect(p.title).toBe('新的說明');
  });

  it('our own writes are not processed again', async () => {
    const { doc, converter } = await convertedPage('<p id="p">這個國家的發展</p>');
    const text = doc.getElementById('p')!.firstChild as Text;
    let writes = 0;
    const observer = new MutationObserver((records) => (writes += records.length));
    observer.observe(doc, { subtree: true, characterData: true });
    // Touch the node so the converter runs a flush over it, then let everything settle.
    text.data = text.data.replace('这个', '這個');
    await sleep(60);
    observer.disconnect();
    expect(text.data).toBe('这个国家的发展');
    // Our change, and the converter's one answer to it: no echo.
    expect(writes).toBe(2);
    expect(converter.stats().contestedNodes).toBe(0);
  });
});

describe('the loop guard', () => {
  it('a rival that flips text back gets a bounded number of writes, then the node is contested', async () => {
    const doc = fixturePage('fights-back.html');
    // The fixture's own script does not run under DOMParser: install the same rival here.
    const guarded = doc.getElementById('guarded')!;
    const originals = new Map<Node, string>();
    const walker = doc.createTreeWalker(guarded, 4 /* NodeFilter.SHOW_TEXT */);
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      originals.set(node, (node as Text).data);
    }
    let rivalRewrites = 0;
    const rival = new MutationObserver((records) => {
      for (const record of records) {
        const original = originals.get(record.target);
        const text = record.target as Text;
        if (original !== undefined && text.data !== original) {
          rivalRewrites += 1;
          text.data = original;
        }
      }
    });
    rival.observe(guarded, { characterData: true, subtree: true });

    const converter = track(createConverter(doc));
    await converter.convert({ target: 'cn' });
    await waitFor(() => converter.stats().contestedNodes === 2, 2000);
    const settled = rivalRewrites;
    await sleep(400);
    rival.disconnect();

    // Each guarded node: the first conversion, MAX_RIVAL_REWRITES answers, then nothing.
    expect(settled).toBe(2 * (1 + MAX_RIVAL_REWRITES));
    expect(rivalRewrites).toBe(settled);
    expect(compact(doc.getElementById('g1'))).toBe(
      '這段文字受到頁面腳本的保護，任何修改都會被還原。',
    );
    // Unguarded text converts normally.
    expect(compact(doc.getElementById('free'))).toBe('这一段不受保护，可以正常转换。');
    expect(converter.stats().contestedNodes).toBe(2);
    // The contested nodes show the page's own text: the counts are those of the page without them.
    const without = fixturePage('fights-back.html');
    without.getElementById('guarded')!.remove();
    const plain = track(createConverter(without));
    await plain.convert({ target: 'cn' });
    const shown = ({ nodesConverted, charactersChanged }: ReturnType<PageConverter['stats']>) => ({
      nodesConverted,
      charactersChanged,
    });
    expect(shown(converter.stats())).toEqual(shown(plain.stats()));
    // Restore leaves the page's own text in contested nodes and restores the rest.
    converter.restore();
    expect(compact(doc.getElementById('free'))).toBe('這一段不受保護，可以正常轉換。');
  });

  it('a rival that replaces our nodes with fresh copies is contested on the parent', async () => {
    const { doc, converter } = await convertedPage(
      '<p id="p">受保護的段落文字</p><p id="q">自由的段落</p>',
    );
    const p = doc.getElementById('p')!;
    let replacements = 0;
    const rival = new MutationObserver(() => {
      if (p.textContent !== '受保護的段落文字') {
        replacements += 1;
        p.textContent = '受保護的段落文字';
      }
    });
    rival.observe(p, { characterData: true, subtree: true, childList: true });
    (p.firstChild as Text).data = '受保護的段落文字。';
    await waitFor(() => converter.stats().contestedNodes === 1, 2000);
    const settled = replacements;
    await sleep(400);
    rival.disconnect();
    expect(replacements).toBe(settled);
    expect(replacements).toBeLessThanOrEqual(2 + MAX_RIVAL_REWRITES);
    expect(compact(doc.getElementById('q'))).toBe('自由的段落');
  });

  /** The paragraph's markup as the page first wrote it, in fresh nodes. */
  const freshContent = (doc: Document): Node[] => {
    const bold = doc.createElement('b');
    bold.append('受保護的');
    return [bold, doc.createTextNode('段落文字')];
  };
  it.each([
    [
      'rebuilds the paragraph’s markup',
      (p: Element) => p.replaceChildren(...freshContent(p.ownerDocument)),
    ],
    [
      'replaces the paragraph with a fresh copy',
      (p: Element) => {
        const fresh = p.ownerDocument.createElement('div');
        fresh.id = 'p';
        fresh.append(...freshContent(p.ownerDocument));
        p.replaceWith(fresh);
      },
    ],
  ])('a rival that %s gets a bounded number of writes', async (_, putBack) => {
    const { doc } = await convertedPage(
      '<section id="s"><div id="p"><b>受保護的</b>段落文字</div></section><p id="q">自由的段落：國家發展</p>',
    );
    const section = doc.getElementById('s')!;
    let rewrites = 0;
    const rival = new MutationObserver(() => {
      const p = doc.getElementById('p')!;
      if (p.textContent !== '受保護的段落文字') {
        rewrites += 1;
        putBack(p);
      }
    });
    rival.observe(section, { characterData: true, subtree: true, childList: true });
    doc.getElementById('p')!.append('。');
    // Past the back-off and the rival window: the fight is over by then.
    await sleep(1500);
    const settled = rewrites;
    await sleep(400);
    rival.disconnect();
    expect(rewrites).toBe(settled);
    expect(rewrites).toBeLessThanOrEqual(2 + MAX_RIVAL_REWRITES);
    expect(compact(doc.getElementById('q'))).toBe('自由的段落：国家发展');
  });

  it('a ticker that writes new text each time is never contested', async () => {
    const { doc, converter } = await convertedPage('<p id="p">行情更新</p>');
    const text = doc.getElementById('p')!.firstChild as Text;
    for (let i = 1; i <= 8; i += 1) {
      text.data = `第${i}次報價：發展中`;
      await waitFor(() => text.data === `第${i}次报价：发展中`);
    }
    expect(converter.stats().contestedNodes).toBe(0);
  });

  it('a countdown set through textContent is never contested, however often it ticks', async () => {
    const { doc, converter } = await convertedPage('<p id="p">距離活動結束還有 10 秒</p>');
    const p = doc.getElementById('p')!;
    for (let left = 9; left >= 1; left -= 1) {
      // textContent replaces the text node each time.
      p.textContent = `距離活動結束還有 ${left} 秒`;
      await waitFor(() => p.textContent === `距离活动结束还有 ${left} 秒`);
    }
    expect(converter.stats().contestedNodes).toBe(0);
  });
});

describe('a region the page makes editable after the conversion', () => {
  it('is given back as it came before the reader types, and converts again when editing ends', async () => {
    const { doc } = await convertedPage(
      '<p id="intro">頁面的說明文字。</p><div id="comment"><p id="c">這個國家的發展</p></div>',
    );
    const comment = doc.getElementById('comment')!;
    expect(compact(comment)).toBe('这个国家的发展');
    // The page turns on its inline editor: the reader will edit the page's own text.
    comment.setAttribute('contenteditable', 'true');
    await waitFor(() => compact(comment) === '這個國家的發展');
    // What the reader types stays as typed.
    (doc.getElementById('c')!.firstChild as Text).appendData('，我的補充');
    await sleep(40);
    expect(compact(comment)).toBe('這個國家的發展，我的補充');
    expect(compact(doc.getElementById('intro'))).toBe('页面的说明文字。');
    // Editing over, the region is page content again.
    comment.removeAttribute('contenteditable');
    await waitFor(() => compact(comment) === '这个国家的发展，我的补充');
  });
});

describe('a text field a page’s script keeps (role="textbox", not contenteditable)', () => {
  it('keeps what the reader types as typed, while the page around it converts', async () => {
    const { doc } = await convertedPage(
      '<p id="intro">頁面的說明文字。</p><div id="box" role="textbox" tabindex="0">預設文字</div>',
    );
    const box = doc.getElementById('box')!;
    expect(compact(doc.getElementById('intro'))).toBe('页面的说明文字。');
    expect(compact(box)).toBe('預設文字');
    // The page's script writes each key into the box, as text nodes and as edits of them.
    box.append(doc.createTextNode('，我寫的軟體'));
    (box.lastChild as Text).appendData('和記憶體');
    const line = doc.createElement('span');
    line.textContent = '這個國家';
    box.append(line);
    await sleep(40);
    expect(compact(box)).toBe('預設文字，我寫的軟體和記憶體這個國家');
  });

  it('is given back as it came when the page makes a converted region one, and converts again after', async () => {
    const { doc } = await convertedPage('<div id="box"><p>這個國家的發展</p></div>');
    const box = doc.getElementById('box')!;
    expect(compact(box)).toBe('这个国家的发展');
    box.setAttribute('role', 'textbox');
    await waitFor(() => compact(box) === '這個國家的發展');
    box.removeAttribute('role');
    await waitFor(() => compact(box) === '这个国家的发展');
  });

  it('walks nothing again for a role that stays another than a text box’s', async () => {
    const { doc, converter } = await convertedPage('<main id="box"><p>這個國家的發展</p></main>');
    const box = doc.getElementById('box')!;
    // A change of role is looked at (given back, or walked again) only where it makes or unmakes
    // a text box: a widget setting its role as it renders costs no walk of its subtree.
    const handled = vi.spyOn(
      converter as unknown as { onAttributeChanged: (element: Element, name: string) => void },
      'onAttributeChanged',
    );
    for (const role of ['region', 'presentation', 'region', 'main']) box.setAttribute('role', role);
    await sleep(60);
    expect(handled).not.toHaveBeenCalled();
    expect(compact(box)).toBe('这个国家的发展');
    box.setAttribute('title', '標題');
    box.setAttribute('role', 'searchbox');
    await waitFor(() => compact(box) === '這個國家的發展');
    expect(handled.mock.calls.map(([, name]) => name)).toEqual(['title', 'role']);
  });
});

describe('text the page adds to a node we converted', () => {
  it('is the page’s own: restore gives back the original with the page’s addition', async () => {
    const doc = documentWithBody('<p id="live">直播開始：</p><p id="lead">頭條：</p>');
    const original = serialize(doc);
    const converter = track(createConverter(doc));
    await converter.convert({ target: 'cn' });
    const live = doc.getElementById('live')!.firstChild as Text;
    const lead = doc.getElementById('lead')!.firstChild as Text;
    expect(live.data).toBe('直播开始：');
    // A live blog streams its text into the node; a headline gets a prefix.
    live.appendData('記者報導現場狀況');
    lead.insertData(0, '最新');
    await waitFor(() => live.data === '直播开始：记者报导现场状况' && lead.data === '最新头条：');
    converter.restore();
    expect(live.data).toBe('直播開始：記者報導現場狀況');
    expect(lead.data).toBe('最新頭條：');
    // The rest of the page as it came.
    live.data = '直播開始：';
    lead.data = '頭條：';
    expect(serialize(doc)).toBe(original);
  });
});

describe('views a page keeps aside', () => {
  it('are given back too when the page is restored, and come back as served', async () => {
    const doc = documentWithBody(
      '<main id="app"><section id="view"><p>緩存的視圖：經濟發展</p></section></main>',
    );
    const original = serialize(doc);
    const converter = track(createConverter(doc));
    await converter.convert({ target: 'cn' });
    const view = doc.getElementById('view')!;
    expect(compact(view)).toBe('缓存的视图：经济发展');
    // A single-page app keeps the view aside (Vue's keep-alive) while it shows another…
    view.remove();
    await sleep(30);
    // …the reader turns the conversion off, and the app shows the view again.
    converter.restore();
    doc.getElementById('app')!.append(view);
    expect(serialize(doc)).toBe(original);
  });
});

/**
 * Counts the walks of `element`'s children from now on: every walk starts at its first child.
 * Returns the count so far.
 */
function countWalks(element: Element): () => number {
  let walks = 0;
  // The getter the element inherits, wherever along its prototypes it is defined.
  let firstChild: PropertyDescriptor | undefined;
  for (let at: object | null = element; at !== null && firstChild === undefined;) {
    firstChild = Object.getOwnPropertyDescriptor(at, 'firstChild');
    at = Object.getPrototypeOf(at) as object | null;
  }
  Object.defineProperty(element, 'firstChild', {
    configurable: true,
    get() {
      walks += 1;
      return firstChild!.get!.call(this);
    },
  });
  return () => walks;
}

describe('a long list the page fills item by item', () => {
  it('walks the list once per batch, not once per item, and converts every item', async () => {
    const items = Array.from({ length: 300 }, (_, i) => `<li>第${i}項：資料</li>`).join('\n');
    const { doc } = await convertedPage(`<ul id="list">\n${items}\n</ul>`);
    const list = doc.getElementById('list')!;
    const walks = countWalks(list);
    const added: Element[] = [];
    for (let i = 0; i < 200; i++) {
      const li = doc.createElement('li');
      li.textContent = `新增第${i}項：資料`;
      list.append(li, doc.createTextNode('\n'));
      added.push(li);
    }
    await waitFor(() => added.every((li) => li.textContent!.endsWith('资料')));
    // One batch of 200 appends: the list was walked a few times, not 200.
    expect(walks()).toBeLessThan(10);
    // And the blocks the appended items joined are handed to the batch, once each.
    const containers = new Set<Node>();
    for (const li of added) collectInserted(li, {}, containers);
    expect([...containers]).toEqual([list]);
  });
});

describe('text the page adds to what we wrote', () => {
  it('gives back the page’s own text with its addition, at either end, on restore', async () => {
    const { doc, converter } = await convertedPage(
      '<p id="a">國家</p><p id="b">記錄</p><p id="c">頭髮</p>',
    );
    const [a, b, c] = ['a', 'b', 'c'].map((id) => doc.getElementById(id)!.firstChild as Text);
    expect([a!.data, b!.data, c!.data]).toEqual(['国家', '记录', '头发']);
    // Text streamed into a node (a live blog, a chat answer), before and after our next look.
    a!.data += '的發展很快。';
    b!.insertData(0, '會議');
    c!.data = '完全不同的內容';
    expect(converter.originalTextOf(a!)).toBe('國家的發展很快。');
    converter.restore();
    expect([a!.data, b!.data, c!.data]).toEqual(['國家的發展很快。', '會議記錄', '完全不同的內容']);
  });
});

describe('what the page changes inside, or does with, text we wrote', () => {
  it('gives back the page’s own text around its cut or insertion, and after a split', async () => {
    const { doc, converter } = await convertedPage(
      '<p id="a">國家發展</p><p id="b">國家發展</p><p id="c">國家發展</p><p id="e">國家發展</p>',
    );
    const [a, b, c, e] = ['a', 'b', 'c', 'e'].map(
      (id) => doc.getElementById(id)!.firstChild as Text,
    );
    expect(a!.data).toBe('国家发展');
    a!.deleteData(0, 1);
    b!.insertData(2, '的');
    c!.deleteData(1, 2);
    // A highlighter splitting a node to wrap a word.
    e!.splitText(2);
    await sleep(40);
    expect(converter.originalTextOf(b!)).toBe('國家的發展');
    converter.restore();
    expect([a!.data, b!.data, c!.data]).toEqual(['家發展', '國家的發展', '國展']);
    expect(doc.getElementById('e')!.textContent).toBe('國家發展');
  });

  it('keeps every character of new text a framework sets over ours', async () => {
    const { doc, converter } = await convertedPage('<p id="a">製造</p><p id="b">麵包</p>');
    const [a, b] = ['a', 'b'].map((id) => doc.getElementById(id)!.firstChild as Text);
    expect([a!.data, b!.data]).toEqual(['制造', '面包']);
    // The page's own next text, which shares a character with what we wrote.
    a!.data = '制度';
    b!.data = '面對';
    await sleep(40);
    converter.restore();
    expect([a!.data, b!.data]).toEqual(['制度', '面對']);
  });

  it('leaves converted the page text our own marks hold', async () => {
    const { doc } = await convertedPage('<p id="p">華為發布<b id="b">昇騰晶片</b></p>');
    const bold = doc.getElementById('b')!;
    const term = bold.firstChild as Text;
    expect(term.data).toBe('昇腾晶片');
    // The glossary's fallback marks wrap a term in a span of ours, with the page's text in it.
    const mark = doc.createElement('span');
    mark.setAttribute('data-jianfan-ui', 'term');
    bold.append(mark);
    mark.append(term);
    await sleep(40);
    expect(doc.getElementById('p')!.textContent).toBe('华为发布昇腾晶片');
  });

  it.each([50, 150])(
    'never contests a widget the page renders again every %i ms, nor the app around it',
    async (interval) => {
      const { doc } = await convertedPage(
        '<div id="app"><div id="w"><span>比賽進行中</span></div><p>這個國家的發展</p></div>',
      );
      for (let i = 0; i < 8; i += 1) {
        await sleep(interval);
        const fresh = doc.createElement('div');
        fresh.id = 'w';
        const span = doc.createElement('span');
        span.append('比賽進行中');
        fresh.append(span);
        doc.getElementById('w')!.replaceWith(fresh);
      }
      const added = doc.createElement('p');
      added.append('新增的段落：經濟發展');
      doc.getElementById('app')!.append(added);
      await waitFor(() => added.textContent === '新增的段落：经济发展');
      await waitFor(() => doc.getElementById('w')!.textContent === '比赛进行中');
    },
  );

  it('gives back our text that the page moves into a textarea, an editor or code', async () => {
    const { doc } = await convertedPage(
      '<p id="a">國家發展</p><p id="b">頭髮很長</p><p id="c">資料處理</p>' +
        '<textarea id="t"></textarea><div id="e" contenteditable="true">舊</div><code id="k"></code>',
    );
    const moved = ['a', 'b', 'c'].map((id) => doc.getElementById(id)!.firstChild as Text);
    expect(moved[0]!.data).toBe('国家发展');
    doc.getElementById('t')!.append(moved[0]!);
    doc.getElementById('e')!.append(moved[1]!);
    doc.getElementById('k')!.append(moved[2]!);
    await sleep(40);
    expect((doc.getElementById('t') as HTMLTextAreaElement).value).toBe('國家發展');
    expect(doc.getElementById('e')!.textContent).toBe('舊頭髮很長');
    expect(doc.getElementById('k')!.textContent).toBe('資料處理');
  });

  it('gives back a block the page keeps from translation after it was converted', async () => {
    const { doc, converter } = await convertedPage('<p id="a">國家發展</p><p>這個國家的發展</p>');
    const a = doc.getElementById('a')!;
    expect(a.textContent).toBe('国家发展');
    a.setAttribute('translate', 'no');
    await sleep(40);
    expect(a.textContent).toBe('國家發展');
    // And converts it again once the page lets it go.
    a.removeAttribute('translate');
    await waitFor(() => a.textContent === '国家发展');
    converter.restore();
    expect(a.textContent).toBe('國家發展');
  });

  it('gives back a button’s value once it is the reader’s input or form data', async () => {
    const { doc } = await convertedPage(
      '<input id="i" type="button" value="確認送出"><input id="s" type="submit" value="確認送出">' +
        '<p>這個國家的發展很快</p>',
    );
    const input = doc.getElementById('i') as HTMLInputElement;
    const submit = doc.getElementById('s') as HTMLInputElement;
    expect([input.value, submit.value]).toEqual(['确认送出', '确认送出']);
    input.setAttribute('type', 'text');
    submit.setAttribute('name', 'action');
    await sleep(40);
    expect([input.value, submit.value]).toEqual(['確認送出', '確認送出']);
  });

  it('writes nothing into text the page moved into a textarea during a long conversion', async () => {
    const paragraphs = Array.from(
      { length: 200 },
      (_, i) => `<p id="p${i}">第${i}段：這個國家的發展。</p>`,
    );
    const doc = documentWithBody(`${paragraphs.join('')}<textarea id="t"></textarea>`);
    const textarea = doc.getElementById('t') as HTMLTextAreaElement;
    let clock = 0;
    let moved = false;
    const converter = track(
      createConverter(doc, {
        // Every item takes 5 ms: the conversion runs in many slices, all collected up front.
        now: () => (clock += 5),
        isNearViewport: () => false,
        yieldToEventLoop: async () => {
          if (!moved && doc.getElementById('p0')!.textContent!.includes('这个')) {
            moved = true;
            textarea.append(doc.getElementById('p150')!.firstChild!);
          }
          await sleep(0);
        },
      }),
    );
    await converter.convert({ target: 'cn' });
    expect(moved).toBe(true);
    expect(doc.getElementById('p149')!.textContent).toBe('第149段：这个国家的发展。');
    expect(textarea.value).toBe('第150段：這個國家的發展。');
  });

  it('gives back our text that the page moved into a closed shadow root', async () => {
    const { doc, converter } = await convertedPage('<p id="p">國家發展</p><div id="host"></div>');
    const text = doc.getElementById('p')!.firstChild as Text;
    expect(text.data).toBe('国家发展');
    const shadow = doc.getElementById('host')!.attachShadow({ mode: 'closed' });
    shadow.append(text);
    await sleep(40);
    converter.restore();
    expect(text.data).toBe('國家發展');
  });

  it('keeps a node’s own text when our share of a run was empty', async () => {
    const doc = documentWithBody('<p id="p">這是演算<b id="b">法</b></p>');
    const converter = track(createConverter(doc));
    await converter.convert({ target: 'cn', regionalVocabulary: true });
    const b = doc.getElementById('b')!.firstChild as Text;
    expect(doc.getElementById('p')!.textContent).toBe('这是算法');
    b.data = '步驟';
    await sleep(40);
    converter.restore();
    expect(b.data).toBe('步驟');
  });

  it('keeps a lang the page set on <html> while converted, through a change of target', async () => {
    const { doc, converter } = await convertedPage('<p>這個國家的發展很快</p>');
    doc.documentElement.setAttribute('lang', 'zh-HK');
    await converter.convert({ target: 'hk' });
    converter.restore();
    expect(doc.documentElement.getAttribute('lang')).toBe('zh-HK');
  });
});

describe('subtrees excluded and released (side-by-side mode)', () => {
  it('walks their container once when many sibling blocks are released, and converts them all', async () => {
    const paragraphs = Array.from({ length: 300 }, (_, i) => `<p>第${i}段：資料</p>`).join('');
    const { doc, converter } = await convertedPage(`<main id="m">${paragraphs}</main>`);
    const main = doc.getElementById('m')!;
    const blocks = [...main.querySelectorAll('p')];
    converter.setExcludedSubtrees(blocks);
    expect(blocks.every((p) => p.textContent!.endsWith('資料'))).toBe(true);
    const walks = countWalks(main);
    // Leaving the mode releases all 300 at once.
    converter.setExcludedSubtrees([]);
    await waitFor(() => blocks.every((p) => p.textContent!.endsWith('资料')));
    expect(walks()).toBeLessThan(10);
  });

  it('leaves excluded text nodes as written while the rest of their block converts', async () => {
    const { doc, converter } = await convertedPage(
      '<div id="box">第一行的資料<br>第二行的<b>資料</b>和國家<br>第三行的資料</div>',
    );
    const box = doc.getElementById('box')!;
    const [first, , second, bold, tail] = [...box.childNodes];
    expect(box.textContent).toBe('第一行的资料第二行的资料和国家第三行的资料');
    // The second line, node by node: its text, its inline element and its tail.
    converter.setExcludedSubtrees([second!, bold!, tail!]);
    expect(box.textContent).toBe('第一行的资料第二行的資料和國家第三行的资料');
    // A change the page makes to an excluded line stays as the page wrote it; one elsewhere in
    // the block converts.
    (tail as Text).appendData('與發展');
    (first as Text).appendData('與發展');
    await waitFor(() => first!.textContent === '第一行的资料与发展');
    await sleep(40);
    expect(tail!.textContent).toBe('和國家與發展');
    converter.setExcludedSubtrees([]);
    await waitFor(
      () => box.textContent === '第一行的资料与发展第二行的资料和国家与发展第三行的资料',
    );
    converter.restore();
    expect(box.textContent).toBe('第一行的資料與發展第二行的資料和國家與發展第三行的資料');
  });
});

describe('shadow roots and frames', () => {
  it('converts a page whose Chinese is all in an open shadow root (web components)', async () => {
    const doc = documentWithBody('<my-app></my-app>', null);
    const p = doc.createElement('p');
    p.textContent = '这个国家的发展很快，他的头发很长。';
    doc.querySelector('my-app')!.attachShadow({ mode: 'open' }).append(p);
    const converter = track(createConverter(doc));
    await converter.convert({ target: 'tw' });
    expect(converter.stats().source.script).toBe('simplified');
    expect(p.textContent).toBe('這個國家的發展很快，他的頭髮很長。');
    converter.restore();
    expect(p.textContent).toBe('这个国家的发展很快，他的头发很长。');
  });

  it('converts open shadow roots, present and attached later, and their updates', async () => {
    const doc = documentWithBody('<p id="light">頁面本身的說明文字。</p><div id="host"></div>');
    const host = doc.getElementById('host')!;
    const shadow = host.attachShadow({ mode: 'open' });
    const inside = doc.createElement('p');
    inside.append('開放影子樹裡的', doc.createElement('b'), '髮型設計。');
    inside.querySelector('b')!.textContent = '頭';
    inside.title = '這是提示';
    shadow.append(inside);
    const closedHost = doc.createElement('div');
    const closed = closedHost.attachShadow({ mode: 'closed' });
    const hidden = doc.createElement('p');
    hidden.textContent = '封閉影子樹裡的文字';
    closed.append(hidden);
    doc.body.append(closedHost);

    const converter = track(createConverter(doc));
    await converter.convert({ target: 'cn' });
    expect(inside.textContent).toBe('开放影子树里的头发型设计。');
    expect(inside.querySelector('b')?.textContent).toBe('头');
    expect(inside.title).toBe('这是提示');
    expect(hidden.textContent).toBe('封閉影子樹裡的文字');

    // Text added inside the shadow root.
    const added = doc.createElement('p');
    added.textContent = '後來加入影子樹的段落';
    shadow.append(added);
    await waitFor(() => added.textContent === '后来加入影子树的段落');

    // A host attached later, with its shadow content already in place.
    const lateHost = doc.createElement('section');
    const lateShadow = lateHost.attachShadow({ mode: 'open' });
    const late = doc.createElement('p');
    late.textContent = '晚到的影子樹內容';
    lateShadow.append(late);
    doc.body.append(lateHost);
    await waitFor(() => late.textContent === '晚到的影子树内容');
    // …and changes inside it afterwards.
    late.textContent = '晚到的影子樹又更新了';
    await waitFor(() => late.textContent === '晚到的影子树又更新了');

    converter.restore();
    expect(inside.textContent).toBe('開放影子樹裡的頭髮型設計。');
    expect(inside.title).toBe('這是提示');
    expect(late.textContent).toBe('晚到的影子樹又更新了');
  });

  it('converts same-origin frame documents and skips cross-origin ones without throwing', async () => {
    const doc = documentWithBody('<p id="outer">外層頁面的說明文字。</p>');
    const blank = doc.createElement('iframe');
    blank.setAttribute('srcdoc', '<!doctype html><html lang="zh-TW"><body></body></html>');
    const srcdoc = doc.createElement('iframe');
    srcdoc.setAttribute(
      'srcdoc',
      "<!doctype html><html lang='zh-TW'><head><title>內嵌文件</title></head><body><p id='s'>內嵌文件裡的繁體段落</p></body></html>",
    );
    const crossOrigin = doc.createElement('iframe');
    crossOrigin.setAttribute('srcdoc', '<p>x</p>');
    doc.body.append(blank, srcdoc, crossOrigin);
    // A cross-origin frame: reading its document fails.
    Object.defineProperty(crossOrigin, 'contentDocument', {
      get() {
        throw new DOMException(
          'Blocked a frame from accessing a cross-origin frame.',
          'SecurityError',
        );
      },
    });
    // Filled by the parent's script, as about:blank frames are.
    const blankDocument = blank.contentDocument!;
    const filled = blankDocument.createElement('p');
    filled.textContent = '空白框架裡由腳本寫入的繁體文字。';
    blankDocument.body.append(filled);

    const converter = track(createConverter(doc));
    const before = [serialize(doc), serialize(blankDocument), serialize(srcdoc.contentDocument!)];
    await converter.convert({ target: 'cn' });
    expect(filled.textContent).toBe('空白框架里由脚本写入的繁体文字。');
    const srcdocDocument = srcdoc.contentDocument!;
    expect(srcdocDocument.getElementById('s')?.textContent).toBe('内嵌文件里的繁体段落');
    expect(srcdocDocument.title).toBe('内嵌文件');
    expect(srcdocDocument.documentElement.getAttribute('lang')).toBe('zh-Hans');
    expect(compact(doc.getElementById('outer'))).toBe('外层页面的说明文字。');

    // Later additions to a frame convert too.
    const later = blankDocument.createElement('p');
    later.textContent = '框架後來加入的文字';
    blankDocument.body.append(later);
    await waitFor(() => later.textContent === '框架后来加入的文字');

    converter.restore();
    later.remove();
    expect([serialize(doc), serialize(blankDocument), serialize(srcdocDocument)]).toEqual(before);
  });
});

describe('frames with a reader of their own', () => {
  it('leaves an http(s) frame’s document to its own session, even from the same origin', async () => {
    const doc = documentWithBody('<p id="outer">外層頁面的說明文字。</p>');
    // The frame's document, as a same-origin http(s) frame's reads: its own URL.
    const framed = new Window({ url: 'https://news.example/comments.html' }).document;
    const inner = framed.createElement('p');
    inner.id = 'inner';
    inner.textContent = '留言區裡的繁體文字';
    framed.body.append(inner);
    const frame = doc.createElement('iframe');
    frame.setAttribute('srcdoc', '<p>x</p>');
    Object.defineProperty(frame, 'contentDocument', { get: () => framed });
    doc.body.append(frame);

    const converter = track(createConverter(doc));
    await converter.convert({ target: 'cn' });
    expect(compact(doc.getElementById('outer'))).toBe('外层页面的说明文字。');
    expect(framed.getElementById('inner')!.textContent).toBe('留言區裡的繁體文字');
    expect(framed.documentElement.hasAttribute('lang')).toBe(false);

    // Nor when the frame loads such a document later.
    frame.dispatchEvent(new Event('load'));
    await sleep(30);
    expect(framed.getElementById('inner')!.textContent).toBe('留言區裡的繁體文字');
  });
});

describe('frames whose documents go away', () => {
  it('leaves alone the stand-in document of a frame that is loading an http(s) page', async () => {
    const doc = documentWithBody('<p id="outer">外層頁面的說明文字。</p>');
    // Every frame starts with about:blank; this one is about to load a page of its own.
    const standIn = new Window({ url: 'about:blank' }).document;
    const p = standIn.createElement('p');
    p.textContent = '暫時的繁體內容';
    standIn.body.append(p);
    const frame = doc.createElement('iframe');
    frame.setAttribute('srcdoc', '');
    doc.body.append(frame);
    // Then a frame with a source to load, as the converter reads it: set on the element, the
    // source would send happy-dom to the network.
    Object.defineProperty(frame, 'contentDocument', { get: () => standIn });
    Object.defineProperty(frame, 'src', { get: () => 'https://comments.example/thread/1' });
    frame.hasAttribute = (name: string) =>
      name !== 'srcdoc' && Element.prototype.hasAttribute.call(frame, name);
    const converter = track(createConverter(doc));
    await converter.convert({ target: 'cn' });
    expect(compact(doc.getElementById('outer'))).toBe('外层页面的说明文字。');
    expect(p.textContent).toBe('暫時的繁體內容');
  });

  it('gives the page back when a converted frame’s document has gone dead (Firefox)', async () => {
    const doc = documentWithBody('<p id="outer">外層頁面的說明文字。</p>');
    const srcdoc = doc.createElement('iframe');
    srcdoc.setAttribute(
      'srcdoc',
      "<!doctype html><html lang='zh-TW'><body><p id='s'>內嵌文件裡的繁體段落</p></body></html>",
    );
    doc.body.append(srcdoc);
    const original = serialize(doc);
    const converter = track(createConverter(doc));
    await converter.convert({ target: 'cn' });
    const framed = srcdoc.contentDocument!;
    expect(framed.getElementById('s')?.textContent).toBe('内嵌文件里的繁体段落');
    // The frame navigated to another site: its new document is out of reach, and Firefox
    // makes every reference into its old one throw.
    const dead = () => {
      throw new TypeError("can't access dead object");
    };
    for (const target of [framed, framed.documentElement] as object[]) {
      Object.defineProperty(target, 'nodeType', { get: dead, configurable: true });
      Object.defineProperty(target, 'getAttribute', { get: dead, configurable: true });
    }
    Object.defineProperty(srcdoc, 'contentDocument', { get: () => null });
    expect(() => converter.restore()).not.toThrow();
    expect(serialize(doc)).toBe(original);
    // And it converts again, the dead document left out.
    await converter.convert({ target: 'cn' });
    expect(compact(doc.getElementById('outer'))).toBe('外层页面的说明文字。');
  });
});

describe('lifecycle', () => {
  it('after dispose nothing converts and no observer is left', async () => {
    const { doc, converter } = await convertedPage('<main id="m"><p>第一段。</p></main>');
    converter.dispose();
    const p = doc.createElement('p');
    p.textContent = '丟棄之後加入的繁體段落';
    doc.getElementById('m')!.append(p);
    await sleep(60);
    expect(p.textContent).toBe('丟棄之後加入的繁體段落');
    await converter.convert({ target: 'cn' });
    expect(p.textContent).toBe('丟棄之後加入的繁體段落');
  });

  it('after restore, added text is left alone until the next convert', async () => {
    const { doc, converter } = await convertedPage('<main id="m"><p>第一段的內容。</p></main>');
    converter.restore();
    const p = doc.createElement('p');
    p.textContent = '還原之後加入的段落';
    doc.getElementById('m')!.append(p);
    await sleep(60);
    expect(p.textContent).toBe('還原之後加入的段落');
    await converter.convert({ target: 'cn' });
    expect(p.textContent).toBe('还原之后加入的段落');
  });

  /** An empty page, its title `title`, that the converter waits on for Chinese to come. */
  async function waitingPage(title = '') {
    const doc = parseDocument(
      `<!doctype html><html><head><title>${title}</title></head><body><div id="app"></div></body></html>`,
    );
    const converter = track(createConverter(doc));
    await converter.convert({ target: 'cn' });
    expect(converter.stats().source.script).toBe('none');
    return { doc, converter };
  }

  it('a page with no Chinese yet is converted once its text arrives', async () => {
    const { doc, converter } = await waitingPage();
    const p = doc.createElement('p');
    p.textContent = '單頁應用稍後才載入的繁體內容，這個國家的發展。';
    doc.getElementById('app')!.append(p);
    await waitFor(() => p.textContent === '单页应用稍后才载入的繁体内容，这个国家的发展。', 1000);
    expect(converter.stats().source.script).toBe('traditional');
  });

  /** A page in Simplified, shown in Simplified: the converter has nothing to do on it. */
  async function settledSimplifiedPage(title = '新闻', paragraphs = 6, extra = '') {
    const doc = parseDocument(
      `<!doctype html><html lang="zh-CN"><head><title>${title}</title></head><body><div id="app">${'<p>这个国家的经济发展值得关注，记者报道了会议的内容。</p>'.repeat(paragraphs)}</div>${extra}</body></html>`,
    );
    const converter = track(createConverter(doc));
    await converter.convert({ target: 'cn' });
    expect(converter.stats().source.script).toBe('simplified');
    return { doc, converter };
  }
  const TRADITIONAL_ARTICLE = '這個國家的經濟發展值得關注，記者報導了會議的內容與專家的觀點。';
  const SIMPLIFIED_ARTICLE = '这个国家的经济发展值得关注，记者报导了会议的内容与专家的观点。';

  /**
   * Replaces #app with an article of ten Traditional paragraphs, as a single-page site
   * navigates (at once, in the caller's task), and resolves once it reads in Simplified.
   */
  async function swapInArticle(doc: Document, timeout: number): Promise<void> {
    const article = doc.createElement('article');
    for (let k = 0; k < 10; k++) {
      article.appendChild(doc.createElement('p')).textContent = TRADITIONAL_ARTICLE;
    }
    doc.getElementById('app')!.replaceChildren(article);
    await waitFor(() => article.lastElementChild?.textContent === SIMPLIFIED_ARTICLE, timeout);
  }

  it('a page in the target script that navigates in place to an article in the other script converts it', async () => {
    const { doc, converter } = await settledSimplifiedPage();
    await swapInArticle(doc, 2_000);
    expect(converter.stats().source.script).toBe('traditional');
  });

  it('a long page in the target script that adds a block in the other script keeps it as written', async () => {
    const doc = parseDocument(
      `<!doctype html><html lang="zh-CN"><head><title>新闻</title></head><body><div id="app">${'<p>这个国家的经济发展值得关注，记者报道了会议的内容。</p>'.repeat(60)}</div></body></html>`,
    );
    const converter = track(createConverter(doc));
    await converter.convert({ target: 'cn' });
    // Over the count that has the page judged again, which finds it still Simplified.
    const block = doc.createElement('div');
    for (let k = 0; k < 8; k++) {
      const p = doc.createElement('p');
      p.textContent = TRADITIONAL_ARTICLE;
      block.append(p);
    }
    doc.getElementById('app')!.append(block);
    await sleep(200);
    expect(block.lastElementChild?.textContent).toBe(TRADITIONAL_ARTICLE);
    expect(converter.stats().source.script).toBe('simplified');
  });

  it('a page in the target script that empties, then shows a short article in the other script, converts it', async () => {
    // Emptied, the page has no Chinese left (its title is English), and is watched as a page
    // that starts empty.
    const { doc } = await settledSimplifiedPage('News');
    const app = doc.getElementById('app')!;
    app.append(...Array.from({ length: 4 }, () => app.firstElementChild!.cloneNode(true)));
    await sleep(60);
    app.replaceChildren();
    await sleep(100);
    const p = doc.createElement('p');
    p.textContent = TRADITIONAL_ARTICLE;
    app.append(p);
    await waitFor(() => p.textContent === SIMPLIFIED_ARTICLE, 1000);
  });

  it('a page in the target script that keeps rewriting a ticker still converts an article it swaps in within a second', async () => {
    // Long enough that the ticker in the other script does not change the page's verdict.
    const { doc } = await settledSimplifiedPage('新闻', 60);
    const ticker = doc.createElement('div');
    const lines = Array.from({ length: 10 }, () =>
      ticker.appendChild(doc.createElement('span')).appendChild(doc.createTextNode('')),
    );
    doc.body.append(ticker);
    // The ticker rewrites its lines' text in Traditional; each round of that is judged (and found
    // Simplified) less and less often: 50 ms, then 2 s later.
    let round = 0;
    const timer = setInterval(() => {
      round++;
      for (const line of lines) line.data = `${TRADITIONAL_ARTICLE}${round}`;
    }, 20);
    try {
      await sleep(2_300);
      await swapInArticle(doc, 1_200);
    } finally {
      clearInterval(timer);
    }
  }, 10_000);

  it('a page in the target script converts an article it swaps in together with a headline rewrite', async () => {
    const { doc } = await settledSimplifiedPage(
      '新闻',
      60,
      '<span class="headline">头条</span>'.repeat(10),
    );
    const headlines = [...doc.querySelectorAll('.headline')].map((span) => span.firstChild as Text);
    const rotate = (round: number) => {
      for (const line of headlines) line.data = `${TRADITIONAL_ARTICLE}${round}`;
    };
    // Two rotations, each judged: the next judgement for rotations alone is 4 s away.
    rotate(1);
    await sleep(300);
    rotate(2);
    await sleep(2_100);
    // A framework's navigation: the headlines rotate and the article is replaced in one task.
    rotate(3);
    await swapInArticle(doc, 1_200);
  }, 10_000);

  it('a page with no Chinese yet converts Chinese that comes inside an open shadow root', async () => {
    const { doc } = await waitingPage('News');
    const host = doc.createElement('div');
    const p = host.attachShadow({ mode: 'open' }).appendChild(doc.createElement('p'));
    p.textContent = TRADITIONAL_ARTICLE;
    doc.getElementById('app')!.append(host);
    await waitFor(() => p.textContent === SIMPLIFIED_ARTICLE, 1_000);
  });

  it('after a restore, a page that navigates in place to the other script is left alone', async () => {
    const { doc, converter } = await settledSimplifiedPage();
    converter.restore();
    const app = doc.getElementById('app')!;
    app.replaceChildren(
      ...Array.from({ length: 10 }, () => {
        const p = doc.createElement('p');
        p.textContent = TRADITIONAL_ARTICLE;
        return p;
      }),
    );
    await sleep(150);
    expect(app.lastElementChild?.textContent).toBe(TRADITIONAL_ARTICLE);
  });

  it('a new convert supersedes a running one', async () => {
    const doc = fixturePage('static-traditional.html');
    let yields = 0;
    const converter = track(
      createConverter(doc, {
        now: (() => {
          let t = 0;
          return () => (t += 5);
        })(),
        yieldToEventLoop: async () => {
          yields += 1;
        },
      }),
    );
    const first = converter.convert({ target: 'hk' });
    const second = converter.convert({ target: 'cn' });
    await Promise.all([first, second]);
    const fresh = fixturePage('static-traditional.html');
    await track(createConverter(fresh)).convert({ target: 'cn' });
    expect(serialize(doc)).toBe(serialize(fresh));
    expect(yields).toBeGreaterThan(0);
  });

  it('restore during a running conversion leaves the exact original', async () => {
    const doc = sharedPagesBody();
    const before = serialize(doc);
    let converter: PageConverter | null = null;
    let yields = 0;
    converter = track(
      createConverter(doc, {
        now: (() => {
          let t = 0;
          return () => (t += 5);
        })(),
        yieldToEventLoop: async () => {
          yields += 1;
          if (yields === 2) converter!.restore();
        },
      }),
    );
    await converter.convert({ target: 'cn' });
    expect(yields).toBe(2);
    expect(serialize(doc)).toBe(before);
  });
});

function sharedPagesBody(): Document {
  const paragraphs = Array.from({ length: 40 }, (_, i) => `<p>第${i}段：這個國家的發展。</p>`);
  return documentWithBody(paragraphs.join(''));
}

describe('the loop guard for attributes and stale work', () => {
  it('a rival that keeps restoring an attribute is contested after a bounded number of writes', async () => {
    const { doc, converter } = await convertedPage(
      '<p id="p" title="頁面的說明">這個國家的發展</p>',
    );
    const p = doc.getElementById('p')!;
    let rivalWrites = 0;
    const rival = new MutationObserver(() => {
      if (p.getAttribute('title') !== '頁面的說明') {
        rivalWrites += 1;
        p.setAttribute('title', '頁面的說明');
      }
    });
    rival.observe(p, { attributes: true, attributeFilter: ['title'] });
    p.setAttribute('title', '頁面的說明。');
    await waitFor(() => converter.stats().contestedNodes === 1, 2000);
    const settled = rivalWrites;
    await sleep(400);
    rival.disconnect();
    expect(rivalWrites).toBe(settled);
    expect(rivalWrites).toBeLessThanOrEqual(2 + MAX_RIVAL_REWRITES);
    expect(p.getAttribute('title')).toBe('頁面的說明');
    // The text of the element is not affected by its attributes' contest.
    expect(p.textContent).toBe('这个国家的发展');
  });

  it('work collected before a slice is not written if the page made it editable meanwhile', async () => {
    const doc = documentWithBody(
      Array.from({ length: 20 }, (_, i) => `<p id="p${i}">第${i}段：這個國家的發展。</p>`).join(''),
    );
    let t = 0;
    const converter = track(
      createConverter(doc, {
        now: () => (t += 5),
        yieldToEventLoop: async () => {
          doc.getElementById('p19')!.setAttribute('contenteditable', 'true');
        },
      }),
    );
    await converter.convert({ target: 'cn' });
    expect(compact(doc.getElementById('p0'))).toBe('第0段：这个国家的发展。');
    expect(compact(doc.getElementById('p19'))).toBe('第19段：這個國家的發展。');
  });

  it('a change the page made before a slice writes is not lost while the observers are off', async () => {
    // The observers are off while a slice writes; records still queued when it starts (here: a
    // rewrite of a paragraph converted slices ago, made while positions are read) are handled.
    const doc = documentWithBody(
      Array.from({ length: 200 }, (_, i) => `<p id="p${i}">第${i}段：這個國家的發展。</p>`).join(
        '',
      ),
    );
    let t = 0;
    let rewritten = false;
    const converter = track(
      createConverter(doc, {
        now: () => (t += 5),
        isNearViewport: (element) => {
          if (element.id === 'p150' && !rewritten) {
            rewritten = true;
            doc.getElementById('p0')!.firstChild!.textContent = '頁面改寫了第一段的經濟內容。';
          }
          return true;
        },
        yieldToEventLoop: async () => {},
      }),
    );
    await converter.convert({ target: 'cn' });
    expect(rewritten).toBe(true);
    await waitFor(() => compact(doc.getElementById('p0')) === '页面改写了第一段的经济内容。', 200);
    expect(compact(doc.getElementById('p199'))).toBe('第199段：这个国家的发展。');
  });
});
