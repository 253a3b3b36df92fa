import { TEXT_BLOCK_TAGS } from './blocks.ts';
import { COMPANION_SELECTOR } from './companion.ts';

export { adoptStyleSheet } from './adopt-sheet.ts';

/**
 * Styles of the reading modes. They go in as constructed stylesheets (`adoptedStyleSheets`):
 * a page's Content-Security-Policy governs `<style>` elements and `style` attributes written
 * as markup, not the CSS object model, so this works on pages with a strict `style-src`.
 */

/** The accent that ties an original block to its companion. */
const PAIR_ACCENT = 'rgb(47 111 179 / 0.5)';

/**
 * Each pair shares one rule down its start edge, drawn on the block that holds both copies
 * (found with `:has()`); the companion sits after a dashed line, a little smaller and fainter
 * than the original. A line of a container (`<div>一段<br>…</div>`) shares its container
 * with other lines, so its companion carries the rule itself. `!important` where the page's
 * own resets (`p { padding: 0 }`, `span` rules) would otherwise undo the layout. Only logical
 * properties: in vertical writing (`writing-mode: vertical-rl`, common in Traditional
 * typesetting) the line goes between the columns and the rule along the top, and in a
 * right-to-left block the rule is on the right, with the padding on its side.
 */
export const COMPANION_CSS = `
:where(${[...TEXT_BLOCK_TAGS].join(', ')}):has(> ${COMPANION_SELECTOR}) {
  border-inline-start: 3px solid ${PAIR_ACCENT} !important;
  padding-inline-start: 0.75em !important;
}
${COMPANION_SELECTOR} {
  display: block !important;
  margin: 0 !important;
  margin-block-start: 0.35em !important;
  padding: 0 !important;
  padding-block-start: 0.3em !important;
  border-block-start: 1px dashed rgb(128 128 128 / 0.4);
  color: color-mix(in srgb, currentColor 74%, transparent);
  font-size: 0.94em;
}
:not(${[...TEXT_BLOCK_TAGS].join(', ')}) > ${COMPANION_SELECTOR} {
  border-inline-start: 3px solid ${PAIR_ACCENT};
  padding-inline-start: 0.75em !important;
}
`;

/**
 * The same look without a stylesheet, set through the CSS object model on the companion
 * itself (the rule down the edge then covers the companion only).
 */
export function styleCompanionInline(companion: HTMLElement): void {
  const style = companion.style;
  style.setProperty('display', 'block', 'important');
  style.setProperty('margin', '0', 'important');
  style.setProperty('margin-block-start', '0.35em', 'important');
  style.setProperty('padding', '0', 'important');
  style.setProperty('padding-block', '0.1em', 'important');
  style.setProperty('padding-inline-start', '0.75em', 'important');
  style.setProperty('border-block-start', '1px dashed rgb(128 128 128 / 0.4)');
  style.setProperty('border-inline-start', `3px solid ${PAIR_ACCENT}`);
  style.setProperty('color', 'color-mix(in srgb, currentColor 74%, transparent)');
  style.setProperty('font-size', '0.94em');
}
