import { CARD_HOST_CSS, CARD_PALETTE_CSS, CARD_SURFACE_DECLARATIONS } from '../shared/card-css.ts';

/**
 * The notice's styles, for a constructed stylesheet in its shadow root (allowed under a strict
 * `style-src`). It sits at the top of the viewport, at the end of the line (the right in a
 * left-to-right page), in the glossary card's palette, and lets the pointer through: it only
 * says what changed.
 */
export const PAGE_NOTICE_CSS = `${CARD_HOST_CSS}${CARD_PALETTE_CSS}
.card {
  position: fixed;
  box-sizing: border-box;
  top: 16px;
  inset-inline-end: 16px;
  max-width: min(28em, calc(100vw - 32px));
  margin: 0;
  padding: 0.5em 0.9em;${CARD_SURFACE_DECLARATIONS}
  border-inline-start: 4px solid var(--accent);
  border-radius: 0.5em;
  font-size: 0.95em;
  line-height: 1.5;
  overflow-wrap: anywhere;
  pointer-events: none;
}
.card:empty {
  display: none;
}
`;
