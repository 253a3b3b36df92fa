/**
 * Finds glossary terms in a page and marks them, without touching the page's
 * text.
 *
 * Marking prefers the CSS Custom Highlight API: ranges are registered in
 * `CSS.highlights` and styled with `::highlight(jianfan-term)`, and the DOM is
 * not changed at all. Where the API is missing, each term is wrapped in
 * `<span data-jianfan-ui="term">`, and clearing restores the exact DOM: the
 * original text nodes, with their original text, and no extra nodes.
 */
import { isPreformattedArticle, isScriptedTextbox } from '../convert/dom-rules.ts';
import { pinyinAnnotationSpans, withoutSpans } from '../repair/artifacts.ts';
import type { GlossaryMatcher } from './matcher.ts';
import { firstPast } from './page-order.ts';

export interface TermRange {
  /**
   * Covers the term in the page; may span several text nodes. A `StaticRange` where the
   * browser has one: a live `Range` is updated by every text change in its document (the
   * DOM's "replace data" steps walk the document's live ranges), so a page with thousands of
   * marked terms made each write of a conversion pay for all of them. `liveRangeOf` gives a
   * live range for geometry when one is needed.
   */
  range: AbstractRange;
  termId: string;
  /** The written form that matched (see `GlossaryMatch.form`). */
  form: string;
  /** The page text the range covers. */
  text: string;
}

/** Whether an element's text is left out of term search (with its subtree). */
export type SkipPredicate = (element: Element) => boolean;

const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'code',
  'pre',
  'kbd',
  'samp',
  // Ruby annotations (pinyin over characters) are not part of the words.
  'rt',
  'rp',
  'iframe',
  'object',
  'canvas',
  'svg',
  'math',
]);

const RUBY_ANNOTATION_TAGS = new Set(['rt', 'rp']);

/** `data-jianfan-ui` values whose text is page text and is searched. */
const SEARCHED_UI_PARTS = new Set(['companion', 'term']);

/**
 * The default skip rule: code, scripts, form fields and editable regions (what
 * the user types is never touched), hidden elements, and the extension's own
 * UI (`[data-jianfan-ui]`), except parallel-mode companion blocks and term
 * marks, which hold page text.
 */
export function defaultShouldSkip(element: Element): boolean {
  // The `<pre>` or `<code>` holding a mirror's article is its prose, not program text, held to
  // the rules below like any other element.
  if (SKIPPED_TAGS.has(element.localName) && !isPreformattedArticle(element)) return true;
  const ui = element.getAttribute('data-jianfan-ui');
  if (ui !== null && !SEARCHED_UI_PARTS.has(ui)) return true;
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  if (isScriptedTextbox(element)) return true;
  if (element.hasAttribute('hidden')) return true;
  return false;
}

const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'html',
  'legend',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  // Line breaks and images end a run of text as well.
  'br',
  'hr',
  'img',
  // And superscripts and subscripts: a footnote mark's digits would join the model number
  // before it (H200<sup>1</sup> read as H2001, no longer H200).
  'sup',
  'sub',
]);

/**
 * Whether an element separates runs of text. Tag names rather than computed
 * style, so that it works the same in tests and does not force style
 * recalculation on large pages; inline elements (b, a, span, …) join the text
 * around them, so a word split by markup (`高带宽<a>内</a>存`) is still found.
 * Searching such an element on its own finds what searching its parent finds in it
 * (`glossaryScope` splits an article around the NetEase Hao notice so).
 */
export function isBlockBoundary(element: Element): boolean {
  return (
    BLOCK_TAGS.has(element.localName) || element.getAttribute('data-jianfan-ui') === 'companion'
  );
}

/**
 * Text nested deeper than this many elements below the searched root is not searched for terms.
 * No page a person reads nests so deep; a hostile one does (elements 10,000 deep), and there
 * Firefox took about 130 ms to show one marked term at the bottom (the page's timers ran 135–158
 * ms late, against 15–26 ms with the glossary off).
 */
const MAX_MARKED_DEPTH = 512;

/**
 * Runs of text nodes that read as continuous text: within one block, not
 * interrupted by a block boundary or a skipped element. A generator, so that a
 * caller can stop between runs and give the page a turn on very large pages.
 */
