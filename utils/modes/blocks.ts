import {
  createAncestorTest,
  createInsideSkippedTest,
  isInsideSkipped,
  isOpaqueElement,
  isSkippedElement,
  UI_ATTRIBUTE,
} from '../convert/dom-rules.ts';

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
  'nav, aside, [role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"]';

/**
 * Headers and footers are the page's banner and colophon only outside the article: the
 * `<header>` of an `article` or `main` holds the article's own headline and byline (HTML gives
 * such a header no banner role either), and the parallel root is widened to the article so
 * that its headline gets a companion.
 */
const EDGE_SELECTOR = 'header, footer';
const ARTICLE_SELECTOR = 'article, main, [role="main"]';

export function isFurniture(element: Element): boolean {
  if (element.matches(FURNITURE_SELECTOR)) return true;
  return element.matches(EDGE_SELECTOR) && element.parentElement?.closest(ARTICLE_SELECTOR) == null;
}

/** Editable regions inside a block: a block holding one never gets a companion. */
const EDITOR_SELECTOR = '[contenteditable]:not([contenteditable="false" i])';

/**
 * Form controls and ARIA widgets. What they hold is a control's label, not prose: a companion
 * inside one would be read as part of its name (twice over) and clicked as the control, so no
 * block or line inside one gets a companion.
 */
export const WIDGET_SELECTOR = [
  'input',
  'textarea',
  'select',
  'button',
  ...[
    'button',
    'checkbox',
    'combobox',
    'listbox',
    'menu',
    'menubar',
    'menuitem',
    'menuitemcheckbox',
    'menuitemradio',
    'option',
    'radio',
    'scrollbar',
    'searchbox',
    'slider',
    'spinbutton',
    'switch',
    'tab',
    'tablist',
    'textbox',
    'tree',
    'treeitem',
  ].map((role) => `[role="${role}" i]`),
].join(', ');

/** What a line must not hold: an editable region, or a control. */
const CONTROL_SELECTOR = `${EDITOR_SELECTOR}, ${WIDGET_SELECTOR}`;

const HAN = /\p{Script=Han}/u;

/** Text with something other than white space (`trim() !== ''` without a new string). */
const NOT_BLANK = /\S/;

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
   * Its own content: a run of child nodes that hold no other selected block. A list item with a
   * nested list owns its text, not the nested list, whose items are blocks of their own; text
   * on both sides of the nested list is two runs, each a `TextBlock` with its own companion.
   */
  readonly ownNodes: readonly Node[];
  /** The companion goes right after this child: the run's last child with something to read. */
  readonly after: Node;
  /**
   * What the block is known by from one look at the page to the next: the block element (for
   * a block's first run), or for a later run of its own text, or for a line of a container
   * (see `containerLines`), its first node.
   */
  readonly anchor: Node;
  /**
   * What the converter leaves as the page wrote it while the companion shows: the block
   * element, or a line's own nodes (the rest of its container stays converted).
   */
  readonly original: readonly Node[];
  /**
   * For a line: whether every line of its container with something to read is shown in the
   * original, so that the container may say what language its text is in (a text node
   * cannot carry a `lang`).
   */
  readonly containerShown?: boolean;
}

export interface SelectTextBlocksOptions {
  readonly root: Element;
  /**
   * Leave out blocks in page furniture (nav, aside, and a header or footer outside an article
   * or main), up to `root`.
   */
  readonly skipFurniture: boolean;
  /** The page's own text of a text node (the converter may show another). */
  readonly textOf?: OriginalTextOf;
}

/**
 * The text blocks under `root` (and `root` itself when it is one), in document order: p,
 * h1–h6, li, blockquote, td, th, dd, dt and figcaption elements whose own text has Chinese
 * characters. Never one inside code, our own UI, `translate="no"`, an editor or a control or
 * widget, nor one that holds an editable region.
 */
