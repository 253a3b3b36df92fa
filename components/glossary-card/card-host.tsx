import { render } from 'preact';
import type { TermCardContent } from '../../utils/glossary/card-content.ts';
import { CARD_MARGIN, placeCard } from '../../utils/glossary/card-position.ts';
import type { CardTheme } from '../../utils/glossary/card-theme.ts';
import type { RectLike } from '../../utils/glossary/hit-test.ts';
import type { Translate } from '../shared/i18n.tsx';
import type { AdoptedStyles } from '../shared/adopt-styles.ts';
import { createUiHost } from '../shared/ui-host.ts';
import { cardAnnouncement, GlossaryCard, type CardBox } from './GlossaryCard.tsx';
import { CARD_CSS } from './styles.ts';

export const CARD_HOST_TAG = 'jianfan-card';
export const CARD_ID = 'jianfan-glossary-card';

export interface CardRequest {
  content: TermCardContent;
  /** The term's box in viewport coordinates. */
  anchor: RectLike;
  theme: CardTheme;
  t: Translate;
  /** The `lang` of the UI language the labels are in. */
  uiLang: string;
  /**
   * The element of the browser's top layer that holds the term (see `topLayerHolder`), which
   * the card must be inside to be seen; null for a term in the page itself.
   */
  topLayer?: Element | null;
}

/**
 * The element that carries the card: `<jianfan-card data-jianfan-ui="card">`
 * with an open shadow root, appended to the root element rather than the
 * body, so that a page that rewrites its body does not take the card with it;
 * for a term in the top layer (a modal dialog), to that element instead.
 * The shadow root keeps the page's styles out (and `:host { all: initial }`
 * keeps inherited ones out); the card's own styles are a constructable
 * stylesheet, which a strict Content Security Policy does not block.
 *
 * Inside: the card (`role="tooltip"`) and a visually hidden live region that
 * reads the card out when it opens, since the page text a card belongs to
 * cannot carry `aria-describedby` without changing the page.
 */
export interface CardHost {
  readonly element: HTMLElement;
  readonly shadowRoot: ShadowRoot;
  /** How the styles got in: `sheet` unless the browser lacks constructable stylesheets. */
  readonly styleMode: AdoptedStyles['mode'];
  readonly visible: boolean;
  /**
   * Opens the card, or moves it to another term. The live region reads it out when the term
   * is another one, or always with `announce: 'always'` (a move the reader asked for with
   * the keyboard, which must be heard even when it lands on the same term again).
   */
  show(request: CardRequest, options?: { announce?: 'new-term' | 'always' }): void;
  /** Moves the open card next to the term again (after scrolling). */
  reposition(anchor: RectLike): void;
  hide(): void;
  /** Whether the event happened on the card. */
  containsEvent(event: Event): boolean;
  /** Moves focus to the card's link, if the open card has one; whether it did. */
  focusLink(): boolean;
  /** Whether focus is on the card (its link). */
  readonly holdsFocus: boolean;
  dispose(): void;
}

function viewportOf(document: Document): { width: number; height: number } {
  const root = document.documentElement;
  const view = document.defaultView;
  return {
    width: root.clientWidth || view?.innerWidth || 0,
    height: (view?.innerHeight ?? 0) || root.clientHeight,
  };
}

export function createCardHost({
  document,
  id = CARD_ID,
}: {
  document: Document;
  id?: string;
}): CardHost {
  const { element, shadowRoot, styles, container, live } = createUiHost({
    document,
    tag: CARD_HOST_TAG,
    part: 'card',
    css: CARD_CSS,
  });
  live.setAttribute('data-jianfan-part', 'announcer');

  let current: CardRequest | null = null;
  let announceTimer: ReturnType<typeof setTimeout> | null = null;

  const cardElement = (): HTMLElement | null => container.querySelector<HTMLElement>('.card');

  function draw(request: CardRequest, box: CardBox | null, safeWidth: number): void {
    render(
      <GlossaryCard
        id={id}
        content={request.content}
        t={request.t}
        uiLang={request.uiLang}
        theme={request.theme}
        box={box}
        safeWidth={safeWidth}
      />,
      container,
    );
  }

  /** Draws the card out of sight, measures it, then puts it next to the term. */
  function place(request: CardRequest): void {
    const viewport = viewportOf(document);
    const safeWidth = Math.max(0, viewport.width - 2 * CARD_MARGIN);
    draw(request, null, safeWidth);
    const size = cardElement()?.getBoundingClientRect();
    const placement = placeCard({
      anchor: request.anchor,
      card: { width: size?.width ?? 0, height: size?.height ?? 0 },
      viewport,
      margin: CARD_MARGIN,
    });
    draw(request, placement, safeWidth);
  }

  function announce(text: string): void {
    // Emptied first, so that opening the same card again is read out again.
    live.textContent = '';
    if (announceTimer !== null) clearTimeout(announceTimer);
    announceTimer = setTimeout(() => {
      announceTimer = null;
      live.textContent = text;
    }, 50);
  }

  function hide(): void {
    if (current === null) return;
    current = null;
    render(null, container);
    live.textContent = '';
    if (announceTimer !== null) clearTimeout(announceTimer);
    announceTimer = null;
  }

  return {
    element,
    shadowRoot,
    styleMode: styles.mode,
    get visible() {
      return current !== null;
    },
    show(request, { announce: when = 'new-term' } = {}) {
      const parent = request.topLayer ?? document.documentElement;
      if (element.parentNode !== parent) parent.append(element);
      const sameTerm = current?.content.termId === request.content.termId;
      current = request;
      place(request);
      if (!sameTerm || when === 'always') announce(cardAnnouncement(request.content, request.t));
    },
    reposition(anchor) {
      if (current === null) return;
      current = { ...current, anchor };
      place(current);
    },
    hide,
    containsEvent(event) {
      return typeof event.composedPath === 'function' && event.composedPath().includes(element);
    },
    focusLink() {
      const link = current === null ? null : container.querySelector<HTMLElement>('a[href]');
      if (link === null) return false;
      link.focus({ preventScroll: true });
      return shadowRoot.activeElement === link;
    },
    get holdsFocus() {
      return shadowRoot.activeElement !== null;
    },
    dispose() {
      hide();
      styles.remove();
      element.remove();
    },
  };
}
