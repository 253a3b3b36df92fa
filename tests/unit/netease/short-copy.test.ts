import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { detectNeteasePage } from '../../../utils/detect/netease.ts';
import {
  MIN_TOOL_ANNOTATIONS,
  countPinyinAnnotations,
  hasGarbledRuns,
} from '../../../utils/repair/artifacts.ts';
import { getGbkCodec } from '../../../utils/repair/gbk.ts';
import { repairDocument } from '../../../utils/repair/dom-repair.ts';
import { corruptLikeMirror } from '../repair/mirror-model.ts';
import { parseHtml } from './fixtures.ts';

// A short copy, a news brief of a hundred or two characters, carries fewer of the tool's
// annotations than the ten a page needs by them alone: its 83 characters are one in about seven
// of news prose. With neither the notice nor NetEase's markup, such a copy is known by the signs
// only the tool's output shows around its annotations; pinyin written by hand shows none of them.

const codec = getGbkCodec();
if (!codec) throw new Error('this runtime has no GBK TextDecoder (Node needs full ICU)');

/** The fewest annotations a copy here carries: what the reader asks before it repairs one. */
const FEWEST_ANNOTATIONS = 3;

const ELSEWHERE = 'https://www.kejisudi.example/archives/2.html';

/** What the mirror tool starts from: NetEase's Simplified, made Traditional character by character. */
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

function corrupt(simplified: string): string {
  const report = corruptLikeMirror(codec!, toTraditional(simplified));
  // Every brief here comes back whole: no pair of bytes was lost in a garbled run.
  expect(report.damaged.size).toBe(0);
  return report.text;
}

/** What a repair of `corrupt(simplified)` shows: the Traditional text, its punctuation folded. */
function repaired(simplified: string): string {
  return toTraditional(simplified).normalize('NFKC');
}

function page(body: string): Document {
  return parseHtml(`<!DOCTYPE html><html lang="zh-Hant"><head></head><body>${body}</body></html>`);
}

interface Brief {
  name: string;
  /** Simplified, as on NetEase. */
  title: string;
  paragraphs: readonly string[];
}

const LAKE: Brief = {
  name: 'a brief of six annotations in two paragraphs',
  title: '西湖部分游步道封闭维修两个月',
  paragraphs: [
    '杭州西湖景区12月1日起对部分游步道实施封闭维修，预计工期两个月。',
    '景区管理方面表示，维修期间游客可绕行北山街，断桥、白堤等主要景点照常开放。',
  ],
};
const ICE: Brief = {
  name: 'a brief of three annotations',
  title: '哈尔滨冰雪大世界12月18日开园',
  paragraphs: [
    '第四十一届哈尔滨冰雪大世界将于12月18日正式开园，园区总面积约100万平方米，用冰量和用雪量均创历年之最。',
    '园方提醒，游客需提前在官方小程序上预约，现场不售票。',
  ],
};
const ICE_LONGER: Brief = {
  name: 'a brief of nine annotations',
  title: ICE.title,
  paragraphs: [
    ICE.paragraphs[0]!,
    '园方介绍，今年新增的超级冰滑梯长度达到521米，可同时容纳数百名游客排队体验，门票价格与去年持平。',
  ],
};
/** `因为国内` meets a misaligned annotation: a garbled run the repair reads back. */
const BAKERY: Brief = {
  name: 'a brief with a garbled run',
  title: '稻香村四季度订单明显增加',
  paragraphs: [
    '老字号食品企业稻香村12月9日表示，因为国内需求回暖，四季度订单明显增加。',
    '公司预计全年销售额将与去年基本持平，春节前后还将推出十余款新品。',
  ],
};
const SUBWAY: Brief = {
  name: 'a brief of seven annotations',
  title: '南京地铁5号线南段12月28日开通',
  paragraphs: [
    '南京地铁5号线南段将于12月28日开通初期运营，线路全长约17公里，共设车站13座。',
    '开通后，江宁区到新街口的通勤时间将缩短约20分钟。',
  ],
};
const MUSEUM: Brief = {
  name: 'a brief of one paragraph',
  title: '苏州博物馆西馆元旦期间延长开放时间',
  paragraphs: [
    '苏州博物馆西馆12月30日发布通知，元旦假期三天开放时间延长至晚上8点，游客需提前一天在官方小程序上预约。',
  ],
};

