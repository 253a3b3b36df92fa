import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { OptionsApp } from '../../../components/options/OptionsApp.tsx';
import { createOptionsApi } from '../../../components/options/platform-api.ts';
import type { Term } from '../../../utils/glossary/schema.ts';
import { translate } from '../../../utils/i18n/translate.ts';
import {
  StorageQuotaError,
  createSettingsStorage,
  type StorageAreaLike,
  type StorageLike,
} from '../../../utils/platform/settings-storage.ts';
import { LOCAL_QUOTA_BYTES, SYNC_QUOTA_BYTES_PER_ITEM } from '../../../utils/settings/quota.ts';
import { SETTINGS_FIELDS, defaultSettings, type Settings } from '../../../utils/settings/schema.ts';
import { button, choose, click, control, mount, textOf, type } from '../components/helpers.tsx';
import { USER_TERM } from '../components/options-fixtures.ts';
import { MemoryArea, storageDouble } from '../platform/storage-double.ts';

/**
 * Storage faults: junk of every JSON type and over-quota values in every key we store, writes
 * the browser refuses, and a sync area that is missing or broken. Whatever happens, the reader
 * gets working settings, keeps every other stored value, and is told once.
 */

const en = (key: Parameters<typeof translate>[1], subs?: Parameters<typeof translate>[2]) =>
  translate('en', key, subs);
const quiet = { log: () => {} };

const SYNCED: Settings = {
  ...defaultSettings(),
  target: 'hk',
  readingMode: 'parallel',
  siteRules: [{ pattern: 'news.example.com', mode: 'always' }],
};
const GLOSSARY = { revision: 4, terms: [USER_TERM] };

const tally = { faults: 0, losses: 0 };
afterAll(() => {
  console.log(`Storage faults: ${tally.faults} faults, ${tally.losses} losses`);
});

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

/** Deeply nested lists, as a damaged profile or a hostile sync peer could leave. */
function nested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

function manyRules(count: number): Settings {
  return {
    ...SYNCED,
    siteRules: Array.from({ length: count }, (_, i) => ({
      pattern: `site-${i}.example.com`,
      mode: 'never' as const,
    })),
  };
}

/** Junk of every JSON type, and values too large for the area they sit in. */
const JUNK: readonly { name: string; value: unknown }[] = [
  { name: 'null', value: null },
  { name: 'true', value: true },
  { name: 'false', value: false },
  { name: 'zero', value: 0 },
  { name: 'a negative number', value: -1 },
  { name: 'a fraction', value: 3.25 },
  { name: 'a huge number', value: 1e308 },
  { name: 'an empty string', value: '' },
  { name: 'a string', value: 'settings' },
  { name: 'half a JSON document', value: '{"target":"tw","siteRules":[' },
  { name: 'an empty list', value: [] },
  { name: 'a list of junk', value: [null, 1, 'two', { three: 3 }] },
  { name: 'lists nested 500 deep', value: nested(500) },
  {
    name: 'an object of wrong types',
    value: { version: 'v', target: 5, revision: 'x', terms: 'y' },
  },
  {
    name: 'a __proto__ key',
    value: JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"x":1}}}'),
  },
  { name: 'a string over the sync item quota', value: 'x'.repeat(SYNC_QUOTA_BYTES_PER_ITEM + 1) },
  { name: 'a string over the local quota', value: '字'.repeat(LOCAL_QUOTA_BYTES / 3 + 10) },
];

interface StoredKey {
  name: string;
  area: 'sync' | 'local';
  key: string;
  /** The settings the reader gets when this key holds `junk`. */
  settings: (junk: unknown) => Settings;
  /** The user's terms then. */
  terms: (junk: unknown) => Term[];
  /** Whether the options page says that something was lost. */
  notice: (junk: unknown) => boolean;
}

const isObject = (value: unknown) =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
/** An object made only of keys settings do not have: read as empty settings, without complaint. */
const onlyUnknownKeys = (value: unknown) =>
  isObject(value) &&
  Object.keys(value as object).every(
    (key) => key !== 'version' && !(SETTINGS_FIELDS as readonly string[]).includes(key),
  );

