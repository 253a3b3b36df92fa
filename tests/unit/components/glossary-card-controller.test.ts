import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CardController } from '../../../components/glossary-card/card-controller.ts';
import { CARD_ID } from '../../../components/glossary-card/card-host.tsx';
import { HIDE_DELAY_MS, SHOW_DELAY_MS } from '../../../components/glossary-card/hover-intent.ts';
import { pageCardTheme } from '../../../utils/glossary/card-theme.ts';
import type { TermRange } from '../../../utils/glossary/highlight.ts';
import {
  cardControllerOver,
  cuda,
  ON_TERM,
  paragraphWithCuda,
  TERM_BOX,
} from './card-on-one-term.ts';

// The card's behaviour with a real shadow root in happy-dom.

const ELSEWHERE = { x: 600, y: 500 };

let controller: CardController | null = null;
let paragraph: HTMLElement;
let term: TermRange;

beforeEach(() => {
  vi.useFakeTimers();
  ({ paragraph, term } = paragraphWithCuda());
});

afterEach(() => {
  controller?.dispose();
  controller = null;
  paragraph.remove();
  vi.useRealTimers();
});

function start(options: { isReaderInput?: (event: Event) => boolean } = {}) {
  controller = cardControllerOver(term, { theme: 'dark', ...options });
  return controller;
}

function pointer(
  type: string,
  at: { x: number; y: number },
  pointerType = 'mouse',
  target: EventTarget = document,
) {
  target.dispatchEvent(
    new PointerEvent(type, {
      clientX: at.x,
      clientY: at.y,
      pointerType,
      bubbles: true,
      composed: true,
    }),
  );
}

/** The card's polite live region, in its shadow root. */
function liveRegion(): Element {
  return document
    .querySelector('[data-jianfan-ui="card"]')!
    .shadowRoot!.querySelector('[aria-live="polite"]')!;
}

function card(): HTMLElement | null {
  const host = document.querySelector('[data-jianfan-ui="card"]');
  return host?.shadowRoot?.querySelector<HTMLElement>('[role="tooltip"]') ?? null;
}

