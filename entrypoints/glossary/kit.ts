import type { PageLayer } from '../reader/layers.ts';

/** The exports of the glossary kit, as registered in utils/platform/kits.ts. */
export interface GlossaryKit {
  createGlossaryLayer(): PageLayer;
}
