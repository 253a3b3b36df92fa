import { isInsideSkipped, UI_ATTRIBUTE } from '../convert/dom-rules.ts';

/**
 * Which blocks of a page the reading modes work on: the ones that get a companion in the
 * parallel mode, and the ones whose original the peek card shows.
 */

/** Elements that hold a piece of text a reader reads as one: a paragraph, a heading, a cell… */
export const TEXT_BLOCK_TAGS: ReadonlySet<string> = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'blockquote',
  'td',
  'th',
  'dd',
  'dt',
  'figcaption',
]);

const TEXT_BLOCK_SELECTOR = [...TEXT_BLOCK_TAGS].join(',');

/**
 * Page furniture. On a page that is not NetEase-style the parallel root is a guess (the
 * densest text block, or `main`/`article`), and what sits in these is navigation, not text.
 */
const FURNITURE_SELECTOR =
  'nav, header, footer, aside, [role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"]';

/** Editable regions inside a block: a block holding one never gets a companion. */
const EDITOR_SELECTOR = '[contenteditable]:not([contenteditable="false" i])';

const HAN = /\p{Script=Han}/u;

export function hasHan(text: string): boolean {
  return HAN.test(text);
}

/** The page's own text of a text node; the converter's `originalTextOf` in the reader. */
export type OriginalTextOf = (node: Text) => string;

const pageText: OriginalTextOf = (node) => node.data;

export interface TextBlock {
  /** The element the companion goes into. */
  readonly block: Element;
  /**
   * Its own content: the child nodes that hold no other selected block. A list item with a
   * nested list owns its text, not the nested list, whose items are blocks of their own.
   */
  readonly ownNodes: readonly Node[];
  /** The companion goes right after this child: the last own child with something to read. */
  readonly after: Node;
}

export interface SelectTextBlocksOptions {
  readonly root: Element;
  /** Leave out blocks in page furniture (nav, header, footer, aside), up to `root`. */
  readonly skipFurniture: boolean;
  /** The page's own text of a text node (the converter may show another). */
  readonly textOf?: OriginalTextOf;
}

/**
 * The text blocks under `root` (and `root` itself when it is one), in document order: p,
 * h1–h6, li, blockquote, td, th, dd, dt and figcaption elements whose own text has Chinese
 * characters. Never one inside code, our own UI, `translate="no"` or an editor, nor one that
 * holds an editable region.
 */
export function selectTextBlocks(options: SelectTextBlocksOptions): TextBlock[] {
  const { root, skipFurniture } = options;
  const textOf = options.textOf ?? pageText;
  const candidates: Element[] = [];
  if (root.matches(TEXT_BLOCK_SELECTOR)) candidates.push(root);
  candidates.push(...root.querySelectorAll(TEXT_BLOCK_SELECTOR));

  // Han characters look the same converted or not, so the live text is enough to tell which
  // candidates hold any Chinese at all.
  const eligible = candidates.filter(
    (element) =>
      hasHan(element.textContent ?? '') &&
      !isInsideSkipped(element) &&
      element.querySelector(EDITOR_SELECTOR) === null &&
      !(skipFurniture && isInFurniture(element, root)),
  );
  const selected = new Set(eligible);
  // Every element on the way from a selected block up to the root holds a block.
  const holders = new Set<Element>();
  for (const element of eligible) {
    for (
      let parent = element.parentElement;
      parent !== null && !holders.has(parent);
      parent = parent.parentElement
    ) {
      holders.add(parent);
      if (parent === root) break;
    }
  }

  /** A block's own content: its children that hold no other selected block. */
  const ownContent = (block: Element): TextBlock | null => {
    const ownNodes: Node[] = [];
    let after: Node | null = null;
    let ownText = '';
    for (let child = block.firstChild; child !== null; child = child.nextSibling) {
      if (child.nodeType === 1) {
        const element = child as Element;
        if (selected.has(element) || holders.has(element)) continue;
        if (isOurUi(element)) continue;
        ownNodes.push(child);
        ownText += ownTextOf(element, textOf);
        after = child;
      } else if (child.nodeType === 3) {
        ownNodes.push(child);
        const text = textOf(child as Text);
        ownText += text;
        if (text.trim() !== '') after = child;
      }
    }
    return after !== null && hasHan(ownText) ? { block, ownNodes, after } : null;
  };

  // An element between a block and a block nested in it, with text of its own
  // (`<li>標題<div>說明文字<p>段落</p></div></li>`), is a block too: the outer block is left in
  // the original, and the text would otherwise read neither converted nor with a companion.
  const between = [...holders].filter(
    (holder) =>
      !selected.has(holder) &&
      holder !== root &&
      hasSelectedAncestor(holder, selected, root) &&
      !isInsideSkipped(holder) &&
      holder.querySelector(EDITOR_SELECTOR) === null,
  );
  const blocks: TextBlock[] = [];
  for (const block of eligible) {
    const content = ownContent(block);
    if (content !== null) blocks.push(content);
  }
  if (between.length === 0) return blocks;
  for (const holder of between) {
    const content = ownContent(holder);
    if (content !== null) blocks.push(content);
  }
  // Document order, as for the others.
  return blocks.sort((a, b) =>
    a.block.compareDocumentPosition(b.block) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
  );
}

