import { isInlineElement } from '../convert/dom-rules.ts';
import {
  MIN_TOOL_ANNOTATIONS,
  countPinyinAnnotations,
  hasGarbledRuns,
  showsMirrorTool,
} from '../repair/artifacts.ts';
import { findArticleInCode, findArticleRoot, isBesideArticle } from './article-root.ts';
import { blockOf, findNeteaseDisclaimers, lineFeedsShown } from './disclaimer.ts';
import { leadingText } from './page-text.ts';

/**
 * Is this a NetEase (163.com) article, or a mirror site's copy of one? The
 * answer decides whether the mirror repair and the NetEase-specific reading
 * features apply, and the popup shows the signals behind it.
 *
 * - `netease`: on a 163.com host, with the article URL shape or at least two
 *   strong signs of NetEase's article markup.
 * - `mirror`: not on 163.com, but carrying the NetEase Hao notice (Chinese or
 *   English; a quoted one is another page's and not counted), at least two strong signs of
 *   NetEase's markup, or, with neither, the pinyin annotations that only the mirror sites'
 *   conversion tool writes, in number (code samples left out, not a whole article kept in
 *   `<pre><code>`).
 * - `null`: anything else. Weak signals (links to 163.com, images from
 *   126.net) are reported but never decide.
 */

export type NeteaseKind = 'netease' | 'mirror';

export type NeteaseSignalId =
  | 'url-docid'
  | 'host-163'
  | 'html-ne-wrap'
  | 'post-structure'
  | 'meta-author'
  | 'canonical-163'
  | 'img-126-net'
  | 'link-163'
  | 'disclaimer-zh'
  | 'disclaimer-en'
  | 'pinyin-annotations';

export interface NeteaseSignal {
  id: NeteaseSignalId;
  strength: 'strong' | 'weak';
  /** A short English description for the popup. */
  detail: string;
}

export interface NeteaseVerdict {
  kind: NeteaseKind | null;
  signals: NeteaseSignal[];
  /** The element holding the article text (see findArticleRoot); null when kind is null. */
  articleRoot: Element | null;
  /**
   * Whether `articleRoot` is a mirror's article kept in a `<pre>` (or `<pre><code>`), to be read
   * as prose (`markPreformattedArticle`): it is in one, and its own text shows the mirror tool's
   * work. A developer's post that lists the NetEase notice in a code sample shows no such work.
   */
  preformattedArticle: boolean;
  /** The article title as the page shows it (not repaired); null when kind is null. */
  title: string | null;
}

// ---------------------------------------------------------------------------
// URLs

/** `163.com` itself or one of its subdomains; `evil163.com` and `163.com.evil.example` are not. */
export function isNeteaseHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return host === '163.com' || host.endsWith('.163.com');
}

/** A NetEase document id: 16 characters of digits and capital letters. */
const DOCID = '([0-9A-Z]{16})';
/** A later page of a long article, or all of it on one (`…_2.html`, `…_all.html`). */
const PAGE = '(?:_(?:[1-9]\\d?|all))?';

export type NeteaseUrlForm = 'www' | 'mobile' | 'c-mobile' | 'dy' | 'dy-v2' | 'legacy';

export interface NeteaseArticleUrl {
  docid: string;
  form: NeteaseUrlForm;
}

const MOBILE_HOST = /^(?:m|3g)\.163\.com$/;
const DOCID_ONLY = new RegExp(`^${DOCID}$`);

const ARTICLE_URLS: readonly { host: RegExp; path: RegExp; form: NeteaseUrlForm }[] = [
  // www.163.com/dy/article/…, /news/article/…, and the channels' own: /tech/, /money/, /ent/…
  {
    host: /^www\.163\.com$/,
    path: new RegExp(`^/[a-z]{2,12}/article/${DOCID}${PAGE}\\.html$`),
    form: 'www',
  },
  // The mobile sites, new (m.) and old (3g.), on the same paths, and on the `article_cambrian`
  // paths they also serve articles from.
  {
    host: MOBILE_HOST,
    path: new RegExp(`^/[a-z]{2,12}/article(?:_cambrian)?/${DOCID}${PAGE}\\.html$`),
    form: 'mobile',
  },
  { host: /^c\.m\.163\.com$/, path: new RegExp(`^/news/a/${DOCID}\\.html$`), form: 'c-mobile' },
  {
    host: /^dy\.163\.com$/,
    path: new RegExp(`^/v2/article/detail/${DOCID}\\.html$`),
    form: 'dy-v2',
  },
  { host: /^dy\.163\.com$/, path: new RegExp(`^/article/${DOCID}\\.html$`), form: 'dy' },
  // news.163.com/21/0315/10/G5ABCDEF0001899O.html and the like, on any channel, the local
  // news sites included (sc.news.163.com).
  {
    host: /^(?:[a-z0-9-]+\.)+163\.com$/,
    path: new RegExp(`^/\\d{2}/\\d{4}/\\d{2}/${DOCID}${PAGE}\\.html$`),
    form: 'legacy',
  },
];

