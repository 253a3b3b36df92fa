import { isHan, isMarkedOtherHanLanguage, sampleSubtree } from '../detect/chinese-presence.ts';
import { frameHasOwnReader } from '../detect/frames.ts';
import { detectDocumentScript, type ChineseScript, type ScriptVerdict } from '../detect/script.ts';
import {
  appendItems,
  collectInserted,
  collectWork,
  WorkWalker,
  type TextRun,
  type WorkItem,
} from './blocks.ts';
import type { DictionaryPack, DictionaryPackName, LoadDictionaries } from './dictionaries.ts';
import {
  blockContainerOf,
  composedParent,
  convertibleAttributes,
  convertsOnlyAttributes,
  isDeadObject,
  isInsideOurUi,
  isInsideSkipped,
  isOpaqueElement,
  isRoleChangeOfNoTextbox,
  isSkippedElement,
} from './dom-rules.ts';
import { PageLangMarks } from './page-lang.ts';
import { planConversion, planKey, type ConversionPlan } from './plan.ts';
import type { ProtectedTerm } from './protected-terms.ts';
import type { Target } from './target.ts';
import { createTextConverter, mayConvert, type TextConverter } from './text-converter.ts';
import { frameAwareYield } from './time-slices.ts';

/**
 * The text counts describe what the page shows now: the text nodes that show the current
 * conversion in place, whichever pass wrote them (a second pass for the same target writes
 * nothing new, yet the page is as converted as before). Restoring gives zero, and a subtree left
 * in the original (the side-by-side mode's blocks, which show the conversion in a copy) counts
 * out of them.
 */
export interface ConversionStats {
  /** Text nodes that show the current conversion in place. */
  nodesConverted: number;
  /** Code units that differ between what those nodes show and their originals. */
  charactersChanged: number;
  /** Attribute values written by the current conversion (title, alt, …, document excluded). */
  attributesConverted: number;
  /** Time spent converting since construction, in milliseconds of `now()`. */
  timeSpentMs: number;
  /** The page's script as last detected. */
  source: { script: ChineseScript | null; confidence: number };
  /**
   * The target of the last conversion asked for when the page was found already written in its
   * script (a Taiwan article for a Taiwan reader): nothing is converted, and no reading mode has
   * a conversion to show beside the original. Null otherwise.
   */
  alreadyInTarget: Target | null;
  /** Nodes given up on because the page kept rewriting them (see the loop guard). */
  contestedNodes: number;
  /** Work items (text runs, attribute sets) waiting to be converted. */
  pending: number;
}

export interface ConversionProgress {
  done: number;
  total: number;
}

export interface PageConverterOptions {
  readonly document: Document;
  readonly loadDictionaries: LoadDictionaries;
  /** Names written in a fixed form; defaults to `DEFAULT_PROTECTED_TERMS`. */
  readonly protectedTerms?: readonly ProtectedTerm[];
  /**
   * Whether an element is in or near the viewport; those convert first. Defaults to a
   * `getBoundingClientRect` test with half a viewport of margin.
   */
  readonly isNearViewport?: (element: Element) => boolean;
  /** Clock in milliseconds; defaults to `performance.now()`. */
  readonly now?: () => number;
  /**
   * Gives the event loop a turn between time slices; defaults to `frameAwareYield`, which
   * lets the browser render a frame once a frame's worth of work is done, or when `afterFrame`
   * asks for one.
   */
  readonly yieldToEventLoop?: (afterFrame?: boolean) => Promise<void>;
  readonly onProgress?: (progress: ConversionProgress) => void;
  /**
   * Told how long each piece of our work ran in one task, in milliseconds: a time slice, from
   * its start to the yield that ends it, or a call that works at once (`restore`). Test builds
   * report the longest (`benchSlice`), which is how Firefox, without long tasks, measures ours.
   */
  readonly onSlice?: (ms: number) => void;
}

export interface ConvertOptions {
  readonly target: Target;
  readonly regionalVocabulary?: boolean;
  /**
   * The page is mainland text in Traditional characters, a mirror's copy: with regional
   * vocabulary, a Taiwan reader reads its 芯片 as 晶片 (see `planConversion`).
   */
  readonly mainlandCopy?: boolean;
}

/**
 * Longest a time slice runs before yielding (one more item may finish after it). Short, so
 * that input is handled quickly and a frame's work budget (below) is kept to within a slice.
 */
export const SLICE_BUDGET_MS = 5;
/**
 * Part of a slice the first conversion spends walking the page before it converts what the
 * walk found near the viewport: the rest of the slice is left to that conversion.
 */
export const WALK_BUDGET_MS = 3;
/**
 * Runs of one block (its lines between `<br>`, say) from which its lines are held and written
 * together.
 * Chromium lays out a whole block again after any frame that changed its text: one `<td>` of
 * 20,000 lines took 370–440 ms to lay out after every frame's writes, and 42–80 s to convert
 * a frame at a time. The runs of such a block are converted in time slices all the same, but
 * their text is written together at the end, up to HELD_WRITE_MAX_RUNS lines a frame, so the
 * block is laid out again once per such frame, not once per frame of conversion. The runs the
 * walk first finds near the viewport are written with their batch, before the walk goes on.
 */
export const HELD_BLOCK_MIN_RUNS = 16;
/**
 * Most lines of a held block written in one frame, and the longest such a write runs. Firefox
 * lays out what the writes changed, line by line: the 20,000 lines of one `<td>` written in
 * one task stalled it for 2.4 s, 1,000 a frame for 0.5 s, 400 for 0.28–0.37 s (0.35 s before
 * lines were held); Chromium lays out the whole block again after each frame that wrote into it
 * (about 400 ms at 20,000 lines), so fewer, fuller frames finish sooner there: 12–15 s at 1,000
 * lines a frame, 20 s at 400, 47 s before. 400 keeps Firefox's stalls as they were.
 */
export const HELD_WRITE_MAX_RUNS = 400;
export const HELD_WRITE_BUDGET_MS = 50;
/**
 * Work away from the viewport with at least this many items holds all its text, block by
 * block, and writes it FAR_WRITE_NODES text nodes at a time, in tasks of at most
 * FAR_WRITE_BUDGET_MS.
 * Chromium lays out again after every frame that changed any text, and on a page of 20,000
 * paragraphs in one container that layout takes 40–250 ms whatever the frame wrote. Written as
 * each slice converted it (about 300 text nodes a frame), the 200,000-node page drew 723 such
 * frames in a trace: 59 s of rendering against 6 s of ours. Held and written 1,500 nodes at a
 * time, it converted in 17–23 s against 26–31 s in three runs each, interleaved; in Firefox,
 * whose layout costs what the writes changed, in 11–14 s against 15–18 s, with its timers as
 * late as before (106–233 ms against 77–216 ms; batches of 4,000 nodes made them 316 ms late).
 */
export const FAR_HOLD_MIN_ITEMS = 2_000;
export const FAR_WRITE_NODES = 1_500;
export const FAR_WRITE_BUDGET_MS = 20;
/** Delay before converting text the page inserted or changed (batches bursts of mutations). */
export const MUTATION_DELAY_MS = 10;
/**
 * Han characters a page already in the target script must add or rewrite before its script is
 * judged again: a new article's worth (a page that navigates in place, or swaps its body, to an
 * article in the other script), not a clock, a counter or a line of chat.
 */
export const SETTLED_RECHECK_HAN = 200;
/**
 * The least time between two judgements of a page without Chinese or in the target script. For
 * judgements brought on by rewritten text alone (a ticker, a page redrawn every frame) it
 * doubles after each that finds nothing to do, up to `SETTLED_RECHECK_MAX_INTERVAL_MS`, so such
 * a page is judged less and less often; a page that swaps in an article is judged within it.
 */
export const SETTLED_RECHECK_INTERVAL_MS = 1_000;
export const SETTLED_RECHECK_MAX_INTERVAL_MS = 32_000;
/**
 * The loop guard. A page script that writes our converted text back (a rival converter, a
 * framework restoring its state) would make us convert again, forever. A rewrite counts as
 * rival when it puts back the very text we converted, within RIVAL_WINDOW_MS of our write.
 * After MAX_RIVAL_REWRITES such rewrites the node is converted once more after BACKOFF_MS; at
 * the next one we stop converting it and report it in `contestedNodes`.
 */
export const RIVAL_WINDOW_MS = 1000;
export const MAX_RIVAL_REWRITES = 3;
/**
 * How soon after our write a page's rebuild of an element counts as a rival's answer: a rival
 * answers in the same task or the next frame; a widget re-rendered on a timer every 50 ms comes
 * some 40 ms after our write (we convert about 10 ms after each render).
 */
const ELEMENT_RIVAL_WINDOW_MS = 20;
/** How many subtrees taken out of the page are kept (weakly) for a restore to reach. */
const MAX_DETACHED_KEPT = 256;
export const BACKOFF_MS = 250;

/**
 * - `idle`: nothing converted and nothing watched (before the first conversion, after a restore,
 *   on a Japanese page);
 * - `waiting`: the page has no Chinese yet; watched, and judged again when text comes;
 * - `settled`: the page is already in the target script; watched, and judged again when enough
 *   text comes in (`SETTLED_RECHECK_HAN`);
 * - `active`: converting, and converting what the page adds;
 * - `disposed`: done for good.
 */
type Mode = 'idle' | 'waiting' | 'settled' | 'active' | 'disposed';

/**
 * What the converter knows of one text node it wrote: one WeakMap entry per node (not one per
 * fact), since the garbage collector's final pause goes through every entry of every WeakMap
 * keyed by a page node: at 200,000 nodes, four maps made pauses of over 100 ms.
 */
/** `TextState.writtenAt` of a node we have not written: a small integer, long ago. */
const NEVER_WRITTEN = -(2 ** 30);

