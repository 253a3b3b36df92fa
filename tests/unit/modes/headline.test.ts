import * as OpenCC from 'opencc-js';
import { afterEach, describe, expect, it } from 'vitest';
import type { PageConverter } from '../../../utils/convert/page-converter.ts';
import { detectNeteasePage } from '../../../utils/detect/netease.ts';
import { COMPANION_SELECTOR } from '../../../utils/modes/companion.ts';
import { ParallelView } from '../../../utils/modes/parallel.ts';
import { localeLang, parallelRoots } from '../../../utils/modes/roots.ts';
import { shownArticleTitle } from '../../../utils/report/shown-title.ts';
import { glossaryScope } from '../../../utils/glossary/page-scope.ts';
import {
  createConverter,
  documentWithBody,
  fixturePage,
  serialize,
  sharedPage,
  sleep,
  waitFor,
} from '../convert/helpers.ts';

/**
 * Side by side on a NetEase article: the headline stands outside the article root
 * (`h1.post_title` above `.post_body`), and is paired like the body's blocks.
 */

const ARTICLE_URL = 'https://www.163.com/dy/article/KH7Q0AAA0511B8LM.html';
const cnToTw = OpenCC.Converter({ from: 'cn', to: 'tw' });

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

/** The text of a block without its companion. */
function ownText(block: Element): string {
  let text = '';
  for (const child of block.childNodes) {
    if (child.nodeType === 1 && (child as Element).matches(COMPANION_SELECTOR)) continue;
    text += child.textContent ?? '';
  }
  return text;
}

const companionOf = (block: Element) => block.querySelector(`:scope > ${COMPANION_SELECTOR}`);

/**
 * A NetEase article converted to Traditional, as the reader converts it, and its parallel view.
 * `calls` counts what the view asked of the reader: a render (`onRootDetached`), and the roots
 * chosen again for a new headline (`onHeadlineDetached`, answered by showing again when
 * `chooseAgain`, as the reading modes layer does; left unset otherwise).
 */
/** What the side-by-side view is shown with besides its roots: the conversion shown now. */
function shownConversion(converter: PageConverter) {
  const text = converter.activeTextConverter()!;
  return {
    converter: text,
    originals: {
      textOf: (node: Text) => converter.originalTextOf(node),
      attributeOf: (element: Element, name: string) => converter.originalAttributeOf(element, name),
    },
    targetLang: localeLang(text.to),
    sourceLang: localeLang(text.from),
    label: 'Converted',
  };
}

async function neteaseInParallel(doc: Document, url = ARTICLE_URL, chooseAgain = false) {
  const converter: PageConverter = createConverter(doc);
  await converter.convert({ target: 'tw' });
  const verdict = detectNeteasePage({ document: doc, url });
  const calls = { rootDetached: 0, headlineDetached: 0 };
  const view = new ParallelView({
    document: doc,
    onExcludedChange: (blocks) => converter.setExcludedSubtrees(blocks),
    onRootDetached: () => {
      calls.rootDetached += 1;
    },
    ...(chooseAgain
      ? {
          onHeadlineDetached: () => {
            calls.headlineDetached += 1;
            show();
          },
        }
      : {}),
  });
  cleanups.push(() => {
    view.clear();
    converter.dispose();
  });
  const show = () =>
    view.show({
      ...parallelRoots({
        document: doc,
        neteaseKind: verdict.kind,
        articleRoot: verdict.articleRoot,
      }),
      ...shownConversion(converter),
    });
  return { converter, view, verdict, show, calls };
}

