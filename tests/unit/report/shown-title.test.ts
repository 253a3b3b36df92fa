import { describe, expect, it } from 'vitest';
import { UI_ATTRIBUTE } from '../../../utils/convert/dom-rules.ts';
import { COMPANION_SELECTOR, COMPANION_TAG, COMPANION_UI } from '../../../utils/modes/companion.ts';
import { shownArticleTitle } from '../../../utils/report/shown-title.ts';

function pageOf(head: string, body: string): Document {
  return new DOMParser().parseFromString(
    `<!doctype html><html><head>${head}</head><body>${body}</body></html>`,
    'text/html',
  );
}

describe('the article title as the tab shows it', () => {
  it('reads the headline as it is now, not as it was served', () => {
    const page = pageOf(
      '<title>長(zhǎng)鑫存儲(chǔ) – 科技速遞</title>',
      '<article><h1 class="entry-title">長(zhǎng)鑫存儲(chǔ)</h1></article>',
    );
    // What the repair and the conversion do to the page's text nodes.
    page.querySelector('h1')!.firstChild!.textContent = '长鑫存储';
    expect(shownArticleTitle(page, 'mirror')).toBe('长鑫存储');
  });

  it('takes the places each kind of page writes its headline, the surest first', () => {
    const netease = pageOf(
      '<title>标题|关键词_网易订阅</title>',
      '<article><h1>别的标题</h1></article><h1 class="post_title">  HBM\n 一货难求 </h1>',
    );
    expect(shownArticleTitle(netease, 'netease')).toBe('HBM 一货难求');
    const mirror = pageOf('', '<article><h1>鏡像標題</h1></article><h1 class="post_title">舊</h1>');
    expect(shownArticleTitle(mirror, 'mirror')).toBe('鏡像標題');
  });

  it('leaves out what the extension put in the headline, but not the terms it marks', () => {
    const page = pageOf(
      '',
      '<h1 class="post_title">长鑫<span data-jianfan-ui="term">存储</span>的产能' +
        '<span data-jianfan-ui="lost-span" role="img">⟨…⟩</span></h1>',
    );
    expect(shownArticleTitle(page, 'netease')).toBe('长鑫存储的产能');
  });

  it("reads the side-by-side companion's copy, in the reader's script, not the original", () => {
    // Side by side for a Taiwan reader: the headline keeps the page's Simplified, and its
    // companion (made as the mode makes it) holds the Traditional the converted mode would show.
    const page = pageOf(
      '<title>长鑫存储的产能_网易订阅</title>',
      '<h1 class="post_title" lang="zh-Hans">长鑫存储的产能</h1>',
    );
    const headline = page.querySelector('h1')!;
    const companion = page.createElement(COMPANION_TAG);
    companion.setAttribute(UI_ATTRIBUTE, COMPANION_UI);
    companion.setAttribute('lang', 'zh-Hant');
    companion.append(
      '長鑫',
      Object.assign(page.createElement('span'), { textContent: '存儲' }),
      '的產能',
    );
    companion.querySelector('span')!.setAttribute(UI_ATTRIBUTE, 'term');
    const lost = page.createElement('span');
    lost.setAttribute(UI_ATTRIBUTE, 'lost-span');
    lost.textContent = '⟨…⟩';
    companion.append(lost);
    headline.append(companion);
    expect(headline.matches(`:has(> ${COMPANION_SELECTOR})`)).toBe(true);
    expect(shownArticleTitle(page, 'netease')).toBe('長鑫存儲的產能');
    // A companion with nothing to read leaves the headline's own text.
    companion.replaceChildren();
    expect(shownArticleTitle(page, 'netease')).toBe('长鑫存储的产能');
    // Nor is any other element of ours read as the headline's copy.
    const card = page.createElement(COMPANION_TAG);
    card.setAttribute(UI_ATTRIBUTE, 'peek-card');
    card.textContent = '長鑫存儲的產能';
    companion.remove();
    headline.append(card);
    expect(shownArticleTitle(page, 'netease')).toBe('长鑫存储的产能');
  });

  it("falls back on the document's title, cut to the article, and last on og:title", () => {
    const titled = pageOf(
      '<title>標題|關鍵詞|關鍵詞_網易訂閱</title><meta property="og:title" content="标题">',
      '<h1 class="post_title"> </h1>',
    );
    expect(shownArticleTitle(titled, 'netease')).toBe('標題');
    const untitled = pageOf('<meta property="og:title" content=" 标题 ">', '<p>正文</p>');
    expect(shownArticleTitle(untitled, 'netease')).toBe('标题');
    expect(shownArticleTitle(pageOf('', '<p>正文</p>'), 'mirror')).toBeNull();
  });
});
