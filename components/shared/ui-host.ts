import { adoptStyles, type AdoptedStyles } from './adopt-styles.ts';

/**
 * The element our UI is drawn in on a page (a card, the peek card), built the same way for each:
 * `<tag data-jianfan-ui="part">` with an open shadow root, which keeps the page's styles out
 * (`:host { all: initial }` in `css` keeps inherited ones out), styled by `adoptStyles` (a
 * constructed sheet, which a strict Content Security Policy allows). Inside, a container for
 * the view, and a visually hidden live region that reads it out: the page text it belongs to
 * cannot point at it with `aria-describedby` without changing the page.
 */
export interface UiHost {
  readonly element: HTMLElement;
  readonly shadowRoot: ShadowRoot;
  readonly styles: AdoptedStyles;
  /** Where the view renders. */
  readonly container: HTMLElement;
  /** The polite live region, after the container. */
  readonly live: HTMLElement;
}

export function createUiHost({
  document,
  tag,
  part,
  css,
}: {
  document: Document;
  tag: string;
  /** The `data-jianfan-ui` value, which tells our own elements from the page's. */
  part: string;
  css: string;
}): UiHost {
  const element = document.createElement(tag);
  element.setAttribute('data-jianfan-ui', part);
  const shadowRoot = element.attachShadow({ mode: 'open' });
  const styles = adoptStyles(shadowRoot, css);
  const container = document.createElement('div');
  const live = document.createElement('div');
  live.className = 'visually-hidden';
  live.setAttribute('aria-live', 'polite');
  shadowRoot.append(container, live);
  return { element, shadowRoot, styles, container, live };
}
