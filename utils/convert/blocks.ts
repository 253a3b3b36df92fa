import {
  blockContainerOf,
  convertibleAttributes,
  convertsOnlyAttributes,
  isInlineElement,
  isOpaqueElement,
  isRubyAnnotation,
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
   * as the blocks the parallel reading mode shows in the original, and the text nodes of the
   * lines it shows so in a container). They break runs as a skipped element does.
   */
  readonly exclude?: (node: Node) => boolean;
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
    if (options.exclude?.(element) === true) return items;
    if (isSkippedElement(element)) {
      noteOwnAttributes(element, options, items);
      return items;
    }
    noteElement(element, options, items);
    if (isOpaqueElement(element)) return items;
  }
  walkContainer(container, options, items);
  return items;
}

/** Appends `more` to `items` one by one: spread into `push`, a long list overflows the stack. */
export function appendItems(items: WorkItem[], more: readonly WorkItem[]): void {
  for (const item of more) items.push(item);
}

/**
 * The work for a node the page inserted: everything inside it, and the runs of the blocks it
 * joined (an inserted <b> or text changes the context of its neighbours; a new block splits
 * the runs of the block it went into). Those blocks are walked shallowly, once each however
 * many nodes went into them: with `containers`, they are added there for the caller to walk
 * (a list the page fills item by item would otherwise be walked once per item); without, they
 * are walked here.
 */
export function collectInserted(
  node: Node,
  options: Omit<CollectOptions, 'deep'>,
  containers?: Set<Node>,
): WorkItem[] {
  const items: WorkItem[] = [];
  const joined = containers ?? new Set<Node>();
  const container = blockContainerOf(node);
  if (container !== node) joined.add(container);
  collectInsertedContent(node, options, joined, items);
  if (containers === undefined) {
    for (const block of joined) appendItems(items, collectWork(block, { ...options, deep: false }));
  }
  return items;
}

