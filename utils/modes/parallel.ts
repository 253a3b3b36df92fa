import { CONVERTED_ATTRIBUTES, langMarkedByUs, watchDetachment } from '../convert/dom-rules.ts';
import type { TextConverter } from '../convert/text-converter.ts';
import { isOurUi, selectTextBlocks, type TextBlock } from './blocks.ts';
import {
  buildCompanion,
  COMPANION_SELECTOR,
  COMPANION_TAG,
  insertCompanion,
  isInCompanion,
  type PageOriginals,
} from './companion.ts';
import { watchForHeadline } from './headline-watch.ts';
import { adoptStyleSheet, COMPANION_CSS, styleCompanionInline } from './styles.ts';

/**
 * The parallel reading mode: each text block of the article keeps its original text, and its
 * conversion appears right under it, in a companion (see companion.ts). New blocks the page
 * adds get theirs as they come; leaving the mode removes every trace, so the page serialises
 * byte for byte as before.
 */

export interface ParallelShowOptions {
  /** Where companions go: the article root on NetEase-style pages, else the main text. */
  readonly roots: readonly Element[];
  /** Leave out blocks in nav/header/footer/aside (pages that are not NetEase-style). */
  readonly skipFurniture: boolean;
  /** The page's conversion, which companions repeat. */
  readonly converter: TextConverter;
  readonly originals: PageOriginals;
  /** `lang` of the converted text. */
  readonly targetLang: string;
  /** `lang` of the original text, set on blocks that have none (the page's `<html lang>` now
   * names the target). */
  readonly sourceLang: string;
  /** What assistive technology announces for a companion. */
  readonly label: string;
  /**
   * An article taken as the root alone, because none stood beside it (`ParallelRoots`): an
   * article the page puts beside it calls `onArticleBeside`.
   */
  readonly loneArticle?: Element | null;
  /**
   * The article's headline when it is one of `roots` (`ParallelRoots.headline`): the page taking
   * it out calls `onHeadlineDetached`, not `onRootDetached`.
   */
  readonly headline?: Element | null;
  /**
   * Looks for the article's headline again (`ParallelRoots.findHeadline`): one it finds that is
   * not `headline` (put in, or put back, after the roots were chosen) calls `onHeadlineDetached`
   * too, so that the roots are chosen again and it is paired.
   */
  readonly findHeadline?: (() => Element | null) | null;
}

export interface ParallelViewOptions {
  readonly document: Document;
  /**
   * Called with what is shown in the original (blocks, and the nodes of lines in containers),
   * before companions go in: the page converter must leave them alone
   * (`PageConverter.setExcludedSubtrees`).
   */
  readonly onExcludedChange: (original: readonly Node[]) => void;
  /**
   * Called when the page has taken a root out of the document (a single-page site replacing
   * its article): the roots must be looked for again, which the view cannot do itself.
   */
  readonly onRootDetached?: () => void;
  /**
   * Called when the page has taken the headline root out (a framework rendering the title anew)
   * while the article stays: the roots are to be chosen again, as for `onArticleBeside`, so
   * that the new headline is paired, without a render of the whole session. Without it, the
   * view only lets go of the headline taken out; the page's new one stays converted in place.
   */
  readonly onHeadlineDetached?: () => void;
  /**
   * Called when the page puts an `article` beside the lone article root (infinite scroll
   * loading the next post): the roots must be chosen again, or the new post would stay
   * without companions, converted in place.
   */
  readonly onArticleBeside?: () => void;
  /**
   * Told how long each piece of the view's work ran in one task (see
   * `PageConverterOptions.onSlice`): a search for the blocks, a slice of companions.
   */
  readonly onSlice?: (ms: number) => void;
}

interface Pair {
  /** The block element, or the container of a line. */
  readonly block: Element;
  /** What the companion copies, as the last sync found it (see `refreshCompanions`). */
  textBlock: TextBlock;
  /** What the converter leaves alone (`TextBlock.original`). */
  readonly original: readonly Node[];
  readonly companion: Element;
  /** The block's own original text and the conversion it was built for. */
  readonly key: string;
  /** The `lang` we set on the block, to take back; null when the block had its own. */
  readonly langSet: string | null;
  /** A line whose container's text all shows in the original, as of the last sync. */
  containerShown: boolean;
}

