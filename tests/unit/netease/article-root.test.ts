import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  findArticleInCode,
  findArticleRoot,
  findDensestTextBlock,
} from '../../../utils/detect/article-root.ts';
import { ARTICLES, paragraphs, parseHtml, readShared } from './fixtures.ts';

function body(markup: string): Document {
  return parseHtml(`<!DOCTYPE html><html><head></head><body>${markup}</body></html>`);
}

/** How often `run` reads `property` of the document's nodes (its getter, wherever defined). */
function countReads(document: Document, property: 'textContent' | 'localName', run: () => void) {
  let owner: object | null = document.body;
  while (owner !== null && !Object.getOwnPropertyDescriptor(owner, property)) {
    owner = Object.getPrototypeOf(owner) as object | null;
  }
  const descriptor = Object.getOwnPropertyDescriptor(owner!, property)!;
  let reads = 0;
  Object.defineProperty(owner!, property, {
    ...descriptor,
    get(this: Node) {
      reads += 1;
      return descriptor.get!.call(this);
    },
  });
  try {
    run();
  } finally {
    Object.defineProperty(owner!, property, descriptor);
  }
  return reads;
}

const NOTICE =
  '特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。';

describe('findArticleRoot', () => {
  for (const article of ARTICLES) {
    it(`finds div.post_body on ${article}.netease.html and div.entry-content on the mirror`, () => {
      const netease = parseHtml(readShared(`${article}.netease.html`));
      expect(findArticleRoot({ document: netease, verdict: { kind: 'netease' } })?.className).toBe(
        'post_body',
      );
      const mirror = parseHtml(readShared(`${article}.mirror.html`));
      expect(findArticleRoot({ document: mirror, verdict: { kind: 'mirror' } })?.className).toBe(
        'entry-content',
      );
    });
  }

  it('on a mirror, takes the block whose paragraphs the notice ends, not a denser one', () => {
    const document = body(
      `<div id="related">${'<p>一段很长的相关推荐文字，比正文还长一些。</p>'.repeat(6)}</div>` +
        `<div id="story"><p>正文第一段。</p><p>正文第二段。</p><p>${NOTICE}</p></div>`,
    );
    expect(findArticleRoot({ document, verdict: { kind: 'mirror' } })?.id).toBe('story');
  });

  it('on a mirror with the notice in a wrapper of its own, takes the paragraphs before it', () => {
    const document = body(
      `<div id="main"><div id="text"><p>正文第一段。</p><p>正文第二段。</p></div>` +
        `<div class="statement"><p>${NOTICE}</p></div></div>` +
        `<div id="side">${'<p>侧栏里很长很长的一段文字，用来干扰密度判断。</p>'.repeat(4)}</div>`,
    );
    expect(findArticleRoot({ document, verdict: { kind: 'mirror' } })?.id).toBe('text');
  });

  const related =
    `<div id="related"><h3>相关文章</h3>` +
    '<p>第一篇推荐文章的摘要，介绍存储芯片与晶圆代工行业的最新动态和市场观察。</p>'.repeat(6) +
    '</div>';
  const story = readShared('a.corrupted.txt').trim().split(/\n+/);

  it('on a mirror that keeps the article in one block split by <br>, takes that block', () => {
    const document = body(
      `<article><div id="story">${story.join('<br><br>')}<br><br>${NOTICE}</div></article>${related}`,
    );
    expect(findArticleRoot({ document, verdict: { kind: 'mirror' } })?.id).toBe('story');
  });

  it('on a mirror whose paragraphs are <div>s, takes their block', () => {
    const document = body(
      `<article><div id="story">${story.map((line) => `<div>${line}</div>`).join('')}` +
        `<div>${NOTICE}</div></div></article>${related}`,
    );
    expect(findArticleRoot({ document, verdict: { kind: 'mirror' } })?.id).toBe('story');
  });

  it('on a mirror whose paragraphs are each wrapped in a <section>, takes their block', () => {
    const document = body(
      `<div class="entry-content">${story.map((line) => `<section><p>${line}</p></section>`).join('')}` +
        `<p>${NOTICE}</p></div>${related}`,
    );
    expect(findArticleRoot({ document, verdict: { kind: 'mirror' } })?.className).toBe(
      'entry-content',
    );
  });

  it('on a NetEase page without its markup or the notice, takes the article, not the comments', () => {
    const comment =
      '<p>网友评论：这篇文章说得很有道理，国产芯片的发展确实需要更多时间和耐心，大家一起加油。</p>';
    const document = body(
      `<article><h1>标题</h1><div class="article-body"><p>正文第一段，讲芯片。</p>` +
        `<p>正文第二段，讲制程。</p><p>正文第三段，讲市场。</p></div></article>` +
        `<section class="comments"><h2>热门跟贴</h2>${comment.repeat(5)}</section>`,
    );
    expect(findArticleRoot({ document, verdict: { kind: 'netease' } })?.className).toBe(
      'article-body',
    );
  });

  it('on a mirror with a short article in one block split by <br>, takes that block', () => {
    const flash = story[1]!.slice(0, 90);
    const feedback =
      '<p>網友留言：這篇快訊寫得很清楚，國產晶片的發展確實需要更多時間，大家一起加油，期待後續報導。</p>';
    const document = body(
      `<div class="txt">${flash}<br>${flash}<br>${NOTICE}</div>` +
        `<div id="feedback">${feedback.repeat(5)}</div>`,
    );
    expect(findArticleRoot({ document, verdict: { kind: 'mirror' } })?.className).toBe('txt');
  });

  describe('on a mirror without a notice next to its article, takes the article, not a box of <p>s', () => {
    // A Discuz forum's footer, whose lines are <p>s in <div id="ft">, and a site's copyright box.
    const discuzFooter =
      '<div id="ft" class="wp cl"><div id="flk" class="y"><p><a href="/archiver/">Archiver</a>' +
      '<a href="/forum.php?mobile=yes">手機版</a></p>' +
      '<p class="xs0">GMT+8, 2025-12-3 10:21 , Processed in 0.052311 second(s), 24 queries .</p></div>' +
      '<div id="frt"><p>Powered by <strong>Discuz!</strong> <em>X3.4</em></p>' +
      '<p class="xs0">&copy; 2001-2025 Comsenz Inc.</p></div></div>';
    const copyright =
      '<div class="copyright"><p>本站文章來自網絡，如有侵權請聯繫刪除。</p>' +
      '<p>Copyright © 2025 某某資訊網 版權所有</p></div>';
    const cases: [string, string, string][] = [
      [
        'a Discuz post split by <br>, over the forum’s footer',
        `<table><tr><td class="t_f" id="story">${story.join('<br />\n<br />\n')}</td></tr></table>` +
          discuzFooter,
        'story',
      ],
      [
        'one <div> per paragraph, over a copyright box',
        `<div id="story">${story.map((line) => `<div>${line}</div>`).join('')}</div>${copyright}`,
        'story',
      ],
      [
        'one <div> split by <br> beside a box of related posts',
        `<div class="post"><h1>標題</h1><div id="story">${story.join('<br><br>')}</div>${related}</div>`,
        'story',
      ],
      [
        'one <div> split by <br> after a byline <div>, beside related posts and a copyright box',
        // The byline is a paragraph written as a <div>: the block of lines is no paragraph beside
        // it, or their wrapper, related posts and copyright box included, would be the article.
        `<div class="main"><h1>標題</h1><div class="info">來源:網絡 發佈時間:2025-12-03</div>` +
          `<div id="story">${story.join('<br><br>')}</div>${related}${copyright}</div>`,
        'story',
      ],
      [
        'one <div> split by <br> inside a <font>, after a byline <div>',
        `<div class="main"><div class="info">來源:網絡</div>` +
          `<div id="story"><font size="3">${story.join('<br>\n<br>\n')}</font></div>${copyright}</div>`,
        'story',
      ],
      [
        'one <div> split by <br>, the notice in a wrapper of its own after it',
        `<div id="story"><div class="content">${story.join('<br><br>')}</div>` +
          `<div class="statement">${NOTICE}</div></div>${copyright}`,
        'story',
      ],
    ];
    for (const [name, markup, id] of cases) {
      it(name, () => {
        const document = body(markup);
        expect(findArticleRoot({ document, verdict: { kind: 'mirror' } })?.id).toBe(id);
      });
    }

    // Each block's text read once, not once per inline element or line in it: without that, each
    // of these took 14–17 s in happy-dom. Counted in reads of the DOM, not timed.
    it('reads a block a few times, not once per inline element or per <div> of lines beside it', () => {
      const spans = Array.from({ length: 4000 }, (_, k) => `<span>第${k}句國家發展。</span>`);
      const divs = Array.from({ length: 4000 }, (_, k) => `<div>第${k}句。<br>國家發展。</div>`);
      for (const [markup, property] of [
        [`<div id="story">${spans.join('')}<br></div>`, 'textContent'],
        [`<div id="story">${divs.join('')}</div>`, 'localName'],
      ] as const) {
        const document = body(markup);
        let root: Element | null = null;
        const reads = countReads(document, property, () => {
          root = findArticleRoot({ document, verdict: { kind: 'mirror' } });
        });
        expect(root!.id).toBe('story');
        // A few reads for each of the 4,000 elements (11 at most); read per element again, millions.
        expect(reads, property).toBeLessThan(20 * 4000);
      }
    });
  });

  it('does not take a block of notices alone for the article', () => {
    const english =
      'Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user of NetEase Hao, which is a social media platform and only provides information storage services.';
    const document = body(
      `<div id="story"><p>正文第一段。</p><p>正文第二段。</p>` +
        `<div class="statement">${english}<br>${NOTICE}</div></div>`,
    );
    expect(findArticleRoot({ document, verdict: { kind: 'mirror' } })?.id).toBe('story');
  });

  it('takes no box of the page for the article: credits, tags and a class naming comments', () => {
    const article = story
      .slice(0, 3)
      .map((line) => `<p>${line}</p>`)
      .join('');
    const credits =
      `<div class="post-copyright">作者：某某科技观察，长期关注半导体产业链与出口管制的最新动态。<br>` +
      `来源：网易号<br>原文链接：https://www.163.com/dy/article/K26ZY72N052ZHORR.html<br>` +
      `本文内容由作者授权转载，如需转载请联系原作者获得许可。<br>${NOTICE}</div>`;
    const footer =
      `<div class="post-footer"><div class="tags"><p>标签：芯片</p></div>` +
      `<div class="share"><p>分享到微博</p></div><p>${NOTICE}</p></div>`;
    for (const after of [credits, footer]) {
      const document = body(`<div class="entry-content">${article}</div>${after}`);
      expect(findArticleRoot({ document, verdict: { kind: 'mirror' } })?.className).toBe(
        'entry-content',
      );
    }
    const widget =
      '<div class="widget"><p>热门文章推荐：芯片、制程、市场、出口管制的长篇合集。</p></div>';
    const document = body(
      `<article class="post no-comments"><div class="entry-content">${article}</div></article>${widget}`,
    );
    document.body.className = 'has-no-comments';
    expect(findArticleRoot({ document, verdict: { kind: null } })?.className).toBe('entry-content');
  });

  describe('on a mirror that quotes its whole copy, the notice included, in a <blockquote>', () => {
    // The notice as the mirror tool leaves it, last in the copy.
    const mirrorNotice =
      '特別聲明:以上內(nèi)容(如有圖片或視頻亦包括在內(nèi))為自媒體平臺(tái)“網(wǎng)易號(hào)”用戶上傳并發(fā)布,本平臺(tái)僅提供信息存儲(chǔ)服務(wù)。';
    // Related links, each with a line of text of its own (date and views) beside the link.
    const links =
      '<div class="related"><h3>相關文章</h3>' +
      ['臺積電美國廠進度報告', '中國半導體設備國產化進入關鍵階段', '輝達財報超出預期']
        .map((title, k) => `<p><a href="/a/${k}">${title}</a> 2025-12-0${k + 1} 閱讀 1${k}23</p>`)
        .join('') +
      '</div>';
    const quotes: [string, string][] = [
      ['lines split by <br>', `${story.join('<br><br>')}<br><br>${mirrorNotice}`],
      [
        'paragraphs in <div>s',
        `${story.map((line) => `<div>${line}</div>`).join('')}<div>${mirrorNotice}</div>`,
      ],
      [
        'paragraphs each in a <section>',
        `${story.map((line) => `<section><p>${line}</p></section>`).join('')}<p>${mirrorNotice}</p>`,
      ],
      ['paragraphs', `${story.map((line) => `<p>${line}</p>`).join('')}<p>${mirrorNotice}</p>`],
    ];
    for (const [name, quoted] of quotes) {
      it(`takes the quotation, not a box of links: ${name}`, () => {
        const document = body(
          `<div class="post"><p>轉載自網路：</p><blockquote id="copy">${quoted}</blockquote></div>${links}`,
        );
        expect(findArticleRoot({ document, verdict: { kind: 'mirror' } })?.id).toBe('copy');
      });
    }

    it('takes no quotation outside it, nor one in the comments', () => {
      // The notice alone in a quotation: the paragraphs before it are the page's, not quoted.
      const alone = body(
        `<div id="story">${story.map((line) => `<p>${line}</p>`).join('')}</div>` +
          `<blockquote><p>${mirrorNotice}</p></blockquote>${links}`,
      );
      expect(findArticleRoot({ document: alone, verdict: { kind: 'mirror' } })?.id).toBe('story');
      // A reader quoting a copy's last paragraphs and its notice in the comments.
      const comments = body(
        `<div id="story">${story.map((line) => `<p>${line}</p>`).join('')}</div>` +
          `<div id="comments"><blockquote>${story
            .slice(-2)
            .map((line) => `<p>${line}</p>`)
            .join('')}<p>${mirrorNotice}</p></blockquote></div>`,
      );
      expect(findArticleRoot({ document: comments, verdict: { kind: 'mirror' } })?.id).toBe(
        'story',
      );
      // Only on a mirror: elsewhere the quoted notice is another page's.
      const quoting = body(
        `<div class="post"><p>轉載自網路：</p><blockquote id="copy">${quotes[0]![1]}</blockquote></div>${links}`,
      );
      expect(findArticleRoot({ document: quoting, verdict: { kind: null } })?.id).not.toBe('copy');
    });
  });

  it('takes a news flash, not a head of title and date before it', () => {
    const flash = story[1]!.slice(0, 90);
    const head = '<div class="head"><div>快讯标题</div><div>2025-12-08 10:00</div></div>';
    const feedback =
      '<p>網友留言：這篇快訊寫得很清楚，國產晶片的發展確實需要更多時間，大家一起加油。</p>';
    const document = body(
      `<article>${head}<div class="txt">${flash}<br>${flash}<br>${NOTICE}</div></article>` +
        `<div id="feedback">${feedback.repeat(5)}</div>`,
    );
    expect(findArticleRoot({ document, verdict: { kind: 'mirror' } })?.className).toBe('txt');
  });

  it('does not take an article whose class only mentions comments for a comment section', () => {
    const related = `<div class="related">${'<p>相关阅读：芯片与制程。</p>'.repeat(3)}</div>`;
    for (const name of ['with-comments', 'comments-enabled', 'comments-open', 'allow-comments']) {
      const document = body(
        `<article class="${name}"><div class="entry">${story
          .slice(0, 3)
          .map((line) => `<p>${line}</p>`)
          .join('')}</div></article>${related}`,
      );
      expect(findArticleRoot({ document, verdict: { kind: null } })?.className, name).toBe('entry');
    }
  });

  it('takes comment sections by their names as page furniture', () => {
    const comment =
      '<p>网友评论：这篇文章说得很有道理，国产芯片的发展确实需要更多时间和耐心，大家一起加油。</p>';
    for (const name of [
      'comment',
      'comment-box',
      'comment-wrap',
      'post_comment',
      'js-comment-list',
      'disqus_thread',
      'wp-block-comments',
      'article-comments',
      'commentBox',
      'mod_comment',
      'gentie-list',
    ]) {
      const document = body(
        `<article><div class="article-body"><p>正文第一段，讲芯片。</p><p>正文第二段，讲制程。</p>` +
          `<p>正文第三段，讲市场。</p></div></article><div class="${name}">${comment.repeat(5)}</div>`,
      );
      expect(findArticleRoot({ document, verdict: { kind: 'netease' } })?.className, name).toBe(
        'article-body',
      );
    }
  });

  it('falls back to the densest block when the notice is not next to paragraphs', () => {
    const document = body(
      `<div id="a"><p>正文第一段，足够长的内容。</p><p>第二段。</p></div><div class="note">${NOTICE}</div>`,
    );
    expect(findArticleRoot({ document, verdict: { kind: 'mirror' } })?.id).toBe('a');
  });

  it('uses the densest block on NetEase pages without .post_body and on other pages', () => {
    const document = body('<div class="article-body"><p>正文。</p><p>更多正文。</p></div>');
    for (const kind of ['netease', null] as const) {
      expect(findArticleRoot({ document, verdict: { kind } })?.className).toBe('article-body');
    }
  });
});

