import { browser } from 'wxt/browser';
import {
  USER_GLOSSARY_STORAGE_KEY,
  nextGlossary,
  parseStoredGlossary,
  type StoredGlossary,
  type ValidateTerm,
} from '../settings/glossary-store.ts';
import {
  SETTINGS_NOTICE_STORAGE_KEY,
  decideSettingsNotice,
  type NoticeProblem,
} from '../settings/notice.ts';
import {
  changedSettingsFields,
  isPlainObject,
  keepNewerFields,
  parseStoredSettings,
  type ParsedSettings,
  type SettingsProblem,
} from '../settings/parse.ts';
import type { SettingsPatch } from '../settings/patch.ts';
import { checkLocalQuota, checkSyncQuota, type QuotaCheck } from '../settings/quota.ts';
import {
  SETTINGS_FIELDS,
  SETTINGS_STORAGE_KEY,
  defaultSettings,
  type Settings,
  type SettingsField,
} from '../settings/schema.ts';

/**
 * Where settings and the user glossary are kept:
 * - settings: storage.sync under one key, so they follow the reader across
 *   devices; storage.local under the same key when sync cannot be read or
 *   written (Firefox with `webextensions.storage.sync.enabled` off, enterprise
 *   policies, a broken sync backend). The local copy is read first and is
 *   removed by the next successful sync write. A copy made while sync could not
 *   be read was made over the defaults, not over the synced settings: the fields
 *   changed then are listed under `settingsLocalFields` (storage.local), and once
 *   sync answers again only they are taken from the copy, over the synced value;
 * - the user glossary: storage.local (it outgrows the 8 KB sync item limit);
 * - the "corrupt settings" notice marker: storage.local.
 *
 * The logic works on any object shaped like `browser.storage`, so tests pass a
 * double; `createSettingsStorage()` without arguments uses the browser's.
 */

/** The part of a `browser.storage` area we use. */
export interface StorageAreaLike {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface StorageChangeLike {
  oldValue?: unknown;
  newValue?: unknown;
}

type ChangeListener = (changes: Record<string, StorageChangeLike>, areaName: string) => void;

export interface StorageLike {
  /** Absent where the browser has no sync area. */
  sync?: StorageAreaLike;
  local: StorageAreaLike;
  onChanged?: {
    addListener(listener: ChangeListener): void;
    removeListener(listener: ChangeListener): void;
  };
  /** Whether the extension holds `unlimitedStorage` (lifts the local quota). */
  hasUnlimitedStorage?: () => Promise<boolean>;
  /**
   * Runs `task` while no other context of the extension runs one (see `extensionLock`).
   * Without it, writes are put in line within this context only.
   */
  exclusive?: <T>(task: () => Promise<T>) => Promise<T>;
}

export type SettingsArea = 'sync' | 'local';

/** What `readSettings` gives: the settings, with what the stored values were. */
interface StoredRead extends LoadedSettings {
  /** The stored value parsed (the synced one, when a local copy's fields were put over it). */
  raw: unknown;
  /** There is a sync area, but it could not be read. */
  syncUnread: boolean;
  /** The fields changed here while sync could not be read (`SETTINGS_LOCAL_FIELDS_STORAGE_KEY`). */
  localFields: SettingsField[] | null;
}

export interface LoadedSettings extends ParsedSettings {
  /** Where the value came from (or where it will go, when nothing was stored). */
  area: SettingsArea;
}

/** A save refused because the value would not fit; nothing was written. */
export class StorageQuotaError extends Error {
  readonly check: Extract<QuotaCheck, { ok: false }>;

  constructor(check: Extract<QuotaCheck, { ok: false }>) {
    super(check.error);
    this.name = 'StorageQuotaError';
    this.check = check;
  }
}

/** A save refused because the settings are not valid; nothing was written. */
export class SettingsValidationError extends Error {
  readonly problems: SettingsProblem[];

