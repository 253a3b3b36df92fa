import type { TextRun } from './blocks.ts';
import { isDeadObject, isInlineElement, langMarkedByUs } from './dom-rules.ts';
import { scriptHintFromLang, targetLang, type Target, type TargetLang } from './target.ts';

/**
 * The most blocks a conversion may have given the target's `lang` for `<html>` to take it at
 * the end (`PageLangMarks.settleSwitch`). A new `lang` on `<html>` makes the browser restyle and
 * lay out the whole page in one go: on a page of 20,000 paragraphs (200,000 text nodes) that
 * took 730–770 ms in Firefox and about 300 ms in Chromium, while the same page laid out a
 * hundred paragraphs given their own `lang` in under 30 ms. A page with more converted blocks
 * keeps the `lang` on each, and blocks converted later take it too. A long article has a few
 * hundred paragraphs.
 */
export const LANG_SWITCH_MAX_BLOCKS = 1_000;
/**
 * The most elements a document may have for `<html>` to take the target's `lang`, whatever the
 * number of blocks converted: the switch restyles every element. A page nested 10,000 deep
 * took 417 ms for it in Chromium and 376 ms in Firefox, with a page script doing the same.
 */
export const LANG_SWITCH_MAX_ELEMENTS = 10_000;

/** How `settleSwitch` shares the main thread: the page converter's time slices. */
export interface LangSlices {
  /** Whether the current slice has used its budget. */
  due(): boolean;
  /** Waits for the next slice; false when the conversion was superseded meanwhile. */
  next(): Promise<boolean>;
}

/**
 * The `lang` attributes a conversion writes, so that fonts, glyph forms, `:lang()` rules and a
 * screen reader's voice follow the script the page shows, and what restore gives back:
 * - `<html lang>` of the page and of each same-origin frame converted, which takes the target's
 *   tag once the conversion is done (see `beginSwitch`);
 * - meanwhile, the `lang` of each block converted (`markRun`);
 * - the `lang` of a part of the page marked as Chinese in the other script or region.
 * Each is written only over the value we know, so a `lang` the page sets since is the page's.
 */
export class PageLangMarks {
  /** The page's own `lang` of each `<html>` we wrote one on (null: it had none). */
  private readonly originals = new Map<Element, string | null>();
  /** The `lang` written on each `<html>` of `originals`, to know whether the page changed it. */
  private readonly written = new Map<Element, string>();
  /**
   * Parts of the page marked as Chinese in the other script or region (`markOwner`): their
   * own `lang` and ours. Weak, since a feed may replace many such parts; one the page set aside
   * and puts back is still found by restore's walk (the detached subtrees included).
   */
  private owners = new WeakMap<Element, { original: string; written: string }>();
  /**
   * While a conversion runs, the `lang` its document takes once it is done, and the blocks
   * that carry it meanwhile (see `beginSwitch`).
   */
  private pending: { document: Document; target: Target; lang: string } | null = null;
  private readonly blocks = new Map<Element, string>();
  /**
   * After a conversion of more than LANG_SWITCH_MAX_BLOCKS blocks, or in a document of more
   * than LANG_SWITCH_MAX_ELEMENTS elements: the `lang` its blocks keep instead of `<html>`
   * taking it, and that blocks converted later take too (see `settleSwitch`).
   */
  private kept: { document: Document; lang: string } | null = null;

  /** Gives `<html>` of `document` the target's `lang` now (a frame the conversion enters). */
  markDocument(document: Document, target: Target): void {
    const html = document.documentElement;
    if (html === null) return;
    const current = html.getAttribute('lang');
    // A `lang` the page set since ours is the page's own now (restore gives it back).
    if (!this.originals.has(html) || current !== this.written.get(html)) {
      this.originals.set(html, current);
    }
    const lang = targetLang(target);
    html.setAttribute('lang', lang);
    this.written.set(html, lang);
  }

  /**
   * Starts switching the `lang` of `document` to the target's. Changing `<html lang>` makes the
   * browser lay out the whole page again (text shapes and fonts follow the language), and the
   * conversion then re-lays out every block once more as its text changes: two full layouts,
   * the first of them in one frame (about 110 ms for a 1 MB page, bench/RESULTS.md). So until
   * the conversion is done, each block whose text converts takes the new `lang` itself, in the
   * same slice as its text, and is laid out once; `finishSwitch` or `settleSwitch` then moves
   * the `lang` to `<html>` and takes it off the blocks, which only restyles.
   */
  beginSwitch(document: Document, target: Target): void {
    this.kept = null;
    this.clearBlocks();
    const html = document.documentElement;
    const lang = targetLang(target);
    this.pending =
      html === null || html.getAttribute('lang') === lang ? null : { document, target, lang };
    if (this.pending === null) this.markDocument(document, target);
  }

