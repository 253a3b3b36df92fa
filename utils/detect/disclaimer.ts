import { isInlineElement } from '../convert/dom-rules.ts';

/**
 * The NetEase Hao notice that ends every 网易号 article, and that mirror sites
 * copy along with the text:
 *
 *   特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，
 *   本平台仅提供信息存储服务。
 *   Notice: The content above (including the pictures and videos if any) is uploaded and
 *   posted by a user of NetEase Hao, which is a social media platform and only provides
 *   information storage services.
 *
 * Mirrors show it in Traditional, with ASCII punctuation after NFKC, and with
 * their pinyin artifacts inside (`內(nèi)容`, `網(wǎng)易號(hào)`), so matching works on a
 * normalised form: no `(pinyin)` groups, a handful of Traditional characters
 * mapped back, no punctuation or spaces.
 */

export type DisclaimerLanguage = 'zh' | 'en';

export interface DisclaimerMatch {
  language: DisclaimerLanguage;
  /** The block (paragraph, div) whose text is the notice, or that has it as a line. */
  element: Element;
  /**
   * Whether the notice is one line of a longer block (lines split by `<br>`, or by line feeds
   * where they show): a copy site that keeps the whole article in one block, which is then the
   * article.
   */
  inLongBlock: boolean;
  /**
   * Whether the notice is a line of a shorter block that holds an article before it, in lines
   * split by `<br>` (a news flash with its notice): that block is then the article too.
   */
  endsLinesOfArticle: boolean;
}

/** Traditional (and variant) forms of the characters the notice uses. */
const TO_SIMPLIFIED: Readonly<Record<string, string>> = {
  別: '别',
  聲: '声',
  內: '内',
  圖: '图',
  視: '视',
  頻: '频',
  為: '为',
  爲: '为',
  體: '体',
  臺: '台',
  檯: '台',
  網: '网',
  號: '号',
  戶: '户',
  傳: '传',
  並: '并',
  併: '并',
  發: '发',
  佈: '布',
  僅: '仅',
  資: '资',
  訊: '讯',
  儲: '储',
  務: '务',
  說: '说',
};

/** Wording that phrase-level converters (opencc `twp`: 用户 → 使用者) substitute. */
const PHRASE_ALIASES: readonly (readonly [string, string])[] = [
  ['使用者', '用户'],
  ['资讯', '信息'],
  ['储存', '存储'],
  ['影片', '视频'],
];

/** `(nèi)`: lowercase pinyin with precomposed tone letters (the text went through NFKC). */
const PINYIN_GROUP =
  /\([a-zü\u0101\u00e1\u01ce\u00e0\u0113\u00e9\u011b\u00e8\u012b\u00ed\u01d0\u00ec\u014d\u00f3\u01d2\u00f2\u016b\u00fa\u01d4\u00f9\u01d6\u01d8\u01da\u01dc\u00ea]{1,8}\)/gu;

/** Chinese notice, normalised: the two parts that make it unmistakable. */
const ZH_CORE = ['为自媒体平台网易号用户上传并发布', '本平台仅提供信息存储服务'];
const EN_CORE = [
  'uploaded and posted by a user of netease hao',
  'only provides information storage services',
];

export function normaliseChineseNotice(text: string): string {
  let out = text.normalize('NFKC').toLowerCase().replace(PINYIN_GROUP, '');
  out = [...out].map((char) => TO_SIMPLIFIED[char] ?? char).join('');
  // Keep Han and alphanumerics only: punctuation, quotes and spaces vary.
  out = out.replace(/[^\p{Script=Han}\p{Letter}\p{Number}]/gu, '');
  for (const [from, to] of PHRASE_ALIASES) out = out.split(from).join(to);
  return out;
}

