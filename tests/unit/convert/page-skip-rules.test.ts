import { describe, expect, it } from 'vitest';
import { markPreformattedArticle } from '../../../utils/convert/dom-rules.ts';
import { compact, createConverter, documentWithBody, fixturePage, sleep } from './helpers.ts';

const TRADITIONAL = '這個國家的發展';
const SIMPLIFIED = '这个国家的发展';

/** A page with enough Traditional text around `inner` to be detected as Traditional. */
function pageWith(inner: string): Document {
  return documentWithBody(`<p id="context">${TRADITIONAL}</p>${inner}`);
}

async function convertToCn(doc: Document) {
  const converter = createConverter(doc);
  await converter.convert({ target: 'cn' });
  expect(compact(doc.getElementById('context'))).toBe(SIMPLIFIED);
  return converter;
}

describe('never touched', () => {
  it.each([
    ['script', `<script id="x">var s = "${TRADITIONAL}";</script>`],
    ['style', `<style id="x">.a::after { content: "${TRADITIONAL}" }</style>`],
    ['noscript', `<noscript id="x">${TRADITIONAL}</noscript>`],
    ['textarea', `<textarea id="x">${TRADITIONAL}</textarea>`],
    ['code', `<p>說明<code id="x">${TRADITIONAL}</code></p>`],
    ['pre', `<pre id="x">${TRADITIONAL}</pre>`],
    ['kbd', `<p>按<kbd id="x">${TRADITIONAL}</kbd></p>`],
    ['samp', `<samp id="x">${TRADITIONAL}</samp>`],
    ['var', `<var id="x">${TRADITIONAL}</var>`],
    ['xmp', `<xmp id="x">${TRADITIONAL}</xmp>`],
    ['listing', `<listing id="x">${TRADITIONAL}</listing>`],
    ['translate="no"', `<div id="x" translate="no"><p>${TRADITIONAL}</p></div>`],
    ['class notranslate', `<div id="x" class="a notranslate"><span>${TRADITIONAL}</span></div>`],
    ['data-jianfan-ui', `<div id="x" data-jianfan-ui="companion"><p>${TRADITIONAL}</p></div>`],
    ['contenteditable=""', `<div id="x" contenteditable=""><p>${TRADITIONAL}</p></div>`],
    ['contenteditable=true', `<div id="x" contenteditable="true"><b>${TRADITIONAL}</b></div>`],
    [
      'contenteditable=plaintext-only',
      `<div id="x" contenteditable="plaintext-only">${TRADITIONAL}</div>`,
    ],
    // A text field a page's script keeps, writing each key the reader types into a <div>.
    ['role=textbox', `<div id="x" role="textbox" tabindex="0"><span>${TRADITIONAL}</span></div>`],
    ['role=SearchBox', `<div id="x" role="SearchBox" tabindex="0">${TRADITIONAL}</div>`],
  ])('%s', async (_, inner) => {
    const doc = pageWith(inner);
    const x = doc.getElementById('x')!;
    const before = x.textContent;
    await convertToCn(doc);
    expect(x.textContent).toBe(before);
    expect(x.textContent).toContain(TRADITIONAL);
  });

  it('except a <pre> or <pre><code> that holds the article of a mirror, which converts', async () => {
    const doc = pageWith(
      `<pre id="kept"><code id="article">${TRADITIONAL}\n${TRADITIONAL}</code></pre>` +
        `<pre id="other"><code>${TRADITIONAL}</code></pre><pre id="plain">${TRADITIONAL}</pre>`,
    );
    const unmark = markPreformattedArticle(doc.getElementById('article')!);
    expect(unmark).not.toBeNull();
    // A root outside any <pre> is not one.
    expect(markPreformattedArticle(doc.getElementById('context')!)).toBeNull();
    const converter = await convertToCn(doc);
    expect(doc.getElementById('article')!.textContent).toBe(`${SIMPLIFIED}\n${SIMPLIFIED}`);
    expect(doc.getElementById('other')!.textContent).toBe(TRADITIONAL);
    expect(doc.getElementById('plain')!.textContent).toBe(TRADITIONAL);
    converter.restore();
    converter.dispose();
    expect(doc.getElementById('article')!.textContent).toBe(`${TRADITIONAL}\n${TRADITIONAL}`);
    // Unmarked (the session ended), the block is code again for the next converter.
    unmark!();
    await convertToCn(doc);
    expect(doc.getElementById('article')!.textContent).toBe(`${TRADITIONAL}\n${TRADITIONAL}`);
  });

  it.each([
    ['contenteditable', 'contenteditable="true"'],
    ['translate="no"', 'translate="no"'],
    ['notranslate', 'class="notranslate"'],
  ])('a preformatted article that is %s stays untouched', async (_, attribute) => {
    const doc = pageWith(
      `<pre ${attribute}><code id="x">${TRADITIONAL}\n${TRADITIONAL}</code></pre>`,
    );
    markPreformattedArticle(doc.getElementById('x')!);
    await convertToCn(doc);
    expect(doc.getElementById('x')!.textContent).toBe(`${TRADITIONAL}\n${TRADITIONAL}`);
  });

  it('SVG <style> and <script>, while SVG <text> converts', async () => {
    const doc = pageWith('');
    const svgNs = 'http://www.w3.org/2000/svg';
    const svg = doc.createElementNS(svgNs, 'svg');
    const style = doc.createElementNS(svgNs, 'style');
    style.textContent = `text { font-family: "${TRADITIONAL}" }`;
    const script = doc.createElementNS(svgNs, 'script');
    script.textContent = `"${TRADITIONAL}"`;
    const text = doc.createElementNS(svgNs, 'text');
    text.textContent = TRADITIONAL;
    svg.append(style, script, text);
    doc.body.append(svg);
    await convertToCn(doc);
    expect(style.textContent).toContain(TRADITIONAL);
    expect(script.textContent).toContain(TRADITIONAL);
    expect(text.textContent).toBe(SIMPLIFIED);
  });

  it('template content', async () => {
    const doc = pageWith(`<template id="x"><p>${TRADITIONAL}</p></template>`);
    await convertToCn(doc);
    const template = doc.getElementById('x') as HTMLTemplateElement;
    expect(template.content.textContent).toContain(TRADITIONAL);
  });

  it.each([
    ['lang="ja"', `<p id="x" lang="ja">東京の気温と経済、学校の話。</p>`],
    ['lang="ja-JP", inline', `<p>說明<span id="x" lang="ja-JP">東京の学校</span>結尾</p>`],
    ['lang="ko"', `<p id="x" lang="ko">國家 경제와 學校</p>`],
  ])('text marked as another language with Han characters: %s', async (_, inner) => {
    // A Chinese page quoting Japanese or Korean: the quotation is not Chinese to convert.
    const doc = pageWith(`<p>${TRADITIONAL}</p><p>第二段：${TRADITIONAL}</p>${inner}`);
    const x = doc.getElementById('x')!;
    const before = x.textContent;
    await convertToCn(doc);
    expect(x.textContent).toBe(before);
  });

  it('translate="no", notranslate and lang on <html> or <body> do not keep the page from converting', async () => {
    for (const [html, body] of [
      [' translate="no"', ''],
      [' class="notranslate"', ''],
      ['', ' translate="no"'],
      ['', ' lang="ja"'],
    ]) {
      const doc = new DOMParser().parseFromString(
        `<!doctype html><html${html}><head><title>測試</title></head><body${body}>` +
          `<p id="context">${TRADITIONAL}</p><p id="far">遠處的段落：${TRADITIONAL}</p></body></html>`,
        'text/html',
      );
      // The far paragraph is converted after the first slice, where the walk looks again.
      const converter = createConverter(doc, { isNearViewport: (element) => element.id !== 'far' });
      await converter.convert({ target: 'cn' });
      expect(compact(doc.getElementById('context'))).toBe(SIMPLIFIED);
      expect(compact(doc.getElementById('far'))).toBe(`远处的段落：${SIMPLIFIED}`);
    }
  });

  it('a Korean page with hanja is left as it is, even when conversion is asked for', async () => {
    const doc = new DOMParser().parseFromString(
      '<!doctype html><html lang="ko"><head><title>조선일보</title></head><body>' +
        '<h1>美, 北에 강력 경고… 韓美 정상회담 앞두고 對北 압박</h1>' +
        '<p>윤 대통령은 國會에서 經濟 정책을 발표했다. 與野는 反對 입장을 밝혔다. 中國과 日本도 반응했다.</p>' +
        '</body></html>',
      'text/html',
    );
    const before = new XMLSerializer().serializeToString(doc);
    const converter = createConverter(doc);
    await converter.convert({ target: 'cn' });
    expect(new XMLSerializer().serializeToString(doc)).toBe(before);
  });

  it('contenteditable="false" is converted', async () => {
    const doc = pageWith(`<div id="x" contenteditable="false"><p>${TRADITIONAL}</p></div>`);
    await convertToCn(doc);
    expect(compact(doc.getElementById('x'))).toBe(SIMPLIFIED);
  });

  it('attributes of skipped elements are left too', async () => {
    const doc = pageWith(
      `<code id="x" title="${TRADITIONAL}">x</code><div translate="no"><img id="y" alt="${TRADITIONAL}"></div>`,
    );
    await convertToCn(doc);
    expect(doc.getElementById('x')?.getAttribute('title')).toBe(TRADITIONAL);
    expect(doc.getElementById('y')?.getAttribute('alt')).toBe(TRADITIONAL);
  });

  it('the user input of editors.html stays; the text around it converts', async () => {
    const doc = fixturePage('editors.html');
    const name = doc.getElementById('name') as HTMLInputElement;
    const comment = doc.getElementById('comment') as HTMLTextAreaElement;
    const editor = doc.getElementById('editor')!;
    const editorBefore = editor.textContent;
    const commentBefore = comment.value;
    await createConverter(doc).convert({ target: 'cn' });
    expect(name.value).toBe('陳小華');
    expect(name.getAttribute('value')).toBe('陳小華');
    expect(comment.value).toBe(commentBefore);
    expect(editor.textContent).toBe(editorBefore);
    // Around them: text, labels, the placeholders (the textarea's too, as the input's: the page's
    // words, not the reader's), a submit button's label, non-editable text.
    expect(comment.getAttribute('placeholder')).toBe('请写下您的意见');
    expect(compact(doc.getElementById('before'))).toBe('请在下方输入您的意见，我们会尽快回复。');
    expect(name.getAttribute('placeholder')).toBe('请输入姓名');
    expect(doc.getElementById('send')?.getAttribute('value')).toBe('送出意见');
    expect(compact(doc.getElementById('readonly'))).toBe('这段文字不可编辑，应该被转换。');
    expect(compact(doc.getElementById('after'))).toBe('感谢您的宝贵意见，祝您有美好的一天。');
  });

  it('a textarea’s placeholder converts when the page has had a turn since the walk found it', async () => {
    // A clock that runs fast makes every step of the walk end its slice, as on a busy machine:
    // the textarea's attributes are written a turn after they were found.
    const doc = fixturePage('editors.html');
    const comment = doc.getElementById('comment') as HTMLTextAreaElement;
    const commentBefore = comment.value;
    let clock = 0;
    await createConverter(doc, { now: () => (clock += 5) }).convert({ target: 'cn' });
    expect(comment.getAttribute('placeholder')).toBe('请写下您的意见');
    expect(comment.value).toBe(commentBefore);
    expect((doc.getElementById('name') as HTMLInputElement).value).toBe('陳小華');
  });

  it("a textarea's placeholder, title and label convert; its text never, and restore gives them back", async () => {
    const doc = pageWith(
      `<textarea id="t" placeholder="${TRADITIONAL}" title="${TRADITIONAL}" aria-label="${TRADITIONAL}">${TRADITIONAL}</textarea>` +
        `<textarea id="no" translate="no" placeholder="${TRADITIONAL}"></textarea>` +
        `<div contenteditable="true"><textarea id="inside" placeholder="${TRADITIONAL}"></textarea></div>`,
    );
    const before = new XMLSerializer().serializeToString(doc);
    const converter = createConverter(doc);
    await converter.convert({ target: 'cn' });
    const t = doc.getElementById('t') as HTMLTextAreaElement;
    for (const name of ['placeholder', 'title', 'aria-label']) {
      expect(t.getAttribute(name), name).toBe(SIMPLIFIED);
    }
    expect(t.value).toBe(TRADITIONAL);
    expect(t.textContent).toBe(TRADITIONAL);
    expect(doc.getElementById('no')?.getAttribute('placeholder')).toBe(TRADITIONAL);
    expect(doc.getElementById('inside')?.getAttribute('placeholder')).toBe(TRADITIONAL);
    await converter.restore();
    expect(new XMLSerializer().serializeToString(doc)).toBe(before);
    converter.dispose();
  });

  it("a textarea's placeholder set later converts; kept from translation, it is given back", async () => {
    const doc = pageWith(`<p>${TRADITIONAL}</p><textarea id="t"></textarea>`);
    const converter = createConverter(doc);
    await converter.convert({ target: 'cn' });
    const t = doc.getElementById('t')!;
    t.setAttribute('placeholder', '請寫下您的意見');
    await sleep(50);
    expect(t.getAttribute('placeholder')).toBe('请写下您的意见');
    t.setAttribute('translate', 'no');
    await sleep(50);
    expect(t.getAttribute('placeholder')).toBe('請寫下您的意見');
    t.removeAttribute('translate');
    await sleep(50);
    expect(t.getAttribute('placeholder')).toBe('请写下您的意见');
    // Inside an opaque element (<video>), which the walk never enters: left as the page sets it.
    const video = doc.createElement('video');
    const inVideo = doc.createElement('textarea');
    inVideo.id = 'v';
    video.append(inVideo);
    doc.body.append(video);
    await sleep(50);
    doc.getElementById('v')!.setAttribute('placeholder', '請寫下您的意見');
    await sleep(50);
    expect(doc.getElementById('v')!.getAttribute('placeholder')).toBe('請寫下您的意見');
    converter.dispose();
  });

  it('a focused input keeps its value and caret while the page converts', async () => {
    const doc = fixturePage('editors.html');
    // Only a document with a window can hold focus; move the fixture into the test window.
    document.body.replaceChildren(
      ...[...doc.body.childNodes].map((node) => document.adoptNode(node)),
    );
    const name = document.getElementById('name') as HTMLInputElement;
    name.focus();
    name.setSelectionRange(1, 2);
    const converter = createConverter(document);
    await converter.convert({ target: 'cn' });
    expect(document.activeElement).toBe(name);
    expect([name.value, name.selectionStart, name.selectionEnd]).toEqual(['陳小華', 1, 2]);
    expect(compact(document.getElementById('after'))).toBe('感谢您的宝贵意见，祝您有美好的一天。');
    converter.dispose();
    document.body.replaceChildren();
  });

  it('edits inside an editor are not converted as they happen', async () => {
    const doc = fixturePage('editors.html');
    const converter = createConverter(doc);
    await converter.convert({ target: 'cn' });
    const editorParagraph = doc.querySelector('#editor p')!;
    editorParagraph.append(doc.createTextNode('使用者剛輸入的繁體字'));
    (editorParagraph.firstChild as Text).data += '體';
    await sleep(40);
    expect(editorParagraph.textContent).toContain('使用者剛輸入的繁體字');
    expect(editorParagraph.textContent).toContain('編輯器裡的');
    converter.dispose();
  });

  it('our own UI inserted later is never converted', async () => {
    const doc = pageWith('<article id="a"><p>第一段。</p></article>');
    const converter = await convertToCn(doc);
    const card = doc.createElement('aside');
    card.setAttribute('data-jianfan-ui', 'card');
    card.title = '詞彙說明';
    card.append(doc.createElement('p'));
    card.firstElementChild!.textContent = '這是擴充功能自己的說明卡片';
    doc.getElementById('a')!.append(card);
    card.firstElementChild!.append('，後來又加了字');
    await sleep(40);
    expect(card.textContent).toBe('這是擴充功能自己的說明卡片，後來又加了字');
    expect(card.title).toBe('詞彙說明');
    converter.dispose();
  });

  it('only button-like inputs have their value converted', async () => {
    const doc = pageWith(
      ['text', 'search', 'email', 'hidden', 'button', 'submit', 'reset']
        .map((type) => `<input id="${type}" type="${type}" value="發展">`)
        .join(''),
    );
    await convertToCn(doc);
    const value = (id: string) => doc.getElementById(id)?.getAttribute('value');
    expect(['text', 'search', 'email', 'hidden'].map(value)).toEqual([
      '發展',
      '發展',
      '發展',
      '發展',
    ]);
    expect(['button', 'submit', 'reset'].map(value)).toEqual(['发展', '发展', '发展']);
  });

  it('leaves what a form submits as it is: a named submit button, an option without a value', async () => {
    const doc = pageWith(
      '<form><input id="named" type="submit" name="action" value="發展">' +
        '<select id="city"><option>臺灣</option><option value="hk">香港與澳門</option></select></form>',
    );
    const select = doc.getElementById('city') as HTMLSelectElement;
    const before = select.value;
    await convertToCn(doc);
    expect(doc.getElementById('named')?.getAttribute('value')).toBe('發展');
    expect(select.value).toBe(before);
    expect(select.options[0]!.textContent).toBe('臺灣');
    // An option with a value of its own shows a label, which converts.
    expect(select.options[1]!.textContent).toBe('香港与澳门');
  });

  it("converts a choice's label, which the list shows and the form never sends", async () => {
    const doc = pageWith(
      '<select id="city"><optgroup id="group" label="華語地區">' +
        '<option id="tw" value="tw" label="臺灣地區">臺灣</option></optgroup></select>',
    );
    const select = doc.getElementById('city') as HTMLSelectElement;
    const before = select.value;
    const converter = await convertToCn(doc);
    expect(doc.getElementById('group')?.getAttribute('label')).toBe('华语地区');
    expect(doc.getElementById('tw')?.getAttribute('label')).toBe('台湾地区');
    expect(select.value).toBe(before);
    converter.restore();
    expect(doc.getElementById('group')?.getAttribute('label')).toBe('華語地區');
  });

  it("leaves a style sheet's title, which names the set of sheets the page turns on", async () => {
    const doc = pageWith('');
    const link = doc.createElement('link');
    link.rel = 'stylesheet';
    link.title = '預設樣式';
    doc.head.append(link);
    await convertToCn(doc);
    expect(link.title).toBe('預設樣式');
  });
});

describe('addresses', () => {
  it('a link whose text is an address with Han in it stays as it is, with its title', async () => {
    const address = 'https://zh.wikipedia.org/wiki/臺灣';
    const doc = pageWith(
      `<p id="p">參見<a id="a" href="${address}" title="${address}">${address}</a>的說明</p>`,
    );
    await convertToCn(doc);
    expect(doc.getElementById('a')?.textContent).toBe(address);
    expect(doc.getElementById('a')?.getAttribute('title')).toBe(address);
    expect(compact(doc.getElementById('p'))).toBe(`参见${address}的说明`);
  });
});