/** A block a sync wants a companion for, and what its companion depends on. */
interface Wanted {
  readonly block: TextBlock;
  /** Computed when needed (see `sync`): a page of 20,000 paragraphs took 0.2 s for them all. */
  key?: string;
}

/**
 * The first slice of a long article's companions, in a task of its own (a shorter one gets all
 * of them at once, `BUILT_AT_ONCE`).
 */
const FIRST_SLICE_MS = 12;
/** Each later slice, with a task between them. */
const SLICE_MS = 10;
/**
 * Up to this many companions wanted, all of them are built in the task that asked for them,
 * with no time limit (a few milliseconds; on a busy machine a short article would otherwise be
 * paired over several tasks, for no gain).
 */
const BUILT_AT_ONCE = 200;

const now = () => performance.now();

/**
 * The blocks around the viewport first, then the others in page order: on a long article the
 * reader sees the mode at once where they are. Positions are all read before anything is
 * written, so layout is computed once. Without layout (no view) the order stays.
 */
function nearViewportFirst(queue: readonly Wanted[]): Wanted[] {
  if (queue.length < 2) return [...queue];
  const view = queue[0]!.block.block.ownerDocument.defaultView;
  const height = view?.innerHeight ?? 0;
  if (height === 0) return [...queue];
  const near: Wanted[] = [];
  const far: Wanted[] = [];
  for (const entry of queue) {
    const rect = entry.block.block.getBoundingClientRect();
    const isNear = rect.bottom >= -height && rect.top <= 2 * height;
    (isNear ? near : far).push(entry);
  }
  return near.concat(far);
}

/**
 * Attributes of a block's inline content that its companion copies and the page may rewrite
 * after the copy was made (a link's address, a tooltip): a change to one refreshes the
 * companion. A bounded list: a page changes `class` and `style` all the time, and neither is
 * worth a look at the whole article. Those the converter converts are read from the originals.
 */
const FOLLOWED_ATTRIBUTES: readonly string[] = [
  ...CONVERTED_ATTRIBUTES,
  'href',
  'target',
  'rel',
  'hreflang',
  'cite',
  'datetime',
  'dir',
];
const ATTRIBUTES_FROM_ORIGINALS: ReadonlySet<string> = new Set(CONVERTED_ATTRIBUTES);

/** How often a companion the page removes is put back before the block is left alone. */
const MAX_REINSERTIONS = 3;

/**
 * How often a headline the page renders anew is paired again within `HEADLINE_WINDOW_MS`,
 * before the view leaves the page's headlines converted in place for good. A page that rebuilds
 * its headline whenever something is added to it (an app watching its DOM) would otherwise
 * answer our copy with a new headline, and we its new headline with a copy, in one task for
 * ever: each new headline is a new element, which `MAX_REINSERTIONS` does not count.
 */
const MAX_HEADLINE_REPAIRS = 3;
const HEADLINE_WINDOW_MS = 1000;

/**
 * On a companion whose block took the `lang` we set: its value. A copy of the block the page
 * makes (`cloneNode`) carries the companion and the `lang` with it; this says the `lang` is
 * ours to take back. The companions of a line container's lines carry it too while the
 * container has our `lang` (see `containerLangs`): a copy of the container is a copy of them.
 */
const BLOCK_LANG_ATTRIBUTE = 'data-block-lang';