class TextState {
  /** The page's own text, while the node shows what we wrote. */
  original: string | undefined = undefined;
  /** What we last wrote. */
  written: string | undefined = undefined;
  /**
   * When we last wrote it (`now()` in whole milliseconds, which V8 keeps inline rather than as
   * a number object of its own), for the loop guard.
   */
  writtenAt = NEVER_WRITTEN;
  /** The conversion that counts this node in `nodesConverted` (see `tally`). */
  counted = 0;
  /** What this node adds to `charactersChanged` while `counted` is the current conversion. */
  changed = 0;
  /**
   * Whether what we wrote is the original one character for one (no regional words), so that
   * what is left of it after the page cut or split the node stands for the same characters.
   */
  aligned = false;

  /** Drops what we wrote (and, with `time`, when): the node's text is the page's again. */
  forget(time: boolean): void {
    this.original = undefined;
    this.written = undefined;
    if (time) this.writtenAt = NEVER_WRITTEN;
  }
}

/** The time slice work is running in, and how many times the work has yielded so far. */
interface Slice {
  start: number;
  turns: number;
}

/** A run converted but not written yet (see `HELD_BLOCK_MIN_RUNS`). */
interface PreparedRun {
  readonly run: TextRun;
  readonly nodes: readonly Text[];
  /** Each node's data when it was read, to tell whether the page changed it since. */
  readonly data: readonly string[];
  readonly sources: readonly string[];
  readonly outputs: readonly string[];
}

interface ActiveConversion {
  readonly plan: ConversionPlan;
  readonly converter: TextConverter;
  readonly target: Target;
}

const OBSERVED_ATTRIBUTES = [
  'title',
  'alt',
  'placeholder',
  'aria-label',
  'value',
  'label',
  // A region the page makes editable (or a text box: `role`), or keeps from translation, after
  // it was converted; an input that stops being a button, or a submit button given a name (see
  // onAttributeChanged).
  'contenteditable',
  'role',
  'translate',
  'type',
  'name',
];
const OBSERVE_OPTIONS: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: OBSERVED_ATTRIBUTES,
  // For `role`: whether the element was a text box before (see the records' handling).
  attributeOldValue: true,
};

/**
 * Converts a live document between Simplified and Traditional, exactly and reversibly.
 *
 * - Every original (text node data, attribute values, `<html lang>`) is kept in a WeakMap keyed
 *   by its node, never on the node. Conversion always starts from the original, so switching
 *   targets never converts converted text, and `restore()` puts back the exact page.
 * - Text is converted per run (see blocks.ts) with an aligned converter, so words split by
 *   inline markup convert as words and each node keeps its share of the text.
 * - Runs near the viewport go first, the rest follow in time slices.
 * - Mutation observers (one per document and open shadow root) convert what the page adds or
 *   changes. Our own writes are recognised by value; a page rewrite of a node becomes its new
 *   original.
 */
export class PageConverter {
  private readonly document: Document;
  private readonly loadDictionaries: LoadDictionaries;
  private readonly protectedTerms: readonly ProtectedTerm[] | undefined;
  private readonly isNearViewport: (element: Element) => boolean;
  private readonly now: () => number;
  private readonly yieldToEventLoop: (afterFrame?: boolean) => Promise<void>;
  private readonly onProgress: ((progress: ConversionProgress) => void) | undefined;
  private readonly onSlice: ((ms: number) => void) | undefined;

  // Originals and our own writes, keyed by node: nothing is stored on page nodes.
  private readonly texts = new WeakMap<Text, TextState>();
  private readonly attributeOriginals = new WeakMap<Element, Map<string, string>>();
  private readonly attributeWritten = new WeakMap<Element, Map<string, string>>();
  private readonly attributeWrittenAt = new WeakMap<Element, number>();
  /** The `lang` attributes we write, and the page's own. */
  private readonly langMarks = new PageLangMarks();

  // The loop guard.
  private readonly rivalRewrites = new WeakMap<Node, number>();
  /** Per parent: the text the page last put in place of nodes we had written. */
  private readonly lastReplacement = new WeakMap<Node, string>();
  private readonly attributeRivalRewrites = new WeakMap<Element, number>();
  /** Text nodes, and parents whose children a rival keeps replacing. */
  private readonly contested = new WeakSet<Node>();
  /** Elements whose attributes a rival keeps rewriting. */
  private readonly contestedAttributes = new WeakSet<Element>();
  private contestedCount = 0;

  // Documents and open shadow roots we watch, with their observers.
  private readonly observers = new Map<Document | ShadowRoot, MutationObserver>();
  private readonly frameListeners = new Map<HTMLIFrameElement, () => void>();
  /** Whether the observers are off for the slice being written (see `pauseObservers`). */
  private observersPaused = false;

  /** Subtrees left as the page wrote them (see `setExcludedSubtrees`). */
  private excluded = new Set<Node>();
  private readonly isExcludedRoot = (node: Node): boolean =>
    this.excluded.size > 0 && this.excluded.has(node);

  private readonly packs = new Map<DictionaryPackName, Promise<DictionaryPack>>();
  private readonly converters = new Map<string, TextConverter>();

  private mode: Mode = 'idle';
  private active: ActiveConversion | null = null;
  private lastOptions: ConvertOptions | null = null;
  /**
   * The target the page was last found already written in (`settled`), until the next
   * `convert` asks again: `lastOptions` changes before a new plan's dictionaries load, while
   * the mode is still the old one.
   */
  private settledTarget: Target | null = null;
  /** Bumped by every convert/restore/dispose; running work stops when it changes. */
  private generation = 0;
  private verdict: ScriptVerdict | null = null;

  private readonly pendingInserted = new Set<Node>();
  private readonly pendingContainers = new Set<Node>();
  private readonly pendingAttributes = new Set<Element>();
  private flushTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private queued = 0;
  /** Work running outside `convert` (see `settled`). */
  private readonly running = new Set<Promise<void>>();

  /**
   * Numbers each conversion, so that a node counts once in `nodesConverted` (TextState.counted);
   * a restore moves it on too, so that nothing counted before counts against the next one.
   */
  private conversion = 0;
  /** Whether a text or attribute may still show what we wrote (see `restoreWrites`). */
  private wroteSinceRestore = false;
  private stat = {
    nodesConverted: 0,
    charactersChanged: 0,
    attributesConverted: 0,
    timeSpentMs: 0,
  };

  constructor(options: PageConverterOptions) {
    this.document = options.document;
    this.loadDictionaries = options.loadDictionaries;
    this.protectedTerms = options.protectedTerms;
    this.isNearViewport = options.isNearViewport ?? defaultIsNearViewport;
    this.now = options.now ?? (() => performance.now());
    this.yieldToEventLoop =
      options.yieldToEventLoop ?? frameAwareYield({ document: this.document, now: this.now });
    this.onProgress = options.onProgress;
    this.onSlice = options.onSlice;
  }

  /**
   * Converts the page for `target`, from the originals. Resolves when the whole page is done,
   * or early when a later `convert`, `restore` or `dispose` supersedes it.
   */
  async convert(options: ConvertOptions): Promise<void> {
    if (this.mode === 'disposed') return;
    const generation = ++this.generation;
    this.lastOptions = options;
    this.settledTarget = null;
    this.cancelPending();

    const verdict = detectDocumentScript(this.document, {
      textOf: (node) => this.originalTextOf(node),
      lang: this.langMarks.originalLangOf(this.document),
    });
    this.verdict = verdict;
    const plan = this.planFor(verdict, options);
    if (plan === null) {
      // Already in the target script (or not Chinese): show the page as it was. A page with
      // no Chinese yet may still be filling in, and one in the target script may navigate in
      // place to an article in the other: watch either, and decide again when text comes.
      this.restoreWrites();
      this.active = null;
      this.resetWatch();
      this.mode =
        verdict.script === 'none' ? 'waiting' : verdict.script === 'japanese' ? 'idle' : 'settled';
      if (this.mode === 'settled') this.settledTarget = options.target;
      if (this.mode === 'idle') this.disconnectAll();
      else this.observeRoot(this.document);
      return;
    }

    const converter = await this.converterFor(plan);
    if (generation !== this.generation) return;
    this.active = { plan, converter, target: options.target };
    this.mode = 'active';
    this.conversion += 1;
    this.stat.nodesConverted = 0;
    this.stat.charactersChanged = 0;
    this.stat.attributesConverted = 0;

    this.langMarks.beginSwitch(this.document, options.target);
    const slice: Slice = { start: this.now(), turns: 0 };
    await this.convertPage(generation, slice);
    if (generation !== this.generation) return;
    await this.langMarks.settleSwitch({
      due: () => this.now() - slice.start >= SLICE_BUDGET_MS,
      next: async () => {
        await this.nextSlice(slice);
        return generation === this.generation;
      },
    });
    this.endSlice(slice);
  }

  /** Puts back every original (text, attributes, title, lang) and stops converting. */
  restore(): void {
    if (this.mode === 'disposed') return;
    const slice: Slice = { start: this.now(), turns: 0 };
    this.generation += 1;
    this.cancelPending();
    this.restoreWrites();
    this.disconnectAll();
    this.active = null;
    this.mode = 'idle';
    this.endSlice(slice);
  }

  /** Stops everything; the page keeps whatever it shows. Nothing outlives this call. */
  dispose(): void {
    this.generation += 1;
    // The page keeps what it shows, under the lang of what it shows.
    this.langMarks.finishSwitch();
    this.cancelPending();
    this.disconnectAll();
    this.active = null;
    this.mode = 'disposed';
    this.converters.clear();
    this.packs.clear();
    this.langMarks.forget();
    this.excluded.clear();
  }

