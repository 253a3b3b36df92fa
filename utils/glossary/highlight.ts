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
import type { GlossaryMatcher } from './matcher.ts';

export interface TermRange {
  /** Covers the term in the page; may span several text nodes. */
  range: Range;
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
  if (SKIPPED_TAGS.has(element.localName)) return true;
  const ui = element.getAttribute('data-jianfan-ui');
  if (ui !== null && !SEARCHED_UI_PARTS.has(ui)) return true;
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
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
]);

/**
 * Whether an element separates runs of text. Tag names rather than computed
 * style, so that it works the same in tests and does not force style
 * recalculation on large pages; inline elements (b, a, span, …) join the text
 * around them, so a word split by markup (`高带宽<a>内</a>存`) is still found.
 */
function isBlockBoundary(element: Element): boolean {
  return (
    BLOCK_TAGS.has(element.localName) || element.getAttribute('data-jianfan-ui') === 'companion'
  );
}

/**
 * Runs of text nodes that read as continuous text: within one block, not
 * interrupted by a block boundary or a skipped element.
 */
function collectTextRuns(root: Node, shouldSkip: SkipPredicate): Text[][] {
  const runs: Text[][] = [];
  let run: Text[] = [];
  const flush = () => {
    if (run.length > 0) runs.push(run);
    run = [];
  };
  if (root.nodeType === Node.TEXT_NODE) return [[root as Text]];

  // Iterative depth-first walk, so that deep pages cannot overflow the stack.
  let node: Node | null = root.firstChild;
  while (node !== null) {
    let descend = false;
    if (node.nodeType === Node.TEXT_NODE) {
      if ((node as Text).data.length > 0) run.push(node as Text);
    } else if (node.nodeType === Node.ELEMENT_NODE) {
      const element = node as Element;
      if (shouldSkip(element)) {
        // Skipped content interrupts the text, except ruby annotations, which
        // sit between the characters of one word (中<rt>zhōng</rt>芯).
        if (!RUBY_ANNOTATION_TAGS.has(element.localName)) flush();
      } else {
        if (isBlockBoundary(element)) flush();
        descend = element.firstChild !== null;
      }
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    // Leave finished elements, closing block runs on the way up.
    while (node !== null && node !== root && node.nextSibling === null) {
      node = node.parentNode;
      if (node !== null && node !== root && node.nodeType === Node.ELEMENT_NODE) {
        if (isBlockBoundary(node as Element)) flush();
      }
    }
    if (node === null || node === root) break;
    if (node.nodeType === Node.ELEMENT_NODE && isBlockBoundary(node as Element)) flush();
    node = node.nextSibling;
  }
  flush();
  return runs;
}

/**
 * Every glossary term in the text under `root`, as ranges over the page's
 * text nodes. `shouldSkip` decides which elements are left out (default:
 * `defaultShouldSkip`).
 */
export function collectTermRanges({
  root,
  matcher,
  shouldSkip = defaultShouldSkip,
}: {
  root: Node;
  matcher: Pick<GlossaryMatcher, 'findAll'>;
  shouldSkip?: SkipPredicate;
}): TermRange[] {
  const document = root.nodeType === Node.DOCUMENT_NODE ? (root as Document) : root.ownerDocument;
  if (document === null) return [];
  const result: TermRange[] = [];
  for (const run of collectTextRuns(root, shouldSkip)) {
    let text = '';
    const starts: number[] = [];
    for (const node of run) {
      starts.push(text.length);
      text += node.data;
    }
    const matches = matcher.findAll(text);
    // Matches come in text order, so one forward cursor finds their nodes.
    let cursor = 0;
    for (const match of matches) {
      while (cursor + 1 < run.length && starts[cursor + 1]! <= match.start) cursor++;
      let last = cursor;
      while (last + 1 < run.length && starts[last + 1]! < match.end) last++;
      const range = document.createRange();
      range.setStart(run[cursor]!, match.start - starts[cursor]!);
      range.setEnd(run[last]!, match.end - starts[last]!);
      result.push({
        range,
        termId: match.termId,
        form: match.form,
        text: text.slice(match.start, match.end),
      });
    }
  }
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
  /** Removes the marks; with spans, restores the DOM exactly. */
  clear(): void;
}

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
  createHighlight = (list: Range[]) => new Highlight(...list),
}: {
  ranges: readonly TermRange[];
  /** `null` forces the span fallback. */
  highlightRegistry?: HighlightRegistryLike | null;
  name?: string;
  createHighlight?: (ranges: Range[]) => unknown;
}): HighlightHandle {
  if (highlightRegistry !== null) {
    const highlight = createHighlight(ranges.map((entry) => entry.range));
    highlightRegistry.set(name, highlight);
    return {
      mode: 'highlight-api',
      ranges,
      clear() {
        // Only remove our own highlight, not one registered later under the name.
        if (highlightRegistry.get(name) === highlight) highlightRegistry.delete(name);
      },
    };
  }
  return wrapInSpans(ranges);
}

interface Piece {
  node: Text;
  start: number;
  end: number;
  termIndex: number;
}

/** The parts of the text nodes a range covers, as (node, start, end). */
function piecesOf(range: Range, termIndex: number): Piece[] {
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

function wrapInSpans(ranges: readonly TermRange[]): HighlightHandle {
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

  return {
    mode: 'spans',
    ranges: marked,
    clear() {
      unwrapSpans(spans);
    },
  };
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
