import { describe, expect, it } from 'vitest';
import { detectNeteasePage } from '../../../utils/detect/netease.ts';
import { glossaryScope } from '../../../utils/glossary/page-scope.ts';
import { matchesTitle, MAX_HEADLINE_WALK } from '../../../utils/modes/headline-find.ts';
import { articleHeadlineOutside, parallelRoots } from '../../../utils/modes/roots.ts';
import { createConverter } from '../convert/helpers.ts';
import { paragraphs, readShared } from '../netease/fixtures.ts';

/**
 * The headline of a mirror known by the tool's annotations alone, which writes it in no markup
 * the detection knows: Discuz's thread title, else the element before the article that stands as
 * a heading and reads as the document's title. Never the site's logo.
 */

const HEADLINE = '臺積電美國廠進度報告：產能與良率雙雙達標';
const SITE = '科技速遞論壇';
const STORY = '<p>第一段，講晶片的產能。</p><p>第二段，講良率的進展。</p>';

/** How often `run` reads or calls `property` of the document's nodes (wherever defined). */
function countReads(document: Document, property: 'textContent' | 'matches', run: () => void) {
  let owner: object | null = document.body;
  while (owner !== null && !Object.getOwnPropertyDescriptor(owner, property)) {
    owner = Object.getPrototypeOf(owner) as object | null;
  }
  const descriptor = Object.getOwnPropertyDescriptor(owner!, property)!;
  let reads = 0;
  const counted: PropertyDescriptor =
    descriptor.get !== undefined
      ? {
          ...descriptor,
          get(this: Node) {
            reads += 1;
            return descriptor.get!.call(this);
          },
        }
      : {
          ...descriptor,
          value(this: Node, ...args: unknown[]) {
            reads += 1;
            return (descriptor.value as (...args: unknown[]) => unknown).apply(this, args);
          },
        };
  Object.defineProperty(owner!, property, counted);
  try {
    run();
  } finally {
    Object.defineProperty(owner!, property, descriptor);
  }
  return reads;
}

/** A page with `title` and `body` (test data, not page content). */
function page(body: string, title = `${HEADLINE} - ${SITE}`, head = ''): Document {
  const doc = new DOMParser().parseFromString(
    `<!doctype html><html><head><title>${title}</title>${head}</head><body>${body}</body></html>`,
    'text/html',
  );
  return doc;
}

/** The headline found for the article root `#story`. */
function headlineOf(doc: Document): Element | null {
  return articleHeadlineOutside(doc, 'mirror', doc.getElementById('story')!);
}

/** A Discuz thread's head, with its title written as `subject`, and the post after it. */
function discuzThread(subject: string, post = `<td class="t_f" id="story">${STORY}</td>`): string {
  return (
    '<div id="hd"><div class="hdc"><h2><a href="./" title="科技速遞論壇"><img alt="科技速遞論壇"></a></h2></div>' +
    '<div id="nv"><ul><li><a href="forum.php">論壇</a></li><li><a href="home.php">家園</a></li></ul></div></div>' +
    '<div id="pt"><div class="z"><a href="./">首頁</a> <em>›</em> <a href="forum.php">論壇</a></div></div>' +
    '<div id="postlist"><table><tr><td class="pls"><div class="hm"><span>查看:</span> 123 <span>回復:</span> 4</div></td>' +
    `<td class="plc vwthd"><div class="y"><a href="print.html" title="打印">打印</a></div>${subject}` +
    '<span class="xg1"><a href="#">[複製鏈接]</a></span></td></tr></table>' +
    '<div id="post_1"><table><tr><td class="pls">作者名稱<div class="avatar"><img src="a.png"></div></td>' +
    `<td class="plc"><div class="pi">樓主</div><div class="pct"><table><tr>${post}</tr></table></div></td></tr></table></div></div>`
  );
}

