import type { PeekModifier } from '../settings/schema.ts';
import type { PeekActivity } from './card-exclusion.ts';
import { caretFromPoint } from '../glossary/hit-test.ts';
import {
  isOurUi,
  originalTextOfTarget,
  peekTargetOf,
  type OriginalTextOf,
  type PeekTarget,
} from './blocks.ts';

/**
 * The peek reading mode: the page is converted, and the original of one paragraph shows in a
 * card while the reader holds the peek modifier over it, or after the `peek-focused` command
 * on the focused (else hovered) paragraph. The card itself is drawn elsewhere (a view that
 * implements `PeekCard`), so that this logic runs on any DOM.
 */

export interface PeekCardContent {
  /** The paragraph's own text, as the page wrote it. */
  readonly text: string;
  /** `lang` of that text. */
  readonly lang: string;
  /** The card's heading ("Original"). */
  readonly label: string;
  /** The paragraph the card belongs to (for a line of a container, the container). */
  readonly block: Element;
  /** For a line of a container: the line, whose box the card goes next to. */
  readonly line?: Range;
  /** Where the pointer was, in viewport coordinates, when the card was asked for. */
  readonly pointer: { readonly x: number; readonly y: number } | null;
  /**
   * For a card the `peek-focused` command opened on the focused element: that element. In a
   * tall paragraph the card goes next to it rather than at the pointer, so that it does not
   * cover what the keyboard reader is on.
   */
  readonly focus?: Element;
}

export interface PeekCard {
  show(content: PeekCardContent): void;
  /** Puts the open card next to its paragraph again (after a scroll or a resize). */
  reposition(): void;
  /**
   * Scrolls the open card by a line or a page, down (1) or up (-1), where its original does
   * not fit (at a high zoom the card is cut to the viewport and scrolls). False when it has
   * nothing more to show that way, or fits: then the key is the page's.
   */
  scroll(by: 'line' | 'page', direction: 1 | -1): boolean;
  hide(): void;
  dispose(): void;
}

export interface PeekSettings {
  readonly modifier: PeekModifier;
  /**
   * Whether holding the modifier peeks (the peek mode). Off, only the `peek-focused` command
   * shows the card (the converted mode).
   */
  readonly onModifier: boolean;
  readonly originalTextOf: OriginalTextOf;
  /** `lang` of the page's original text. */
  readonly sourceLang: string;
  readonly label: string;
}

export interface PeekControllerOptions {
  readonly document: Document;
  readonly card: PeekCard;
  /** Runs a callback in the next animation frame (tests run it at once); gives a handle. */
  readonly frame?: (callback: () => void) => unknown;
  readonly cancelFrame?: (handle: unknown) => void;
  /**
   * Hears whether the card shows and whether the peek key is held, each time either changes:
   * the glossary card keeps out of the way meanwhile (utils/modes/card-exclusion.ts).
   */
  readonly onActivity?: (activity: PeekActivity) => void;
}

const MODIFIER_FLAG = {
  Alt: 'altKey',
  Shift: 'shiftKey',
  Control: 'ctrlKey',
} as const satisfies Record<PeekModifier, keyof MouseEvent>;

type ShownBy = 'modifier' | 'command';

/**
 * The keys that scroll an open card whose original does not fit: the ones a keyboard reader
 * scrolls the page with, which would otherwise move the paragraph away from under the card.
 */
const SCROLL_KEYS: Readonly<Record<string, readonly ['line' | 'page', 1 | -1]>> = {
  ArrowDown: ['line', 1],
  ArrowUp: ['line', -1],
  PageDown: ['page', 1],
  PageUp: ['page', -1],
};

/**
 * Where those keys already mean something: editors and form fields move the caret, media
 * players seek, ARIA widgets move between their items. A card open over the page never takes
 * them from these.
 */
