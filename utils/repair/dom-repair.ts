import {
  UI_ATTRIBUTE,
  isInlineElement,
  isInsideSkipped,
  isOpaqueElement,
  isSkippedElement,
} from '../convert/dom-rules.ts';
import { adoptStyleSheet } from '../modes/adopt-sheet.ts';
import { countListedCharacters, countPinyinAnnotations } from './artifacts.ts';
import type { GbkCodec } from './gbk.ts';
import {
  LOST_TEXT_MARKER,
  type LostPiece,
  type MirrorRepairPlan,
  type RepairPiece,
  planMirrorRepair,
} from './mirror-text.ts';

/**
 * Repairs a mirror page in place: the text under `root` (default: the body)
 * and the document title. Text is repaired per run, the way the converter
 * groups it (a paragraph's text up to the next block, <br> or skipped
 * element), so an annotation split from its character by an inline element
 * (`內</b>(nèi)`) is still found. A lost span becomes a marked placeholder
 * element; `undo()` puts back every text node's data and removes the
 * placeholders, leaving the page as it was.
 */

/** What the placeholder for lost text says; pass translated strings. */
export interface LostSpanText {
  /** Tooltip. */
  title: string;
  /** Accessible name. */
  label: string;
  /** The visible marker. */
  marker: string;
}

export const DEFAULT_LOST_SPAN_TEXT: LostSpanText = {
  title:
    'Text lost when this page was copied: the copying tool dropped these characters and they cannot be recovered.',
  label: 'Lost text',
  marker: LOST_TEXT_MARKER,
};

export interface RepairDocumentOptions {
  document: Document;
  /** Where to repair; the body by default. The title is repaired as well unless `title` is false. */
  root?: Element | null;
  /**
   * Repair only when the page (root and title together) carries at least this
   * many of the mirror tool's annotations: a pinyin primer that writes
   * 中(zhōng) once or twice is left alone.
   */
  minAnnotations?: number;
  /**
   * Repair only if at least one garbled run decodes: for a page with no sign of NetEase, where
   * the runs' markers (`?yàn)`) are the only reason to repair. A quiz that writes 長(?zhǎng)
   * has such markers, and nothing in it decodes.
   */
  requireDecodedRun?: boolean;
  /** Also repair `document.title` (its <title> element). Default true. */
  title?: boolean;
  lostSpanText?: Partial<LostSpanText>;
  /** GBK codec for garbled runs (tests); the platform's by default. */
  codec?: GbkCodec | null;
}

export interface DocumentRepairStats {
  /** Mirror annotations counted on the page before repair (the threshold's input). */
  annotationsFound: number;
  /** Whether the page passed the threshold and was repaired. */
  repaired: boolean;
  annotationsRemoved: number;
  runsRepaired: number;
  spansLost: number;
}

export interface DocumentRepair {
  stats: DocumentRepairStats;
  /** Restores the page exactly as it was before the repair. Safe to call twice. */
  undo(): void;
}

export const LOST_SPAN_CLASS = 'jianfan-lost';
export const LOST_SPAN_UI = 'lost-span';

export const LOST_SPAN_SELECTOR = `span.${LOST_SPAN_CLASS}[${UI_ATTRIBUTE}="${LOST_SPAN_UI}"]`;

/**
 * The lost-text marker's look, shared by its stylesheet and the inline fallback. Without it
 * the marker reads as text among a mirror's own brackets. A translucent mid-grey tint shows on
 * light and dark pages alike and keeps the text's own colour readable on it; the underline
 * takes the text's colour, and stays where forced colours drop the tint. `!important`, and a
 * selector more specific than a page's `span` or `.content span` rules, keep a page's resets
 * from erasing it. `padding-inline` is logical, for vertical and right-to-left text.
 */
const LOST_SPAN_DECLARATIONS: readonly (readonly [string, string])[] = [
  ['display', 'inline'],
  ['padding-inline', '0.15em'],
  ['border-radius', '0.2em'],
  ['background-color', 'rgb(128 128 128 / 0.22)'],
  ['text-decoration', 'underline dotted'],
  ['text-underline-offset', '0.2em'],
  ['white-space', 'nowrap'],
  ['cursor', 'help'],
];

/**
 * The marker's stylesheet. It goes in as a constructed sheet (see adopt-sheet.ts): a page with
 * `style-src 'self'` refuses `<style>` elements, not sheets made through the CSS object model.
 */
export const LOST_SPAN_CSS = `${LOST_SPAN_SELECTOR} {
${LOST_SPAN_DECLARATIONS.map(([property, value]) => `  ${property}: ${value} !important;`).join('\n')}
}
`;

