import { migration001 } from './001-versioned-schema.ts';
import { migration002 } from './002-regional-targets.ts';
import { migration003 } from './003-site-rule-patterns.ts';
import { migration004 } from './004-glossary-and-peek.ts';
import { migration005 } from './005-auto-convert-scope.ts';
import type { SettingsMigration, StoredObject } from './types.ts';

export type { SettingsMigration, StoredObject } from './types.ts';

/**
 * Every migration, in order; migration N upgrades version N-1 to N.
 *
 * Why not WXT's `storage.defineItem({ version, migrations })`: it keeps the
 * version in a separate meta key, throws on a migration that meets bad data
 * and refuses a newer stored version outright, which synced settings meet
 * whenever another device runs a newer build. We want per-field fallback on
 * corruption, the sync → local fallback around one key, and one pure function
 * (`parseStoredSettings`) that tests, backups and every context can run
 * without the extension API. See docs/engine-settings.md.
 */
export const SETTINGS_MIGRATIONS: readonly SettingsMigration[] = [
  migration001,
  migration002,
  migration003,
  migration004,
  migration005,
];

/** Runs the migrations after `fromVersion`, in order. Unversioned objects are version 0. */
export function migrateSettings(stored: StoredObject, fromVersion: number): StoredObject {
  let current = stored;
  for (const migration of SETTINGS_MIGRATIONS) {
    if (migration.version > fromVersion) current = migration.migrate(current);
  }
  return current;
}
