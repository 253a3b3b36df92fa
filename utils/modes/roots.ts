import type { OpenccLocale } from '../convert/opencc-chains.ts';

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
}

const MAIN_SELECTOR = 'article, main, [role="main"]';

/**
 * Where the parallel mode puts companions. On a NetEase-style page, the article root is known,
 * and only it gets companions (title, navigation and sidebars are converted in place). On any
 * other page the densest text block is a guess that may leave out the headings and lists
 * around it, so the `article`/`main` that holds it is taken when there is one, else the guess,
 * else the page's `main`/`article`, else the body; furniture inside is left out.
 */
export function parallelRoots({
  document,
  neteaseKind,
  articleRoot,
}: ParallelRootsInput): ParallelRoots {
  if (neteaseKind !== null && articleRoot !== null) {
    return { roots: [articleRoot], skipFurniture: false };
  }
  const root =
    (articleRoot !== null ? holderOf(articleRoot) : null) ??
    articleRoot ??
    document.querySelector(MAIN_SELECTOR) ??
    document.body;
  return { roots: root === null ? [] : [root], skipFurniture: true };
}

/**
 * The `article`/`main` that holds the guessed block. An `article` with `article`s beside it is one
 * post of a thread or one comment of many (the densest, which is how it was guessed): then their
 * common parent, so that every post and the thread's title get their companions, not the longest
 * post alone.
 */
function holderOf(guess: Element): Element | null {
  const holder = guess.closest(MAIN_SELECTOR);
  if (holder === null || holder.localName !== 'article') return holder;
  const parent = holder.parentElement;
  if (parent === null || parent === guess.ownerDocument.documentElement) return holder;
  for (const child of parent.children) {
    if (child !== holder && child.localName === 'article') return parent;
  }
  return holder;
}

/** The `lang` of text in an opencc locale's script. */
export function scriptLang(locale: OpenccLocale): 'zh-Hans' | 'zh-Hant' {
  return locale === 'cn' ? 'zh-Hans' : 'zh-Hant';
}