describe('findArticleInCode', () => {
  const copy = paragraphs(readShared('b.corrupted.txt'));
  const own = paragraphs(readShared('c.traditional.txt'))
    .map((text) => `<p>${text}</p>`)
    .join('');

  it('finds a whole article kept in <pre><code>, beside the page’s furniture', () => {
    const document = body(
      `<header><p>科技速遞</p></header><h1>標題</h1><pre><code id="copy">${copy.join('\n\n')}</code></pre>` +
        // A sidebar with more Chinese text than the copy is the site's, not the page's own.
        `<aside>${own}</aside><footer><p>版權所有</p></footer>`,
    );
    expect(findArticleInCode(document)?.id).toBe('copy');
  });

  it('finds no article in a sample of a few lines, nor in one the page writes more than', () => {
    const shortSample = body(
      `<p>兩段範例：</p><pre><code>${copy.slice(0, 2).join('\n\n')}</code></pre><p>說明。</p>`,
    );
    expect(findArticleInCode(shortSample)).toBeNull();
    // Long enough and on enough lines, but the post's own text is longer.
    const longSample = body(
      `<article><pre><code>${copy.slice(0, 4).join('\n\n')}</code></pre>${own}</article>`,
    );
    expect(findArticleInCode(longSample)).toBeNull();
    // A code sample (not in a <pre>), and a listing with a Chinese comment on every line.
    const inline = body(`<p><code>${copy.join('\n\n')}</code></p>`);
    expect(findArticleInCode(inline)).toBeNull();
    const listing = Array.from({ length: 60 }, (_, k) => `int v${k} = 0; // 声明变量 v${k}`);
    expect(findArticleInCode(body(`<pre><code>${listing.join('\n')}</code></pre>`))).toBeNull();
  });
});

