import type { TermCardContent } from '../../utils/glossary/card-content.ts';
import { pageCardTheme, type CardTheme } from '../../utils/glossary/card-theme.ts';
import { topLayerHolder } from '../../utils/glossary/card-position.ts';
import { liveRangeOf, type TermRange } from '../../utils/glossary/highlight.ts';
import { rangeRect, type RectLike } from '../../utils/glossary/hit-test.ts';
import type { Translate } from '../shared/i18n.tsx';
import { createCardHost, type CardHost } from './card-host.tsx';
import { createHoverIntent, type Timers } from './hover-intent.ts';

/** What the card needs to say about a term, in the current UI language. */
export interface CardDescription {
  content: TermCardContent;
  t: Translate;
  uiLang: string;
}

export interface CardController {
  readonly host: CardHost;
  /** The term whose card is open, or null. */
  readonly shownTerm: TermRange | null;
  /** Opens the card for a term at once (keyboard navigation). */
  showFor(term: TermRange): void;
  hide(): void;
  /** After the terms were found again: closes a card whose term is gone from the page. */
  revalidate(): void;
  dispose(): void;
}

/** Whether two ranges are the same occurrence of the same term (the same boundary points). */
export function sameOccurrence(a: TermRange, b: TermRange): boolean {
  if (a === b) return true;
  return (
    a.termId === b.termId &&
    a.range.startContainer === b.range.startContainer &&
    a.range.startOffset === b.range.startOffset &&
    a.range.endContainer === b.range.endContainer &&
    a.range.endOffset === b.range.endOffset
  );
}

/**
 * Whether the page still shows the term where it was found. Term ranges do not follow text
 * changes (see `TermRange.range`), so the text under them is compared.
 */
function stillOnPage(term: TermRange): boolean {
  if (term.range.collapsed) return false;
  const live = liveRangeOf(term.range);
  return live !== null && live.toString() === term.text;
}

/** How long after a tap its click may come (browsers send it at once, or after ~300 ms). */
const TAP_CLICK_MS = 1_000;

/** Whether a pointer event happened in a link (`a` or `area` with an `href`). */
function isInLink(event: Event): boolean {
  const path = typeof event.composedPath === 'function' ? event.composedPath() : [];
  return path.some(
    (target) =>
      (target as Element).nodeType === 1 &&
      ((target as Element).localName === 'a' || (target as Element).localName === 'area') &&
      (target as Element).hasAttribute('href'),
  );
}

function isOutside(box: RectLike, document: Document): boolean {
  const view = document.defaultView;
  const width = view?.innerWidth ?? document.documentElement.clientWidth;
  const height = view?.innerHeight ?? document.documentElement.clientHeight;
  return box.bottom < 0 || box.top > height || box.right < 0 || box.left > width;
}

/** Inputs that do not take typed text: Tab from them is a move, as from a button. */
const NOT_TEXT_INPUTS = new Set([
  'button',
  'checkbox',
  'color',
  'file',
  'hidden',
  'image',
  'radio',
  'range',
  'reset',
  'submit',
]);

/** Whether `element` takes typed text: a text field, a text area or an editable region. */
function isTypingTarget(element: Element | null): boolean {
  if (element === null) return false;
  const name = element.localName;
  if (name === 'textarea') return true;
  if (name === 'input') {
    return !NOT_TEXT_INPUTS.has((element.getAttribute('type') ?? 'text').trim().toLowerCase());
  }
  return (element as HTMLElement).isContentEditable === true;
}

/**
 * The card's behaviour on a page: it opens over a term under the pointer
 * (after a short delay), on a tap, or from the keyboard commands, and closes
 * when the pointer leaves both the term and the card, on Escape, or on a tap
 * elsewhere (see hover-intent.ts for the timing rules). Pointer positions are
 * hit-tested at most once per animation frame.
 */