/** The mirror's own words around a copy: clean Traditional with full-width punctuation. */
const SIDEBAR =
  '<aside class="widget-area"><h3>近期文章</h3><ul><li><a href="/archives/1.html">' +
  '記憶體漲價潮延續到明年</a></li><li><a href="/archives/3.html">國際油價連續三天下跌' +
  '</a></li></ul></aside>';
const FOOTER = '<footer>© 2025 財經時報，版權所有。聯繫我們：service@caijing.example</footer>';
const TAGS =
  '<div class="tags">標籤：<a href="/tag/1">社會</a> <a href="/tag/2">城市生活</a></div>';
const RELATED =
  '<div class="related"><h3>相關閱讀</h3><ul><li><a href="/a/7.html">今年冬天會不會特別冷？' +
  '專家這樣說</a></li><li><a href="/a/8.html">機票價格回落，元旦出行成本降低</a></li></ul></div>';
const COMMENTS =
  '<section id="comments"><h3>3條評論</h3><ol><li><p>這個時候去，人應該不會太多吧？</p></li>' +
  '<li><p>說實話，票價還算合理，去年我們一家人也去過。</p></li>' +
  '<li><p>謝謝分享，已經收藏了！</p></li></ol></section>';
const META =
  '<div class="meta">發佈時間：2025-12-15 10:32\u3000來源：網易\u3000責任編輯：張明</div>';

const paragraphsOf = (texts: readonly string[]) => texts.map((text) => `<p>${text}</p>`).join('');

/** A layout: the page's body around a title and the copy's paragraphs, as the mirror shows them. */
type Layout = (title: string, paragraphs: readonly string[]) => string;

const LAYOUTS: Record<string, Layout> = {
  'an <article> with a meta line, tags, a related box, comments, a sidebar and a footer': (
    title,
    paragraphs,
  ) =>
    '<header class="site-header"><a href="/">財經時報</a>' +
    '<nav><a href="/">首頁</a> <a href="/about">關於我們</a></nav></header>' +
    `<main><article><h1 class="entry-title">${title}</h1>` +
    '<div class="entry-meta">發佈：2025-12-02（週二）｜分類：社會</div>' +
    `<div class="entry-content">${paragraphsOf(paragraphs)}</div>${TAGS}${RELATED}</article>` +
    `${COMMENTS}</main>${SIDEBAR}${FOOTER}`,
  'a news site with its name, a breadcrumb, a meta line, tags and a related box': (
    title,
    paragraphs,
  ) =>
    '<div class="top"><div class="logo">財經時報</div><div class="crumb">' +
    '<a href="/">首頁</a> &gt; <a href="/world">國際</a> &gt; <a href="/money">財經</a></div></div>' +
    `<div class="main"><h1>${title}</h1>${META}` +
    `<div class="content">${paragraphsOf(paragraphs)}</div>${TAGS}${RELATED}</div>${FOOTER}`,
  'bare <div>s, the paragraphs between <br>s': (title, paragraphs) =>
    '<div id="wrap"><div class="head">財經時報 | 首頁 | 國際 | 財經 | 科技</div>' +
    `<div class="tit">${title}</div>` +
    '<div class="info">來源：網易 發佈時間：2025-12-15 點擊：1024</div>' +
    `<div class="con">${paragraphs.join('<br><br>')}</div>` +
    '<div id="footer">財經時報 版權所有 Copyright © 2025</div></div>',
  'a <td>, with a column of links beside it': (title, paragraphs) =>
    '<table width="960"><tr><td colspan="2">財經時報 - 首頁 - 國際 - 財經</td></tr>' +
    `<tr><td width="700"><b>${title}</b><br>來源：網易\u30002025-12-15<br><br>` +
    `${paragraphs.join('<br>')}</td>` +
    '<td width="260">熱門文章<br><a href="/a/7.html">今年冬天會不會特別冷？專家這樣說</a><br>' +
    '<a href="/a/8.html">機票價格回落，元旦出行成本降低</a></td></tr>' +
    '<tr><td colspan="2">關於我們 | 聯繫我們 | 版權聲明</td></tr></table>',
};