function* textRuns(root: Node, shouldSkip: SkipPredicate): Generator<Text[]> {
  if (root.nodeType === Node.TEXT_NODE) {
    yield [root as Text];
    return;
  }
  let run: Text[] = [];

  // Iterative depth-first walk, so that deep pages cannot overflow the stack.
  let node: Node | null = root.firstChild;
  /** Elements between `root` and `node`. */
  let depth = 0;
  while (node !== null) {
    let descend = false;
    if (node.nodeType === Node.TEXT_NODE) {
      if ((node as Text).data.length > 0) run.push(node as Text);
    } else if (node.nodeType === Node.ELEMENT_NODE) {
      const element = node as Element;
      if (depth >= MAX_MARKED_DEPTH || shouldSkip(element)) {
        // Skipped content interrupts the text, except ruby annotations, which
        // sit between the characters of one word (中<rt>zhōng</rt>芯).
        if (!RUBY_ANNOTATION_TAGS.has(element.localName) && run.length > 0) {
          yield run;
          run = [];
        }
      } else {
        if (isBlockBoundary(element) && run.length > 0) {
          yield run;
          run = [];
        }
        descend = element.firstChild !== null;
      }
    }
    if (descend) {
      node = node.firstChild;
      depth++;
      continue;
    }
    // Leave finished elements, closing block runs on the way up.
    while (node !== null && node !== root && node.nextSibling === null) {
      node = node.parentNode;
      depth--;
      if (node !== null && node !== root && node.nodeType === Node.ELEMENT_NODE) {
        if (isBlockBoundary(node as Element) && run.length > 0) {
          yield run;
          run = [];
        }
      }
    }
    if (node === null || node === root) break;
    if (node.nodeType === Node.ELEMENT_NODE && isBlockBoundary(node as Element) && run.length > 0) {
      yield run;
      run = [];
    }
    node = node.nextSibling;
  }
  if (run.length > 0) yield run;
}

/** Where a term lies: the boundary points of a range, without a range object. */
export interface RangeBounds {
  startContainer: Node;
  startOffset: number;
  endContainer: Node;
  endOffset: number;
}

/** Makes the range object that a `TermRange` holds. */
export type MakeRange = (bounds: RangeBounds) => AbstractRange;

/** A `StaticRange` where the browser has it (see `TermRange.range`), else a live range. */
export function defaultMakeRange(bounds: RangeBounds): AbstractRange {
  if (typeof StaticRange === 'function') return new StaticRange(bounds);
  return liveRangeFromBounds(bounds)!;
}

function liveRangeFromBounds(bounds: RangeBounds): Range | null {
  const document = bounds.startContainer.ownerDocument;
  if (document === null) return null;
  try {
    const range = document.createRange();
    range.setStart(bounds.startContainer, bounds.startOffset);
    range.setEnd(bounds.endContainer, bounds.endOffset);
    return range;
  } catch {
    // The text changed since the term was found: an offset is past its node's end.
    return null;
  }
}

/** Whether a range object is a live `Range` (it has layout methods). */
function isLiveRange(range: AbstractRange): range is Range {
  return typeof (range as Partial<Range>).getClientRects === 'function';
}

/**
 * A live `Range` over a term's range, for geometry and comparisons: the range itself when it
 * is live, else a new one over the same boundary points. Null when the page changed the text
 * so that the points no longer exist, or when a live range has collapsed.
 */
export function liveRangeOf(range: AbstractRange): Range | null {
  // A StaticRange may outlive its text: over a node that shrank, no live range can be made; over
  // a node taken out of the page, the live range has no layout (no client rects).
  return isLiveRange(range) ? range : liveRangeFromBounds(range);
}

/**
 * The glossary terms in the text under `root`, one array per run of text (most empty), so
 * that a caller may stop between runs. `shouldSkip` decides which elements are left out
 * (default: `defaultShouldSkip`); `makeRange` which range objects hold them.
 */