export function normaliseEnglishNotice(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Which notices `text` contains: the Chinese one, the English one, both or none. */
export function matchNeteaseDisclaimer(text: string): DisclaimerLanguage[] {
  const languages: DisclaimerLanguage[] = [];
  const chinese = normaliseChineseNotice(text);
  if (ZH_CORE.every((part) => chinese.includes(part))) languages.push('zh');
  const english = normaliseEnglishNotice(text);
  if (EN_CORE.every((part) => english.includes(part))) languages.push('en');
  return languages;
}

/**
 * Whether `text` is the notice and nothing else (the Chinese one, the English one, or both):
 * no line of an article before it or after it, such as an editor's name in the same paragraph.
 */
export function isNoticeOnly(text: string): boolean {
  if (matchNeteaseDisclaimer(text).length === 0) return false;
  let rest = normaliseChineseNotice(text);
  // Where the notice starts: its own opening words, not any 声明 or 以上内容 (an author's
  // 声明：本文仅代表作者观点, or 以上内容来自财报, run into it is article text).
  const zhStart = firstOf(rest, ['特别声明', '声明以上内容如有', '以上内容如有', ZH_CORE[0]!]);
  const zhEnd = rest.indexOf(ZH_CORE[1]!);
  if (zhStart !== -1 && zhEnd > zhStart) {
    rest = rest.slice(0, zhStart) + rest.slice(zhEnd + ZH_CORE[1]!.length);
  }
  // The English notice, normalised as above: its letters, with no spaces.
  const enStart = firstOf(rest, ['noticethecontentabove', 'thecontentaboveincluding', EN_LETTERS]);
  const enEnd = rest.indexOf(EN_END);
  if (enStart !== -1 && enEnd > enStart)
    rest = rest.slice(0, enStart) + rest.slice(enEnd + EN_END.length);
  return rest === '';
}

/** The English notice's first core part, and its last words, as `normaliseChineseNotice` leaves them. */
const EN_LETTERS = EN_CORE[0]!.replace(/ /g, '');
const EN_END = 'informationstorageservices';

/** Where the first of `openings` (in order of preference) that `text` holds is; -1 if none. */
function firstOf(text: string, openings: readonly string[]): number {
  for (const opening of openings) {
    const at = text.indexOf(opening);
    if (at !== -1) return at;
  }
  return -1;
}

/** Words that survive every form of the notice, to find candidate text cheaply. */
const ANCHOR = /声明|聲明|自媒[体體]|netease\s+hao/i;
/** A notice paragraph is short; a block with more text than this is not one. */
const MAX_BLOCK_TEXT = 600;
/** Bounds for huge pages: the notice sits near the end, so the walk goes backwards. */
const MAX_TEXT_NODES = 4000;
const MAX_CANDIDATES = 40;

export interface FindDisclaimersOptions {
  /**
   * Look for quoted notices instead of the page's own: those in a `<blockquote>` that this
   * accepts. A page known for a mirror by the tool's work may quote its whole copy, the notice
   * included, which then still ends the article (`findArticleRoot`).
   */
  quotedIn?: (quote: Element) => boolean;
}

/**
 * Finds the notice blocks on a page, at most one per language, scanning text
 * nodes from the end of the body backwards within fixed bounds. A quoted notice
 * (`isQuoted`) is passed over, unless quoted ones are asked for (`quotedIn`).
 */
export function findNeteaseDisclaimers(
  document: Document,
  { quotedIn }: FindDisclaimersOptions = {},
): DisclaimerMatch[] {
  const body = document.body;
  if (!body) return [];
  const found = new Map<DisclaimerLanguage, DisclaimerMatch>();
  /** Blocks, or lines of long blocks (by their first text node), already looked at. */
  const seen = new Set<Node>();
  /** Lines of blocks that show line breaks already looked at, by their text. */
  const seenLines = new Set<string>();
  /** How many lines ending in line feeds each block has had looked at (`MAX_FEED_LINES`). */
  const feedLinesUsed = new Map<Element, number>();
  const showsLineBreaks = lineFeedsShown();
  const walker = document.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  let node = lastTextNode(walker);
  let candidates = 0;
  /** Looks at a candidate; false once the page has been looked at enough. */
  const consider = (text: string, block: Element, inLongBlock: boolean, at: Node): boolean => {
    if (++candidates > MAX_CANDIDATES) return false;
    // A notice in a quotation is another page's, quoted (a post explaining what the notice
    // means): not this page's own. The page's own may come before it.
    const quote = quotedIn === undefined ? null : block.closest('blockquote');
    const languages = matchNeteaseDisclaimer(text).filter((language) =>
      quotedIn === undefined ? !isQuoted(block, at, language) : quote !== null && quotedIn(quote),
    );
    if (languages.length === 0) return true;
    const endsLinesOfArticle =
      !inLongBlock &&
      block.querySelector('br') !== null &&
      proseLinesBefore(block, lineOf(block, at).start) >= MIN_ARTICLE_TEXT;
    for (const language of languages) {
      if (!found.has(language)) {
        found.set(language, { language, element: block, inLongBlock, endsLinesOfArticle });
      }
    }
    return found.size < 2;
  };
  search: for (
    let visited = 0;
    node && visited < MAX_TEXT_NODES;
    visited++, node = walker.previousNode()
  ) {
    const data = (node as Text).data;
    if (!ANCHOR.test(data)) continue;
    const block = blockOf(node);
    if (!block) continue;
    const text = block.textContent ?? '';
    if (text.length <= MAX_BLOCK_TEXT) {
      if (seen.has(block)) continue;
      seen.add(block);
      if (!consider(text, block, false, node)) break;
      continue;
    }
    // A copy site may keep the whole article in one block, its paragraphs split by <br>, or
    // by line breaks in a block that shows them (`white-space: pre-wrap`, `<pre>`): the notice
    // is then a line of its own. Where line feeds show, the lines they end are looked at first
    // (the last few that hold an anchor word, near the node's end: a long `<pre>` of code may
    // say 声明 on every line), then the line between `<br>`s, as elsewhere (a notice that wraps
    // in the source).
    const foundBefore = found.size;
    const used = feedLinesUsed.get(block) ?? 0;
    const feedLines = feedLinesWithAnchor(
      node as Text,
      data,
      showsLineBreaks,
      MAX_FEED_LINES - used,
    );
    feedLinesUsed.set(block, used + feedLines.length);
    for (const [from, to] of feedLines) {
      const line = lineOf(block, node, from, to);
      if (line.text.length > MAX_BLOCK_TEXT || seenLines.has(line.text)) continue;
      seenLines.add(line.text);
      if (!consider(line.text, block, true, node)) break search;
    }
    if (found.size > foundBefore) continue;
    const line = lineOf(block, node);
    if (line.text.length > MAX_BLOCK_TEXT || seen.has(line.start)) continue;
    seen.add(line.start);
    if (!consider(line.text, block, true, node)) break;
  }
  return [...found.values()].sort((a, b) =>
    a.language === 'zh' ? -1 : b.language === 'zh' ? 1 : 0,
  );
}

/**
 * Whether the notice in `language` found in `block` (its anchor word in `at`) is quoted: its
 * block is in a `<blockquote>`, or an inline `<q>` around the anchor word holds the whole notice
 * (a `<q>` around the name 网易号 alone does not quote the notice). The notice is then another
 * page's, quoted by this one. NetEase writes its notice as paragraphs (`div.post_statement`), and
 * the mirrors copy them as paragraphs.
 */
function isQuoted(block: Element, at: Node, language: DisclaimerLanguage): boolean {
  if (block.closest('blockquote') !== null) return true;
  for (let element = at.parentElement; element !== null && element !== block;) {
    if (element.localName === 'q') {
      const text = element.textContent ?? '';
      // A longer quotation holding an anchor word quotes a text with the notice in it.
      return text.length > MAX_BLOCK_TEXT || matchNeteaseDisclaimer(text).includes(language);
    }
    element = element.parentElement;
  }
  return false;
}

/** Characters of prose before a notice that make its block an article (a short news flash). */
const MIN_ARTICLE_TEXT = 100;

/**
 * Characters, white space aside, of the lines of `block` before the line starting at `lineStart`
 * that are not part of a notice (the other language's notice may come first).
 */
function proseLinesBefore(block: Element, lineStart: Node): number {
  const walker = block.ownerDocument.createTreeWalker(block, 1 | 4 /* elements, text */);
  let total = 0;
  let line = '';
  const endLine = () => {
    if (!ANCHOR.test(line)) total += line.replace(/\s+/g, '').length;
    line = '';
  };
  for (let at = walker.nextNode(); at !== null && at !== lineStart; at = walker.nextNode()) {
    if (at.nodeType === 3) line += (at as Text).data;
    else if ((at as Element).localName === 'br') endLine();
  }
  endLine();
  return total;
}

function lastTextNode(walker: TreeWalker): Node | null {
  let last: Node | null = null;
  // Descend along last children to the deepest last node, then step back to a text node.
  let current: Node | null = walker.root;
  while (current?.lastChild) current = current.lastChild;
  if (current && current !== walker.root) {
    walker.currentNode = current;
    last = current.nodeType === 3 ? current : walker.previousNode();
  }
  return last;
}

/**
 * The line of `block` that holds `node` (or its text from `from` to `to`): its text between the
 * `<br>` elements before and after it in document order (or the block's edges), with the
 * line's first text node. In document order, not among the block's children only: copy sites
 * also wrap the whole article in an inline element (`<font>`, `<span>`), whose `<br>`s are then
 * no children of the block. When `from` and `to` are given, the block shows line breaks: a
 * line ends at a line feed too, and the line feeds around the given text bound it.
 */
function lineOf(
  block: Element,
  node: Node,
  from?: number,
  to?: number,
): { start: Node; text: string } {
  const walker = block.ownerDocument.createTreeWalker(block, 1 | 4 /* elements, text */);
  const isBreak = (at: Node) => at.nodeType === 1 && (at as Element).localName === 'br';
  const data = node.textContent ?? '';
  const feeds = from !== undefined;
  let start = node;
  let text = data.slice(from ?? 0, to ?? data.length);
  walker.currentNode = node;
  if (!feeds || from === 0) {
    for (let at = walker.previousNode(); at !== null && !isBreak(at); at = walker.previousNode()) {
      if (text.length > MAX_BLOCK_TEXT) break;
      if (at.nodeType !== 3) continue;
      const before = (at as Text).data;
      const feed = feeds ? before.lastIndexOf('\n') : -1;
      text = before.slice(feed + 1) + text;
      start = at;
      if (feed !== -1) break;
    }
  }
  walker.currentNode = node;
  if (!feeds || to === data.length) {
    for (let at = walker.nextNode(); at !== null && !isBreak(at); at = walker.nextNode()) {
      if (text.length > MAX_BLOCK_TEXT) break;
      if (at.nodeType !== 3) continue;
      const after = (at as Text).data;
      const feed = feeds ? after.indexOf('\n') : -1;
      text += feed === -1 ? after : after.slice(0, feed);
      if (feed !== -1) break;
    }
  }
  return { start, text };
}

/** Lines ending in line feeds of one block that may be its notice: at most the last few. */
const MAX_FEED_LINES = 4;
/** How far back from a text node's end its lines are looked at. */
const MAX_FEED_SCAN = 20_000;

/**
 * The last lines of `node` (ranges of `data`, the last first, at most `most`) that hold an anchor
 * word, when its element shows line feeds as line breaks; none otherwise. A line that reaches the node's
 * start or end goes on in the nodes around it (`lineOf`).
 */
function feedLinesWithAnchor(
  node: Text,
  data: string,
  showsLineBreaks: (element: Element) => boolean,
  most: number,
): [number, number][] {
  const parent = node.parentElement;
  // White space is inherited: the text's own element says how it shows (an editor's paste
  // puts `white-space: pre-wrap` on an inline span).
  if (most <= 0 || parent === null || !showsLineBreaks(parent)) return [];
  const lines: [number, number][] = [];
  const stop = Math.max(0, data.length - MAX_FEED_SCAN);
  for (let end = data.length; lines.length < most && end >= stop;) {
    const feed = end === 0 ? -1 : data.lastIndexOf('\n', end - 1);
    const start = feed + 1;
    if (ANCHOR.test(data.slice(start, end))) lines.push([start, end]);
    if (feed === -1) break;
    end = feed;
  }
  return lines;
}

/**
 * `showsLineFeeds`, remembered by element for one look at a page (each answer is a style read;
 * a page's styles may change between looks).
 */
export function lineFeedsShown(): (element: Element) => boolean {
  const shown = new Map<Element, boolean>();
  return (element) => {
    let shows = shown.get(element);
    if (shows === undefined) {
      shows = showsLineFeeds(element);
      shown.set(element, shows);
    }
    return shows;
  };
}

/** Whether `element` shows the line feeds of its text as line breaks. */
function showsLineFeeds(element: Element): boolean {
  if (element.closest('pre') !== null) return true;
  const whiteSpace = element.ownerDocument.defaultView?.getComputedStyle(element).whiteSpace ?? '';
  return /^(?:pre|pre-wrap|pre-line|break-spaces)$/.test(whiteSpace);
}

/** The nearest element around `node` that is not inline: the block its text shows in. */
export function blockOf(node: Node): Element | null {
  let current = node.parentElement;
  while (current && isInlineElement(current)) current = current.parentElement;
  return current;
}