describe('findDensestTextBlock', () => {
  it('scores direct paragraphs by their text minus link text', () => {
    const document = body(
      '<div id="links"><p><a href="/1">一条很长很长的链接标题文字</a></p><p><a href="/2">另一条很长很长的链接标题文字</a></p></div>' +
        '<div id="text"><p>一段正文。</p><p>又一段正文。</p></div>',
    );
    expect(findDensestTextBlock(document)?.id).toBe('text');
  });

  it('counts only direct paragraphs: the parent of the paragraphs wins, not an ancestor', () => {
    const document = body(
      '<main id="main"><div id="inner"><p>正文正文正文。</p><p>正文正文。</p></div></main>',
    );
    expect(findDensestTextBlock(document)?.id).toBe('inner');
  });

  it('ignores page furniture', () => {
    const document = body(
      `<footer id="foot">${'<p>版权所有，未经许可不得转载，违者必究。</p>'.repeat(5)}</footer>` +
        '<div id="text"><p>短正文。</p></div>',
    );
    expect(findDensestTextBlock(document)?.id).toBe('text');
  });

  it('ignores a site’s footer and sidebar kept in <div>s, by their whole id or class', () => {
    const long = '<p>版权所有，未经许可不得转载，违者必究。</p>'.repeat(5);
    for (const furniture of [
      'id="footer"',
      'id="Footer"',
      'class="footer"',
      'class="site-footer"',
      'id="sidebar"',
      'class="col sidebar"',
      'class="widget-area"',
    ]) {
      const document = body(`<div id="text"><p>短正文。</p></div><div ${furniture}>${long}</div>`);
      expect(findDensestTextBlock(document)?.id, furniture).toBe('text');
    }
    // Names that only contain them: a box of the article's, a button, a layout.
    for (const other of ['class="post-footer"', 'id="sidebar-toggle"', 'class="has-sidebar"']) {
      const document = body(`<div id="text"><p>短正文。</p></div><div ${other}>${long}</div>`);
      expect(findDensestTextBlock(document)?.id, other).not.toBe('text');
    }
  });

  it('breaks ties by document order, and is deterministic', () => {
    const markup = '<div id="first"><p>同样长度</p></div><div id="second"><p>同样长度</p></div>';
    expect(findDensestTextBlock(body(markup))?.id).toBe('first');
    expect(findDensestTextBlock(body(markup))?.id).toBe('first');
  });

  it('returns null when there is no paragraph text', () => {
    expect(findDensestTextBlock(body('<div>没有段落</div><p> </p>'))).toBeNull();
  });

  it('ignores a paragraph that is furniture itself, and counts no white space of any kind', () => {
    const document = body(
      `<div id="roles">${'<p role="navigation">很长很长的导航文字，很长很长的导航文字。</p>'.repeat(3)}<p>短</p></div>` +
        `<div id="spaces"><p>\u3000\u00a0\u2003 \t\n\ufeff\u205f\u2028短句</p><p>\u3000\u3000\u3000\u3000</p></div>` +
        '<div id="text"><p>三个字</p></div>',
    );
    expect(findDensestTextBlock(document)?.id).toBe('text');
  });

  it('agrees with its plain definition on generated pages', () => {
    // The definition, written plainly: per paragraph outside furniture, its text without
    // white space minus its links' text, summed per parent; the first highest sum wins.
    const inNamedBox = (element: Element): boolean => {
      const mentions = ['comment', 'comments', 'commentlist', 'gentie', 'disqus'];
      const denies = ['no', 'has', 'with', 'allow', 'allows', 'enable', 'enabled', 'disabled'];
      const moreDenies = ['open', 'closed', 'on', 'off', 'count', 'number', 'link'];
      const furniture = ['footer', 'site-footer', 'sidebar', 'widget-area'];
      for (let at = element.parentElement; at && at.localName !== 'body'; at = at.parentElement) {
        for (const name of [at.id, ...at.classList]) {
          if (furniture.includes(name.toLowerCase())) return true;
          const words = name
            .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
            .toLowerCase()
            .split(/[-_]+/);
          if (!words.some((word) => mentions.includes(word))) continue;
          if (!words.some((word) => denies.includes(word) || moreDenies.includes(word)))
            return true;
        }
      }
      return false;
    };
    const plain = (document: Document): Element | null => {
      const length = (element: Element) => (element.textContent ?? '').replace(/\s+/g, '').length;
      const scores = new Map<Element, number>();
      for (const paragraph of document.querySelectorAll('p')) {
        const parent = paragraph.parentElement;
        if (!parent || paragraph.closest(FURNITURE) || inNamedBox(paragraph)) continue;
        let score = length(paragraph);
        for (const link of paragraph.querySelectorAll('a')) score -= length(link);
        scores.set(parent, (scores.get(parent) ?? 0) + score);
      }
      let best: Element | null = null;
      let bestScore = 0;
      for (const [element, score] of scores) {
        if (score > bestScore) [best, bestScore] = [element, score];
      }
      return best;
    };
    const FURNITURE =
      'nav, header, footer, aside, form, [role="navigation"], [role="complementary"]';
    const wrappers = ['div', 'section', 'nav', 'footer', 'aside', 'article', 'form'];
    const pieces = ['正文', ' ', '\u3000', '\u00a0', 'ab', '\n', '链接'];
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            wrapper: fc.constantFrom(...wrappers),
            className: fc.constantFrom(
              '',
              'comments',
              'no-comments',
              'js-comment-box',
              'commentary',
              'with-comments',
              'Sidebar',
              'col widget-area',
              'site-footer',
              'post-footer',
              'has-sidebar',
            ),
            nested: fc.boolean(),
            paragraphs: fc.array(
              fc.record({
                text: fc.array(fc.constantFrom(...pieces), { maxLength: 6 }),
                link: fc.option(fc.array(fc.constantFrom(...pieces), { maxLength: 4 })),
                role: fc.constantFrom('', ' role="navigation"', ' role="complementary"'),
              }),
              { maxLength: 5 },
            ),
          }),
          { maxLength: 6 },
        ),
        (blocks) => {
          let id = 0;
          const markup = blocks
            .map(({ wrapper, className, nested, paragraphs }) => {
              const inner = paragraphs
                .map(
                  ({ text, link, role }) =>
                    `<p${role}>${text.join('')}${link ? `<a href="#">${link.join('')}</a>` : ''}</p>`,
                )
                .join('');
              const block = `<${wrapper} id="b${id++}" class="${className}">${inner}</${wrapper}>`;
              return nested ? `<div id="b${id++}">${block}<p>外</p></div>` : block;
            })
            .join('');
          const document = body(markup);
          expect(findDensestTextBlock(document)).toBe(plain(document));
        },
      ),
      { numRuns: 200 },
    );
  });
});
