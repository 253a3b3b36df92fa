import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  GlossaryConflictError,
  SettingsValidationError,
  StorageQuotaError,
  createSettingsStorage,
  extensionLock,
  inLine,
  type LoadedSettings,
} from '../../../utils/platform/settings-storage.ts';
import { SYNC_QUOTA_BYTES_PER_ITEM } from '../../../utils/settings/quota.ts';
import { defaultSettings, type Settings } from '../../../utils/settings/schema.ts';
import { storageDouble } from './storage-double.ts';

const CUSTOM: Settings = { ...defaultSettings(), target: 'hk', readingMode: 'parallel' };
const quiet = { log: () => {} };

function oversized(): Settings {
  return {
    ...defaultSettings(),
    disabledBuiltInTerms: Array.from({ length: 450 }, (_, i) => `term-${i}-${'x'.repeat(20)}`),
  };
}

describe('settings storage', () => {
  let storage: ReturnType<typeof storageDouble>;
  beforeEach(() => {
    storage = storageDouble();
  });

  it('gives the defaults when nothing is stored, without writing anything', async () => {
    const store = createSettingsStorage(storage, quiet);
    const loaded = await store.loadSettings();
    expect(loaded).toMatchObject({ settings: defaultSettings(), problems: [], area: 'sync' });
    expect(storage.sync.writes + storage.local.writes).toBe(0);
  });

  it('saves to sync and reads it back', async () => {
    const store = createSettingsStorage(storage, quiet);
    expect(await store.saveSettings(CUSTOM)).toEqual({ area: 'sync' });
    expect(storage.sync.read('settings')).toEqual(CUSTOM);
    expect((await store.loadSettings()).settings).toEqual(CUSTOM);
  });

  it('falls back to storage.local when sync throws, for reading and for saving', async () => {
    storage.sync.unavailable = new Error('The storage API is not available: sync is disabled');
    const store = createSettingsStorage(storage, quiet);
    expect((await store.loadSettings()).area).toBe('local');
    expect(await store.saveSettings(CUSTOM)).toEqual({ area: 'local' });
    expect(storage.local.read('settings')).toEqual(CUSTOM);
    const loaded = await store.loadSettings();
    expect(loaded.settings).toEqual(CUSTOM);
    expect(loaded.area).toBe('local');
  });

  it('works where the browser has no sync area at all', async () => {
    const { sync: _sync, ...withoutSync } = storage;
    const store = createSettingsStorage(withoutSync, quiet);
    await store.saveSettings(CUSTOM);
    expect((await store.loadSettings()).settings).toEqual(CUSTOM);
    expect(storage.sync.writes).toBe(0);
  });

  it('prefers the local copy left by a failed sync write, and drops it after the next sync write', async () => {
    const store = createSettingsStorage(storage, quiet);
    await store.saveSettings(CUSTOM);
    storage.sync.unavailable = new Error('sync backend down');
    const newer = { ...CUSTOM, target: 'tw' as const };
    await store.saveSettings(newer);
    storage.sync.unavailable = null;
    expect((await store.loadSettings()).settings.target).toBe('tw');

    const newest = { ...CUSTOM, target: 'cn' as const };
    expect(await store.saveSettings(newest)).toEqual({ area: 'sync' });
    expect(storage.local.read('settings')).toBeUndefined();
    expect((await store.loadSettings()).settings.target).toBe('cn');
  });

  it('refuses settings over the sync quota with a clear error and keeps the previous value', async () => {
    const store = createSettingsStorage(storage, quiet);
    await store.saveSettings(CUSTOM);
    const error = await store.saveSettings(oversized()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageQuotaError);
    expect((error as StorageQuotaError).message).toMatch(/KB/);
    expect((error as StorageQuotaError).check.bytes).toBeGreaterThan(SYNC_QUOTA_BYTES_PER_ITEM);
    expect(storage.sync.read('settings')).toEqual(CUSTOM);
    expect(storage.local.read('settings')).toBeUndefined();
  });

  it('keeps the previous value when the browser itself reports a quota error', async () => {
    const store = createSettingsStorage(storage, quiet);
    await store.saveSettings(CUSTOM);
    storage.sync.quotaBytesPerItem = 50;
    await expect(store.saveSettings({ ...CUSTOM, target: 'tw' })).rejects.toBeInstanceOf(
      StorageQuotaError,
    );
    expect(storage.sync.read('settings')).toEqual(CUSTOM);
    // A quota refusal is not an outage: nothing goes to the local fallback either.
    expect(storage.local.read('settings')).toBeUndefined();
  });

  it('keeps a change on this device when Chrome limits how often sync is written', async () => {
    const store = createSettingsStorage(storage, quiet);
    await store.saveSettings(CUSTOM);
    const realSet = storage.sync.set.bind(storage.sync);
    storage.sync.set = async () => {
      throw new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.');
    };
    const newer = { ...CUSTOM, target: 'tw' as const };
    // Not a size problem: saved, locally, until sync takes writes again.
    expect(await store.saveSettings(newer)).toEqual({ area: 'local' });
    expect((await store.loadSettings()).settings.target).toBe('tw');
    storage.sync.set = realSet;
    expect(await store.saveSettings({ ...newer, target: 'hk' })).toEqual({ area: 'sync' });
    expect(storage.local.read('settings')).toBeUndefined();
  });

  it('resets to the defaults even when the synced copy cannot be cleared', async () => {
    const store = createSettingsStorage(storage, quiet);
    await store.saveSettings(CUSTOM);
    storage.sync.remove = async () => {
      throw new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.');
    };
    expect(await store.resetSettings()).toEqual(defaultSettings());
    expect((await store.loadSettings()).settings).toEqual(defaultSettings());
  });

  it('refuses invalid settings without writing', async () => {
    const store = createSettingsStorage(storage, quiet);
    const bad = { ...CUSTOM, readingMode: 'sideways' } as unknown as Settings;
    await expect(store.saveSettings(bad)).rejects.toBeInstanceOf(SettingsValidationError);
    expect(storage.sync.writes).toBe(0);
  });

  it('migrates an old stored value and writes the result back, in a context holding the extension’s lock', async () => {
    storage.sync.seed('settings', { version: 1, targetScript: 'hans', autoConvert: false });
    const store = createSettingsStorage({ ...storage, exclusive: inLine() }, quiet);
    const loaded = await store.loadSettings();
    expect(loaded.migratedFrom).toBe(1);
    expect(loaded.settings).toMatchObject({ target: 'cn', autoConvert: 'none' });
    expect(storage.sync.read('settings')).toEqual(loaded.settings);
  });

  it('migrates an old stored value in a content script, which holds no lock, and writes nothing', async () => {
    const old = { version: 1, targetScript: 'hans', autoConvert: false };
    storage.sync.seed('settings', old);
    const contentScript = createSettingsStorage(storage, quiet);
    const loaded = await contentScript.loadSettings();
    expect(loaded.settings).toMatchObject({ target: 'cn', autoConvert: 'none' });
    expect(storage.sync.read('settings')).toEqual(old);
    expect(storage.sync.writes + storage.local.writes).toBe(0);
  });

  it('asks sync again when it fails to answer before a change, and stores the change over the synced settings', async () => {
    await createSettingsStorage(storage, quiet).saveSettings(CUSTOM);
    const store = createSettingsStorage(storage, quiet);
    const get = storage.sync.get.bind(storage.sync);
    let failures = 2;
    storage.sync.get = async (keys) => {
      if (failures-- > 0) throw new Error('An unexpected error occurred');
      return get(keys);
    };
    const saved = await store.changeSettings({ glossaryEnabled: false });
    expect(saved).toEqual({ ...CUSTOM, glossaryEnabled: false });
    expect(storage.sync.read('settings')).toEqual({ ...CUSTOM, glossaryEnabled: false });
    expect(storage.local.read('settings')).toBeUndefined();
  });

  it('keeps a change on this device while sync does not answer, and puts it over the synced settings once sync does', async () => {
    await createSettingsStorage(storage, quiet).saveSettings(CUSTOM);
    const store = createSettingsStorage(storage, quiet);
    const get = storage.sync.get.bind(storage.sync);
    storage.sync.get = async () => {
      throw new Error('An unexpected error occurred');
    };
    const saved = await store.changeSettings({ glossaryEnabled: false });
    // Sync gave nothing, so the change went over the defaults, and is kept on this device only.
    expect(saved).toEqual({ ...defaultSettings(), glossaryEnabled: false });
    expect(storage.sync.read('settings')).toEqual(CUSTOM);
    expect(storage.local.read('settings')).toEqual(saved);
    expect((await store.loadSettings()).settings).toEqual(saved);
    // Sync answers again: the synced settings come back, with the change made meanwhile, which
    // the next change stores in sync with its own.
    storage.sync.get = get;
    expect((await store.loadSettings()).settings).toEqual({ ...CUSTOM, glossaryEnabled: false });
    await store.changeSettings({ target: 'tw' });
    expect(storage.sync.read('settings')).toEqual({
      ...CUSTOM,
      glossaryEnabled: false,
      target: 'tw',
    });
    expect(storage.local.read('settings')).toBeUndefined();
    expect(storage.local.read('settingsLocalFields')).toBeUndefined();
  });
  it('leaves a damaged value in place so the options page can report it', async () => {
    storage.sync.seed('settings', { version: 4, target: 'mars', readingMode: 'parallel' });
    const store = createSettingsStorage(storage, quiet);
    const loaded = await store.loadSettings();
    expect(loaded.settings).toMatchObject({ target: 'auto', readingMode: 'parallel' });
    expect(loaded.problems.map((p) => p.field)).toEqual(['target']);
    expect(storage.sync.read('settings')).toEqual({
      version: 4,
      target: 'mars',
      readingMode: 'parallel',
    });
  });

  it('updates one field in a single call', async () => {
    const store = createSettingsStorage(storage, quiet);
    await store.saveSettings(CUSTOM);
    await store.updateSettings((s) => ({
      ...s,
      siteRules: [{ pattern: 'example.com', mode: 'never' }],
    }));
    expect((await store.loadSettings()).settings).toEqual({
      ...CUSTOM,
      siteRules: [{ pattern: 'example.com', mode: 'never' }],
    });
  });

  it('resets to the defaults in both areas', async () => {
    const store = createSettingsStorage(storage, quiet);
    await store.saveSettings(CUSTOM);
    storage.local.seed('settings', CUSTOM);
    await store.resetSettings();
    expect((await store.loadSettings()).settings).toEqual(defaultSettings());
  });

  it('tells watchers about changes from either area, and stops when asked', async () => {
    const store = createSettingsStorage(storage, quiet);
    const seen: LoadedSettings[] = [];
    const stop = store.watchSettings((loaded) => seen.push(loaded));
    await store.saveSettings(CUSTOM);
    await vi.waitFor(() => expect(seen.at(-1)?.settings).toEqual(CUSTOM));
    storage.local.seed('unrelated', 1);
    await storage.local.set({ unrelated: 2 });
    const count = seen.length;
    stop();
    await store.saveSettings({ ...CUSTOM, target: 'tw' });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(seen.length).toBe(count);
  });
});

