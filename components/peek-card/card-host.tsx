import { render } from 'preact';
import { CARD_MARGIN, placeCard, topLayerHolder } from '../../utils/glossary/card-position.ts';
import { pageCardTheme, type CardTheme } from '../../utils/glossary/card-theme.ts';
import type { RectLike } from '../../utils/glossary/hit-test.ts';
import type { PeekCard as PeekCardView, PeekCardContent } from '../../utils/modes/peek.ts';
import { adoptStyles } from '../shared/adopt-styles.ts';
import { PeekCard, type PeekCardBox } from './PeekCard.tsx';
import { PEEK_CARD_CSS } from './styles.ts';

export const PEEK_HOST_TAG = 'jianfan-peek';
export const PEEK_CARD_ID = 'jianfan-peek-card';

/** A paragraph taller than this share of the viewport is anchored at the pointer's line. */
const TALL_BLOCK = 1 / 3;
/** The narrowest card, in pixels, next to a short paragraph (a heading, a cell). */
const MIN_CARD_WIDTH = 320;
/** Half the height of the line box assumed around the pointer. */
const POINTER_LINE = 14;
/** A line of the card's text, in pixels, where its computed line height is not known. */
const LINE_FALLBACK = 24;

export interface PeekCardHost extends PeekCardView {
  /** `<jianfan-peek data-jianfan-ui="peek">`, in the page only while the card shows. */
  readonly element: HTMLElement;
  readonly shadowRoot: ShadowRoot;
  readonly visible: boolean;
}

/**
 * The peek card's host: an open shadow root (the page's styles stay out, `:host { all:
 * initial }` keeps inherited ones out) on an element appended to the root element, so a page
 * that rewrites its body does not take it along. The element leaves the page whenever the card
 * hides, so nothing of it stays in the page between peeks. Styles are a constructed sheet,
 * which a strict Content Security Policy allows; a `<style>` element only where the browser
 * has no constructable stylesheets.
 *
 * A visually hidden live region reads the original out when the card opens: the paragraph
 * cannot point at the card with `aria-describedby` without changing the page.
 */
