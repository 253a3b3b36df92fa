import {
  blockContainerOf,
  convertibleAttributes,
  isInlineElement,
  isOpaqueElement,
  isSkippedElement,
} from './dom-rules.ts';

/**
 * A run of text nodes that reads as one piece of text: the text of a block element up to the
 * next break (a nested block, <br>, an image, a form control, a skipped element). Inline
 * elements such as <b> or <a> do not break it. The run converts as one string, so a word split
 * by markup (他的<b>頭</b>髮) converts as a word.
 */
export interface TextRun {
  readonly kind: 'text';
  readonly nodes: readonly Text[];
  /** The block element (or shadow root, or document) whose inline content this is. */
  readonly container: Node;
  /** The element whose position decides when the run is converted (viewport first). */
  readonly anchor: Element | null;
}

/** The convertible attributes of one element. */
export interface AttributeWork {
  readonly kind: 'attributes';
  readonly element: Element;
  readonly anchor: Element | null;
}

export type WorkItem = TextRun | AttributeWork;

export interface CollectOptions {
  /** Also walk nested block elements (a whole subtree), not only the container's own runs. */
  readonly deep: boolean;
  /** Position stand-in for the items found (the <iframe> for its document's content). */
  readonly anchor?: Element | null;
  /** Called for every open shadow root found on the way. */
  readonly onShadowRoot?: (root: ShadowRoot) => void;
  /** Called for every <iframe> found on the way. */
  readonly onFrame?: (frame: HTMLIFrameElement) => void;
  /**
   * Subtrees to leave alone besides the skipped ones (the converter's excluded subtrees, such
   * as the blocks the parallel reading mode shows in the original). They break runs as a
   * skipped element does.
   */
  readonly exclude?: (element: Element) => boolean;
}

/**
 * Collects, in document order, the text runs and attribute work of `container`. With
 * `deep: false` only the container's own runs (its inline content) are collected: what a
 * change inside a paragraph needs to redo.
 */
export function collectWork(container: Node, options: CollectOptions): WorkItem[] {
  const items: WorkItem[] = [];
  if (container.nodeType === 9) {
    const root = (container as Document).documentElement;
    if (root !== null) walkContainer(root, options, items);
    return items;
  }
  if (container.nodeType === 1) {
    const element = container as Element;
    if (isSkippedElement(element) || options.exclude?.(element) === true) return items;
    noteElement(element, options, items);
    if (isOpaqueElement(element)) return items;
  }
  walkContainer(container, options, items);
  return items;
}

/**
 * The work for a node the page inserted: the runs of the block it joined (an inserted <b> or
 * text changes the context of its neighbours), and everything inside it.
 */
export function collectInserted(node: Node, options: Omit<CollectOptions, 'deep'>): WorkItem[] {
  const container = blockContainerOf(node);
  const items = container === node ? [] : collectWork(container, { ...options, deep: false });
  if (node.nodeType !== 1) return items;
  const element = node as Element;
  if (isSkippedElement(element) || options.exclude?.(element) === true) return items;
  if (!isInlineElement(element)) {
    items.push(...collectWork(element, { ...options, deep: true }));
    // The new block also splits the runs of the block it was inserted into.
    const parent = element.parentNode;
    if (parent !== null)
      items.push(...collectWork(blockContainerOf(parent), { ...options, deep: false }));
    return items;
  }
  // An inline element: its text is in the container's runs; blocks nested in it are not. The
  // stack holds, for each open level, the next element child to look at (no recursion: see
  // walkContainer).
  const stack: (Element | null)[] = [element.firstElementChild];
  while (stack.length > 0) {
    const child = stack.pop()!;
    if (child === null) continue;
    stack.push(child.nextElementSibling);
    if (isSkippedElement(child) || isOpaqueElement(child)) continue;
    if (options.exclude?.(child) === true) continue;
    if (isInlineElement(child)) stack.push(child.firstElementChild);
    else items.push(...collectWork(child, { ...options, deep: true }));
  }
  return items;
}

function anchorOf(container: Node, options: CollectOptions): Element | null {
  if (options.anchor !== undefined) return options.anchor;
  if (container.nodeType === 1) return container as Element;
  const host = (container as Partial<ShadowRoot>).host;
  if (host) return host;
  if (container.nodeType === 9) return (container as Document).documentElement;
  return null;
}

function noteElement(element: Element, options: CollectOptions, items: WorkItem[]): void {
  if (convertibleAttributes(element).length > 0) {
    items.push({ kind: 'attributes', element, anchor: options.anchor ?? element });
  }
  const shadowRoot = element.shadowRoot;
  if (shadowRoot !== null && options.onShadowRoot) options.onShadowRoot(shadowRoot);
  if (element.localName === 'iframe' && options.onFrame) {
    options.onFrame(element as HTMLIFrameElement);
  }
}

/** A container being walked: its open run, and the next node to look at. */
interface WalkFrame {
  readonly container: Node;
  readonly anchor: Element | null;
  run: Text[];
  next: Node | null;
}

/** The node after `node`'s subtree in document order, staying inside `container`. */
function nextOutside(node: Node, container: Node): Node | null {
  for (let current: Node | null = node; current !== null && current !== container;) {
    if (current.nextSibling !== null) return current.nextSibling;
    current = current.parentNode;
  }
  return null;
}

/**
 * Collects the runs of `container` (and, with `deep`, of the blocks nested in it), in document
 * order. The walk keeps its own stack rather than recursing: pages nest elements thousands deep
 * (10,000 levels is a reliability test), far past what the call stack takes.
 */
function walkContainer(container: Node, options: CollectOptions, items: WorkItem[]): void {
  const frames: WalkFrame[] = [];
  const open = (node: Node) =>
    frames.push({
      container: node,
      anchor: anchorOf(node, options),
      run: [],
      next: node.firstChild,
    });
  const flush = (frame: WalkFrame): void => {
    if (frame.run.length > 0) {
      items.push({
        kind: 'text',
        nodes: frame.run,
        container: frame.container,
        anchor: frame.anchor,
      });
    }
    frame.run = [];
  };
  open(container);
  while (frames.length > 0) {
    const frame = frames[frames.length - 1]!;
    const node = frame.next;
    if (node === null) {
      flush(frame);
      frames.pop();
      continue;
    }
    let descend = false;
    if (node.nodeType === 3) {
      frame.run.push(node as Text);
    } else if (node.nodeType === 1) {
      // Comments and the like neither count nor break.
      const element = node as Element;
      if (isSkippedElement(element) || options.exclude?.(element) === true) {
        flush(frame);
      } else {
        noteElement(element, options, items);
        if (isInlineElement(element)) {
          descend = true;
        } else {
          flush(frame);
          if (options.deep && !isOpaqueElement(element)) {
            frame.next = nextOutside(element, frame.container);
            open(element);
            continue;
          }
        }
      }
    }
    frame.next =
      descend && node.firstChild !== null ? node.firstChild : nextOutside(node, frame.container);
  }
}
