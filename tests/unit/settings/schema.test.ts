import { describe, expect, it } from 'vitest';
import { SETTINGS_MIGRATIONS } from '../../../utils/settings/migrations/index.ts';
import { parseStoredSettings } from '../../../utils/settings/parse.ts';
import { checkSyncQuota } from '../../../utils/settings/quota.ts';
import {
  CURRENT_SETTINGS_VERSION,
  SETTINGS_FIELDS,
  defaultSettings,
} from '../../../utils/settings/schema.ts';

describe('settings schema', () => {
  it('has the documented defaults', () => {
    expect(defaultSettings()).toEqual({
      version: CURRENT_SETTINGS_VERSION,
      target: 'auto',
      regionalVocabulary: false,
      readingMode: 'converted',
      autoConvert: 'netease',
      repairMirrors: true,
      glossaryEnabled: true,
      glossaryScope: 'article',
      glossaryMarks: 'every',
      peekModifier: 'Alt',
      uiLanguage: 'auto',
      siteRules: [],
      disabledBuiltInTerms: [],
    });
  });

  it('hands out a fresh object every time, so callers cannot change the defaults', () => {
    const first = defaultSettings();
    first.siteRules.push({ pattern: 'example.com', mode: 'never' });
    expect(defaultSettings().siteRules).toEqual([]);
  });

  it('lists every field except the version as a settings field', () => {
    const keys = Object.keys(defaultSettings()).filter((key) => key !== 'version');
    expect([...SETTINGS_FIELDS].sort()).toEqual(keys.sort());
  });

  it('numbers the current version after the latest migration', () => {
    const versions = SETTINGS_MIGRATIONS.map((m) => m.version);
    expect(versions).toEqual(versions.map((_, index) => index + 1));
    expect(CURRENT_SETTINGS_VERSION).toBe(versions.at(-1));
  });

  it('reads the defaults back unchanged and without problems', () => {
    const parsed = parseStoredSettings(JSON.parse(JSON.stringify(defaultSettings())));
    expect(parsed).toEqual({ settings: defaultSettings(), problems: [], migratedFrom: null });
  });

  it('treats "nothing stored" as the defaults without problems', () => {
    expect(parseStoredSettings(undefined)).toEqual({
      settings: defaultSettings(),
      problems: [],
      migratedFrom: null,
    });
  });

  it('keeps every non-default value of a current object', () => {
    const stored = {
      version: CURRENT_SETTINGS_VERSION,
      target: 'hk',
      regionalVocabulary: true,
      readingMode: 'original',
      autoConvert: 'none',
      repairMirrors: false,
      glossaryEnabled: false,
      glossaryScope: 'page',
      glossaryMarks: 'first',
      peekModifier: 'Shift',
      uiLanguage: 'zh_TW',
      siteRules: [{ pattern: '*.example.com', mode: 'auto' }],
      disabledBuiltInTerms: ['hbm', 'euv'],
    };
    const parsed = parseStoredSettings(stored);
    expect(parsed.problems).toEqual([]);
    expect(parsed.settings).toEqual(stored);
  });

  it('fits the defaults in one sync item', () => {
    expect(checkSyncQuota(defaultSettings()).ok).toBe(true);
  });
});
