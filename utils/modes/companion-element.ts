import { UI_ATTRIBUTE } from '../convert/dom-rules.ts';

/**
 * How the side-by-side mode's companion is written in the page (see companion.ts), apart from
 * the code that makes it: what reads the page, such as the report's title, finds it here
 * without importing the mode.
 */
export const COMPANION_TAG = 'jianfan-companion';
export const COMPANION_UI = 'companion';
export const COMPANION_SELECTOR = `${COMPANION_TAG}[${UI_ATTRIBUTE}="${COMPANION_UI}"]`;