const KEEPS_SCROLL_KEYS = [
  'input',
  'textarea',
  'select',
  'video',
  'audio',
  'iframe',
  'object',
  'embed',
  '[contenteditable]:not([contenteditable="false" i])',
  ...[
    'application',
    'combobox',
    'grid',
    'listbox',
    'menu',
    'menubar',
    'menuitem',
    'menuitemcheckbox',
    'menuitemradio',
    'option',
    'radio',
    'radiogroup',
    'scrollbar',
    'searchbox',
    'slider',
    'spinbutton',
    'tab',
    'tablist',
    'textbox',
    'toolbar',
    'tree',
    'treegrid',
    'treeitem',
  ].map((role) => `[role="${role}" i]`),
].join(', ');

export class PeekController {
  private readonly document: Document;
  private readonly card: PeekCard;
  private settings: PeekSettings | null = null;
  private hovered: Element | null = null;
  private pointer: { x: number; y: number } | null = null;
  /** What the card shows; `focus`, the focused element a command opened it for. */
  private shown: { target: PeekTarget; by: ShownBy; focus: Element | null } | null = null;
  /** Whether the card showed while the modifier was down this time. */
  private usedPress = false;
  /** Whether the modifier is down, in the peek mode (where it peeks). */
  private held = false;
  /**
   * Whether another card, asked for by name, closed the card while the modifier was down: it
   * stays closed until the key is let go (and pressed again), rather than come back over that
   * card at the next move of the pointer.
   */
  private gaveWay = false;
  private readonly onActivity: (activity: PeekActivity) => void;
  /** What `onActivity` last heard, so that it hears only changes. */
  private told: PeekActivity = { shown: false, held: false };
  private readonly listeners: [EventTarget, string, (event: Event) => void, boolean][] = [];

  private readonly frame: (callback: () => void) => unknown;
  private readonly cancelFrame: (handle: unknown) => void;
  /** The frame a scroll or resize asked for, once: a page's scrollers fire many per frame. */
  private viewportFrame: unknown = null;

  constructor(options: PeekControllerOptions) {
    this.document = options.document;
    this.card = options.card;
    const view = options.document.defaultView;
    this.frame =
      options.frame ?? ((callback) => (view ?? globalThis).requestAnimationFrame(() => callback()));
    this.cancelFrame =
      options.cancelFrame ??
      ((handle) => (view ?? globalThis).cancelAnimationFrame(handle as number));
    this.onActivity = options.onActivity ?? (() => undefined);
  }

  /** Starts listening (once), with these settings. */
  start(settings: PeekSettings): void {
    const changed = this.settings !== null && this.settings !== settings;
    this.settings = settings;
    if (changed && this.shown !== null) {
      this.show(this.shown.target, this.shown.by, this.shown.focus);
    }
    if (this.listeners.length > 0) return;
    const view = this.document.defaultView;
    this.listen(this.document, 'pointermove', (event) => this.onPointerMove(event as PointerEvent));
    // Not passive: a key that scrolled the card is taken from the page.
    this.listen(this.document, 'keydown', (event) => this.onKeyDown(event as KeyboardEvent), false);
    this.listen(this.document, 'keyup', (event) => this.onKeyUp(event as KeyboardEvent), false);
    this.listen(this.document, 'pointerdown', (event) => this.onPointerDown(event));
    this.listen(this.document, 'focusin', (event) => this.onFocusIn(event));
    this.listen(this.document, 'scroll', () => this.askViewportCheck());
    if (view !== null) {
      this.listen(view, 'resize', () => this.askViewportCheck());
      this.listen(view, 'blur', () => {
        this.setHeld(false);
        if (this.shown?.by === 'modifier') this.hide();
      });
    }
  }

  /** Stops listening and hides the card. */
  stop(): void {
    for (const [target, type, listener, capture] of this.listeners) {
      target.removeEventListener(type, listener, capture);
    }
    this.listeners.length = 0;
    if (this.viewportFrame !== null) this.cancelFrame(this.viewportFrame);
    this.viewportFrame = null;
    this.hide();
    this.setHeld(false);
    this.settings = null;
    this.hovered = null;
    this.pointer = null;
  }