export function selectTextBlocks(options: SelectTextBlocksOptions): TextBlock[] {
  const { root, skipFurniture } = options;
  const textOf = options.textOf ?? pageText;
  // A cell or a quotation holding paragraphs of lines (`holdsParagraphLines`) is a container of
  // lines, as a `<div>` split by `<br>`s is: each line gets its companion.
  const all = Array.from(root.querySelectorAll(TEXT_BLOCK_SELECTOR));
  if (root.matches(TEXT_BLOCK_SELECTOR)) all.unshift(root);
  const candidates: Element[] = [];
  const lineHolders: Element[] = [];
  for (const element of all) {
    (holdsParagraphLines(element) ? lineHolders : candidates).push(element);
  }
  const candidateSet = new Set(candidates);

  // The checks below climb from each candidate to the root: on an article of 20,000
  // paragraphs, each climbing on its own (and each looking for an editor inside it) took most
  // of the search's 150 ms in one task.
  const insideSkipped = createInsideSkippedTest();
  const holdsEditor = editorHolders(root);
  const inFurniture = skipFurniture
    ? createAncestorTest(
        (node) => isFurniture(node as Element),
        (node) => (node === root ? null : (node as Element).parentElement),
      )
    : () => false;
  const inWidget = createAncestorTest(
    (node) => (node as Element).matches(WIDGET_SELECTOR),
    (node) => (node === root ? null : (node as Element).parentElement),
  );
  // Han characters look the same converted or not, so the live text is enough to tell which
  // candidates hold any Chinese at all.
  const eligible = candidates.filter(
    (element) =>
      hasHan(element.textContent ?? '') &&
      !insideSkipped(element) &&
      !holdsEditor.has(element) &&
      !inFurniture(element) &&
      !inWidget(element),
  );
  const selected = new Set(eligible);
  // The walk for lines stops at a text block: a container of lines inside one (a Discuz post's
  // <td> in the <td> of its floor) is read from itself, and left out of the block's own content.
  const lineHolderSet = new Set(lineHolders);
  const innerLines = new Set<Element>();
  for (const holder of lineHolders) {
    if (holder === root) continue;
    for (let parent = holder.parentElement; parent !== null; parent = parent.parentElement) {
      if (candidateSet.has(parent)) {
        if (!insideSkipped(holder) && !inFurniture(holder) && !inWidget(holder)) {
          innerLines.add(holder);
        }
        break;
      }
      if (parent === root || lineHolderSet.has(parent)) break;
    }
  }
  // Every element on the way from a selected block up to the root holds a block.
  const holders = ancestorsUpTo(root, [...eligible, ...innerLines]);

  /**
   * A block's own content: its children that hold no other selected block, in runs split by
   * the children that do. Each run with Chinese in it is read apart from the others
   * (`<li>開頭<ul>…</ul>結尾</li>` reads 開頭, the nested list, then 結尾), so each gets its own
   * companion, right after it: one companion for both runs, after the last, would put the
   * first run's conversion below the nested list.
   */
  // Read from the live text: Han characters and blank text look the same converted or not, and
  // asking the converter for the original of every node took a quarter of a second on a page
  // of 20,000 paragraphs.
  const ownContent = (block: Element): TextBlock[] => {
    const runs: TextBlock[] = [];
    let ownNodes: Node[] = [];
    let after: Node | null = null;
    let han = false;
    const endRun = () => {
      if (after !== null && han) {
        // The first run is known by the block, as a block of one run is; a later one by its
        // first node, as a line is.
        const anchor = runs.length === 0 ? block : ownNodes[0]!;
        runs.push({ block, ownNodes, after, anchor, original: [block] });
      }
      ownNodes = [];
      after = null;
      han = false;
    };
    for (let child = block.firstChild; child !== null; child = child.nextSibling) {
      if (child.nodeType === 1) {
        const element = child as Element;
        if (selected.has(element) || holders.has(element) || innerLines.has(element)) {
          endRun();
          continue;
        }
        if (isOurUi(element)) continue;
        ownNodes.push(child);
        han ||= hasHan(ownTextOf(element, pageText));
        after = child;
      } else if (child.nodeType === 3) {
        ownNodes.push(child);
        const text = (child as Text).data;
        han ||= hasHan(text);
        if (NOT_BLANK.test(text)) after = child;
      }
    }
    endRun();
    return runs;
  };

  // An element between a block and a block nested in it, with text of its own
  // (`<li>標題<div>說明文字<p>段落</p></div></li>`), is a block too: the outer block is left in
  // the original, and the text would otherwise read neither converted nor with a companion.
  const between = [...holders].filter(
    (holder) =>
      !selected.has(holder) &&
      holder !== root &&
      !innerLines.has(holder) &&
      hasSelectedAncestor(holder, selected, root, innerLines) &&
      !insideSkipped(holder) &&
      !holdsEditor.has(holder),
  );
  const blocks: TextBlock[] = [];
  /** Whether a block came in more than one run: its later runs follow its nested blocks. */
  let split = false;
  for (const block of [...eligible, ...between]) {
    const runs = ownContent(block);
    if (runs.length > 1) split = true;
    for (const run of runs) blocks.push(run);
  }
  const lines = [root, ...innerLines].flatMap((container) =>
    containerLines({
      root: container,
      candidates: candidateSet,
      skipFurniture,
      textOf,
      // On a NetEase-style page the root is the article: every line of it is the article's.
      // Elsewhere the root is a guess (or the body), and a `<div>` of text is as often a
      // button, a byline or a menu entry as a paragraph.
      isProse: skipFurniture ? looksLikeProse : hasHan,
    }),
  );
  if (between.length === 0 && lines.length === 0 && !split) return blocks;
  for (const line of lines) blocks.push(line);
  return inDocumentOrder(root, blocks);
}

