import { isInlineElement, UI_ATTRIBUTE } from '../convert/dom-rules.ts';
import { isBesideArticle } from '../detect/article-root.ts';
import { parseUrl } from '../detect/netease.ts';
import { isFurniture, WIDGET_SELECTOR } from './blocks.ts';
import { COMPANION_SELECTOR } from './companion-element.ts';

/**
 * Where an article's headline stands outside its root, beyond the selectors the detection reads
 * the title from (`ARTICLE_HEADLINES`): on mirror layouts known by the tool's annotations alone
 * (a Discuz post, a table layout, a `<div>` of `<br>` lines, one `<div>` per paragraph), which
 * write their headline in no markup of their own.
 */

/**
 * What never holds a headline, wherever it stands: what is hidden or a dialog (a template, a
 * login box), and a link or a control (a teaser, a tab's label).
 */
const NEVER_HEADLINE = [
  '[hidden]',
  'dialog',
  '[role="dialog" i]',
  '[role="alertdialog" i]',
  'a[href]',
  WIDGET_SELECTOR,
];

/**
 * What a headline must not be in, besides page furniture (`isFurniture`: nav, aside, the page's
 * own header): a footer, the article's too (a related post's title), and `NEVER_HEADLINE`.
 */
const NOT_THE_HEADLINE = ['footer', ...NEVER_HEADLINE].join(', ');

/** Whether `headline`, or an element around it, is no place for the article's headline. */
export function isOutOfPlace(headline: Element): boolean {
  for (let at: Element | null = headline; at !== null; at = at.parentElement) {
    if (at.matches(NOT_THE_HEADLINE) || isFurniture(at)) return true;
  }
  return false;
}

/**
 * The headline of a mirror's article that stands outside `articleRoot`, where no selector of the
 * detection finds one: Discuz's thread title (`#thread_subject`), else the nearest element before
 * the root that stands as a heading and whose text is the headline part of the document's title
 * (`headlineByTitle`). Null when there is none, or when it is inside the root or holds it (the
 * root's own blocks hold it then).
 */
export function findMirrorHeadline(document: Document, articleRoot: Element): Element | null {
  const subject = discuzSubject(document);
  if (subject !== null) {
    return subject.contains(articleRoot) || articleRoot.contains(subject) ? null : subject;
  }
  return headlineByTitle(document, articleRoot);
}

/**
 * Discuz writes a thread's title in `<span id="thread_subject">`, in an `<h1 class="ts">` (with
 * the thread's category as a link before it) or straight in a cell or a `<div>`. The heading is
 * taken when there is one around it, its inline wrappers aside: its companion then follows the
 * whole heading, as NetEase's does. Else the subject alone, not the cell, which holds the
 * thread's tools ("[复制链接]") too. An id that is this explicit needs no other test than
 * where it stands.
 */
function discuzSubject(document: Document): Element | null {
  const subject = document.getElementById('thread_subject');
  if (subject === null || !NOT_BLANK.test(subject.textContent ?? '')) return null;
  let headline = subject;
  let at = subject.parentElement;
  while (at !== null && isInlineElement(at)) at = at.parentElement;
  if (at !== null && isHeading(at)) headline = at;
  return isOutOfPlace(headline) ? null : headline;
}

/** Text with something other than white space. */
const NOT_BLANK = /\S/;

function isHeading(element: Element): boolean {
  return HEADING_TAG.test(element.localName) || element.getAttribute('role') === 'heading';
}

const HEADING_TAG = /^h[1-6]$/;

/**
 * How many elements before the article root are looked at, at most: the headline stands right
 * above the article (a byline, a toolbar between), and `findHeadline` runs again after the
 * page's changes (`watchForHeadline`), never over the whole document.
 */
export const MAX_HEADLINE_WALK = 300;

/**
 * The nearest element before `articleRoot`, in document order, that stands as a heading (an
 * `<h1>`…`<h6>`, a block holding no blocks, such as a table layout's title cell, or an inline
 * element on a line of its own) and whose text is the headline part of `document.title`
 * (`matchesTitle`), within `MAX_HEADLINE_WALK` elements. The walk passes over what is never a
 * headline (links, controls, lists, quotations, hidden boxes, sidebars, footers, comments, our
 * own UI), and stops at the page's masthead or navigation (a `header` outside the article,
 * `[role=banner]`, `nav`): the site's logo, its name in an `<h1>`, stands there or before it,
 * never between it and the article. A text that names the site (`siteNames`) is never taken
 * either, for titles that start with the site's name. When no text matches, the headline last
 * found for the root, while it still stands before it (`lastFound`).
 */