export class ParallelView {
  private readonly document: Document;
  private readonly onExcludedChange: (original: readonly Node[]) => void;
  private readonly onRootDetached: (() => void) | undefined;
  private readonly onArticleBeside: (() => void) | undefined;
  private readonly onHeadlineDetached: (() => void) | undefined;
  private readonly onSlice: ((ms: number) => void) | undefined;
  /** When the page's recent headlines were paired again (`MAX_HEADLINE_REPAIRS`). */
  private headlineRepairs: number[] = [];
  private headlineGivenUp = false;
  /**
   * What watches the lone article's parent for an article beside it: its children only, not
   * their subtrees, so a page that keeps changing its content costs nothing here.
   */
  private besideWatch: { article: Element; observer: MutationObserver } | null = null;
  /** Stops the watch for a headline the roots do not have (see `watchHeadline`). */
  private stopHeadlineWatch: (() => void) | null = null;
  /** By the anchor of their block (`TextBlock.anchor`). */
  private readonly pairs = new Map<Node, Pair>();
  /** Blocks whose companion the page kept removing. */
  private readonly reinsertions = new Map<Node, number>();
  /**
   * Blocks left alone after too many reinsertions, until the mode starts afresh (`clear`, or
   * another conversion in `show`): the page may have stopped fighting by then, and a block
   * never given another chance would stay without a companion for the rest of the tab's life.
   */
  private givenUp = new WeakSet<Node>();
  private readonly observers = new Map<Element, { observer: MutationObserver; stop: () => void }>();
  private options: ParallelShowOptions | null = null;
  private removeSheet: (() => void) | null = null;
  private inlineStyles = false;
  /** Our own removals, which the observer must not read as the page's. */
  private readonly removing = new WeakSet<Element>();
  /** Every companion element in the document, ours or copied by the page (live). */
  private readonly companionsInDocument: HTMLCollectionOf<Element>;
  /**
   * Containers whose lines all show in the original, with the `lang` we set on them (see
   * `TextBlock.containerShown`): taken back once none of their lines has a companion.
   */
  private readonly containerLangs = new Map<Element, string>();
  /** The number of the latest build of companions (see `buildInSlices`). */
  private building = 0;
  /** Blocks whose companion is being built anew, still left alone by the converter (see `show`). */
  private readonly carried = new Map<Node, readonly Node[]>();

  constructor(options: ParallelViewOptions) {
    this.document = options.document;
    this.onExcludedChange = options.onExcludedChange;
    this.onRootDetached = options.onRootDetached;
    this.onArticleBeside = options.onArticleBeside;
    this.onHeadlineDetached = options.onHeadlineDetached;
    this.onSlice = options.onSlice;
    this.companionsInDocument = this.document.getElementsByTagName(COMPANION_TAG);
  }

  /**
   * Whether a headline the page rendered anew is to be paired again: not once the page has
   * done so more than `MAX_HEADLINE_REPAIRS` times within `HEADLINE_WINDOW_MS`.
   */
  private mayPairHeadlineAgain(): boolean {
    if (this.headlineGivenUp) return false;
    const now = performance.now();
    this.headlineRepairs = this.headlineRepairs.filter((at) => now - at < HEADLINE_WINDOW_MS);
    this.headlineRepairs.push(now);
    if (this.headlineRepairs.length > MAX_HEADLINE_REPAIRS) this.headlineGivenUp = true;
    return !this.headlineGivenUp;
  }

  /** Shows (or brings up to date) the companions for `options`. */
  show(options: ParallelShowOptions): void {
    const previous = this.options;
    this.options = options;
    if (
      previous !== null &&
      (previous.converter !== options.converter ||
        previous.targetLang !== options.targetLang ||
        previous.sourceLang !== options.sourceLang ||
        previous.label !== options.label)
    ) {
      // Another conversion: every companion is rebuilt. Their blocks stay shown in the original
      // until their new companion comes, slice by slice: released at once, a long article's
      // blocks would show converted in between.
      for (const [anchor, pair] of this.pairs) this.carried.set(anchor, pair.original);
      this.removePairs([...this.pairs.keys()]);
      this.forgetReinsertions();
    }
    if (this.removeSheet === null && !this.inlineStyles) {
      this.removeSheet = adoptStyleSheet(this.document, COMPANION_CSS);
      this.inlineStyles = this.removeSheet === null;
    }
    this.observe(options.roots);
    this.watchBeside(options.loneArticle ?? null);
    this.watchHeadline(options.findHeadline != null);
    this.sync();
  }