/**
 * `blocks` sorted by their anchors' places in the document, found in one walk of the root:
 * sorted with `compareDocumentPosition`, which counts its way along siblings, 10,000 lines of
 * 5,000 sibling `<div>`s took seconds.
 */
function inDocumentOrder(root: Element, blocks: TextBlock[]): TextBlock[] {
  const wanted = new Set(blocks.map(({ anchor }) => anchor));
  const place = new Map<Node, number>();
  const walker = root.ownerDocument.createTreeWalker(root, 1 | 4 /* elements, text */);
  for (let node: Node | null = walker.currentNode; node !== null; node = walker.nextNode()) {
    if (wanted.has(node)) place.set(node, place.size);
  }
  return blocks.sort((a, b) => (place.get(a.anchor) ?? 0) - (place.get(b.anchor) ?? 0));
}

/**
 * Elements that end a line of text (besides `<br>`), and that no line holds: the blocks of
 * HTML and what shows as a box of its own. A custom element is one too, as the converter
 * treats it: its text may be a component's own.
 */
const LINE_BREAKING_TAGS: ReadonlySet<string> = new Set([
  ...TEXT_BLOCK_TAGS,
  'address',
  'article',
  'aside',
  'body',
  'caption',
  'center',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'fieldset',
  'figure',
  'footer',
  'form',
  'header',
  'hgroup',
  'hr',
  'iframe',
  'legend',
  'main',
  'menu',
  'nav',
  'ol',
  'pre',
  'search',
  'section',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul',
  'video',
  'audio',
  'canvas',
  'object',
  'embed',
  'frameset',
]);

/** Text blocks that may hold an article's paragraphs as lines: all but a `<p>` and a heading. */
const LINE_HOLDING_TAGS: ReadonlySet<string> = new Set(
  [...TEXT_BLOCK_TAGS].filter((tag) => tag !== 'p' && !/^h[1-6]$/.test(tag)),
);

/**
 * Whether a text block other than a `<p>` or a heading holds paragraphs written as lines split
 * by `<br>`s, a blank line (two `<br>`s) between two of them: a forum post kept in one `<td>`
 * (Discuz), an article quoted in a `<blockquote>`. Its lines are read one by one, as a
 * `<div>`'s are (`containerLines`). Lines without a blank line between them (an address in a
 * cell) stay one block.
 */
export function holdsParagraphLines(element: Element): boolean {
  if (!LINE_HOLDING_TAGS.has(element.localName) || element.querySelector('br') === null) {
    return false;
  }
  let lines = 0;
  let inLine = false;
  /** `<br>`s since the last line's text. */
  let breaks = 0;
  const visit = (parent: Element): boolean => {
    for (let child = parent.firstChild; child !== null; child = child.nextSibling) {
      if (child.nodeType === 3) {
        if (inLine || !NOT_BLANK.test((child as Text).data)) continue;
        if (lines > 0 && breaks >= 2) return true;
        lines += 1;
        inLine = true;
        breaks = 0;
      } else if (child.nodeType === 1) {
        const nested = child as Element;
        if (nested.localName === 'br') {
          inLine = false;
          breaks += 1;
        } else if (isOurUi(nested) || UNREAD_TAGS.has(nested.localName)) {
          // Neither text nor a break.
        } else if (breaksLine(nested)) {
          inLine = false;
          breaks = 0;
        } else if (visit(nested)) {
          return true;
        }
      }
    }
    return false;
  };
  return visit(element);
}