  /**
   * Leaves the subtrees of `roots` as the page wrote them, in place of the previous set. The
   * parallel reading mode needs this: its blocks show the original, with the conversion beside
   * them, while the rest of the page stays converted. Newly excluded subtrees get their
   * originals back now. Subtrees no longer excluded convert again when a conversion is on; the
   * first time slice runs before this returns, so a mode switch does not flash the original.
   * The set outlives `convert` and `restore`, and is dropped by `dispose`. A root may be a text
   * node: a line of text a container holds directly (`<div>第一段<br>第二段</div>`) is left
   * alone node by node, not with the rest of its container.
   */
  setExcludedSubtrees(roots: Iterable<Node>): void {
    if (this.mode === 'disposed') return;
    const slice: Slice = { start: this.now(), turns: 0 };
    const next = new Set(roots);
    const released = [...this.excluded].filter((node) => !next.has(node));
    const added = [...next].filter((node) => !this.excluded.has(node));
    this.excluded = next;
    // The observers see these writes, and ignore them: their nodes are excluded now.
    for (const node of added) this.restoreSubtree(node);
    if (this.mode !== 'active' || this.active === null) {
      this.endSlice(slice);
      return;
    }
    const items: WorkItem[] = [];
    const hooks = this.hooksInto(items, null, false);
    // Each container is walked once, however many of the released blocks it holds: walked once
    // per block, leaving side-by-side mode on an article of 2,000 sibling paragraphs took 5 s.
    const containers = new Set<Node>();
    for (const node of released) {
      if (node.isConnected && !this.isOffLimits(node)) {
        appendItems(items, collectInserted(node, hooks, containers));
      }
    }
    for (const container of containers) {
      if (container.isConnected && !this.isOffLimits(container)) {
        appendItems(items, collectWork(container, { ...hooks, deep: false }));
      }
    }
    if (items.length > 0) {
      this.track(
        this.runWork(orderByViewport(dedupe(items), this.isNearViewport), this.generation, {
          slice,
        }),
      );
    } else this.endSlice(slice);
  }

  /**
   * Resolves once the work under way now is done or overtaken: the blocks `setExcludedSubtrees`
   * gave back (converted in time slices after the first), text the page added, a frame's new
   * document. Work that starts later is not waited for.
   */
  async settled(): Promise<void> {
    await Promise.allSettled([...this.running]);
  }

  /** The string converter of the conversion shown now, or null when the page is not converted. */
  activeTextConverter(): TextConverter | null {
    return this.mode === 'active' ? (this.active?.converter ?? null) : null;
  }

  stats(): ConversionStats {
    return {
      ...this.stat,
      source: { script: this.verdict?.script ?? null, confidence: this.verdict?.confidence ?? 0 },
      alreadyInTarget: this.mode === 'settled' ? this.settledTarget : null,
      contestedNodes: this.contestedCount,
      pending:
        this.queued +
        this.pendingInserted.size +
        this.pendingContainers.size +
        this.pendingAttributes.size,
    };
  }

  /** The page's own text of `node`, whatever the converter shows in it. */
  originalTextOf(node: Text): string {
    const state = this.texts.get(node);
    if (state?.written === undefined) return node.data;
    return pageTextOf(node.data, state.written, state.original!, state.aligned);
  }

  /**
   * The page's own value of an attribute, or null when the element does not have it. A `lang`
   * we rewrote counts too (`PageLangMarks.markRun`): the side-by-side mode recognises the `lang` it set
   * on a copy the page made of its block, which the converter then converted.
   */
  originalAttributeOf(element: Element, name: string): string | null {
    const current = element.getAttribute(name);
    if (name === 'lang') {
      return this.langMarks.pageLangOf(element, current);
    }
    const written = this.attributeWritten.get(element)?.get(name);
    if (written !== undefined && current === written) {
      return this.attributeOriginals.get(element)?.get(name) ?? current;
    }
    return current;
  }

  /**
   * Replaces the original text of `node` (the mirror repair does this) and shows it converted.
   * Unlike a write by the page, this never counts against the loop guard.
   */
  replaceOriginalText(node: Text, text: string): void {
    this.texts.get(node)?.forget(true);
    node.data = text;
    if (this.mode === 'active' && !this.isOffLimits(node)) {
      this.pendingContainers.add(blockContainerOf(node));
      this.flushSoon();
    }
  }

  // ---------------------------------------------------------------------------------------
  // Converters and dictionaries

  private async converterFor(plan: ConversionPlan): Promise<TextConverter> {
    const key = planKey(plan);
    const cached = this.converters.get(key);
    if (cached !== undefined) return cached;
    let pack = this.packs.get(plan.pack);
    if (pack === undefined) {
      pack = this.loadDictionaries(plan.pack);
      this.packs.set(plan.pack, pack);
      // A failed load may be retried by the next convert().
      pack.catch(() => this.packs.delete(plan.pack));
    }
    const loaded = await pack;
    const started = this.now();
    const converter = createTextConverter({
      pack: loaded,
      from: plan.from,
      to: plan.to,
      taiwanZhu: plan.taiwanZhu === true,
      ...(this.protectedTerms !== undefined ? { protectedTerms: this.protectedTerms } : {}),
    });
    this.converters.set(key, converter);
    // Building the tables of a direction is one long piece of work (tens of milliseconds for
    // Simplified → Traditional the first time): the page renders a frame before the walk and the
    // first slice, rather than after all three.
    this.endSlice({ start: started, turns: 0 });
    if (this.now() - started >= SLICE_BUDGET_MS) await this.yieldToEventLoop();
    return converter;
  }

  // ---------------------------------------------------------------------------------------
  // Roots: the document, open shadow roots, same-origin frames

  /**
   * Watches `root` and collects its work, and that of the open shadow roots and same-origin
   * frames inside it. With `full`, roots already watched are walked again (a new target);
   * otherwise only roots met for the first time are (they have no observer of their own yet).
   */
  private collectRoot(
    root: Document | ShadowRoot,
    anchor: Element | null,
    full: boolean,
  ): WorkItem[] {
    const items: WorkItem[] = [];
    this.observeRoot(root);
    if (root.nodeType === 9 && (root as Document).designMode === 'on') return items;
    appendItems(items, collectWork(root, { deep: true, ...this.hooksInto(items, anchor, full) }));
    return items;
  }

  /** Walk hooks that add the work of shadow roots and frames met on the way to `items`. */
  private hooksInto(items: WorkItem[], anchor: Element | null, full: boolean) {
    return this.rootHooks(anchor, full, (root, rootAnchor) => {
      appendItems(items, this.collectRoot(root, rootAnchor, full));
    });
  }

  /**
   * Walk hooks that hand the open shadow roots and same-origin frame documents met on the way
   * to `enter`, with the element that stands for their position.
   */
  private rootHooks(
    anchor: Element | null,
    full: boolean,
    enter: (root: Document | ShadowRoot, anchor: Element | null) => void,
  ) {
    return {
      // Without a stand-in, each item is placed by its own element.
      ...(anchor !== null ? { anchor } : {}),
      exclude: this.isExcludedRoot,
      onShadowRoot: (shadowRoot: ShadowRoot) => {
        if (!full && this.observers.has(shadowRoot)) return;
        enter(shadowRoot, anchor);
      },
      onFrame: (frame: HTMLIFrameElement) => {
        this.watchFrame(frame);
        const frameDocument = readFrameDocument(frame);
        if (frameDocument === null || frameDocument === this.document) return;
        if (frameHasOwnReader(frame, frameDocument)) return;
        if (frameDocument.documentElement === null || frameDocument.designMode === 'on') return;
        if (!full && this.observers.has(frameDocument)) return;
        if (this.active !== null) this.langMarks.markDocument(frameDocument, this.active.target);
        enter(frameDocument, anchor ?? frame);
      },
    };
  }

  /**
   * srcdoc frames, and frames the page navigates, get a new document after we have seen them:
   * convert each new one when it loads.
   */
  private watchFrame(frame: HTMLIFrameElement): void {
    if (this.frameListeners.has(frame)) return;
    const onLoad = () => {
      if (this.mode !== 'active' || this.active === null) return;
      const frameDocument = readFrameDocument(frame);
      if (frameDocument === null || frameDocument.documentElement === null) return;
      if (this.observers.has(frameDocument) || frameHasOwnReader(frame, frameDocument)) return;
      this.langMarks.markDocument(frameDocument, this.active.target);
      const items = this.collectRoot(frameDocument, frame, false);
      this.track(this.runWork(orderByViewport(items, this.isNearViewport), this.generation));
    };
    frame.addEventListener('load', onLoad);
    this.frameListeners.set(frame, onLoad);
  }

  private observeRoot(root: Document | ShadowRoot): void {
    if (this.observers.has(root)) return;
    // The script's own constructor, not the page's (`document.defaultView.MutationObserver`):
    // in a Firefox content script the page's objects are seen through Xray wrappers, and a
    // page may have replaced its constructor. An observer works on any same-origin document.
    const Observer = globalThis.MutationObserver;
    const observer = new Observer((records) => this.onMutations(records));
    observer.observe(root, OBSERVE_OPTIONS);
    this.observers.set(root, observer);
  }

  /**
   * Turns the observers off while a slice writes. Each of our writes would otherwise queue a
   * mutation record for us to recognise and drop: 200,000 records and their wrappers on a
   * large page, garbage that makes the collector pause the page for 100 ms and more. Only our
   * code runs until `resumeObservers`, so the page's own changes are all in the records taken
   * here, or come after.
   */
  private pauseObservers(): void {
    if (this.observersPaused) return;
    this.observersPaused = true;
    for (const observer of this.observers.values()) {
      const records = observer.takeRecords();
      observer.disconnect();
      if (records.length > 0) this.onMutations(records);
    }
  }

  private resumeObservers(): void {
    if (!this.observersPaused) return;
    this.observersPaused = false;
    for (const [root, observer] of this.observers) {
      if (this.forgetIfDead(root)) continue;
      observer.observe(root, OBSERVE_OPTIONS);
    }
  }

