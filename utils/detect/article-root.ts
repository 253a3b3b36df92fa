import { isInlineElement } from '../convert/dom-rules.ts';
import { blockOf, type DisclaimerMatch, findNeteaseDisclaimers } from './disclaimer.ts';
import { leadingText, MAX_SAMPLED_TEXT_NODES } from './page-text.ts';

/**
 * The element that holds an article's text, so that reading modes and the
 * mirror repair can focus on it.
 */

export interface FindArticleRootInput {
  document: Document;
  verdict: { kind: 'netease' | 'mirror' | null };
  /** The notices already found on the page (saves a second scan). */
  disclaimers?: readonly DisclaimerMatch[];
  /** `findArticleInCode`'s answer, when detection already asked it (saves a second read). */
  articleInCode?: Element | null;
}

/**
 * - NetEase, and mirrors that kept its markup: `.post_body`.
 * - Otherwise, on NetEase-style pages: the block holding the paragraphs that end with the
 *   NetEase Hao notice (a WordPress `div.entry-content`, the mobile site's article).
 * - On a mirror without such a notice of its own: the same inside a `<blockquote>` that quotes
 *   the whole copy, its notice included; then a whole article kept in `<pre><code>`.
 * - Otherwise, and when the above finds nothing: the densest text block, on NetEase-style pages
 *   with text between `<br>`s counted too (`findDensestLines`).
 */
export function findArticleRoot({
  document,
  verdict,
  disclaimers,
  articleInCode,
}: FindArticleRootInput): Element | null {
  const postBody = document.querySelector('.post_body');
  if (verdict.kind !== null) {
    if (postBody) return postBody;
    // A mirror, or a NetEase page without the desktop markup (the mobile site): the notice ends
    // the article, where a denser block (the readers' comments) may come after it.
    for (const notice of disclaimers ?? findNeteaseDisclaimers(document)) {
      const root = articleEndingWith(notice);
      if (root) return root;
    }
    if (verdict.kind === 'mirror') {
      // A page that quotes a mirror's whole copy in a <blockquote> is one (the tool's
      // annotations tell), and the quote is its article, though its notice is not the page's
      // own. Its paragraphs may be <div>s or lines split by <br>, which the densest block does
      // not see: it would take a box of related links with a line of text each. Only a root
      // inside the quotation is taken, and no quotation in the page's furniture (a reader
      // quoting the notice in the comments).
      const quotedIn = (quote: Element) => quote.closest(FURNITURE) === null && !inNamedBox(quote);
      for (const notice of findNeteaseDisclaimers(document, { quotedIn })) {
        const root = articleEndingWith(notice);
        if (root && notice.element.closest('blockquote')?.contains(root)) return root;
      }
      const article = articleInCode !== undefined ? articleInCode : findArticleInCode(document);
      if (article) return article;
    }
    return findDensestLines(document);
  }
  return findDensestTextBlock(document);
}

/**
 * The block with the most text that is not link text, outside page furniture, on a NetEase-style
 * page whose article neither NetEase's markup nor the notice marks (a mirror known by the tool's
 * annotations alone). Copy sites keep the whole article in one `<div>` or `<td>` split by `<br>`
 * (a Discuz post), or one `<div>` per paragraph, where `findDensestTextBlock`, which counts `<p>`s
 * only, sees none of it and takes a footer's or a box of links' paragraphs. A `<p>` counts for the
 * block that holds it, as there, and so does a `<div>` or `<section>` paragraph beside others.
 */