  /**
   * Watches the page for a headline that is not the one paired (`findHeadline`), while `on`: one
   * put in or put back later is paired by choosing the roots again, as for a headline rendered
   * anew, and with the same limit for a page that keeps rendering it.
   */
  private watchHeadline(on: boolean): void {
    if (on === (this.stopHeadlineWatch !== null)) return;
    this.stopHeadlineWatch?.();
    this.stopHeadlineWatch = null;
    if (!on || this.onHeadlineDetached === undefined) return;
    this.stopHeadlineWatch = watchForHeadline({
      document: this.document,
      findHeadline: () => this.options?.findHeadline?.() ?? null,
      isKnown: (headline) => headline === this.options?.headline,
      onHeadline: () => {
        if (this.onHeadlineDetached !== undefined && this.mayPairHeadlineAgain()) {
          this.onHeadlineDetached();
        }
      },
    });
  }

  /** Removes every companion, `lang` and style, and gives the blocks back to the converter. */
  clear(): void {
    this.building += 1;
    this.carried.clear();
    for (const { observer, stop } of this.observers.values()) {
      observer.disconnect();
      stop();
    }
    this.observers.clear();
    this.watchBeside(null);
    this.watchHeadline(false);
    this.removePairs([...this.pairs.keys()]);
    this.releaseContainerLangs();
    this.removeCopies();
    this.onExcludedChange([]);
    this.removeSheet?.();
    this.removeSheet = null;
    this.inlineStyles = false;
    this.options = null;
    this.forgetReinsertions();
  }

  /** Gives every block its companion's full count of reinsertions again. */
  private forgetReinsertions(): void {
    this.reinsertions.clear();
    // A WeakSet cannot be emptied: a new one drops every block given up on.
    this.givenUp = new WeakSet<Node>();
  }

  /** Blocks that show a companion now (for a line, its container). */
  blocks(): Element[] {
    return [...new Set([...this.pairs.values()].map((pair) => pair.block))];
  }

  private observe(roots: readonly Element[]): void {
    for (const [root, { observer, stop }] of this.observers) {
      if (!roots.includes(root)) {
        observer.disconnect();
        stop();
        this.observers.delete(root);
      }
    }
    for (const root of roots) {
      if (this.observers.has(root)) continue;
      // The script's own constructor, as in the page converter.
      const observer = new MutationObserver((records) => this.onMutations(records));
      observer.observe(root, {
        childList: true,
        subtree: true,
        characterData: true,
        // A block the page makes editable (inline editing turned on) loses its companion at
        // once: an editor that saves its DOM would save ours with it. A link the page points
        // elsewhere (or retitles) after its copy was made gets a fresh copy.
        attributes: true,
        attributeFilter: ['contenteditable', ...FOLLOWED_ATTRIBUTES],
      });
      // A replaced root changes nothing inside it: its ancestors tell. The article's headline
      // is not the article: a page that renders it anew has changed one block, and the roots
      // are chosen again without a render of the session (a render takes the glossary's marks
      // off and puts them back, which blinks).
      const stop = watchDetachment(root, () => {
        if (root !== this.options?.headline) this.onRootDetached?.();
        else if (this.onHeadlineDetached !== undefined && this.mayPairHeadlineAgain()) {
          this.onHeadlineDetached();
        } else this.sync();
      });
      this.observers.set(root, { observer, stop });
    }
  }

  /** Watches the parent of `article` (null: nothing) for an article the page puts beside it. */
  private watchBeside(article: Element | null): void {
    if (this.besideWatch?.article === article) return;
    this.besideWatch?.observer.disconnect();
    this.besideWatch = null;
    const parent = article?.parentElement ?? null;
    if (article === null || parent === null || this.onArticleBeside === undefined) return;
    const observer = new MutationObserver((records) => {
      const beside = records.some((record) =>
        [...record.addedNodes].some(
          (node) =>
            node !== article && node.nodeType === 1 && (node as Element).localName === 'article',
        ),
      );
      if (beside) this.onArticleBeside?.();
    });
    observer.observe(parent, { childList: true });
    this.besideWatch = { article, observer };
  }