describe('the headline of a NetEase article in side by side', () => {
  it('is a root of its own beside the article body, found where the detection finds the title', () => {
    const doc = sharedPage('a.netease.html');
    const verdict = detectNeteasePage({ document: doc, url: ARTICLE_URL });
    expect(verdict.kind).toBe('netease');
    const body = doc.querySelector('.post_body')!;
    expect(verdict.articleRoot).toBe(body);
    expect(
      parallelRoots({ document: doc, neteaseKind: 'netease', articleRoot: body }).roots,
    ).toEqual([doc.querySelector('h1.post_title'), body]);
  });

  it('shows the original headline with its conversion after it, like the body’s paragraphs', async () => {
    const doc = sharedPage('a.netease.html');
    const title = doc.querySelector('h1.post_title')!;
    const served = title.textContent!;
    expect(served).toBe('HBM一货难求：SK海力士、三星与长鑫存储的产能赛跑');
    const { show } = await neteaseInParallel(doc);
    // Converted in place first, as the whole page is.
    expect(title.textContent).not.toBe(served);
    show();
    expect(ownText(title)).toBe(served);
    // The Traditional title of the fixture's own list (titles.tsv).
    expect(companionOf(title)?.textContent).toBe('HBM一貨難求：SK海力士、三星與長鑫存儲的產能賽跑');
    expect(companionOf(title)?.getAttribute('lang')).toBe('zh-Hant');
    expect(title.getAttribute('lang')).toBe('zh-Hans');
    // The converter leaves it alone while it shows in the original.
    await sleep(30);
    expect(ownText(title)).toBe(served);
    // The body's paragraphs get the same pair (in slices, on a busy machine).
    await waitFor(() =>
      [...doc.querySelectorAll('.post_body > p[id]')].every((p) => companionOf(p) !== null),
    );
    // Page chrome stays converted in place, without a companion.
    for (const element of doc.querySelectorAll('.post_side h3, .post_crumb, .post_info')) {
      expect(companionOf(element)).toBeNull();
      expect(element.querySelector(COMPANION_SELECTOR)).toBeNull();
    }
    const side = doc.querySelector('.post_side h3')!;
    expect(side.textContent).toBe(cnToTw(side.textContent!));
  });

  it('gives the headline back exactly when the mode ends, converted, then as served', async () => {
    const doc = sharedPage('a.netease.html');
    const original = serialize(doc);
    const title = doc.querySelector('h1.post_title')!;
    const { converter, view, show } = await neteaseInParallel(doc);
    const converted = serialize(doc);
    const convertedTitle = new XMLSerializer().serializeToString(title);
    show();
    expect(companionOf(title)).not.toBeNull();
    view.clear();
    expect(new XMLSerializer().serializeToString(title)).toBe(convertedTitle);
    await sleep(30);
    expect(serialize(doc)).toBe(converted);
    // Again, then the conversion ends too: the page as served, byte for byte.
    show();
    expect(companionOf(title)).not.toBeNull();
    view.clear();
    converter.restore();
    expect(serialize(doc)).toBe(original);
  });

  it('pairs a headline the page replaces, and lets go of the one it took out, without a render', async () => {
    const doc = sharedPage('a.netease.html');
    const { show, calls } = await neteaseInParallel(doc, ARTICLE_URL, true);
    show();
    const old = doc.querySelector('h1.post_title')!;
    expect(companionOf(old)).not.toBeNull();
    const fresh = doc.createElement('h1');
    fresh.className = 'post_title';
    fresh.textContent = '这个国家的新闻标题';
    old.replaceWith(fresh);
    // The roots are chosen again (`onHeadlineDetached`): no render of the session, which would
    // take every glossary mark off and put it back.
    await waitFor(() => companionOf(fresh) !== null);
    expect(calls).toEqual({ rootDetached: 0, headlineDetached: 1 });
    expect(ownText(fresh)).toBe('这个国家的新闻标题');
    expect(companionOf(fresh)?.textContent).toBe('這個國家的新聞標題');
    expect(companionOf(old)).toBeNull();
    expect(old.hasAttribute('lang')).toBe(false);
    // The converter leaves the new one alone while it shows in the original.
    await sleep(30);
    expect(ownText(fresh)).toBe('这个国家的新闻标题');
    // Again: the new headline is watched in its turn.
    const third = doc.createElement('h1');
    third.className = 'post_title';
    third.textContent = '第三个新闻标题';
    fresh.replaceWith(third);
    await waitFor(() => companionOf(third) !== null);
    expect(calls).toEqual({ rootDetached: 0, headlineDetached: 2 });
    expect(companionOf(fresh)).toBeNull();
    // The article root taken out is another matter: the reader renders again.
    doc.querySelector('.post_body')!.remove();
    await waitFor(() => calls.rootDetached === 1);
    expect(calls.headlineDetached).toBe(2);
  });

  it('pairs a headline the page takes out and puts back later, or fills in late', async () => {
    const doc = sharedPage('a.netease.html');
    const { show, calls } = await neteaseInParallel(doc, ARTICLE_URL, true);
    show();
    const title = doc.querySelector('h1.post_title')!;
    const served = ownText(title);
    const parent = title.parentElement!;
    const next = title.nextSibling;
    title.remove();
    await waitFor(() => calls.headlineDetached === 1);
    expect(companionOf(title)).toBeNull();
    // Put back a while later, as a single-page site does when it renders the title again.
    await sleep(300);
    parent.insertBefore(title, next);
    await waitFor(() => companionOf(title) !== null);
    expect(calls).toEqual({ rootDetached: 0, headlineDetached: 2 });
    expect(ownText(title)).toBe(served);
    // A new headline, blank at first and filled in later, is paired once it has text.
    const late = doc.createElement('h1');
    late.className = 'post_title';
    title.replaceWith(late);
    await waitFor(() => calls.headlineDetached === 3);
    await sleep(300);
    expect(companionOf(late)).toBeNull();
    late.textContent = '这个国家的新闻标题';
    await waitFor(() => companionOf(late) !== null);
    expect(companionOf(late)?.textContent).toBe('這個國家的新聞標題');
    expect(calls.rootDetached).toBe(0);
  });

  it('stops pairing the headline of a page that renders it anew whenever we add to it', async () => {
    const doc = sharedPage('a.netease.html');
    const { show, calls } = await neteaseInParallel(doc, ARTICLE_URL, true);
    // An app that rebuilds its headline whenever something is added inside it: our copy makes
    // it render a new headline, which we would pair, which it would render anew, in one task.
    let rebuilt = 0;
    const app = new MutationObserver(() => {
      const headline = doc.querySelector('h1.post_title');
      if (headline === null || companionOf(headline) === null || rebuilt >= 50) return;
      rebuilt += 1;
      const fresh = doc.createElement('h1');
      fresh.className = 'post_title';
      fresh.textContent = ownText(headline);
      headline.replaceWith(fresh);
    });
    app.observe(doc.body, { childList: true, subtree: true });
    cleanups.push(() => app.disconnect());
    show();
    await sleep(50);
    // A few rounds, then the page's headline is left converted in place, unpaired.
    expect(calls.headlineDetached).toBe(3);
    expect(rebuilt).toBe(4);
    const headline = doc.querySelector('h1.post_title')!;
    expect(companionOf(headline)).toBeNull();
    expect(calls.rootDetached).toBe(0);
  });

  it('without a choice of the roots again, converts a replaced headline in place and asks for no render', async () => {
    const doc = sharedPage('a.netease.html');
    const { show, calls } = await neteaseInParallel(doc);
    show();
    const old = doc.querySelector('h1.post_title')!;
    const fresh = doc.createElement('h1');
    fresh.className = 'post_title';
    fresh.textContent = '这个国家的新闻标题';
    old.replaceWith(fresh);
    await waitFor(() => companionOf(old) === null);
    await sleep(30); // the converter's batch
    expect(calls.rootDetached).toBe(0);
    expect(old.hasAttribute('lang')).toBe(false);
    expect(companionOf(fresh)).toBeNull();
    expect(fresh.textContent).toBe('這個國家的新聞標題');
  });

  it("gives the popup the headline's title in the reader's script, as the converted mode does", async () => {
    const doc = sharedPage('a.netease.html');
    const { show } = await neteaseInParallel(doc);
    const converted = shownArticleTitle(doc, 'netease');
    expect(converted).toBe('HBM一貨難求：SK海力士、三星與長鑫存儲的產能賽跑');
    show();
    expect(ownText(doc.querySelector('h1.post_title')!)).toBe(
      'HBM一货难求：SK海力士、三星与长鑫存储的产能赛跑',
    );
    expect(shownArticleTitle(doc, 'netease')).toBe(converted);
  });
});

