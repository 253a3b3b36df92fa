import { describe, expect, it } from 'vitest';
import {
  cleanDocumentTitle,
  detectNeteasePage,
  isNeteaseHost,
  parseNeteaseArticleUrl,
  type NeteaseSignalId,
} from '../../../utils/detect/netease.ts';
import {
  ARTICLES,
  MIRROR_URL,
  neteaseUrl,
  paragraphs,
  parseHtml,
  readShared,
  titles,
} from './fixtures.ts';

const DOCID = 'K26ZY72N052ZHORR';

/** A page built from body markup (test data), optionally with head markup and <html> attributes. */
function page({
  head = '',
  body = '',
  html = '',
}: {
  head?: string;
  body?: string;
  html?: string;
}) {
  return parseHtml(`<!DOCTYPE html><html ${html}><head>${head}</head><body>${body}</body></html>`);
}

function ids(verdict: { signals: { id: NeteaseSignalId }[] }): NeteaseSignalId[] {
  return verdict.signals.map((signal) => signal.id);
}

const NOTICE_ZH =
  '特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。';
const NOTICE_EN =
  'Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user of NetEase Hao, which is a social media platform and only provides information storage services.';
/** The Chinese notice as the mirror tool leaves it (the shared fixtures' README). */
const MIRRORED_NOTICE_ZH =
  '特別聲明:以上內(nèi)容(如有圖片或視頻亦包括在內(nèi))為自媒體平臺(tái)“網(wǎng)易號(hào)”用戶上傳并發(fā)布,本平臺(tái)僅提供信息存儲(chǔ)服務(wù)。';
const ARTICLE_PARAGRAPHS = '<p>第一段正文，内容足够长。</p><p>第二段正文，内容也足够长。</p>';

describe('detectNeteasePage on the shared fixtures', () => {
  const titleRows = new Map(titles().map((row) => [row.article, row]));
  for (const article of ARTICLES) {
    it(`recognises ${article}.netease.html as NetEase`, () => {
      const document = parseHtml(readShared(`${article}.netease.html`));
      const verdict = detectNeteasePage({ document, url: neteaseUrl(article) });
      expect(verdict.kind).toBe('netease');
      expect(verdict.articleRoot?.matches('div.post_body')).toBe(true);
      expect(verdict.title).toBe(titleRows.get(article)?.simplified);
      expect(ids(verdict)).toEqual(
        expect.arrayContaining([
          'url-docid',
          'html-ne-wrap',
          'post-structure',
          'meta-author',
          'canonical-163',
          'disclaimer-zh',
          'disclaimer-en',
        ]),
      );
    });

    it(`recognises ${article}.mirror.html as a mirror`, () => {
      const document = parseHtml(readShared(`${article}.mirror.html`));
      const verdict = detectNeteasePage({ document, url: MIRROR_URL });
      expect(verdict.kind).toBe('mirror');
      expect(verdict.articleRoot?.matches('div.entry-content')).toBe(true);
      // The title as the mirror shows it; the repair is a separate step.
      expect(verdict.title).toBe(titleRows.get(article)?.corrupted);
      expect(ids(verdict).sort()).toEqual(['disclaimer-en', 'disclaimer-zh']);
      for (const signal of verdict.signals) {
        expect(signal.strength).toBe('strong');
        expect(signal.detail).toMatch(/notice/i);
      }
    });
  }

  it('calls the NetEase page served from another host a mirror', () => {
    const document = parseHtml(readShared('a.netease.html'));
    const verdict = detectNeteasePage({ document, url: 'https://copy.example/a.html' });
    expect(verdict.kind).toBe('mirror');
    expect(verdict.articleRoot?.matches('div.post_body')).toBe(true);
  });
});