  /** Ends a switch at once: `<html>` takes the pending `lang`, and the blocks lose theirs. */
  finishSwitch(): void {
    if (this.kept !== null) {
      // The blocks already say what they show.
      this.kept = null;
      this.blocks.clear();
      return;
    }
    const pending = this.pending;
    if (pending !== null) {
      this.pending = null;
      this.markDocument(pending.document, pending.target);
    }
    this.clearBlocks();
  }

  /**
   * `finishSwitch` at the end of a conversion: the `lang` moves to `<html>` at once, and comes
   * off the blocks in time slices. A block's own `lang` then says what `<html>` says, so the
   * page reads the same at every step; a later switch, restore or `finishSwitch` takes off what
   * is left. After more than LANG_SWITCH_MAX_BLOCKS blocks, or in a document of more than
   * LANG_SWITCH_MAX_ELEMENTS elements, `<html>` keeps its own `lang` and the blocks keep theirs:
   * restyling the whole page would block it longer than the conversion ever did.
   */
  async settleSwitch(slices: LangSlices): Promise<void> {
    const pending = this.pending;
    if (pending === null) return;
    this.pending = null;
    if (
      this.blocks.size > LANG_SWITCH_MAX_BLOCKS ||
      pending.document.getElementsByTagName('*').length > LANG_SWITCH_MAX_ELEMENTS
    ) {
      this.kept = { document: pending.document, lang: pending.lang };
      return;
    }
    this.markDocument(pending.document, pending.target);
    for (const element of this.blocks.keys()) {
      if (slices.due() && !(await slices.next())) return;
      this.takeBlock(element);
    }
  }

  /**
   * Marks the block of a run about to be written: with the pending (or kept) `lang`, and the part
   * of the page it is in, if that is marked as the other script or region. Says whether the
   * latter was written, which restore has to walk the page for.
   */
  markRun(run: TextRun, target: Target | undefined): boolean {
    this.markBlock(run);
    return target !== undefined && this.markOwner(run, target);
  }

  /** The page's own `lang` of `element`, whose `lang` is `current` now. */
  pageLangOf(element: Element, current: string | null): string | null {
    const ours = this.owners.get(element);
    return ours !== undefined && ours.written === current ? ours.original : current;
  }

  /** The page's own `lang` of `<html>` in `document`. */
  originalLangOf(document: Document): string | null {
    const html = document.documentElement;
    if (html === null) return null;
    return this.originals.has(html) ? this.originals.get(html)! : html.getAttribute('lang');
  }

  /** Gives a block or a marked part of the page its own `lang` back (restore's walk). */
  restoreElement(element: Element): void {
    this.takeBlock(element);
    const ours = this.owners.get(element);
    if (ours === undefined) return;
    this.owners.delete(element);
    // A page that set its own `lang` since keeps it.
    if (element.getAttribute('lang') === ours.written) element.setAttribute('lang', ours.original);
  }

  /** Gives each `<html>` its own `lang` back, and ends any switch; the blocks lose theirs. */
  restoreDocuments(): void {
    for (const [html, lang] of this.originals) {
      // A frame's document that is gone has nothing to give back.
      if (isDeadObject(html)) continue;
      // A page that set its own `lang` since (its own script switch, say) keeps it, as its
      // text and attributes do.
      if (html.getAttribute('lang') !== this.written.get(html)) continue;
      if (lang === null) html.removeAttribute('lang');
      else html.setAttribute('lang', lang);
    }
    this.originals.clear();
    this.written.clear();
    this.pending = null;
    this.kept = null;
    this.clearBlocks();
  }

  /** Forgets every original: the page keeps whatever `lang` it shows. */
  forget(): void {
    this.originals.clear();
    this.written.clear();
    this.owners = new WeakMap();
  }

  private clearBlocks(): void {
    for (const element of this.blocks.keys()) this.takeBlock(element);
  }