  private onMutations(records: MutationRecord[]): void {
    if (this.options === null) return;
    /** The pairs of each shown block, made on the first followed attribute of the batch. */
    let anchorsByBlock: Map<Element, Node[]> | null = null;
    /** Pairs whose copy holds an element that had a followed attribute written. */
    const attributeWritten = new Set<Node>();
    for (const record of records) {
      if (isInCompanion(record.target)) continue;
      if (record.type === 'attributes' && record.attributeName !== 'contenteditable') {
        // A followed attribute matters on what a companion copied: the content of a block
        // that has one (the block's own attributes are not copied, and ours, `lang`, is not
        // followed). Only those blocks are looked at: a tooltip script takes `title` off and
        // puts it back on every hover, and each would otherwise cost a search of the whole
        // article and a comparison of every companion.
        anchorsByBlock ??= this.anchorsByBlock();
        for (
          let parent = record.target.parentElement;
          parent !== null;
          parent = parent.parentElement
        ) {
          for (const anchor of anchorsByBlock.get(parent) ?? []) attributeWritten.add(anchor);
        }
        continue;
      }
      if (this.changesBlocks(record)) {
        // A full sync compares every companion, those with an attribute written included.
        this.sync();
        return;
      }
    }
    if (attributeWritten.size > 0) this.refreshCompanions(attributeWritten);
  }

  /** The anchors of the pairs of each block that shows a companion. */
  private anchorsByBlock(): Map<Element, Node[]> {
    const anchors = new Map<Element, Node[]>();
    for (const [anchor, pair] of this.pairs) {
      const ofBlock = anchors.get(pair.block);
      if (ofBlock === undefined) anchors.set(pair.block, [anchor]);
      else ofBlock.push(anchor);
    }
    return anchors;
  }

  /**
   * Whether a change the page made (text, a child added or removed, a block made editable) may
   * change which blocks get a companion, and so needs a search of the roots.
   */
  private changesBlocks(record: MutationRecord): boolean {
    if (record.type === 'characterData' || record.type === 'attributes') return true;
    const nodes = [...record.addedNodes, ...record.removedNodes];
    return nodes.some((node) => {
      if (node.nodeType !== 1 || !(node as Element).matches(COMPANION_SELECTOR)) {
        return !(node.nodeType === 1 && isOurUi(node as Element));
      }
      // A companion the page took out (a framework re-rendering the block).
      return !this.removing.has(node as Element) && !node.isConnected;
    });
  }

  /**
   * Builds anew the companions of `anchors` whose copied content the page changed: a link
   * pointed elsewhere, a tooltip retitled. The block's nodes are those the last sync found,
   * since nothing was added or removed in between (that would have asked for a full sync).
   * A value written again as it was, or taken off and put back in one batch, leaves the
   * companion as it is: compared through the originals, as the companion was built.
   */
  private refreshCompanions(anchors: ReadonlySet<Node>): void {
    const options = this.options;
    if (options === null) return;
    for (const anchor of anchors) {
      const pair = this.pairs.get(anchor);
      if (pair === undefined) continue;
      const key = keyOf(pair.textBlock, options.originals);
      if (key === pair.key) continue;
      const companion = companionFor(pair.textBlock, options);
      // The block now converts to itself (an image's text alternative emptied), or the page
      // moved our companion: the full sync decides what the block gets.
      if (companion === null || pair.companion.parentNode !== pair.block) {
        this.sync();
        return;
      }
      if (this.inlineStyles) styleCompanionInline(companion as HTMLElement);
      const blockLang = pair.companion.getAttribute(BLOCK_LANG_ATTRIBUTE);
      if (blockLang !== null) companion.setAttribute(BLOCK_LANG_ATTRIBUTE, blockLang);
      // In place, in one step: no moment without a companion, nothing for the converter to do.
      this.removing.add(pair.companion);
      pair.companion.replaceWith(companion);
      this.pairs.set(anchor, { ...pair, companion, key });
    }
    // Our own writes, not the page's (see `putIn`).
    for (const { observer } of this.observers.values()) observer.takeRecords();
  }