describe('parallelRoots and the headline', () => {
  it('adds no headline that is inside the article root, holds it, or sits in furniture', () => {
    const inside = documentWithBody(
      '<article id="root"><h1>這個國家的新聞標題</h1><p>這裡的溫度很高。</p></article>',
    );
    const root = inside.getElementById('root')!;
    expect(
      parallelRoots({ document: inside, neteaseKind: 'mirror', articleRoot: root }).roots,
    ).toEqual([root]);
    const aside = documentWithBody(
      '<aside><article><h1>相關文章的標題</h1></article></aside>' +
        '<div id="root"><p>這裡的溫度很高。</p><p>國家的發展值得關注。</p></div>',
    );
    const bodyRoot = aside.getElementById('root')!;
    expect(
      parallelRoots({ document: aside, neteaseKind: 'mirror', articleRoot: bodyRoot }).roots,
    ).toEqual([bodyRoot]);
    // Not on pages that are not NetEase-style: there the root is widened to the article.
    expect(
      parallelRoots({ document: aside, neteaseKind: null, articleRoot: bodyRoot }).skipFurniture,
    ).toBe(true);
  });

  it('on a mirror, pairs its `h1.entry-title` outside the article body', () => {
    const doc = sharedPage('a.mirror.html');
    const verdict = detectNeteasePage({
      document: doc,
      url: 'https://mirror.example/archives/1.html',
    });
    expect(verdict.kind).toBe('mirror');
    const headline = doc.querySelector('h1.entry-title')!;
    expect(verdict.articleRoot!.contains(headline)).toBe(false);
    expect(
      parallelRoots({ document: doc, neteaseKind: 'mirror', articleRoot: verdict.articleRoot })
        .roots,
    ).toEqual([headline, verdict.articleRoot]);
  });

  it('passes over a first match that is hidden, in a dialog, in furniture or in a control', () => {
    const body = '<div id="root"><p>這裡的溫度很高。</p><p>國家的發展值得關注。</p></div>';
    const real = '<div class="post_title"><h1 id="real">這個國家的新聞標題</h1></div>';
    for (const decoy of [
      '<div hidden><h1 class="post_title">隱藏的標題</h1></div>',
      '<h1 class="post_title" hidden>隱藏的標題</h1>',
      '<dialog><h1 class="post_title">登入的標題</h1></dialog>',
      '<div role="dialog"><h1 class="post_title">登入的標題</h1></div>',
      '<header><h1 class="post_title">網站的標題</h1></header>',
      '<div role="banner"><h1 class="post_title">網站的標題</h1></div>',
      '<nav><h1 class="post_title">導覽的標題</h1></nav>',
      '<aside><h1 class="post_title">相關文章的標題</h1></aside>',
      '<footer><h1 class="post_title">頁尾的標題</h1></footer>',
      '<article><footer><h1 class="post_title">延伸閱讀的標題</h1></footer></article>',
      '<a href="/next.html"><h1 class="post_title">下一篇的標題</h1></a>',
      '<button><h1 class="post_title">按鈕的標題</h1></button>',
      '<div role="button"><h1 class="post_title">按鈕的標題</h1></div>',
      '<div role="tablist"><h1 class="post_title" role="tab">分頁的標題</h1></div>',
    ]) {
      const doc = documentWithBody(decoy + real + body);
      const root = doc.getElementById('root')!;
      const chosen = parallelRoots({ document: doc, neteaseKind: 'netease', articleRoot: root });
      expect(chosen.roots, decoy).toEqual([doc.getElementById('real'), root]);
      expect(chosen.headline, decoy).toBe(doc.getElementById('real'));
    }
  });

  it("takes a headline in the article's own header, not the site's", () => {
    const doc = documentWithBody(
      '<header id="site"><h1 class="post_title">網站的標題</h1></header>' +
        '<main><article><header><h1 id="real">這個國家的新聞標題</h1></header>' +
        '<div id="root"><p>這裡的溫度很高。</p></div></article></main>',
    );
    const root = doc.getElementById('root')!;
    expect(
      parallelRoots({ document: doc, neteaseKind: 'netease', articleRoot: root }).roots,
    ).toEqual([doc.getElementById('real'), root]);
    // With nothing fit, no headline: the body alone.
    doc.getElementById('real')!.setAttribute('hidden', '');
    expect(
      parallelRoots({ document: doc, neteaseKind: 'netease', articleRoot: root }),
    ).toMatchObject({ roots: [root], headline: null });
  });

  it('on a legacy NetEase page, pairs its `h1#h1title` above `#endText`', async () => {
    const url = 'https://news.163.com/21/0315/10/G5ABCDEF0001899O.html';
    const doc = fixturePage('netease-extra/netease-legacy.html');
    const verdict = detectNeteasePage({ document: doc, url });
    expect(verdict.kind).toBe('netease');
    expect(verdict.articleRoot?.id).toBe('endText');
    // Read from the headline now, not from the `<title>` for want of one.
    expect(verdict.title).toBe('工信部：加快推进集成电路产业发展');
    doc.title = '';
    expect(detectNeteasePage({ document: doc, url }).title).toBe(
      '工信部：加快推进集成电路产业发展',
    );
    const headline = doc.getElementById('h1title')!;
    expect(
      parallelRoots({ document: doc, neteaseKind: 'netease', articleRoot: verdict.articleRoot })
        .roots,
    ).toEqual([headline, verdict.articleRoot]);
    const { show } = await neteaseInParallel(doc, url);
    show();
    expect(ownText(headline)).toBe('工信部：加快推进集成电路产业发展');
    const traditional = cnToTw('工信部：加快推进集成电路产业发展');
    expect(traditional).not.toBe('工信部：加快推进集成电路产业发展');
    expect(companionOf(headline)?.textContent).toBe(traditional);
    expect(shownArticleTitle(doc, 'netease')).toBe(traditional);
  });
});

