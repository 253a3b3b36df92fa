import type { TabCommand } from '../../utils/messaging/protocol.ts';
import type { PageLayer, PageState } from './layers.ts';

export interface DeferredLayerOptions {
  /** Whether the page, as now rendered, needs the layer at all. */
  wanted: (state: PageState) => boolean;
  /** The tab commands that are the layer's own: one of them loads it. */
  commands: readonly TabCommand[];
  /** Loads the layer (injects its kit); called at most once at a time, again after a failure. */
  load: () => Promise<PageLayer>;
}

/**
 * A layer whose code is loaded the first time a render wants it, after that render's
 * conversion, instead of before the session starts. Until then it has nothing on the page:
 * suspending, interrupting or disposing it is a no-op, and it counts nothing.
 *
 * A refresh that a newer render interrupted while the layer loaded is left to that render.
 * A failed load is reported and tried again by the next render that wants the layer; the
 * rest of the session goes on without it.
 */
export function createDeferredLayer({ wanted, commands, load }: DeferredLayerOptions): PageLayer {
  let layer: PageLayer | null = null;
  let loading: Promise<PageLayer | null> | null = null;
  let disposed = false;
  /** Counts interruptions, so that a refresh can tell one came while it waited for the load. */
  let interruptions = 0;

  function ensureLoaded(): Promise<PageLayer | null> {
    loading ??= load().then(
      (loaded) => {
        if (disposed) {
          loaded.dispose();
          return null;
        }
        layer = loaded;
        return loaded;
      },
      (error: unknown) => {
        // A session that has ended (the extension was updated meanwhile) has nothing to say.
        if (!disposed) console.warn('Jianfan Reader: a page feature could not be loaded', error);
        loading = null;
        return null;
      },
    );
    return loading;
  }

  return {
    async refresh(state) {
      if (layer !== null) return layer.refresh(state);
      if (disposed || !wanted(state)) return;
      const before = interruptions;
      const loaded = await ensureLoaded();
      if (loaded === null || interruptions !== before) return;
      await loaded.refresh(state);
    },

    suspend() {
      layer?.suspend?.();
    },

    interrupt() {
      interruptions += 1;
      layer?.interrupt?.();
    },

    async command(name, state) {
      if (layer === null && (!commands.includes(name) || disposed || !wanted(state))) return;
      const loaded = layer ?? (await ensureLoaded());
      await loaded?.command?.(name, state);
    },

    stats() {
      return layer?.stats?.() ?? {};
    },

    dispose() {
      disposed = true;
      layer?.dispose();
      layer = null;
    },
  };
}