describe('the headline of a Discuz thread', () => {
  const title = `${HEADLINE} - 科技版 - ${SITE} - Powered by Discuz!`;

  it('is the heading around `#thread_subject`, or the subject alone in a cell or a box', () => {
    const inHeading = page(
      discuzThread(
        `<h1 class="ts"><a href="forum.php?typeid=1">[轉載]</a> <span id="thread_subject">${HEADLINE}</span></h1>`,
      ),
      title,
    );
    expect(headlineOf(inHeading)).toBe(inHeading.querySelector('h1.ts'));
    // In a cell with the thread's tools, or a `<div class="ts">`: the subject, not its box.
    for (const subject of [
      `<span id="thread_subject">${HEADLINE}</span>`,
      `<div class="ts"><a href="forum.php?typeid=1">[轉載]</a> <span id="thread_subject">${HEADLINE}</span></div>`,
    ]) {
      const doc = page(discuzThread(subject), title);
      expect(headlineOf(doc), subject).toBe(doc.getElementById('thread_subject'));
    }
  });

  it('is known by its id whatever the document’s title says', () => {
    const doc = page(
      discuzThread(`<h1 class="ts"><span id="thread_subject">${HEADLINE}</span></h1>`),
      '科技速遞論壇',
    );
    expect(headlineOf(doc)).toBe(doc.querySelector('h1.ts'));
  });

  it('is none when blank, hidden or the article’s own', () => {
    const blank = page(
      discuzThread('<h1 class="ts"><span id="thread_subject"> </span></h1>'),
      title,
    );
    expect(headlineOf(blank)).toBeNull();
    const hidden = page(
      discuzThread(`<h1 class="ts" hidden><span id="thread_subject">${HEADLINE}</span></h1>`),
      title,
    );
    expect(headlineOf(hidden)).toBeNull();
    const inside = page(
      discuzThread(
        '',
        `<td class="t_f" id="story"><span id="thread_subject">${HEADLINE}</span>${STORY}</td>`,
      ),
      title,
    );
    expect(headlineOf(inside)).toBeNull();
  });

  it('is paired with the post the detection finds by the tool’s annotations alone', () => {
    const copy = paragraphs(readShared('b.corrupted.txt')).join('<br />\n<br />\n');
    const doc = page(
      discuzThread(
        `<h1 class="ts"><span id="thread_subject">${HEADLINE}</span></h1>`,
        `<td class="t_f" id="postmessage_1">${copy}</td>`,
      ),
      title,
    );
    const verdict = detectNeteasePage({
      document: doc,
      url: 'https://bbs.kejisudi.example/thread-1-1-1.html',
    });
    expect(verdict.kind).toBe('mirror');
    expect(verdict.articleRoot?.id).toBe('postmessage_1');
    const headline = doc.querySelector('h1.ts')!;
    expect(
      parallelRoots({ document: doc, neteaseKind: 'mirror', articleRoot: verdict.articleRoot }),
    ).toMatchObject({ roots: [headline, verdict.articleRoot], headline });
    expect(
      glossaryScope({
        document: doc,
        neteaseKind: 'mirror',
        articleRoot: () => verdict.articleRoot,
        scope: 'article',
      }).searched,
    ).toEqual([headline, verdict.articleRoot]);
  });
});