export function* termRangesByRun({
  root,
  matcher,
  shouldSkip = defaultShouldSkip,
  makeRange = defaultMakeRange,
}: {
  root: Node;
  matcher: Pick<GlossaryMatcher, 'scan'>;
  shouldSkip?: SkipPredicate;
  makeRange?: MakeRange;
}): Generator<TermRange[]> {
  const document = root.nodeType === Node.DOCUMENT_NODE ? (root as Document) : root.ownerDocument;
  if (document === null) return;
  for (const run of textRuns(root, shouldSkip)) {
    let text = '';
    const starts: number[] = [];
    for (const node of run) {
      starts.push(text.length);
      text += node.data;
    }
    const { searched, toRun } = withoutAnnotations(text);
    const matches = matcher.scan(searched);
    const found: TermRange[] = [];
    // Matches come in text order, so one forward cursor finds their nodes.
    let cursor = 0;
    for (let k = 0; k < matches.count; k++) {
      const start = toRun === null ? matches.starts[k]! : toRun[matches.starts[k]!]!;
      const end = toRun === null ? matches.ends[k]! : toRun[matches.ends[k]! - 1]! + 1;
      while (cursor + 1 < run.length && starts[cursor + 1]! <= start) cursor++;
      let last = cursor;
      while (last + 1 < run.length && starts[last + 1]! < end) last++;
      found.push({
        range: makeRange({
          startContainer: run[cursor]!,
          startOffset: start - starts[cursor]!,
          endContainer: run[last]!,
          endOffset: end - starts[last]!,
        }),
        termId: matches.termId(k),
        form: matches.form(k),
        text: text.slice(start, end),
      });
    }
    yield found;
  }
}

/**
 * A run's text as it is searched: without the mirror tool's pinyin annotations (`國(guó)`, which
 * a reader who turned repair off keeps), so that a term they cut is found whole, as the converter
 * reads words through them (text-converter.ts); the range over it holds the annotation. `toRun`
 * gives, for each code unit searched, its offset in the run (null: the run has none).
 */
function withoutAnnotations(text: string): { searched: string; toRun: Int32Array | null } {
  const annotations = pinyinAnnotationSpans(text);
  if (annotations.length === 0) return { searched: text, toRun: null };
  const searched = withoutSpans(text, annotations);
  const toRun = new Int32Array(searched.length);
  let from = 0;
  let at = 0;
  for (const { start, end } of [...annotations, { start: text.length, end: text.length }]) {
    for (let k = from; k < start; k++) toRun[at++] = k;
    from = end;
  }
  return { searched, toRun };
}

/**
 * Every glossary term in the text under `root`, as ranges over the page's
 * text nodes (see `termRangesByRun`).
 */
export function collectTermRanges(options: Parameters<typeof termRangesByRun>[0]): TermRange[] {
  const result: TermRange[] = [];
  for (const found of termRangesByRun(options)) result.push(...found);
  return result;
}

/** The part of `HighlightRegistry` (`CSS.highlights`) used here. */
export interface HighlightRegistryLike {
  set(name: string, highlight: unknown): unknown;
  get(name: string): unknown;
  delete(name: string): boolean;
}

export interface HighlightHandle {
  /** How the terms are marked. */
  readonly mode: 'highlight-api' | 'spans';
  /**
   * The marked terms, as ranges valid after marking: the input ranges with the
   * Highlight API; ranges over the wrapped text with spans (wrapping moves the
   * text nodes, which collapses ranges made before).
   */
  readonly ranges: readonly TermRange[];
  /**
   * Marks more terms, found after the first ones (a page marked in slices). They must lie in
   * other runs of text than the terms already marked.
   */
  add(more: readonly TermRange[]): void;
  /** Removes the marks; with spans, restores the DOM exactly. */
  clear(): void;
  /**
   * With more than `maxShown` terms under the Highlight API: shows the terms around the
   * viewport again, after it moved. Nothing to do otherwise.
   */
  showAroundViewport(): void;
}

/** The part of a `Highlight` used here (it is a set of ranges). */
export interface HighlightLike {
  add(range: AbstractRange): unknown;
  delete(range: AbstractRange): unknown;
}

/** Where a term is against the viewport (and a margin around it). */
export type TermPlace = 'above' | 'near' | 'below';

/**
 * Terms shown on each side of those near the viewport, when a page has too many to show at
 * once: about a screen or two of dense text, so a quick scroll finds them already marked.
 */
const WINDOW_PAD = 300;

/** Text nodes this module split off, so that unwrapping can join them back. */
const splitPieces = new WeakSet<Text>();

export const TERM_SPAN_SELECTOR = 'span[data-jianfan-ui="term"]';

function defaultRegistry(): HighlightRegistryLike | undefined {
  if (typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function') {
    return CSS.highlights as unknown as HighlightRegistryLike;
  }
  return undefined;
}

/**
 * Marks the terms. With a highlight registry (the one given, else
 * `CSS.highlights` when the browser has it; `null` means none) all ranges go into one `Highlight`
 * registered under `name`; otherwise each term is wrapped in spans (one per
 * text node it covers) with `data-jianfan-ui="term"` and
 * `data-jianfan-term-id`.
 *
 * `createHighlight` builds the Highlight object (default: `new Highlight(...)`);
 * tests pass their own together with a registry.
 */
