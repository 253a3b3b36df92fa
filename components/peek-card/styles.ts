import {
  CARD_HOST_CSS,
  CARD_PALETTE_CSS,
  CARD_SURFACE_DECLARATIONS,
  VISUALLY_HIDDEN_CSS,
} from '../shared/card-css.ts';

/**
 * The peek card's styles, for a constructable stylesheet in its shadow root (a page's
 * `style-src` blocks `<style>` elements and style attributes, not constructed sheets).
 *
 * Sizes are in em from the host's `font-size: medium`, the reader's own default, so the card
 * follows browser zoom and ignores a page that sets `html { font-size: 10px }`. The palette
 * is the popup's (components/shared/theme.css); the host, the palette and the hidden text are
 * shared with the glossary card (components/shared/card-css.ts).
 */
export const PEEK_CARD_CSS = `${CARD_HOST_CSS}${CARD_PALETTE_CSS}
.card {
  position: fixed;
  box-sizing: border-box;
  width: max-content;
  min-width: 10em;
  max-width: min(34em, calc(100vw - 16px));
  overflow: auto;
  margin: 0;
  padding: 0.6em 0.9em 0.7em;${CARD_SURFACE_DECLARATIONS}
  border-inline-start: 4px solid var(--accent);
  border-radius: 0.5em;
  font-size: 1em;
  line-height: 1.65;
  text-align: start;
  letter-spacing: normal;
  overflow-wrap: anywhere;
  white-space: normal;
  cursor: auto;
}
.label {
  margin: 0 0 0.25em;
  color: var(--muted);
  font-size: 0.8em;
  font-weight: 600;
  letter-spacing: 0.02em;
}
.text {
  margin: 0;
  /* The original's lines, where the page breaks them with <br> (a poem, an address). */
  white-space: pre-line;
}
${VISUALLY_HIDDEN_CSS}`;