describe('article URLs', () => {
  const forms: [string, string][] = [
    [`https://www.163.com/dy/article/${DOCID}.html`, 'www'],
    [`https://www.163.com/news/article/${DOCID}.html`, 'www'],
    [`http://www.163.com/dy/article/${DOCID}.html?f=post2020_dy_recommends#comments`, 'www'],
    [`https://m.163.com/dy/article/${DOCID}.html`, 'mobile'],
    [`https://www.163.com/tech/article/${DOCID}.html`, 'www'],
    [`https://www.163.com/money/article/${DOCID}.html`, 'www'],
    [`https://m.163.com/news/article/${DOCID}.html`, 'mobile'],
    [`https://m.163.com/tech/article/${DOCID}.html`, 'mobile'],
    [`https://3g.163.com/dy/article/${DOCID}.html`, 'mobile'],
    [`https://3g.163.com/news/article/${DOCID}.html`, 'mobile'],
    [`https://dy.163.com/article/${DOCID}.html`, 'dy'],
    [`https://c.m.163.com/news/a/${DOCID}.html`, 'c-mobile'],
    [`https://dy.163.com/v2/article/detail/${DOCID}.html`, 'dy-v2'],
    [`https://news.163.com/21/0315/10/${DOCID}.html`, 'legacy'],
    [`https://tech.163.com/25/1203/08/${DOCID}.html`, 'legacy'],
    // The mobile sites' other article paths, and the local news sites' legacy ones.
    [`https://m.163.com/dy/article_cambrian/${DOCID}.html`, 'mobile'],
    [`https://3g.163.com/news/article_cambrian/${DOCID}.html`, 'mobile'],
    [`http://sc.news.163.com/17/0323/18/${DOCID}.html`, 'legacy'],
    // A later page of a long article, or all of it on one; the older mobile share links.
    [`https://news.163.com/21/0315/10/${DOCID}_2.html`, 'legacy'],
    [`https://news.163.com/21/0315/10/${DOCID}_all.html`, 'legacy'],
    [`https://www.163.com/news/article/${DOCID}_3.html`, 'www'],
    [`https://3g.163.com/touch/article.html?docid=${DOCID}`, 'mobile'],
    [`https://3g.163.com/touch/article.html?from=share&docid=${DOCID}#x`, 'mobile'],
  ];
  for (const [url, form] of forms) {
    it(`reads ${url}`, () => {
      expect(parseNeteaseArticleUrl(url)).toEqual({ docid: DOCID, form });
      // The URL alone makes an empty 163.com page a NetEase article.
      const verdict = detectNeteasePage({ document: page({}), url });
      expect(verdict.kind).toBe('netease');
      expect(ids(verdict)).toEqual(['url-docid']);
      expect(verdict.signals[0]?.detail).toContain(DOCID);
    });
  }

  const notArticles = [
    `https://www.163.com/dy/article/${DOCID.slice(1)}.html`,
    `https://www.163.com/dy/article/${DOCID.toLowerCase()}.html`,
    `https://www.163.com/dy/media/${DOCID}.html`,
    `https://www.163.com/dy/article/${DOCID}.htm`,
    `https://m.163.com/news/a/${DOCID}.html`,
    `https://www.163.com/x/article/${DOCID}.html`,
    `https://www.163.com/dy/news/article/${DOCID}.html`,
    `https://4g.163.com/dy/article/${DOCID}.html`,
    `https://news.163.com/2021/0315/10/${DOCID}.html`,
    `https://www.163.com.evil.example/dy/article/${DOCID}.html`,
    `https://evil163.com/dy/article/${DOCID}.html`,
    `https://my163blog.example/21/0315/10/${DOCID}.html`,
    `ftp://www.163.com/dy/article/${DOCID}.html`,
    `https://news.163.com/21/0315/10/${DOCID}_0.html`,
    `https://news.163.com/21/0315/10/${DOCID}_page.html`,
    `https://3g.163.com/touch/article.html?docid=${DOCID.toLowerCase()}`,
    `https://3g.163.com/touch/article.html`,
    `https://3g.163.com/touch/news.html?docid=${DOCID}`,
    `https://www.kejisudi.example/touch/article.html?docid=${DOCID}`,
    'not a url',
  ];
  for (const url of notArticles) {
    it(`does not take ${url} for an article`, () => {
      expect(parseNeteaseArticleUrl(url)).toBeNull();
      expect(ids(detectNeteasePage({ document: page({}), url }))).not.toContain('url-docid');
    });
  }
});

describe('isNeteaseHost', () => {
  it('accepts 163.com and its subdomains only', () => {
    for (const host of ['163.com', 'www.163.com', 'c.m.163.com', 'NEWS.163.COM', 'www.163.com.']) {
      expect(isNeteaseHost(host)).toBe(true);
    }
    for (const host of [
      'evil163.com',
      '163.com.evil.example',
      'my163blog.example',
      '126.net',
      '',
    ]) {
      expect(isNeteaseHost(host)).toBe(false);
    }
  });
});

