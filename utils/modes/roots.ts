import type { OpenccLocale } from '../convert/opencc-chains.ts';
import { targetLang, type TargetLang } from '../convert/target.ts';
import { ARTICLE_HEADLINES } from '../detect/netease.ts';
import { findMirrorHeadline, isOutOfPlace } from './headline-find.ts';

export interface ParallelRootsInput {
  readonly document: Document;
  /** The NetEase verdict's kind: `netease`, `mirror`, or null for any other page. */
  readonly neteaseKind: 'netease' | 'mirror' | null;
  /** The article root on NetEase-style pages, else the densest text block, else null. */
  readonly articleRoot: Element | null;
}

export interface ParallelRoots {
  readonly roots: readonly Element[];
  /** Whether blocks in page furniture (nav, header, footer, aside) are left out. */
  readonly skipFurniture: boolean;
  /**
   * The guessed block's `article`, taken alone because no `article` stands beside it yet: when
   * the page puts one there (infinite scroll loading the next post), the roots are to be chosen
   * again, as they would be on a first look at the page. Null otherwise.
   */
  readonly loneArticle: Element | null;
  /**
   * The article's headline when it is a root of its own (first in `roots`), else null. The page
   * may render it anew (a framework replacing the title's node) while the article stays: that
   * is not a new article, and calls for no render of the session (see `onHeadlineDetached`).
   */
  readonly headline: Element | null;
  /**
   * Looks for the article's headline again (on NetEase-style pages, else null): one the page
   * puts in, or puts back, after the roots were chosen is to be paired too.
   */
  readonly findHeadline: (() => Element | null) | null;
}

const MAIN_SELECTOR = 'article, main, [role="main"]';

/**
 * Where the parallel mode puts companions. On a NetEase-style page, the article root is known,
 * and only it gets companions, with the article's headline when it stands outside the root
 * (NetEase's `h1.post_title` above `.post_body`): navigation, sidebars and the rest of the page
 * are converted in place. On any other page the densest text block is a guess that may leave out
 * the headings and lists around it, so the `article`/`main` that holds it is taken when there is
 * one, else the guess, else the page's `main`/`article`, else the body; furniture inside is left
 * out.
 */
export function parallelRoots({
  document,
  neteaseKind,
  articleRoot,
}: ParallelRootsInput): ParallelRoots {
  if (neteaseKind !== null && articleRoot !== null) {
    const findHeadline = () => articleHeadlineOutside(document, neteaseKind, articleRoot);
    const headline = findHeadline();
    return {
      roots: headline === null ? [articleRoot] : [headline, articleRoot],
      skipFurniture: false,
      loneArticle: null,
      headline,
      findHeadline,
    };
  }
  const holder = articleRoot !== null ? holderOf(articleRoot) : null;
  const root =
    holder?.element ?? articleRoot ?? document.querySelector(MAIN_SELECTOR) ?? document.body;
  return {
    roots: root === null ? [] : [root],
    skipFurniture: true,
    loneArticle: holder?.lone === true ? holder.element : null,
    headline: null,
    findHeadline: null,
  };
}

/**
 * The headline of a NetEase-style page's article, found where the detection reads the title
 * (`ARTICLE_HEADLINES`, the surest place first), when it stands outside the article root: null
 * when it is inside (the root's own blocks hold it) or holds the root. A selector's first match
 * that is blank, hidden, in furniture or in a control (`isOutOfPlace`) is passed over for the
 * next selector's. On a mirror that none finds (a Discuz post, a table layout, a `<div>` of
 * `<br>` lines: the layouts known by the tool's annotations alone), the headline is Discuz's
 * thread title or the element before the root that stands as a heading and reads as the
 * document's title (`findMirrorHeadline`). The glossary searches it too
 * (utils/glossary/page-scope.ts).
 */
export function articleHeadlineOutside(
  document: Document,
  kind: 'netease' | 'mirror',
  articleRoot: Element,
): Element | null {
  for (const selector of ARTICLE_HEADLINES[kind]) {
    const headline = document.querySelector(selector);
    if (headline === null || (headline.textContent ?? '').trim() === '') continue;
    if (isOutOfPlace(headline)) continue;
    if (headline.contains(articleRoot) || articleRoot.contains(headline)) return null;
    return headline;
  }
  return kind === 'mirror' ? findMirrorHeadline(document, articleRoot) : null;
}

/**
 * The `article`/`main` that holds the guessed block. An `article` with `article`s beside it is one
 * post of a thread or one comment of many (the densest, which is how it was guessed): then their
 * common parent, so that every post and the thread's title get their companions, not the longest
 * post alone. `lone`: an `article` taken alone, which another beside it would change.
 */
function holderOf(guess: Element): { element: Element; lone: boolean } | null {
  const holder = guess.closest(MAIN_SELECTOR);
  if (holder === null) return null;
  if (holder.localName !== 'article') return { element: holder, lone: false };
  const parent = holder.parentElement;
  if (parent === null || parent === guess.ownerDocument.documentElement) {
    return { element: holder, lone: false };
  }
  for (const child of parent.children) {
    if (child !== holder && child.localName === 'article') return { element: parent, lone: false };
  }
  return { element: holder, lone: true };
}

/**
 * The `lang` of text in an opencc locale, the one the converter writes for that target: the
 * side-by-side mode compares the two ends of a conversion by it, so Hong Kong and Taiwan text
 * (hk → tw) count as different, and each copy reads in its own region's forms and voice.
 */
export function localeLang(locale: OpenccLocale): TargetLang {
  if (locale === 'cn') return targetLang('cn');
  return targetLang(locale === 'hk' || locale === 'hkp' ? 'hk' : 'tw');
}
