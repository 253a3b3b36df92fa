/**
 * What the two cards drawn over pages (the glossary card, the peek card) share in their
 * shadow roots. Each kit bundles its own copy; the text is the same.
 */

/**
 * The host element: out of the page's flow and styles, at the top of the stacking order, and
 * sized from `font-size: medium` (the reader's default, not the page's) so that the card
 * follows browser zoom and the reader's font setting.
 */
export const CARD_HOST_CSS = `
:host {
  all: initial !important;
  position: fixed !important;
  inset: 0 auto auto 0 !important;
  width: 0 !important;
  height: 0 !important;
  overflow: visible !important;
  z-index: 2147483647 !important;
  font-size: medium !important;
}
`;

/**
 * The palette of the popup (components/shared/theme.css), light and dark, as custom
 * properties of `.card`; tests/unit/components/contrast.test.ts checks its contrast.
 */
export const CARD_PALETTE_CSS = `
.card {
  --bg: #ffffff;
  --text: #1b1f24;
  --muted: #4f5863;
  --border: #6b7480;
  --accent: #0a5bb0;
  --shadow: rgb(0 0 0 / 0.18);
}
.card[data-theme='dark'] {
  --bg: #22262b;
  --text: #e8eaed;
  --muted: #b1b8c0;
  --border: #8a939d;
  --accent: #8cc2ff;
  --shadow: rgb(0 0 0 / 0.5);
}
`;

/**
 * The surface every card drawn over a page shares, as declarations for its `.card` rule: the
 * palette's background, text, border and shadow, and fonts for both Chinese scripts.
 */
export const CARD_SURFACE_DECLARATIONS = `
  border: 1px solid var(--border);
  background: var(--bg);
  color: var(--text);
  box-shadow: 0 0.25em 1em var(--shadow);
  font-family: system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB',
    'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans CJK TC', sans-serif;
  font-weight: normal;
  font-style: normal;
`;

/** Text for screen readers only (the live region that reads a card out). */
export const VISUALLY_HIDDEN_CSS = `
.visually-hidden {
  position: absolute !important;
  width: 1px !important;
  height: 1px !important;
  margin: -1px !important;
  padding: 0 !important;
  overflow: hidden !important;
  clip-path: inset(50%) !important;
  white-space: nowrap !important;
  border: 0 !important;
}
`;
