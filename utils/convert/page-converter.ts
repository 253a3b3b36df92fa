import { detectDocumentScript, type ChineseScript, type ScriptVerdict } from '../detect/script.ts';
import { collectInserted, collectWork, type TextRun, type WorkItem } from './blocks.ts';
import type { DictionaryPack, DictionaryPackName, LoadDictionaries } from './dictionaries.ts';
import {
  blockContainerOf,
  composedParent,
  convertibleAttributes,
  isInlineElement,
  isInsideSkipped,
} from './dom-rules.ts';
import { planConversion, type ConversionPlan } from './plan.ts';
import type { ProtectedTerm } from './protected-terms.ts';
import { targetLang, type Target } from './target.ts';
import { createTextConverter, mayConvert, type TextConverter } from './text-converter.ts';

export interface ConversionStats {
  /** Text nodes written by the current conversion. */
  nodesConverted: number;
  /** Code units that differ between what the current conversion wrote and the originals. */
  charactersChanged: number;
  /** Attribute values written by the current conversion (title, alt, …, document excluded). */
  attributesConverted: number;
  /** Time spent converting since construction, in milliseconds of `now()`. */
  timeSpentMs: number;
  /** The page's script as last detected. */
  source: { script: ChineseScript | null; confidence: number };
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
   * lets the browser render a frame once a frame's worth of work is done.
   */
  readonly yieldToEventLoop?: () => Promise<void>;
  readonly onProgress?: (progress: ConversionProgress) => void;
}

export interface ConvertOptions {
  readonly target: Target;
  readonly regionalVocabulary?: boolean;
}

/**
 * Longest a time slice runs before yielding (one more item may finish after it). Short, so
 * that input is handled quickly and a frame's work budget (below) is kept to within a slice.
 */
export const SLICE_BUDGET_MS = 5;
/**
 * Work done between two frames, in slices of SLICE_BUDGET_MS, before the default yield waits
 * for the browser to render. Rendering what a slice changed (laying out the converted text)
 * takes one to three times as long as the slice, so a frame of 10 ms of work ends near
 * 20–40 ms; when rendering takes longer still, the next frames do less (`frameAwareYield`).
 */
export const FRAME_WORK_BUDGET_MS = 10;
/** What a frame of conversion should last at most, our work and its rendering together. */
export const FRAME_TARGET_MS = 36;
const MIN_FRAME_WORK_MS = 4;
/** Delay before converting text the page inserted or changed (batches bursts of mutations). */
export const MUTATION_DELAY_MS = 10;
/**
 * The loop guard. A page script that writes our converted text back (a rival converter, a
 * framework restoring its state) would make us convert again, forever. A rewrite counts as
 * rival when it puts back the very text we converted, within RIVAL_WINDOW_MS of our write.
 * After MAX_RIVAL_REWRITES such rewrites the node is converted once more after BACKOFF_MS; at
 * the next one we stop converting it and report it in `contestedNodes`.
 */
export const RIVAL_WINDOW_MS = 1000;
export const MAX_RIVAL_REWRITES = 3;
export const BACKOFF_MS = 250;

type Mode = 'idle' | 'waiting' | 'active' | 'disposed';

interface ActiveConversion {
  readonly plan: ConversionPlan;
  readonly converter: TextConverter;
  readonly target: Target;
}