export function createCardController({
  document,
  termAt,
  describe,
  themeOf = (term) => pageCardTheme(document, term.range.startContainer),
  anchorOf = (term, point) => rangeRect(term.range, point ?? undefined),
  frame = (callback) => requestAnimationFrame(callback),
  cancelFrame = (handle) => cancelAnimationFrame(handle as number),
  now = () => performance.now(),
  timers,
  isReaderInput = (event) => event.isTrusted,
  hoverBlocked = () => false,
  onAskedFor = () => undefined,
}: {
  document: Document;
  /** The term under a viewport point, or null. */
  termAt: (x: number, y: number) => TermRange | null;
  /** The card's content for a term, or null for a term no longer known. */
  describe: (term: TermRange) => CardDescription | null;
  themeOf?: (term: TermRange) => CardTheme;
  /** The box to put the card next to (the line under `point` for a wrapped term), or null. */
  anchorOf?: (term: TermRange, point: { x: number; y: number } | null) => RectLike | null;
  frame?: (callback: () => void) => unknown;
  cancelFrame?: (handle: unknown) => void;
  /** The clock of pointer event time stamps. */
  now?: () => number;
  timers?: Timers;
  /**
   * Whether an event is the reader's own input, not one a page's script dispatched. The card
   * lives in an open shadow root, where the page can read it: a forged touch on a term (any
   * term of the reader's glossary, which the highlight registry lists) would open its card for
   * the page to read without the reader ever asking for it.
   */
  isReaderInput?: (event: Event) => boolean;
  /**
   * Whether hovering a term may not open its card now: the peek card shows, or its key is held
   * (utils/modes/card-exclusion.ts). A tap or a keyboard command still opens it.
   */
  hoverBlocked?: () => boolean;
  /** Called as a tap or a keyboard command asks for a card, before it opens (the peek card goes). */
  onAskedFor?: () => void;
}): CardController {
  const host = createCardHost({ document });
  /** The last pointer position, for the line box of a wrapped term. */
  let point: { x: number; y: number } | null = null;
  let pending: { x: number; y: number; overCard: boolean; at: number } | null = null;
  let frameHandle: unknown = null;
  let scrollHandle: unknown = null;

  /** Whether the card being opened was asked for by name (`showFor`: the keyboard). */
  let askedFor = false;
  /**
   * Whether the open card was asked for from the keyboard and its link not yet visited: the
   * next Tab reaches the link, once, and Tabs after that are the page's again.
   */
  let openedByKeyboard = false;
  /** Where focus was when Tab took it into the card, to go back to when it leaves. */
  let focusBefore: Element | null = null;
  /** The first Tab after the command, on its way to the window (`onTabIntoCard`). */
  let armedTab: KeyboardEvent | null = null;

  /** The focused element, inside the open shadow roots of a page's components too. */
  function deepActiveElement(): Element | null {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active;
  }

  /** Gives focus back to where it was before the card took it (the page's own element). */
  function returnFocus(): void {
    const to = focusBefore;
    focusBefore = null;
    if (to !== null && to.isConnected && to !== document.body && 'focus' in to) {
      (to as HTMLElement).focus({ preventScroll: true });
    } else {
      (host.shadowRoot.activeElement as HTMLElement | null)?.blur();
    }
  }

  function open(term: TermRange, at: { x: number; y: number } | null): boolean {
    const description = describe(term);
    const anchor = anchorOf(term, at);
    if (description === null || anchor === null) return false;
    const hadFocus = host.holdsFocus;
    host.show(
      {
        ...description,
        anchor,
        theme: themeOf(term),
        topLayer: topLayerHolder(term.range.startContainer),
      },
      { announce: askedFor ? 'always' : 'new-term' },
    );
    openedByKeyboard = askedFor;
    // The card moved on to a term without a link while focus was on the one it had.
    if (hadFocus && !host.holdsFocus) returnFocus();
    return true;
  }

  const intent = createHoverIntent<TermRange>({
    same: sameOccurrence,
    onShow: (term) => {
      if (!open(term, point)) intent.dismiss();
    },
    blocked: hoverBlocked,
    onHide: () => {
      // A card closing with focus on its link (Escape, a scroll, the pointer) hands it back.
      const hadFocus = host.holdsFocus;
      host.hide();
      if (hadFocus) returnFocus();
    },
    timers,
  });

  function onFrame(): void {
    frameHandle = null;
    const at = pending;
    pending = null;
    if (at === null) return;
    if (at.overCard) {
      intent.overCard();
      return;
    }
    point = { x: at.x, y: at.y };
    const term = termAt(at.x, at.y);
    if (term) intent.overTerm(term, Math.max(0, now() - at.at));
    else intent.elsewhere();
  }

  const onPointerMove = (event: PointerEvent) => {
    // A finger moving is a scroll or a pan, not a hover.
    if (event.pointerType === 'touch' || !isReaderInput(event)) return;
    pending = {
      x: event.clientX,
      y: event.clientY,
      overCard: host.containsEvent(event),
      // Event time stamps are on the clock of performance.now() (High Resolution Time).
      at: event.timeStamp,
    };
    frameHandle ??= frame(onFrame);
  };

  /** When a tap opened the card of a term in a link (see `onClick`). */
  let tapOpenedInLink: number | null = null;

  const onPointerUp = (event: PointerEvent) => {
    tapOpenedInLink = null;
    if (event.pointerType !== 'touch' || host.containsEvent(event) || !isReaderInput(event)) {
      return;
    }
    point = { x: event.clientX, y: event.clientY };
    const term = termAt(event.clientX, event.clientY);
    if (term) {
      const wasShown = intent.shown !== null && sameOccurrence(intent.shown, term);
      onAskedFor();
      intent.showNow(term);
      if (!wasShown && isInLink(event)) tapOpenedInLink = event.timeStamp;
    } else {
      intent.dismiss();
    }
  };

  // The first tap on a term that is also a link shows its card; the click that follows would
  // take the reader to another page before the card could be read. That click is held back,
  // and the next tap on the term, its card open, follows the link.
  const onClick = (event: MouseEvent) => {
    const openedAt = tapOpenedInLink;
    tapOpenedInLink = null;
    if (openedAt !== null && event.timeStamp - openedAt < TAP_CLICK_MS) event.preventDefault();
  };

  // The pointer left the window: nothing is under it any more.
  const onMouseOut = (event: MouseEvent) => {
    if (event.relatedTarget === null) {
      pending = null;
      intent.elsewhere();
    }
  };

  // Escape dismisses the card, and one about to open (the pointer came to a term a moment ago).
  // A press that closed a card was ours: the page does not get it too, which would close the
  // dialog or lightbox the term is in along with the card.
  //
  // A card opened from the keyboard (the next/previous-term commands) may have a link, which
  // the reader must reach without a pointer (the card comes last in the page's Tab order, after
  // everything else): the first Tab after the command takes focus to it (see `onTabIntoCard`),
  // and Tab or Escape from it brings focus back to where it was.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Tab' && host.holdsFocus && isReaderInput(event)) {
      event.preventDefault();
      event.stopImmediatePropagation();
      returnFocus();
      return;
    }
    // The first Tab after the command uses up the arm here, before the page sees it: one whose
    // bubbling the page stops never reaches `onTabIntoCard`, and still moves focus.
    if (event.key === 'Tab' && openedByKeyboard && isReaderInput(event)) {
      openedByKeyboard = false;
      armedTab = event;
    }
    if (event.key !== 'Escape') return;
    const wasOpen = host.visible;
    pending = null;
    intent.dismiss();
    if (wasOpen) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  };

  // The first Tab after a keyboard command, once the page has had it: heard on the window as it
  // bubbles, after the page's own handlers (a dialog's focus trap), so that one the page took
  // stays the page's, as do one an input method composes with and one in a text field. Only that
  // first Tab, taken or not: the ones after it move through the page.
  const onTabIntoCard = (event: KeyboardEvent) => {
    if (event !== armedTab) return;
    armedTab = null;
    if (!host.visible || host.holdsFocus) return;
    if (event.defaultPrevented || event.isComposing) return;
    if (event.shiftKey || event.altKey || event.ctrlKey || event.metaKey) return;
    const before = deepActiveElement();
    if (isTypingTarget(before)) return;
    if (host.focusLink()) {
      focusBefore = before;
      event.preventDefault();
    }
  };

  // The card is fixed in the viewport; it follows its term as the page scrolls.
  const onScroll = () => {
    scrollHandle ??= frame(() => {
      scrollHandle = null;
      const term = intent.shown;
      if (term === null) return;
      const anchor = anchorOf(term, point) ?? anchorOf(term, null);
      if (anchor === null || isOutside(anchor, document)) intent.dismiss();
      else host.reposition(anchor);
    });
  };

  const capture = { capture: true, passive: true } as const;
  document.addEventListener('pointermove', onPointerMove, capture);
  document.addEventListener('pointerup', onPointerUp, capture);
  // Not passive: it may cancel the click of the tap that opened a card (see `onClick`).
  document.addEventListener('click', onClick, true);
  document.addEventListener('mouseout', onMouseOut, capture);
  document.addEventListener('keydown', onKeyDown, true);
  document.defaultView?.addEventListener('keydown', onTabIntoCard);
  document.addEventListener('scroll', onScroll, capture);
  document.defaultView?.addEventListener('resize', onScroll, { passive: true });

  return {
    host,
    get shownTerm() {
      return intent.shown;
    },
    showFor(term) {
      point = null;
      askedFor = true;
      onAskedFor();
      try {
        intent.showNow(term);
      } finally {
        askedFor = false;
      }
    },
    hide() {
      intent.dismiss();
    },
    revalidate() {
      const term = intent.shown;
      // Not a dismissal: the reader did not close it, and a pointer resting there (the text
      // converted under it) opens the card again as it moves.
      if (term !== null && (!stillOnPage(term) || anchorOf(term, null) === null)) {
        intent.close();
      }
    },
    dispose() {
      if (host.holdsFocus) returnFocus();
      intent.dispose();
      if (frameHandle !== null) cancelFrame(frameHandle);
      if (scrollHandle !== null) cancelFrame(scrollHandle);
      document.removeEventListener('pointermove', onPointerMove, capture);
      document.removeEventListener('pointerup', onPointerUp, capture);
      document.removeEventListener('click', onClick, true);
      document.removeEventListener('mouseout', onMouseOut, capture);
      document.removeEventListener('keydown', onKeyDown, true);
      document.defaultView?.removeEventListener('keydown', onTabIntoCard);
      document.removeEventListener('scroll', onScroll, capture);
      document.defaultView?.removeEventListener('resize', onScroll);
      host.dispose();
    },
  };
}
