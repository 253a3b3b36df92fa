import { describe, expect, it } from 'vitest';
import { detectNeteasePage } from '../../../utils/detect/netease.ts';
import {
  MIN_SHORT_COPY_ANNOTATIONS,
  MIN_TOOL_ANNOTATIONS,
  countPinyinAnnotations,
  hasGarbledRuns,
} from '../../../utils/repair/artifacts.ts';
import { getGbkCodec } from '../../../utils/repair/gbk.ts';
import { repairDocument } from '../../../utils/repair/dom-repair.ts';
import { corruptLikeMirror } from '../repair/mirror-model.ts';
import { parseHtml } from './fixtures.ts';

// A short copy, a news brief of about a hundred characters, carries fewer of the tool's
// annotations than the ten a page needs by them alone: its 83 characters are one in about seven
// of news prose. With neither the notice nor NetEase's markup, such a copy is known by the signs
// of the tool around its annotations; pinyin pages written by hand show none of them.

const codec = getGbkCodec();
if (!codec) throw new Error('this runtime has no GBK TextDecoder (Node needs full ICU)');

const ELSEWHERE = 'https://www.kejisudi.example/archives/2.html';

function page(body: string): Document {
  return parseHtml(`<!DOCTYPE html><html lang="zh-Hant"><head></head><body>${body}</body></html>`);
}

/** A mirror site's page around a copied brief: header, menu, a line of its own, sidebar, footer. */
function mirrorPage(title: string, paragraphs: readonly string[]): string {
  return (
    '<header class="site-header"><a href="/">科技速遞</a>' +
    '<nav><a href="/">首頁</a> <a href="/about">關於我們</a></nav></header>' +
    `<main><article><h1 class="entry-title">${title}</h1>` +
    '<div class="entry-meta">發佈：2025-12-02（週二）｜分類：科技</div>' +
    `<div class="entry-content">${paragraphs.map((text) => `<p>${text}</p>`).join('')}</div>` +
    '</article></main>' +
    '<aside class="widget-area"><h3>近期文章</h3><ul><li><a href="/archives/1.html">' +
    '記憶體漲價潮延續到明年</a></li></ul></aside>' +
    '<footer>© 2025 科技速遞，版權所有。</footer>'
  );
}

const corrupt = (text: string) => corruptLikeMirror(codec, text).text;

const BRIEFS = [
  {
    name: 'three annotations, under a clean site title',
    title: '科技速遞',
    paragraphs: [
      '中芯國際12月1日晚間公告，公司擬以約406億元收購中芯北方49%股權，交易完成後，中芯北方將成為其全資子公司。',
    ],
  },
  {
    name: 'six annotations, the title corrupted too',
    title: '中芯國際擬406億元收購中芯北方49%股權',
    paragraphs: [
      '中芯國際12月1日晚間公告，公司擬以約406億元收購中芯北方49%股權，交易完成後，中芯北方將成為其全資子公司。',
    ],
  },
  {
    name: 'eight annotations in three paragraphs',
    title: '小米17 Ultra定價6999元 12月26日開售',
    paragraphs: [
      '小米集團今日舉行新品發佈會，正式推出小米17 Ultra，起售價6999元。新機搭載驍龍8至尊版芯片，配備1英寸主攝和6000mAh電池，支持100W有線快充。',
      '小米稱，首批備貨約50萬臺，12月26日開售。',
    ],
  },
];

describe('a short mirror copy without the notice or NetEase markup', () => {
  for (const brief of BRIEFS) {
    it(`is taken for a mirror and repaired: ${brief.name}`, () => {
      const document = page(mirrorPage(corrupt(brief.title), brief.paragraphs.map(corrupt)));
      const annotations = countPinyinAnnotations(document.body.textContent ?? '');
      expect(annotations).toBeGreaterThanOrEqual(MIN_SHORT_COPY_ANNOTATIONS);
      expect(annotations).toBeLessThan(MIN_TOOL_ANNOTATIONS);
      const verdict = detectNeteasePage({ document, url: ELSEWHERE });
      expect(verdict.kind).toBe('mirror');
      expect(verdict.signals.map((signal) => signal.id)).toEqual(['pinyin-annotations']);

      // What the reader then does on a mirror (entrypoints/reader/session.ts).
      const repair = repairDocument({ document, minAnnotations: 3 });
      expect(repair.stats.repaired).toBe(true);
      const shown = [...document.querySelectorAll('.entry-content p')].map((p) => p.textContent);
      expect(shown).toEqual(brief.paragraphs.map((text) => text.normalize('NFKC')));
      expect(document.querySelector('h1')?.textContent).toBe(brief.title);
    });
  }

  it('is left alone when it is quoted by a page of its own', () => {
    const quoted = corrupt(BRIEFS[2]!.paragraphs[0]!);
    const document = page(
      '<article><h1>鏡像站又在亂轉碼</h1><p>今天看到一篇轉載，原文如下：</p>' +
        `<blockquote>${quoted}</blockquote><p>括號裡的拼音都是轉碼工具加上去的。</p></article>`,
    );
    expect(detectNeteasePage({ document, url: ELSEWHERE }).kind).toBeNull();
  });
});

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
    'song lyrics':
      '<div class="lyrics"><p>你(nǐ)問(wèn)我(wǒ)愛(ài)你(nǐ)有(yǒu)多(duō)深(shēn)</p>' +
      '<p>我(wǒ)愛(ài)你(nǐ)有(yǒu)幾(jǐ)分(fēn)</p>' +
      '<p>我(wǒ)的(de)情(qíng)也(yě)真(zhēn),我(wǒ)的(de)愛(ài)也(yě)真(zhēn)</p>' +
      '<p>月(yuè)亮(liàng)代(dài)表(biǎo)我(wǒ)的(de)心(xīn),說(shuō)來(lái)會(huì)長(zhǎng)久(jiǔ)</p></div>',
  };
  for (const [name, body] of Object.entries(PAGES)) {
    it(`${name} is not a mirror`, () => {
      const document = page(body);
      // As many of the tool's own annotations as a short copy carries.
      const annotations = countPinyinAnnotations(document.body.textContent ?? '');
      expect(annotations).toBeGreaterThanOrEqual(MIN_SHORT_COPY_ANNOTATIONS);
      expect(annotations).toBeLessThan(MIN_TOOL_ANNOTATIONS);
      const verdict = detectNeteasePage({ document, url: ELSEWHERE });
      expect(verdict.kind).toBeNull();
      expect(verdict.signals).toEqual([]);
      // Without a verdict, the reader repairs a page only for its garbled runs (session.ts),
      // which none of these has: the pinyin stays the writer's.
      expect(hasGarbledRuns(document.body.textContent ?? '')).toBe(false);
    });
  }
});
