/**
 * When the glossary card opens and closes under the pointer, following WCAG
 * 2.2 success criterion 1.4.13 (content on hover or focus):
 *
 * - hoverable: the card stays open while the pointer is on the term or on the
 *   card, and crossing the gap between them does not close it (the hide waits
 *   a short grace delay, which entering the card cancels);
 * - persistent: nothing but leaving both, Escape, or another term closes it;
 * - dismissible: Escape closes it without moving the pointer, and it stays
 *   closed until the pointer leaves that term.
 *
 * The card opens after a short delay, so that sweeping the pointer over a
 * paragraph does not flash a card for every term on the way.
 *
 * While `blocked` says so (another card of ours is in use: the peek card, see
 * utils/modes/card-exclusion.ts), hovering opens nothing; `showNow`, an explicit request,
 * still does.
 */

export const SHOW_DELAY_MS = 150;
export const HIDE_DELAY_MS = 300;

export interface Timers {
  set(callback: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export interface HoverIntent<T> {
  /**
   * The pointer is over a term, and has been for `elapsedMs` already (the pointer event is
   * looked at in the next animation frame: the delay counts from the event, not the frame).
   */
  overTerm(target: T, elapsedMs?: number): void;
  /** The pointer is over the card. */
  overCard(): void;
  /** The pointer is somewhere else. */
  elsewhere(): void;
  /** Opens the card at once (tap, keyboard), blocked or not. */
  showNow(target: T): void;
  /** Closes the card at once (Escape, tap elsewhere); it stays closed over the same term. */
  dismiss(): void;
  /**
   * Closes the card at once for a reason of the page's (its term's text changed): unlike a
   * dismissal, the pointer over the same place opens it again.
   */
  close(): void;
  /** The target whose card is open, or null. */
  readonly shown: T | null;
  /** Stops the timers. */
  dispose(): void;
}

export function createHoverIntent<T>({
  same,
  onShow,
  onHide,
  showDelay = SHOW_DELAY_MS,
  hideDelay = HIDE_DELAY_MS,
  blocked = () => false,
  timers = {
    set: (callback, ms) => setTimeout(callback, ms),
    clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  },
}: {
  /** Whether two targets are the same term occurrence. */
  same: (a: T, b: T) => boolean;
  onShow: (target: T) => void;
  onHide: () => void;
  showDelay?: number;
  hideDelay?: number;
  /** Whether hovering may not open a card now; asked when the pointer comes and when the delay ends. */
  blocked?: () => boolean;
  timers?: Timers;
}): HoverIntent<T> {
  let shown: T | null = null;
  let pending: { target: T; handle: unknown } | null = null;
  let hiding: unknown = null;
  /** The term whose card was dismissed, until the pointer leaves it. */
  let dismissed: T | null = null;

  const cancelShow = () => {
    if (pending) timers.clear(pending.handle);
    pending = null;
  };
  const cancelHide = () => {
    if (hiding !== null) timers.clear(hiding);
    hiding = null;
  };
  const open = (target: T) => {
    cancelShow();
    cancelHide();
    dismissed = null;
    shown = target;
    onShow(target);
  };
  const close = () => {
    cancelShow();
    cancelHide();
    if (shown === null) return;
    shown = null;
    onHide();
  };

  return {
    overTerm(target, elapsedMs = 0) {
      if (dismissed !== null && same(dismissed, target)) return;
      dismissed = null;
      if (shown !== null && same(shown, target)) {
        cancelShow();
        cancelHide();
        return;
      }
      if (blocked()) {
        // As if the pointer were elsewhere: another term's card, open, goes as it would.
        cancelShow();
        if (shown !== null && hiding === null) hiding = timers.set(close, hideDelay);
        return;
      }
      if (pending !== null && same(pending.target, target)) return;
      cancelShow();
      // The open card (if any) stays until this term's opens and takes its place: its hide,
      // started when the pointer left it for the text between the two, would otherwise close
      // it and cancel this one with it.
      cancelHide();
      const wait = Math.max(0, showDelay - elapsedMs);
      // Blocked meanwhile (the peek key went down during the delay): nothing opens.
      const openUnlessBlocked = () => (blocked() ? cancelShow() : open(target));
      pending = { target, handle: timers.set(openUnlessBlocked, wait) };
    },
    overCard() {
      cancelShow();
      if (shown !== null) cancelHide();
    },
    elsewhere() {
      dismissed = null;
      cancelShow();
      if (shown !== null && hiding === null) hiding = timers.set(close, hideDelay);
    },
    showNow: open,
    dismiss() {
      const was = shown ?? pending?.target ?? null;
      close();
      dismissed = was;
    },
    close() {
      close();
      dismissed = null;
    },
    get shown() {
      return shown;
    },
    dispose() {
      cancelShow();
      cancelHide();
    },
  };
}