const KEYS: readonly StoredKey[] = [
  {
    name: 'settings in storage.sync',
    area: 'sync',
    key: 'settings',
    settings: () => defaultSettings(),
    terms: () => [USER_TERM],
    notice: (junk) => !onlyUnknownKeys(junk),
  },
  {
    // A local copy exists only while sync fails; one that is not even an object cannot be the
    // settings someone saved, and the synced value is used instead.
    name: 'settings in storage.local',
    area: 'local',
    key: 'settings',
    settings: (junk) => (isObject(junk) ? defaultSettings() : SYNCED),
    terms: () => [USER_TERM],
    notice: (junk) => isObject(junk) && !onlyUnknownKeys(junk),
  },
  {
    name: 'the user glossary',
    area: 'local',
    key: 'userGlossary',
    settings: () => SYNCED,
    terms: () => [],
    notice: () => true,
  },
  {
    // Read only beside a local copy of the settings, which there is none of here.
    name: 'the list of fields changed while sync was unread',
    area: 'local',
    key: 'settingsLocalFields',
    settings: () => SYNCED,
    terms: () => [USER_TERM],
    notice: () => false,
  },
  {
    name: 'the notice marker',
    area: 'local',
    key: 'settingsNoticeShown',
    settings: () => SYNCED,
    terms: () => [USER_TERM],
    notice: () => false,
  },
];

function seededStorage() {
  const storage = storageDouble();
  storage.sync.seed('settings', SYNCED);
  storage.local.seed('userGlossary', GLOSSARY);
  return storage;
}

/** Every stored value, as stored (JSON), by area and key. */
function snapshot(storage: ReturnType<typeof storageDouble>): Map<string, string> {
  const all = new Map<string, string>();
  for (const [area, data] of [
    ['sync', storage.sync.data],
    ['local', storage.local.data],
  ] as const) {
    for (const [key, json] of data) all.set(`${area}:${key}`, json);
  }
  return all;
}

async function openOptions(storage: StorageLike) {
  const mounted = await mount(
    <OptionsApp api={createOptionsApi(createSettingsStorage(storage, quiet))} />,
  );
  cleanup = mounted.unmount;
  return mounted;
}

const noticeShown = (page: HTMLElement) =>
  [...page.querySelectorAll('h2')].some((h) => textOf(h) === en('settings_notice_title'));

describe.each(KEYS)('junk in $name', (stored) => {
  it.each(JUNK)('$name: working settings, the other keys kept, a notice once', async (junk) => {
    tally.faults += 1;
    let lost = false;
    try {
      const storage = seededStorage();
      (stored.area === 'sync' ? storage.sync : storage.local).seed(stored.key, junk.value);
      const faulty = `${stored.area}:${stored.key}`;
      const others = new Map(
        [...snapshot(storage)].filter(
          ([key]) => key !== faulty && key !== 'local:settingsNoticeShown',
        ),
      );

      const store = createSettingsStorage(storage, quiet);
      const { settings } = await store.loadSettings();
      expect(settings).toEqual(stored.settings(junk.value));
      const { glossary } = await store.loadUserGlossary();
      expect(glossary.terms).toEqual(stored.terms(junk.value));

      const first = await openOptions(storage);
      expect(noticeShown(first.container)).toBe(stored.notice(junk.value));
      first.unmount();
      const second = await openOptions(storage);
      expect(noticeShown(second.container), 'shown once').toBe(false);
      // The page shows the settings it loaded.
      expect(control<HTMLSelectElement>(second.container, en('option_target')).value).toBe(
        stored.settings(junk.value).target,
      );

      const after = snapshot(storage);
      for (const [key, json] of others) {
        expect(after.get(key), `${key} kept`).toBe(json);
      }
    } catch (error) {
      lost = true;
      throw error;
    } finally {
      if (lost) tally.losses += 1;
    }
  });
});

it('tells the same damage again when it comes back after the settings were clean', () =>
  countFault(async () => {
    const storage = seededStorage();
    storage.sync.seed('settings', { ...SYNCED, target: 'mars' });
    const first = await openOptions(storage);
    expect(noticeShown(first.container)).toBe(true);
    first.unmount();
    // Repaired (any save stores the parsed settings), then a clean visit.
    await createSettingsStorage(storage, quiet).saveSettings(SYNCED);
    (await openOptions(storage)).unmount();
    // The same damage again, from another device say.
    storage.sync.seed('settings', { ...SYNCED, target: 'mars' });
    const again = await openOptions(storage);
    expect(noticeShown(again.container)).toBe(true);
  }));

