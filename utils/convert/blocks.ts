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
  // An inline element: its text is in the container's runs; blocks nested in it are not.
  const visit = (parent: Element): void => {
    for (let child = parent.firstElementChild; child !== null; child = child.nextElementSibling) {
      if (isSkippedElement(child) || isOpaqueElement(child)) continue;
      if (options.exclude?.(child) === true) continue;
      if (isInlineElement(child)) visit(child);
      else items.push(...collectWork(child, { ...options, deep: true }));
    }
  };
  visit(element);
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

function walkContainer(container: Node, options: CollectOptions, items: WorkItem[]): void {
  const anchor = anchorOf(container, options);
  let run: Text[] = [];
  const flush = (): void => {
    if (run.length > 0) items.push({ kind: 'text', nodes: run, container, anchor });
    run = [];
  };
  const visit = (parent: Node): void => {
    for (let child = parent.firstChild; child !== null; child = child.nextSibling) {
      if (child.nodeType === 3) {
        run.push(child as Text);
        continue;
      }
      if (child.nodeType !== 1) continue; // comments and the like neither count nor break
      const element = child as Element;
      if (isSkippedElement(element) || options.exclude?.(element) === true) {
        flush();
        continue;
      }
      noteElement(element, options, items);
      if (isInlineElement(element)) {
        visit(element);
        continue;
      }
      flush();
      if (options.deep && !isOpaqueElement(element)) walkContainer(element, options, items);
    }
  };
  visit(container);
  flush();
}
