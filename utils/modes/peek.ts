import type { PeekModifier } from '../settings/schema.ts';
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
}

export interface PeekCard {
  show(content: PeekCardContent): void;
  /** Puts the open card next to its paragraph again (after a scroll or a resize). */
  reposition(): void;
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
}

const MODIFIER_FLAG = {
  Alt: 'altKey',
  Shift: 'shiftKey',
  Control: 'ctrlKey',
} as const satisfies Record<PeekModifier, keyof MouseEvent>;

type ShownBy = 'modifier' | 'command';

export class PeekController {
  private readonly document: Document;
  private readonly card: PeekCard;
  private settings: PeekSettings | null = null;
  private hovered: Element | null = null;
  private pointer: { x: number; y: number } | null = null;
  private shown: { target: PeekTarget; by: ShownBy } | null = null;
  /** Whether the card showed while the modifier was down this time. */
  private usedPress = false;
  private readonly listeners: [EventTarget, string, (event: Event) => void, boolean][] = [];

  constructor(options: PeekControllerOptions) {
    this.document = options.document;
    this.card = options.card;
  }

  /** Starts listening (once), with these settings. */
  start(settings: PeekSettings): void {
    const changed = this.settings !== null && this.settings !== settings;
    this.settings = settings;
    if (changed && this.shown !== null) this.show(this.shown.target, this.shown.by);
    if (this.listeners.length > 0) return;
    const view = this.document.defaultView;
    this.listen(this.document, 'pointermove', (event) => this.onPointerMove(event as PointerEvent));
    this.listen(this.document, 'keydown', (event) => this.onKeyDown(event as KeyboardEvent));
    this.listen(this.document, 'keyup', (event) => this.onKeyUp(event as KeyboardEvent), false);
    this.listen(this.document, 'pointerdown', (event) => this.onPointerDown(event));
    this.listen(this.document, 'scroll', () => this.card.reposition());
    if (view !== null) {
      this.listen(view, 'resize', () => this.card.reposition());
      this.listen(view, 'blur', () => {
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
    this.hide();
    this.settings = null;
    this.hovered = null;
    this.pointer = null;
  }

  /**
   * The `peek-focused` command: shows the original of the focused paragraph, else of the one
   * under the pointer, until Escape, a click elsewhere or the command again.
   */
  peekFocused(): void {
    const active = this.document.activeElement;
    const focused =
      active !== null && active !== this.document.body && active !== this.document.documentElement
        ? this.targetOf(active)
        : null;
    const target = focused ?? this.hoveredTarget();
    if (target === null) return;
    if (this.shown?.target.key === target.key) {
      this.hide();
      return;
    }
    this.show(target, 'command');
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
    if (event[MODIFIER_FLAG[settings.modifier]]) {
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
    if (event.key !== settings.modifier || !settings.onModifier) {
      this.usedPress = false;
      return;
    }
    if (event.repeat) return;
    this.usedPress = false;
    const target = this.hoveredTarget();
    if (target !== null && this.shown?.target.key !== target.key) this.show(target, 'modifier');
  }

  private onKeyUp(event: KeyboardEvent): void {
    if (this.settings === null || event.key !== this.settings.modifier) return;
    // Firefox on Windows and Linux opens its menu bar when Alt is released on its own, unless
    // the page took the key: a press that peeked is taken.
    if (this.usedPress) event.preventDefault();
    this.usedPress = false;
    if (this.shown?.by === 'modifier') this.hide();
  }

  private onPointerDown(event: Event): void {
    if (this.shown?.by !== 'command') return;
    const target = eventTarget(event);
    // A press in the card itself (selecting the original to copy it, its scroll bar) keeps it.
    if (target !== null && isInOurUi(target)) return;
    if (target === null || !this.shown.target.block.contains(target)) this.hide();
  }

  private show(target: PeekTarget, by: ShownBy): void {
    const settings = this.settings;
    if (settings === null) return;
    // A line the page has rewritten or moved since it was found is gone: nothing to show.
    if (target.line?.some((node) => node.parentNode !== target.block) === true) {
      this.hide();
      return;
    }
    const text = originalTextOfTarget(target, settings.originalTextOf);
    if (text === '') return;
    this.shown = { target, by };
    if (by === 'modifier') this.usedPress = true;
    let line: Range | undefined;
    if (target.line !== null && target.line.length > 0) {
      // The line's nodes are children of its container, in order.
      const first = target.line[0]!;
      const last = target.line[target.line.length - 1]!;
      const siblings = Array.from(target.block.childNodes);
      line = this.document.createRange();
      line.setStart(target.block, siblings.indexOf(first as ChildNode));
      line.setEnd(target.block, siblings.indexOf(last as ChildNode) + 1);
    }
    this.card.show({
      text,
      lang: settings.sourceLang,
      label: settings.label,
      block: target.block,
      pointer: this.pointer,
      ...(line !== undefined ? { line } : {}),
    });
  }

  private hide(): void {
    if (this.shown === null) return;
    this.shown = null;
    this.card.hide();
  }
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