  /**
   * Takes the `lang` we gave a block off it, unless the page has set one of its own since (as
   * restore leaves a `<html lang>` the page changed).
   */
  private takeBlock(element: Element): void {
    const written = this.blocks.get(element);
    if (written === undefined) return;
    this.blocks.delete(element);
    if (isDeadObject(element)) return;
    if (element.getAttribute('lang') === written) element.removeAttribute('lang');
  }

  /**
   * Gives the pending `lang` to the block of `run`, when that block holds text, inline elements
   * and line breaks only, no nested block (which would be laid out again with it), and takes its
   * language from `<html>`. A mirror's article kept in one `<td>` of `<br>` lines is such a
   * block: given no `lang` of its own, its converted lines showed under the page's old `lang`
   * until the end, when it took the new one from `<html>` and the browser shaped all of its text
   * again (94 ms for 3,000 lines in Chromium). Now that happens once, with its first lines.
   */
  private markBlock(run: TextRun): void {
    const pending = this.pending ?? this.kept;
    const block = run.container;
    if (pending === null || block.nodeType !== 1 || this.blocks.has(block as Element)) return;
    const element = block as Element;
    if (element.ownerDocument !== pending.document || element.localName === 'title') return;
    const owner = element.closest('[lang]');
    if (owner !== null && owner !== pending.document.documentElement) return;
    for (let child = element.firstElementChild; child !== null; child = child.nextElementSibling) {
      if (!isInlineElement(child) && child.localName !== 'br') return;
    }
    element.setAttribute('lang', pending.lang);
    this.blocks.set(element, pending.lang);
  }

  /**
   * A part of the page marked as Chinese in the other script (<article lang="zh-CN"> on a page
   * converted to Traditional) or of the other region (<aside lang="zh-TW"> on a page converted
   * to Hong Kong's) is marked as what it now shows. Restore gives its own `lang` back, as
   * `<html>`'s, and so does restoring its subtree (the side-by-side mode's original).
   */
  private markOwner(run: TextRun, target: Target): boolean {
    const block = run.container;
    if (block.nodeType !== 1) return false;
    const owner = (block as Element).closest('[lang]');
    if (owner === null || owner === owner.ownerDocument.documentElement) return false;
    const current = owner.getAttribute('lang')!;
    const lang = targetLang(target);
    const ours = this.owners.get(owner);
    if (ours !== undefined && ours.written === current) {
      // Ours: a change of target may bring the page's own back.
      const next = targetLangOfLang(ours.original) === lang ? ours.original : lang;
      if (next !== current) owner.setAttribute('lang', next);
      ours.written = next;
      return false;
    }
    // A block carrying the pending `lang` for `<html>`, or one the side-by-side mode marked as
    // in the original: our marks, not the page's.
    if (this.blocks.has(owner) || langMarkedByUs.get(owner) === current) return false;
    // Compared as the targets they name, not as strings: zh-HK is what a Hong Kong target
    // shows, as zh-TW is Taiwan's.
    const named = targetLangOfLang(current);
    if (named === null || named === lang) return false;
    // A tag naming another Chinese language (zh-yue, Cantonese) keeps it while the script it
    // names is still right: relabelled zh-Hant, a screen reader would read it as Mandarin.
    if (namesOtherChineseLanguage(current) && scriptOf(named) === scriptOf(lang)) return false;
    this.owners.set(owner, { original: current, written: lang });
    owner.setAttribute('lang', lang);
    return true;
  }
}

/** zh-Hans or zh-Hant, the script part of a `lang` we write. */
function scriptOf(lang: TargetLang): string {
  return lang.slice(0, 7);
}

/**
 * Whether a tag names a Chinese language other than Mandarin by an extended language subtag after
 * zh (zh-yue, zh-hak, zh-min-nan). A tag that starts with the language itself (yue) names no
 * target (`scriptHintFromLang`), so it is never relabelled in the first place.
 */
function namesOtherChineseLanguage(lang: string): boolean {
  return /^zh-(?:yue|hak|nan|wuu|gan|hsn|cdo|cjy|cpx|czh|czo|mnp|lzh|min)(?:-|$)/i.test(
    lang.trim(),
  );
}

/**
 * The `lang` we write for the target a Chinese language tag names (zh-CN, zh-Hans-SG → zh-Hans;
 * zh-TW → zh-Hant; zh-HK, zh-Hant-MO → zh-Hant-HK), if it names one.
 */
function targetLangOfLang(lang: string): TargetLang | null {
  const hint = scriptHintFromLang(lang);
  return hint === null ? null : targetLang(hint);
}
