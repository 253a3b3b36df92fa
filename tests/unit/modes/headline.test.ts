import * as OpenCC from 'opencc-js';
import { afterEach, describe, expect, it } from 'vitest';
import type { PageConverter } from '../../../utils/convert/page-converter.ts';
import { detectNeteasePage } from '../../../utils/detect/netease.ts';
import { COMPANION_SELECTOR } from '../../../utils/modes/companion.ts';
import { ParallelView } from '../../../utils/modes/parallel.ts';
import { localeLang, parallelRoots } from '../../../utils/modes/roots.ts';
import {
  createConverter,
  documentWithBody,
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

/** A NetEase article converted to Traditional, as the reader converts it, and its parallel view. */
async function neteaseInParallel(doc: Document, url = ARTICLE_URL) {
  const converter: PageConverter = createConverter(doc);
  await converter.convert({ target: 'tw' });
  const verdict = detectNeteasePage({ document: doc, url });
  const view = new ParallelView({
    document: doc,
    onExcludedChange: (blocks) => converter.setExcludedSubtrees(blocks),
  });
  cleanups.push(() => {
    view.clear();
    converter.dispose();
  });
  const text = converter.activeTextConverter()!;
  const show = () =>
    view.show({
      ...parallelRoots({
        document: doc,
        neteaseKind: verdict.kind,
        articleRoot: verdict.articleRoot,
      }),
      converter: text,
      originals: {
        textOf: (node) => converter.originalTextOf(node),
        attributeOf: (element, name) => converter.originalAttributeOf(element, name),
      },
      targetLang: localeLang(text.to),
      sourceLang: localeLang(text.from),
      label: 'Converted',
    });
  return { converter, view, verdict, show };
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

  it('pairs a headline the page replaces, and lets go of the one it took out', async () => {
    const doc = sharedPage('a.netease.html');
    const { show } = await neteaseInParallel(doc);
    show();
    const old = doc.querySelector('h1.post_title')!;
    const fresh = doc.createElement('h1');
    fresh.className = 'post_title';
    fresh.textContent = '这个国家的新闻标题';
    old.replaceWith(fresh);
    // The reader renders again when a root leaves the page (`onRootDetached`), and shows anew.
    show();
    expect(ownText(fresh)).toBe('这个国家的新闻标题');
    expect(companionOf(fresh)?.textContent).toBe('這個國家的新聞標題');
    expect(companionOf(old)).toBeNull();
    expect(old.hasAttribute('lang')).toBe(false);
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
});