function breaksLine(element: Element): boolean {
  return (
    LINE_BREAKING_TAGS.has(element.localName) ||
    element.localName.includes('-') ||
    // A shadow host shows its shadow tree, not its children: its text is the component's.
    element.shadowRoot !== null
  );
}

/**
 * Containers whose children a companion may not join: lists, tables and definition lists allow
 * only their items (see companion.ts), and what media and embeds hold is fallback content,
 * never shown beside them.
 */
const NO_LINE_CONTAINERS: ReadonlySet<string> = new Set([
  'ul',
  'ol',
  'dl',
  'menu',
  'dir',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'colgroup',
  'select',
  'datalist',
]);

interface ContainerLinesOptions {
  readonly root: Element;
  /** The elements of text-block tags under the root: their text is theirs, never a line. */
  readonly candidates: ReadonlySet<Element>;
  readonly skipFurniture: boolean;
  readonly textOf: OriginalTextOf;
  /** Whether a line's text is worth a companion. */
  readonly isProse: (text: string) => boolean;
  /**
   * Whether the root holding one line only is a block (for the peek card, which looks at one
   * container). The parallel mode's root is the article, never left alone whole.
   */
  readonly rootMayBeWhole?: boolean;
}

/**
 * Lines of text that sit directly in a container, outside any text block: an article written
 * as one `<div>` whose paragraphs are split by `<br>` (as mirror sites copy NetEase articles),
 * or paragraphs written as `<div>`s. A line is the run of text and inline elements between two
 * `<br>`s (or a box) in its container. Its companion goes after the `<br>` that ends it, so the
 * copy takes the place of the line break: the page's spacing between lines stays as it was.
 */
function containerLines(options: ContainerLinesOptions): TextBlock[] {
  const { root, candidates, textOf } = options;
  // An inline element holding a box somewhere inside is a container of its own, not part of a
  // line (its text would be copied twice); so is one holding a `<br>`: mirror sites wrap a
  // whole article split by `<br>`s in a `<font>` or `<span>`, and its paragraphs are lines of
  // their own. Looked at only for the inline elements met in a container, each once: walking
  // every element under the root for it took most of a second on a page of 20,000 paragraphs.
  // Our own companions are left out: what a container is must not depend on them.
  const holdsBox = (inline: Element): boolean => {
    const walker = inline.ownerDocument.createTreeWalker(inline, 1 /* elements */, {
      // 2 is NodeFilter.FILTER_REJECT (our UI and all inside it), 1 FILTER_ACCEPT.
      acceptNode: (node) => (isOurUi(node as Element) ? 2 : 1),
    });
    for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
      const element = node as Element;
      if (element.localName === 'br' || breaksLine(element)) return true;
    }
    return false;
  };

  const lines: TextBlock[] = [];
  if (isInsideSkipped(root)) return lines;
  const stack: Element[] = [root];
  while (stack.length > 0) {
    const container = stack.pop()!;
    // A text block's content is its own, selected or not (one without Chinese, in furniture or
    // holding an editor has nothing for a line either). Code, editors, our UI and what the page
    // keeps from translation are never converted; furniture is left out where the root is a
    // guess.
    if (candidates.has(container)) continue;
    if (container !== root && isSkippedElement(container)) continue;
    if (isOpaqueElement(container) || container.shadowRoot !== null) continue;
    if (NO_LINE_CONTAINERS.has(container.localName)) {
      // Their items may hold lines of their own.
      for (const child of container.children) stack.push(child);
      continue;
    }
    if (options.skipFurniture && isFurniture(container)) continue;
    // A control holding a box (`<button><div>展開全文</div></button>`) is one of the line's
    // boxes, not a container of lines: its text is its label.
    if (container.matches(WIDGET_SELECTOR)) continue;
    let line: Node[] = [];
    let text = '';
    let last: Node | null = null;
    /**
     * A line holding an editor gets no companion, as a block holding one does not; nor does
     * one holding a form control (a form's labels and fields are not prose).
     */
    let holdsControl = false;
    /** Lines with something to read, and boxes, met in this container so far. */
    let linesRead = 0;
    let boxes = 0;
    const firstLine = lines.length;
    const endLine = (lineBreak: Element | null) => {
      if (last !== null) linesRead += 1;
      if (last !== null && !holdsControl && options.isProse(text)) {
        lines.push({
          block: container,
          ownNodes: line,
          after: lineBreak ?? last,
          anchor: line[0]!,
          original: line,
        });
      }
      line = [];
      text = '';
      last = null;
      holdsControl = false;
    };
    for (let child = container.firstChild; child !== null; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const data = textOf(child as Text);
        line.push(child);
        text += data;
        if (NOT_BLANK.test(data)) last = child;
        continue;
      }
      if (child.nodeType !== 1) continue;
      const element = child as Element;
      if (element.localName === 'br') {
        endLine(element);
      } else if (isOurUi(element) || UNREAD_TAGS.has(element.localName)) {
        // Neither text of the line nor the end of one.
      } else if (breaksLine(element) || holdsBox(element)) {
        endLine(null);
        stack.push(element);
        boxes += 1;
      } else {
        // Inline: part of the line, as code or a word kept from translation is part of a
        // paragraph.
        if (element.matches(CONTROL_SELECTOR) || element.querySelector(CONTROL_SELECTOR) !== null) {
          holdsControl = true;
        }
        line.push(element);
        text += ownTextOf(element, textOf);
        last = element;
      }
    }
    endLine(null);
    // A container that holds one line and nothing else (a paragraph written as a `<div>`) is a
    // block like a `<p>`: the converter leaves it alone whole, and it takes the original's
    // `lang`.
    if (
      linesRead === 1 &&
      boxes === 0 &&
      lines.length === firstLine + 1 &&
      (container !== root || options.rootMayBeWhole === true)
    ) {
      lines[firstLine] = { ...lines[firstLine]!, anchor: container, original: [container] };
    } else if (lines.length - firstLine === linesRead && linesRead > 1 && boxes === 0) {
      for (let i = firstLine; i < lines.length; i++) {
        lines[i] = { ...lines[i]!, containerShown: true };
      }
    }
  }
  return lines;
}

