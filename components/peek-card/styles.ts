/**
 * The peek card's styles, for a constructable stylesheet in its shadow root (a page's
 * `style-src` blocks `<style>` elements and style attributes, not constructed sheets).
 *
 * Sizes are in em from the host's `font-size: medium`, the reader's own default, so the card
 * follows browser zoom and ignores a page that sets `html { font-size: 10px }`. The palette
 * is the popup's (components/shared/theme.css).
 */
export const PEEK_CARD_CSS = `
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
.card {
  --bg: #ffffff;
  --text: #1b1f24;
  --muted: #4f5863;
  --border: #6b7480;
  --accent: #0a5bb0;
  --shadow: rgb(0 0 0 / 0.18);
  position: fixed;
  box-sizing: border-box;
  width: max-content;
  min-width: 10em;
  max-width: min(34em, calc(100vw - 16px));
  overflow: auto;
  margin: 0;
  padding: 0.6em 0.9em 0.7em;
  border: 1px solid var(--border);
  border-inline-start: 4px solid var(--accent);
  border-radius: 0.5em;
  background: var(--bg);
  color: var(--text);
  box-shadow: 0 0.25em 1em var(--shadow);
  font-family: system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB',
    'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans CJK TC', sans-serif;
  font-size: 1em;
  font-weight: normal;
  font-style: normal;
  line-height: 1.65;
  text-align: start;
  letter-spacing: normal;
  overflow-wrap: anywhere;
  white-space: normal;
  cursor: auto;
}
.card[data-theme='dark'] {
  --bg: #22262b;
  --text: #e8eaed;
  --muted: #b1b8c0;
  --border: #8a939d;
  --accent: #8cc2ff;
  --shadow: rgb(0 0 0 / 0.5);
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
}
.visually-hidden {
  position: absolute;
  width: 1px;
  height: 1px;
  margin: -1px;
  padding: 0;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
  border: 0;
}
`;