describe('the headline of a mirror known by its annotations alone, in side by side', () => {
  const served = '记忆体价格上涨潮持续，手机厂商调整销售策略';
  const converted = cnToTw(served);

  /**
   * The side-by-side view of a mirror whose article is `#story`; `show` chooses the roots as the
   * reading modes do, with the conversion shown now.
   */
  function mirrorInParallel(doc: Document, converter: PageConverter) {
    const calls = { headlineDetached: 0 };
    const view = new ParallelView({
      document: doc,
      onExcludedChange: (blocks) => converter.setExcludedSubtrees(blocks),
      onHeadlineDetached: () => {
        calls.headlineDetached += 1;
      },
    });
    cleanups.push(() => {
      view.clear();
      converter.dispose();
    });
    const article = doc.getElementById('story')!;
    const show = () => {
      const roots = parallelRoots({ document: doc, neteaseKind: 'mirror', articleRoot: article });
      view.show({ ...roots, ...shownConversion(converter) });
      return roots;
    };
    return { article, calls, show };
  }

  /** A table layout's mirror in Simplified, converted to Traditional, and its parallel view. */
  async function tableMirror(body: string) {
    const doc = documentWithBody(body, 'zh-CN');
    doc.title = `${served} - 某某科技论坛`;
    const converter = createConverter(doc);
    await converter.convert({ target: 'tw' });
    const { article, calls, show } = mirrorInParallel(doc, converter);
    return { doc, article, roots: show(), calls };
  }

  it('pairs the title cell above the article, and still knows it once it shows the original', async () => {
    const { doc, article, roots, calls } = await tableMirror(
      `<table><tr><td id="headline" class="title"><font size="5"><b>${served}</b></font></td></tr>` +
        '<tr><td>来源：网络 时间：2025-12-03</td></tr>' +
        '<tr><td id="story">这个国家的记忆体产业。<br><br>厂商调整销售策略。</td></tr></table>',
    );
    const headline = doc.getElementById('headline')!;
    // The title the tab shows is converted, as the headline was when the roots were chosen.
    expect(doc.title).toBe(`${converted} - 某某科技論壇`);
    expect(roots).toMatchObject({ roots: [headline, article], headline });
    expect(ownText(headline)).toBe(served);
    expect(companionOf(headline)?.textContent).toBe(converted);
    // Shown in the original beside its companion, it is still the title's headline: the page's
    // changes (which the watch answers by looking again) and the glossary find the same one.
    expect(roots.findHeadline!()).toBe(headline);
    expect(
      glossaryScope({
        document: doc,
        neteaseKind: 'mirror',
        articleRoot: () => article,
        scope: 'article',
      }).searched,
    ).toEqual([headline, article]);
    doc.body.append(doc.createElement('div'));
    await sleep(300);
    expect(calls.headlineDetached).toBe(0);
    expect(companionOf(headline)?.textContent).toBe(converted);
  });

  it('keeps the title cell paired when the reader turns to Hong Kong’s forms', async () => {
    // 台湾, 这里 and 着 are 臺灣, 這裡 and 著 in Taiwan's forms, 台灣, 這裏 and 着 in Hong Kong's.
    const text = '台湾记忆体价格在这里上涨，厂商着急调整';
    const doc = documentWithBody(
      `<table><tr><td id="headline" class="title"><b>${text}</b></td></tr>` +
        '<tr><td id="story">这个国家的记忆体产业。<br><br>厂商调整销售策略。</td></tr></table>',
      'zh-CN',
    );
    doc.title = `${text} - 某某科技论坛`;
    const converter = createConverter(doc);
    const { show } = mirrorInParallel(doc, converter);
    const headline = doc.getElementById('headline')!;
    await converter.convert({ target: 'tw' });
    expect(show().headline).toBe(headline);
    // The title reads Hong Kong's forms when the roots are chosen again, while the headline still
    // shows the original beside its companion in Taiwan's: the headline it was.
    await converter.convert({ target: 'hk' });
    expect(doc.title).toBe('台灣記憶體價格在這裏上漲，廠商着急調整 - 某某科技論壇');
    expect(show().headline).toBe(headline);
    expect(ownText(headline)).toBe(text);
    expect(companionOf(headline)?.textContent).toBe('台灣記憶體價格在這裏上漲，廠商着急調整');
  });

  it('pairs a Discuz thread’s title heading with the post', async () => {
    const { doc, article, roots } = await tableMirror(
      `<table><tr><td class="plc"><h1 class="ts"><a href="/forum.php?typeid=1">[转载]</a> ` +
        `<span id="thread_subject">${served}</span></h1></td></tr></table>` +
        '<table><tr><td class="pls">作者</td><td id="story">这个国家的记忆体产业。<br><br>厂商调整销售策略。</td></tr></table>',
    );
    const headline = doc.querySelector('h1.ts')!;
    expect(roots.roots).toEqual([headline, article]);
    expect(companionOf(headline)?.textContent).toBe(`[轉載] ${converted}`);
    expect(ownText(headline)).toBe(`[转载] ${served}`);
  });
});
