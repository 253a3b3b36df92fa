import type { Settings } from './schema.ts';

/** Some settings, as one page changed them; the others stay as they are stored. */
export type SettingsPatch = Partial<Omit<Settings, 'version'>>;

function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  // Settings hold plain data only (lists of strings and of site rules).
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The fields `after` changed from `before`: what a page stores over the settings stored now,
 * which another page may have changed meanwhile. A list is a field: two pages editing the site
 * rules at once keep the later list, as two edits of one field would.
 */
export function settingsPatch(before: Settings, after: Settings): SettingsPatch {
  const patch: Record<string, unknown> = {};
  for (const key of Object.keys(after) as (keyof Settings)[]) {
    if (key === 'version') continue;
    if (!sameValue(before[key], after[key])) patch[key] = after[key];
  }
  return patch as SettingsPatch;
}