describe('DOM signals', () => {
  // A 163.com address that is not an article, so that only the DOM decides.
  const ON_163 = 'https://www.163.com/special/0077jt/tipoff.html';
  const ELSEWHERE = 'https://copy.example/post/1.html';

  const single: [NeteaseSignalId, Parameters<typeof page>[0]][] = [
    ['html-ne-wrap', { html: 'id="ne_wrap"' }],
    ['post-structure', { body: '<div class="post_main"><h1 class="post_title">标题</h1></div>' }],
    ['meta-author', { head: '<meta name="author" content="网易">' }],
    [
      'canonical-163',
      { head: `<link rel="canonical" href="https://www.163.com/dy/article/${DOCID}.html">` },
    ],
    [
      'canonical-163',
      { head: `<meta property="og:url" content="https://www.163.com/dy/article/${DOCID}.html">` },
    ],
    ['disclaimer-zh', { body: `<p>${NOTICE_ZH}</p>` }],
    ['disclaimer-en', { body: `<p>${NOTICE_EN}</p>` }],
  ];
  for (const [id, parts] of single) {
    it(`${id} is a strong signal, and alone it does not make a 163.com page an article`, () => {
      const verdict = detectNeteasePage({ document: page(parts), url: ON_163 });
      const signal = verdict.signals.find((s) => s.id === id);
      expect(signal?.strength).toBe('strong');
      expect(signal?.detail.length).toBeGreaterThan(10);
      expect(verdict.kind).toBeNull();
    });
  }

  it('two strong signals on 163.com make a NetEase article', () => {
    const verdict = detectNeteasePage({
      document: page({ html: 'id="ne_wrap"', head: '<meta name="author" content="网易">' }),
      url: ON_163,
    });
    expect(verdict.kind).toBe('netease');
    expect(ids(verdict)).toEqual(['host-163', 'html-ne-wrap', 'meta-author']);
  });

  it('two strong markup signals off 163.com make a mirror', () => {
    const verdict = detectNeteasePage({
      document: page({
        html: 'id="ne_wrap"',
        body: `<div class="post_body">${ARTICLE_PARAGRAPHS}</div><div class="post_statement"></div>`,
      }),
      url: ELSEWHERE,
    });
    expect(verdict.kind).toBe('mirror');
    expect(verdict.articleRoot?.className).toBe('post_body');
  });

  it('one strong markup signal off 163.com is not enough', () => {
    for (const parts of [
      { html: 'id="ne_wrap"' },
      { head: '<meta name="author" content="网易">' },
      { head: '<link rel="canonical" href="https://news.163.com/">' },
      { body: '<div class="post_title"></div><div class="post_body"></div>' },
    ]) {
      expect(detectNeteasePage({ document: page(parts), url: ELSEWHERE }).kind).toBeNull();
    }
  });

  it('one post_* class is a weak signal', () => {
    const verdict = detectNeteasePage({
      document: page({ body: '<h1 class="post_title">标题</h1>' }),
      url: ON_163,
    });
    expect(verdict.signals.find((s) => s.id === 'post-structure')?.strength).toBe('weak');
  });

  it('images from 126.net and links to 163.com are weak and never decide', () => {
    const body =
      '<img src="https://nimg.ws.126.net/?url=x.jpg"><img src="//cms-bucket.ws.126.net/a.png">' +
      '<a href="https://www.163.com/">网易</a><a href="https://evil163.com/">x</a>';
    const verdict = detectNeteasePage({ document: page({ body }), url: ELSEWHERE });
    expect(verdict.kind).toBeNull();
    expect(verdict.signals).toEqual([
      { id: 'img-126-net', strength: 'weak', detail: expect.stringContaining('2 images') },
      { id: 'link-163', strength: 'weak', detail: expect.stringContaining('1 link ') },
    ]);
  });

  it('does not count a canonical link to a look-alike host', () => {
    const verdict = detectNeteasePage({
      document: page({
        head: '<link rel="canonical" href="https://evil163.com/dy/article/x.html">',
      }),
      url: ELSEWHERE,
    });
    expect(ids(verdict)).not.toContain('canonical-163');
  });
});

