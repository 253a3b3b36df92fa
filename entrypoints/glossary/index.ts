import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerKit } from '../../utils/platform/kits.ts';
import type { GlossaryKit } from './kit.ts';
import { createGlossaryLayer } from './layer.ts';

/**
 * The glossary kit: the built-in term pack, the matcher, the highlight and the card. Injected
 * by the reader session at the end of the first render that has the glossary on (or for a
 * next/previous-term command), never while it is off, so that the first conversion does not
 * wait for a script bigger than the reader kit itself.
 */
export default defineUnlistedScript(() => {
  const kit: GlossaryKit = { createGlossaryLayer };
  registerKit('glossary', kit);
});