  /**
   * Another card of ours was asked for by name (the next-term command): the card closes, and
   * one the modifier holds open stays closed until the key is let go.
   */
  giveWay(): void {
    if (this.held) {
      this.gaveWay = true;
      this.setHeld(false);
    }
    this.hide();
  }

  /**
   * The `peek-focused` command: shows the original of the focused paragraph, else of the one
   * under the pointer, until Escape, a click elsewhere, the command again, the paragraph
   * leaving the viewport or (for the focused one) the focus leaving the paragraph.
   */
  peekFocused(): void {
    const active = this.document.activeElement;
    const hasFocus =
      active !== null && active !== this.document.body && active !== this.document.documentElement;
    // A focused paragraph the reader has scrolled away from is not where they read: the card
    // would be pinned to an edge of the viewport, far from it.
    let focused = hasFocus ? this.targetOf(active) : null;
    if (focused !== null && !this.inViewport(focused)) focused = null;
    const target = focused ?? this.hoveredTarget();
    if (target === null) return;
    if (this.shown?.target.key === target.key) {
      this.hide();
      return;
    }
    this.show(target, 'command', focused !== null ? active : null);
  }

  /** The paragraph whose original the card shows (for a line, its container), or null. */
  shownBlock(): Element | null {
    return this.shown?.target.block ?? null;
  }

  private targetOf(node: Node | null): PeekTarget | null {
    return this.settings === null ? null : peekTargetOf(node, this.settings.originalTextOf);
  }

  /**
   * The target under the pointer. Text directly in a container (a line of an article split by
   * `<br>`s) has no element of its own: the event names the container, and the text node
   * under the pointer tells which line.
   */
  private hoveredTarget(): PeekTarget | null {
    const hovered = this.hovered;
    if (hovered === null) return null;
    const target = this.targetOf(hovered);
    if (target !== null && target.line === null) return target;
    const caret =
      this.pointer === null ? null : caretFromPoint(this.document, this.pointer.x, this.pointer.y);
    if (caret !== null && caret.node.nodeType === 3 && hovered.contains(caret.node)) {
      return this.targetOf(caret.node) ?? target;
    }
    return target;
  }

  private listen(
    target: EventTarget,
    type: string,
    listener: (event: Event) => void,
    passive = true,
  ): void {
    // Capture, so that a page that stops propagation does not blind the reader.
    target.addEventListener(type, listener, { capture: true, passive });
    this.listeners.push([target, type, listener, true]);
  }

  private onPointerMove(event: PointerEvent): void {
    const settings = this.settings;
    if (settings === null) return;
    const target = eventTarget(event);
    // Over the card itself (or another card of ours) nothing changes: hiding the card there
    // would uncover the paragraph, show the card again, and flicker.
    if (target !== null && isInOurUi(target)) return;
    this.hovered = target;
    this.pointer = { x: event.clientX, y: event.clientY };
    if (!settings.onModifier) return;
    const down = event[MODIFIER_FLAG[settings.modifier]];
    if (!down) this.gaveWay = false;
    if (this.gaveWay) return;
    this.setHeld(down);
    if (down) {
      const target = this.hoveredTarget();
      if (target === null) {
        if (this.shown?.by === 'modifier') this.hide();
      } else if (this.shown?.target.key !== target.key) {
        this.show(target, 'modifier');
      }
    } else if (this.shown?.by === 'modifier') {
      // The key went up while another window had the focus.
      this.hide();
    }
  }

  private onKeyDown(event: KeyboardEvent): void {
    const settings = this.settings;
    if (settings === null) return;
    if (event.key === 'Escape') {
      this.hide();
      return;
    }
    if (this.scrollCard(event)) {
      // The reader's key, used: the page neither scrolls nor acts on it too.
      event.preventDefault();
      event.stopImmediatePropagation();
    }
    if (event.key !== settings.modifier || !settings.onModifier) {
      this.usedPress = false;
      return;
    }
    if (event.repeat) return;
    this.usedPress = false;
    this.gaveWay = false;
    this.setHeld(true);
    const target = this.hoveredTarget();
    if (target !== null && this.shown?.target.key !== target.key) this.show(target, 'modifier');
  }