const OBSERVED_ATTRIBUTES = ['title', 'alt', 'placeholder', 'aria-label', 'value'];

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
  private readonly yieldToEventLoop: () => Promise<void>;
  private readonly onProgress: ((progress: ConversionProgress) => void) | undefined;

  // Originals and our own writes, keyed by node: nothing is stored on page nodes.
  private readonly textOriginals = new WeakMap<Text, string>();
  private readonly textWritten = new WeakMap<Text, string>();
  private readonly textWrittenAt = new WeakMap<Text, number>();
  private readonly attributeOriginals = new WeakMap<Element, Map<string, string>>();
  private readonly attributeWritten = new WeakMap<Element, Map<string, string>>();
  private readonly attributeWrittenAt = new WeakMap<Element, number>();
  private readonly langOriginals = new Map<Element, string | null>();
  /**
   * While a conversion runs, the `lang` its document takes once it is done, and the blocks
   * that carry it meanwhile (see `beginLangSwitch`).
   */
  private pendingLang: { document: Document; target: Target; lang: string } | null = null;
  private readonly blockLangs = new Set<Element>();

  // The loop guard.
  private readonly rivalRewrites = new WeakMap<Node, number>();
  private readonly attributeRivalRewrites = new WeakMap<Element, number>();
  /** Text nodes, and parents whose children a rival keeps replacing. */
  private readonly contested = new WeakSet<Node>();
  /** Elements whose attributes a rival keeps rewriting. */
  private readonly contestedAttributes = new WeakSet<Element>();
  private contestedCount = 0;

  // Documents and open shadow roots we watch, with their observers.
  private readonly observers = new Map<Document | ShadowRoot, MutationObserver>();
  private readonly frameListeners = new Map<HTMLIFrameElement, () => void>();

  /** Subtrees left as the page wrote them (see `setExcludedSubtrees`). */
  private excluded = new Set<Element>();
  private readonly isExcludedRoot = (element: Element): boolean =>
    this.excluded.size > 0 && this.excluded.has(element);

  private readonly packs = new Map<DictionaryPackName, Promise<DictionaryPack>>();
  private readonly converters = new Map<string, TextConverter>();

  private mode: Mode = 'idle';
  private active: ActiveConversion | null = null;
  private lastOptions: ConvertOptions | null = null;
  /** Bumped by every convert/restore/dispose; running work stops when it changes. */
  private generation = 0;
  private verdict: ScriptVerdict | null = null;

  private readonly pendingInserted = new Set<Node>();
  private readonly pendingContainers = new Set<Node>();
  private readonly pendingAttributes = new Set<Element>();
  private flushTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private queued = 0;

  private writtenNodes = new WeakSet<Text>();
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
  }

  /**
   * Converts the page for `target`, from the originals. Resolves when the whole page is done,
   * or early when a later `convert`, `restore` or `dispose` supersedes it.
   */
  async convert(options: ConvertOptions): Promise<void> {
    if (this.mode === 'disposed') return;
    const generation = ++this.generation;
    this.lastOptions = options;
    this.cancelPending();

    const verdict = detectDocumentScript(this.document, {
      textOf: (node) => this.originalTextOf(node),
      lang: this.originalLangOf(this.document),
    });
    this.verdict = verdict;
    const plan = planConversion({
      source: verdict,
      pageLang: this.originalLangOf(this.document),
      target: options.target,
      regionalVocabulary: options.regionalVocabulary === true,
    });
    if (plan === null) {
      // Already in the target script (or not Chinese): show the page as it was. A page with
      // no Chinese yet may still be filling in; watch it and decide again when text arrives.
      this.restoreWrites();
      this.active = null;
      this.mode = verdict.script === 'none' ? 'waiting' : 'idle';
      if (this.mode === 'waiting') this.observeRoot(this.document);
      else this.disconnectAll();
      return;
    }

    const converter = await this.converterFor(plan);
    if (generation !== this.generation) return;
    this.active = { plan, converter, target: options.target };
    this.mode = 'active';
    this.writtenNodes = new WeakSet();
    this.stat.nodesConverted = 0;
    this.stat.charactersChanged = 0;
    this.stat.attributesConverted = 0;

    this.beginLangSwitch(this.document, options.target);
    const items = this.collectRoot(this.document, null, true);
    await this.runWork(orderByViewport(items, this.isNearViewport), generation);
    if (generation === this.generation) this.finishLangSwitch();
  }

  /** Puts back every original (text, attributes, title, lang) and stops converting. */
  restore(): void {
    if (this.mode === 'disposed') return;
    this.generation += 1;
    this.cancelPending();
    this.restoreWrites();
    this.disconnectAll();
    this.active = null;
    this.mode = 'idle';
  }

  /** Stops everything; the page keeps whatever it shows. Nothing outlives this call. */
  dispose(): void {
    this.generation += 1;
    // The page keeps what it shows, under the lang of what it shows.
    this.finishLangSwitch();
    this.cancelPending();
    this.disconnectAll();
    this.active = null;
    this.mode = 'disposed';
    this.converters.clear();
    this.packs.clear();
    this.langOriginals.clear();
    this.excluded.clear();
  }

  /**
   * Leaves the subtrees of `roots` as the page wrote them, in place of the previous set. The
   * parallel reading mode needs this: its blocks show the original, with the conversion beside
   * them, while the rest of the page stays converted. Newly excluded subtrees get their
   * originals back now. Subtrees no longer excluded convert again when a conversion is on; the
   * first time slice runs before this returns, so a mode switch does not flash the original.
   * The set outlives `convert` and `restore`, and is dropped by `dispose`.
   */
  setExcludedSubtrees(roots: Iterable<Element>): void {
    if (this.mode === 'disposed') return;
    const next = new Set(roots);
    const released = [...this.excluded].filter((element) => !next.has(element));
    const added = [...next].filter((element) => !this.excluded.has(element));
    this.excluded = next;
    // The observers see these writes, and ignore them: their nodes are excluded now.
    for (const element of added) this.restoreSubtree(element);
    if (this.mode !== 'active' || this.active === null) return;
    const items: WorkItem[] = [];
    const hooks = this.hooksInto(items, null, false);
    for (const element of released) {
      if (element.isConnected && !this.isOffLimits(element)) {
        items.push(...collectInserted(element, hooks));
      }
    }
    if (items.length > 0) {
      void this.runWork(orderByViewport(dedupe(items), this.isNearViewport), this.generation);
    }
  }

  /** The string converter of the conversion shown now, or null when the page is not converted. */
  activeTextConverter(): TextConverter | null {
    return this.mode === 'active' ? (this.active?.converter ?? null) : null;
  }

  stats(): ConversionStats {
    return {
      ...this.stat,
      source: { script: this.verdict?.script ?? null, confidence: this.verdict?.confidence ?? 0 },
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
    const written = this.textWritten.get(node);
    if (written !== undefined && node.data === written) return this.textOriginals.get(node)!;
    return node.data;
  }

  /** The page's own value of an attribute, or null when the element does not have it. */
  originalAttributeOf(element: Element, name: string): string | null {
    const current = element.getAttribute(name);
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
    this.textWritten.delete(node);
    this.textOriginals.delete(node);
    this.textWrittenAt.delete(node);
    node.data = text;
    if (this.mode === 'active' && !this.isOffLimits(node)) {
      this.pendingContainers.add(blockContainerOf(node));
      this.flushSoon();
    }
  }

  // ---------------------------------------------------------------------------------------
  // Converters and dictionaries

  private async converterFor(plan: ConversionPlan): Promise<TextConverter> {
    const key = `${plan.from}>${plan.to}`;
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
      ...(this.protectedTerms !== undefined ? { protectedTerms: this.protectedTerms } : {}),
    });
    this.converters.set(key, converter);
    // Building the tables of a direction is one long piece of work (tens of milliseconds for
    // Simplified → Traditional the first time): the page renders a frame before the walk and the
    // first slice, rather than after all three.
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
    items.push(...collectWork(root, { deep: true, ...this.hooksInto(items, anchor, full) }));
    return items;
  }

  /** Walk hooks that add the work of shadow roots and frames met on the way to `items`. */
  private hooksInto(items: WorkItem[], anchor: Element | null, full: boolean) {
    return {
      // Without a stand-in, each item is placed by its own element.
      ...(anchor !== null ? { anchor } : {}),
      exclude: this.isExcludedRoot,
      onShadowRoot: (shadowRoot: ShadowRoot) => {
        if (!full && this.observers.has(shadowRoot)) return;
        items.push(...this.collectRoot(shadowRoot, anchor, full));
      },
      onFrame: (frame: HTMLIFrameElement) => {
        this.watchFrame(frame);
        const frameDocument = readFrameDocument(frame);
        if (frameDocument === null || frameDocument === this.document) return;
        if (frameDocument.documentElement === null || frameDocument.designMode === 'on') return;
        if (!full && this.observers.has(frameDocument)) return;
        if (this.active !== null) this.setLang(frameDocument, this.active.target);
        items.push(...this.collectRoot(frameDocument, anchor ?? frame, full));
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
      if (this.observers.has(frameDocument)) return;
      this.setLang(frameDocument, this.active.target);
      const items = this.collectRoot(frameDocument, frame, false);
      void this.runWork(orderByViewport(items, this.isNearViewport), this.generation);
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
    observer.observe(root, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: OBSERVED_ATTRIBUTES,
    });
    this.observers.set(root, observer);
  }

  private disconnectAll(): void {
    for (const observer of this.observers.values()) {
      observer.takeRecords();
      observer.disconnect();
    }
    this.observers.clear();
    for (const [frame, listener] of this.frameListeners) {
      frame.removeEventListener('load', listener);
    }
    this.frameListeners.clear();
  }

  private setLang(document: Document, target: Target): void {
    const html = document.documentElement;
    if (html === null) return;
    if (!this.langOriginals.has(html)) this.langOriginals.set(html, html.getAttribute('lang'));
    html.setAttribute('lang', targetLang(target));
  }

  /**
   * Starts switching the `lang` of `document` to the target's. Changing `<html lang>` makes the
   * browser lay out the whole page again (text shapes and fonts follow the language), and the
   * conversion then re-lays out every block once more as its text changes: two full layouts,
   * the first of them in one frame (about 110 ms for a 1 MB page, bench/RESULTS.md). So until
   * the conversion is done, each block whose text converts takes the new `lang` itself, in the
   * same slice as its text, and is laid out once; `finishLangSwitch` then moves the `lang` to
   * `<html>` and takes it off the blocks, which only restyles.
   */
  private beginLangSwitch(document: Document, target: Target): void {
    this.clearBlockLangs();
    const html = document.documentElement;
    const lang = targetLang(target);
    this.pendingLang =
      html === null || html.getAttribute('lang') === lang ? null : { document, target, lang };
    if (this.pendingLang === null) this.setLang(document, target);
  }

  private finishLangSwitch(): void {
    const pending = this.pendingLang;
    if (pending === null) return;
    this.pendingLang = null;
    this.setLang(pending.document, pending.target);
    this.clearBlockLangs();
  }

  private clearBlockLangs(): void {
    for (const element of this.blockLangs) element.removeAttribute('lang');
    this.blockLangs.clear();
  }

  /**
   * Gives the pending `lang` to the block of `run`, when that block holds text and no nested
   * block (which would be laid out again with it) and takes its language from `<html>`.
   */
  private markBlockLang(run: TextRun): void {
    const pending = this.pendingLang;
    const block = run.container;
    if (pending === null || block.nodeType !== 1 || this.blockLangs.has(block as Element)) return;
    const element = block as Element;
    if (element.ownerDocument !== pending.document || element.localName === 'title') return;
    const owner = element.closest('[lang]');
    if (owner !== null && owner !== pending.document.documentElement) return;
    for (let child = element.firstElementChild; child !== null; child = child.nextElementSibling) {
      if (!isInlineElement(child)) return;
    }
    element.setAttribute('lang', pending.lang);
    this.blockLangs.add(element);
  }

  private originalLangOf(document: Document): string | null {
    const html = document.documentElement;
    if (html === null) return null;
    return this.langOriginals.has(html) ? this.langOriginals.get(html)! : html.getAttribute('lang');
  }

  // ---------------------------------------------------------------------------------------
  // Running work in time slices

  /**
   * Converts `items` in order, in slices of about SLICE_BUDGET_MS, yielding to the event loop
   * between slices. Returns early when `generation` is superseded.
   */
  private async runWork(items: readonly WorkItem[], generation: number): Promise<void> {
    let index = 0;
    // Items were collected before the first slice. Once the page has had a turn, it may have
    // made some of them editable or moved them under our UI: check again before writing.
    let stale = false;
    this.queued += items.length;
    try {
      let sliceStart = this.now();
      while (index < items.length) {
        if (generation !== this.generation || this.active === null) return;
        const converter = this.active.converter;
        const item = items[index]!;
        index += 1;
        this.queued -= 1;
        const started = this.now();
        const place = item.kind === 'text' ? item.container : item.element;
        // Exclusions change between slices without a yield (a mode switch): always check them.
        if ((!stale || !isInsideSkipped(place)) && !this.isInsideExcluded(place)) {
          this.process(item, converter);
        }
        const finished = this.now();
        this.stat.timeSpentMs += finished - started;
        if (finished - sliceStart >= SLICE_BUDGET_MS && index < items.length) {
          this.onProgress?.({ done: index, total: items.length });
          await this.yieldToEventLoop();
          stale = true;
          sliceStart = this.now();
        }
      }
      this.onProgress?.({ done: index, total: items.length });
    } finally {
      this.queued -= items.length - index;
    }
  }

  private process(item: WorkItem, converter: TextConverter): void {
    if (item.kind === 'text') this.convertRun(item, converter);
    else this.convertAttributes(item.element, converter);
  }

  // ---------------------------------------------------------------------------------------
  // Text

  /** The text a node converts from: its original, or what the page put there since. */
  private sourceOf(node: Text): string {
    const written = this.textWritten.get(node);
    if (written === undefined) return node.data;
    if (node.data === written) return this.textOriginals.get(node)!;
    // The page rewrote the node after us: its new text is the new original.
    this.textWritten.delete(node);
    this.textOriginals.delete(node);
    return node.data;
  }

  private convertRun(run: TextRun, converter: TextConverter | null): void {
    const nodes = run.nodes.filter((node) => node.parentNode !== null);
    if (nodes.length === 0) return;
    this.markBlockLang(run);
    const sources = nodes.map((node) => this.sourceOf(node));
    const outputs = converter === null ? sources : convertAcrossNodes(sources, converter);
    nodes.forEach((node, i) => this.writeText(node, outputs[i]!, sources[i]!));
  }

  private writeText(node: Text, text: string, original: string): void {
    if (node.data === text || this.contested.has(node)) return;
    if (node.parentNode !== null && this.contested.has(node.parentNode)) return;
    if (!this.textWritten.has(node)) this.textOriginals.set(node, original);
    this.textWritten.set(node, text);
    this.textWrittenAt.set(node, this.now());
    node.data = text;
    if (text !== original) {
      if (!this.writtenNodes.has(node)) {
        this.writtenNodes.add(node);
        this.stat.nodesConverted += 1;
      }
      this.stat.charactersChanged += countChanged(original, text);
    }
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
      element.setAttribute(name, output);
      if (output !== source) this.stat.attributesConverted += 1;
    }
  }

  // ---------------------------------------------------------------------------------------
  // Restore

  /** Writes every original back where the node still shows what we wrote. */
  private restoreWrites(): void {
    const roots: Node[] = [...this.observers.keys()];
    if (!roots.includes(this.document)) roots.push(this.document);
    for (const root of roots) {
      this.restoreSubtree(root);
    }
    for (const [html, lang] of this.langOriginals) {
      if (lang === null) html.removeAttribute('lang');
      else html.setAttribute('lang', lang);
    }
    this.langOriginals.clear();
    this.pendingLang = null;
    this.clearBlockLangs();
    // The observers must not read our restoring writes as page rewrites.
    for (const observer of this.observers.values()) observer.takeRecords();
  }

  private restoreSubtree(root: Node): void {
    const stack: Node[] = [root];
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (node.nodeType === 3) {
        const text = node as Text;
        const written = this.textWritten.get(text);
        if (written !== undefined) {
          if (text.data === written) text.data = this.textOriginals.get(text)!;
          this.textWritten.delete(text);
          this.textOriginals.delete(text);
          this.textWrittenAt.delete(text);
        }
        continue;
      }
      if (node.nodeType === 1) {
        const element = node as Element;
        const written = this.attributeWritten.get(element);
        if (written !== undefined) {
          const originals = this.attributeOriginals.get(element);
          for (const [name, value] of written) {
            const original = originals?.get(name);
            if (original !== undefined && element.getAttribute(name) === value) {
              element.setAttribute(name, original);
            }
          }
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
    if (this.mode === 'waiting') {
      this.scheduleRedetect();
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
    const written = this.textWritten.get(node);
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
    const writtenAt = this.textWrittenAt.get(node);
    return (
      writtenAt !== undefined &&
      this.now() - writtenAt <= RIVAL_WINDOW_MS &&
      node.data === this.textOriginals.get(node)
    );
  }

  private contest(node: Text): void {
    this.contested.add(node);
    this.contestedCount += 1;
    // The page's text stands; there is nothing of ours left to restore in it.
    this.textWritten.delete(node);
    this.textOriginals.delete(node);
  }

  private onChildrenChanged(parent: Node, added: Node[], removed: Node[]): void {
    if (this.contested.has(parent) || this.isOffLimits(parent)) return;
    // A page that keeps replacing our converted nodes with fresh copies of the original is a
    // rival too; count that against the parent, which is the only thing that stays.
    const now = this.now();
    const replacedOurs = removed.some((node) => {
      const writtenAt = node.nodeType === 3 ? this.textWrittenAt.get(node as Text) : undefined;
      return writtenAt !== undefined && now - writtenAt <= RIVAL_WINDOW_MS;
    });
    if (replacedOurs && added.length > 0) {
      const count = (this.rivalRewrites.get(parent) ?? 0) + 1;
      this.rivalRewrites.set(parent, count);
      if (count > MAX_RIVAL_REWRITES) {
        this.contested.add(parent);
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

  private onAttributeChanged(element: Element, name: string | null): void {
    if (name === null || this.contestedAttributes.has(element)) return;
    const current = element.getAttribute(name);
    const written = this.attributeWritten.get(element)?.get(name);
    if (written !== undefined && current === written) return; // our own write
    if (this.isOffLimits(element)) return;
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

  private isInsideExcluded(node: Node): boolean {
    if (this.excluded.size === 0) return false;
    for (let current: Node | null = node; current !== null; current = composedParent(current)) {
      if (current.nodeType === 1 && this.excluded.has(current as Element)) return true;
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
    const items: WorkItem[] = [];
    const hooks = this.hooksInto(items, null, false);
    for (const node of this.pendingInserted) {
      if (node.isConnected && !this.isOffLimits(node)) items.push(...collectInserted(node, hooks));
    }
    for (const container of this.pendingContainers) {
      if (container.isConnected && !this.isOffLimits(container)) {
        items.push(...collectWork(container, { ...hooks, deep: false }));
      }
    }
    for (const element of this.pendingAttributes) {
      if (element.isConnected) items.push({ kind: 'attributes', element, anchor: element });
    }
    this.pendingInserted.clear();
    this.pendingContainers.clear();
    this.pendingAttributes.clear();
    void this.runWork(orderByViewport(dedupe(items), this.isNearViewport), this.generation);
  }

  private redetectTimer: ReturnType<typeof setTimeout> | null = null;

  /** In waiting mode: decide again once the page has added text. */
  private scheduleRedetect(): void {
    if (this.redetectTimer !== null) return;
    this.redetectTimer = setTimeout(() => {
      this.redetectTimer = null;
      if (this.mode !== 'waiting' || this.lastOptions === null) return;
      const verdict = detectDocumentScript(this.document, {
        lang: this.originalLangOf(this.document),
      });
      if (verdict.script !== 'none') void this.convert(this.lastOptions);
    }, MUTATION_DELAY_MS * 5);
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
  const { text, sourceIndex } = converter.convertAligned(joined);
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

/**
 * A yield for the slices of one converter: `scheduler.yield()` (or a task) while the work done
 * since the last frame is within the frame's budget, then a wait for the next animation frame,
 * resuming in a task after it is rendered.
 *
 * Yielding alone is not enough in Chromium: a `scheduler.yield()` continuation outranks
 * rendering, so a conversion that always has another slice ready keeps the page from
 * rendering until the scheduler's rendering-starvation guard steps in, after about 100 ms
 * (long animation frames of 120–190 ms on a 1 MB page although no task was long).
 *
 * Rendering a frame costs one to three times the work that changed it (laying out the
 * converted text: shaping dominates), depending on the page. So after each frame the work
 * budget becomes the share of the frame our work took, times FRAME_TARGET_MS, between
 * MIN_FRAME_WORK_MS and FRAME_WORK_BUDGET_MS. A hidden document renders no frames: it only
 * yields, and a frame that does not come within 100 ms does not hold the conversion up.
 */
export function frameAwareYield({
  document,
  now,
}: {
  document: Document;
  now: () => number;
}): () => Promise<void> {
  let frameStart = now();
  let budget = FRAME_WORK_BUDGET_MS;
  return async () => {
    const worked = now() - frameStart;
    if (
      worked < budget ||
      typeof globalThis.requestAnimationFrame !== 'function' ||
      document.visibilityState === 'hidden'
    ) {
      await defaultYieldToEventLoop();
      return;
    }
    let rendering = 0;
    await new Promise<void>((resolve) => {
      let done = false;
      const finish = () => {
        if (done) return;
        done = true;
        clearTimeout(fallback);
        resolve();
      };
      const fallback = setTimeout(finish, 100);
      globalThis.requestAnimationFrame(() => {
        // Style, layout and paint of the frame run right after its animation frame callbacks.
        const renderStart = now();
        postTask(() => {
          rendering = now() - renderStart;
          finish();
        });
      });
    });
    if (rendering > 0) {
      const share = worked / (worked + rendering);
      budget = Math.min(FRAME_WORK_BUDGET_MS, Math.max(MIN_FRAME_WORK_MS, FRAME_TARGET_MS * share));
    }
    frameStart = now();
  };
}

/** Runs `callback` in a task of its own (a message-channel task: no timer clamping). */
function postTask(callback: () => void): void {
  if (typeof MessageChannel !== 'function') {
    setTimeout(callback, 0);
    return;
  }
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    callback();
  };
  channel.port2.postMessage(null);
}

/** `scheduler.yield()` where the browser has it, else a message-channel task. */
export function defaultYieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}