function headlineByTitle(document: Document, articleRoot: Element): Element | null {
  const found = walkForTitle(document, articleRoot);
  if (found !== null) {
    lastFound.set(articleRoot, found);
    return found;
  }
  const last = lastFound.get(articleRoot);
  return last !== undefined && stillStands(last, articleRoot, readLimit(document)) ? last : null;
}

/**
 * The headline `headlineByTitle` last found for an article root. The title is converted with the
 * page, but in side by side the paired headline shows the original, and its companion the
 * previous target's copy until the view is shown again: when the reader turns from Taiwan's forms
 * to Hong Kong's, the roots are chosen while the title reads 這裏 and the companion 這裡, and no
 * text matches. The headline that did is still the article's, as long as it stands where it did.
 */
const lastFound = new WeakMap<Element, Element>();

/**
 * Whether `headline`, found before `articleRoot`, still stands there, in place, with a text no
 * longer than `most`.
 */
function stillStands(headline: Element, articleRoot: Element, most: number): boolean {
  return (
    headline.isConnected &&
    articleRoot.isConnected &&
    (headline.compareDocumentPosition(articleRoot) & 4) /* FOLLOWING */ !== 0 &&
    !headline.contains(articleRoot) &&
    NOT_BLANK.test(textWithin(headline, most) ?? '') &&
    !isOutOfPlace(headline)
  );
}

/**
 * How many characters of an element are read, at most: no element's text longer than this can
 * be the headline part of the title, so that a long block before the article costs no more than
 * a short one.
 */
function readLimit(document: Document): number {
  return normalize(document.title).length * 2 + 64;
}

/** The walk of `headlineByTitle`, over the page as it reads now. */
function walkForTitle(document: Document, articleRoot: Element): Element | null {
  const body = document.body;
  const title = normalize(document.title);
  if (body === null || title.length < MIN_HEADLINE_CHARACTERS || !body.contains(articleRoot)) {
    return null;
  }
  const maxRead = readLimit(document);
  let budget = MAX_HEADLINE_WALK;
  let stopped = false;
  let names: ReadonlySet<string> | null = null;

  const isHeadline = (element: Element): boolean => {
    if (!standsAsHeading(element)) return false;
    // A link's text makes no headline of a box, a cell or a line: it is a teaser (a list of hot
    // threads with this one among them, in no list and no sidebar by name). A heading's counts,
    // where old templates link the headline to its own page.
    const texts = shownTexts(element, maxRead, !isHeading(element));
    if (!texts.some((text) => matchesTitle(text, title))) return false;
    names ??= siteNames(document);
    const site = names;
    return !texts.some((text) => site.has(text));
  };

  /** The headline in `element` or its subtree, walked backwards (its last element first). */
  const search = (element: Element): Element | null => {
    if (stopped) return null;
    if (--budget < 0 || stopsWalk(element)) {
      stopped = true;
      return null;
    }
    if (isPassedOver(element)) return null;
    for (
      let child = element.lastElementChild;
      child !== null;
      child = child.previousElementSibling
    ) {
      const found = search(child);
      if (found !== null || stopped) return found;
    }
    return isHeadline(element) ? element : null;
  };

  for (let at: Element = articleRoot; at !== body;) {
    for (
      let sibling = at.previousElementSibling;
      sibling !== null;
      sibling = sibling.previousElementSibling
    ) {
      const found = search(sibling);
      if (found !== null) {
        const headline = widened(found, maxRead);
        return isOutOfPlace(headline) ? null : headline;
      }
      if (stopped) return null;
    }
    const parent = at.parentElement;
    // An ancestor holds the article: never its headline, and never a reason to stop.
    if (parent === null || --budget < 0) return null;
    at = parent;
  }
  return null;
}

/** Characters of a headline, at least: shorter, a menu's entry or a word matches as well. */
const MIN_HEADLINE_CHARACTERS = 4;

