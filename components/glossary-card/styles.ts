import {
  CARD_HOST_CSS,
  CARD_PALETTE_CSS,
  CARD_SURFACE_DECLARATIONS,
  VISUALLY_HIDDEN_CSS,
} from '../shared/card-css.ts';

/**
 * The glossary's styles, as text for constructable stylesheets (see
 * components/shared/adopt-styles.ts): a page with `style-src 'self'` blocks `<style>` elements
 * and style attributes, but not sheets built with `new CSSStyleSheet()`.
 *
 * Sizes are in em from the host's `font-size: medium` (the reader's default
 * font size, not the page's), so the card grows with browser zoom and the
 * reader's font setting, and ignores a page that sets `html { font-size: 10px }`.
 * The host, the palette and the hidden text are shared with the peek card
 * (components/shared/card-css.ts).
 */

/** Styles inside the card's shadow root. */
export const CARD_CSS = `${CARD_HOST_CSS}${CARD_PALETTE_CSS}
.card {
  --badge-bg: #e6e9ed;
  --badge-text: #2f363d;
  position: fixed;
  box-sizing: border-box;
  width: max-content;
  min-width: 12em;
  max-width: min(26em, calc(100vw - 16px));
  overflow: auto;
  margin: 0;
  padding: 0.75em 0.9em;${CARD_SURFACE_DECLARATIONS}
  border-radius: 0.6em;
  font-size: 0.875em;
  line-height: 1.5;
  text-align: start;
  letter-spacing: normal;
  word-break: normal;
  overflow-wrap: anywhere;
  white-space: normal;
  cursor: auto;
}
.card[data-theme='dark'] {
  --badge-bg: #343a41;
  --badge-text: #e8eaed;
}
.card[hidden] {
  display: none;
}
.head {
  display: flex;
  flex-wrap: wrap;
  align-items: baseline;
  gap: 0.25em 0.6em;
  margin: 0 0 0.4em;
}
.term {
  font-size: 1.25em;
  font-weight: 600;
  line-height: 1.3;
}
.badge {
  display: inline-block;
  padding: 0 0.45em;
  border-radius: 0.4em;
  background: var(--badge-bg);
  color: var(--badge-text);
  font-size: 0.85em;
}
.forms {
  display: grid;
  grid-template-columns: auto 1fr;
  gap: 0.1em 0.75em;
  margin: 0 0 0.5em;
}
.forms dt {
  color: var(--muted);
  margin: 0;
}
.forms dd {
  margin: 0;
}
.region + .region::before {
  content: ' · ';
  color: var(--muted);
}
p {
  margin: 0 0 0.4em;
}
.secondary {
  color: var(--muted);
}
.label {
  color: var(--muted);
}
.meta {
  display: flex;
  flex-wrap: wrap;
  gap: 0.25em 1em;
  margin: 0.5em 0 0;
  color: var(--muted);
  font-size: 0.9em;
}
a {
  color: var(--accent);
  text-decoration: underline;
}
a:focus-visible {
  outline: 2px solid var(--accent);
  outline-offset: 2px;
}
${VISUALLY_HIDDEN_CSS}
@media (forced-colors: active) {
  .card {
    border-color: CanvasText;
    background: Canvas;
    color: CanvasText;
  }
  .badge {
    border: 1px solid CanvasText;
  }
}
`;

/** The name the terms are registered under in `CSS.highlights`. */
export const TERM_HIGHLIGHT_NAME = 'jianfan-term';

/**
 * Styles for the page itself. `::highlight()` only paints from a stylesheet
 * of the document the ranges are in, so this one is adopted by the page's
 * document (and removed again when the glossary goes). The span rule is for
 * browsers without the Highlight API, where terms are wrapped instead. Only a
 * few properties apply to highlights (colours, text decoration); a light wash
 * and a dotted underline read on light and dark pages alike.
 */
export const PAGE_TERM_CSS = `
::highlight(${TERM_HIGHLIGHT_NAME}) {
  background-color: rgb(255 191 0 / 0.22);
  text-decoration: underline dotted;
}
span[data-jianfan-ui='term'] {
  background-color: rgb(255 191 0 / 0.22);
  text-decoration: underline dotted;
}
@media (forced-colors: active) {
  ::highlight(${TERM_HIGHLIGHT_NAME}) {
    background-color: transparent;
    text-decoration: underline dotted;
  }
}
`;
