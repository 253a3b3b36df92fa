import type { PageLayer } from '../reader/layers.ts';
import type { GlossaryLayerOptions } from './layer.ts';

/** The exports of the glossary kit, as registered in utils/platform/kits.ts. */
export interface GlossaryKit {
  createGlossaryLayer(options?: GlossaryLayerOptions): PageLayer;
}