  /**
   * Removes the companions the page copied (a block cloned with `cloneNode`, a list item used
   * as a template), with the `lang` the copy took from our block: only the companions we put in
   * are known to us, and the copies would stay after the mode is left, or give a block two.
   */
  private removeCopies(): void {
    // The live collection is checked first: most syncs find only our own companions. Counted
    // against ours still in the page: a block the page replaced with its own clone took one of
    // ours out and brought a copy in, and the totals alone would match.
    let ours = 0;
    for (const pair of this.pairs.values()) if (pair.companion.isConnected) ours++;
    if (this.companionsInDocument.length === ours) return;
    const placed = new Set<Element>();
    for (const pair of this.pairs.values()) {
      if (pair.companion.parentElement === pair.block) placed.add(pair.companion);
    }
    for (const companion of [...this.companionsInDocument]) {
      const block = companion.parentElement;
      if (placed.has(companion)) continue;
      if (!companion.matches(COMPANION_SELECTOR)) continue;
      const lang = companion.getAttribute(BLOCK_LANG_ATTRIBUTE);
      // Compared with the page's own value: a copy outside the roots is the converter's, which
      // rewrites our `zh-Hant` to the target's `zh-Hans` like any `lang` of the other script,
      // and would write ours back when the conversion ends.
      if (block !== null && lang !== null && this.pageAttributeOf(block, 'lang') === lang) {
        block.removeAttribute('lang');
      }
      if (block !== null) langMarkedByUs.delete(block);
      this.removing.add(companion);
      companion.remove();
    }
  }

  /** The page's own value of an attribute (`PageOriginals.attributeOf`, once shown). */
  private pageAttributeOf(element: Element, name: string): string | null {
    const options = this.options;
    return options === null
      ? element.getAttribute(name)
      : options.originals.attributeOf(element, name);
  }

  /** Brings the companions in line with the blocks the roots hold now. */
  private sync(): void {
    const started = now();
    try {
      this.syncBlocks();
    } finally {
      this.onSlice?.(now() - started);
    }
  }

  /** Pairs the blocks of the roots: companions that went stale out, missing ones built. */
  private syncBlocks(): void {
    const options = this.options;
    if (options === null) return;
    this.removeCopies();
    const wanted = new Map<Node, Wanted>();
    for (const root of options.roots) {
      if (!root.isConnected) continue;
      for (const block of selectTextBlocks({
        root,
        skipFurniture: options.skipFurniture,
        textOf: options.originals.textOf,
      })) {
        if (this.givenUp.has(block.anchor) || wanted.has(block.anchor)) continue;
        wanted.set(block.anchor, { block });
      }
    }

    // Companions that are gone, stale or misplaced come out first. The key of a block without
    // a companion is worked out when its companion is built, in its slice.
    const keyOfWanted = (entry: Wanted) => (entry.key ??= keyOf(entry.block, options.originals));
    const stale: Node[] = [];
    for (const [anchor, pair] of this.pairs) {
      const want = wanted.get(anchor);
      const wantKey = want === undefined ? undefined : keyOfWanted(want);
      const inPlace =
        want !== undefined &&
        want.block.block === pair.block &&
        pair.companion.parentNode === pair.block &&
        pair.companion.previousSibling === want.block.after;
      if (want === undefined || wantKey !== pair.key || !inPlace) stale.push(anchor);
      // A line added to the container since may not show in the original: the container's
      // `lang` goes then (see `releaseContainerLangs`).
      else {
        pair.containerShown = want.block.containerShown === true;
        // The same content, perhaps in other nodes (a text node replaced by its equal).
        pair.textBlock = want.block;
      }
      if (
        want !== undefined &&
        wantKey === pair.key &&
        pair.companion.parentNode !== want.block.block
      ) {
        this.noteReinsertion(anchor);
      }
    }
    this.removePairs(stale);

    const queue: Wanted[] = [];
    for (const [anchor, entry] of wanted) {
      if (this.pairs.has(anchor) || this.givenUp.has(anchor)) continue;
      queue.push(entry);
    }
    this.building += 1;
    const generation = this.building;
    // A few companions go in at once, all of them, in the task that asked (a short article is
    // paired in one go, however busy the machine); a long article's wait for a task of their
    // own, and go in by slices: the search for the blocks has taken this one's time.
    if (queue.length <= BUILT_AT_ONCE) {
      this.buildInSlices(nearViewportFirst(queue), 0, generation, Infinity);
    } else {
      setTimeout(() => {
        this.buildInSlices(nearViewportFirst(queue), 0, generation, FIRST_SLICE_MS);
      }, 0);
    }
  }