/**
 * Two extension pages (the popup and the options page, say) over one browser storage, their
 * changes put in line by one lock, as the extension's Web Lock does between its contexts.
 */
function twoPages(storage: ReturnType<typeof storageDouble>) {
  const shared = { ...storage, exclusive: inLine() };
  return [createSettingsStorage(shared, quiet), createSettingsStorage(shared, quiet)] as const;
}

describe('changes made at the same moment', () => {
  it('keeps both when two pages change different settings at once', async () => {
    const storage = storageDouble();
    const [popup, options] = twoPages(storage);
    await Promise.all([
      popup.changeSettings({ target: 'hk' }),
      options.changeSettings({
        readingMode: 'parallel',
        siteRules: [{ pattern: 'a.cn', mode: 'never' }],
      }),
    ]);
    expect(storage.sync.read('settings')).toMatchObject({
      target: 'hk',
      readingMode: 'parallel',
      siteRules: [{ pattern: 'a.cn', mode: 'never' }],
    });
  });

  it('gives each change the settings stored with it, the other page’s change included', async () => {
    const storage = storageDouble();
    const [popup, options] = twoPages(storage);
    const [, second] = await Promise.all([
      popup.changeSettings({ glossaryEnabled: false }),
      options.changeSettings({ peekModifier: 'Shift' }),
    ]);
    expect(second).toMatchObject({ glossaryEnabled: false, peekModifier: 'Shift' });
  });

  it('puts one page’s own changes in line without any lock', async () => {
    const storage = storageDouble();
    const store = createSettingsStorage(storage, quiet);
    await Promise.all([
      store.changeSettings({ target: 'tw' }),
      store.updateSettings((s) => ({ ...s, repairMirrors: false })),
      store.changeSettings({ uiLanguage: 'en' }),
    ]);
    expect(storage.sync.read('settings')).toMatchObject({
      target: 'tw',
      repairMirrors: false,
      uiLanguage: 'en',
    });
  });

  it('does not let a content script write a migrated old value over a change stored meanwhile', async () => {
    const storage = storageDouble();
    storage.sync.seed('settings', { version: 1, targetScript: 'hans', autoConvert: false });
    const contentScript = createSettingsStorage(storage, quiet);
    const options = createSettingsStorage({ ...storage, exclusive: inLine() }, quiet);
    await Promise.all([contentScript.loadSettings(), options.changeSettings({ target: 'hk' })]);
    expect(storage.sync.read('settings')).toMatchObject({
      target: 'hk',
      autoConvert: 'none',
    });
  });

  it('does not write a migrated old value over a change stored meanwhile', async () => {
    const storage = storageDouble();
    storage.sync.seed('settings', { version: 1, targetScript: 'hans', autoConvert: false });
    const [background, options] = twoPages(storage);
    await Promise.all([background.loadSettings(), options.changeSettings({ target: 'hk' })]);
    expect(storage.sync.read('settings')).toMatchObject({
      target: 'hk',
      autoConvert: 'none',
    });
  });

  it('lets one of two glossary saves against the same revision through, and refuses the other', async () => {
    const storage = storageDouble();
    const [menu, options] = twoPages(storage);
    const results = await Promise.allSettled([
      menu.saveUserGlossary(['from the menu'], { expectedRevision: 0 }),
      options.saveUserGlossary(['from the options'], { expectedRevision: 0 }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected']);
    expect((results[1] as PromiseRejectedResult).reason).toBeInstanceOf(GlossaryConflictError);
    expect(storage.local.read('userGlossary')).toEqual({ revision: 1, terms: ['from the menu'] });
  });

  it('goes on after a refused change', async () => {
    const storage = storageDouble();
    const store = createSettingsStorage(storage, quiet);
    const results = await Promise.allSettled([
      store.changeSettings({ readingMode: 'sideways' } as unknown as { readingMode: 'peek' }),
      store.changeSettings({ target: 'cn' }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled']);
    expect(storage.sync.read('settings')).toMatchObject({ target: 'cn', readingMode: 'converted' });
  });
});

describe('the lock between the extension’s contexts', () => {
  afterEach(() => vi.unstubAllGlobals());

  function stubContext(protocol: string) {
    const names: string[] = [];
    vi.stubGlobal('location', { protocol });
    vi.stubGlobal('navigator', {
      locks: {
        request: (name: string, task: () => Promise<unknown>) => {
          names.push(name);
          return task();
        },
      },
    });
    return names;
  }

  it('is the origin’s Web Lock in the extension’s own pages and workers', async () => {
    for (const protocol of ['chrome-extension:', 'moz-extension:']) {
      const names = stubContext(protocol);
      const lock = extensionLock();
      expect(await lock!(async () => 'done')).toBe('done');
      expect(names).toEqual(['jianfan-reader-storage']);
    }
  });

  it('is none in a web page, whose own scripts could hold a lock of that name', () => {
    stubContext('https:');
    expect(extensionLock()).toBeUndefined();
  });

  it('is none where the browser has no Web Locks', () => {
    vi.stubGlobal('location', { protocol: 'moz-extension:' });
    vi.stubGlobal('navigator', {});
    expect(extensionLock()).toBeUndefined();
  });
});

describe('user glossary storage', () => {
  it('bumps the revision on every save', async () => {
    const storage = storageDouble();
    const store = createSettingsStorage(storage, quiet);
    expect((await store.loadUserGlossary()).glossary).toEqual({ revision: 0, terms: [] });
    const first = await store.saveUserGlossary(['a']);
    const second = await store.saveUserGlossary(['a', 'b']);
    expect([first.revision, second.revision]).toEqual([1, 2]);
    expect(storage.local.read('userGlossary')).toEqual({ revision: 2, terms: ['a', 'b'] });
  });

  it('refuses to overwrite a glossary saved elsewhere in the meantime', async () => {
    const store = createSettingsStorage(storageDouble(), quiet);
    await store.saveUserGlossary(['a']);
    await expect(store.saveUserGlossary(['b'], { expectedRevision: 0 })).rejects.toBeInstanceOf(
      GlossaryConflictError,
    );
    expect((await store.saveUserGlossary(['b'], { expectedRevision: 1 })).revision).toBe(2);
  });

  it('refuses a glossary over the local quota and keeps the stored one', async () => {
    const storage = storageDouble();
    const store = createSettingsStorage(storage, quiet);
    await store.saveUserGlossary(['a']);
    const huge = ['x'.repeat(11 * 1024 * 1024)];
    await expect(store.saveUserGlossary(huge)).rejects.toBeInstanceOf(StorageQuotaError);
    expect(storage.local.read('userGlossary')).toEqual({ revision: 1, terms: ['a'] });
  });

  it('lifts the local quota with unlimitedStorage', async () => {
    const storage = { ...storageDouble(), hasUnlimitedStorage: async () => true };
    const store = createSettingsStorage(storage, quiet);
    const huge = ['x'.repeat(11 * 1024 * 1024)];
    expect((await store.saveUserGlossary(huge)).revision).toBe(1);
  });
});

describe('applying an import', () => {
  it('stores settings and glossary together', async () => {
    const storage = storageDouble();
    const store = createSettingsStorage(storage, quiet);
    await store.applyImport({ settings: CUSTOM, userGlossary: { revision: 5, terms: ['t'] } });
    expect((await store.loadSettings()).settings).toEqual(CUSTOM);
    expect((await store.loadUserGlossary()).glossary).toEqual({ revision: 5, terms: ['t'] });
  });

  it('changes nothing when the settings would not fit', async () => {
    const storage = storageDouble();
    const store = createSettingsStorage(storage, quiet);
    await store.saveSettings(CUSTOM);
    await expect(
      store.applyImport({ settings: oversized(), userGlossary: { revision: 5, terms: ['t'] } }),
    ).rejects.toBeInstanceOf(StorageQuotaError);
    expect(storage.sync.read('settings')).toEqual(CUSTOM);
    expect(storage.local.read('userGlossary')).toBeUndefined();
  });

  it('changes nothing when the glossary was saved since the import was checked', async () => {
    const storage = storageDouble();
    const store = createSettingsStorage(storage, quiet);
    await store.saveSettings(CUSTOM);
    await store.saveUserGlossary(['a']);
    // Checked against revision 1; another page then saved term b (revision 2).
    await store.saveUserGlossary(['a', 'b']);
    await expect(
      store.applyImport(
        { settings: defaultSettings(), userGlossary: { revision: 2, terms: ['a', 'c'] } },
        { expectedRevision: 1 },
      ),
    ).rejects.toBeInstanceOf(GlossaryConflictError);
    expect(storage.sync.read('settings')).toEqual(CUSTOM);
    expect((await store.loadUserGlossary()).glossary).toEqual({ revision: 2, terms: ['a', 'b'] });
    // Checked against what is stored, it goes through.
    await store.applyImport(
      { settings: defaultSettings(), userGlossary: { revision: 3, terms: ['a', 'b', 'c'] } },
      { expectedRevision: 2 },
    );
    expect((await store.loadUserGlossary()).glossary.terms).toEqual(['a', 'b', 'c']);
  });

  it('leaves the synced settings alone when the glossary write fails while sync cannot be read', async () => {
    const storage = storageDouble();
    storage.sync.seed('settings', CUSTOM);
    storage.sync.get = async () => {
      throw new Error('An unexpected error occurred');
    };
    const setLocal = storage.local.set.bind(storage.local);
    storage.local.set = async (items) => {
      if ('userGlossary' in items) throw new Error('An unexpected error occurred');
      return setLocal(items);
    };
    const store = createSettingsStorage(storage, quiet);
    await expect(
      store.applyImport({
        settings: { ...defaultSettings(), target: 'tw' },
        userGlossary: { revision: 1, terms: [] },
      }),
    ).rejects.toThrow('unexpected');
    expect(storage.sync.read('settings')).toEqual(CUSTOM);
    expect(storage.local.read('settings')).toBeUndefined();
  });

  it('puts the previous settings back when the glossary write fails', async () => {
    const storage = storageDouble();
    const store = createSettingsStorage(storage, quiet);
    await store.saveSettings(CUSTOM);
    const realSet = storage.local.set.bind(storage.local);
    storage.local.set = async (items) => {
      if ('userGlossary' in items) throw new Error('disk full');
      return realSet(items);
    };
    await expect(
      store.applyImport({ settings: defaultSettings(), userGlossary: { revision: 1, terms: [] } }),
    ).rejects.toThrow('disk full');
    expect(storage.sync.read('settings')).toEqual(CUSTOM);
  });
});

describe('the damaged-settings notice', () => {
  it('is shown once for the same problems and again for new ones', async () => {
    const storage = storageDouble();
    const store = createSettingsStorage(storage, quiet);
    const problems = [{ field: 'target', reason: 'expected …' }];
    expect(await store.takeSettingsNotice(problems)).toBe(true);
    expect(await store.takeSettingsNotice(problems)).toBe(false);
    expect(await store.takeSettingsNotice([{ field: 'readingMode', reason: 'x' }])).toBe(true);
    expect(await store.takeSettingsNotice([])).toBe(false);
    expect(storage.local.read('settingsNoticeShown')).toBeUndefined();
    expect(await store.takeSettingsNotice(problems)).toBe(true);
  });
});
