import { type DisclaimerMatch, findNeteaseDisclaimers } from './disclaimer.ts';

/**
 * The element that holds an article's text, so that reading modes and the
 * mirror repair can focus on it.
 */

export interface FindArticleRootInput {
  document: Document;
  verdict: { kind: 'netease' | 'mirror' | null };
  /** The notices already found on the page (saves a second scan). */
  disclaimers?: readonly DisclaimerMatch[];
}

/**
 * - NetEase, and mirrors that kept its markup: `.post_body`.
 * - Otherwise, on NetEase-style pages: the block holding the paragraphs that end with the
 *   NetEase Hao notice (a WordPress `div.entry-content`, the mobile site's article).
 * - Otherwise, and when the above finds nothing: the densest text block.
 *
 * On NetEase-style pages, when that block is one part of an article split across sibling
 * wrappers (`div.post_body` and `div.post_body_more`, two `div.content`s around an ad), their
 * common parent instead, if nothing else in it is page furniture (see `wholeSplitArticle`).
 */
export function findArticleRoot({
  document,
  verdict,
  disclaimers,
}: FindArticleRootInput): Element | null {
  let notices = disclaimers;
  const noticesOnPage = () => (notices ??= findNeteaseDisclaimers(document));
  if (verdict.kind === null) return findDensestTextBlock(document);
  const part = articlePart(document, noticesOnPage);
  return part === null ? null : wholeSplitArticle(part, noticesOnPage);
}

/** The block that `findArticleRoot` describes, before a split article is put together. */
function articlePart(
  document: Document,
  noticesOnPage: () => readonly DisclaimerMatch[],
): Element | null {
  const postBody = document.querySelector('.post_body');
  if (postBody) return postBody;
  // A mirror, or a NetEase page without the desktop markup (the mobile site): the notice ends
  // the article, where a denser block (the readers' comments) may come after it.
  for (const { element, inLongBlock, endsLinesOfArticle } of noticesOnPage()) {
    // The whole article in one block, its paragraphs split by <br>, the notice its last lines.
    if (inLongBlock && element !== document.body) return element;
    const root = paragraphsEndingWith(element);
    // A short one (a news flash), unless paragraphs of an article come before the notice's box:
    // a box of credits and links ends with the notice too, and a head of title and date comes
    // before a flash.
    if (endsLinesOfArticle && element !== document.body) {
      return root !== null && textLength(root) >= MIN_ARTICLE_TEXT ? root : element;
    }
    if (root) return root;
  }
  return findDensestTextBlock(document);
}

/** Paragraphs with at least this much text before the notice make an article. */
const MIN_ARTICLE_PARAGRAPHS = 2;
/** Characters (white space aside) of an article rather than a head or a box of links. */
const MIN_ARTICLE_TEXT = 100;
/** How far up from the notice to look for its article. */
const MAX_CLIMB = 3;

/**
 * The container of the paragraph run that the notice ends: the notice's own
 * parent when it has paragraphs before it, or, when the notice sits in a
 * wrapper of its own (NetEase's `div.post_statement`), the wrapper's previous
 * sibling that holds the paragraphs.
 */
function paragraphsEndingWith(notice: Element): Element | null {
  let current: Element = notice;
  for (let level = 0; level < MAX_CLIMB; level++) {
    const parent = current.parentElement;
    if (!parent) return null;
    if (parent !== notice.ownerDocument.body) {
      if (paragraphsBefore(parent, current) >= MIN_ARTICLE_PARAGRAPHS) return parent;
    }
    const previous = current.previousElementSibling;
    if (previous && directParagraphs(previous) >= MIN_ARTICLE_PARAGRAPHS) {
      return previous;
    }
    if (parent === notice.ownerDocument.body) return null;
    current = parent;
  }
  return null;
}

/**
 * A paragraph of an article, with text: a `<p>`, or a `<div>` holding no blocks, which copy sites
 * use as one (a `<div>` that holds blocks is a section of the page, not a paragraph).
 */
function isParagraph(element: Element, depth = 0): boolean {
  const name = element.localName;
  if (name === 'div' || name === 'section') {
    const blocks = element.querySelectorAll(
      ':scope > :is(p, div, section, article, ul, ol, table)',
    );
    // A <section> around one paragraph is that paragraph: WeChat-style editors wrap every one so.
    // A <div> around one is a box of the page as often (a byline, a caption, a box of tags).
    if (name === 'section') {
      return (
        blocks.length === 1 && depth < MAX_PARAGRAPH_WRAPPERS && isParagraph(blocks[0]!, depth + 1)
      );
    }
    if (blocks.length > 0) return false;
  } else if (name !== 'p') {
    return false;
  }
  return (element.textContent ?? '').trim() !== '';
}

/** How many wrappers around one paragraph still make a paragraph. */
const MAX_PARAGRAPH_WRAPPERS = 2;

function paragraphsBefore(parent: Element, child: Element): number {
  let count = 0;
  for (
    let sibling = child.previousElementSibling;
    sibling;
    sibling = sibling.previousElementSibling
  ) {
    if (isParagraph(sibling)) count++;
  }
  return count;
}