/** The document id and URL form of a NetEase article URL, or null. */
export function parseNeteaseArticleUrl(url: string): NeteaseArticleUrl | null {
  const parsed = parseUrl(url);
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) return null;
  const host = parsed.hostname.toLowerCase();
  // The mobile site's older share links name the article in the query.
  if (MOBILE_HOST.test(host) && parsed.pathname === '/touch/article.html') {
    const docid = parsed.searchParams.get('docid') ?? '';
    return DOCID_ONLY.test(docid) ? { docid, form: 'mobile' } : null;
  }
  for (const { host: hostPattern, path, form } of ARTICLE_URLS) {
    if (!hostPattern.test(host)) continue;
    const docid = path.exec(parsed.pathname)?.[1];
    if (docid) return { docid, form };
  }
  return null;
}

/** `url` as a URL, or null when it is none (an `about:srcdoc` base, a broken link). */
export function parseUrl(url: string, base?: string): URL | null {
  try {
    return new URL(url, base);
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------
// Detection

/** Upper bounds so that detection stays cheap on huge pages. */
const MAX_IMAGES = 300;
const MAX_LINKS = 1000;

const POST_CLASSES = ['post_main', 'post_title', 'post_body', 'post_statement'] as const;

export interface DetectNeteasePageInput {
  document: Document;
  /** The page's URL (location.href). */
  url: string;
}

/** How much of a page's text is searched for the mirror tool's annotations. */
const ARTIFACT_SAMPLE_CHARACTERS = 50_000;

export function detectNeteasePage({ document, url }: DetectNeteasePageInput): NeteaseVerdict {
  const signals: NeteaseSignal[] = [];
  const page = parseUrl(url);
  const onNeteaseHost = page !== null && isNeteaseHost(page.hostname);

  const article = parseNeteaseArticleUrl(url);
  if (article) {
    signals.push({
      id: 'url-docid',
      strength: 'strong',
      detail: `NetEase article URL (document ${article.docid})`,
    });
  } else if (onNeteaseHost) {
    signals.push({ id: 'host-163', strength: 'weak', detail: 'Page is on 163.com' });
  }

  if (document.documentElement?.id === 'ne_wrap') {
    signals.push({
      id: 'html-ne-wrap',
      strength: 'strong',
      detail: 'NetEase page wrapper (html#ne_wrap)',
    });
  }

  const postClasses = POST_CLASSES.filter((name) => document.querySelector(`.${name}`) !== null);
  if (postClasses.length > 0) {
    // Class names like post_title are common in blog themes: one alone means little.
    signals.push({
      id: 'post-structure',
      strength: postClasses.length >= 2 ? 'strong' : 'weak',
      detail: `NetEase article markup (${postClasses.map((name) => `.${name}`).join(', ')})`,
    });
  }

  const author = document.querySelector('meta[name="author" i]')?.getAttribute('content')?.trim();
  if (author === '网易' || author === '網易') {
    signals.push({ id: 'meta-author', strength: 'strong', detail: `Author meta tag is ${author}` });
  }

  const canonical = canonicalNeteaseUrl(document, url);
  if (canonical) {
    signals.push({
      id: 'canonical-163',
      strength: 'strong',
      detail: `Canonical address is on 163.com (${canonical})`,
    });
  }

  const images = countNeteaseImages(document, url);
  if (images > 0) {
    signals.push({
      id: 'img-126-net',
      strength: 'weak',
      detail: `${images} image${images === 1 ? '' : 's'} from NetEase's image servers (126.net)`,
    });
  }

  if (!onNeteaseHost) {
    const links = countNeteaseLinks(document, url);
    if (links > 0) {
      signals.push({
        id: 'link-163',
        strength: 'weak',
        detail: `${links} link${links === 1 ? '' : 's'} to 163.com`,
      });
    }
  }

  const disclaimers = findNeteaseDisclaimers(document);
  for (const { language } of disclaimers) {
    signals.push({
      id: language === 'zh' ? 'disclaimer-zh' : 'disclaimer-en',
      strength: 'strong',
      detail:
        language === 'zh'
          ? 'NetEase Hao notice in Chinese (特别声明…网易号)'
          : 'NetEase Hao notice in English ("uploaded and posted by a user of NetEase Hao")',
    });
  }

  const strongDom = signals.filter((s) => s.strength === 'strong' && s.id !== 'url-docid');
  const strongMarkup = strongDom.filter((s) => !s.id.startsWith('disclaimer-'));
  let kind: NeteaseKind | null = null;
  /** Asked only on the path that reads the tool's annotations, and passed on to the root. */
  let articleInCode: Element | null | undefined;
  if (onNeteaseHost) {
    if (article || strongDom.length >= 2) kind = 'netease';
  } else if (disclaimers.length > 0 || strongMarkup.length >= 2) {
    kind = 'mirror';
  } else {
    // A copy that dropped the notice and NetEase's markup still carries the tool's work, on
    // most of the page's characters. A short copy under a long footer, sidebar or comment
    // section is judged again on the page without them (`articleSample`).
    articleInCode = findArticleInCode(document);
    let text = leadingText(
      document,
      ARTIFACT_SAMPLE_CHARACTERS,
      separatingLines(),
      undefined,
      articleInCode,
    );
    if (!showsMirrorTool(text) && countPinyinAnnotations(text) >= MIN_TOOL_ANNOTATIONS) {
      const sample = articleSample(document, articleInCode);
      if (sample.annotatedLines >= MIN_ANNOTATED_LINES) text = sample.text;
    }
    if (showsMirrorTool(text)) {
      signals.push({
        id: 'pinyin-annotations',
        strength: 'strong',
        detail: `${countPinyinAnnotations(text)} pinyin annotations of the mirror sites' converter`,
      });
      kind = 'mirror';
    }
  }

  if (kind === null) {
    return { kind, signals, articleRoot: null, preformattedArticle: false, title: null };
  }
  const articleRoot = findArticleRoot({ document, verdict: { kind }, disclaimers, articleInCode });
  return {
    kind,
    signals,
    articleRoot,
    preformattedArticle:
      kind === 'mirror' && articleRoot !== null && isPreformattedMirrorText(articleRoot),
    title: articleTitle(document, kind),
  };
}

/** Whether `root` is in a `<pre>` and its own text shows the mirror tool's work. */
function isPreformattedMirrorText(root: Element): boolean {
  if (root.closest('pre') === null) return false;
  const text = (root.textContent ?? '').slice(0, ARTIFACT_SAMPLE_CHARACTERS);
  return showsMirrorTool(text) || hasGarbledRuns(text);
}

/** Lines of a copy's text that must carry the tool's annotations for the sample to count. */
const MIN_ANNOTATED_LINES = 2;

/** Quotations: a page quoting a mirror is not one. */
const QUOTES = new Set(['blockquote', 'q']);

/**
 * Reads each text node for a sample, with a line feed before the first of a block or of a line
 * after a `<br>`: a sentence of the sample, as `showsMirrorTool` reads one, then ends with its
 * line, and a site's own words written with full-width marks (a date line, a source line above a
 * copy kept in one block) never run into the copy's first sentence.
 */
function separatingLines(): (node: Text) => string {
  let lastParent: Node | null = null;
  let lastBlock: Element | null = null;
  return (node) => {
    // The text nodes of a paragraph mostly share their parent: its block is looked up once.
    if (node.parentNode !== lastParent) {
      lastParent = node.parentNode;
      const block = blockOf(node);
      if (block !== lastBlock) {
        lastBlock = block;
        return `\n${node.data}`;
      }
    }
    return followsBreak(node) ? `\n${node.data}` : node.data;
  };
}

/** Whether a `<br>` comes right before `node` in its block, through inline elements around it. */
function followsBreak(node: Node): boolean {
  let at: Node = node;
  while (at.previousSibling === null) {
    const parent = at.parentNode;
    if (parent === null || parent.nodeType !== 1 || !isInlineElement(parent as Element)) {
      return false;
    }
    at = parent;
  }
  let previous: Node = at.previousSibling;
  while (previous.nodeType === 1 && (previous as Element).localName !== 'br') {
    if (previous.lastChild === null) return false;
    previous = previous.lastChild;
  }
  return previous.nodeType === 1;
}

/**
 * The page's text without what surrounds an article (`isBesideArticle`) or quotes, and on how
 * many lines (up to `MIN_ANNOTATED_LINES`) the mirror tool's annotations are. A line is a block,
 * or part of one between `<br>`s or shown line feeds: copy sites keep a whole article in one
 * block. A page quoting one paragraph of a mirror, with its own words in a sidebar or the
 * comments, has one such line. Each line's text starts with a line feed (`separatingLines`).
 */
function articleSample(
  document: Document,
  articleInCode: Element | null,
): { text: string; annotatedLines: number } {
  let line = 0;
  let lineBlock: Element | null = null;
  /** The line of the last text node read. */
  let lineRead = 0;
  let lastAnnotatedLine = -1;
  let annotatedLines = 0;
  let length = 0;
  const showsLineFeeds = lineFeedsShown();
  const text = leadingText(
    document,
    ARTIFACT_SAMPLE_CHARACTERS,
    (node) => {
      const data = node.data;
      const block = blockOf(node);
      if (block !== lineBlock) {
        lineBlock = block;
        line++;
      }
      const separator = line === lineRead ? '' : '\n';
      lineRead = line;
      length += separator.length;
      // Only what the sample takes is looked at.
      const sampled = data.slice(0, Math.max(0, ARTIFACT_SAMPLE_CHARACTERS - length));
      length += data.length;
      if (annotatedLines >= MIN_ANNOTATED_LINES || !sampled.includes(')')) return separator + data;
      const parent = node.parentElement;
      const parts = parent !== null && showsLineFeeds(parent) ? sampled.split('\n') : [sampled];
      for (let k = 0; k < parts.length; k++) {
        if (k > 0) line++;
        if (line !== lastAnnotatedLine && countPinyinAnnotations(parts[k]!) > 0) {
          lastAnnotatedLine = line;
          annotatedLines++;
        }
      }
      lineRead = line;
      return separator + data;
    },
    (element) => {
      if (element.localName === 'br') line++;
      return QUOTES.has(element.localName) || isBesideArticle(element);
    },
    articleInCode,
  );
  return { text, annotatedLines };
}

function canonicalNeteaseUrl(document: Document, base: string): string | null {
  const candidates = [
    document.querySelector('link[rel~="canonical" i]')?.getAttribute('href'),
    document.querySelector('meta[property="og:url" i]')?.getAttribute('content'),
  ];
  for (const candidate of candidates) {
    if (!candidate) continue;
    const parsed = parseUrl(candidate.trim(), base);
    if (parsed && isNeteaseHost(parsed.hostname)) return parsed.href;
  }
  return null;
}

function isNeteaseImageHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return host === '126.net' || host.endsWith('.126.net');
}

function countNeteaseImages(document: Document, base: string): number {
  let count = 0;
  const images = document.querySelectorAll('img[src]');
  for (let i = 0; i < images.length && i < MAX_IMAGES; i++) {
    const src = images[i]?.getAttribute('src');
    if (!src || src.startsWith('data:')) continue;
    const parsed = parseUrl(src, base);
    if (parsed && isNeteaseImageHost(parsed.hostname)) count++;
  }
  return count;
}

function countNeteaseLinks(document: Document, base: string): number {
  let count = 0;
  const links = document.querySelectorAll('a[href]');
  for (let i = 0; i < links.length && i < MAX_LINKS; i++) {
    const parsed = parseUrl(links[i]?.getAttribute('href') ?? '', base);
    if (parsed && isNeteaseHost(parsed.hostname)) count++;
  }
  return count;
}

// ---------------------------------------------------------------------------
// Title

/**
 * Where each kind of page writes the article's headline, the surest place first. NetEase's
 * legacy channel pages (`news.163.com/21/0315/…`) write `<h1 id="h1title" class="ep-h1">`.
 */
export const ARTICLE_HEADLINES: Readonly<Record<NeteaseKind, readonly string[]>> = {
  netease: ['h1.post_title', '.post_title h1', 'h1#h1title', 'article h1'],
  mirror: ['h1.entry-title', 'article h1', 'h1.post_title'],
};

function articleTitle(document: Document, kind: NeteaseKind): string | null {
  for (const selector of ARTICLE_HEADLINES[kind]) {
    const text = document.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
    if (text) return text;
  }
  const ogTitle = document.querySelector('meta[property="og:title" i]')?.getAttribute('content');
  if (kind === 'netease' && ogTitle?.trim()) return ogTitle.trim();
  return cleanDocumentTitle(document.title) || null;
}

/**
 * The article part of a `<title>`: NetEase writes `标题|关键词|关键词_网易订阅`,
 * WordPress mirrors `标题 – 站名`.
 */
export function cleanDocumentTitle(title: string): string {
  let text = title.replace(/\s+/g, ' ').trim();
  text = text.replace(/_(?:手机)?(?:网易|網易)[^_|]*$/u, '');
  text = text.split('|')[0] ?? text;
  for (const separator of [' – ', ' — ', ' - ', ' | ', '_']) {
    const head = text.split(separator)[0]?.trim();
    if (head && head !== text) {
      text = head;
      break;
    }
  }
  return text.trim();
}