describe('the NetEase Hao notice', () => {
  const ELSEWHERE = 'https://copy.example/post/1.html';
  const detectNotice = (notice: string) => {
    const document = page({
      body: `<div class="entry">${ARTICLE_PARAGRAPHS}<p>${notice}</p></div>`,
    });
    return detectNeteasePage({ document, url: ELSEWHERE });
  };

  const chinese: [string, string][] = [
    ['Simplified, full-width punctuation', NOTICE_ZH],
    [
      'Traditional',
      '特別聲明：以上內容(如有圖片或視頻亦包括在內)為自媒體平臺“網易號”用戶上傳並發佈，本平臺僅提供信息存儲服務。',
    ],
    ['Traditional after NFKC, with the mirror tool’s pinyin', MIRRORED_NOTICE_ZH],
    [
      'Taiwan vocabulary (twp), as opencc writes it',
      '特別宣告：以上內容(如有圖片或影片亦包括在內)為自媒體平臺“網易號”使用者上傳併發布，本平臺僅提供資訊儲存服務。',
    ],
    [
      'Taiwan vocabulary, rewritten by hand',
      '特別聲明：以上內容(如有圖片或影片亦包括在內)為自媒體平臺「網易號」用戶上傳並發佈，本平臺僅提供資訊儲存服務。',
    ],
    [
      'ASCII punctuation and spaces',
      '特别声明: 以上内容 (如有图片或视频亦包括在内) 为自媒体平台"网易号"用户上传并发布, 本平台仅提供信息存储服务.',
    ],
  ];
  for (const [name, notice] of chinese) {
    it(`recognises the Chinese notice: ${name}`, () => {
      const verdict = detectNotice(notice);
      expect(verdict.kind).toBe('mirror');
      expect(ids(verdict)).toEqual(['disclaimer-zh']);
      expect(verdict.articleRoot?.className).toBe('entry');
    });
  }

  it('recognises the English notice alone, whatever the case and spacing', () => {
    const verdict = detectNotice(NOTICE_EN.toUpperCase().replace(/ /g, '  '));
    expect(verdict.kind).toBe('mirror');
    expect(ids(verdict)).toEqual(['disclaimer-en']);
  });

  it('recognises the notices as lines of a long block split by <br> (one block for it all)', () => {
    const article = readShared('a.corrupted.txt').trim().split(/\n+/).join('<br><br>');
    const lines = `${article}<br><br>${NOTICE_ZH}<br><b>${NOTICE_EN}</b>`;
    for (const body of [
      `<div class="content">${lines}</div>`,
      `<p>${lines}</p>`,
      // The whole article in an inline wrapper: its <br>s are no children of the block.
      `<div class="content"><font face="微軟正黑體">${lines}</font></div>`,
      `<div class="content"><span>${lines}</span></div>`,
    ]) {
      const verdict = detectNeteasePage({ document: page({ body }), url: ELSEWHERE });
      expect(verdict.kind).toBe('mirror');
      expect(ids(verdict).sort()).toEqual(['disclaimer-en', 'disclaimer-zh']);
      // That block is the article.
      expect(verdict.articleRoot?.textContent).toContain(NOTICE_EN);
      expect(verdict.articleRoot?.localName).toMatch(/^(div|p)$/);
    }
  });

  it('recognises the notices as lines of a long block that shows its line feeds', () => {
    const article = readShared('a.corrupted.txt').trim().split(/\n+/).join('\n\n');
    // The article mentions a 声明 of its own, on a line of its own, before the notice.
    const lines = `${article}\n\n公司随后发表声明。\n\n${NOTICE_ZH}\n<b>${NOTICE_EN}</b>\n`;
    for (const body of [
      `<div class="content" style="white-space: pre-wrap">${lines}</div>`,
      `<div class="content" style="white-space: pre-line"><span>${lines}</span></div>`,
      `<pre class="content">${lines}</pre>`,
    ]) {
      const verdict = detectNeteasePage({ document: page({ body }), url: ELSEWHERE });
      expect(verdict.kind, body.slice(0, 50)).toBe('mirror');
      expect(ids(verdict).sort()).toEqual(['disclaimer-en', 'disclaimer-zh']);
      expect(verdict.articleRoot?.className).toBe('content');
    }
    // Where line feeds are spaces, the block is one long line, and no notice (the copy is still
    // known by the mirror tool's annotations).
    const collapsed = `<div class="content">${lines}</div>`;
    expect(ids(detectNeteasePage({ document: page({ body: collapsed }), url: ELSEWHERE }))).toEqual(
      ['pinyin-annotations'],
    );
  });

  it('reads how line feeds show from the text’s own element, which may be inline', () => {
    const article = readShared('a.corrupted.txt').trim().split(/\n+/).join('\n\n');
    const body = `<div class="content"><span style="white-space: pre-wrap">${article}\n\n${NOTICE_ZH}\n</span></div>`;
    const verdict = detectNeteasePage({ document: page({ body }), url: ELSEWHERE });
    expect(ids(verdict)).toEqual(['disclaimer-zh']);
    expect(verdict.articleRoot?.className).toBe('content');
  });

  it('finds a notice wrapped across a line feed of a block split by <br>', () => {
    const article = readShared('a.corrupted.txt').trim().split(/\n+/).join('<br><br>');
    const wrapped = NOTICE_ZH.replace('本平台', '\n本平台');
    const body = `<div class="content" style="white-space: pre-wrap">${article}<br><br>${wrapped}</div>`;
    expect(ids(detectNeteasePage({ document: page({ body }), url: ELSEWHERE }))).toEqual([
      'disclaimer-zh',
    ]);
  });

  it('finds the notice before a long listing whose every line says 声明', () => {
    const lines = Array.from({ length: 45 }, (_, k) => `int v${k} = 0; // 声明变量 v${k}\n`);
    // The listing as one text node, and highlighted: a text node per token.
    const highlighted = lines.map((line) =>
      line.replace(
        /^int (.*)(\/\/.*)\n$/,
        '<span class="kw">int</span> $1<span class="cm">$2</span>\n',
      ),
    );
    for (const listing of [lines.join(''), `<code>${highlighted.join('')}</code>`]) {
      const body = `${ARTICLE_PARAGRAPHS}<p>${NOTICE_ZH}</p><pre>${listing}</pre>`;
      expect(ids(detectNeteasePage({ document: page({ body }), url: ELSEWHERE }))).toEqual([
        'disclaimer-zh',
      ]);
    }
  });

  it('does not read a notice out of a long line that only mentions it', () => {
    const long = `${'評論文字'.repeat(200)}特別聲明${'評論文字'.repeat(10)}`;
    const verdict = detectNeteasePage({
      document: page({ body: `<div>${long}<br>${'其他'.repeat(400)}</div>` }),
      url: ELSEWHERE,
    });
    expect(verdict.kind).toBeNull();
  });

  it('recognises a notice split by inline markup', () => {
    const verdict = detectNotice(
      '特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“<b>网易号</b>”用户上传并发布，本平台仅提供<a href="#">信息存储服务</a>。',
    );
    expect(ids(verdict)).toEqual(['disclaimer-zh']);
  });

  it('does not take part of the notice, or talk about it, for the notice', () => {
    for (const text of [
      '特别声明：本文仅代表作者观点。',
      '网易号是自媒体平台，本平台仅提供信息存储服务。',
      'NetEase Hao is a social media platform.',
    ]) {
      expect(detectNotice(text).kind).toBeNull();
    }
  });

  it('looks only at short blocks: a notice buried in a long paragraph is not one', () => {
    const long = `${'正文'.repeat(400)}${NOTICE_ZH}`;
    expect(detectNotice(long).kind).toBeNull();
  });

  it('does not take a page quoting the notice for a mirror: the quote is not its own', () => {
    const explains = (quote: string) =>
      `<article><h1>网易号文章末尾那段“特别声明”是什么意思？</h1>` +
      `<p>每篇网易号文章末尾都有一段固定的文字：</p>${quote}` +
      `<p>这段话的意思是，平台只提供存储服务，内容由作者负责。</p></article>`;
    for (const quote of [
      `<blockquote><p>${NOTICE_ZH}</p></blockquote>`,
      `<blockquote><p>${NOTICE_EN}</p></blockquote>`,
      `<blockquote>${NOTICE_ZH}<br>${NOTICE_EN}</blockquote>`,
      `<p>原文是：<q>${NOTICE_ZH}</q></p>`,
      `<p>英文版是：<q>${NOTICE_EN}</q></p>`,
    ]) {
      const verdict = detectNeteasePage({
        document: page({ body: explains(quote) }),
        url: 'https://blog.example.cn/p/1',
      });
      expect(verdict.kind, quote.slice(0, 40)).toBeNull();
      expect(verdict.signals).toEqual([]);
      expect(verdict.articleRoot).toBeNull();
    }
  });

  it('finds a mirror’s own notice before a quote of it, and one that quotes only the name', () => {
    // The readers' comments quote the notice after the copy's own.
    const quoted = `<div id="comments"><p>樓主：</p><blockquote><p>${NOTICE_ZH}</p></blockquote></div>`;
    const verdict = detectNeteasePage({
      document: page({
        body: `<div class="entry">${ARTICLE_PARAGRAPHS}<p>${NOTICE_ZH}</p></div>${quoted}`,
      }),
      url: ELSEWHERE,
    });
    expect(verdict.kind).toBe('mirror');
    expect(ids(verdict)).toEqual(['disclaimer-zh']);
    expect(verdict.articleRoot?.className).toBe('entry');
    // `<q>` around the platform's name is a quotation mark, not a quote of the notice.
    for (const notice of [
      NOTICE_ZH.replace('“网易号”', '<q>网易号</q>'),
      NOTICE_EN.replace('NetEase Hao', '<q>NetEase Hao</q>'),
    ]) {
      expect(detectNotice(notice).kind, notice.slice(0, 40)).toBe('mirror');
    }
  });
});

