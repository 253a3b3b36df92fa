import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CardController } from '../../../components/glossary-card/card-controller.ts';
import { SHOW_DELAY_MS } from '../../../components/glossary-card/hover-intent.ts';
import type { TermRange } from '../../../utils/glossary/highlight.ts';
import { createCardExclusion, type CardExclusion } from '../../../utils/modes/card-exclusion.ts';
import { PeekController, type PeekCard, type PeekCardContent } from '../../../utils/modes/peek.ts';
import { cardControllerOver, ON_TERM, paragraphWithCuda } from '../components/card-on-one-term.ts';

// The peek card and the glossary card, wired through one exclusion as the reader session wires
// the reading-modes layer and the glossary layer, over one paragraph with one term.

/** Longer than the glossary card's delay and the frame its pointer events wait for. */
const PAST_DELAY = SHOW_DELAY_MS + 50;

let paragraph: HTMLElement;
let term: TermRange;
const cleanups: (() => void)[] = [];

beforeEach(() => {
  vi.useFakeTimers();
  ({ paragraph, term } = paragraphWithCuda());
});

afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
  paragraph.remove();
  vi.useRealTimers();
});

/** A peek card that records what it shows. */
function recordingPeekCard(): PeekCard & { shown: PeekCardContent | null } {
  return {
    shown: null,
    show(content) {
      this.shown = content;
    },
    reposition() {},
    scroll: () => false,
    hide() {
      this.shown = null;
    },
    dispose() {
      this.shown = null;
    },
  };
}

/** Both cards over the page, in the peek mode with Alt, sharing `cards` as the layers do. */
function setup(cards: CardExclusion | null = createCardExclusion()) {
  const peekCard = recordingPeekCard();
  const peek = new PeekController({
    document,
    card: peekCard,
    frame: (callback) => callback(),
    ...(cards !== null ? { onActivity: (activity) => cards.setPeek(activity) } : {}),
  });
  peek.start({
    modifier: 'Alt',
    onModifier: true,
    originalTextOf: (node) => node.data,
    sourceLang: 'zh-Hans',
    label: 'Original',
  });
  let glossary: CardController | null = null;
  glossary = cardControllerOver(term, {
    theme: 'light',
    ...(cards !== null
      ? { hoverBlocked: () => cards.peeking, onAskedFor: () => cards.glossaryAskedFor() }
      : {}),
  });
  const stopHearingPeek = cards?.onPeekShown(() => glossary?.hide());
  const stopHearingGlossary = cards?.onGlossaryAskedFor(() => peek.giveWay());
  cleanups.push(() => {
    stopHearingPeek?.();
    stopHearingGlossary?.();
    peek.stop();
    glossary?.dispose();
    glossary = null;
  });
  const glossaryCardShown = () =>
    document
      .querySelector('[data-jianfan-ui="card"]')
      ?.shadowRoot?.querySelector('[role="tooltip"]') != null;
  return { peek, peekCard, glossary, glossaryCardShown };
}

function moveOnTerm(init: PointerEventInit = {}): void {
  paragraph.dispatchEvent(
    new PointerEvent('pointermove', {
      clientX: ON_TERM.x,
      clientY: ON_TERM.y,
      pointerType: 'mouse',
      bubbles: true,
      composed: true,
      ...init,
    }),
  );
}

function key(type: 'keydown' | 'keyup', name: string): void {
  document.body.dispatchEvent(
    new KeyboardEvent(type, { key: name, bubbles: true, cancelable: true, composed: true }),
  );
}

