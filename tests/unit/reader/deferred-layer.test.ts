import { describe, expect, it, vi } from 'vitest';
import { createDeferredLayer } from '../../../entrypoints/reader/deferred-layer.ts';
import type { PageLayer, PageState } from '../../../entrypoints/reader/layers.ts';
import type { TabCommand } from '../../../utils/messaging/protocol.ts';

// The glossary is loaded by the session through a deferred layer: its kit is injected the first
// time a render wants it, after that render's conversion. These tests drive the deferred layer
// with a stand-in for the loaded layer that records what reaches it.

function state(glossaryEnabled: boolean): PageState {
  return { glossaryEnabled } as PageState;
}

function recordingLayer() {
  const calls: string[] = [];
  const layer: PageLayer = {
    refresh: (s) => {
      calls.push(`refresh:${s.glossaryEnabled}`);
    },
    suspend: () => calls.push('suspend'),
    interrupt: () => calls.push('interrupt'),
    command: (name: TabCommand) => {
      calls.push(`command:${name}`);
    },
    stats: () => ({ termsFound: 7 }),
    dispose: () => calls.push('dispose'),
  };
  return { calls, layer };
}

/** A load that resolves when the test says so. */
function controlledLoad(layer: PageLayer) {
  let release: () => void = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  const load = vi.fn(async () => {
    await gate;
    return layer;
  });
  return { load, release: () => release() };
}

const COMMANDS: TabCommand[] = ['next-term', 'previous-term'];

/** A deferred layer set up as the session sets up the glossary's. */
function glossaryLike(load: () => Promise<PageLayer>): PageLayer {
  return createDeferredLayer({ wanted: (s) => s.glossaryEnabled, commands: COMMANDS, load });
}

describe('a layer loaded when a render first wants it', () => {
  it('loads nothing while the page does not want it, and counts nothing', async () => {
    const { layer } = recordingLayer();
    const load = vi.fn(async () => layer);
    const deferred = glossaryLike(load);
    await deferred.refresh(state(false));
    deferred.suspend?.();
    deferred.interrupt?.();
    await deferred.command?.('peek-focused', state(true));
    await deferred.command?.('next-term', state(false));
    expect(load).not.toHaveBeenCalled();
    expect(deferred.stats?.()).toEqual({});
    deferred.dispose();
    expect(load).not.toHaveBeenCalled();
  });

  it('loads once when wanted, refreshes it, then passes every call on', async () => {
    const { calls, layer } = recordingLayer();
    const load = vi.fn(async () => layer);
    const deferred = glossaryLike(load);
    await deferred.refresh(state(true));
    expect(calls).toEqual(['refresh:true']);
    // Loaded, it is refreshed even when the glossary is turned off, so that it takes its marks off.
    deferred.suspend?.();
    await deferred.refresh(state(false));
    deferred.interrupt?.();
    await deferred.command?.('peek-focused', state(true));
    expect(deferred.stats?.()).toEqual({ termsFound: 7 });
    deferred.dispose();
    expect(calls).toEqual([
      'refresh:true',
      'suspend',
      'refresh:false',
      'interrupt',
      'command:peek-focused',
      'dispose',
    ]);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('loads for one of its own commands, before any render wanted it', async () => {
    const { calls, layer } = recordingLayer();
    const load = vi.fn(async () => layer);
    const deferred = glossaryLike(load);
    await deferred.command?.('next-term', state(true));
    expect(calls).toEqual(['command:next-term']);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('leaves a refresh interrupted during the load to the newer render', async () => {
    const { calls, layer } = recordingLayer();
    const { load, release } = controlledLoad(layer);
    const deferred = glossaryLike(load);
    const first = deferred.refresh(state(true));
    deferred.interrupt?.();
    release();
    await first;
    expect(calls).toEqual([]);
    await deferred.refresh(state(true));
    expect(calls).toEqual(['refresh:true']);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('disposes a layer whose load ends after the session ended', async () => {
    const { calls, layer } = recordingLayer();
    const { load, release } = controlledLoad(layer);
    const deferred = glossaryLike(load);
    const refreshing = deferred.refresh(state(true));
    deferred.dispose();
    release();
    await refreshing;
    expect(calls).toEqual(['dispose']);
    await deferred.refresh(state(true));
    expect(calls).toEqual(['dispose']);
  });

  it('goes on without the layer when the load fails, and tries again at the next render', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { calls, layer } = recordingLayer();
    const load = vi
      .fn<() => Promise<PageLayer>>()
      .mockRejectedValueOnce(new Error('The glossary kit did not load: frame gone'))
      .mockResolvedValue(layer);
    const deferred = glossaryLike(load);
    await expect(deferred.refresh(state(true))).resolves.toBeUndefined();
    expect(calls).toEqual([]);
    expect(warn).toHaveBeenCalledTimes(1);
    await deferred.refresh(state(true));
    expect(calls).toEqual(['refresh:true']);
    expect(load).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });

  it('says nothing when a load fails after the session ended', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    let fail: (error: Error) => void = () => {};
    const load = vi.fn(() => new Promise<PageLayer>((_resolve, reject) => (fail = reject)));
    const deferred = glossaryLike(load);
    const refreshing = deferred.refresh(state(true));
    deferred.dispose();
    fail(new Error('Extension context invalidated.'));
    await refreshing;
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });
});