  private disconnectAll(): void {
    for (const observer of this.observers.values()) {
      observer.takeRecords();
      observer.disconnect();
    }
    this.observers.clear();
    for (const [frame, listener] of this.frameListeners) {
      // A frame inside a frame's document that is gone is gone with it.
      if (!isDeadObject(frame)) frame.removeEventListener('load', listener);
    }
    this.frameListeners.clear();
  }

  /** Drops a root whose document is gone (see `isDeadObject`); says whether it was. */
  private forgetIfDead(root: Document | ShadowRoot | Node): boolean {
    if (!isDeadObject(root)) return false;
    const observer = this.observers.get(root as Document | ShadowRoot);
    this.observers.delete(root as Document | ShadowRoot);
    try {
      observer?.disconnect();
    } catch {
      // Our own observer: nothing of the page's to throw, but a dead target may.
    }
    return true;
  }

  // ---------------------------------------------------------------------------------------
  // Running work in time slices

  /**
   * The first conversion of the page, in time slices from the first. A walk in document order
   * (the document, and each open shadow root and same-origin frame as the walk meets it, before
   * the rest of the root that met it) collects for WALK_BUDGET_MS; the positions of what it
   * found are read, all before anything is written; what is near the viewport converts at
   * once. The next batch is measured after the browser has rendered that conversion, so that
   * no position read lays the page out in our task. What is far waits until the walk is done,
   * then converts in document order. So the viewport converts as soon as the walk has passed
   * it, and no task walks or measures the whole page. Progress is reported once the walk is
   * done, when the total is known (the popup shows 0 % until then).
   */
  private async convertPage(generation: number, slice: Slice): Promise<void> {
    const walkers: WorkWalker[] = [];
    const enter = (root: Document | ShadowRoot, anchor: Element | null): void => {
      this.observeRoot(root);
      if (root.nodeType === 9 && (root as Document).designMode === 'on') return;
      // A document is walked from inside its root element, as `collectWork` does.
      const start = root.nodeType === 9 ? (root as Document).documentElement : root;
      if (start === null) return;
      walkers.push(new WorkWalker(start, { deep: true, ...this.rootHooks(anchor, true, enter) }));
    };
    enter(this.document, null);
    const far: WorkItem[] = [];
    const nearAnchors = new Map<Element, boolean>();
    const nearBlocks = new Set<Node>();
    let near = 0;
    while (walkers.length > 0) {
      if (generation !== this.generation) return;
      let walkStart = this.now();
      if (walkStart - slice.start >= SLICE_BUDGET_MS) {
        await this.nextSlice(slice);
        if (generation !== this.generation) return;
        walkStart = slice.start;
      }
      const turn = slice.turns;
      const walkOver = () => this.now() - walkStart >= WALK_BUDGET_MS;
      const found: WorkItem[] = [];
      while (walkers.length > 0) {
        // Roots met on the way are walked before the rest of the root that met them.
        const walker = walkers[walkers.length - 1]!;
        const finished = walker.step(
          found,
          () => walkOver() || walkers[walkers.length - 1] !== walker,
        );
        if (finished) walkers.splice(walkers.indexOf(walker), 1);
        if (!finished && walkers[walkers.length - 1] === walker) break;
      }
      // Every position of the batch is read before anything of it is written, so the layout
      // is brought up to date once.
      const nearFound: WorkItem[] = [];
      for (const item of found) {
        // The rest of a block written in an earlier batch (lines between `<br>`: a paragraph
        // is one run) is left to the far work, which writes a long block's lines together
        // (HELD_BLOCK_MIN_RUNS): each batch written here is laid out in a frame of its own, and
        // Chromium lays out the whole block again each time.
        const written = item.kind === 'text' && nearBlocks.has(item.container);
        (!written && this.isNear(item, nearAnchors) ? nearFound : far).push(item);
      }
      for (const item of nearFound) if (item.kind === 'text') nearBlocks.add(item.container);
      near += nearFound.length;
      if (nearFound.length === 0) continue;
      await this.runWork(nearFound, generation, { slice, turn, report: false });
      // A position read after a write makes the browser lay out at once, in our task, and one
      // layout of a page with 20,000 paragraphs in one container takes 40–100 ms: the next batch
      // is measured once the browser has rendered what this one wrote.
      if (walkers.length > 0) await this.nextSlice(slice, true);
    }
    if (generation !== this.generation) return;
    const done = near;
    const total = near + far.length;
    await this.runWork(far, generation, {
      slice,
      turn: -1,
      report: (converted) => this.onProgress?.({ done: done + converted, total }),
      holdAll: far.length >= FAR_HOLD_MIN_ITEMS,
    });
  }

  private isNear(item: WorkItem, cache: Map<Element, boolean>): boolean {
    const anchor = item.anchor;
    if (anchor === null) return true;
    let isNear = cache.get(anchor);
    if (isNear === undefined) {
      isNear = this.isNearViewport(anchor);
      cache.set(anchor, isNear);
    }
    return isNear;
  }

  /**
   * Ends the slice: gives the event loop a turn (and, with `afterFrame`, waits until the
   * browser has rendered a frame), and starts the next one.
   */
  private async nextSlice(slice: Slice, afterFrame = false): Promise<void> {
    this.endSlice(slice);
    await this.yieldToEventLoop(afterFrame);
    slice.turns += 1;
    slice.start = this.now();
  }

  /** Says how long the slice has run so far (see `onSlice`). */
  private endSlice(slice: Slice): void {
    this.onSlice?.(this.now() - slice.start);
  }

  /** Keeps `work`, started outside `convert`, for `settled` while it runs. */
  private track(work: Promise<void>): void {
    this.running.add(work);
    const done = () => this.running.delete(work);
    work.then(done, done);
  }

  /**
   * Converts `items` in order, in slices of about SLICE_BUDGET_MS, yielding to the event loop
   * between slices. Returns early when `generation` is superseded. `slice` is the slice the
   * work starts in, and `turn` the one in which the items were collected (-1: some earlier
   * one); `report` gets the number of items done after each slice and at the end. `holdAll`
   * holds the text of every block and writes it in batches (see FAR_HOLD_MIN_ITEMS).
   */
  private async runWork(
    items: readonly WorkItem[],
    generation: number,
    {
      slice = { start: this.now(), turns: 0 },
      turn = slice.turns,
      report = (done: number) => this.onProgress?.({ done, total: items.length }),
      holdAll = false,
    }: {
      slice?: Slice;
      turn?: number;
      report?: ((done: number) => void) | false;
      holdAll?: boolean;
    } = {},
  ): Promise<void> {
    let index = 0;
    this.queued += items.length;
    const held = heldBlocks(items);
    // Runs converted and not written yet: those of the held block being converted, written
    // together once its last run is converted, or with `holdAll`, the runs of any block, written
    // once they hold FAR_WRITE_NODES text nodes.
    let pending: PreparedRun[] = [];
    let pendingBlock: Node | null = null;
    let pendingNodes = 0;
    const writeBudgetMs = holdAll ? FAR_WRITE_BUDGET_MS : HELD_WRITE_BUDGET_MS;
    // Items taken but not shown yet (held runs): progress counts an item once it is written.
    let unwritten = 0;
    const writePending = async (converter: TextConverter) => {
      const runs = pending;
      pending = [];
      pendingNodes = 0;
      pendingBlock = null;
      let at = 0;
      while (at < runs.length) {
        // A block made editable, taken under our UI or out of the page since its runs were read
        // is left alone: `commitHeldRun` checks each run's block as it is written.
        this.pauseObservers();
        const started = this.now();
        const end = Math.min(runs.length, at + HELD_WRITE_MAX_RUNS);
        // At least one line a frame, however late the clock reads (a collector's pause between
        // two reads): a frame that wrote none would be followed by another forever.
        const first = at;
        while (at < end && (at === first || this.now() - started < writeBudgetMs)) {
          this.commitHeldRun(runs[at]!, converter);
          at += 1;
        }
        // On before any await (the caller's included): the page's changes meanwhile are seen.
        this.resumeObservers();
        unwritten -= at - first;
        if (at < runs.length) {
          if (report) report(index - unwritten);
          await this.nextSlice(slice, true);
          if (generation !== this.generation || this.active === null) return;
        }
      }
      // Lines left unwritten (the block made editable meanwhile) are done with all the same.
      unwritten -= runs.length - at;
      // The page had a turn at the caller's await (its observers' callbacks, answering these
      // writes, run first): what is left of the items was collected before it, and is
      // looked at again as a later slice's would be.
      turn = -1;
    };
    try {
      while (index < items.length) {
        if (generation !== this.generation || this.active === null) return;
        const converter = this.active.converter;
        const item = items[index]!;
        const holds = item.kind === 'text' && (holdAll || held.has(item.container));
        if (
          // Attributes held nothing and are written as they come: a page with a title on every
          // paragraph still writes its text in batches.
          holdAll
            ? pendingNodes >= FAR_WRITE_NODES
            : pendingBlock !== null && (!holds || (item as TextRun).container !== pendingBlock)
        ) {
          if (pending.length > 0) {
            await writePending(converter);
            if (generation !== this.generation || this.active === null) return;
          } else pendingBlock = null;
        }
        index += 1;
        this.queued -= 1;
        const started = this.now();
        const place = item.kind === 'text' ? item.container : item.element;
        // Items collected before the page last had a turn may have been made editable or moved
        // under our UI since: check again before writing. Exclusions change between slices
        // without a yield (a mode switch): always check them. A textarea's attributes are
        // checked as the walk found them: the textarea is skipped itself (its text is the
        // reader's), and its placeholder was dropped whenever the page had a turn meanwhile.
        // An item the page took out of the document meanwhile (the next page of a thread in
        // place of this one) is neither written nor counted as shown; one it moved is connected
        // again by then, and one it puts back is read again as the page's addition.
        const stale = turn !== slice.turns;
        const offLimits = () =>
          !place.isConnected ||
          (item.kind === 'text' ? isInsideSkipped(place) : this.attributesOffLimits(item.element));
        if (
          (!stale || !offLimits()) &&
          !this.isInsideExcluded(place) &&
          !this.holdsExcluded(item)
        ) {
          if (holds) {
            const prepared = this.prepareRun(item as TextRun, converter, stale);
            if (prepared !== null) {
              pending.push(prepared);
              pendingNodes += prepared.nodes.length;
              unwritten += 1;
            }
            if (!holdAll) pendingBlock = (item as TextRun).container;
          } else {
            this.pauseObservers();
            this.process(item, converter, stale);
          }
        }
        const finished = this.now();
        this.stat.timeSpentMs += finished - started;
        if (finished - slice.start >= SLICE_BUDGET_MS && index < items.length) {
          this.resumeObservers();
          if (report) report(index - unwritten);
          await this.nextSlice(slice);
        }
      }
      // Only awaited with lines to write: an await while the observers are off would let the
      // page's microtasks change the page unseen.
      if (pending.length > 0 && this.active !== null && generation === this.generation) {
        await writePending(this.active.converter);
      }
      this.resumeObservers();
      if (report) report(index);
      this.endSlice(slice);
    } finally {
      this.resumeObservers();
      this.queued -= items.length - index;
    }
  }