export function applyHighlights({
  ranges,
  highlightRegistry = defaultRegistry() ?? null,
  name = 'jianfan-term',
  createHighlight = (list: AbstractRange[]) => new Highlight(...list),
  maxShown = Infinity,
  placeOf = () => 'near',
}: {
  ranges: readonly TermRange[];
  /** `null` forces the span fallback. */
  highlightRegistry?: HighlightRegistryLike | null;
  name?: string;
  createHighlight?: (ranges: AbstractRange[]) => HighlightLike;
  /**
   * The most terms the highlight holds. Chromium goes through every range of a highlight in
   * the frame after it changes: 35,000 terms made that frame 240 ms. Past this many, the
   * highlight holds the terms near the viewport (found by bisection over `ranges`, which are
   * in document order, with `placeOf`) and WINDOW_PAD on each side.
   */
  maxShown?: number;
  placeOf?: (range: AbstractRange) => TermPlace;
}): HighlightHandle {
  if (highlightRegistry !== null) {
    const marked = [...ranges];
    const windowed = () => marked.length > maxShown;
    // The slice of `marked` the highlight holds: [shownFrom, shownTo).
    let shownFrom = 0;
    let shownTo = windowed() ? 0 : marked.length;
    const highlight = createHighlight(marked.slice(shownFrom, shownTo).map((entry) => entry.range));
    highlightRegistry.set(name, highlight);
    const show = (from: number, to: number) => {
      if (from === shownFrom && to === shownTo) return;
      for (let k = shownFrom; k < shownTo; k++) {
        if (k < from || k >= to) highlight.delete(marked[k]!.range);
      }
      for (let k = from; k < to; k++) {
        if (k < shownFrom || k >= shownTo) highlight.add(marked[k]!.range);
      }
      shownFrom = from;
      shownTo = to;
    };
    const showAroundViewport = () => {
      if (!windowed()) {
        show(0, marked.length);
        return;
      }
      const placeAt = (index: number) => placeOf(marked[index]!.range);
      const nearFrom = firstPast(0, marked.length, (index) => placeAt(index) !== 'above');
      const nearTo = firstPast(nearFrom, marked.length, (index) => placeAt(index) === 'below');
      let from = Math.max(0, nearFrom - WINDOW_PAD);
      let to = Math.min(marked.length, nearTo + WINDOW_PAD);
      // A dense viewport may hold more than `maxShown`: keep its first ones.
      if (to - from > maxShown) {
        from = nearFrom;
        to = Math.min(marked.length, nearFrom + maxShown);
      }
      show(from, to);
    };
    return {
      mode: 'highlight-api',
      ranges: marked,
      add(more) {
        for (const entry of more) marked.push(entry);
        showAroundViewport();
      },
      clear() {
        // Only remove our own highlight, not one registered later under the name.
        if (highlightRegistry.get(name) === highlight) highlightRegistry.delete(name);
      },
      showAroundViewport,
    };
  }
  const spans: HTMLElement[] = [];
  const marked: TermRange[] = [];
  const add = (more: readonly TermRange[]) => {
    const wrapped = wrapInSpans(more);
    spans.push(...wrapped.spans);
    marked.push(...wrapped.ranges);
  };
  add(ranges);
  return {
    mode: 'spans',
    ranges: marked,
    add,
    showAroundViewport() {},
    clear() {
      unwrapSpans(spans);
      spans.length = 0;
      marked.length = 0;
    },
  };
}

interface Piece {
  node: Text;
  start: number;
  end: number;
  termIndex: number;
}

