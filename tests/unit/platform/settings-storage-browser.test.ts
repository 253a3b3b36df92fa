import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultSettings } from '../../../utils/settings/schema.ts';

// The default instance is wired to `browser.storage`; WXT's fake browser stands in for it.
vi.mock('wxt/browser', async () => {
  const { fakeBrowser: fake } = await import('wxt/testing/fake-browser');
  return { browser: fake };
});

const storage = await import('../../../utils/platform/settings-storage.ts');

describe('settings storage on browser.storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('saves to storage.sync under one key and reads it back', async () => {
    const settings = { ...defaultSettings(), target: 'tw' as const };
    await storage.saveSettings(settings);
    expect(await fakeBrowser.storage.sync.get('settings')).toEqual({ settings });
    expect((await storage.loadSettings()).settings).toEqual(settings);
  });

  it('keeps the user glossary in storage.local', async () => {
    await storage.saveUserGlossary([{ source: '光刻机' }]);
    expect(await fakeBrowser.storage.local.get('userGlossary')).toEqual({
      userGlossary: { revision: 1, terms: [{ source: '光刻机' }] },
    });
  });

  it('notifies watchers through storage.onChanged', async () => {
    const seen = vi.fn();
    const stop = storage.watchSettings(seen);
    await storage.saveSettings({ ...defaultSettings(), readingMode: 'peek' });
    await vi.waitFor(() =>
      expect(seen).toHaveBeenCalledWith(
        expect.objectContaining({ settings: expect.objectContaining({ readingMode: 'peek' }) }),
      ),
    );
    stop();
  });
});