export function createPeekCardHost({
  document,
  uiLang,
}: {
  document: Document;
  /** The `lang` of the card's heading. */
  uiLang: () => string;
}): PeekCardHost {
  const element = document.createElement(PEEK_HOST_TAG);
  element.setAttribute('data-jianfan-ui', 'peek');
  const shadowRoot = element.attachShadow({ mode: 'open' });
  const styles = adoptStyles(shadowRoot, PEEK_CARD_CSS);
  const container = document.createElement('div');
  const live = document.createElement('div');
  live.className = 'visually-hidden';
  live.setAttribute('aria-live', 'polite');
  shadowRoot.append(container, live);

  let current: PeekCardContent | null = null;

  function draw(
    content: PeekCardContent,
    theme: CardTheme,
    width: number,
    box: PeekCardBox | null,
  ) {
    render(
      <PeekCard
        id={PEEK_CARD_ID}
        label={content.label}
        text={content.text}
        lang={content.lang}
        uiLang={uiLang()}
        theme={theme}
        width={width}
        box={box}
      />,
      container,
    );
  }

  function cardElement(): HTMLElement | null {
    return container.firstElementChild as HTMLElement | null;
  }

  /**
   * Draws the card out of sight, measures it, then puts it next to its paragraph. It is at
   * most as wide as the paragraph, so the original's lines run about as long as the page's.
   * A card cut to the viewport keeps how far the reader scrolled it (`scrollTop`), which the
   * measuring, without its maximum height, would lose.
   */
  function place(content: PeekCardContent, scrollTop: number): void {
    const theme = pageCardTheme(document, content.block);
    const anchor = anchorOf(content);
    const viewport = viewportOf(document);
    const safeWidth = Math.max(0, viewport.width - 2 * CARD_MARGIN);
    const width = Math.min(Math.max(MIN_CARD_WIDTH, anchor.width), safeWidth);
    draw(content, theme, width, null);
    const size = container.firstElementChild?.getBoundingClientRect();
    const placement = placeCard({
      anchor,
      card: { width: size?.width ?? 0, height: size?.height ?? 0 },
      viewport,
    });
    draw(content, theme, width, {
      left: placement.left,
      top: placement.top,
      maxHeight: placement.maxHeight,
    });
    const card = cardElement();
    if (card !== null) card.scrollTop = scrollTop;
  }

  function hide(): void {
    if (current === null) return;
    current = null;
    render(null, container);
    live.textContent = '';
    element.remove();
  }

  return {
    element,
    shadowRoot,
    get visible() {
      return current !== null;
    },
    show(content) {
      // In the browser's top layer (a modal dialog, a popover, a fullscreen view), the card must
      // be inside the element that holds the paragraph to be seen, and heard: a modal dialog
      // makes the rest of the page inert.
      const parent = topLayerHolder(content.block) ?? document.documentElement;
      if (element.parentNode !== parent) parent.append(element);
      const again = current?.block === content.block && current.text === content.text;
      current = content;
      // Another original starts at its top; the same one (the focus moved inside its
      // paragraph, the settings changed) stays where the reader scrolled it.
      place(content, again ? (cardElement()?.scrollTop ?? 0) : 0);
      if (!again) live.textContent = `${content.label}: ${content.text}`;
    },
    reposition() {
      if (current !== null) place(current, cardElement()?.scrollTop ?? 0);
    },
    scroll(by, direction) {
      const card = cardElement();
      if (current === null || card === null) return false;
      // Sub-pixel sizes at a zoom: a pixel of slack is no overflow.
      const room = card.scrollHeight - card.clientHeight;
      const at = card.scrollTop;
      if (direction > 0 ? at >= room - 1 : at <= 0) return false;
      // A line as the card sets it; a page keeps one line of the last in sight, as browsers do.
      const text = card.querySelector('.text');
      const computed =
        text !== null ? (document.defaultView?.getComputedStyle(text).lineHeight ?? '') : '';
      const lineHeight = computed.endsWith('px')
        ? parseFloat(computed) || LINE_FALLBACK
        : LINE_FALLBACK;
      const step =
        by === 'line' ? lineHeight : Math.max(lineHeight, card.clientHeight - lineHeight);
      card.scrollTop = at + direction * step;
      return true;
    },
    hide,
    dispose() {
      hide();
      styles.remove();
    },
  };
}

/**
 * The paragraph's box (or the line's, for a line of a container); for a tall one, the focused
 * element's lines for a card the focus asked for (the card goes beside them, never over them),
 * else the line under the pointer.
 */
function anchorOf(content: PeekCardContent): RectLike {
  const rect = (content.line ?? content.block).getBoundingClientRect();
  const view = content.block.ownerDocument.defaultView;
  const viewportHeight = view?.innerHeight ?? 0;
  const tall = viewportHeight > 0 && rect.height > viewportHeight * TALL_BLOCK;
  const focus = content.focus;
  if (tall && focus !== undefined && focus.isConnected) {
    const box = focus.getBoundingClientRect();
    // The paragraph's width, for a card as wide as its lines.
    return {
      left: rect.left,
      right: rect.right,
      width: rect.width,
      top: box.top,
      bottom: box.bottom,
      height: box.height,
    };
  }
  const pointer = content.pointer;
  if (pointer !== null && tall) {
    // The pointer stays where it was as the page scrolls: past the paragraph's end, its line
    // is the paragraph's nearest one.
    const y = Math.min(Math.max(pointer.y, rect.top), rect.bottom);
    const top = Math.max(rect.top, y - POINTER_LINE);
    const bottom = Math.min(rect.bottom, y + POINTER_LINE);
    return {
      left: rect.left,
      right: rect.right,
      width: rect.width,
      top,
      bottom,
      height: bottom - top,
    };
  }
  return rect;
}

function viewportOf(document: Document): { width: number; height: number } {
  const root = document.documentElement;
  const view = document.defaultView;
  return {
    width: root.clientWidth || view?.innerWidth || 0,
    height: (view?.innerHeight ?? 0) || root.clientHeight,
  };
}