  constructor(problems: SettingsProblem[]) {
    super(`Invalid settings: ${problems.map((p) => `${p.field}: ${p.reason}`).join('; ')}`);
    this.name = 'SettingsValidationError';
    this.problems = problems;
  }
}

/** The glossary changed in storage since the caller read it (another tab saved). */
export class GlossaryConflictError extends Error {
  constructor(expected: number, found: number) {
    super(
      `The glossary changed elsewhere (revision ${found}, expected ${expected}); reload it and try again.`,
    );
    this.name = 'GlossaryConflictError';
  }
}

function isQuotaError(error: unknown): boolean {
  // Chrome: "QUOTA_BYTES_PER_ITEM quota exceeded"; Firefox: "QuotaExceededError: storage.sync API call exceeded its quota limitations."
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  // Chrome also limits how often sync is written ("This request exceeds the
  // MAX_WRITE_OPERATIONS_PER_MINUTE quota."): that is no question of size, and the write is
  // kept on this device until the next one to sync goes through.
  return /quota/i.test(text) && !/MAX_WRITE_OPERATIONS_PER/i.test(text);
}

/** Runs tasks one after another, each once the one before has settled. */
export function inLine(): <T>(task: () => Promise<T>) => Promise<T> {
  let last: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>) => {
    const run = last.then(task, task);
    last = run.catch(() => undefined);
    return run;
  };
}

const STORAGE_LOCK_NAME = 'jianfan-reader-storage';

/** The fields this device changed while sync could not be read (see the top of this file). */
export const SETTINGS_LOCAL_FIELDS_STORAGE_KEY = 'settingsLocalFields';

/** The stored list of fields changed while sync was unread; null when none, or not a list. */
function localFieldsOf(stored: unknown): SettingsField[] | null {
  if (!Array.isArray(stored)) return null;
  return SETTINGS_FIELDS.filter((field) => stored.includes(field));
}

/** Waits before asking sync again, when it failed to answer before a change (`readForChange`). */
const SYNC_RETRY_MS = [50, 250] as const;

/**
 * A Web Lock shared by every context of the extension (pages, popup, background): they have one
 * origin, and locks are per origin. Only there: in a content script, `navigator.locks` is the
 * web page's, whose scripts could hold our lock forever. A context that goes away while
 * holding it releases it (https://w3c.github.io/web-locks/#lock-lifetime).
 */
export function extensionLock(): (<T>(task: () => Promise<T>) => Promise<T>) | undefined {
  const locks = (globalThis.navigator as { locks?: LockManager } | undefined)?.locks;
  const protocol = globalThis.location?.protocol ?? '';
  if (!locks || !/^(chrome|moz)-extension:$/.test(protocol)) return undefined;
  return <T>(task: () => Promise<T>) => locks.request(STORAGE_LOCK_NAME, task) as Promise<T>;
}