// ---------------------------------------------------------------- writes over quota

/** A glossary of valid terms just under the local quota. */
function glossaryNear(bytes: number): { revision: number; terms: Term[] } {
  const one = JSON.stringify(USER_TERM).length;
  const terms = Array.from({ length: Math.floor(bytes / (one + 20)) }, (_, i) => ({
    ...USER_TERM,
    id: `lab-${i}`,
    hans: `实验室${i}`,
    hant: `實驗室${i}`,
    en: `Lab ${i}`,
  }));
  return { revision: 9, terms };
}

async function countFault(run: () => Promise<void>): Promise<void> {
  tally.faults += 1;
  try {
    await run();
  } catch (error) {
    tally.losses += 1;
    throw error;
  }
}

describe('writes over quota', () => {
  it('refuses settings over the sync item quota with a clear error, keeping the stored ones', () =>
    countFault(async () => {
      const storage = seededStorage();
      const store = createSettingsStorage(storage, quiet);
      const error = await store.saveSettings(manyRules(190)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StorageQuotaError);
      expect((error as Error).message).toMatch(/KB.*more than the 8\.0 KB/);
      expect(storage.sync.read('settings')).toEqual(SYNCED);
      expect(storage.local.read('settings')).toBeUndefined();
    }));

  it('says so on the options page and shows what is really stored', () =>
    countFault(async () => {
      const storage = seededStorage();
      storage.sync.quotaBytesPerItem = 200;
      const page = await openOptions(storage);
      const select = control<HTMLSelectElement>(page.container, en('option_target'));
      await choose(select, 'tw');
      const status = textOf(page.container.querySelector('#save-status')!);
      expect(status).toMatch(/KB/);
      expect(storage.sync.read('settings')).toEqual(SYNCED);
      expect(control<HTMLSelectElement>(page.container, en('option_target')).value).toBe('hk');
    }));

  it('refuses a glossary over the local quota, keeping the stored one', () =>
    countFault(async () => {
      const storage = seededStorage();
      const big = glossaryNear(LOCAL_QUOTA_BYTES - 2_000);
      storage.local.seed('userGlossary', big);
      const before = storage.local.data.get('userGlossary');
      const store = createSettingsStorage(storage, quiet);
      const more = [
        ...big.terms,
        ...glossaryNear(10_000).terms.map((t) => ({ ...t, id: `x${t.id}` })),
      ];
      const error = await store
        .saveUserGlossary(more, { expectedRevision: 9 })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StorageQuotaError);
      expect((error as Error).message).toMatch(/MB/);
      expect(storage.local.data.get('userGlossary')).toBe(before);
    }));

  it('turns a quota error from storage.local into the same clear error when sync is down', () =>
    countFault(async () => {
      const storage = seededStorage();
      storage.sync.unavailable = new Error('sync is disabled');
      storage.local.seed('settings', SYNCED);
      storage.local.quotaBytesPerItem = 100;
      const store = createSettingsStorage(storage, quiet);
      const error = await store.saveSettings({ ...SYNCED, target: 'tw' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StorageQuotaError);
      expect(storage.local.read('settings')).toEqual(SYNCED);
    }));

  it('still shows the notice when the marker cannot be written', () =>
    countFault(async () => {
      const storage = seededStorage();
      storage.sync.seed('settings', 'junk');
      const set = storage.local.set.bind(storage.local);
      storage.local.set = async (items) => {
        if ('settingsNoticeShown' in items) throw new Error('QUOTA_BYTES quota exceeded');
        return set(items);
      };
      const page = await openOptions(storage);
      expect(noticeShown(page.container)).toBe(true);
      expect(storage.local.read('userGlossary')).toEqual(GLOSSARY);
    }));

  it('adds a term through the options page only when it fits', () =>
    countFault(async () => {
      const storage = seededStorage();
      const big = glossaryNear(LOCAL_QUOTA_BYTES - 300);
      storage.local.seed('userGlossary', big);
      const before = storage.local.data.get('userGlossary');
      const page = await openOptions(storage);
      await click(button(page.container, en('glossary_add')));
      const fill = async (root: ParentNode, fields: [string, string][]) => {
        for (const [label, value] of fields) {
          await type(control<HTMLInputElement>(root, label), value);
        }
      };
      await fill(page.container, [
        [en('glossary_field_id'), 'hbm4'],
        [en('glossary_field_hans'), '第四代高带宽内存'],
        [en('glossary_field_hant'), '第四代高頻寬記憶體'],
      ]);
      await choose(
        control<HTMLSelectElement>(page.container, en('glossary_field_category')),
        'technology',
      );
      await fill(page.container.querySelectorAll('fieldset')[0]!, [
        [en('glossary_in_english'), 'The fourth generation of high-bandwidth memory.'],
        [en('glossary_in_simplified'), '第四代高带宽内存。'],
        [en('glossary_in_traditional'), '第四代高頻寬記憶體。'],
      ]);
      await click(button(page.container, en('action_add')));
      const status = textOf(page.container.querySelector('#save-status')!);
      expect(status).toMatch(/MB/);
      expect(storage.local.data.get('userGlossary')).toBe(before);
    }));
});