function collectInsertedContent(
  node: Node,
  options: Omit<CollectOptions, 'deep'>,
  joined: Set<Node>,
  items: WorkItem[],
): void {
  if (node.nodeType !== 1) return;
  const element = node as Element;
  if (options.exclude?.(element) === true) return;
  if (isSkippedElement(element)) {
    noteOwnAttributes(element, options, items);
    return;
  }
  if (!isInlineElement(element)) {
    appendItems(items, collectWork(element, { ...options, deep: true }));
    const parent = element.parentNode;
    if (parent !== null) joined.add(blockContainerOf(parent));
    return;
  }
  // An inline element: its text is in the container's runs; blocks nested in it are not. The
  // stack holds, for each open level, the next element child to look at (no recursion: see
  // walkContainer).
  const stack: (Element | null)[] = [element.firstElementChild];
  while (stack.length > 0) {
    const child = stack.pop()!;
    if (child === null) continue;
    stack.push(child.nextElementSibling);
    if (options.exclude?.(child) === true) continue;
    if (isSkippedElement(child)) {
      noteOwnAttributes(child, options, items);
      continue;
    }
    if (isOpaqueElement(child)) continue;
    if (isInlineElement(child)) stack.push(child.firstElementChild);
    else appendItems(items, collectWork(child, { ...options, deep: true }));
  }
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

/**
 * The attribute work of a skipped element whose attributes the reader sees all the same (a
 * textarea's placeholder: `convertsOnlyAttributes`); nothing inside it is looked at.
 */
function noteOwnAttributes(
  element: Element,
  options: Pick<CollectOptions, 'anchor'>,
  items: WorkItem[],
): void {
  if (convertsOnlyAttributes(element) && convertibleAttributes(element).length > 0) {
    items.push({ kind: 'attributes', element, anchor: options.anchor ?? element });
  }
}

/** A container being walked: its open run, and the next node to look at. */
interface WalkFrame {
  readonly container: Node;
  readonly anchor: Element | null;
  run: Text[];
  next: Node | null;
  /** Where `next` stood when it was chosen: its parent and its previous sibling. */
  nextParent: Node | null;
  nextPrevious: Node | null;
  /** The walk's pause count when `next` was chosen (see `WorkWalker.resume`). */
  epoch: number;
  /** Times the walk of this container started over. */
  restarts: number;
}

/**
 * The node after `node`'s subtree in document order, staying inside `container`; `null` at the
 * end of the container, `undefined` when `node` is no longer inside it.
 */
function nextOutside(node: Node, container: Node): Node | null | undefined {
  for (let current: Node | null = node; current !== container; current = current.parentNode) {
    if (current === null) return undefined;
    if (current.nextSibling !== null) return current.nextSibling;
  }
  return null;
}

function isWithin(node: Node, container: Node): boolean {
  for (let current: Node | null = node; current !== null; current = current.parentNode) {
    if (current === container) return true;
  }
  return false;
}

/** How many nodes a walk visits between two looks at `shouldPause`. */
const NODES_BETWEEN_PAUSE_CHECKS = 64;
/**
 * How often a paused walk starts a container over before it leaves the rest of it to the
 * mutation observers: a page that keeps rearranging the content where the walk stopped must
 * not keep it walking forever.
 */
const MAX_RESTARTS = 4;

/**
 * A walk over the runs of a container (and, with `deep`, of the blocks nested in it) in
 * document order, that can stop between blocks and go on later: the converter collects a
 * large page in time slices instead of in one long task.
 *
 * The walk keeps its own stack rather than recursing: pages nest elements thousands deep
 * (10,000 levels is a reliability test), far past what the call stack takes. It pauses only
 * where no run is open, so a run never mixes nodes read before and after the page had a turn.
 * The page may change while the walk is paused: each container goes on after the node that
 * preceded the one it was to look at next, where that node still is; otherwise the container
 * is walked again from its start (what converts again writes nothing, it already shows its
 * conversion), a few times at most. Nodes the page adds are the mutation observers' work.
 */
export class WorkWalker {
  private readonly frames: WalkFrame[] = [];
  private visited = 0;
  private epoch = 0;

  constructor(
    container: Node,
    private readonly options: CollectOptions,
  ) {
    this.open(container);
  }

  get done(): boolean {
    return this.frames.length === 0;
  }

  /**
   * Adds the next items to `items` until the walk ends (returns true) or `shouldPause`, asked
   * between blocks every few dozen nodes, says to stop (returns false).
   */
  step(items: WorkItem[], shouldPause: () => boolean = () => false): boolean {
    const { frames, options } = this;
    while (frames.length > 0) {
      const frame = frames[frames.length - 1]!;
      if (frame.run.length === 0 && this.visited >= NODES_BETWEEN_PAUSE_CHECKS) {
        this.visited = 0;
        if (shouldPause()) {
          this.epoch += 1;
          return false;
        }
      }
      if (frame.epoch !== this.epoch) this.resume(frame);
      const node = frame.next;
      if (node === null) {
        this.flush(frame, items);
        frames.pop();
        continue;
      }
      this.visited += 1;
      let descend = false;
      if (node.nodeType === 3) {
        if (options.exclude?.(node) === true) this.flush(frame, items);
        else frame.run.push(node as Text);
      } else if (node.nodeType === 1) {
        // Comments and the like neither count nor break.
        const element = node as Element;
        if (isSkippedElement(element) || options.exclude?.(element) === true) {
          // A ruby annotation is passed over; the word it annotates goes on after it.
          if (!isRubyAnnotation(element)) this.flush(frame, items);
          if (options.exclude?.(element) !== true) noteOwnAttributes(element, options, items);
        } else {
          noteElement(element, options, items);
          if (isInlineElement(element)) {
            descend = true;
          } else {
            this.flush(frame, items);
            if (options.deep && !isOpaqueElement(element)) {
              this.setNext(frame, nextOutside(element, frame.container));
              this.open(element);
              continue;
            }
          }
        }
      }
      this.setNext(
        frame,
        descend && node.firstChild !== null ? node.firstChild : nextOutside(node, frame.container),
      );
    }
    return true;
  }

  private open(node: Node): void {
    const frame: WalkFrame = {
      container: node,
      anchor: anchorOf(node, this.options),
      run: [],
      next: null,
      nextParent: null,
      nextPrevious: null,
      epoch: this.epoch,
      restarts: 0,
    };
    this.setNext(frame, node.firstChild);
    this.frames.push(frame);
  }

  /** Points `frame` at `next`; `undefined` (the node left the container) starts it over. */
  private setNext(frame: WalkFrame, next: Node | null | undefined): void {
    if (next === undefined) {
      this.restart(frame);
      return;
    }
    frame.next = next;
    frame.nextParent = next?.parentNode ?? null;
    frame.nextPrevious = next?.previousSibling ?? null;
    frame.epoch = this.epoch;
  }

  private restart(frame: WalkFrame): void {
    frame.run = [];
    frame.restarts += 1;
    this.setNext(frame, frame.restarts > MAX_RESTARTS ? null : frame.container.firstChild);
  }

  /** After a pause: finds where `frame` goes on if the page has moved things around it. */
  private resume(frame: WalkFrame): void {
    const { next, nextParent: parent, nextPrevious: previous, container } = frame;
    frame.epoch = this.epoch;
    if (next === null) return;
    const inPlace = parent !== null && (parent === container || isWithin(parent, container));
    if (next.parentNode === parent && next.previousSibling === previous && inPlace) return;
    if (!inPlace) {
      this.restart(frame);
    } else if (previous === null) {
      this.setNext(frame, parent.firstChild ?? nextOutside(parent, container));
    } else if (previous.parentNode === parent) {
      this.setNext(frame, nextOutside(previous, container));
    } else {
      this.restart(frame);
    }
  }

  private flush(frame: WalkFrame, items: WorkItem[]): void {
    if (frame.run.length > 0) {
      items.push({
        kind: 'text',
        nodes: frame.run,
        container: frame.container,
        anchor: frame.anchor,
      });
    }
    frame.run = [];
  }
}

/** Collects the runs of `container` (and, with `deep`, of its nested blocks) in one go. */
function walkContainer(container: Node, options: CollectOptions, items: WorkItem[]): void {
  new WorkWalker(container, options).step(items);
}