function hasSelectedAncestor(element: Element, selected: Set<Element>, root: Element): boolean {
  for (let parent = element.parentElement; parent !== null; parent = parent.parentElement) {
    if (selected.has(parent)) return true;
    if (parent === root) return false;
  }
  return false;
}

/** The nearest text block holding `node`, for the peek card; null outside one. */
export function textBlockOf(node: Node | null): Element | null {
  let element: Element | null =
    node === null ? null : node.nodeType === 1 ? (node as Element) : node.parentElement;
  while (element !== null) {
    if (isOurUi(element)) return null;
    if (TEXT_BLOCK_TAGS.has(element.localName)) {
      if (isInsideSkipped(element) || element.querySelector(EDITOR_SELECTOR) !== null) {
        return null;
      }
      return hasHan(element.textContent ?? '') ? element : null;
    }
    element = element.parentElement;
  }
  return null;
}

/**
 * The page's own text of a block, whitespace collapsed, without our UI (companions, cards)
 * and without what is not read (scripts, styles).
 */
export function originalTextOfBlock(block: Element, textOf: OriginalTextOf = pageText): string {
  return ownTextOf(block, textOf).replace(/\s+/g, ' ').trim();
}

const UNREAD_TAGS = new Set(['script', 'style', 'noscript', 'template']);

function ownTextOf(element: Element, textOf: OriginalTextOf): string {
  let text = '';
  for (let child = element.firstChild; child !== null; child = child.nextSibling) {
    if (child.nodeType === 3) {
      text += textOf(child as Text);
    } else if (child.nodeType === 1) {
      const nested = child as Element;
      if (isOurUi(nested) || UNREAD_TAGS.has(nested.localName)) continue;
      text += ownTextOf(nested, textOf);
    }
  }
  return text;
}

/**
 * Our UI parts that hold page text: glossary marks (`term`, where the Custom Highlight API is
 * missing) and the repair's placeholders for lost text (`lost-span`). Every other part
 * (companions, cards) is ours alone.
 */
const PAGE_TEXT_UI_PARTS = new Set(['term', 'lost-span']);

export function isOurUi(element: Element): boolean {
  const ui = element.getAttribute(UI_ATTRIBUTE);
  return ui !== null && !PAGE_TEXT_UI_PARTS.has(ui);
}

function isInFurniture(element: Element, root: Element): boolean {
  for (let current: Element | null = element; current !== null; current = current.parentElement) {
    if (current.matches(FURNITURE_SELECTOR)) return true;
    if (current === root) return false;
  }
  return false;
}