  /**
   * Builds and puts in the companions of `queue` from `from` on, a slice of about `budget` ms
   * at a time with a task between slices, so that a long article (2,000 paragraphs: half a
   * second of work) never holds the page up. The blocks near the viewport come first. A newer
   * sync or `clear` makes `generation` stale, and the rest of the queue is dropped: the newer
   * sync has its own.
   */
  private buildInSlices(
    queue: readonly Wanted[],
    from: number,
    generation: number,
    budget: number,
  ): void {
    const options = this.options;
    if (options === null || generation !== this.building) return;
    const started = now();
    const built: { block: TextBlock; key: string; companion: Element }[] = [];
    let next = from;
    while (next < queue.length) {
      const entry = queue[next]!;
      const { block } = entry;
      next += 1;
      // The page may have moved things since the queue was made.
      if (!block.block.isConnected || block.after.parentNode !== block.block) continue;
      const key = (entry.key ??= keyOf(block, options.originals));
      if (this.pairs.has(block.anchor)) continue;
      const companion = companionFor(block, options);
      if (companion !== null) built.push({ block, key, companion });
      if (now() - started >= budget) break;
    }
    for (const { block } of built) this.carried.delete(block.anchor);
    if (next >= queue.length) this.carried.clear();
    this.putIn(built, options);
    this.onSlice?.(now() - started);
    if (next < queue.length) {
      setTimeout(() => this.buildInSlices(queue, next, generation, SLICE_MS), 0);
    }
  }

  /** Puts in companions built for the blocks they belong to. */
  private putIn(
    built: readonly { block: TextBlock; key: string; companion: Element }[],
    options: ParallelShowOptions,
  ): void {
    // A container whose lines all show in the original is left alone whole, as a container of
    // one line is: what the converter wrote on it goes too, such as the `lang` it rewrote to
    // the target's (`<div lang="zh-TW">` made zh-Hans over text that shows Traditional).
    const shownContainers = new Set<Element>();
    for (const pair of this.pairs.values()) {
      if (pair.containerShown) shownContainers.add(pair.block);
    }
    for (const { block } of built) {
      if (block.containerShown === true) shownContainers.add(block.block);
    }
    // The converter lets go of blocks without a companion and restores those with one before
    // any companion appears, so no block ever shows two conversions.
    this.onExcludedChange([
      ...[...this.pairs.values()].flatMap((pair) => pair.original),
      ...built.flatMap(({ block }) => block.original),
      ...[...this.carried.values()].flat(),
      ...shownContainers,
    ]);
    for (const { block, key, companion } of built) {
      if (this.inlineStyles) styleCompanionInline(companion as HTMLElement);
      insertCompanion(block, companion);
      let langSet: string | null = null;
      // A line's container holds more than the line: its `lang` is set below, when all of its
      // text shows in the original.
      if (
        block.anchor === block.block &&
        !block.block.hasAttribute('lang') &&
        options.sourceLang !== options.targetLang
      ) {
        block.block.setAttribute('lang', options.sourceLang);
        langMarkedByUs.set(block.block, options.sourceLang);
        companion.setAttribute(BLOCK_LANG_ATTRIBUTE, options.sourceLang);
        langSet = options.sourceLang;
      }
      this.pairs.set(block.anchor, {
        block: block.block,
        textBlock: block,
        original: block.original,
        companion,
        key,
        langSet,
        containerShown: block.containerShown === true,
      });
      // Lines that are their container's whole text: it says they are in the original's
      // language, as a block does (the page's `<html lang>` names the target now).
      if (
        block.containerShown === true &&
        !this.containerLangs.has(block.block) &&
        !block.block.hasAttribute('lang') &&
        options.sourceLang !== options.targetLang
      ) {
        block.block.setAttribute('lang', options.sourceLang);
        langMarkedByUs.set(block.block, options.sourceLang);
        this.containerLangs.set(block.block, options.sourceLang);
      }
      const containerLang = this.containerLangs.get(block.block);
      if (block.anchor !== block.block && containerLang !== undefined) {
        companion.setAttribute(BLOCK_LANG_ATTRIBUTE, containerLang);
      }
    }
    this.releaseContainerLangs();
    // What this wrote (the companions, the originals the converter put back, `lang`s) is not
    // the page's change: read as one, each slice of a long article set off a sync of the whole
    // article and a layout, half a second in one task on 2,000 paragraphs.
    for (const { observer } of this.observers.values()) observer.takeRecords();
  }

