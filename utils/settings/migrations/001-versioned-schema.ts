import { renameField, type SettingsMigration } from './types.ts';

/**
 * Preview builds stored `{ targetScript: 'simplified' | 'traditional', enabled,
 * siteRules }` without a version number. Version 1 introduced the number,
 * shortened the script names to the ISO 15924 codes and called the switch what
 * it did: convert NetEase pages automatically.
 */
export const migration001: SettingsMigration = {
  version: 1,
  description:
    'Version the schema; targetScript simplified/traditional → hans/hant; enabled → autoConvert',
  migrate(old) {
    let next = renameField(old, 'enabled', 'autoConvert');
    if (next.targetScript === 'simplified') next = { ...next, targetScript: 'hans' };
    else if (next.targetScript === 'traditional') next = { ...next, targetScript: 'hant' };
    return { ...next, version: 1 };
  },
};