  private process(item: WorkItem, converter: TextConverter, stale = false): void {
    if (item.kind === 'text') this.convertRun(item, converter, stale);
    else this.convertAttributes(item.element, converter);
  }

  // ---------------------------------------------------------------------------------------
  // Text

  /** The text a node converts from: its original, or what the page put there since. */
  private sourceOf(node: Text): string {
    const state = this.texts.get(node);
    if (state?.written === undefined) return node.data;
    const source = pageTextOf(node.data, state.written, state.original!, state.aligned);
    // The page rewrote the node after us: its own text is the new original.
    if (node.data !== state.written) state.forget(false);
    return source;
  }

  /**
   * `stale`: the run was collected before the page last had a turn, and its nodes may have
   * moved since, one by one: into a textarea, an editor or a `<code>` (the page's own editor
   * taking a paragraph's text, say), where nothing is written, or out of the run's block.
   */
  private convertRun(run: TextRun, converter: TextConverter | null, stale = false): void {
    const prepared = this.prepareRun(run, converter, stale);
    if (prepared !== null) this.commitRun(prepared);
  }

  /** Converts `run` without writing anything (see `convertRun`). */
  private prepareRun(
    run: TextRun,
    converter: TextConverter | null,
    stale: boolean,
  ): PreparedRun | null {
    // The run's container was checked before this (`runWork`): only the elements between it
    // and each node are left to look at, most often none (or a <b>).
    const inPlace = (node: Text) => {
      const parent = node.parentNode;
      if (parent === null) return false;
      if (!stale || parent === run.container) return true;
      for (let element: Node | null = parent; element !== run.container;) {
        if (element === null || element.nodeType !== 1) return false;
        if (isSkippedElement(element as Element) || isOpaqueElement(element as Element)) {
          return false;
        }
        element = element.parentNode;
      }
      return true;
    };
    const nodes = run.nodes.every(inPlace) ? run.nodes : run.nodes.filter(inPlace);
    if (nodes.length === 0) return null;
    const data = nodes.map((node) => node.data);
    const sources = nodes.map((node) => this.sourceOf(node));
    const outputs = converter === null ? sources : convertAcrossNodes(sources, converter);
    return { run, nodes, data, sources, outputs };
  }

  private commitRun({ run, nodes, sources, outputs }: PreparedRun): void {
    // Restore walks the page for what we wrote, a part's `lang` included.
    if (this.langMarks.markRun(run, this.active?.target)) this.wroteSinceRestore = true;
    nodes.forEach((node, i) => this.writeText(node, outputs[i]!, sources[i]!));
  }

  /**
   * Writes a run converted in an earlier slice. The page had turns since: the run is looked at
   * again as a stale one would be, and converted afresh if the page changed any of its text.
   */
  private commitHeldRun(prepared: PreparedRun, converter: TextConverter): void {
    const { run, nodes, data } = prepared;
    if (this.holdsExcluded(run)) return;
    // The page may have made the block editable, put it under our UI or taken it out meanwhile.
    const block = run.container;
    if (!block.isConnected || isInsideSkipped(block) || this.isInsideExcluded(block)) return;
    // Most often the lines are the block's own children, as they were: nothing else to check.
    const unchanged = nodes.every(
      (node, i) => node.data === data[i] && node.parentNode === run.container,
    );
    if (unchanged) this.commitRun(prepared);
    else this.convertRun(run, converter, true);
  }

  private writeText(node: Text, text: string, original: string): void {
    if (this.isContested(node)) return;
    let state = this.texts.get(node);
    if (node.data === text && (text === original || state?.written === text)) {
      // Shown already, by an earlier pass (a mode switch converts again for the same target):
      // the page shows this conversion all the same.
      if (state !== undefined) this.tally(state, original, text);
      return;
    }
    if (state === undefined) {
      state = new TextState();
      this.texts.set(node, state);
    }
    if (state.written === undefined) state.original = original;
    state.aligned = text.length === original.length && !isRegional(this.active?.plan ?? null);
    if (node.data === text) {
      // Already showing it (the page put its addition next to what we wrote, in the target
      // script already): nothing to write, but the original to give back on restore.
      state.written = text;
      return;
    }
    state.written = text;
    state.writtenAt = Math.floor(this.now());
    this.wroteSinceRestore = true;
    node.data = text;
    this.tally(state, original, text);
  }

  /**
   * Counts `state`'s node as showing `shown` for `original` in the current conversion: a node
   * counted in it before is counted again, not twice, and one showing its original is not.
   */
  private tally(state: TextState, original: string, shown: string): void {
    const changed = shown === original ? 0 : countChanged(original, shown);
    if (state.counted === this.conversion) {
      this.stat.charactersChanged += changed - state.changed;
      state.changed = changed;
      if (shown === original) this.untally(state);
      return;
    }
    if (shown === original) return;
    state.counted = this.conversion;
    state.changed = changed;
    this.stat.nodesConverted += 1;
    this.stat.charactersChanged += changed;
  }

  /** Takes `state`'s node out of the counts: it shows the page's own text again. */
  private untally(state: TextState): void {
    if (state.counted !== this.conversion) return;
    state.counted = 0;
    this.stat.nodesConverted -= 1;
    this.stat.charactersChanged -= state.changed;
    state.changed = 0;
  }

  // ---------------------------------------------------------------------------------------
  // Attributes

  private attributeSourceOf(element: Element, name: string): string | null {
    const current = element.getAttribute(name);
    const written = this.attributeWritten.get(element);
    const mine = written?.get(name);
    if (mine === undefined) return current;
    if (current === mine) return this.attributeOriginals.get(element)?.get(name) ?? current;
    written!.delete(name);
    this.attributeOriginals.get(element)?.delete(name);
    return current;
  }

  private convertAttributes(element: Element, converter: TextConverter | null): void {
    if (this.contestedAttributes.has(element)) return;
    if (element.parentNode === null && element.ownerDocument.documentElement !== element) return;
    for (const name of convertibleAttributes(element)) {
      const source = this.attributeSourceOf(element, name);
      if (source === null) continue;
      const output = converter === null || !mayConvert(source) ? source : converter.convert(source);
      if (element.getAttribute(name) === output) continue;
      let originals = this.attributeOriginals.get(element);
      let written = this.attributeWritten.get(element);
      if (originals === undefined || written === undefined) {
        originals = new Map();
        written = new Map();
        this.attributeOriginals.set(element, originals);
        this.attributeWritten.set(element, written);
      }
      if (!written.has(name)) originals.set(name, source);
      written.set(name, output);
      this.attributeWrittenAt.set(element, this.now());
      this.wroteSinceRestore = true;
      element.setAttribute(name, output);
      if (output !== source) this.stat.attributesConverted += 1;
    }
  }

  // ---------------------------------------------------------------------------------------
  // Restore

  /**
   * Subtrees the page took out of the document, most recent last, held weakly: a view a
   * single-page app keeps aside to show again (Vue's keep-alive, a cached tab) holds text we
   * wrote, which a restore walking the document would not reach.
   */
  private detached: WeakRef<Node>[] = [];

  private noteDetached(node: Node): void {
    if (node.nodeType !== 1 && node.nodeType !== 3) return;
    this.detached.push(new WeakRef(node));
    if (this.detached.length > MAX_DETACHED_KEPT) {
      this.detached = this.detached.filter((ref) => {
        const node = ref.deref();
        return node !== undefined && !isDeadObject(node) && !node.isConnected;
      });
      if (this.detached.length > MAX_DETACHED_KEPT) {
        this.detached = this.detached.slice(-MAX_DETACHED_KEPT / 2);
      }
    }
  }

  /** Writes every original back where the node still shows what we wrote. */
  private restoreWrites(): void {
    // Nothing shows a conversion any more: the counts start from zero, and a node counted so far
    // counts against no later conversion.
    this.conversion += 1;
    this.stat.nodesConverted = 0;
    this.stat.charactersChanged = 0;
    this.stat.attributesConverted = 0;
    // Looking for our writes means walking the whole page (a tenth of a second at 200,000
    // nodes): not when there is none, as on every render of a page left unconverted.
    if (this.wroteSinceRestore) {
      const roots: Node[] = [...this.observers.keys()].filter((root) => !this.forgetIfDead(root));
      if (!roots.includes(this.document)) roots.push(this.document);
      for (const root of roots) {
        this.restoreSubtree(root);
      }
      // Subtrees the page took out: out of the document now, which the page may put back
      // later, or moved where the walk above does not go (into a closed shadow root, or an open
      // one attached since). A subtree the walk restored has nothing of ours left.
      for (const ref of this.detached) {
        const node = ref.deref();
        if (node === undefined || isDeadObject(node)) continue;
        if (node.isConnected && roots.includes(node.getRootNode())) continue;
        this.restoreSubtree(node);
      }
      this.detached = [];
      this.wroteSinceRestore = false;
    }
    this.langMarks.restoreDocuments();
    // The observers must not read our restoring writes as page rewrites.
    for (const observer of this.observers.values()) observer.takeRecords();
  }