/** The parts of the text nodes a range covers, as (node, start, end). */
function piecesOf(termRange: AbstractRange, termIndex: number): Piece[] {
  const range = liveRangeOf(termRange);
  if (range === null) return [];
  const start = range.startContainer;
  const end = range.endContainer;
  if (start === end) {
    if (start.nodeType !== Node.TEXT_NODE || range.startOffset === range.endOffset) return [];
    return [{ node: start as Text, start: range.startOffset, end: range.endOffset, termIndex }];
  }
  const document = start.ownerDocument;
  if (document === null) return [];
  const pieces: Piece[] = [];
  const walker = document.createTreeWalker(range.commonAncestorContainer, NodeFilter.SHOW_TEXT);
  let node: Node | null;
  if (start.nodeType === Node.TEXT_NODE) {
    walker.currentNode = start;
    node = start;
  } else {
    node = walker.nextNode();
  }
  while (node !== null) {
    if (range.intersectsNode(node)) {
      const text = node as Text;
      const from = node === start ? range.startOffset : 0;
      const to = node === end ? range.endOffset : text.data.length;
      if (to > from) pieces.push({ node: text, start: from, end: to, termIndex });
    } else if (pieces.length > 0) {
      break;
    }
    if (node === end) break;
    node = walker.nextNode();
  }
  return pieces;
}

function wrapInSpans(ranges: readonly TermRange[]): { spans: HTMLElement[]; ranges: TermRange[] } {
  // Work out every piece before changing anything, since wrapping moves nodes.
  const byNode = new Map<Text, Piece[]>();
  ranges.forEach((entry, index) => {
    for (const piece of piecesOf(entry.range, index)) {
      const list = byNode.get(piece.node);
      if (list === undefined) byNode.set(piece.node, [piece]);
      else list.push(piece);
    }
  });

  const spansByTerm: HTMLElement[][] = ranges.map(() => []);
  const spans: HTMLElement[] = [];
  for (const [node, pieces] of byNode) {
    const document = node.ownerDocument;
    // Right to left, so the offsets of the pieces still to do stay valid.
    pieces.sort((a, b) => b.start - a.start);
    let limit = node.data.length;
    for (const piece of pieces) {
      // Skip overlapping pieces (collectTermRanges never makes them).
      if (piece.end > limit) continue;
      if (piece.end < node.data.length) splitPieces.add(node.splitText(piece.end));
      const target = piece.start > 0 ? node.splitText(piece.start) : node;
      if (target !== node) splitPieces.add(target);
      const entry = ranges[piece.termIndex]!;
      const span = document.createElement('span');
      span.setAttribute('data-jianfan-ui', 'term');
      span.setAttribute('data-jianfan-term-id', entry.termId);
      target.parentNode?.insertBefore(span, target);
      span.append(target);
      spans.push(span);
      spansByTerm[piece.termIndex]!.push(span);
      limit = piece.start;
    }
  }

  const marked: TermRange[] = [];
  ranges.forEach((entry, index) => {
    const list = spansByTerm[index]!;
    if (list.length === 0) return;
    // Pieces were wrapped right to left within a node; put them in text order.
    list.sort((a, b) =>
      a === b ? 0 : a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
    );
    const first = list[0]!.firstChild;
    const last = list[list.length - 1]!.lastChild;
    if (first === null || last === null) return;
    const range = first.ownerDocument!.createRange();
    range.setStart(first, 0);
    range.setEnd(last, (last as Text).data.length);
    marked.push({ ...entry, range });
  });

  return { spans, ranges: marked };
}

/** Replaces each span by its content, then joins the text nodes that marking split. */
function unwrapSpans(spans: readonly Element[]): void {
  const touched: Text[] = [];
  for (const span of spans) {
    const parent = span.parentNode;
    if (parent === null) continue;
    for (const child of Array.from(span.childNodes)) {
      parent.insertBefore(child, span);
      if (child.nodeType === Node.TEXT_NODE) touched.push(child as Text);
    }
    span.remove();
  }
  // A piece joins the text node before it, which is the part of the same
  // original node that preceded it. Text order, so chains join left to right.
  const pieces = new Set<Text>();
  for (const text of touched) {
    if (splitPieces.has(text)) pieces.add(text);
    const next = text.nextSibling;
    if (next !== null && next.nodeType === Node.TEXT_NODE && splitPieces.has(next as Text)) {
      pieces.add(next as Text);
    }
  }
  const ordered = Array.from(pieces).sort((a, b) =>
    a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
  );
  for (const piece of ordered) {
    const previous = piece.previousSibling;
    if (previous === null || previous.nodeType !== Node.TEXT_NODE) continue;
    (previous as Text).appendData(piece.data);
    piece.remove();
    splitPieces.delete(piece);
  }
}

/**
 * Removes every term span under `root` (for example after the handle was
 * lost) and joins the text nodes that marking split, restoring the DOM.
 */
export function unwrapHighlights(root: ParentNode): void {
  unwrapSpans(Array.from(root.querySelectorAll(TERM_SPAN_SELECTOR)));
}