/** A mirror site's latest headlines, in clean Traditional (test data). */
const HEADLINES = [
  '臺積電美國廠進度報告：產能與良率雙雙達標',
  '中國半導體設備國產化進入關鍵階段，業者說時間表仍難確定',
  '輝達財報超出預期，資料中心業務營收再創新高，股價應聲上漲',
  '聯發科發表新一代旗艦晶片，效能與功耗表現如何？實測結果出爐',
  '記憶體價格上漲潮持續，手機廠商調整銷售策略與產品定價',
  '美國擴大出口管制，對全球晶片供應鏈影響幾何？專家這樣說',
  '經濟部：半導體產業投資動能強勁，全年出口可望創高',
  '車用晶片需求回溫，業界認為庫存調整接近尾聲',
  '人工智慧伺服器出貨暢旺，散熱與電源供應業者受惠，營運展望樂觀',
  '三星與SK海力士競逐HBM市場，技術路線各有不同，誰能勝出？',
  '荷蘭收緊光刻機出口許可，中國買家轉向國產設備',
  '專家說：成熟製程價格戰開打，臺灣業者如何應對',
  '電動車銷量放緩，動力電池產能過剩風險浮現',
  '低軌衛星商機發酵，網通業者加速布局，相關概念股表現強勢',
  '開放原始碼晶片架構RISC-V進展：生態系統逐漸完整，開發者數量成長',
];