/** A line that reads as a sentence: it has a full stop of some kind, or a dozen characters. */
function looksLikeProse(text: string): boolean {
  if (/[。！？；…]/.test(text)) return true;
  let han = 0;
  for (const _ of text.matchAll(HAN_GLOBAL)) if (++han >= 12) return true;
  return false;
}

const HAN_GLOBAL = /\p{Script=Han}/gu;

/** Whether a selected block holds `element` below `root`, with no container of lines between. */
function hasSelectedAncestor(
  element: Element,
  selected: Set<Element>,
  root: Element,
  lineContainers: ReadonlySet<Element>,
): boolean {
  for (let parent = element.parentElement; parent !== null; parent = parent.parentElement) {
    if (selected.has(parent)) return true;
    if (lineContainers.has(parent)) return false;
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
      // Its lines are targets of their own (`peekTargetOf`).
      if (holdsParagraphLines(element)) return null;
      if (isInsideSkipped(element) || element.querySelector(EDITOR_SELECTOR) !== null) {
        return null;
      }
      return hasHan(element.textContent ?? '') ? element : null;
    }
    element = element.parentElement;
  }
  return null;
}

/** What the peek card shows the original of: a text block, or a line of a container. */
export interface PeekTarget {
  /** The text block, or the line's container. */
  readonly block: Element;
  /** What tells one target from another: the block, or the line's first node. */
  readonly key: Node;
  /** The line's own nodes (its box is where the card goes); null for a text block. */
  readonly line: readonly Node[] | null;
}

/**
 * The paragraph around `node` whose original the peek card shows: its text block (see
 * `textBlockOf`), else the line of a container it is in (see `containerLines`: a mirror's
 * article split by `<br>`s, a paragraph written as a `<div>`). Null outside both.
 */