function findDensestLines(document: Document): Element | null {
  const body = document.body;
  if (body === null) return null;
  const scores = new Map<Element, number>();
  /** The block each text node's parent counts for, or null when its text does not count. */
  const holders = new Map<Element, Element | null>();
  /** Paragraphs of each block that holds one (`directParagraphs`), counted once. */
  const paragraphs = new Map<Element, number>();
  /** Whether each wrapper of a `<div>` of lines holds paragraphs alone, asked once. */
  const alone = new Map<Element, boolean>();
  /**
   * The block each block's text counts for, found once per block: asked for each inline
   * parent, a `<div>` of 4,000 `<span>`s read its whole text 4,000 times (16 s in happy-dom).
   */
  const blockHolders = new Map<Element, Element>();
  const holderOf = (text: Node, parent: Element): Element | null => {
    if (UNSHOWN.has(parent.localName) || parent.closest(`a, ${FURNITURE}`) !== null) return null;
    if (inNamedBox(parent)) return null;
    const block = blockOf(text);
    if (block === null || block === body) return block;
    let holder = blockHolders.get(block);
    if (holder === undefined) {
      holder = holderOfBlock(block);
      blockHolders.set(block, holder);
    }
    return holder;
  };
  const holderOfBlock = (block: Element): Element => {
    const container = block.parentElement;
    if (container === null || !isParagraph(block)) return block;
    if (block.localName === 'p') return container;
    // A <div> of lines split by <br> is an article of its own, not a paragraph beside a byline
    // written as a <div>: counted for their wrapper, the related posts and the copyright box
    // beside it would be the article too. It is one where its wrapper holds paragraphs alone
    // (the article's lines and the notice in a <div> of its own after them).
    if (holdsLines(block)) {
      let paragraphsAlone = alone.get(container);
      if (paragraphsAlone === undefined) {
        paragraphsAlone = holdsParagraphsAlone(container);
        alone.set(container, paragraphsAlone);
      }
      if (!paragraphsAlone) return block;
    }
    let count = paragraphs.get(container);
    if (count === undefined) {
      count = directParagraphs(container);
      paragraphs.set(container, count);
    }
    return count >= MIN_ARTICLE_PARAGRAPHS ? container : block;
  };
  const walker = document.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  let nodes = 0;
  for (
    let node = walker.nextNode();
    node !== null && nodes < MAX_SAMPLED_TEXT_NODES;
    node = walker.nextNode(), nodes++
  ) {
    const parent = node.parentElement;
    if (parent === null) continue;
    let holder = holders.get(parent);
    if (holder === undefined) {
      holder = holderOf(node, parent);
      holders.set(parent, holder);
    }
    if (holder === null) continue;
    const length = nonSpaceLength((node as Text).data);
    if (length > 0) scores.set(holder, (scores.get(holder) ?? 0) + length);
  }
  return highestScored(scores);
}

/**
 * Whether `block` holds at least `MIN_ARTICLE_PARAGRAPHS` lines of text split by `<br>`s (in it
 * or in its inline elements; `block` holds no blocks). Stops at the second line.
 */
function holdsLines(block: Element): boolean {
  if (block.querySelector('br') === null) return false;
  const walker = block.ownerDocument.createTreeWalker(block, 1 | 4 /* elements, text */);
  let lines = 0;
  let text = false;
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    if (node.nodeType === 3) {
      if (!text && nonSpaceLength((node as Text).data) > 0) {
        text = true;
        if (++lines >= MIN_ARTICLE_PARAGRAPHS) return true;
      }
    } else if ((node as Element).localName === 'br') {
      text = false;
    }
  }
  return false;
}

/** Whether every element in `container` is a paragraph (`isParagraph`) or inline. */
function holdsParagraphsAlone(container: Element): boolean {
  for (const child of container.children) {
    if (!isInlineElement(child) && !isParagraph(child)) return false;
  }
  return true;
}

/** Elements whose text is not shown. */
const UNSHOWN = new Set(['script', 'style', 'noscript', 'template']);

/** The article that `notice` ends, or null when it ends no paragraphs nor lines of one. */
function articleEndingWith({
  element,
  inLongBlock,
  endsLinesOfArticle,
}: DisclaimerMatch): Element | null {
  // The whole article in one block, its paragraphs split by <br>, the notice its last lines.
  if (inLongBlock && element !== element.ownerDocument.body) return element;
  const root = paragraphsEndingWith(element);
  // A short one (a news flash), unless paragraphs of an article come before the notice's box:
  // a box of credits and links ends with the notice too, and a head of title and date comes
  // before a flash.
  if (endsLinesOfArticle && element !== element.ownerDocument.body) {
    return root !== null && textLength(root) >= MIN_ARTICLE_TEXT ? root : element;
  }
  return root;
}

/**
 * The `<code>` of a `<pre><code>` that holds the page's article: some copy sites keep the whole
 * copy so, as Markdown renders a fenced block. Its text is then the page's own, not a code sample
 * (`leadingText`). Such a block is long (`MIN_CODE_ARTICLE_HAN` Han characters), on many lines of
 * Chinese text (`MIN_CODE_ARTICLE_LINES`: the article's paragraphs), and carries most of the
 * page's text: more Han characters than the rest of the page has letters, outside code and its furniture
 * (`isBesideArticle`). A developer's post that shows a mirror's text as a sample shows a few
 * lines of it, or explains it at greater length than it quotes. Null when no block is one.
 */
export function findArticleInCode(document: Document): Element | null {
  const body = document.body;
  if (body === null) return null;
  let article: Element | null = null;
  let articleHan = 0;
  // Long listings of code come in number on a developer's pages: what is read of them is bounded.
  let budget = CODE_SCAN_CHARACTERS;
  const blocks = body.querySelectorAll('pre > code');
  for (let i = 0; i < blocks.length && budget > 0; i++) {
    const code = blocks[i]!;
    const { han, lines, read } = chineseTextOf(code, budget);
    budget -= read;
    if (han >= MIN_CODE_ARTICLE_HAN && lines >= MIN_CODE_ARTICLE_LINES && han > articleHan) {
      article = code;
      articleHan = han;
    }
  }
  if (article === null) return null;
  // The rest of the page, code samples left out: the block's own text is not in it. Its
  // words in any script count, not only its Han characters: a post in English (a README, a
  // bug report) that shows a long mirror sample is the post's, not the sample's. A Latin word
  // of about five letters says what two Han characters do, hence a third for each letter.
  const rest = leadingText(document, CODE_SCAN_CHARACTERS, undefined, isBesideArticle);
  const restHan = countHan(rest);
  const restWeight = restHan + (countLetters(rest) - restHan) / 3;
  return articleHan > restWeight ? article : null;
}