const CASES: { layout: string; brief: Brief; title: 'clean' | 'corrupted' }[] = [
  { layout: Object.keys(LAYOUTS)[0]!, brief: LAKE, title: 'corrupted' },
  { layout: Object.keys(LAYOUTS)[0]!, brief: ICE_LONGER, title: 'corrupted' },
  { layout: Object.keys(LAYOUTS)[0]!, brief: BAKERY, title: 'clean' },
  { layout: Object.keys(LAYOUTS)[1]!, brief: ICE, title: 'clean' },
  { layout: Object.keys(LAYOUTS)[1]!, brief: ICE, title: 'corrupted' },
  { layout: Object.keys(LAYOUTS)[1]!, brief: BAKERY, title: 'clean' },
  { layout: Object.keys(LAYOUTS)[1]!, brief: MUSEUM, title: 'corrupted' },
  { layout: Object.keys(LAYOUTS)[2]!, brief: SUBWAY, title: 'corrupted' },
  { layout: Object.keys(LAYOUTS)[2]!, brief: LAKE, title: 'clean' },
  { layout: Object.keys(LAYOUTS)[3]!, brief: ICE, title: 'corrupted' },
  { layout: Object.keys(LAYOUTS)[3]!, brief: SUBWAY, title: 'clean' },
];

describe('a short mirror copy without the notice or NetEase markup', () => {
  for (const { layout, brief, title } of CASES) {
    it(`is taken for a mirror and repaired: ${brief.name}, ${title} title, in ${layout}`, () => {
      const shownTitle = title === 'clean' ? toTraditional(brief.title) : corrupt(brief.title);
      const document = page(LAYOUTS[layout]!(shownTitle, brief.paragraphs.map(corrupt)));
      const annotations = countPinyinAnnotations(document.body.textContent ?? '');
      expect(annotations).toBeGreaterThanOrEqual(FEWEST_ANNOTATIONS);
      expect(annotations).toBeLessThan(MIN_TOOL_ANNOTATIONS);

      const verdict = detectNeteasePage({ document, url: ELSEWHERE });
      expect(verdict.kind).toBe('mirror');
      expect(verdict.signals.map((signal) => signal.id)).toEqual(['pinyin-annotations']);

      // What the reader then does on a mirror (entrypoints/reader/session.ts).
      const repair = repairDocument({ document, minAnnotations: 3 });
      expect(repair.stats.repaired).toBe(true);
      const text = document.body.textContent ?? '';
      for (const paragraph of brief.paragraphs) expect(text).toContain(repaired(paragraph));
      expect(text).toContain(repaired(brief.title));
      expect(countPinyinAnnotations(text)).toBe(0);
      expect(hasGarbledRuns(text)).toBe(false);
    });
  }

  // The long path asks for annotations on two lines too: one annotated paragraph is what a page
  // quoting a mirror shows, and what a one-paragraph copy under a clean title shows as well.
  it('is missed when its annotations are all in one paragraph, under a clean title', () => {
    const layout = LAYOUTS[Object.keys(LAYOUTS)[0]!]!;
    const document = page(layout(toTraditional(MUSEUM.title), MUSEUM.paragraphs.map(corrupt)));
    expect(countPinyinAnnotations(document.body.textContent ?? '')).toBeGreaterThanOrEqual(
      FEWEST_ANNOTATIONS,
    );
    expect(detectNeteasePage({ document, url: ELSEWHERE }).kind).toBeNull();
  });
});

