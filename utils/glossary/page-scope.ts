/**
 * Where on a page glossary terms are looked for, and which page changes mean
 * they must be looked for again.
 */
import { findNeteaseDisclaimers, isNoticeOnly } from '../detect/disclaimer.ts';
import { articleHeadlineOutside } from '../modes/roots.ts';
import type { GlossaryScope } from '../settings/schema.ts';
import { defaultShouldSkip, isBlockBoundary } from './highlight.ts';

/** Marks the extension's own elements (cards, companions, term marks). */
const UI_ATTRIBUTE = 'data-jianfan-ui';

/**
 * The elements whose text is searched, in page order: the article on NetEase-style pages (unless
 * the reader chose the whole page), since menus, headline lists and footers there are full of
 * names that are not the article's, with its headline when that stands outside the article root
 * (NetEase's `h1.post_title` above `.post_body`: 昇騰 in the title is the article's as much as in
 * its text); the whole body elsewhere, where the article cannot be told from the rest reliably
 * enough. `root` is the one whose changes mean a new search: the article, or the body.
 *
 * The NetEase Hao notice (特别声明…) is not the article's: NetEase keeps it in `.post_statement`
 * beside `.post_body`, outside the search, but a mirror copies it into the article's own block
 * (`div.entry-content`), and the mobile site's article root holds it too. There the article is
 * searched without it (`articleWithoutNotice`), so that 视频, 用户 and 信息 in it are marked on
 * neither. It is still converted and repaired with the rest of the page: only the search leaves
 * it out. The whole page (`scope: 'page'`) keeps it.
 *
 * `articleRoot` is asked only on NetEase-style pages: elsewhere finding it means
 * scoring every paragraph, which took Firefox 120–190 ms in one task on a page of
 * 20,000 paragraphs, for an answer not used.
 */
export function glossaryScope({
  document,
  neteaseKind,
  articleRoot,
  scope,
}: {
  document: Document;
  neteaseKind: 'netease' | 'mirror' | null;
  articleRoot: () => Element | null;
  scope: GlossaryScope;
}): {
  root: Element | null;
  searched: readonly Element[];
  /**
   * Looks for the article's headline again, where the search is the article's: a page may put
   * it in (or fill it in) after a search that ran without it. Null when the body is searched.
   */
  findHeadline: (() => Element | null) | null;
} {
  if (neteaseKind !== null && scope === 'article') {
    const article = articleRoot();
    if (article?.isConnected) {
      const findHeadline = () => articleHeadlineOutside(document, neteaseKind, article);
      const headline = findHeadline();
      const parts = articleWithoutNotice(document, article);
      return {
        root: article,
        searched: headline === null ? parts : [headline, ...parts],
        findHeadline,
      };
    }
  }
  const body = document.body;
  return { root: body, searched: body === null ? [] : [body], findHeadline: null };
}

/**
 * The article to search, without the NetEase Hao notice when the article's block holds it (a
 * mirror's `div.entry-content`): the blocks around the notice, in page order, each searched on
 * its own, which finds in them what searching the article finds (`isBlockBoundary`). The notice
 * is what the detector finds (`findNeteaseDisclaimers`, the same that tells a mirror by it and
 * ends its article there): a short block holding both parts of the notice, in Chinese or in
 * English, not quoted, and nothing else (`isNoticeOnly`); a paragraph that only mentions 声明
 * or 网易号 is no notice. A notice that is one line of a block holding the article (a copy kept
 * in one block split by `<br>`, a news flash) stays: leaving out its block would leave out the article. So does one beside text or
 * inline elements of the article's own (`blocksWithout`), which the article's blocks searched
 * apart would lose or cut apart. `[article]` when there is nothing to leave out.
 */
function articleWithoutNotice(document: Document, article: Element): Element[] {
  const notices = new Set<Element>();
  for (const { element, inLongBlock, endsLinesOfArticle } of findNeteaseDisclaimers(document)) {
    if (inLongBlock || endsLinesOfArticle) continue;
    // A block with article text beside the notice (an editor's line run into it, a paragraph
    // and the notice in one box) stays whole: leaving it out would leave that text out.
    if (element === article || !article.contains(element)) continue;
    if (isNoticeOnly(element.textContent ?? '')) notices.add(element);
  }
  if (notices.size === 0) return [article];
  const blocks: Element[] = [];
  return blocksWithout(article, notices, blocks) ? blocks : [article];
}

/**
 * Adds to `blocks` the children of `container` that hold no notice, in order, and, in their
 * place, the blocks of those that hold one, without the notices. Children the search passes over
 * (`defaultShouldSkip`) and empty ones are left out. False when `container` (or a child holding a
 * notice) has text of its own beside its blocks, or an inline element: searched apart, the text
 * would not be searched, and a word split by markup (`高带宽<b>内存</b>`) would not be found.
 */
function blocksWithout(
  container: Element,
  notices: ReadonlySet<Element>,
  blocks: Element[],
): boolean {
  for (let child = container.firstChild; child !== null; child = child.nextSibling) {
    if (child.nodeType === Node.TEXT_NODE) {
      if ((child as Text).data.trim() !== '') return false;
      continue;
    }
    if (child.nodeType !== Node.ELEMENT_NODE) continue;
    const element = child as Element;
    if (notices.has(element) || defaultShouldSkip(element)) continue;
    if (!isBlockBoundary(element)) return false;
    if (holdsAny(element, notices)) {
      if (!blocksWithout(element, notices, blocks)) return false;
    } else if (element.firstChild !== null) {
      blocks.push(element);
    }
  }
  return true;
}

/** Whether `element` holds one of `notices`. */
function holdsAny(element: Element, notices: ReadonlySet<Element>): boolean {
  for (const notice of notices) if (element.contains(notice)) return true;
  return false;
}

function ownUiElement(node: Node | null): Element | null {
  if (node === null) return null;
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  return element?.closest(`[${UI_ATTRIBUTE}]`) ?? null;
}

/** Whether a node is one of our elements (or inside one), apart from parallel-mode companions. */
function isOwnUiNode(node: Node): boolean {
  const ui = ownUiElement(node);
  return ui !== null && ui.getAttribute(UI_ATTRIBUTE) !== 'companion';
}

/**
 * Whether a mutation is only the extension's own doing: changes inside our UI
 * (cards, term marks), or our elements coming and going. Such changes must not
 * start another search, or marking terms would trigger itself. Companion
 * blocks (parallel reading) hold page text, so adding one does count.
 */
export function isOwnUiMutation(record: MutationRecord): boolean {
  if (isOwnUiNode(record.target)) return true;
  if (record.type !== 'childList') return false;
  const changed = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
  return (
    changed.length > 0 &&
    changed.every(
      (node) =>
        node.nodeType === Node.ELEMENT_NODE &&
        (node as Element).hasAttribute(UI_ATTRIBUTE) &&
        (node as Element).getAttribute(UI_ATTRIBUTE) !== 'companion',
    )
  );
}