/** Han characters of an article kept in `<pre><code>`: more than a sample of a few lines. */
const MIN_CODE_ARTICLE_HAN = 300;
/** Lines holding Chinese text in an article kept in `<pre><code>`: its paragraphs. */
const MIN_CODE_ARTICLE_LINES = 4;
/** Characters of code blocks read to find an article in one, and of the page to compare it to. */
const CODE_SCAN_CHARACTERS = 50_000;

const HAN_CHARACTER = /\p{Script=Han}/gu;

function countHan(text: string): number {
  return text.match(HAN_CHARACTER)?.length ?? 0;
}

const LETTER = /\p{L}/gu;

function countLetters(text: string): number {
  return text.match(LETTER)?.length ?? 0;
}

/**
 * The Han characters in the first `most` characters of `element`'s text, the lines that hold
 * them (split at line feeds, which a `<pre>` shows), and how many characters were read.
 */
function chineseTextOf(
  element: Element,
  most: number,
): { han: number; lines: number; read: number } {
  const walker = element.ownerDocument.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
  let han = 0;
  let lines = 0;
  let read = 0;
  let lineHasHan = false;
  for (let node = walker.nextNode(); node !== null && read < most; node = walker.nextNode()) {
    const data = (node as Text).data.slice(0, most - read);
    read += data.length;
    // A highlighted block splits its lines across text nodes: a line goes on in the next node.
    const pieces = data.split('\n');
    for (let k = 0; k < pieces.length; k++) {
      if (k > 0) {
        if (lineHasHan) lines++;
        lineHasHan = false;
      }
      const count = countHan(pieces[k]!);
      han += count;
      if (count > 0) lineHasHan = true;
    }
  }
  if (lineHasHan) lines++;
  return { han, lines, read };
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

/**
 * Whether `element` is furniture that comes after or beside an article: navigation, a footer,
 * a sidebar, a comment section. Not a header or a form, which may hold a page's own text.
 */
export function isBesideArticle(element: Element): boolean {
  return element.matches(BESIDE_ARTICLE) || isNamedBox(element);
}

const BESIDE_ARTICLE =
  'nav, footer, aside, [role="navigation"], [role="complementary"], [role="contentinfo"]';

/**
 * The ids and class names of a site's footer and sidebar where they are `<div>`s (older themes,
 * and WordPress's): `div#footer`, `.site-footer`, `#sidebar`, `.sidebar`, `.widget-area`. Whole
 * names only, in any case (`#Footer`): `entry-footer` and `post-footer` are boxes of an article's
 * own, `sidebar-toggle` a button, `has-sidebar` a layout.
 */
const FURNITURE_NAMES = new Set(['footer', 'site-footer', 'sidebar', 'widget-area']);

/** Whether `element` is a comment section, a footer or a sidebar by its id or a class. */
function isNamedBox(element: Element): boolean {
  if (element.id !== '' && FURNITURE_NAMES.has(element.id.toLowerCase())) return true;
  for (const name of element.classList) {
    if (FURNITURE_NAMES.has(name.toLowerCase())) return true;
  }
  return isCommentSection(element);
}

/** Whether `element` is in a comment section, a footer or a sidebar by name, up to the body. */
function inNamedBox(element: Element): boolean {
  for (let at: Element | null = element; at !== null; at = at.parentElement) {
    if (at.localName === 'body') return false;
    if (isNamedBox(at)) return true;
  }
  return false;
}

/**
 * Page furniture whose paragraphs are never the article, with a footer or a sidebar known by its
 * name (`inNamedBox`). Readers' comments are not either: they can be longer than a short article
 * above them (NetEase's mobile site without the notice).
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
      furnished = parent.closest(FURNITURE) !== null || inNamedBox(parent);
      furnishedParent.set(parent, furnished);
    }
    if (furnished || paragraph.matches(FURNITURE)) continue;
    let score = textLength(paragraph);
    if (paragraph.firstElementChild !== null) score -= linkTextLength(paragraph);
    scores.set(parent, (scores.get(parent) ?? 0) + score);
  }
  return highestScored(scores);
}

/** The element with the highest score above 0, the first of those tied; null when none. */
function highestScored(scores: ReadonlyMap<Element, number>): Element | null {
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
  return nonSpaceLength(element.textContent ?? '');
}

/** Characters of `text` that are not white space (as `\s` counts it). */
function nonSpaceLength(text: string): number {
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