function directParagraphs(element: Element): number {
  let count = 0;
  for (const child of element.children) if (isParagraph(child)) count++;
  return count;
}

/**
 * The common parent of `part` and the other parts of its article, when the article is split
 * across sibling wrappers (`div.post_body` and `div.post_body_more`, two `div.content`s around an
 * ad slot or a page break); else `part`.
 *
 * On these pages the root is all that the glossary searches and all that gets side-by-side
 * copies, so one part alone leaves the rest of the article without either, and a parent that
 * also holds page furniture would give the furniture both. The parent is therefore taken only
 * when the text of its other children, the notices aside, is at most `MAX_BESIDE_SHARE` of the
 * article's (a title, an ad slot, a share bar, a page break, a box of tags), and none of them is
 * or holds navigation, a sidebar, the page's own header or footer, a form, a list of links, or a
 * comment section, even an empty one (the page fills it later, inside the root). Never the body:
 * that is the whole page.
 */
function wholeSplitArticle(
  part: Element,
  noticesOnPage: () => readonly DisclaimerMatch[],
): Element {
  const parent = part.parentElement;
  const document = part.ownerDocument;
  if (parent === null || parent === document.body || parent === document.documentElement) {
    return part;
  }
  const notices = noticesOnPage();
  const parts = [...parent.children].filter(
    (child) => child === part || isOtherPart(child, notices),
  );
  if (parts.length < 2) return part;
  let article = 0;
  for (const each of parts) {
    const text = visibleTextLength(each) - noticeText(each, notices);
    // Both halves clearly article text: not a head, a caption or the notice's own box.
    if (text < MIN_ARTICLE_TEXT) return part;
    article += text;
  }
  const beside = visibleTextLength(parent) - noticeText(parent, notices) - article;
  if (beside > article * MAX_BESIDE_SHARE) return part;
  for (const child of parent.children) {
    if (!parts.includes(child) && holdsPageFurniture(child)) return part;
  }
  return parent;
}

/** How much text, beside the article's, a split article's parent may hold: a fifth of it. */
const MAX_BESIDE_SHARE = 0.2;

/**
 * Whether a sibling of the article's part is another part of it: a wrapper of at least
 * `MIN_ARTICLE_PARAGRAPHS` paragraphs, or a block of lines split by `<br>` (a copy site's form),
 * with `MIN_ARTICLE_TEXT` characters that are neither link text nor a script's. Not after a
 * notice, nor holding one: the notice ends the article (what follows is the site's, or another
 * article's).
 */
function isOtherPart(element: Element, notices: readonly DisclaimerMatch[]): boolean {
  if (element.matches(FURNITURE) || isCommentSection(element) || isSideBox(element)) return false;
  for (const { element: notice } of notices) {
    if (element.contains(notice)) return false;
    if (notice.compareDocumentPosition(element) & 4 /* Node.DOCUMENT_POSITION_FOLLOWING */) {
      return false;
    }
  }
  if (isParagraph(element)) {
    return (
      element.querySelector('br') !== null &&
      visibleTextLength(element) - linkTextLength(element) >= MIN_ARTICLE_TEXT
    );
  }
  let paragraphs = 0;
  let text = 0;
  for (const child of element.children) {
    if (!isParagraph(child)) continue;
    paragraphs++;
    text += visibleTextLength(child) - linkTextLength(child);
  }
  return paragraphs >= MIN_ARTICLE_PARAGRAPHS && text >= MIN_ARTICLE_TEXT;
}

/**
 * Characters of the notices inside `element`. A notice that is a line of a longer block is not
 * counted: its element is the article (or the flash) it ends, whose text is not the notice's.
 */
function noticeText(element: Element, notices: readonly DisclaimerMatch[]): number {
  let length = 0;
  for (const notice of notices) {
    if (notice.inLongBlock || notice.endsLinesOfArticle) continue;
    if (element.contains(notice.element)) length += textLength(notice.element);
  }
  return length;
}

/**
 * Furniture that must stay out of a split article's root: navigation, sidebars, forms, a header
 * or footer of the page (one inside an `article` or a `section` is that part's own, its title or
 * its tags), comment sections and side boxes by name, and lists of links.
 */
function holdsPageFurniture(element: Element): boolean {
  const furniture = 'nav, aside, form, [role="navigation"], [role="complementary"]';
  if (element.matches(furniture) || element.querySelector(furniture) !== null) return true;
  for (const box of [element, ...element.querySelectorAll('header, footer, [id], [class]')]) {
    if (isCommentSection(box) || isSideBox(box)) return true;
    if (
      (box.localName === 'header' || box.localName === 'footer') &&
      (box.parentElement?.closest('article, section') ?? null) === null
    ) {
      return true;
    }
  }
  const links = linkTextLength(element);
  return links >= MIN_LINK_LIST_TEXT && links * 2 >= visibleTextLength(element);
}

/**
 * Link text that makes a box whose text is mostly links a list of them (related reading, the
 * previous and next posts), rather than a share bar or a page break (微博 微信, 1 2 下一页).
 */
const MIN_LINK_LIST_TEXT = 30;