/**
 * The same look set on the marker itself through the CSS object model (which a CSP does not
 * govern either), for a page where no sheet can be adopted.
 */
export function styleLostSpanInline(span: HTMLElement): void {
  for (const [property, value] of LOST_SPAN_DECLARATIONS) {
    span.style.setProperty(property, value, 'important');
  }
}

export function repairDocument({
  document,
  root = document.body,
  minAnnotations = 3,
  requireDecodedRun = false,
  title = true,
  lostSpanText,
  codec,
}: RepairDocumentOptions): DocumentRepair {
  const texts = { ...DEFAULT_LOST_SPAN_TEXT, ...lostSpanText };
  const runs: Text[][] = [];
  if (root && !isInsideSkipped(root)) runs.push(...collectTextRuns(root));
  const titleRuns = title ? titleTextRuns(document) : [];

  const runText = (run: readonly Text[]) => run.map((node) => node.data).join('');
  let annotationsFound = 0;
  let listedFound = 0;
  for (const run of [...runs, ...titleRuns]) {
    const text = runText(run);
    const annotations = countPinyinAnnotations(text);
    annotationsFound += annotations;
    // Only where the tool was at work: a site's own menus and notes around a mirrored article
    // write the same characters without annotations.
    if (annotations > 0) listedFound += countListedCharacters(text);
  }

  const stats: DocumentRepairStats = {
    annotationsFound,
    repaired: false,
    annotationsRemoved: 0,
    runsRepaired: 0,
    spansLost: 0,
  };
  const journal: Journal = { data: [], inserted: [] };
  let removeStyles: (() => void) | null = null;
  const undo = () => {
    removeStyles?.();
    removeStyles = null;
    for (const node of journal.inserted.splice(0).reverse()) node.parentNode?.removeChild(node);
    for (const { node, data } of journal.data.splice(0).reverse()) node.data = data;
  };
  // The mirror tool annotates every occurrence of its characters in the text it went through; a
  // pinyin lesson in Traditional annotates the ones it teaches, and writes the same characters
  // without them in the same paragraphs (5 of 13 in one, which its annotations alone would have
  // let through).
  if (annotationsFound < minAnnotations || annotationsFound < MIN_ANNOTATED_SHARE * listedFound) {
    return { stats, undo };
  }

  const plans: { run: readonly Text[]; plan: MirrorRepairPlan; lostAsText: boolean }[] = [];
  const planRun = (run: readonly Text[], lostAsText: boolean) => {
    const text = runText(run);
    if (!text.includes(')')) return;
    const plan = planMirrorRepair(text, codec === undefined ? {} : { codec });
    if (plan.edits.length > 0) plans.push({ run, plan, lostAsText });
  };
  for (const run of runs) planRun(run, false);
  // <title> holds text only: a lost span there is just its marker.
  for (const run of titleRuns) planRun(run, true);
  if (requireDecodedRun && !plans.some(({ plan }) => plan.runsRepaired > 0)) {
    return { stats, undo };
  }
  stats.repaired = true;
  for (const { run, plan, lostAsText } of plans) {
    stats.annotationsRemoved += plan.annotationsRemoved;
    stats.runsRepaired += plan.runsRepaired;
    stats.spansLost += plan.spansLost;
    applyEdits({ document, run, edits: plan.edits, journal, texts, lostAsText });
  }
  // Only while a marker is shown: a page without one gets no sheet.
  const spans = journal.inserted.filter((node): node is HTMLElement => node.nodeType === 1);
  if (spans.length > 0) {
    removeStyles = adoptStyleSheet(document, LOST_SPAN_CSS);
    if (removeStyles === null) for (const span of spans) styleLostSpanInline(span);
  }
  return { stats, undo };
}

/**
 * The least share of the listed characters, in the runs of text holding annotations, that must
 * carry the mirror's annotation.
 */
export const MIN_ANNOTATED_SHARE = 0.5;

interface Journal {
  data: { node: Text; data: string }[];
  inserted: Node[];
}

/**
 * The runs of text under `root`, in document order: inline elements continue
 * a run; block elements, <br>, images and the like end it; skipped elements
 * (code, editable content, our own UI, translate="no") are left out and end it.
 */