describe('createCardExclusion', () => {
  it('says the peek card is in use while it shows or its key is held', () => {
    const cards = createCardExclusion();
    expect(cards.peeking).toBe(false);
    cards.setPeek({ shown: false, held: true });
    expect(cards.peeking).toBe(true);
    cards.setPeek({ shown: true, held: true });
    cards.setPeek({ shown: true, held: false });
    expect(cards.peeking).toBe(true);
    cards.setPeek({ shown: false, held: false });
    expect(cards.peeking).toBe(false);
  });

  it('tells when the peek card opens, once, and when a glossary card is asked for', () => {
    const cards = createCardExclusion();
    const heard: string[] = [];
    const stop = cards.onPeekShown(() => heard.push('peek shown'));
    cards.onGlossaryAskedFor(() => heard.push('glossary asked for'));
    cards.setPeek({ shown: false, held: true });
    cards.setPeek({ shown: true, held: true });
    cards.setPeek({ shown: true, held: false });
    cards.glossaryAskedFor();
    cards.setPeek({ shown: false, held: false });
    stop();
    cards.setPeek({ shown: true, held: false });
    expect(heard).toEqual(['peek shown', 'glossary asked for']);
  });
});

describe('the peek card and the glossary card, one at a time', () => {
  it('holding Alt over a term shows the peek card only', () => {
    const { peekCard, glossaryCardShown } = setup();
    moveOnTerm({ altKey: true });
    vi.advanceTimersByTime(PAST_DELAY);
    moveOnTerm({ altKey: true, clientX: ON_TERM.x + 2 });
    vi.advanceTimersByTime(PAST_DELAY);
    expect(peekCard.shown?.block).toBe(paragraph);
    expect(glossaryCardShown()).toBe(false);
  });

  it('Alt pressed during the glossary card’s delay: it does not open', () => {
    const { peekCard, glossaryCardShown } = setup();
    moveOnTerm();
    vi.advanceTimersByTime(20);
    key('keydown', 'Alt');
    expect(peekCard.shown).not.toBeNull();
    vi.advanceTimersByTime(PAST_DELAY);
    expect(glossaryCardShown()).toBe(false);
  });

  it('the peek card opening closes an open glossary card, which stays closed after', () => {
    const { peekCard, glossaryCardShown } = setup();
    moveOnTerm();
    vi.advanceTimersByTime(PAST_DELAY);
    expect(glossaryCardShown()).toBe(true);
    key('keydown', 'Alt');
    expect(peekCard.shown).not.toBeNull();
    expect(glossaryCardShown()).toBe(false);
    // Let go of: the term's card does not come back over the same term at the next move.
    key('keyup', 'Alt');
    moveOnTerm({ clientX: ON_TERM.x + 1 });
    vi.advanceTimersByTime(PAST_DELAY);
    expect(peekCard.shown).toBeNull();
    expect(glossaryCardShown()).toBe(false);
  });

  it('the next-term command still shows its card, and closes the peek card', () => {
    const { peekCard, glossary, glossaryCardShown } = setup();
    key('keydown', 'Alt');
    moveOnTerm({ altKey: true });
    expect(peekCard.shown).not.toBeNull();
    glossary!.showFor(term);
    expect(glossaryCardShown()).toBe(true);
    expect(peekCard.shown).toBeNull();
    // Alt still down from the shortcut: moving does not bring the peek card back over it…
    moveOnTerm({ altKey: true, clientX: ON_TERM.x + 1 });
    vi.advanceTimersByTime(PAST_DELAY);
    expect(peekCard.shown).toBeNull();
    expect(glossaryCardShown()).toBe(true);
    // …until the key is let go of and pressed again.
    key('keyup', 'Alt');
    key('keydown', 'Alt');
    expect(peekCard.shown).not.toBeNull();
    expect(glossaryCardShown()).toBe(false);
  });

  it('without Alt, hovering a term opens its card as before', () => {
    const { peekCard, glossaryCardShown } = setup();
    key('keydown', 'Alt');
    key('keyup', 'Alt');
    moveOnTerm();
    vi.advanceTimersByTime(PAST_DELAY);
    expect(peekCard.shown).toBeNull();
    expect(glossaryCardShown()).toBe(true);
  });
});