/** Whether an id or a class names the element a box beside the article (`post_side`, `related`). */
function isSideBox(element: Element): boolean {
  return [element.id, ...element.classList].some((name) =>
    wordsOf(name).some((word) => SIDE_BOX_WORDS.has(word)),
  );
}

const SIDE_BOX_WORDS = new Set([
  'side',
  'sidebar',
  'aside',
  'widget',
  'widgets',
  'related',
  'relate',
  'recommend',
  'recommended',
  'hot',
  'rank',
  'ranking',
  'nav',
  'navbar',
  'navigation',
  'menu',
  'breadcrumb',
  'breadcrumbs',
  'crumb',
]);

/** Characters of text a reader sees: no scripts' or styles' (an ad slot's `<script>`). */
function visibleTextLength(element: Element): number {
  let length = textLength(element);
  for (const hidden of element.querySelectorAll('script, style, noscript, template')) {
    length -= textLength(hidden);
  }
  return length;
}

/**
 * Whether an element is a comment section by its id or a class: a name with "comment",
 * "comments" or "gentie" (NetEase's 跟贴) among its words (`comments`, `comment-list`,
 * `post_comment`, `commentBox`, `wp-block-comments`, `article-comments`). A name that negates,
 * allows or counts comments (`no-comments` or `comments-open` on a WordPress article,
 * `with-comments`, `comment-count`) or another word (`commentary`) does not.
 */
function isCommentSection(element: Element): boolean {
  return [element.id, ...element.classList].some((name) => {
    const words = wordsOf(name);
    return (
      words.some((word) => COMMENT_WORDS.has(word)) &&
      !words.some((word) => NOT_A_COMMENT_SECTION.has(word))
    );
  });
}

const COMMENT_WORDS = new Set(['comment', 'comments', 'commentlist', 'gentie', 'disqus']);
const NOT_A_COMMENT_SECTION = new Set([
  'no',
  'has',
  'with',
  'allow',
  'allows',
  'enable',
  'enabled',
  'disabled',
  'open',
  'closed',
  'on',
  'off',
  'count',
  'number',
  'link',
]);

/** The lower-case words of an id or class name: split at `-`, `_` and camelCase humps. */
function wordsOf(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .split(/[-_]+/);
}

/** Whether `element` is in a comment section, up to the body. */
function inCommentSection(element: Element): boolean {
  for (let at: Element | null = element; at !== null; at = at.parentElement) {
    if (at.localName === 'body') return false;
    if (isCommentSection(at)) return true;
  }
  return false;
}

/**
 * Page furniture whose paragraphs are never the article. Readers' comments are not either
 * (`inCommentSection`): they can be longer than a short article above them (NetEase's mobile
 * site without the notice).
 */
const FURNITURE = 'nav, header, footer, aside, form, [role="navigation"], [role="complementary"]';

/**
 * The element whose direct `<p>` children carry the most text that is not
 * link text (navigation and link lists score low). Ties go to the first in
 * document order. `null` when the page has no such paragraphs.
 */
export function findDensestTextBlock(document: Document): Element | null {
  // Runs in one task over every paragraph of the page (side-by-side reading on pages that are
  // not NetEase articles, and NetEase-style pages without their usual markup), so it keeps to
  // what each paragraph needs: the furniture test climbs from each parent once, not from every
  // paragraph, and only a paragraph with child elements can hold links. On a page of 20,000
  // paragraphs the plain version (closest, a copy of the text without spaces and a query per
  // paragraph) took 47–58 ms in Chromium.
  const scores = new Map<Element, number>();
  const furnishedParent = new Map<Element, boolean>();
  for (const paragraph of document.querySelectorAll('p')) {
    const parent = paragraph.parentElement;
    if (!parent) continue;
    let furnished = furnishedParent.get(parent);
    if (furnished === undefined) {
      furnished = parent.closest(FURNITURE) !== null || inCommentSection(parent);
      furnishedParent.set(parent, furnished);
    }
    if (furnished || paragraph.matches(FURNITURE)) continue;
    let score = textLength(paragraph);
    if (paragraph.firstElementChild !== null) score -= linkTextLength(paragraph);
    scores.set(parent, (scores.get(parent) ?? 0) + score);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [element, score] of scores) {
    if (score > bestScore) {
      best = element;
      bestScore = score;
    }
  }
  return best;
}

/** Characters of the element's text that are not white space (as `\s` counts it). */
function textLength(element: Element): number {
  const text = element.textContent ?? '';
  let length = 0;
  for (let i = 0; i < text.length; i++) if (!isSpace(text.charCodeAt(i))) length++;
  return length;
}

/** Whether the code unit is white space as `\s` in a regular expression counts it. */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

function linkTextLength(element: Element): number {
  // Most paragraphs hold none: one look answers for them without a collection (a live one is
  // kept on the element for the page's life, 20,000 of them on a page of 20,000 paragraphs).
  if (element.querySelector('a') === null) return 0;
  let length = 0;
  const links = element.getElementsByTagName('a');
  for (let i = 0; i < links.length; i++) length += textLength(links[i]!);
  return length;
}