export function createSettingsStorage(
  storage: StorageLike,
  { log = (text: string, detail?: unknown) => console.warn(text, detail ?? '') } = {},
) {
  const { sync, local } = storage;
  // Every change is read, merged and written while no other change runs: storage has no
  // compare-and-swap, so a popup and an options page saving at once would each write over
  // what the other had just read, and one change would be lost.
  const exclusive = storage.exclusive ?? inLine();
  // Only a context holding the lock shared by the extension's contexts writes back migrated
  // settings: a content script's write, out of line with the popup's and the options page's,
  // could store the old value, migrated, over a change they had just made. The background
  // and the extension's pages load settings too, and write it back.
  const writesBackMigrations = storage.exclusive !== undefined;

  async function readSync(): Promise<{ ok: true; value: unknown } | { ok: false }> {
    if (!sync) return { ok: false };
    try {
      const items = await sync.get(SETTINGS_STORAGE_KEY);
      return { ok: true, value: items[SETTINGS_STORAGE_KEY] };
    } catch (error) {
      log('storage.sync is unavailable; using storage.local for settings', error);
      return { ok: false };
    }
  }

  async function readLocal(key: string): Promise<unknown> {
    const items = await local.get(key);
    return items[key];
  }

  async function readArea(area: SettingsArea): Promise<unknown> {
    const source = area === 'sync' ? sync : local;
    if (!source) return undefined;
    return (await source.get(SETTINGS_STORAGE_KEY))?.[SETTINGS_STORAGE_KEY];
  }

  async function writeArea(area: SettingsArea, value: unknown): Promise<void> {
    const target = area === 'sync' ? sync : local;
    if (!target) throw new Error('storage.sync is unavailable');
    await target.set({ [SETTINGS_STORAGE_KEY]: value });
  }

  /**
   * Reads and parses the stored settings, writing nothing. `syncUnread`: there is a sync area,
   * but it could not be read, so the settings given may not be the ones it holds.
   */
  async function readSettings(): Promise<StoredRead> {
    const [fromSync, fromLocal, storedFields] = await Promise.all([
      readSync(),
      // A damaged storage.local (Firefox keeps it in a database that can break: every call
      // then rejects with "An unexpected error occurred") must not cost the synced settings.
      readLocal(SETTINGS_STORAGE_KEY).catch((error: unknown) => {
        log('storage.local is unreadable; using the synced settings', error);
        return undefined;
      }),
      readLocal(SETTINGS_LOCAL_FIELDS_STORAGE_KEY).catch(() => undefined),
    ]);
    const localFields = isPlainObject(fromLocal) ? localFieldsOf(storedFields) : null;
    if (fromSync.ok && localFields !== null) {
      // The local copy was made while sync could not be read: only the fields changed then
      // are this device's; the others are the defaults it was made over, not the reader's.
      const synced = parseStoredSettings(fromSync.value);
      const local = parseStoredSettings(fromLocal).settings;
      const settings: Settings = { ...synced.settings };
      for (const field of localFields) Object.assign(settings, { [field]: local[field] });
      return {
        ...synced,
        settings,
        area: 'sync',
        raw: fromSync.value,
        syncUnread: false,
        localFields,
      };
    }
    // A local copy that is not even an object cannot be settings anyone saved (a damaged
    // profile): the synced settings are worth more than the defaults it would give.
    const localUsable =
      fromLocal !== undefined &&
      (isPlainObject(fromLocal) || !fromSync.ok || fromSync.value === undefined);
    let area: SettingsArea;
    let raw: unknown;
    if (localUsable || !fromSync.ok) {
      area = 'local';
      raw = fromLocal;
    } else {
      area = 'sync';
      raw = fromSync.value;
    }
    return {
      ...parseStoredSettings(raw),
      area,
      raw,
      syncUnread: sync !== undefined && !fromSync.ok,
      localFields,
    };
  }

  const needsWriteBack = (read: StoredRead) =>
    writesBackMigrations &&
    read.localFields === null &&
    read.migratedFrom !== null &&
    read.problems.length === 0 &&
    read.raw !== undefined;

  /**
   * Reads the settings. A local copy exists only while this device cannot
   * write to sync (see `saveSettings`); it then holds the newest value saved
   * here and wins. Otherwise the sync value is used. Never throws on bad data
   * (see `parseStoredSettings`). A migrated value without problems is written
   * back; one with problems is left as it is, so the options page can still
   * show what was wrong. Only where the extension's lock is held (`writesBackMigrations`).
   */
  async function loadSettings(): Promise<LoadedSettings> {
    const read = await readSettings();
    if (needsWriteBack(read)) {
      // Read again in line with the changes: one may have stored newer settings since.
      await exclusive(async () => {
        const again = await readSettings();
        if (needsWriteBack(again)) await writeArea(again.area, again.settings);
      }).catch((error: unknown) => log('Could not store the migrated settings', error));
    }
    const { raw: _raw, syncUnread: _syncUnread, localFields: _localFields, ...loaded } = read;
    return loaded;
  }

  /**
   * Saves settings. Refuses invalid settings and settings over the sync item
   * quota before writing anything, so the stored value stays as it was.
   * Falls back to storage.local when sync cannot be written for other reasons.
   */
  async function writeSettings(
    next: Settings,
    {
      syncUnread = false,
      localFields = null,
    }: {
      syncUnread?: boolean;
      /**
       * With `syncUnread`: the fields this device has changed while sync could not be read,
       * this change's among them; null when its local copy stands for all of them.
       */
      localFields?: readonly SettingsField[] | null;
    } = {},
  ): Promise<{ area: SettingsArea }> {
    const parsed = parseStoredSettings(next);
    if (parsed.problems.length > 0) throw new SettingsValidationError(parsed.problems);
    const settings = parsed.settings;
    // Over settings a newer version stored (on another device), its fields are kept.
    const area = sync && !syncUnread ? 'sync' : 'local';
    const value = keepNewerFields(await readArea(area).catch(() => undefined), settings);
    const quota = checkSyncQuota(value);
    if (!quota.ok) throw new StorageQuotaError(quota);
    if (syncUnread) {
      // A change made over settings sync could not give (the defaults, when nothing is stored
      // here) must not go over the synced ones, which may be the reader's own from every
      // device: it is kept on this device, as when sync cannot be written (see `readSettings`).
      log('storage.sync could not be read; the change is kept in storage.local');
    } else if (sync) {
      try {
        await writeArea('sync', value);
        // The sync copy is authoritative again; a stale local copy must not shadow it later.
        await local
          .remove([SETTINGS_STORAGE_KEY, SETTINGS_LOCAL_FIELDS_STORAGE_KEY])
          .catch((error: unknown) => {
            log('Could not remove the local settings copy', error);
          });
        return { area: 'sync' };
      } catch (error) {
        if (isQuotaError(error)) {
          // Our estimate passed but the browser disagrees (e.g. the total sync quota).
          throw new StorageQuotaError({
            ok: false,
            bytes: quota.bytes,
            limit: quota.limit,
            error: `The browser refused to sync the settings: ${error instanceof Error ? error.message : String(error)}`,
          });
        }
        log('storage.sync refused the settings; saving them in storage.local', error);
      }
    }
    try {
      await writeArea('local', value);
      // A copy made while sync could not be read lists the fields changed here; one made over
      // the synced settings (sync was read, and refused the write) stands for all of them.
      if (syncUnread && localFields !== null) {
        await local.set({ [SETTINGS_LOCAL_FIELDS_STORAGE_KEY]: [...localFields] });
      } else {
        await local.remove(SETTINGS_LOCAL_FIELDS_STORAGE_KEY);
      }
    } catch (error) {
      if (!isQuotaError(error)) throw error;
      // The settings fit (checked above): it is the device's storage that is full.
      throw new StorageQuotaError({
        ok: false,
        bytes: quota.bytes,
        limit: Number.POSITIVE_INFINITY,
        error: `The browser has no room left to store the settings on this device (${error instanceof Error ? error.message : String(error)}); removing glossary terms frees some.`,
      });
    }
    return { area: 'local' };
  }

  /** Saves settings whole, in line with the other changes (see `exclusive`). */
  function saveSettings(next: Settings): Promise<{ area: SettingsArea }> {
    return exclusive(() => writeSettings(next));
  }

  /**
   * Loads, changes and saves in one step, with no other change between the load and the save;
   * gives what was saved.
   */
  function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
    return exclusive(async () => {
      const read = await readForChange();
      const next = change(structuredClone(read.settings));
      await writeSettings(next, {
        syncUnread: read.syncUnread,
        localFields: fieldsChangedHere(read, changedSettingsFields(read.settings, next)),
      });
      return next;
    });
  }

  /**
   * The fields changed on this device while sync could not be read, once `changed` is stored
   * over `read`: those listed before and these. Null when the local copy stands for every field:
   * it was made while sync was read (a failed sync write), so it was made over the synced ones.
   */
  function fieldsChangedHere(
    read: StoredRead,
    changed: readonly SettingsField[],
  ): SettingsField[] | null {
    if (!read.syncUnread) return null;
    if (read.localFields === null && read.raw !== undefined) return null;
    const listed = new Set<SettingsField>([...(read.localFields ?? []), ...changed]);
    return SETTINGS_FIELDS.filter((field) => listed.has(field));
  }

  /**
   * Reads the settings a change is made over. When sync fails to answer and this device has no
   * copy of its own, the settings read are the defaults, and a change made over them would
   * stand, on this device, for the synced settings (see `writeSettings`): sync is asked again
   * twice first, so that a passing failure costs nothing. Where sync never answers (disabled in
   * Firefox's preferences), the change is kept on this device after the third try.
   */
  async function readForChange(): Promise<StoredRead> {
    let read = await readSettings();
    for (const wait of SYNC_RETRY_MS) {
      if (!read.syncUnread || read.raw !== undefined) break;
      await new Promise((resolve) => setTimeout(resolve, wait));
      read = await readSettings();
    }
    return read;
  }

  /**
   * Stores a change of some settings over the settings stored now, which another page may have
   * changed since this one read them: their other fields are kept.
   */
  function changeSettings(patch: SettingsPatch): Promise<Settings> {
    return updateSettings((current) => ({ ...current, ...patch }));
  }

  /** Forgets the stored settings everywhere; the next load gives the defaults. */
  const resetSettings = (): Promise<Settings> => exclusive(clearSettings);

  async function clearSettings(): Promise<Settings> {
    const defaults = defaultSettings();
    let synced = sync === undefined;
    if (sync) {
      synced = await sync.remove(SETTINGS_STORAGE_KEY).then(
        () => true,
        (error: unknown) => {
          log('Could not clear the synced settings', error);
          return false;
        },
      );
    }
    await local.remove([SETTINGS_NOTICE_STORAGE_KEY, SETTINGS_LOCAL_FIELDS_STORAGE_KEY]);
    // The synced copy still holds the old settings: a local copy of the defaults wins over it
    // (see `loadSettings`) until the next save that reaches sync.
    if (synced) await local.remove(SETTINGS_STORAGE_KEY);
    else await writeArea('local', defaults);
    return defaults;
  }

  function watchKey(key: string, areas: readonly string[], callback: () => void): () => void {
    const onChanged = storage.onChanged;
    if (!onChanged) return () => {};
    const listener: ChangeListener = (changes, areaName) => {
      if (areas.includes(areaName) && Object.hasOwn(changes, key)) callback();
    };
    onChanged.addListener(listener);
    return () => onChanged.removeListener(listener);
  }

  /**
   * Calls `callback` with freshly loaded settings whenever they change in
   * either area (another page saved, or another device synced). Reloading
   * rather than reading `newValue` keeps the sync-over-local precedence.
   */
  function watchSettings(callback: (loaded: LoadedSettings) => void): () => void {
    return watchKey(SETTINGS_STORAGE_KEY, ['sync', 'local'], () => {
      loadSettings().then(callback, (error: unknown) =>
        log('Could not reload the settings', error),
      );
    });
  }

  async function loadUserGlossary({ validateTerm }: { validateTerm?: ValidateTerm } = {}) {
    return parseStoredGlossary(await readLocal(USER_GLOSSARY_STORAGE_KEY), { validateTerm });
  }

  async function writeGlossary(glossary: StoredGlossary): Promise<void> {
    const unlimited = (await storage.hasUnlimitedStorage?.().catch(() => false)) ?? false;
    const quota = checkLocalQuota(glossary, { key: USER_GLOSSARY_STORAGE_KEY, unlimited });
    if (!quota.ok) throw new StorageQuotaError(quota);
    try {
      await local.set({ [USER_GLOSSARY_STORAGE_KEY]: glossary });
    } catch (error) {
      if (!isQuotaError(error)) throw error;
      throw new StorageQuotaError({
        ok: false,
        bytes: quota.bytes,
        limit: quota.limit,
        error: `The browser refused to store the glossary: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  }

  /**
   * Stores the user's terms under the next revision. With `expectedRevision`,
   * refuses to overwrite a glossary another page saved in the meantime.
   */
  function saveUserGlossary(
    terms: readonly unknown[],
    { expectedRevision }: { expectedRevision?: number } = {},
  ): Promise<StoredGlossary> {
    // In line with the other changes, so that two pages saving against the same revision cannot
    // both pass the check.
    return exclusive(async () => {
      const { glossary: current } = await loadUserGlossary();
      if (expectedRevision !== undefined && expectedRevision !== current.revision) {
        throw new GlossaryConflictError(expectedRevision, current.revision);
      }
      const next = nextGlossary(current, terms);
      await writeGlossary(next);
      return next;
    });
  }

  function watchUserGlossary(callback: (glossary: StoredGlossary) => void): () => void {
    return watchKey(USER_GLOSSARY_STORAGE_KEY, ['local'], () => {
      loadUserGlossary().then(
        ({ glossary }) => callback(glossary),
        (error: unknown) => log('Could not reload the glossary', error),
      );
    });
  }

  /**
   * Stores what `parseImportAll` approved. Both quotas are checked before
   * anything is written; if the glossary write still fails, the previous
   * settings are put back. With `expectedRevision` (the revision of the glossary the import
   * was checked against), refuses, writing nothing, when another page has saved the glossary
   * since: the import's glossary was merged from the older one and would drop those terms.
   */
  function applyImport(
    apply: {
      settings: Settings;
      userGlossary: StoredGlossary;
    },
    options: { expectedRevision?: number } = {},
  ): Promise<void> {
    return exclusive(() => writeImport(apply, options));
  }

  async function writeImport(
    apply: {
      settings: Settings;
      userGlossary: StoredGlossary;
    },
    { expectedRevision }: { expectedRevision?: number },
  ): Promise<void> {
    if (expectedRevision !== undefined) {
      const { glossary: current } = await loadUserGlossary();
      if (current.revision !== expectedRevision) {
        throw new GlossaryConflictError(expectedRevision, current.revision);
      }
    }
    const settingsQuota = checkSyncQuota(apply.settings);
    if (!settingsQuota.ok) throw new StorageQuotaError(settingsQuota);
    const unlimited = (await storage.hasUnlimitedStorage?.().catch(() => false)) ?? false;
    const glossaryQuota = checkLocalQuota(apply.userGlossary, {
      key: USER_GLOSSARY_STORAGE_KEY,
      unlimited,
    });
    if (!glossaryQuota.ok) throw new StorageQuotaError(glossaryQuota);
    const previous = await readForChange();
    const { syncUnread } = previous;
    // An import sets every field: a copy made here stands for all of them.
    await writeSettings(apply.settings, { syncUnread });
    try {
      await writeGlossary(apply.userGlossary);
    } catch (error) {
      // Put back what was there. Settings read from nothing (sync unread, no copy here) are
      // the defaults, not what sync holds: there the copy just made here is taken away.
      const restore =
        syncUnread && previous.raw === undefined
          ? local.remove([SETTINGS_STORAGE_KEY, SETTINGS_LOCAL_FIELDS_STORAGE_KEY])
          : writeSettings(previous.settings, { syncUnread, localFields: previous.localFields });
      await restore.catch((restoreError: unknown) => {
        log('Could not restore the previous settings', restoreError);
      });
      throw error;
    }
  }

  /**
   * Whether the options page should show the "settings were damaged" notice
   * for these problems; records that it did, so it shows once.
   */
  async function takeSettingsNotice(problems: readonly NoticeProblem[]): Promise<boolean> {
    // An unreadable marker (a damaged storage.local) counts as none: the notice shows.
    const marker = await readLocal(SETTINGS_NOTICE_STORAGE_KEY).catch(() => undefined);
    const decision = decideSettingsNotice(problems, marker);
    try {
      if (decision.marker === null) await local.remove(SETTINGS_NOTICE_STORAGE_KEY);
      else if (decision.show) await local.set({ [SETTINGS_NOTICE_STORAGE_KEY]: decision.marker });
    } catch (error) {
      log('Could not store the notice marker', error);
    }
    return decision.show;
  }

  return {
    loadSettings,
    saveSettings,
    updateSettings,
    changeSettings,
    resetSettings,
    watchSettings,
    loadUserGlossary,
    saveUserGlossary,
    watchUserGlossary,
    applyImport,
    takeSettingsNotice,
  };
}

export type SettingsStorage = ReturnType<typeof createSettingsStorage>;

function browserStorage(): StorageLike {
  return {
    // Reading the property can itself throw where sync is disabled by policy.
    sync: (() => {
      try {
        return browser.storage.sync as StorageAreaLike | undefined;
      } catch {
        return undefined;
      }
    })(),
    local: browser.storage.local as StorageAreaLike,
    onChanged: browser.storage.onChanged as unknown as StorageLike['onChanged'],
    // `permissions` is not exposed to content scripts; they never save the glossary anyway.
    hasUnlimitedStorage: async () =>
      (await browser.permissions?.contains({ permissions: ['unlimitedStorage'] })) ?? false,
    exclusive: extensionLock(),
  };
}

let defaultStorage: SettingsStorage | null = null;

/** The storage of this extension context, created on first use. */
export function settingsStorage(): SettingsStorage {
  defaultStorage ??= createSettingsStorage(browserStorage());
  return defaultStorage;
}

export const loadSettings = () => settingsStorage().loadSettings();
export const saveSettings = (next: Settings) => settingsStorage().saveSettings(next);
export const updateSettings = (change: (current: Settings) => Settings) =>
  settingsStorage().updateSettings(change);
export const changeSettings = (patch: SettingsPatch) => settingsStorage().changeSettings(patch);
export const resetSettings = () => settingsStorage().resetSettings();
export const watchSettings = (callback: (loaded: LoadedSettings) => void) =>
  settingsStorage().watchSettings(callback);
export const loadUserGlossary = (options?: { validateTerm?: ValidateTerm }) =>
  settingsStorage().loadUserGlossary(options);
export const saveUserGlossary = (
  terms: readonly unknown[],
  options?: { expectedRevision?: number },
) => settingsStorage().saveUserGlossary(terms, options);
export const watchUserGlossary = (callback: (glossary: StoredGlossary) => void) =>
  settingsStorage().watchUserGlossary(callback);
export const applyImport = (
  apply: { settings: Settings; userGlossary: StoredGlossary },
  options?: { expectedRevision?: number },
) => settingsStorage().applyImport(apply, options);
export const takeSettingsNotice = (problems: readonly NoticeProblem[]) =>
  settingsStorage().takeSettingsNotice(problems);
