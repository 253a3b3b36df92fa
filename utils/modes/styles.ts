import { TEXT_BLOCK_TAGS } from './blocks.ts';
import { COMPANION_SELECTOR } from './companion.ts';

export { adoptStyleSheet } from './adopt-sheet.ts';

/**
 * Styles of the reading modes. They go in as constructed stylesheets (`adoptedStyleSheets`):
 * a page's Content-Security-Policy governs `<style>` elements and `style` attributes written
 * as markup, not the CSS object model, so this works on pages with a strict `style-src`.
 */

/**
 * The accent that ties an original block to its companion, and the line between them: opaque
 * mid tones, at least 3:1 against white and against a near-black page (WCAG 1.4.11), since one
 * sheet serves light and dark pages alike (4.1:1 and 4.3:1 against white and #17191c for the
 * accent, 3.9:1 and 4.5:1 for the line). Half-transparent, they were 2.1:1 on white and 1.8:1 on a dark page.
 */
const PAIR_ACCENT = 'rgb(64 128 196)';
const PAIR_LINE = 'rgb(128 128 128)';

/**
 * Each pair shares one rule down its start edge, drawn on the block that holds both copies
 * (found with `:has()`); the companion sits after a dashed line, a little smaller than the
 * original and in the block's own colour (`color: inherit`): it holds the reader's own script,
 * and is never the faded copy. A line of a container (`<div>一段<br>…</div>`) shares its
 * container with other lines, so its companion carries the rule itself. `!important` where the
 * page's own resets (`p { padding: 0 }`, `span` rules) would otherwise undo the layout. Only
 * logical properties: in vertical writing (`writing-mode: vertical-rl`, common in Traditional
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
  border-block-start: 1px dashed ${PAIR_LINE};
  color: inherit;
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
  style.setProperty('border-block-start', `1px dashed ${PAIR_LINE}`);
  style.setProperty('border-inline-start', `3px solid ${PAIR_ACCENT}`);
  style.setProperty('color', 'inherit');
  style.setProperty('font-size', '0.94em');
}