  /** Gives one attribute of ours back to the page's value, and forgets it. */
  private restoreAttribute(element: Element, name: string): void {
    const written = this.attributeWritten.get(element);
    const value = written?.get(name);
    if (written === undefined || value === undefined) return;
    const original = this.attributeOriginals.get(element)?.get(name);
    if (original !== undefined && element.getAttribute(name) === value) {
      element.setAttribute(name, original);
    }
    written.delete(name);
    this.attributeOriginals.get(element)?.delete(name);
  }

  private restoreSubtree(root: Node): void {
    const stack: Node[] = [root];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (node.nodeType === 3) {
        const text = node as Text;
        const state = this.texts.get(text);
        if (state?.written !== undefined) {
          const source = pageTextOf(text.data, state.written, state.original!, state.aligned);
          if (text.data !== source) text.data = source;
          state.forget(true);
          this.untally(state);
        }
        continue;
      }
      if (node.nodeType === 1) {
        const element = node as Element;
        this.langMarks.restoreElement(element);
        const written = this.attributeWritten.get(element);
        if (written !== undefined) {
          for (const name of [...written.keys()]) this.restoreAttribute(element, name);
          this.attributeWritten.delete(element);
          this.attributeOriginals.delete(element);
        }
        if (element.shadowRoot !== null && this.observers.has(element.shadowRoot)) {
          stack.push(element.shadowRoot);
        }
        if (element.localName === 'iframe') {
          const frameDocument = readFrameDocument(element as HTMLIFrameElement);
          if (frameDocument !== null && this.observers.has(frameDocument))
            stack.push(frameDocument);
        }
      }
      for (let child = node.lastChild; child !== null; child = child.previousSibling) {
        stack.push(child);
      }
    }
  }

  // ---------------------------------------------------------------------------------------
  // Mutations

  private onMutations(records: MutationRecord[]): void {
    if (this.mode === 'waiting' || this.mode === 'settled') {
      this.countNewText(records);
      return;
    }
    if (this.mode !== 'active') return;
    // A node may appear in several records of one batch (our write and a rival's answer);
    // judge each by its state now, once.
    const changedText = new Set<Text>();
    const changedChildren = new Map<Node, { added: Node[]; removed: Node[] }>();
    for (const record of records) {
      switch (record.type) {
        case 'characterData':
          changedText.add(record.target as Text);
          break;
        case 'childList': {
          const entry = changedChildren.get(record.target) ?? { added: [], removed: [] };
          record.addedNodes.forEach((node) => entry.added.push(node));
          record.removedNodes.forEach((node) => entry.removed.push(node));
          changedChildren.set(record.target, entry);
          break;
        }
        case 'attributes':
          // A role that stays a text field's, or stays another (a widget setting its role as it
          // renders), changes nothing the walk decides by: only a region turned into a text box,
          // or out of one, is given back or walked again.
          if (isRoleChangeOfNoTextbox(record)) break;
          this.onAttributeChanged(record.target as Element, record.attributeName);
          break;
      }
    }
    for (const node of changedText) this.onTextChanged(node);
    for (const [parent, { added, removed }] of changedChildren) {
      this.onChildrenChanged(parent, added, removed);
    }
    this.flushSoon();
  }

  private onTextChanged(node: Text): void {
    const written = this.texts.get(node)?.written;
    if (written === node.data) return; // our own write
    if (this.contested.has(node) || this.isOffLimits(node)) return;
    const container = blockContainerOf(node);
    if (written !== undefined && this.isRivalRewrite(node)) {
      const count = (this.rivalRewrites.get(node) ?? 0) + 1;
      this.rivalRewrites.set(node, count);
      if (count > MAX_RIVAL_REWRITES) {
        this.contest(node);
        return;
      }
      if (count === MAX_RIVAL_REWRITES) {
        this.later(() => this.pendingContainers.add(container), BACKOFF_MS);
        return;
      }
    } else {
      this.rivalRewrites.delete(node);
    }
    this.pendingContainers.add(container);
  }

  /** The page put back the text we had converted, right after we wrote. */
  private isRivalRewrite(node: Text): boolean {
    const state = this.texts.get(node);
    return (
      state !== undefined &&
      this.now() - state.writtenAt <= RIVAL_WINDOW_MS &&
      node.data === state.original
    );
  }

  private contest(node: Text): void {
    this.contested.add(node);
    this.contestedCount += 1;
    // The page's text stands; there is nothing of ours left to restore in it, or to count.
    const state = this.texts.get(node);
    if (state !== undefined) {
      this.untally(state);
      state.forget(false);
    }
  }

  private onChildrenChanged(parent: Node, added: Node[], removed: Node[]): void {
    for (const node of removed) {
      this.noteDetached(node);
      // Text the page took away shows nothing any more (a ticker replaces its text node each
      // tick); text moved elsewhere in the page still does. The walk is as long as the change.
      if (!node.isConnected && this.stat.nodesConverted > 0) {
        for (const text of textNodesIn(node)) {
          const state = this.texts.get(text);
          if (state !== undefined) this.untally(state);
        }
      }
    }
    if (this.isContested(parent)) return;
    if (isInsideSkipped(parent)) {
      // Our text moved into a textarea, an editor or code (a page's editor taking a paragraph
      // to edit): what the reader edits there, or the form sends, is the page's own text. Not
      // in our own UI: the glossary's marks and the repair's placeholders hold page text.
      if (!isInsideOurUi(parent)) for (const node of added) this.restoreSubtree(node);
      return;
    }
    if (this.isInsideExcluded(parent)) return;
    for (const node of added) if (node.nodeType === 3) this.adoptSplitOff(node as Text);
    // A page that keeps replacing our converted nodes with fresh copies of the original is a
    // rival too; count that against the parent, which is the only thing that stays. Text nodes
    // replaced within the rival window count; an element holding our text (new markup set in
    // a paragraph, a fresh copy in its place) only when it comes right after our write, as a
    // rival's answer does: a widget the page renders again on its own timer (a clock, a score)
    // is no rival. The document's top elements are never contested.
    const now = this.now();
    const contestable =
      parent.nodeType === 1 &&
      (parent as Element).localName !== 'html' &&
      (parent as Element).localName !== 'body';
    const replacedOurs =
      contestable &&
      removed.some((node) =>
        this.someTextIn(node, (text) => {
          const writtenAt = this.texts.get(text)?.writtenAt;
          const window = node.nodeType === 3 ? RIVAL_WINDOW_MS : ELEMENT_RIVAL_WINDOW_MS;
          return writtenAt !== undefined && now - writtenAt <= window;
        }),
      );
    // A rival puts the same text back each time: the page's original, or its own copy of it.
    // A page showing new content (a countdown set through `textContent` every second) puts
    // different text each time, and is no rival.
    let rival = false;
    if (replacedOurs && added.length > 0) {
      const addedText = added.map((node) => node.textContent ?? '').join('');
      // An element the page rebuilt whole (new markup set in it, `replaceWith` a fresh copy) holds
      // our text: its original is what a rival puts back.
      const removedOriginal = removed.map((node) => this.originalTextIn(node)).join('');
      rival = addedText === removedOriginal || addedText === this.lastReplacement.get(parent);
      this.lastReplacement.set(parent, addedText);
    }
    if (rival) {
      const count = (this.rivalRewrites.get(parent) ?? 0) + 1;
      this.rivalRewrites.set(parent, count);
      if (count > MAX_RIVAL_REWRITES) {
        // Text nodes put back: the parent is the page's. Elements rebuilt: what was put back is
        // the page's, and the rest of the parent (an app's whole container) converts as before.
        const rebuilt = added.filter((node) => node.nodeType === 1);
        for (const node of rebuilt.length > 0 ? rebuilt : [parent]) this.contested.add(node);
        this.contestedCount += 1;
        return;
      }
      if (count === MAX_RIVAL_REWRITES) {
        this.later(() => this.pendingContainers.add(blockContainerOf(parent)), BACKOFF_MS);
        return;
      }
    }
    this.pendingContainers.add(blockContainerOf(parent));
    for (const node of added) {
      if (node.nodeType === 1) this.pendingInserted.add(node);
    }
  }

  /**
   * A text node the page split off one of ours (`splitText`, as highlighters do): it holds the
   * rest of what we wrote, and stands for the rest of the original.
   */
  private adoptSplitOff(node: Text): void {
    if (this.texts.has(node)) return;
    const before = node.previousSibling;
    if (before === null || before.nodeType !== 3) return;
    const state = this.texts.get(before as Text);
    if (state?.written === undefined || !state.aligned) return;
    const kept = (before as Text).data;
    if (state.written !== kept + node.data) return;
    const split = new TextState();
    split.original = state.original!.slice(kept.length);
    split.written = node.data;
    split.writtenAt = state.writtenAt;
    split.aligned = true;
    this.texts.set(node, split);
    if (state.counted === this.conversion) {
      // The count splits with the node: the part split off takes its changed characters along.
      const original = split.original;
      const moved = countChanged(original, node.data);
      state.changed -= moved;
      this.stat.charactersChanged -= moved;
      if (state.changed === 0) this.untally(state);
      this.tally(split, original, node.data);
    }
  }

  /** Whether the page won `node` from us: it, or an element between it and its block. */
  private isContested(node: Node): boolean {
    // Most pages have no rival: nothing to look up for each node written.
    if (this.contestedCount === 0) return false;
    // The node, or an element up to its block (a rebuilt paragraph's text sits in a <b>).
    const block = blockContainerOf(node);
    for (let current: Node | null = node; current !== null; current = current.parentNode) {
      if (this.contested.has(current)) return true;
      if (current === block) break;
    }
    return false;
  }

  /**
   * Whether a text node in `node` (itself, or under it, up to the first 200: a rival rebuilds a
   * paragraph, not a page) passes `test`.
   */
  private someTextIn(node: Node, test: (text: Text) => boolean): boolean {
    let seen = 0;
    for (const text of textNodesIn(node)) {
      if (test(text)) return true;
      if (++seen >= 200) break;
    }
    return false;
  }

  /** The page's own text of `node`, with our conversions in it taken back. */
  private originalTextIn(node: Node): string {
    let text = '';
    for (const current of textNodesIn(node)) text += this.originalTextOf(current);
    return text;
  }

  private onAttributeChanged(element: Element, name: string | null): void {
    if (name === 'type' || name === 'name') {
      // A button's label is converted; any other input's value is the reader's, and a named
      // submit button's value is form data (convertibleAttributes).
      if (this.attributeWritten.get(element)?.has('value') === true) {
        if (!convertibleAttributes(element).includes('value'))
          this.restoreAttribute(element, 'value');
      } else if (!this.attributesOffLimits(element)) {
        this.pendingAttributes.add(element);
      }
      return;
    }
    // `translate` on <html> or <body> speaks to the detector, not to the walk (isSkippedElement).
    if (name === 'translate' && (element.localName === 'html' || element.localName === 'body')) {
      return;
    }
    if (name === 'contenteditable' || name === 'role' || name === 'translate') {
      // The page turned on editing (an inline editor, a comment box): what the reader types
      // there goes into the page's own text, so the region is given back as it came before
      // they can. It is then off limits, as every editable region is.
      // (Our writes there are then the page's changes in an editable region: ignored.) Editing
      // turned off again, the region converts like any other content. The same for a region
      // the page keeps from translation (`translate="no"`) after it was converted.
      // A textarea's placeholder and label convert again once it is neither (its value never).
      if (convertsOnlyAttributes(element)) {
        if (!this.attributesOffLimits(element)) this.pendingAttributes.add(element);
      } else if (isSkippedElement(element)) this.restoreSubtree(element);
      else if (!this.isOffLimits(element)) this.pendingInserted.add(element);
      return;
    }
    if (name === null || this.contestedAttributes.has(element)) return;
    const current = element.getAttribute(name);
    const written = this.attributeWritten.get(element)?.get(name);
    if (written !== undefined && current === written) return; // our own write
    if (this.attributesOffLimits(element)) return;
    // The same loop guard as for text, counted per element.
    const writtenAt = this.attributeWrittenAt.get(element);
    const rival =
      written !== undefined &&
      writtenAt !== undefined &&
      this.now() - writtenAt <= RIVAL_WINDOW_MS &&
      current === this.attributeOriginals.get(element)?.get(name);
    if (rival) {
      const count = (this.attributeRivalRewrites.get(element) ?? 0) + 1;
      this.attributeRivalRewrites.set(element, count);
      if (count > MAX_RIVAL_REWRITES) {
        this.contestedAttributes.add(element);
        this.contestedCount += 1;
        this.attributeWritten.delete(element);
        this.attributeOriginals.delete(element);
        return;
      }
      if (count === MAX_RIVAL_REWRITES) {
        this.later(() => this.pendingAttributes.add(element), BACKOFF_MS);
        return;
      }
    }
    this.pendingAttributes.add(element);
  }

  /** Whether `node` is in a skipped element or an excluded subtree. */
  private isOffLimits(node: Node): boolean {
    return isInsideSkipped(node) || this.isInsideExcluded(node);
  }

  /**
   * Whether the attributes of `element` are off limits: a textarea's own are not, though its
   * content is (`convertsOnlyAttributes`), unless it is inside something off limits.
   */
  private attributesOffLimits(element: Element): boolean {
    if (!convertsOnlyAttributes(element)) return this.isOffLimits(element);
    if (this.isInsideExcluded(element)) return true;
    const parent = composedParent(element);
    if (parent === null) return false;
    // An opaque parent (<video>, <object>) hides what it holds, as it does from the walk.
    return (parent.nodeType === 1 && isOpaqueElement(parent as Element)) || isInsideSkipped(parent);
  }

  private isInsideExcluded(node: Node): boolean {
    if (this.excluded.size === 0) return false;
    for (let current: Node | null = node; current !== null; current = composedParent(current)) {
      if (this.excluded.has(current)) return true;
    }
    return false;
  }

  /**
   * Whether a run collected before the exclusions last changed now holds an excluded node: a
   * line of a container (excluded node by node, not as a subtree) is in its container's runs.
   */
  private holdsExcluded(item: WorkItem): boolean {
    if (this.excluded.size === 0 || item.kind !== 'text') return false;
    // Each ancestor is looked at once: the nodes of a run nested in thousands of inline
    // elements share them, and climbing from each node would be quadratic.
    const seen = new Set<Node>();
    for (const node of item.nodes) {
      for (let current: Node | null = node; current !== null && current !== item.container;) {
        if (seen.has(current)) break;
        seen.add(current);
        if (this.excluded.has(current)) return true;
        current = current.parentNode;
      }
    }
    return false;
  }

  private flushSoon(): void {
    if (this.flushTimer !== null) return;
    this.flushTimer = setTimeout(() => {
      this.flushTimer = null;
      this.flushPending();
    }, MUTATION_DELAY_MS);
  }

  private later(action: () => void, delay: number): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (this.mode !== 'active') return;
      action();
      this.flushSoon();
    }, delay);
    this.timers.add(timer);
  }

  private flushPending(): void {
    if (this.mode !== 'active' || this.active === null) return;
    const slice: Slice = { start: this.now(), turns: 0 };
    const items: WorkItem[] = [];
    const hooks = this.hooksInto(items, null, false);
    // Each container is walked once, however many of the inserted nodes joined it.
    const containers = new Set(this.pendingContainers);
    for (const node of this.pendingInserted) {
      if (node.isConnected && !this.isOffLimits(node)) {
        appendItems(items, collectInserted(node, hooks, containers));
      }
    }
    for (const container of containers) {
      if (container.isConnected && !this.isOffLimits(container)) {
        appendItems(items, collectWork(container, { ...hooks, deep: false }));
      }
    }
    for (const element of this.pendingAttributes) {
      if (element.isConnected) items.push({ kind: 'attributes', element, anchor: element });
    }
    this.pendingInserted.clear();
    this.pendingContainers.clear();
    this.pendingAttributes.clear();
    this.track(
      this.runWork(orderByViewport(dedupe(items), this.isNearViewport), this.generation, {
        slice,
      }),
    );
  }

  private redetectTimer: ReturnType<typeof setTimeout> | null = null;
  /** Waiting or settled: Han characters the page added, removed or rewrote since the last judgement. */
  private newHan = 0;
  /** Of those, the ones in nodes added or removed (an article swapped in), not in rewrites. */
  private swappedHan = 0;
  /** The text nodes rewritten since the last judgement, each counted once (a clock, a ticker). */
  private rewrittenSinceCheck = new WeakSet<Node>();
  private lastCheck = -Infinity;
  /** Settled: the least time between judgements brought on by rewrites alone (see below). */
  private rewriteCheckInterval = SETTLED_RECHECK_INTERVAL_MS;
  /** Whether the judgement scheduled was brought on by rewrites alone. */
  private checkForRewrites = false;

  /** Starts watching for text in a waiting or settled mode, from nothing counted. */
  private resetWatch(): void {
    this.clearCounts();
    this.rewriteCheckInterval = SETTLED_RECHECK_INTERVAL_MS;
  }

  /** Forgets the text counted since the last judgement. */
  private clearCounts(): void {
    this.newHan = 0;
    this.swappedHan = 0;
    this.rewrittenSinceCheck = new WeakSet();
  }

  /** The conversion the page needs for `options`, judged by `verdict`; null when none. */
  private planFor(verdict: ScriptVerdict, options: ConvertOptions): ConversionPlan | null {
    return planConversion({
      source: verdict,
      pageLang: this.langMarks.originalLangOf(this.document),
      target: options.target,
      regionalVocabulary: options.regionalVocabulary === true,
      mainlandCopy: options.mainlandCopy === true,
    });
  }

  /**
   * Waiting or settled: counts the Han characters the page adds, removes or rewrites (not in
   * editors or skipped elements; a text node rewritten again counts once), and has the page
   * judged again once there are enough: any for a page with no Chinese yet,
   * `SETTLED_RECHECK_HAN` for one in the target script. Judgements come at most once a second;
   * those brought on by rewrites alone (a ticker, text redrawn every frame) twice as far apart
   * each time they find nothing to do, up to `SETTLED_RECHECK_MAX_INTERVAL_MS`, while a page
   * that swaps in new nodes (an article) is judged within the second.
   */
  private countNewText(records: MutationRecord[]): void {
    // A judgement is coming within the second; or one brought on by rewrites is, later, and an
    // article swapped in meanwhile brings it forward (below).
    if (this.redetectTimer !== null && !this.checkForRewrites) return;
    const enough = this.mode === 'waiting' ? 1 : SETTLED_RECHECK_HAN;
    // The whole batch is counted before deciding: a framework may rewrite a headline and swap
    // the article in one go, and the swap is what decides how soon.
    for (const record of records) {
      if (this.swappedHan >= enough) break;
      if (this.isOffLimits(record.target)) continue;
      if (record.type === 'characterData') {
        if (this.rewrittenSinceCheck.has(record.target)) continue;
        this.rewrittenSinceCheck.add(record.target);
        this.newHan += hanCount(record.target.nodeValue, enough);
      } else if (record.type === 'childList') {
        // What it takes away counts too: a page emptied before its next article is judged
        // (and watched as an empty page) before that article comes, however short it is.
        for (const nodes of [record.addedNodes, record.removedNodes]) {
          for (const node of nodes) {
            if (this.swappedHan >= enough) break;
            // Read as the judgement reads the page: what an open shadow root holds already
            // included; scripts, our own UI and Japanese or Korean text left out.
            if (node.nodeType === 1 && isMarkedOtherHanLanguage(node as Element)) continue;
            const count = sampledHan(node, enough - this.swappedHan);
            this.swappedHan += count;
            this.newHan += count;
          }
        }
      }
    }
    if (this.newHan < enough) return;
    const forRewrites = this.swappedHan < enough;
    // A judgement for rewrites is pending already, and this batch brought no swap.
    if (this.redetectTimer !== null && forRewrites) return;
    if (this.redetectTimer !== null) {
      clearTimeout(this.redetectTimer);
      this.redetectTimer = null;
    }
    this.checkForRewrites = forRewrites;
    const interval = forRewrites ? this.rewriteCheckInterval : SETTLED_RECHECK_INTERVAL_MS;
    const sinceLast = this.now() - this.lastCheck;
    this.scheduleRedetect(Math.max(MUTATION_DELAY_MS * 5, interval - sinceLast));
  }

  /**
   * Waiting or settled: judges the page's script again, and converts when the page now needs
   * it (it has Chinese; it is no longer all in the target script).
   */
  private scheduleRedetect(delayMs: number): void {
    if (this.redetectTimer !== null) return;
    this.redetectTimer = setTimeout(() => {
      this.redetectTimer = null;
      const options = this.lastOptions;
      if (options === null || (this.mode !== 'waiting' && this.mode !== 'settled')) return;
      const lang = this.langMarks.originalLangOf(this.document);
      const verdict = detectDocumentScript(this.document, { lang });
      this.clearCounts();
      this.lastCheck = this.now();
      if (this.mode === 'waiting') {
        if (verdict.script !== 'none') void this.convert(options);
        return;
      }
      // A page emptied and then filled again is watched as one that starts empty: any Chinese
      // it gets is judged, however short.
      if (verdict.script === 'none') {
        this.mode = 'waiting';
        this.resetWatch();
        return;
      }
      if (this.planFor(verdict, options) !== null) {
        void this.convert(options);
      } else if (this.checkForRewrites) {
        this.rewriteCheckInterval = Math.min(
          this.rewriteCheckInterval * 2,
          SETTLED_RECHECK_MAX_INTERVAL_MS,
        );
      }
    }, delayMs);
  }

  private cancelPending(): void {
    if (this.flushTimer !== null) clearTimeout(this.flushTimer);
    this.flushTimer = null;
    if (this.redetectTimer !== null) clearTimeout(this.redetectTimer);
    this.redetectTimer = null;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.pendingInserted.clear();
    this.pendingContainers.clear();
    this.pendingAttributes.clear();
  }
}