// ---------------------------------------------------------------- sync missing or broken

/** Ways a sync area fails: thrown errors, odd answers, missing methods. */
const BROKEN_SYNC: readonly { name: string; sync: () => StorageAreaLike | undefined }[] = [
  { name: 'no sync area at all', sync: () => undefined },
  {
    name: 'every call throws',
    sync: () => {
      const area = new MemoryArea('sync', () => {});
      area.unavailable = new Error('The storage API is not available');
      return area;
    },
  },
  {
    name: 'calls reject with a string',
    sync: () => ({
      get: () => Promise.reject('sync is disabled'),
      set: () => Promise.reject('sync is disabled'),
      remove: () => Promise.reject('sync is disabled'),
    }),
  },
  {
    name: 'get answers undefined (Firefox without an account)',
    sync: () => ({
      get: async () => undefined as unknown as Record<string, unknown>,
      set: async () => {
        throw new Error('An unexpected error occurred');
      },
      remove: async () => undefined,
    }),
  },
  {
    name: 'the methods are missing',
    sync: () => ({}) as StorageAreaLike,
  },
];

describe.each(BROKEN_SYNC)('sync unavailable: $name', ({ sync }) => {
  it('reads and saves settings in storage.local', () =>
    countFault(async () => {
      const storage = storageDouble();
      storage.local.seed('settings', SYNCED);
      const broken: StorageLike = { ...storage, sync: sync() };
      const store = createSettingsStorage(broken, quiet);
      const loaded = await store.loadSettings();
      expect(loaded.settings).toEqual(SYNCED);
      expect(loaded.area).toBe('local');
      const next = { ...SYNCED, target: 'cn' as const };
      expect(await store.saveSettings(next)).toEqual({ area: 'local' });
      expect(storage.local.read('settings')).toEqual(next);
      expect((await store.loadSettings()).settings).toEqual(next);
    }));

  it('gives the defaults when nothing was stored, and the options page works', () =>
    countFault(async () => {
      const storage = storageDouble();
      const broken: StorageLike = { ...storage, sync: sync() };
      const page = await openOptions(broken);
      expect(noticeShown(page.container)).toBe(false);
      expect(control<HTMLSelectElement>(page.container, en('option_target')).value).toBe(
        defaultSettings().target,
      );
    }));
});

// ---------------------------------------------------------------- storage.local broken