  /** Takes back the `lang` of containers none of whose lines has a companion now. */
  private releaseContainerLangs(): void {
    if (this.containerLangs.size === 0) return;
    const holding = new Set<Element>();
    for (const pair of this.pairs.values()) if (pair.containerShown) holding.add(pair.block);
    const released = new Set<Element>();
    for (const [container, lang] of this.containerLangs) {
      if (holding.has(container)) continue;
      if (this.pageAttributeOf(container, 'lang') === lang) container.removeAttribute('lang');
      langMarkedByUs.delete(container);
      this.containerLangs.delete(container);
      released.add(container);
    }
    // Their lines' companions no longer speak for a `lang` of ours (see BLOCK_LANG_ATTRIBUTE).
    if (released.size === 0) return;
    for (const [anchor, pair] of this.pairs) {
      if (anchor !== pair.block && released.has(pair.block)) {
        pair.companion.removeAttribute(BLOCK_LANG_ATTRIBUTE);
      }
    }
  }

  private noteReinsertion(block: Node): void {
    const count = (this.reinsertions.get(block) ?? 0) + 1;
    this.reinsertions.set(block, count);
    if (count > MAX_REINSERTIONS) this.givenUp.add(block);
  }

  private removePairs(anchors: readonly Node[]): void {
    for (const anchor of anchors) {
      const pair = this.pairs.get(anchor);
      if (pair === undefined) continue;
      this.pairs.delete(anchor);
      const block = pair.block;
      if (pair.companion.parentNode !== null) {
        this.removing.add(pair.companion);
        pair.companion.remove();
      }
      if (pair.langSet !== null && this.pageAttributeOf(block, 'lang') === pair.langSet) {
        block.removeAttribute('lang');
      }
      if (pair.langSet !== null) langMarkedByUs.delete(block);
    }
  }
}

/** The companion of `block` as the view shows it now, or null when it would say the same. */
function companionFor(block: TextBlock, options: ParallelShowOptions): Element | null {
  return buildCompanion({
    block,
    converter: options.converter,
    originals: options.originals,
    lang: options.targetLang,
    label: options.label,
  });
}

/**
 * What a companion depends on: the block's own original text, node by node, with the followed
 * attributes of its elements.
 */
function keyOf(block: TextBlock, originals: PageOriginals): string {
  const parts: string[] = [];
  const visit = (node: Node): void => {
    if (node.nodeType === 3) {
      parts.push(originals.textOf(node as Text));
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    let tag = `<${element.localName}`;
    if (element.hasAttributes()) {
      for (const name of FOLLOWED_ATTRIBUTES) {
        const value = ATTRIBUTES_FROM_ORIGINALS.has(name)
          ? originals.attributeOf(element, name)
          : element.getAttribute(name);
        if (value !== null) tag += `\u0001${name}=${value}`;
      }
    }
    parts.push(tag);
    for (let child = element.firstChild; child !== null; child = child.nextSibling) visit(child);
    parts.push('>');
  };
  for (const node of block.ownNodes) visit(node);
  return parts.join('\u0000');
}