/**
 * Converts the concatenation of `sources` and cuts the result back into one piece per source:
 * each output code unit goes to the source that owns its aligned input offset.
 */
export function convertAcrossNodes(sources: readonly string[], converter: TextConverter): string[] {
  const joined = sources.join('');
  if (!mayConvert(joined)) return sources.slice();
  let pieceEnds: number[] | undefined;
  if (sources.length > 1) {
    let length = 0;
    pieceEnds = sources.map((source) => (length += source.length));
  }
  const { text, sourceIndex } = converter.convertAligned(joined, pieceEnds);
  const outputs: string[] = [];
  let cursor = 0;
  let end = 0;
  for (const source of sources) {
    end += source.length;
    const start = cursor;
    while (cursor < text.length && sourceIndex[cursor]! < end) cursor += 1;
    outputs.push(text.slice(start, cursor));
  }
  return outputs;
}

function countChanged(before: string, after: string): number {
  const shorter = Math.min(before.length, after.length);
  let changed = Math.abs(before.length - after.length);
  for (let i = 0; i < shorter; i += 1) if (before[i] !== after[i]) changed += 1;
  return changed;
}

function readFrameDocument(frame: HTMLIFrameElement): Document | null {
  try {
    return frame.contentDocument;
  } catch {
    return null;
  }
}

