import type { SettingsMigration } from './types.ts';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Version 2 kept site rules as `{ [host]: boolean }`: true converted the host
 * automatically, false never did. Version 3 made them an ordered list of
 * patterns with a mode, so a rule can cover subdomains or a path, and `auto`
 * can carve an exception out of a broader rule. A host is a valid pattern, so
 * the keys carry over as they are; the parser validates them afterwards.
 */
export const migration003: SettingsMigration = {
  version: 3,
  description: 'siteRules { host: boolean } → [{ pattern, mode }]',
  migrate(old) {
    const rules = old.siteRules;
    if (!isPlainObject(rules)) return { ...old, version: 3 };
    const list = Object.entries(rules).map(([pattern, convert]) => ({
      pattern,
      // Anything but a boolean is passed through so the parser reports it.
      mode: convert === true ? 'always' : convert === false ? 'never' : convert,
    }));
    return { ...old, siteRules: list, version: 3 };
  },
};
