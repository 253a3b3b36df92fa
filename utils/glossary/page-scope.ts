/**
 * Where on a page glossary terms are looked for, and which page changes mean
 * they must be looked for again.
 */
import { articleHeadlineOutside } from '../modes/roots.ts';
import type { GlossaryScope } from '../settings/schema.ts';

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
      return {
        root: article,
        searched: headline === null ? [article] : [headline, article],
        findHeadline,
      };
    }
  }
  const body = document.body;
  return { root: body, searched: body === null ? [] : [body], findHeadline: null };
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
