/** @vitest-environment-options {"settings":{"enableIframePageLoading":true,"fetch":{"virtualServers":[{"url":"http://localhost:3000/","directory":"tests/fixtures/pages"},{"url":"http://www.frames.example/","directory":"tests"}]}}} */
// Frames in the parsed fixture pages load from the fixtures on disk (happy-dom's virtual
// servers): no refusal logged per frame, and nothing goes to the network.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectChinesePresence } from '../../../utils/detect/chinese-presence.ts';
import { detectDocumentScript } from '../../../utils/detect/script.ts';
import { SHARED_FIXTURES } from '../convert/corpus.ts';

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');
const pagesDir = resolve(process.cwd(), 'tests/fixtures/pages');
const fixturePages = readdirSync(pagesDir)
  .filter((name) => name.endsWith('.html'))
  .map((name) => [name, readFileSync(resolve(pagesDir, name), 'utf8')] as const);
const sharedPages = readdirSync(SHARED_FIXTURES)
  .filter((name) => name.endsWith('.html'))
  .map((name) => [name, readFileSync(resolve(SHARED_FIXTURES, name), 'utf8')] as const);

const body = (inner: string, lang = 'en') =>
  parse(
    `<!doctype html><html lang="${lang}"><head><title>Page</title></head><body>${inner}</body></html>`,
  );

describe('detectChinesePresence', () => {
  it.each([...fixturePages, ...sharedPages])(
    'agrees with the script detector on whether %s is Chinese',
    (_name, html) => {
      const presence = detectChinesePresence(parse(html)).presence;
      const script = detectDocumentScript(parse(html)).script;
      const expected = script === 'none' || script === 'japanese' ? script : 'chinese';
      expect(presence).toBe(expected);
    },
  );

  it('tells Chinese, Japanese and other pages apart', () => {
    expect(detectChinesePresence(body('<p>這個國家的經濟發展很快。</p>')).presence).toBe('chinese');
    expect(detectChinesePresence(body('<p>这个国家的经济发展很快。</p>')).presence).toBe('chinese');
    expect(
      detectChinesePresence(body('<p>日本語の文章です。東京は大きい都市です。</p>')).presence,
    ).toBe('japanese');
    expect(detectChinesePresence(body('<p>An English page.</p>')).presence).toBe('none');
    // An English page that quotes a word of Chinese is not a Chinese page.
    expect(
      detectChinesePresence(body('<p>The word 中文 means the Chinese language, as written.</p>'))
        .presence,
    ).toBe('none');
  });

  it('reads the title and skips code, scripts and the extension’s own UI', () => {
    const doc = body(
      '<pre>這是程式碼這是程式碼這是程式碼</pre><script>var s = "這是腳本這是腳本這是腳本";</script>' +
        '<div data-jianfan-ui>詞彙卡片詞彙卡片詞彙卡片</div><p>English text.</p>',
    );
    expect(detectChinesePresence(doc).counts.han).toBe(0);
    doc.title = '這個國家的經濟發展很快';
    expect(detectChinesePresence(doc).presence).toBe('chinese');
  });

  it('stops reading a page without Chinese after its bound, and a Chinese one early', () => {
    const english = 'Plain English text without a single Chinese character. '.repeat(40);
    // 20 paragraphs of 2,280 characters: the Chinese comes after 45,000 characters of English.
    const late = body(`<p>${english}</p>`.repeat(20) + '<p>這個國家的經濟發展很快。</p>');
    expect(detectChinesePresence(late).presence).toBe('none');
    expect(detectChinesePresence(late, { maxCharacters: Infinity }).presence).toBe('chinese');
    const chinese = body('<p>這個國家的經濟發展很快。</p>'.repeat(200));
    expect(detectChinesePresence(chinese, { maxHanCharacters: 50 }).counts.han).toBe(50);
  });
});

describe('text shown from elsewhere', () => {
  it('samples open shadow roots: a page built of web components is Chinese', () => {
    const doc = body('<my-app></my-app>');
    const p = doc.createElement('p');
    p.textContent = '这个国家的发展很快，他的头发很长。';
    doc.querySelector('my-app')!.attachShadow({ mode: 'open' }).append(p);
    expect(detectChinesePresence(doc).presence).toBe('chinese');
    expect(detectDocumentScript(doc).script).toBe('simplified');
  });

  it('samples frames without a reader of their own (srcdoc), not those with one', async () => {
    document.body.replaceChildren();
    document.documentElement.lang = 'en';
    const frame = document.createElement('iframe');
    frame.setAttribute('srcdoc', '<p>這個國家的經濟發展很快，他的頭髮很長。</p>');
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve));
    document.body.append('Your message:', frame);
    await loaded;
    expect(frame.contentDocument?.body.textContent).toContain('國家');
    expect(detectChinesePresence(document).presence).toBe('chinese');
    expect(detectDocumentScript(document).script).toBe('traditional');
    // The same frame with an http(s) page has its own reader, which samples it.
    const own = document.createElement('iframe');
    const ownLoaded = new Promise((resolve) => own.addEventListener('load', resolve));
    own.src = 'http://localhost:3000/static-traditional.html';
    frame.replaceWith(own);
    await ownLoaded;
    expect(own.contentDocument?.body.textContent).toMatch(/\p{Script=Han}/u);
    expect(detectChinesePresence(document).presence).toBe('none');
    own.remove();
  });
});

describe('Korean', () => {
  const korean =
    '<h1>美, 北에 강력 경고… 韓美 정상회담 앞두고 對北 압박</h1><p>윤 대통령은 國會에서 經濟 정책을 발표했다. 與野는 反對 입장을 밝혔다. 中國과 日本도 반응했다.</p>';

  it('with hanja is not Chinese, as the script detector says too', () => {
    for (const lang of ['ko', 'en']) {
      expect(detectChinesePresence(body(korean, lang)).presence).toBe('none');
      expect(detectDocumentScript(body(korean, lang)).script).toBe('none');
    }
  });

  it('on a page that says it is Chinese stays Chinese', () => {
    expect(detectChinesePresence(body(korean, 'zh')).presence).toBe('chinese');
    expect(detectDocumentScript(body(korean, 'zh')).script).not.toBe('none');
  });
});
