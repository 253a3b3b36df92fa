/**
 * One of our cards at a time over a page. The peek card and the glossary card both open over
 * the text under the pointer, and one drawn over the other hides what the reader asked for:
 * holding the peek key over a term opened the term's card on top of the paragraph's original.
 *
 * - While the peek card shows, or the peek key is held (the card is about to open), hovering a
 *   term opens no glossary card, and the peek card opening closes one that is open.
 * - A glossary card the reader asks for by name (the next/previous-term commands, a tap on a
 *   term) is an explicit request: it opens, and the peek card closes.
 *
 * The reader session makes one and hands it to the reading-modes layer and the glossary layer,
 * which live in different kits and know nothing else of each other.
 */

/** What the peek controller is doing, as it tells it (`PeekController`'s `onActivity`). */
export interface PeekActivity {
  /** The peek card shows. */
  readonly shown: boolean;
  /** The peek key is held in the peek mode, where it peeks. */
  readonly held: boolean;
}

export interface CardExclusion {
  /** Whether the peek card shows or its key is held: hovering a term opens no glossary card. */
  readonly peeking: boolean;
  /** The peek controller's activity, each time it changes. */
  setPeek(activity: PeekActivity): void;
  /** Called when the peek card opens (it was not showing): the glossary card closes. */
  onPeekShown(listener: () => void): () => void;
  /** The reader asked for a glossary card by name: the peek card closes. */
  glossaryAskedFor(): void;
  onGlossaryAskedFor(listener: () => void): () => void;
}

export function createCardExclusion(): CardExclusion {
  let activity: PeekActivity = { shown: false, held: false };
  const peekShown = new Set<() => void>();
  const glossaryAsked = new Set<() => void>();

  function subscribe(listeners: Set<() => void>, listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }

  return {
    get peeking() {
      return activity.shown || activity.held;
    },
    setPeek(next) {
      const opened = next.shown && !activity.shown;
      activity = { shown: next.shown, held: next.held };
      if (opened) for (const listener of [...peekShown]) listener();
    },
    onPeekShown: (listener) => subscribe(peekShown, listener),
    glossaryAskedFor() {
      for (const listener of [...glossaryAsked]) listener();
    },
    onGlossaryAskedFor: (listener) => subscribe(glossaryAsked, listener),
  };
}