export function peekTargetOf(
  node: Node | null,
  textOf: OriginalTextOf = pageText,
): PeekTarget | null {
  const block = textBlockOf(node);
  if (block !== null) return { block, key: block, line: null };
  if (node === null) return null;
  const start = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (start === null) return null;
  const nearestBlock = start.closest(TEXT_BLOCK_SELECTOR);
  if (nearestBlock !== null && !holdsParagraphLines(nearestBlock)) return null;
  // The container whose lines the node is in: the nearest element that is not inline.
  let container: Element | null = start;
  while (container !== null && !breaksLine(container) && container.parentElement !== null) {
    if (isOurUi(container)) return null;
    container = container.parentElement;
  }
  if (container === null || isOurUi(container) || isInsideSkipped(container)) return null;
  const lines = containerLines({
    root: container,
    candidates: new Set(container.querySelectorAll(TEXT_BLOCK_SELECTOR)),
    skipFurniture: false,
    textOf,
    isProse: hasHan,
    rootMayBeWhole: true,
  });
  // The line that holds the node; over the container itself (the caret could not be found),
  // its only line, if it has one line only.
  const own = lines.filter((line) => line.block === node);
  const found =
    own.length === 1
      ? own[0]
      : lines.find((line) => line.ownNodes.some((part) => part === node || part.contains(node)));
  if (found === undefined) return null;
  return found.anchor === found.block
    ? { block: found.block, key: found.block, line: null }
    : { block: found.block, key: found.anchor, line: found.ownNodes };
}

/** The page's own text of a peek target, as `originalTextOfBlock` gives a block's. */
export function originalTextOfTarget(
  target: PeekTarget,
  textOf: OriginalTextOf = pageText,
): string {
  if (target.line === null) return originalTextOfBlock(target.block, textOf);
  return readableText(target.line, textOf);
}

/**
 * The page's own text of a block, as the peek card prints it (see `readableText`): without our
 * UI (companions, cards) and without what is not read (scripts, styles).
 */
export function originalTextOfBlock(block: Element, textOf: OriginalTextOf = pageText): string {
  return readableText(block.childNodes, textOf);
}

/**
 * Ruby annotations: the reading printed over the base text (`rt`), and the brackets around it
 * for browsers without ruby (`rp`). Run inline into a line of plain text, 漢字 over hàn zì reads
 * "漢hàn字zì": the card gives the base text alone.
 */
const RUBY_ANNOTATION_TAGS: ReadonlySet<string> = new Set(['rt', 'rp']);

/**
 * The text of `nodes` as a reader sees it in one plain string: a `<br>` gives a line break
 * (a poem, an address, or an article split by `<br>`s keeps its lines), white space within a
 * line is collapsed as the page shows it, and ruby annotations are left out.
 */
function readableText(nodes: Iterable<Node>, textOf: OriginalTextOf): string {
  // The lines are kept apart until the end: a line break of the source markup is white space to
  // collapse, a `<br>` is not.
  const lines: string[] = [''];
  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      lines[lines.length - 1] += textOf(node as Text);
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    if (element.localName === 'br') {
      lines.push('');
      return;
    }
    if (isOurUi(element) || UNREAD_TAGS.has(element.localName)) return;
    if (RUBY_ANNOTATION_TAGS.has(element.localName)) return;
    for (let child = element.firstChild; child !== null; child = child.nextSibling) visit(child);
  };
  for (const node of nodes) visit(node);
  const collapsed = lines.map((line) => line.replace(/\s+/g, ' ').trim());
  // Breaks before the first line or after the last one show as nothing.
  while (collapsed.length > 0 && collapsed[0] === '') collapsed.shift();
  while (collapsed.length > 0 && collapsed[collapsed.length - 1] === '') collapsed.pop();
  return collapsed.join('\n');
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

/**
 * The elements from `root` down that hold an editor (`element.querySelector(EDITOR_SELECTOR)`
 * finds one), found from the editors up: most pages have none.
 */
function editorHolders(root: Element): Set<Element> {
  return ancestorsUpTo(root, root.querySelectorAll(EDITOR_SELECTOR));
}

/** The ancestors of `elements`, up to and including `root`, each climbed to once. */
function ancestorsUpTo(root: Element, elements: Iterable<Element>): Set<Element> {
  const ancestors = new Set<Element>();
  for (const element of elements) {
    for (
      let parent = element.parentElement;
      parent !== null && !ancestors.has(parent);
      parent = parent.parentElement
    ) {
      ancestors.add(parent);
      if (parent === root) break;
    }
  }
  return ancestors;
}