/** Text in one line, as the tab shows a title. */
function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Characters that end the headline part of a title, before the site's part: `标题 - 论坛 -
 * Powered by Discuz!`, `标题_站名`, `标题|站名`, `标题【站名】`, `标题(图)`.
 */
const TITLE_SEPARATORS = new Set([...'-–—―|｜丨_·•:：/~～,，»›>«<【】[]()（）《》「」']);

/**
 * Whether `text` is the headline part of `title`: all of it, or the start of it followed by a
 * separator (`TITLE_SEPARATORS`). A site's name comes after the headline in a title, and so
 * never matches where it does: `论坛名` is no start of `标题 - 论坛名`.
 */
export function matchesTitle(text: string, title: string): boolean {
  if (text.length < MIN_HEADLINE_CHARACTERS || !LETTER.test(text)) return false;
  if (text === title) return true;
  if (!title.startsWith(text)) return false;
  const rest = title.slice(text.length).trimStart();
  return rest !== '' && TITLE_SEPARATORS.has(rest[0]!);
}

const LETTER = /\p{L}/u;

/**
 * Elements a headline is never in, besides those `isOutOfPlace` names. A quotation among them: an
 * earlier post (the article root is a longer reply) quoting the thread's first lines.
 */
const PASSED_OVER = [
  ...NEVER_HEADLINE,
  'blockquote',
  'ul',
  'ol',
  'menu',
  'dl',
  'select',
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'iframe',
  '[aria-hidden="true" i]',
  `[${UI_ATTRIBUTE}]`,
].join(', ');

/** Whether the walk passes over `element` and all in it. */
function isPassedOver(element: Element): boolean {
  return element.matches(PASSED_OVER) || isBesideArticle(element) || isBreadcrumb(element);
}

/**
 * A trail of links to the page (`首页 > 论坛 > 标题`): its last entry is often the headline's
 * text without a link, and it stands above the headline, in the heading's place where there is
 * none.
 */
function isBreadcrumb(element: Element): boolean {
  if (/crumb/i.test(element.id)) return true;
  for (const name of element.classList) if (/crumb/i.test(name)) return true;
  return false;
}

/** The site's masthead and navigation: what comes before them is no article's. */
function stopsWalk(element: Element): boolean {
  return element.matches(MASTHEAD) && isFurniture(element);
}

const MASTHEAD = 'header, nav, [role="banner" i], [role="navigation" i]';

/**
 * Whether `element` stands as a heading: an `<h1>`…`<h6>` (or `role=heading`); a block holding
 * no blocks (a table layout's title cell, a `<div class="title">`), not a list's entry; or an
 * inline element on a line of its own in its block (`<td><b>标题</b><br>来源…</td>`).
 */
function standsAsHeading(element: Element): boolean {
  if (isHeading(element)) return true;
  if (element.localName === 'li' || element.localName === 'dt' || element.localName === 'dd') {
    return false;
  }
  if (isInlineElement(element)) return standsAlone(element);
  if (!BLOCK_HEADINGS.has(element.localName)) return false;
  for (const child of element.children) {
    // Our own elements aside: the companion the side-by-side mode puts in a paired headline.
    if (isInlineElement(child) || LINE_PARTS.has(child.localName)) continue;
    if (!child.hasAttribute(UI_ATTRIBUTE)) return false;
  }
  return true;
}

/** Blocks that may hold a headline as their only text. */
const BLOCK_HEADINGS = new Set(['div', 'p', 'td', 'th', 'center', 'section', 'caption']);

/** Elements a line of text holds besides inline ones. */
const LINE_PARTS = new Set(['br', 'img', 'wbr']);

/** Whether an inline element is a line of its own up to its block: only `<br>`s beside it. */
function standsAlone(element: Element): boolean {
  for (let at: Element | null = element; at !== null && isInlineElement(at);) {
    if (!endsLine(at.previousSibling, 'previousSibling')) return false;
    if (!endsLine(at.nextSibling, 'nextSibling')) return false;
    at = at.parentElement;
  }
  return true;
}

/** Whether, from `node` on (blank text passed over), the line ends: a `<br>`, a box, or nothing. */
function endsLine(node: Node | null, way: 'previousSibling' | 'nextSibling'): boolean {
  for (let at = node; at !== null; at = at[way]) {
    if (at.nodeType === 3) {
      if (NOT_BLANK.test((at as Text).data)) return false;
    } else if (at.nodeType === 1) {
      return !isInlineElement(at as Element);
    }
  }
  return true;
}

/**
 * An inline headline with the same text as its block (`<td><font><b>标题</b></font></td>`): the
 * block, whose companion goes under the whole title.
 */
function widened(found: Element, most: number): Element {
  if (!isInlineElement(found)) return found;
  const text = textWithin(found, most);
  let widest = found;
  for (let at = found.parentElement; at !== null && at.localName !== 'body';) {
    if (textWithin(at, most) !== text) break;
    widest = at;
    if (!isInlineElement(at)) break;
    at = at.parentElement;
  }
  return widest;
}

/**
 * The texts `element` shows, each in one line, or none when it holds more than `most`
 * characters: its own (our marks of terms and of lost characters are the page's text), and in
 * side by side the copy in its companions too, in the reader's script as the converted title is,
 * where its own text shows the page's original. Without the text of links when `noLinks`.
 */
function shownTexts(element: Element, most: number, noLinks: boolean): string[] {
  const own = textWithin(element, most, false, noLinks);
  if (own === null) return [];
  if (element.querySelector(COMPANION_SELECTOR) === null) return [own];
  const copies: string[] = [];
  for (const companion of element.querySelectorAll(COMPANION_SELECTOR)) {
    const copy = textWithin(companion, most, true, noLinks);
    if (copy === null) return [own];
    copies.push(copy);
  }
  return [own, normalize(copies.join(' '))];
}

/**
 * The text shown in `element`, in one line, without the side-by-side copies in it (unless
 * `copy`: a companion's own) and, when `noLinks`, without the text of the links in it, or null
 * when it holds more than `most` characters: read no further, a long block costs what a short
 * one does.
 */
function textWithin(element: Element, most: number, copy = false, noLinks = false): string | null {
  const parts: string[] = [];
  let length = 0;
  // Nodes count too: a box of a thousand images and no text is no headline either.
  let nodes = 0;
  const walker = element.ownerDocument.createTreeWalker(element, 1 | 4 /* elements, text */, {
    acceptNode: (node) => {
      if (node.nodeType === 3) return 1; /* FILTER_ACCEPT */
      const nested = node as Element;
      // FILTER_REJECT (2) leaves out the element's descendants too. Elements are taken (1) to be
      // counted.
      if (UNSHOWN.has(nested.localName)) return 2;
      if (noLinks && nested.localName === 'a' && nested.hasAttribute('href')) return 2;
      return !copy && nested.matches(COMPANION_SELECTOR) ? 2 : 1;
    },
  });
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    if (++nodes > most) return null;
    if (node.nodeType !== 3) continue;
    const data = (node as Text).data;
    length += data.length;
    if (length > most) return null;
    parts.push(data);
  }
  return normalize(parts.join(''));
}

/** Elements whose text is not shown. */
const UNSHOWN = new Set(['script', 'style', 'noscript', 'template']);

/**
 * The site's names, as the page gives them: `og:site_name`, `application-name` (Discuz writes the
 * forum's name there) in its head, and the text, title or image text of the links to a home
 * page at its top (a logo), among its first `MAX_TOP_ELEMENTS` elements. Read when a text matches
 * the title, each time: the names are compared as the page reads now, and the logo's text and its
 * link's title are converted with the page and given back with it (names kept from the first look
 * would read 科技速递论坛 where the logo and the title read 科技速遞論壇).
 */
function siteNames(document: Document): ReadonlySet<string> {
  const names = new Set<string>();
  const add = (text: string | null | undefined) => {
    const name = normalize(text ?? '');
    if (name !== '') names.add(name);
  };
  const head = document.head;
  if (head !== null) {
    for (const meta of head.querySelectorAll('meta')) {
      const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? '').toLowerCase();
      if (SITE_NAME_METAS.has(key)) add(meta.getAttribute('content'));
    }
  }
  const body = document.body;
  if (body === null) return names;
  const walker = document.createTreeWalker(body, 1 /* NodeFilter.SHOW_ELEMENT */);
  let read = 0;
  for (
    let node = walker.nextNode();
    node !== null && read < MAX_TOP_ELEMENTS;
    node = walker.nextNode(), read++
  ) {
    const element = node as Element;
    // A logo's image is met in the same walk: no look into a link home's subtree beyond it.
    if (element.localName === 'img') {
      const link = element.closest('a');
      if (link !== null && isHomeLink(link)) add(element.getAttribute('alt'));
    } else if (element.localName === 'a' && isHomeLink(element)) {
      add(textWithin(element, MAX_SITE_NAME));
      add(element.getAttribute('title'));
    }
  }
  return names;
}

const SITE_NAME_METAS = new Set(['og:site_name', 'application-name', 'apple-mobile-web-app-title']);

/** Elements at the top of a page looked at for its logo's link home. */
const MAX_TOP_ELEMENTS = 500;

/** Characters of a site's name, at most: a longer link home is no logo. */
const MAX_SITE_NAME = 100;

/** Paths of a site's home page (Discuz's portal and forum index among them). */
const HOME_PATHS = new Set(['/', '/index.html', '/index.htm', '/index.php', '/forum.php']);

/**
 * Whether `link` goes to a site's home page, on any host: a mirror's copy of the logo links home
 * to the site it copies, and a forum's to its portal on another subdomain. Another site's name
 * taken for this one's costs nothing: no headline reads as one.
 */
function isHomeLink(link: Element): boolean {
  const href = link.getAttribute('href');
  if (href === null) return false;
  const url = parseUrl(href, link.ownerDocument.baseURI);
  return url !== null && url.search === '' && HOME_PATHS.has(url.pathname);
}
