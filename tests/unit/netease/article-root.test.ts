import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findArticleRoot, findDensestTextBlock } from '../../../utils/detect/article-root.ts';
import { ARTICLES, paragraphs, parseHtml, readShared } from './fixtures.ts';

function body(markup: string): Document {
  return parseHtml(`<!DOCTYPE html><html><head></head><body>${markup}</body></html>`);
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
    const inComments = (element: Element): boolean => {
      const mentions = ['comment', 'comments', 'commentlist', 'gentie', 'disqus'];
      const denies = ['no', 'has', 'with', 'allow', 'allows', 'enable', 'enabled', 'disabled'];
      const moreDenies = ['open', 'closed', 'on', 'off', 'count', 'number', 'link'];
      for (let at = element.parentElement; at && at.localName !== 'body'; at = at.parentElement) {
        for (const name of [at.id, ...at.classList]) {
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
        if (!parent || paragraph.closest(FURNITURE) || inComments(paragraph)) continue;
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

describe('findArticleRoot on an article split across two wrappers', () => {
  const NOTICE_EN =
    'Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user of NetEase Hao, which is a social media platform and only provides information storage services.';
  const mirrorText = readShared('a.corrupted.txt').trim().split(/\n+/);
  const neteaseText = paragraphs(readShared('a.simplified.txt'));
  /** Text of another article, for boxes beside this one. */
  const otherText = readShared('b.corrupted.txt').trim().split(/\n+/);
  const para = (lines: readonly string[]) => lines.map((line) => `<p>${line}</p>`).join('');
  const notices = `<p>${NOTICE}</p><p>${NOTICE_EN}</p>`;

  const ad =
    '<div class="ad-slot"><ins class="adsbygoogle" data-ad-slot="4815162342"></ins>' +
    '<script>(adsbygoogle = window.adsbygoogle || []).push({ google_ad_client: "ca-pub-1234567890123456", enable_page_level_ads: true });</script></div>';
  const share =
    '<div class="share-box">分享到：<a href="#weibo">微博</a> <a href="#wechat">微信</a> <a href="#qzone">QQ空间</a></div>';
  const pageBreak = '<div class="page-break"><span>（未完，接下页）</span></div>';

  /** A WordPress mirror whose `entry-content` holds the article in two `div.content`s. */
  function mirror({ between, notice = true }: { between: string; notice?: boolean }): Document {
    return body(
      `<header class="site-header"><p class="site-title"><a href="/">科技速遞</a></p>` +
        `<nav class="main-navigation"><a href="/">首頁</a><a href="/c/1">半導體</a></nav></header>` +
        `<main id="main"><article class="post">` +
        `<header class="entry-header"><h1 class="entry-title">HBM一貨難求</h1></header>` +
        `<div class="entry-content"><div class="content">${para(mirrorText.slice(0, 4))}</div>` +
        `${between}<div class="content">${para(mirrorText.slice(4, 7))}${notice ? notices : ''}</div></div>` +
        `<footer class="entry-footer">分類：<a href="/c/1">半導體</a></footer></article>` +
        `<nav class="post-navigation"><a href="/p/1">上一篇：存儲晶片漲價潮蔓延，手機廠商如何消化成本</a></nav></main>` +
        `<aside class="widget-area"><h2>近期文章</h2><ul>${'<li><a href="/p/2">先進封裝產能吃緊，CoWoS擴產進度受關注</a></li>'.repeat(5)}</ul></aside>`,
    );
  }

  for (const [name, between] of [
    ['nothing', ''],
    ['an ad slot', ad],
    ['a share box', share],
    ['a page break and an ad slot', pageBreak + ad],
    ['a labelled ad slot with its code', ad.replace('<ins ', '广告<br><ins ')],
  ] as const) {
    it(`on a mirror, takes both halves with ${name} between them, with the notice or without`, () => {
      for (const notice of [true, false]) {
        const document = mirror({ between, notice });
        const root = findArticleRoot({ document, verdict: { kind: 'mirror' } });
        expect(root?.className, `notice: ${notice}`).toBe('entry-content');
      }
    });
  }

  it('on NetEase, takes div.post_body with the div.post_body_more after it', () => {
    const document = body(
      `<div class="post_main"><h1 class="post_title">HBM一货难求</h1>` +
        `<div class="post_content" id="content">` +
        `<div class="post_body">${para(neteaseText.slice(0, 4))}</div>` +
        `<div class="post_body_more">${para(neteaseText.slice(4))}</div>` +
        `<div class="post_statement">${notices}</div></div></div>` +
        `<div class="post_side"><h2>热点推荐</h2><ul>${'<li><a href="/a">存储芯片涨价潮蔓延，手机厂商如何消化成本压力</a></li>'.repeat(3)}</ul></div>`,
    );
    for (const kind of ['netease', 'mirror'] as const) {
      expect(findArticleRoot({ document, verdict: { kind } })?.className).toBe('post_content');
    }
  });

  it('on a mirror that splits an article of <br> lines across two blocks, takes both', () => {
    const lines = (from: number, to: number) => mirrorText.slice(from, to).join('<br><br>');
    const document = body(
      `<div class="main"><div class="txt">${lines(0, 4)}</div>${ad}` +
        `<div class="txt">${lines(4, 7)}<br><br>${NOTICE}</div></div>` +
        `<div class="side">${'<p>熱門文章：存儲晶片漲價潮蔓延，手機廠商如何消化成本壓力。</p>'.repeat(6)}</div>`,
    );
    expect(findArticleRoot({ document, verdict: { kind: 'mirror' } })?.className).toBe('main');
  });

  /** Both halves under one `div.article`, with `beside` after them (and the notice, if any). */
  function withBeside(beside: string, notice: boolean): Document {
    return body(
      `<div class="article"><div class="content">${para(mirrorText.slice(0, 4))}</div>${ad}` +
        `<div class="content">${para(mirrorText.slice(4, 7))}${notice ? notices : ''}</div>` +
        `${beside}</div>`,
    );
  }

  const sideHeadlines = '<li><a href="/a">存儲晶片漲價潮蔓延，手機廠商如何消化成本壓力</a></li>';
  const comment = '<p>網友留言：這篇文章說得很有道理，國產晶片的發展確實需要更多時間和耐心。</p>';
  const furniture: [string, string][] = [
    [
      'a sidebar <aside>',
      `<aside class="widget-area"><h2>近期文章</h2><ul>${sideHeadlines}</ul></aside>`,
    ],
    ['an <aside> of text', `<aside>${para(otherText.slice(0, 2))}</aside>`],
    ['a sidebar <div>', `<div class="post_side"><h2>熱點推薦</h2><p>今日熱點</p></div>`],
    ['a comment section', `<div id="comments">${comment.repeat(4)}</div>`],
    ['an empty comment section, filled later', '<div class="post_comment"></div>'],
    [
      'a list of related links',
      `<div class="box">相關閱讀<ul>${sideHeadlines.repeat(3)}</ul></div>`,
    ],
    ['navigation', '<nav class="post-navigation"><a href="/p/1">上一篇</a></nav>'],
    ['a box that holds navigation', '<div class="bottom"><div role="navigation">目錄</div></div>'],
    ['a comment form', '<form class="reply"><textarea></textarea><button>發表</button></form>'],
    [
      'a long box of text without paragraphs',
      `<div class="intro">${'本站專注半導體產業報導，內容轉載自網路，僅供參考，如有侵權請聯繫刪除。'.repeat(15)}</div>`,
    ],
    ['the page’s footer', '<footer class="site-footer">© 2025 科技速遞 版權所有</footer>'],
    [
      'a long box of text',
      `<div class="author-bio"><p>${'作者長期關注半導體產業鏈，曾任職於多家晶圓代工廠與存儲原廠，熟悉製程與封裝。'.repeat(15)}</p></div>`,
    ],
  ];
  for (const [name, beside] of furniture) {
    it(`keeps to one half when their common parent also holds ${name}`, () => {
      for (const notice of [true, false]) {
        const document = withBeside(beside, notice);
        const root = findArticleRoot({ document, verdict: { kind: 'mirror' } });
        expect(root?.className, `notice: ${notice}`).toBe('content');
      }
    });
  }

  it('takes the common parent beside small boxes: a title, tags, a short note', () => {
    const document = withBeside(
      '<div class="tags">標籤：<a href="/t/1">HBM</a> <a href="/t/2">存儲</a></div>' +
        '<p class="note">（本文僅代表作者觀點）</p>',
      true,
    );
    document.querySelector('.article')!.prepend(document.createElement('h1'));
    document.querySelector('h1')!.textContent = 'HBM一貨難求:SK海力士、三星與長鑫存儲的產能賽跑';
    expect(findArticleRoot({ document, verdict: { kind: 'mirror' } })?.className).toBe('article');
  });

  it('takes an <article> with its own header and footer, which are not the page’s', () => {
    const document = body(
      `<main><article class="post"><header class="entry-header"><h1>HBM一貨難求</h1></header>` +
        `<div class="content">${para(mirrorText.slice(0, 4))}</div>${share}` +
        `<div class="content">${para(mirrorText.slice(4, 7))}${notices}</div>` +
        `<footer class="entry-footer">分類：<a href="/c/1">半導體</a></footer></article></main>`,
    );
    expect(findArticleRoot({ document, verdict: { kind: 'mirror' } })?.className).toBe('post');
  });

  it('does not count a script’s text beside the article (an ad slot’s code)', () => {
    const config = `{"slot":"4815162342","sizes":[[300,250],[336,280]],"lazy":true}`.repeat(40);
    const document = withBeside('', true);
    const slot = document.querySelector('.ad-slot')!;
    slot.append(document.createElement('script'));
    slot.lastElementChild!.textContent = `window.adConfig = [${config}];`;
    expect(findArticleRoot({ document, verdict: { kind: 'mirror' } })?.className).toBe('article');
  });

  it('counts the notices as the article’s, not as text beside it, on a short article', () => {
    const document = body(
      `<div class="post_content"><div class="post_body"><p>内存和闪存价格连续上涨，手机厂商的物料成本明显上升，部分机型已经调价。</p>` +
        `<p>部分厂商选择调整存储配置，也有厂商通过提高售价来消化成本压力。</p>` +
        `<p>渠道商反映，旗舰机型的备货节奏明显放缓，经销商普遍在观望新一轮报价。</p></div>${ad}` +
        `<div class="post_body_more"><p>分析人士认为，这一轮涨价周期至少会持续到明年上半年，中低端机型受影响最大。</p>` +
        `<p>也有厂商表示，将通过优化供应链管理和长期协议来稳定存储芯片的采购成本。</p>` +
        `<p>业内预计，存储价格回落之前，新机的起售价和存储组合还会继续调整。</p></div>` +
        `<div class="post_statement">${notices}</div></div>`,
    );
    expect(findArticleRoot({ document, verdict: { kind: 'netease' } })?.className).toBe(
      'post_content',
    );
  });

  it('keeps a part that is not article text itself (a picture and its caption) to itself', () => {
    const document = body(
      `<div class="post_content"><div class="post_body"><p class="f_center"><img src="data:," alt="配图"><br></p>` +
        `<p>图为长鑫存储的晶圆厂。</p></div>` +
        `<div class="editor">${para(neteaseText.slice(0, 2))}</div></div>`,
    );
    expect(findArticleRoot({ document, verdict: { kind: 'netease' } })?.className).toBe(
      'post_body',
    );
  });

  it('takes no paragraphs after the notice for a half: the notice ends the article', () => {
    const more = `<div class="more">${para(otherText.slice(0, 3))}</div>`;
    const document = body(
      `<div class="article"><div class="content">${para(mirrorText.slice(0, 4))}${notices}</div>` +
        `${more}</div>`,
    );
    expect(findArticleRoot({ document, verdict: { kind: 'mirror' } })?.className).toBe('content');
  });

  it('takes no box named as a sidebar or related reading for a half', () => {
    for (const name of ['related', 'post_side', 'sidebar', 'hot-news', 'widget']) {
      const document = body(
        `<div class="article"><div class="${name}">${para(otherText.slice(0, 3))}</div>` +
          `<div class="content">${para(mirrorText.slice(0, 4))}${notices}</div></div>`,
      );
      expect(findArticleRoot({ document, verdict: { kind: 'mirror' } })?.className, name).toBe(
        'content',
      );
    }
  });

  it('takes no short wrappers for a half, and never the body', () => {
    const document = body(
      `<div class="article"><div class="meta"><div>芯事觀察</div><div>2025-12-03</div></div>` +
        `<div class="content">${para(mirrorText.slice(0, 4))}${notices}</div></div>`,
    );
    expect(findArticleRoot({ document, verdict: { kind: 'mirror' } })?.className).toBe('content');
    const loose = body(
      `<div class="content">${para(mirrorText.slice(0, 4))}</div>${ad}` +
        `<div class="content">${para(mirrorText.slice(4, 7))}${notices}</div>`,
    );
    expect(findArticleRoot({ document: loose, verdict: { kind: 'mirror' } })?.localName).toBe(
      'div',
    );
  });

  it('leaves pages that are not NetEase-style to the densest block', () => {
    const document = mirror({ between: ad, notice: false });
    expect(findArticleRoot({ document, verdict: { kind: null } })?.className).toBe('content');
  });
});
