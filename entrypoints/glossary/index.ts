import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerKit } from '../../utils/platform/kits.ts';
import type { GlossaryKit } from './kit.ts';
import { createGlossaryLayer } from './layer.ts';

/**
 * The glossary kit: the built-in term pack, the matcher, the highlight and the card. Injected
 * by the reader session after its first render, and only while the glossary is on, so that
 * the first conversion does not wait for a script twice its size.
 */
export default defineUnlistedScript(() => {
  const kit: GlossaryKit = { createGlossaryLayer };
  registerKit('glossary', kit);
});