  private onKeyUp(event: KeyboardEvent): void {
    if (this.settings === null || event.key !== this.settings.modifier) return;
    // Firefox on Windows and Linux opens its menu bar when Alt is released on its own, unless
    // the page took the key: a press that peeked is taken.
    if (this.usedPress) event.preventDefault();
    this.usedPress = false;
    this.gaveWay = false;
    this.setHeld(false);
    if (this.shown?.by === 'modifier') this.hide();
  }

  private setHeld(held: boolean): void {
    this.held = held;
    this.tell();
  }

  /** Tells `onActivity` what changed, if anything did. */
  private tell(): void {
    const activity = { shown: this.shown !== null, held: this.held };
    if (activity.shown === this.told.shown && activity.held === this.told.held) return;
    this.told = activity;
    this.onActivity(activity);
  }

  /**
   * The focus moved. A card asked for on the focused paragraph belongs to that focus: it closes
   * when the focus leaves the paragraph, and follows it inside. Any other card closes when the
   * focus goes to another paragraph or a control, where it could hide what the reader is on.
   */
  private onFocusIn(event: Event): void {
    const shown = this.shown;
    if (shown === null) return;
    // The target as the document sees it: a shadow host for focus inside a shadow tree, as
    // `document.activeElement`, which the command read, gives it.
    const target = event.target as Node | null;
    if (target === null || target.nodeType !== 1 || isInOurUi(target as Element)) return;
    // Focus given back to the document itself is on no paragraph and no control.
    if (target === this.document.body || target === this.document.documentElement) return;
    if (this.targetOf(target)?.key !== shown.target.key) {
      this.hide();
    } else if (shown.focus !== null && shown.focus !== target) {
      this.show(shown.target, shown.by, target as Element);
    }
  }

  /** A scroll or a resize: looked at once in the next frame, while a card shows. */
  private askViewportCheck(): void {
    if (this.shown === null || this.viewportFrame !== null) return;
    let ran = false;
    const handle = this.frame(() => {
      ran = true;
      this.viewportFrame = null;
      this.onViewportChange();
    });
    // A frame that ran at once (as tests give) leaves nothing waiting.
    if (!ran) this.viewportFrame = handle;
  }

  /** After a scroll or a resize: the card follows its paragraph, and goes once it is out of view. */
  private onViewportChange(): void {
    const shown = this.shown;
    if (shown === null) return;
    if (!this.inViewport(shown.target)) this.hide();
    else this.card.reposition();
  }

  /**
   * Whether any of the paragraph's box (a line's, for a line of a container) is in the
   * viewport. One that left the page has none.
   */
  private inViewport(target: PeekTarget): boolean {
    if (!target.block.isConnected) return false;
    if (target.line?.some((node) => node.parentNode !== target.block) === true) return false;
    const view = this.document.defaultView;
    const root = this.document.documentElement;
    const width = view?.innerWidth || root.clientWidth;
    const height = view?.innerHeight || root.clientHeight;
    const box = (lineRange(this.document, target) ?? target.block).getBoundingClientRect();
    return !(box.bottom < 0 || box.top > height || box.right < 0 || box.left > width);
  }