describe('the headline of a mirror, by the document’s title', () => {
  it('is found before the article in a table layout, a <div> of lines and <div> paragraphs', () => {
    const lines = '<div id="story">第一段，講晶片的產能。<br><br>第二段，講良率的進展。</div>';
    const cases: [string, string, string][] = [
      [
        'a table layout’s title cell, its text in <font><b>',
        '<table><tr><td id="headline" class="title" align="center"><font size="5"><b>' +
          `${HEADLINE}</b></font></td></tr><tr><td>來源：網絡 時間：2025-12-03</td></tr>` +
          `<tr><td id="story">第一段，講晶片的產能。<br><br>第二段，講良率的進展。</td></tr></table>`,
        `${HEADLINE}_${SITE}`,
      ],
      [
        'an <h1> over a byline and a <div> of lines',
        `<div class="main"><h1 id="headline">${HEADLINE}</h1><div class="info">來源:網絡 發佈時間:2025-12-03</div>${lines}</div>`,
        `${HEADLINE} - ${SITE}`,
      ],
      [
        'a <div class="title"> over <div> paragraphs, a share bar between',
        `<div class="title" id="headline">${HEADLINE}</div><div class="share"><a href="/s?weibo">微博</a> <a href="/s?qq">QQ</a></div>` +
          '<div id="story"><div>第一段，講晶片的產能。</div><div>第二段，講良率的進展。</div></div>',
        `${HEADLINE}|${SITE}`,
      ],
      [
        'a bold line of its own over the source, in the cell before the article',
        `<table><tr><td id="head"><b id="headline">${HEADLINE}</b><br>來源：網絡</td></tr>` +
          `<tr><td id="story">第一段，講晶片的產能。<br><br>第二段，講良率的進展。</td></tr></table>`,
        `${HEADLINE}【${SITE}】`,
      ],
      [
        'the whole title, without a site’s name',
        `<h2 id="headline"> ${HEADLINE} </h2>${lines}`,
        HEADLINE,
      ],
    ];
    for (const [name, markup, title] of cases) {
      const doc = page(markup, title);
      expect(headlineOf(doc), name).toBe(doc.getElementById('headline'));
    }
  });

  it('takes the nearest match before the article, not one after it or in the related posts', () => {
    const doc = page(
      `<div class="title" id="first">${HEADLINE}</div><h1 id="headline">${HEADLINE}</h1>` +
        `<div id="story">${STORY}</div><h2>${HEADLINE}</h2>` +
        `<div class="related"><ul><li>${HEADLINE}</li></ul></div>`,
    );
    expect(headlineOf(doc)).toBe(doc.getElementById('headline'));
  });

  it('never takes the site’s logo, or the site’s name, for the headline', () => {
    const story = `<div id="story">${STORY}</div>`;
    // No headline on the page but the site's name, in every way a logo is written.
    const logos = [
      `<h1 class="logo">${SITE}</h1>`,
      `<h1><a href="/">${SITE}</a></h1>`,
      `<header><h1>${SITE}</h1></header>`,
      `<div role="banner"><h1>${SITE}</h1></div>`,
      `<h1 id="logo">${SITE}</h1><nav><a href="/news">新聞</a></nav>`,
      `<div id="hd"><h2><a href="./" title="${SITE}"><img alt="${SITE}"></a></h2></div>`,
    ];
    const metas = [
      '',
      `<meta property="og:site_name" content="${SITE}">`,
      `<meta name="application-name" content="${SITE}">`,
    ];
    const titles = [
      `${HEADLINE} - ${SITE}`,
      `${HEADLINE} - 科技版 - ${SITE} - Powered by Discuz!`,
      `${HEADLINE}_${SITE}`,
    ];
    for (const logo of logos) {
      for (const title of titles) {
        for (const meta of metas) {
          expect(
            headlineOf(page(logo + story, title, meta)),
            `${logo} ${title} ${meta}`,
          ).toBeNull();
        }
      }
    }
    // A title that starts with the site's name, or is the site's name alone: the page names its
    // site (in its head, or on its logo's link home).
    for (const title of [`${SITE} - ${HEADLINE}`, `${SITE}`]) {
      for (const [logo, meta] of [
        [`<h1 class="logo">${SITE}</h1>`, `<meta property="og:site_name" content="${SITE}">`],
        [`<h1 class="logo">${SITE}</h1>`, `<meta name="application-name" content="${SITE}">`],
        [
          `<div id="hd"><a href="/index.php" title="${SITE}"><img src="logo.png"></a></div><h1 class="logo">${SITE}</h1>`,
          '',
        ],
        [`<div><a href="./"><img alt="${SITE}"></a><h1 class="logo">${SITE}</h1></div>`, ''],
        // A mirror's copy of the logo links home to the site it copies, on another host.
        [`<h1 class="logo"><a href="https://www.kejisudi.example/">${SITE}</a></h1>`, ''],
      ] as const) {
        expect(headlineOf(page(logo + story, title, meta)), `${logo} ${title}`).toBeNull();
      }
    }
    // With the real headline on the page as well, the headline.
    const doc = page(
      `<h1 class="logo">${SITE}</h1><div class="main"><h1 id="headline">${HEADLINE}</h1>${story}</div>`,
    );
    expect(headlineOf(doc)).toBe(doc.getElementById('headline'));
  });

  it('passes over a breadcrumb, lists, links, sidebars, hidden boxes and our own UI', () => {
    // Each between the headline and the article, where it would be the nearest match.
    const story = `<div id="story">${STORY}</div>`;
    const real = `<h1 id="headline">${HEADLINE}</h1>`;
    for (const decoy of [
      `<div class="breadcrumb"><a href="/">首頁</a> &gt; <span>${HEADLINE}</span></div>`,
      `<div id="crumbs"><div>${HEADLINE}</div></div>`,
      `<ol><li>${HEADLINE}</li></ol>`,
      `<dl><dt>${HEADLINE}</dt></dl>`,
      `<a href="/next.html"><div>${HEADLINE}</div></a>`,
      `<div class="sidebar"><h3>${HEADLINE}</h3></div>`,
      `<aside><h3>${HEADLINE}</h3></aside>`,
      `<div id="comments"><p>${HEADLINE}</p></div>`,
      // An earlier post (the article root is a longer reply) quoting the thread's first lines.
      `<div class="quote"><blockquote><b>${HEADLINE}</b><br>第一段，講晶片的產能。</blockquote></div>`,
      `<blockquote><p>${HEADLINE}</p></blockquote>`,
      `<div hidden><h1>${HEADLINE}</h1></div>`,
      `<div aria-hidden="true"><h1>${HEADLINE}</h1></div>`,
      `<dialog><h1>${HEADLINE}</h1></dialog>`,
      `<button><div>${HEADLINE}</div></button>`,
      `<template><h1>${HEADLINE}</h1></template>`,
      `<div data-jianfan-ui="card"><div>${HEADLINE}</div></div>`,
      // Words of the title that are not all of its headline part, and the headline in a line.
      `<h1>臺積電美國廠</h1>`,
      `<p>${HEADLINE}，業者說時間表仍難確定。</p>`,
      `<div><span>${HEADLINE}</span>，業者說。</div>`,
    ]) {
      const doc = page(real + decoy + story);
      expect(headlineOf(doc), decoy).toBe(doc.getElementById('headline'));
    }
  });

  it('never takes a teaser: a box or a cell whose text is a link’s', () => {
    // A forum writes the thread's title in the post alone, and its column of hot threads (no
    // list, no sidebar's name) holds the same thread as a link: that link's box is no headline.
    const hot =
      `<div class="hot"><div class="item"><a href="/thread-1-1-1.html">${HEADLINE}</a></div>` +
      '<div class="item"><a href="/thread-2-1-1.html">另一個帖子的標題在這裡</a></div></div>';
    for (const markup of [
      `<table><tr><td class="left">${hot}</td>` +
        `<td id="story"><font size="4"><b>${HEADLINE}</b></font><br>${STORY}</td></tr></table>`,
      `<h1 id="headline">${HEADLINE}</h1><p><a href="/thread-1-1-1.html">${HEADLINE}</a></p><div id="story">${STORY}</div>`,
    ]) {
      const doc = page(markup);
      expect(headlineOf(doc), markup).toBe(doc.getElementById('headline'));
    }
    // Nor a logo's box whose link goes home on another host (the forum's link to its portal,
    // a mirror's to the site it copies), so that its name is none the page is known to give.
    const logo = page(
      `<div class="logo"><a href="https://www.kejisudi.example/">${SITE}</a></div><div id="story">${STORY}</div>`,
      `${SITE} - ${HEADLINE}`,
    );
    expect(headlineOf(logo)).toBeNull();
    // A heading that links to its page is the headline (old templates write it so).
    const linked = page(
      `<h1 id="headline"><a href="/thread-1-1-1.html">${HEADLINE}</a></h1><div id="story">${STORY}</div>`,
    );
    expect(headlineOf(linked)).toBe(linked.getElementById('headline'));
  });

  it('stops at the page’s masthead or navigation: what comes before is the site’s', () => {
    for (const before of ['<nav><a href="/">首頁</a></nav>', '<header><p>網站</p></header>']) {
      const doc = page(`<h1>${HEADLINE}</h1>${before}<div id="story">${STORY}</div>`);
      expect(headlineOf(doc), before).toBeNull();
    }
    // An article's own header holds its headline.
    const own = page(
      `<main><header><h1 id="headline">${HEADLINE}</h1></header><div id="story">${STORY}</div></main>`,
    );
    expect(headlineOf(own)).toBe(own.getElementById('headline'));
  });

  it('knows the site’s name as the page reads now, converted or given back', async () => {
    // A title of the site's name alone, in Simplified; its logo's link names it.
    const site = '科技速递论坛';
    const doc = page(
      `<div id="hd"><a href="/" title="${site}"><img src="logo.png" alt="${site}"></a></div>` +
        `<h1 class="logo">${site}</h1><div id="story"><p>这个国家的记忆体产业。</p></div>`,
      site,
    );
    expect(headlineOf(doc)).toBeNull();
    // Converted, the title, the logo's text and its link's title read 科技速遞論壇 alike.
    const converter = createConverter(doc);
    await converter.convert({ target: 'tw' });
    expect(doc.title).toBe('科技速遞論壇');
    expect(headlineOf(doc)).toBeNull();
    converter.restore();
    expect(headlineOf(doc)).toBeNull();
    converter.dispose();
  });

  it('is read with the marks of lost characters the repair puts in, as the title shows them', () => {
    const doc = page(
      `<h1 id="headline">臺積電美國<span data-jianfan-ui="lost-span" class="jianfan-lost">⟨…⟩</span>進度報告</h1>` +
        `<div id="story">${STORY}</div>`,
      `臺積電美國⟨…⟩進度報告 - ${SITE}`,
    );
    expect(headlineOf(doc)).toBe(doc.getElementById('headline'));
  });

  it(`looks at ${MAX_HEADLINE_WALK} elements before the article at most, and reads no long text`, () => {
    // A headline far above the article, under thousands of elements, and a long block between.
    const filler = Array.from({ length: 3000 }, (_, k) => `<div><span>第${k}則。</span></div>`);
    const long = `<div>${'很長的一段文字。'.repeat(20_000)}</div>`;
    const doc = page(`<h1>${HEADLINE}</h1>${filler.join('')}${long}<div id="story">${STORY}</div>`);
    let found: Element | null = null;
    const reads = countReads(doc, 'matches', () => {
      const texts = countReads(doc, 'textContent', () => {
        found = headlineOf(doc);
      });
      // The long block's text is never put together.
      expect(texts).toBe(0);
    });
    expect(found).toBeNull();
    // A few looks per element walked (what it is, whether it is passed over).
    expect(reads).toBeLessThan(10 * MAX_HEADLINE_WALK);
  });

  it('reads a cell of many elements around the headline no further than a headline’s length', () => {
    // The headline in a cell, and a row of inline images with no text after it (a gallery).
    const images = '<img src="a.png">'.repeat(250);
    const doc = page(
      `<table><tr><td id="cell"><b>${HEADLINE}</b>${images}</td></tr></table><div id="story">${STORY}</div>`,
    );
    const cell = doc.getElementById('cell')!;
    const walker = doc.createTreeWalker.bind(doc);
    let visited = 0;
    doc.createTreeWalker = (root: Node, whatToShow?: number, filter?: NodeFilter | null) => {
      const inner = walker(root, whatToShow, filter);
      if (root !== cell) return inner;
      const next = inner.nextNode.bind(inner);
      inner.nextNode = () => {
        visited += 1;
        return next();
      };
      return inner;
    };
    // The <b> stands on its line (an image beside it ends the line); the cell, read as far as a
    // headline goes, is not all of it.
    expect(headlineOf(doc)).toBe(doc.querySelector('b'));
    expect(visited).toBeGreaterThan(0);
    // Read whole, 252 nodes.
    expect(visited).toBeLessThan(200);
  });
});

describe('matchesTitle', () => {
  it('takes all of the title, or its start before a separator', () => {
    expect(matchesTitle(HEADLINE, HEADLINE)).toBe(true);
    for (const separator of [
      ' - ',
      '-',
      ' – ',
      '_',
      '|',
      ' | ',
      '｜',
      '丨',
      '：',
      '【',
      '(',
      ' » ',
    ]) {
      expect(matchesTitle(HEADLINE, `${HEADLINE}${separator}${SITE}`), separator).toBe(true);
    }
    // Not a start that goes on in a word, nor the site's part, nor a short or letterless text.
    expect(matchesTitle('臺積電美國廠', `${HEADLINE} - ${SITE}`)).toBe(false);
    expect(matchesTitle(SITE, `${HEADLINE} - ${SITE}`)).toBe(false);
    expect(matchesTitle('新聞', '新聞 - 站名')).toBe(false);
    expect(matchesTitle('2025', '2025 - 站名')).toBe(false);
  });
});