/** Items near the viewport first, each group in document order. */
function orderByViewport(
  items: readonly WorkItem[],
  isNearViewport: (element: Element) => boolean,
): WorkItem[] {
  // All positions are read before anything is written, so layout is computed once.
  const near: WorkItem[] = [];
  const far: WorkItem[] = [];
  const cache = new Map<Element, boolean>();
  for (const item of items) {
    const anchor = item.anchor;
    let isNear = true;
    if (anchor !== null) {
      isNear = cache.get(anchor) ?? isNearViewport(anchor);
      cache.set(anchor, isNear);
    }
    (isNear ? near : far).push(item);
  }
  return near.concat(far);
}

function dedupe(items: readonly WorkItem[]): WorkItem[] {
  const seenRuns = new Set<Text>();
  const seenElements = new Set<Element>();
  const out: WorkItem[] = [];
  for (const item of items) {
    if (item.kind === 'attributes') {
      if (seenElements.has(item.element)) continue;
      seenElements.add(item.element);
    } else {
      const first = item.nodes[0];
      if (first === undefined || seenRuns.has(first)) continue;
      seenRuns.add(first);
    }
    out.push(item);
  }
  return out;
}

/** In or within half a viewport of the viewport; elements without layout count as near. */
export function defaultIsNearViewport(element: Element): boolean {
  const view = element.ownerDocument.defaultView;
  if (view === null) return true;
  const rect = element.getBoundingClientRect();
  if (rect.width === 0 && rect.height === 0 && rect.top === 0 && rect.left === 0) return true;
  const margin = view.innerHeight / 2;
  return rect.bottom >= -margin && rect.top <= view.innerHeight + margin;
}

/** `node` itself if it is text, else the text nodes under an element or a fragment. */
function* textNodesIn(node: Node): Generator<Text> {
  if (node.nodeType === 3) {
    yield node as Text;
    return;
  }
  if (node.nodeType !== 1 && node.nodeType !== 11) return;
  const document = node.ownerDocument!;
  const walker = document.createTreeWalker(node, 4 /* text */);
  for (let text = walker.nextNode(); text !== null; text = walker.nextNode()) yield text as Text;
}

/**
 * The page's own text of a node we wrote `written` into (in place of `original`) and that now
 * reads `data`. Where the page only added to what we wrote (appendData, insertData at an end,
 * `data +=`, a merge by normalize()), the part we wrote stands for our original, so the page
 * gets back its own text with its addition, not ours. Where our text was the original one
 * character for one (`aligned`) and the page cut it (splitText, deleteData) or inserted into
 * its middle (insertData), what is left of ours stands for the same characters of the
 * original. Any other rewrite is the page's own: a framework setting new text (制度 over our
 * 制造) keeps every character it wrote.
 */
function pageTextOf(data: string, written: string, original: string, aligned = false): string {
  if (data === written) return original;
  // Nothing of ours to find in it (regional words may leave a node's share empty).
  if (written.length === 0) return data;
  if (data.length > written.length) {
    if (data.startsWith(written)) return original + data.slice(written.length);
    if (data.endsWith(written)) return data.slice(0, data.length - written.length) + original;
  }
  if (!aligned || written.length !== original.length) return data;
  let prefix = 0;
  const shorter = Math.min(data.length, written.length);
  while (prefix < shorter && data[prefix] === written[prefix]) prefix += 1;
  let suffix = 0;
  while (
    suffix < shorter - prefix &&
    data[data.length - 1 - suffix] === written[written.length - 1 - suffix]
  ) {
    suffix += 1;
  }
  if (data.length > written.length) {
    // Inserted inside ours: all of ours is still there, around the page's addition.
    if (prefix + suffix !== written.length) return data;
    return (
      original.slice(0, prefix) + data.slice(prefix, data.length - suffix) + original.slice(prefix)
    );
  }
  // Cut: all that is left is ours.
  if (prefix + suffix !== data.length) return data;
  return original.slice(0, prefix) + original.slice(written.length - suffix);
}

/** Whether a plan converts words too (regional vocabulary), not one character for one. */
function isRegional(plan: ConversionPlan | null): boolean {
  return plan !== null && (plan.from.endsWith('p') || plan.to.endsWith('p'));
}

/** The Han characters of the text a judgement would read in `node`, counted up to `limit`. */
function sampledHan(node: Node, limit: number): number {
  let count = 0;
  sampleSubtree({
    root: node,
    sink: {
      get full() {
        return count >= limit;
      },
      add(text: string) {
        count += hanCount(text, limit - count);
      },
    },
    textOf: (text) => text.data,
    maxNodes: SAMPLED_NODES_PER_CHANGE,
  });
  return count;
}

/** The most nodes of one added or removed subtree read for its Han characters. */
const SAMPLED_NODES_PER_CHANGE = 10_000;

/** The Han characters of `text`, counted up to `limit`. */
function hanCount(text: string | null, limit: number): number {
  if (text === null) return 0;
  let count = 0;
  for (let i = 0; i < text.length && count < limit; i++) {
    if (isHan(text.charCodeAt(i))) count++;
  }
  return count;
}

/**
 * The blocks of `items` with at least HELD_BLOCK_MIN_RUNS runs, whose lines are held and written
 * together (see HELD_BLOCK_MIN_RUNS).
 */
function heldBlocks(items: readonly WorkItem[]): Set<Node> {
  const held = new Set<Node>();
  if (items.length < HELD_BLOCK_MIN_RUNS) return held;
  const counts = new Map<Node, number>();
  for (const item of items) {
    if (item.kind !== 'text') continue;
    const count = (counts.get(item.container) ?? 0) + 1;
    counts.set(item.container, count);
    if (count === HELD_BLOCK_MIN_RUNS) held.add(item.container);
  }
  return held;
}