describe('createCardController', () => {
  it('opens the card in an open shadow root on the root element after hovering a term', () => {
    start();
    pointer('pointermove', ON_TERM);
    // The delay counts from the pointer event, not from the frame that looks at it (16 ms on).
    vi.advanceTimersByTime(SHOW_DELAY_MS - 1);
    expect(card()).toBeNull();
    vi.advanceTimersByTime(1);
    const shown = card();
    expect(shown).not.toBeNull();
    expect(shown!.id).toBe(CARD_ID);
    expect(shown!.getAttribute('data-theme')).toBe('dark');
    expect(shown!.querySelector('.term')?.textContent).toBe('CUDA');
    const host = document.querySelector('[data-jianfan-ui="card"]')!;
    expect(host.parentNode).toBe(document.documentElement);
    expect(host.shadowRoot?.mode).toBe('open');
    // Below the term, at its left edge (happy-dom measures the card as 0 × 0).
    expect(shown!.style.left).toBe(`${TERM_BOX.left}px`);
    expect(shown!.style.top).toBe(`${TERM_BOX.bottom + 6}px`);
    expect(controller!.shownTerm).toBe(term);
  });

  it("opens no card for a page's forged pointer events", () => {
    // The default check, which happy-dom's dispatched events fail as a page's would.
    start({ isReaderInput: (event) => event.isTrusted });
    pointer('pointerup', ON_TERM, 'touch');
    pointer('pointermove', ON_TERM);
    vi.advanceTimersByTime(SHOW_DELAY_MS * 4);
    expect(card()).toBeNull();
    expect(controller!.shownTerm).toBeNull();
    // The keyboard command still opens it.
    controller!.showFor(term);
    expect(card()).not.toBeNull();
  });

  it('announces the card in a polite live region inside the shadow root', () => {
    start();
    controller!.showFor(term);
    const live = liveRegion();
    vi.advanceTimersByTime(100);
    expect(live.textContent).toContain('CUDA');
    expect(live.textContent).toContain(cuda.definition.en.slice(0, 30));
  });

  it('reads the card out again when the keyboard moves to another occurrence of the term', () => {
    start();
    controller!.showFor(term);
    const live = liveRegion();
    vi.advanceTimersByTime(100);
    expect(live.textContent).toContain('CUDA');
    paragraph.append('，CUDA的生态');
    const second = document.createRange();
    second.setStart(paragraph.lastChild!, 1);
    second.setEnd(paragraph.lastChild!, 5);
    controller!.showFor({ range: second, termId: 'cuda', form: 'CUDA', text: 'CUDA' });
    // Emptied, then filled again: a screen reader hears the move.
    expect(live.textContent).toBe('');
    vi.advanceTimersByTime(100);
    expect(live.textContent).toContain('CUDA');
  });

  it('lets the keyboard reach the link of a card it opened, and go back with Tab or Escape', () => {
    const button = document.createElement('button');
    button.textContent = 'page button';
    document.body.append(button);
    try {
      start();
      button.focus();
      controller!.showFor(term);
      const shadow = document.querySelector('[data-jianfan-ui="card"]')!.shadowRoot!;
      const tab = (shiftKey = false) => {
        const event = new KeyboardEvent('keydown', {
          key: 'Tab',
          shiftKey,
          bubbles: true,
          cancelable: true,
        });
        document.dispatchEvent(event);
        return event.defaultPrevented;
      };
      // Tab: to the card's link, which the page's Tab order never reaches.
      expect(tab()).toBe(true);
      expect(shadow.activeElement?.getAttribute('href')).toBe(cuda.link);
      // Tab again: back to where the reader was, the card still open.
      expect(tab()).toBe(true);
      expect(shadow.activeElement).toBeNull();
      expect(document.activeElement).toBe(button);
      expect(card()).not.toBeNull();
      // Once visited, Tab is the page's again: the reader moves on through the page.
      expect(tab()).toBe(false);
      expect(shadow.activeElement).toBeNull();
      // The command again, then Tab into it and Escape: the card closes and focus goes back.
      controller!.showFor(term);
      expect(tab()).toBe(true);
      expect(shadow.activeElement).not.toBeNull();
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      expect(card()).toBeNull();
      expect(document.activeElement).toBe(button);
      // With no card open, Tab is the page's.
      expect(tab()).toBe(false);
    } finally {
      button.remove();
    }
  });

  it('leaves Tab to a field being typed in, and to a page that handles it', () => {
    const field = document.createElement('textarea');
    const editor = document.createElement('div');
    editor.setAttribute('contenteditable', 'true');
    document.body.append(field, editor);
    try {
      start();
      const tab = () => {
        const event = new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true });
        (document.activeElement ?? document).dispatchEvent(event);
        return event.defaultPrevented;
      };
      for (const typing of [field, editor]) {
        typing.focus();
        controller!.showFor(term);
        expect(tab(), typing.localName).toBe(false);
        expect(document.activeElement).toBe(typing);
        // The first Tab was the one: the next, from a button further on, is the page's too.
        const button = document.createElement('button');
        document.body.append(button);
        button.focus();
        expect(tab(), typing.localName).toBe(false);
        expect(document.activeElement).toBe(button);
        button.remove();
      }
      // A checkbox takes no typing: Tab from it reaches the link.
      const box = document.createElement('input');
      box.type = 'checkbox';
      document.body.append(box);
      box.focus();
      controller!.showFor(term);
      expect(tab()).toBe(true);
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      expect(document.activeElement).toBe(box);
      box.remove();
      // A Tab whose bubbling the page stops still uses up the arm: a later one is the page's.
      const first = document.createElement('button');
      const second = document.createElement('button');
      first.addEventListener('keydown', (event) => event.stopPropagation());
      document.body.append(first, second);
      first.focus();
      controller!.showFor(term);
      expect(tab()).toBe(false);
      second.focus();
      expect(tab()).toBe(false);
      expect(document.activeElement).toBe(second);
      first.remove();
      second.remove();
      // A dialog's focus trap on its own element keeps the Tab.
      const dialog = document.createElement('div');
      const inside = document.createElement('button');
      dialog.append(inside);
      document.body.append(dialog);
      dialog.addEventListener('keydown', (event) => {
        if (event.key === 'Tab') event.preventDefault();
      });
      inside.focus();
      controller!.showFor(term);
      tab();
      expect(document.activeElement).toBe(inside);
      dialog.remove();
      // A page that takes Tab itself (a focus trap) keeps it.
      document.body.focus();
      const trap = (event: KeyboardEvent) => event.preventDefault();
      window.addEventListener('keydown', trap, true);
      try {
        controller!.showFor(term);
        tab();
        expect(
          document.querySelector('[data-jianfan-ui="card"]')!.shadowRoot!.activeElement,
        ).toBeNull();
      } finally {
        window.removeEventListener('keydown', trap, true);
      }
    } finally {
      field.remove();
      editor.remove();
    }
  });

  it('gives focus back when it goes away with focus on its link', () => {
    const button = document.createElement('button');
    document.body.append(button);
    try {
      start();
      button.focus();
      controller!.showFor(term);
      document.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true }),
      );
      expect(document.activeElement).not.toBe(button);
      controller!.dispose();
      controller = null;
      expect(document.activeElement).toBe(button);
    } finally {
      button.remove();
    }
  });

  it('leaves Tab to the page while a card opened by the pointer is shown', () => {
    start();
    pointer('pointermove', ON_TERM);
    vi.advanceTimersByTime(SHOW_DELAY_MS + 50);
    expect(card()).not.toBeNull();
    const event = new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true });
    document.dispatchEvent(event);
    expect(event.defaultPrevented).toBe(false);
    const shadow = document.querySelector('[data-jianfan-ui="card"]')!.shadowRoot!;
    expect(shadow.activeElement).toBeNull();
  });

  it('stays open over the card, closes a grace delay after leaving both', () => {
    start();
    controller!.showFor(term);
    pointer('pointermove', ELSEWHERE);
    vi.advanceTimersByTime(16 + HIDE_DELAY_MS - 100);
    // Onto the card: the event comes from inside our shadow root.
    pointer('pointermove', { x: 110, y: 130 }, 'mouse', card()!);
    vi.advanceTimersByTime(10_000);
    expect(card()).not.toBeNull();
    pointer('pointermove', ELSEWHERE);
    vi.advanceTimersByTime(16 + HIDE_DELAY_MS);
    expect(card()).toBeNull();
  });

  it('closes on Escape, and stays closed while the pointer rests on the term', () => {
    start();
    pointer('pointermove', ON_TERM);
    vi.advanceTimersByTime(500);
    expect(card()).not.toBeNull();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(card()).toBeNull();
    pointer('pointermove', { x: ON_TERM.x + 1, y: ON_TERM.y });
    vi.advanceTimersByTime(500);
    expect(card()).toBeNull();
  });

  it('keeps the Escape that closed a card from the page, and lets the next one through', () => {
    start();
    const heard: string[] = [];
    document.addEventListener('keydown', (event) => heard.push(event.key));
    pointer('pointermove', ON_TERM);
    vi.advanceTimersByTime(500);
    const escape = () => {
      const event = new KeyboardEvent('keydown', {
        key: 'Escape',
        bubbles: true,
        cancelable: true,
      });
      document.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(escape()).toBe(true);
    expect(card()).toBeNull();
    expect(heard).toEqual([]);
    // No card open: the page's dialog hears it.
    expect(escape()).toBe(false);
    expect(heard).toEqual(['Escape']);
  });

  it('does not open a card the reader pressed Escape for during its delay', () => {
    start();
    pointer('pointermove', ON_TERM);
    vi.advanceTimersByTime(40);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    vi.advanceTimersByTime(500);
    expect(card()).toBeNull();
  });

  it('opens on a tap on a term at once, and a tap elsewhere closes it', () => {
    start();
    pointer('pointerup', ON_TERM, 'touch');
    expect(card()).not.toBeNull();
    // A finger moving (scrolling) is no hover.
    pointer('pointermove', ELSEWHERE, 'touch');
    vi.advanceTimersByTime(1_000);
    expect(card()).not.toBeNull();
    // A tap on the card (its link) keeps it.
    pointer('pointerup', { x: 110, y: 130 }, 'touch', card()!);
    expect(card()).not.toBeNull();
    pointer('pointerup', ELSEWHERE, 'touch');
    expect(card()).toBeNull();
  });

  it('opens again under a resting pointer after its term’s text changed (converted)', () => {
    start();
    pointer('pointermove', ON_TERM);
    vi.advanceTimersByTime(500);
    expect(card()).not.toBeNull();
    // The page converts the text the term is in: the card closes with it…
    (paragraph.firstChild as Text).data = '這套名為ＣＵＤＡ的平臺';
    controller!.revalidate();
    expect(card()).toBeNull();
    // …and it is not a dismissal: the pointer moving on the term opens it again.
    (paragraph.firstChild as Text).data = '这套名为CUDA的平台';
    pointer('pointermove', { x: ON_TERM.x + 1, y: ON_TERM.y });
    vi.advanceTimersByTime(500);
    expect(card()).not.toBeNull();
  });

  it('a first tap on a term in a link shows the card and keeps the link; the next follows it', () => {
    const link = document.createElement('a');
    link.href = '#elsewhere';
    paragraph.replaceWith(link);
    link.append(paragraph);
    start();
    const tap = () => {
      pointer('pointerup', ON_TERM, 'touch', paragraph);
      const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
      paragraph.dispatchEvent(click);
      return click.defaultPrevented;
    };
    expect(tap()).toBe(true);
    expect(card()).not.toBeNull();
    // The card is open: this tap goes where the link goes.
    expect(tap()).toBe(false);
    link.remove();
  });

  it('a tap on a term outside any link never holds its click back', () => {
    start();
    pointer('pointerup', ON_TERM, 'touch', paragraph);
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
    paragraph.dispatchEvent(click);
    expect(card()).not.toBeNull();
    expect(click.defaultPrevented).toBe(false);
  });

  it('closes when its term is gone after the terms were found again', () => {
    start();
    controller!.showFor(term);
    controller!.revalidate();
    expect(card()).not.toBeNull();
    // Conversion rewrote the words around the term: the term is still there.
    (paragraph.firstChild as Text).data = '這套名為CUDA的平臺';
    controller!.revalidate();
    expect(card()).not.toBeNull();
    // The page put other text where the term was.
    (paragraph.firstChild as Text).data = '這套名為MUSA的平臺';
    controller!.revalidate();
    expect(card()).toBeNull();
  });

  it('takes its element and listeners away when disposed', () => {
    start();
    controller!.showFor(term);
    controller!.dispose();
    controller = null;
    expect(document.querySelector('[data-jianfan-ui="card"]')).toBeNull();
    pointer('pointermove', ON_TERM);
    vi.advanceTimersByTime(1_000);
    expect(document.querySelector('[data-jianfan-ui="card"]')).toBeNull();
  });
});

describe('pageCardTheme', () => {
  it('follows a page that asks for dark in a <meta name="color-scheme">', () => {
    const meta = document.createElement('meta');
    meta.name = 'color-scheme';
    meta.content = 'dark';
    document.head.append(meta);
    try {
      expect(pageCardTheme(document, document.body)).toBe('dark');
    } finally {
      meta.remove();
    }
    expect(pageCardTheme(document, document.body)).toBe('light');
  });
});