/** Asserts that `body` holds a short copy's number of the tool's annotations, and stays a page. */
function expectNotAMirror(body: string): void {
  const document = page(body);
  const text = document.body.textContent ?? '';
  const annotations = countPinyinAnnotations(text);
  expect(annotations).toBeGreaterThanOrEqual(FEWEST_ANNOTATIONS);
  expect(annotations).toBeLessThan(MIN_TOOL_ANNOTATIONS);
  const verdict = detectNeteasePage({ document, url: ELSEWHERE });
  expect(verdict.kind).toBeNull();
  expect(verdict.signals).toEqual([]);
  // Without a verdict, the reader repairs a page only for its garbled runs (session.ts), which
  // none of these has: the pinyin stays the writer's.
  expect(hasGarbledRuns(text)).toBe(false);
}

describe('pinyin pages written by hand stay as they are', () => {
  const PAGES: Record<string, string> = {
    // Full-width punctuation in every annotated sentence.
    'a pinyin lesson':
      '<article><h1>第五課 生字</h1><p>今天學習三個字：國(guó)、說(shuō)、會(huì)。</p>' +
      '<p>國(guó)家的國(guó)，說話的說(shuō)，開會的會(huì)，請大家跟著唸三遍。</p></article>',
    // ASCII punctuation, but whole words annotated, not the tool's characters alone.
    'a language-learning page':
      '<article><h1>Lesson 5: Shopping</h1><p>我們在商場(shāngchǎng)買(mǎi)東西, ' +
      '東西(dōngxi)很多, 價錢(jiàqián)也不貴.</p><p>Note: 買(mǎi) and 賣(mài) differ in tone: ' +
      '買東西, 賣東西. 錢(qián)不夠, 老闆說(shuō)可以便宜一點.</p></article>',
    // An entry with its headword annotated, and words with their readings.
    'a dictionary entry':
      '<div class="entry"><h2>國(guó)</h2><p>部首: 囗; 筆畫: 11</p>' +
      '<p>1. 國家, 邦國. 例: 國(guó)家, 祖國(guó), 愛國.</p>' +
      '<p>相關詞: 國際(guójì), 國語(guóyǔ), 國會(guóhuì)</p></div>',
    // A headword list in ASCII punctuation: most of its characters without the reading.
    'a dictionary index':
      '<ul><li>說(shuō): 說話, 小說, 說明</li><li>會(huì): 會議, 開會, 社會</li>' +
      '<li>長(zhǎng): 長大, 家長, 校長</li></ul>',
    // Every character annotated, the tool's among them.
    "a children's book":
      '<div class="story"><p>小(xiǎo)明(míng)說(shuō):"媽(mā)媽(ma),我(wǒ)們(men)' +
      '去(qù)公(gōng)園(yuán)玩(wán),好(hǎo)嗎(ma)?"</p><p>媽(mā)媽(ma)說(shuō):"好(hǎo),' +
      '我(wǒ)們(men)現(xiàn)在(zài)就(jiù)去(qù)."</p></div>',
    // Every character annotated, with lines of lyrics.
    'song lyrics, every character annotated':
      '<div class="lyrics"><p>你(nǐ)問(wèn)我(wǒ)愛(ài)你(nǐ)有(yǒu)多(duō)深(shēn)</p>' +
      '<p>我(wǒ)愛(ài)你(nǐ)有(yǒu)幾(jǐ)分(fēn)</p>' +
      '<p>我(wǒ)的(de)情(qíng)也(yě)真(zhēn),我(wǒ)的(de)愛(ài)也(yě)真(zhēn)</p>' +
      '<p>月(yuè)亮(liàng)代(dài)表(biǎo)我(wǒ)的(de)心(xīn),說(shuō)來(lái)會(huì)長(zhǎng)久(jiǔ)</p></div>',
    // A forum post typed in ASCII punctuation, on two lines, marking the character it asks about
    // but not its other 長, and ending its question with `?`, with no `。`; the replies,
    // full-width, are in the comments.
    'a forum post asking about a reading':
      '<div class="thread"><h1 class="thread-title">請教讀音</h1><div class="post">' +
      '<p>小孩問我長(zhǎng)大的長到底怎麼唸,我說(shuō)是三聲,他說(shuō)老師教二聲</p>' +
      '<p>我們爭了半天,到底誰(shuí)對(duì)啊?</p></div>' +
      '<div id="comments"><div class="reply"><p>三聲沒錯，長大就是變大的意思。</p></div>' +
      '<div class="reply"><p>長短的長才是二聲，你們都對一半。</p></div></div></div>',
    // A blog in Chinese on readings, in ASCII punctuation: its sentences end in `.`.
    'a Mandarin-learning blog in Chinese':
      '<article><h1>多音字筆記</h1><p>今天練習的句子是:他說(shuō)明天要開(kāi)會(huì),我們沒(méi)有時(shí)間準備.</p>' +
      '<p>老師說(shuō),會(huì)在這裡唸四聲,開(kāi)會(huì)就是一起討論事情.</p></article>',
    // One line of Chinese in an English post.
    'a Mandarin-learning blog in English':
      '<article><h1>Learning Mandarin: week 12</h1><p>This week I practised tones with a ' +
      'sentence from my textbook:</p><p>他說(shuō)明天會(huì)來(lái),我很高興,因為我們很久沒(méi)見面了.</p>' +
      '<p>My teacher says I should read it aloud every morning, slowly.</p></article>',
    // Lyrics marking two characters, in ASCII commas, with other listed characters bare.
    'song lyrics marking two characters':
      '<div class="lyrics"><h2>月亮代表我的心</h2><p>你問我愛你有多深,我說(shuō)我愛你有幾分</p>' +
      '<p>你問我愛你有多長(zhǎng)久,我說(shuō)永遠不會變</p></div>',
    'a blockquote quoting a brief':
      '<article><h1>鏡像站又在亂轉碼</h1><p>今天看到一篇轉載，原文如下：</p>' +
      `<blockquote><p>${corrupt(LAKE.paragraphs[0]!)}</p><p>${corrupt(LAKE.paragraphs[1]!)}</p>` +
      '</blockquote><p>括號裡的拼音都是轉碼工具加上去的。</p></article>',
    // Code comments quoting a mirror's lines, two of them: a listing, not a copy.
    'a <pre> of code comments quoting mirror output':
      '<article><h1>寫了一個去拼音的小腳本</h1><p>鏡像站轉出來的文字都帶拼音，寫了幾行程式清掉。</p>' +
      `<pre>// 輸入:\n// ${corrupt(SUBWAY.paragraphs[1]!)}\n// ${corrupt(LAKE.paragraphs[1]!)}\n` +
      "const strip = (text) => text.replace(/\\(([a-zü]+)\\)/g, '');</pre></article>",
    // A post quoting one garbled paragraph, with its own words around it.
    'a tech post in English quoting a brief in a <p>':
      '<article><h1>Why do copy sites show pinyin in brackets?</h1><p>Here is a paragraph ' +
      'I found on one of them:</p>' +
      `<p>${corrupt(ICE.paragraphs[1]!)}${corrupt(LAKE.paragraphs[1]!)}</p>` +
      '<p>The readings come from a conversion step that runs after the text is made Traditional.' +
      '</p></article>',
    'a tech post in Chinese quoting a brief in a <p>':
      '<article><h1>轉載站的拼音是怎麼來的</h1><p>在一個轉載站上看到這一段：</p>' +
      `<p>${corrupt(ICE.paragraphs[1]!)}${corrupt(LAKE.paragraphs[1]!)}</p>` +
      '<p>括號裡的讀音是轉碼工具在繁體化之後加上的，逗號也變成了半形。</p></article>',
    // A thread whose first post quotes one mirror paragraph of nine annotations; the
    // discussion is in the comments.
    'a forum thread quoting a mirror paragraph':
      '<div class="topic"><h1>這種轉載是哪個網站搞的？</h1><div class="post-body">' +
      `<p>${corrupt(ICE_LONGER.paragraphs[1]!)}${corrupt(LAKE.paragraphs[1]!)}</p></div></div>` +
      '<div id="comments"><div class="reply"><p>應該是某個轉碼工具，括號裡是拼音。</p></div>' +
      '<div class="reply"><p>我也見過，網易號的文章常被這樣轉載。</p></div></div>',
  };
  for (const [name, body] of Object.entries(PAGES)) {
    it(`${name} is not a mirror`, () => expectNotAMirror(body));
  }
});