describe('a mirror known by its converter alone', () => {
  const ELSEWHERE = 'https://www.kejisudi.example/archives/1.html';
  // Paragraphs of b's mirror copy with annotations and no garbled run (`因?yàn)`).
  const annotated = paragraphs(readShared('b.corrupted.txt')).filter((text) => !text.includes('?'));
  const detectBody = (body: string) =>
    detectNeteasePage({ document: page({ body }), url: ELSEWHERE });

  it('takes a copy without the notice or NetEase markup for a mirror, by the tool’s annotations', () => {
    expect(annotated.length).toBeGreaterThanOrEqual(4);
    const verdict = detectBody(
      `<header><p>首頁 關於</p></header><div class="entry-content">${annotated.map((text) => `<p>${text}</p>`).join('')}</div>`,
    );
    expect(verdict.kind).toBe('mirror');
    expect(ids(verdict)).toEqual(['pinyin-annotations']);
    expect(verdict.articleRoot?.className).toBe('entry-content');
  });

  it('takes a forum post of the copy in lines split by <br> for its article, not the footer', () => {
    // A Discuz thread: the post is a <td> split by <br>, the forum's footer lines are <p>s.
    const copy = paragraphs(readShared('b.corrupted.txt')).join('<br />\n<br />\n');
    const verdict = detectBody(
      `<div id="postlist"><table><tr><td class="t_f" id="postmessage_1">${copy}</td></tr></table></div>` +
        '<div id="ft"><div id="flk"><p><a href="/archiver/">Archiver</a></p>' +
        '<p>GMT+8, 2025-12-3 10:21 , Processed in 0.052311 second(s), 24 queries .</p></div>' +
        '<div id="frt"><p>Powered by <strong>Discuz!</strong> X3.4</p><p>© 2001-2025 Comsenz Inc.</p></div></div>',
    );
    expect(verdict.kind).toBe('mirror');
    expect(ids(verdict)).toEqual(['pinyin-annotations']);
    expect(verdict.articleRoot?.id).toBe('postmessage_1');
  });

  it('takes a page quoting a whole copy in a <blockquote> for a mirror, the quote its article', () => {
    // The copy, its notice included, in lines split by <br>; a box of related links after it,
    // each with a line of text beside its link.
    const copy = `${paragraphs(readShared('b.corrupted.txt')).join('<br><br>')}<br><br>${MIRRORED_NOTICE_ZH}`;
    const related = `<div class="related"><h3>相關文章</h3>${HEADLINES.slice(0, 3)
      .map((headline, k) => `<p><a href="/archives/${k}.html">${headline}</a> 閱讀 1${k}23</p>`)
      .join('')}</div>`;
    const verdict = detectBody(
      `<div class="post"><p>轉載自網路：</p><blockquote id="copy">${copy}</blockquote></div>${related}`,
    );
    expect(verdict.kind).toBe('mirror');
    // The quoted notice is not the page's own: the tool's annotations tell.
    expect(ids(verdict)).toEqual(['pinyin-annotations']);
    expect(verdict.articleRoot?.id).toBe('copy');
  });

  it('takes a short copy with the site’s comment form for a mirror too', () => {
    const form =
      '<form id="commentform"><h3>發表評論</h3><p>你的電子郵件地址不會被公開。必填欄位標示為 *</p>' +
      '<p>留言</p><p>顯示名稱 電子郵件地址 個人網站網址</p>' +
      '<p>在瀏覽器中儲存顯示名稱、電子郵件地址及個人網站網址，以供下次發佈留言時使用。</p>' +
      '</form>';
    const verdict = detectBody(
      `<div class="entry-content">${annotated
        .slice(0, 2)
        .map((text) => `<p>${text}</p>`)
        .join('')}</div>${form}`,
    );
    expect(verdict.kind).toBe('mirror');
  });

  describe('under a long footer or sidebar', () => {
    // Most of the page's characters are the site's, not the copy's.
    const siteText = paragraphs(readShared('c.traditional.txt'))
      .slice(0, 6)
      .map((text) => `<p>${text}</p>`)
      .join('');
    const copy = `<div class="entry-content">${annotated
      .slice(0, 2)
      .map((text) => `<p>${text}</p>`)
      .join('')}</div>`;

    it('takes a short copy for a mirror, judged on the page without its furniture', () => {
      for (const furniture of [
        `<footer>${siteText}</footer>`,
        `<aside class="widget-area">${siteText}</aside>`,
        `<div id="comments">${siteText}</div>`,
        // Older themes, and WordPress's, make the footer and the sidebar <div>s.
        `<div id="footer">${siteText}</div>`,
        `<div class="site-footer">${siteText}</div>`,
        `<div id="sidebar">${siteText}</div>`,
        `<div class="col sidebar">${siteText}</div>`,
        `<div id="secondary" class="widget-area">${siteText}</div>`,
      ]) {
        const verdict = detectBody(`${copy}${furniture}`);
        expect(verdict.kind, furniture.slice(0, 30)).toBe('mirror');
        expect(ids(verdict)).toEqual(['pinyin-annotations']);
        expect(verdict.articleRoot?.className).toBe('entry-content');
      }
    });

    it('takes a short copy kept in one block, split by <br> or by shown line feeds, for one', () => {
      const lines = annotated.slice(0, 2);
      for (const body of [
        `<div class="entry-content">${lines.join('<br><br>')}</div>`,
        `<div class="entry-content" style="white-space: pre-wrap">${lines.join('\n\n')}</div>`,
      ]) {
        const verdict = detectBody(`${body}<footer>${siteText}</footer>`);
        expect(verdict.kind, body.slice(0, 60)).toBe('mirror');
      }
      // One line of a block that does not show line feeds is one line, however written.
      expect(
        detectBody(
          `<div class="post"><p>看看這段</p>${annotated[0]!}\n\n${annotated[1]!}</div><div id="comments">${siteText}</div>`,
        ).kind,
      ).toBeNull();
    });

    it('takes a short copy over a div#footer of a few lines for a mirror', () => {
      // About 250 characters of the site's own: most of its listed characters are the footer's.
      const footerText = paragraphs(readShared('c.traditional.txt')).join('').slice(0, 250);
      for (const footer of [
        `<footer><p>${footerText}</p></footer>`,
        `<div id="footer"><p>${footerText}</p></div>`,
      ]) {
        const verdict = detectBody(`${copy}${footer}`);
        expect(verdict.kind, footer.slice(0, 20)).toBe('mirror');
        expect(verdict.articleRoot?.className).toBe('entry-content');
      }
    });

    it('takes a whole copy beside a sidebar of headlines in a div for a mirror', () => {
      // The copy's every paragraph (garbled runs too), and the site's latest headlines in clean
      // Traditional, rich in the characters the tool annotates.
      const article = paragraphs(readShared('b.corrupted.txt'))
        .map((text) => `<p>${text}</p>`)
        .join('');
      const title = titles().find((row) => row.article === 'b')!.corrupted;
      const sidebar = `<div class="sidebar"><h2>最新文章</h2><ul>${HEADLINES.map(
        (headline, k) => `<li><a href="/archives/${k}.html">${headline}</a></li>`,
      ).join('')}</ul></div>`;
      const verdict = detectBody(
        `<div class="site-content"><div class="content-area"><h1 class="entry-title">${title}</h1>` +
          `<div class="entry-content">${article}</div></div>${sidebar}</div>`,
      );
      expect(verdict.kind).toBe('mirror');
      expect(ids(verdict)).toEqual(['pinyin-annotations']);
      expect(verdict.articleRoot?.className).toBe('entry-content');
      expect(verdict.title).toBe(title);
    });

    it('leaves alone the same text outside furniture, and a page quoting a mirror', () => {
      // Names that only contain a footer's or a sidebar's are not theirs.
      for (const name of ['class="related"', 'class="post-footer"', 'class="sidebar-toggle"']) {
        expect(detectBody(`${copy}<div ${name}>${siteText}</div>`).kind, name).toBeNull();
      }
      const commentary = paragraphs(readShared('b.traditional.txt'))
        .slice(0, 3)
        .map((text) => `<p>${text}</p>`)
        .join('');
      const quote = annotated[0]!;
      for (const quoting of [
        `<div class="post">${commentary}<blockquote>${quote}</blockquote></div><footer>${siteText}</footer>`,
        // The page's own words in a header or a form are its text, not furniture.
        `<article><header>${commentary}</header><blockquote>${quote}</blockquote></article>`,
        `<form>${commentary}</form><div>${quote}</div>`,
        // The quote bare, the page's words beside it or in the comments: one annotated block.
        `<div class="post"><aside class="note">${commentary}</aside>${quote}</div>`,
        `<div class="post"><p>看看這段</p>${quote}</div><div id="comments">${commentary}</div>`,
      ]) {
        expect(detectBody(quoting).kind, quoting.slice(0, 40)).toBeNull();
      }
    });
  });

  it('leaves out code samples: a developer’s post showing a mirror’s text is not a mirror', () => {
    const example = annotated.slice(0, 2).join('\n\n');
    const post = (sample: string) =>
      `<article><h1>鏡像站亂碼的成因</h1>` +
      `<p>最近整理爬蟲抓到的資料時，發現不少文章夾雜著括號拼音。下面是原始資料的兩段範例：</p>` +
      `${sample}<p>可以看到每個被標注的字後面都跟著一組拼音，這是轉換工具逐字查表造成的。</p></article>`;
    for (const sample of [
      `<pre><code>${example}</code></pre>`,
      `<pre><code><span class="line">${annotated[0]!}</span>\n\n<span class="line">${annotated[1]!}</span></code></pre>`,
      `<pre><samp>${example}</samp></pre>`,
      `<p><kbd>${annotated[0]!}</kbd></p><p><kbd>${annotated[1]!}</kbd></p>`,
    ]) {
      expect(detectBody(post(sample)).kind, sample.slice(0, 30)).toBeNull();
    }
    // A copy that keeps the article in one <pre>, or a block that shows its line feeds, is one.
    for (const block of [
      `<pre class="content">${example}</pre>`,
      `<div class="content" style="white-space: pre-wrap">${example}</div>`,
    ]) {
      expect(detectBody(post(block)).kind, block.slice(0, 30)).toBe('mirror');
    }
  });

  describe('a whole copy kept in <pre><code>', () => {
    // As Markdown renders a fenced block: the copy's paragraphs on lines of their own.
    const copy = paragraphs(readShared('b.corrupted.txt')).join('\n\n');
    const title = titles().find((row) => row.article === 'b')!.corrupted;
    const sidebar = `<aside class="widget-area"><h2>最新文章</h2><ul>${HEADLINES.map(
      (headline) => `<li><a href="/">${headline}</a></li>`,
    ).join('')}</ul></aside>`;
    const site = (block: string) =>
      `<header><p>科技速遞：全球科技資訊，每日更新</p></header><article><h1 class="entry-title">${title}</h1>` +
      `<div class="entry-content">${block}</div></article>${sidebar}<footer><p>版權所有</p></footer>`;

    it('takes it for a mirror, its article the code block', () => {
      for (const block of [
        `<pre><code>${copy}</code></pre>`,
        // Highlighted: a text node per line.
        `<pre><code class="language-text">${copy
          .split('\n')
          .map((line) => `<span class="line">${line}</span>`)
          .join('\n')}</code></pre>`,
      ]) {
        const verdict = detectBody(site(block));
        expect(verdict.kind, block.slice(0, 40)).toBe('mirror');
        expect(ids(verdict)).toEqual(['pinyin-annotations']);
        expect(verdict.articleRoot?.localName).toBe('code');
        expect(verdict.preformattedArticle).toBe(true);
        expect(verdict.title).toBe(title);
      }
    });

    it('still finds the copy on a site whose theme writes a long English byline', () => {
      const byline = `<div class="byline">${'Republished from the original source for readers abroad, with thanks. '.repeat(25)}</div>`;
      const verdict = detectBody(site(`${byline}<pre><code>${copy}</code></pre>`));
      expect(verdict.kind).toBe('mirror');
      expect(verdict.articleRoot?.localName).toBe('code');
    });

    it('leaves alone a post in English that shows a long sample', () => {
      const sample = annotated.slice(0, 5).join('\n\n');
      const english = `<p>${'Mirror sites run NetEase articles through a broken converter, and the output is full of readings in brackets. '.repeat(12)}</p>`;
      const post = `<article><h1>Why mirrors garble Chinese</h1>${english}<pre><code>${sample}</code></pre>${english}</article>`;
      expect(detectBody(post).kind).toBeNull();
    });

    it('reads no code listing that quotes the NetEase notice as prose', () => {
      const listing = [
        'import re',
        `NOTICE = "${NOTICE_ZH}"`,
        ...Array.from({ length: 20 }, (_, i) => `x${i} = clean(text)  # 注释：去掉第${i}段的声明`),
      ].join('\n');
      const post =
        `<article><h1>写一个清洗脚本</h1><p>下面的脚本去掉转载文章末尾的声明。</p>` +
        `<pre><code class="language-python">${listing}</code></pre><p>运行以后就干净了。</p></article>`;
      const verdict = detectBody(post);
      expect(verdict.preformattedArticle).toBe(false);
    });

    it('still leaves alone a developer’s post that explains a long sample at greater length', () => {
      // Four paragraphs of a copy, shown as a sample, in a post that writes more of its own.
      const sample = annotated.slice(0, 4).join('\n\n');
      const explanation = paragraphs(readShared('c.traditional.txt'))
        .map((text) => `<p>${text}</p>`)
        .join('');
      const post =
        `<article><h1>鏡像站亂碼的成因</h1><p>下面是爬蟲抓到的原始資料：</p>` +
        `<pre><code>${sample}</code></pre>${explanation}</article>`;
      expect(detectBody(post).kind).toBeNull();
    });
  });

  it('needs ten of them, in prose', () => {
    // Thirteen characters the tool does not annotate, then one it does.
    const unit = '我們在山上看見一片很美的水國(guó)';
    expect(detectBody(`<p>${unit.repeat(9)}</p>`).kind).toBeNull();
    expect(detectBody(`<p>${unit.repeat(10)}</p>`).kind).toBe('mirror');
  });

  it('leaves a vocabulary list alone, though its characters are the tool’s', () => {
    const lesson =
      '<p>第三課生字：說(shuō)、聽(tīng)、買(mǎi)、賣(mài)、錢(qián)、點(diǎn)、個(gè)、來(lái)、過(guò)、沒(méi)、對(duì)、開(kāi)、吃(chī)、喝(hē)。</p>';
    expect(detectBody(lesson).kind).toBeNull();
  });

  it('leaves alone a one-paragraph lesson that annotates as the tool does', () => {
    // Only the tool's characters, each with the reading it writes; but a hand's full-width
    // commas, which the tool's last step (NFKC) would have made ASCII.
    const lesson =
      '<p>這個字讀作國(guó)，國(guó)家的國(guó)。時(shí)間的時(shí)讀作shí，會(huì)議的會(huì)讀作huì，' +
      '我們學過(guò)的字要多練習，來(lái)上課之前先說(shuō)一遍，老師在課堂上會(huì)帶大家一起認(rèn)讀，' +
      '長(zhǎng)輩和學生都可以跟著唸。</p>';
    expect(detectBody(lesson).kind).toBeNull();
    expect(detectBody(`<article><h1>第五課</h1>${lesson}</article>`).kind).toBeNull();
  });

  it('still takes a one-paragraph copy for a mirror after a line the site wrote full-width', () => {
    // Twelve annotations, eight of them in the first sentence, all of them the tool's.
    const copy = paragraphs(readShared('c.corrupted.txt'))[6]!;
    const siteLine = '發佈：2025-12-08（週一）｜分類：科技';
    for (const body of [
      `<div class="meta">${siteLine}</div><p>${copy}</p>`,
      `<div class="entry">${siteLine}<br>${copy}</div>`,
      `<div class="entry"><span>${siteLine}</span><br><b>${copy.slice(0, 4)}</b>${copy.slice(4)}</div>`,
    ]) {
      expect(detectBody(body).kind, body.slice(0, 30)).toBe('mirror');
    }
  });

  it('leaves a Traditional page quoting a mirror alone', () => {
    const commentary = paragraphs(readShared('b.traditional.txt')).slice(0, 3);
    const quote = annotated[0]!;
    const verdict = detectBody(
      `<div class="post">${commentary.map((text) => `<p>${text}</p>`).join('')}` +
        `<blockquote>${quote}</blockquote></div>`,
    );
    expect(verdict.kind).toBeNull();
  });

  it('leaves a pinyin primer alone: most of its readings are not the tool’s', () => {
    // Twelve of the tool's own annotations, among the readings of the characters it teaches.
    const primer =
      '<p>國(guó)家的國(guó)，時(shí)間的時(shí)，會(huì)議的會(huì)，長(zhǎng)大的長(zhǎng)。</p>'.repeat(
        3,
      ) +
      '<p>好(hǎo)人、天(tiān)地、山(shān)水、大(dà)小、日(rì)月、木(mù)頭、水(shuǐ)果、火(huǒ)車。</p>'.repeat(
        3,
      );
    const verdict = detectBody(primer);
    expect(verdict.kind).toBeNull();
    expect(ids(verdict)).toEqual([]);
  });
});

describe('cleanDocumentTitle', () => {
  it('drops NetEase keyword lists and site names', () => {
    expect(cleanDocumentTitle('HBM一货难求|HBM|SK海力士_网易订阅')).toBe('HBM一货难求');
    expect(cleanDocumentTitle('工信部：加快推进集成电路产业发展_网易新闻')).toBe(
      '工信部：加快推进集成电路产业发展',
    );
    expect(cleanDocumentTitle('存储芯片涨价潮蔓延_手机网易网')).toBe('存储芯片涨价潮蔓延');
    expect(cleanDocumentTitle('沒有EUV的7納米 – 科技速遞')).toBe('沒有EUV的7納米');
    expect(cleanDocumentTitle('  Plain title  ')).toBe('Plain title');
  });
});