export function collectTextRuns(root: Node): Text[][] {
  const runs: Text[][] = [];
  let current: Text[] = [];
  const flush = () => {
    if (current.length > 0) runs.push(current);
    current = [];
  };
  // Iterative walk: pages nest deep enough to make recursion a risk.
  const stack: { parent: Node; next: Node | null }[] = [{ parent: root, next: root.firstChild }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1];
    if (!frame) break;
    const node = frame.next;
    if (node === null) {
      stack.pop();
      const parent = frame.parent;
      if (parent.nodeType === 1 && parent !== root && !isInlineElement(parent as Element)) flush();
      continue;
    }
    frame.next = node.nextSibling;
    if (node.nodeType === 3) {
      current.push(node as Text);
    } else if (node.nodeType === 1) {
      const element = node as Element;
      if (isSkippedElement(element) || isOpaqueElement(element)) {
        flush();
      } else {
        if (!isInlineElement(element)) flush();
        stack.push({ parent: element, next: element.firstChild });
      }
    }
  }
  flush();
  return runs;
}

function titleTextRuns(document: Document): Text[][] {
  const element = document.querySelector('title');
  if (!element) return [];
  const nodes = [...element.childNodes].filter((node): node is Text => node.nodeType === 3);
  return nodes.length > 0 ? [nodes] : [];
}

interface ApplyEditsInput {
  document: Document;
  run: readonly Text[];
  edits: readonly { start: number; end: number; pieces: RepairPiece[] }[];
  journal: Journal;
  texts: LostSpanText;
  lostAsText: boolean;
}

/**
 * Applies edits given in offsets of the run's joined text. An edit's
 * replacement goes where the edit starts; the parts of it that reach into
 * later nodes are deleted there.
 */
function applyEdits({ document, run, edits, journal, texts, lostAsText }: ApplyEditsInput): void {
  let nodeStart = 0;
  for (const node of run) {
    const data = node.data;
    const nodeEnd = nodeStart + data.length;
    const parts: (string | LostPiece)[] = [];
    let at = nodeStart;
    for (const edit of edits) {
      if (edit.end <= nodeStart || edit.start >= nodeEnd) continue;
      if (edit.start > at) parts.push(data.slice(at - nodeStart, edit.start - nodeStart));
      if (edit.start >= nodeStart) {
        for (const piece of edit.pieces) {
          if (piece.kind === 'text') parts.push(piece.text);
          else parts.push(lostAsText ? texts.marker : piece);
        }
      }
      at = Math.max(at, Math.min(edit.end, nodeEnd));
    }
    if (at === nodeStart && parts.length === 0) {
      nodeStart = nodeEnd;
      continue;
    }
    if (at < nodeEnd) parts.push(data.slice(at - nodeStart));
    writeParts({ document, node, parts, journal, texts });
    nodeStart = nodeEnd;
  }
}

function writeParts({
  document,
  node,
  parts,
  journal,
  texts,
}: {
  document: Document;
  node: Text;
  parts: readonly (string | LostPiece)[];
  journal: Journal;
  texts: LostSpanText;
}): void {
  // Text up to the first placeholder stays in `node`; each placeholder and
  // the text after it are inserted as new nodes right after it.
  const segments: { lost: LostPiece | null; text: string }[] = [{ lost: null, text: '' }];
  for (const part of parts) {
    const last = segments[segments.length - 1];
    if (typeof part === 'string') {
      if (last) last.text += part;
    } else {
      segments.push({ lost: part, text: '' });
    }
  }
  const [head, ...rest] = segments;
  const original = node.data;
  if (head && head.text !== original) {
    journal.data.push({ node, data: original });
    node.data = head.text;
  }
  let after: Node = node;
  for (const segment of rest) {
    if (!segment.lost) continue;
    const span = lostSpanElement(document, segment.lost, texts);
    after.parentNode?.insertBefore(span, after.nextSibling);
    journal.inserted.push(span);
    after = span;
    if (segment.text !== '') {
      const tail = document.createTextNode(segment.text);
      after.parentNode?.insertBefore(tail, after.nextSibling);
      journal.inserted.push(tail);
      after = tail;
    }
  }
}

function lostSpanElement(document: Document, piece: LostPiece, texts: LostSpanText): HTMLElement {
  const span = document.createElement('span');
  // Marked as our UI so the converter and the repair itself leave it alone.
  span.setAttribute(UI_ATTRIBUTE, LOST_SPAN_UI);
  span.className = LOST_SPAN_CLASS;
  span.setAttribute('role', 'img');
  span.setAttribute('title', texts.title);
  span.setAttribute('aria-label', texts.label);
  span.dataset.lostChars = String(piece.charCount);
  span.textContent = texts.marker;
  return span;
}
