import { render } from 'preact';
import { CARD_MARGIN, topLayerHolder } from '../../utils/glossary/card-position.ts';
import { pageCardTheme, type CardTheme } from '../../utils/glossary/card-theme.ts';
import type { PeekCard as PeekCardView, PeekCardContent } from '../../utils/modes/peek.ts';
import { placePeekCard, readingBand } from '../../utils/modes/peek-position.ts';
import { createUiHost } from '../shared/ui-host.ts';
import { PeekCard, type PeekCardBox } from './PeekCard.tsx';
import { PEEK_CARD_CSS } from './styles.ts';

export const PEEK_HOST_TAG = 'jianfan-peek';
export const PEEK_CARD_ID = 'jianfan-peek-card';

/** The narrowest card, in pixels, next to a short paragraph (a heading, a cell). */
const MIN_CARD_WIDTH = 320;
/** A line of text, in pixels, where its computed line height is not known. */
const LINE_FALLBACK = 24;
/**
 * `line-height: normal` as a multiple of the font size: CJK fonts set theirs near 1.45, and
 * a band a little too tall around the pointer only keeps the card a little further away.
 */
const NORMAL_LINE_HEIGHT = 1.5;
/** Lines of the original the card shows at least, next to its paragraph, before it scrolls. */
const MIN_LINES_BESIDE = 3;

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
  const { element, shadowRoot, styles, container, live } = createUiHost({
    document,
    tag: PEEK_HOST_TAG,
    part: 'peek',
    css: PEEK_CARD_CSS,
  });

  let current: PeekCardContent | null = null;
  /** The side of its paragraph the card is on, kept while the page scrolls under it. */
  let side: 'below' | 'above' | null = null;

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
   * Draws the card out of sight, measures it, then puts it next to its paragraph, clear of it
   * where there is room, else clear of the lines the reader is on (`placePeekCard`). It is at
   * most as wide as the paragraph, so the original's lines run about as long as the page's.
   * A card cut to the viewport keeps how far the reader scrolled it (`scrollTop`), which the
   * measuring, without its maximum height, would lose; a card placed again for the same original
   * keeps its side while that side holds it.
   */
  function place(content: PeekCardContent, scrollTop: number): void {
    const theme = pageCardTheme(document, content.block);
    const block = (content.line ?? content.block).getBoundingClientRect();
    const viewport = viewportOf(document);
    const safeWidth = Math.max(0, viewport.width - 2 * CARD_MARGIN);
    const width = Math.min(Math.max(MIN_CARD_WIDTH, block.width), safeWidth);
    draw(content, theme, width, null);
    const card = cardElement();
    const size = card?.getBoundingClientRect();
    const height = size?.height ?? 0;
    const text = card?.querySelector('.text') ?? null;
    // The heading, the padding and a few lines of the original: less than that beside the
    // paragraph is not worth reading there.
    const chrome = Math.max(0, height - (text?.getBoundingClientRect().height ?? 0));
    const minHeight = Math.min(height, chrome + MIN_LINES_BESIDE * lineHeightOf(text));
    const focus = content.focus?.isConnected === true ? content.focus : null;
    const placement = placePeekCard({
      block,
      reading: readingBand({
        block,
        pointer: content.pointer,
        focus: focus?.getBoundingClientRect() ?? null,
        lineHeight: lineHeightOf(content.block),
      }),
      card: { width: size?.width ?? 0, height },
      viewport,
      minHeight,
      keepSide: side,
    });
    side = placement.side === 'over' ? null : placement.side;
    draw(content, theme, width, {
      left: placement.left,
      top: placement.top,
      maxHeight: placement.maxHeight,
    });
    const placed = cardElement();
    if (placed !== null) placed.scrollTop = scrollTop;
  }

  function hide(): void {
    if (current === null) return;
    current = null;
    side = null;
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
      // Another original starts at its top, on the side it fits best; the same one (the focus
      // moved inside its paragraph, the settings changed) stays where the reader scrolled it.
      if (!again) side = null;
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
      const lineHeight = lineHeightOf(card.querySelector('.text'));
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

/** An element's line height in pixels, as it is laid out. */
function lineHeightOf(element: Element | null): number {
  const style = element?.ownerDocument.defaultView?.getComputedStyle(element) ?? null;
  if (style === null) return LINE_FALLBACK;
  const lineHeight = style.lineHeight;
  if (lineHeight.endsWith('px')) return parseFloat(lineHeight) || LINE_FALLBACK;
  const fontSize = parseFloat(style.fontSize);
  if (!(fontSize > 0)) return LINE_FALLBACK;
  // A unitless line height is computed as the number itself.
  const factor = Number(lineHeight);
  return fontSize * (lineHeight !== '' && factor > 0 ? factor : NORMAL_LINE_HEIGHT);
}

function viewportOf(document: Document): { width: number; height: number } {
  const root = document.documentElement;
  const view = document.defaultView;
  return {
    width: root.clientWidth || view?.innerWidth || 0,
    height: (view?.innerHeight ?? 0) || root.clientHeight,
  };
}