  /**
   * Arrow keys and PageUp/PageDown scroll an open card whose original does not fit, while it
   * has more to show that way; the page keeps them otherwise, and wherever they already do
   * something (see `KEEPS_SCROLL_KEYS`). With the peek modifier held for a card it opened, the
   * keys count as pressed alone.
   */
  private scrollCard(event: KeyboardEvent): boolean {
    const shown = this.shown;
    const settings = this.settings;
    const step = SCROLL_KEYS[event.key];
    if (shown === null || settings === null || step === undefined) return false;
    if (event.defaultPrevented || event.isComposing || event.metaKey) return false;
    // Control with PageUp/PageDown moves between the browser's tabs, whatever holds the card.
    if (event.ctrlKey && step[0] === 'page') return false;
    const held = shown.by === 'modifier' ? MODIFIER_FLAG[settings.modifier] : null;
    for (const flag of ['altKey', 'ctrlKey', 'shiftKey'] as const) {
      if (event[flag] && flag !== held) return false;
    }
    // Only where the keys would scroll the page itself: focus on no element, or in the card's
    // own paragraph. Focus anywhere else (a comments pane that scrolls, a feed, a game on a
    // canvas) may give them a meaning of its own.
    const active = this.document.activeElement;
    if (
      active !== null &&
      active !== this.document.body &&
      active !== this.document.documentElement &&
      !shown.target.block.contains(active)
    ) {
      return false;
    }
    const path = typeof event.composedPath === 'function' ? event.composedPath() : [];
    for (const node of path.length > 0 ? path : [event.target]) {
      if (node === null || (node as Node).nodeType !== 1) continue;
      const element = node as HTMLElement;
      if (element.isContentEditable || element.matches(KEEPS_SCROLL_KEYS)) return false;
    }
    return this.card.scroll(step[0], step[1]);
  }

  private onPointerDown(event: Event): void {
    if (this.shown?.by !== 'command') return;
    const target = eventTarget(event);
    // A press in the card itself (selecting the original to copy it, its scroll bar) keeps it.
    if (target !== null && isInOurUi(target)) return;
    if (target === null || !this.shown.target.block.contains(target)) this.hide();
  }

  private show(target: PeekTarget, by: ShownBy, focus: Element | null = null): void {
    const settings = this.settings;
    if (settings === null) return;
    // A line the page has rewritten or moved since it was found is gone: nothing to show.
    if (target.line?.some((node) => node.parentNode !== target.block) === true) {
      this.hide();
      return;
    }
    const text = originalTextOfTarget(target, settings.originalTextOf);
    if (text === '') return;
    this.shown = { target, by, focus };
    if (by === 'modifier') this.usedPress = true;
    const line = lineRange(this.document, target);
    this.card.show({
      text,
      lang: settings.sourceLang,
      label: settings.label,
      block: target.block,
      // A card for the focus goes next to the focus, wherever the pointer rests.
      pointer: focus !== null ? null : this.pointer,
      ...(line !== null ? { line } : {}),
      ...(focus !== null ? { focus } : {}),
    });
    this.tell();
  }

  private hide(): void {
    if (this.shown === null) return;
    this.shown = null;
    this.card.hide();
    this.tell();
  }
}

/** A range over a line of a container (its nodes are children of the container, in order). */
function lineRange(document: Document, target: PeekTarget): Range | null {
  if (target.line === null || target.line.length === 0) return null;
  const first = target.line[0]!;
  const last = target.line[target.line.length - 1]!;
  const siblings = Array.from(target.block.childNodes);
  const range = document.createRange();
  range.setStart(target.block, siblings.indexOf(first as ChildNode));
  range.setEnd(target.block, siblings.indexOf(last as ChildNode) + 1);
  return range;
}

/** Whether `element` is in our UI, crossing out of shadow roots (the card is in one). */
function isInOurUi(element: Element): boolean {
  let current: Element | null = element;
  while (current !== null) {
    if (isOurUi(current)) return true;
    const parent: Element | null = current.parentElement;
    if (parent !== null) {
      current = parent;
      continue;
    }
    const root: Node = current.getRootNode();
    current = 'host' in root ? (root as ShadowRoot).host : null;
  }
  return false;
}

/** The innermost element an event happened on, inside open shadow roots too. */
function eventTarget(event: Event): Element | null {
  const path = typeof event.composedPath === 'function' ? event.composedPath() : [];
  for (const target of path.length > 0 ? path : [event.target]) {
    if (target !== null && (target as Node).nodeType === 1) return target as Element;
  }
  return null;
}