describe('storage.local unreadable (a damaged Firefox profile)', () => {
  /** Every call of the local area rejects, as Firefox's does when its database is damaged. */
  function brokenLocal() {
    const storage = seededStorage();
    storage.local.unavailable = new Error('An unexpected error occurred');
    return storage;
  }

  it('loads the synced settings', () =>
    countFault(async () => {
      const storage = brokenLocal();
      const loaded = await createSettingsStorage(storage, quiet).loadSettings();
      expect(loaded.settings).toEqual(SYNCED);
      expect(loaded.problems).toEqual([]);
    }));

  it('shows the settings in the options page, says the glossary is unreadable, offers nothing that would overwrite it', () =>
    countFault(async () => {
      const storage = brokenLocal();
      const before = snapshot(storage);
      const page = await openOptions(storage);
      expect(control<HTMLSelectElement>(page.container, en('option_target')).value).toBe('hk');
      const alert = [...page.container.querySelectorAll('[role="alert"]')].map(textOf);
      expect(alert).toContain(en('glossary_unreadable', 'An unexpected error occurred'));
      // No term list, term form, export or backup import: each would act on an empty glossary.
      expect([...page.container.querySelectorAll('button')].map(textOf)).not.toContain(
        en('glossary_add'),
      );
      expect(page.container.querySelector('input[type="file"]')).toBeNull();
      // A settings change still saves (to sync), and the glossary is untouched.
      await choose(control<HTMLSelectElement>(page.container, en('option_target')), 'tw');
      expect(storage.sync.read('settings')).toMatchObject({ target: 'tw' });
      expect(storage.local.data.get('userGlossary')).toBe(before.get('local:userGlossary'));
    }));

  it('shows the glossary again when storage reads again and reports a change', () =>
    countFault(async () => {
      const storage = brokenLocal();
      const page = await openOptions(storage);
      storage.local.unavailable = null;
      await storage.local.set({ userGlossary: { ...GLOSSARY, revision: 5 } });
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect([...page.container.querySelectorAll('button')].map(textOf)).toContain(
        en('glossary_add'),
      );
      expect(page.container.querySelector('input[type="file"]')).not.toBeNull();
      await type(control(page.container, en('glossary_search')), USER_TERM.hans);
      expect(textOf(page.container)).toContain(USER_TERM.en);
    }));
});

describe('settings synced from a newer version', () => {
  const NEWER = { ...SYNCED, version: 9, fontScale: 1.4, ttsVoice: 'zh-HK-A' };

  it('keeps the fields this version does not know, and the newer version, on every save', () =>
    countFault(async () => {
      const storage = seededStorage();
      storage.sync.seed('settings', NEWER);
      const store = createSettingsStorage(storage, quiet);
      const loaded = await store.loadSettings();
      expect(loaded.settings.target).toBe('hk');
      // A site rule from the menu (updateSettings), then a change in the options page.
      await store.updateSettings((s) => ({
        ...s,
        siteRules: [...s.siteRules, { pattern: 'example.com', mode: 'always' }],
      }));
      const page = await openOptions(storage);
      await choose(control<HTMLSelectElement>(page.container, en('option_target')), 'tw');
      expect(storage.sync.read('settings')).toEqual({
        ...NEWER,
        target: 'tw',
        siteRules: [...SYNCED.siteRules, { pattern: 'example.com', mode: 'always' }],
      });
    }));

  it('keeps the values of known fields that only the newer version can read', () =>
    countFault(async () => {
      const storage = seededStorage();
      const stored = {
        ...NEWER,
        readingMode: 'bilingual',
        siteRules: [...SYNCED.siteRules, { pattern: 'example.org', mode: 'translate' }],
      };
      storage.sync.seed('settings', stored);
      const store = createSettingsStorage(storage, quiet);
      // Read here as the default mode, and without the rule this version cannot read.
      expect((await store.loadSettings()).settings.readingMode).toBe('converted');
      await store.updateSettings((s) => ({ ...s, target: 'cn' }));
      const rule = { pattern: 'example.com', mode: 'always' } as const;
      await store.updateSettings((s) => ({ ...s, siteRules: [...s.siteRules, rule] }));
      expect(storage.sync.read('settings')).toEqual({
        ...stored,
        target: 'cn',
        siteRules: [...SYNCED.siteRules, rule, stored.siteRules[1]],
      });
    }));

  it('stores settings of this version as they are', () =>
    countFault(async () => {
      const storage = seededStorage();
      const store = createSettingsStorage(storage, quiet);
      await store.saveSettings({ ...SYNCED, target: 'cn' });
      expect(storage.sync.read('settings')).toEqual({ ...SYNCED, target: 'cn' });
    }));
});
