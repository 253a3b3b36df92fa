import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SETTINGS_MIGRATIONS, migrateSettings } from '../../../utils/settings/migrations/index.ts';
import { parseStoredSettings } from '../../../utils/settings/parse.ts';
import { CURRENT_SETTINGS_VERSION, defaultSettings } from '../../../utils/settings/schema.ts';

function fixture(name: string): Record<string, unknown> {
  const path = resolve(process.cwd(), 'tests/fixtures/settings', name);
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
}

describe('settings migrations', () => {
  it('001 versions the unversioned preview shape and renames its fields', () => {
    const migrated = migrateSettings(fixture('v0.json'), 0);
    const parsed = parseStoredSettings(fixture('v0.json'));
    expect(parsed.migratedFrom).toBe(0);
    expect(parsed.problems).toEqual([]);
    // "traditional" was Taiwan characters; "enabled: false" switched NetEase auto-conversion off.
    expect(parsed.settings).toEqual({
      ...defaultSettings(),
      target: 'tw',
      autoConvert: 'none',
      siteRules: [
        { pattern: 'www.example.com', mode: 'always' },
        { pattern: 'ads.example.net', mode: 'never' },
      ],
    });
    expect(migrated.version).toBe(CURRENT_SETTINGS_VERSION);
  });

  it('001 alone produces the version 1 field names', () => {
    const migration = SETTINGS_MIGRATIONS[0]!;
    expect(migration.migrate(fixture('v0.json'))).toEqual({
      version: 1,
      targetScript: 'hant',
      autoConvert: false,
      siteRules: { 'www.example.com': true, 'ads.example.net': false },
    });
  });

  it('002 turns scripts into regional targets and the hover switch into peek mode', () => {
    const migration = SETTINGS_MIGRATIONS[1]!;
    const v2 = migration.migrate(fixture('v1.json'));
    expect(v2).toMatchObject({
      version: 2,
      target: 'tw',
      autoConvertNetease: true,
      readingMode: 'peek',
      repairMirrors: false,
    });
    expect(v2).not.toHaveProperty('targetScript');
    expect(v2).not.toHaveProperty('showOriginalOnHover');

    const parsed = parseStoredSettings(fixture('v1.json'));
    expect(parsed.migratedFrom).toBe(1);
    expect(parsed.settings).toMatchObject({
      target: 'tw',
      readingMode: 'peek',
      autoConvert: 'netease',
      repairMirrors: false,
      siteRules: [
        { pattern: 'news.example.com', mode: 'always' },
        { pattern: 'kejisudi.example', mode: 'never' },
      ],
    });
    // The one host with a space in it cannot be a pattern: it is dropped and reported.
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0]!.field).toBe('siteRules[2]');
  });

  it('002 maps Simplified to cn', () => {
    const v2 = SETTINGS_MIGRATIONS[1]!.migrate({ version: 1, targetScript: 'hans' });
    expect(v2.target).toBe('cn');
    expect(v2).not.toHaveProperty('readingMode');
  });

  it('003 turns the host map into a list of patterns with modes', () => {
    const v3 = SETTINGS_MIGRATIONS[2]!.migrate(fixture('v2.json'));
    expect(v3.siteRules).toEqual([
      { pattern: 'Example.COM', mode: 'always' },
      { pattern: '*.mirror.example', mode: 'never' },
      { pattern: 'news.example.org', mode: 'yes' },
    ]);

    const parsed = parseStoredSettings(fixture('v2.json'));
    expect(parsed.migratedFrom).toBe(2);
    expect(parsed.settings).toEqual({
      ...defaultSettings(),
      target: 'hk',
      readingMode: 'parallel',
      autoConvert: 'none',
      regionalVocabulary: true,
      siteRules: [
        { pattern: 'example.com', mode: 'always' },
        { pattern: '*.mirror.example', mode: 'never' },
      ],
    });
    // "yes" was never a valid value for a host: that one rule is reported, the others kept.
    expect(parsed.problems.map((p) => p.field)).toEqual(['siteRules[2]']);
  });

  it('004 renames glossary, peekKey and language', () => {
    const v4 = SETTINGS_MIGRATIONS[3]!.migrate(fixture('v3.json'));
    expect(v4).toMatchObject({
      version: 4,
      glossaryEnabled: false,
      peekModifier: 'Control',
      uiLanguage: 'zh_TW',
    });
    for (const old of ['glossary', 'peekKey', 'language']) expect(v4).not.toHaveProperty(old);

    const parsed = parseStoredSettings(fixture('v3.json'));
    expect(parsed.migratedFrom).toBe(3);
    expect(parsed.problems).toEqual([]);
    expect(parsed.settings).toEqual({
      ...defaultSettings(),
      target: 'tw',
      readingMode: 'peek',
      glossaryEnabled: false,
      peekModifier: 'Control',
      uiLanguage: 'zh_TW',
      siteRules: [
        { pattern: 'example.com', mode: 'always' },
        { pattern: 'news.example.com/world/*', mode: 'never' },
      ],
    });
  });

  it('005 turns the NetEase switch into the choice of pages that convert on load', () => {
    const migration = SETTINGS_MIGRATIONS[4]!;
    const v5 = migration.migrate(fixture('v4.json'));
    expect(v5).toMatchObject({ version: 5, autoConvert: 'none' });
    expect(v5).not.toHaveProperty('autoConvertNetease');
    expect(migration.migrate({ version: 4, autoConvertNetease: true }).autoConvert).toBe('netease');
    // Nothing stored: nothing to carry over, the default applies.
    expect(migration.migrate({ version: 4 })).toEqual({ version: 5 });

    const parsed = parseStoredSettings(fixture('v4.json'));
    expect(parsed.migratedFrom).toBe(4);
    expect(parsed.problems).toEqual([]);
    expect(parsed.settings).toEqual({
      ...defaultSettings(),
      target: 'cn',
      regionalVocabulary: true,
      autoConvert: 'none',
      glossaryScope: 'page',
      glossaryMarks: 'first',
      peekModifier: 'Shift',
      uiLanguage: 'zh_CN',
      siteRules: [{ pattern: 'example.com', mode: 'always' }],
      disabledBuiltInTerms: ['nvidia'],
    });
  });

  it('reports a switch that was neither on nor off under the new name, and takes the default', () => {
    const parsed = parseStoredSettings({ version: 4, autoConvertNetease: 'yes', target: 'tw' });
    expect(parsed.settings.autoConvert).toBe('netease');
    expect(parsed.settings.target).toBe('tw');
    expect(parsed.problems.map((p) => [p.field, p.code])).toEqual([['autoConvert', 'not-one-of']]);
  });

  it('reports an unknown old value under the new field name instead of dropping it silently', () => {
    const parsed = parseStoredSettings({ version: 3, peekKey: 'meta', language: 'fr' });
    expect(parsed.settings.peekModifier).toBe('Alt');
    expect(parsed.settings.uiLanguage).toBe('auto');
    expect(parsed.problems.map((p) => p.field).sort()).toEqual(['peekModifier', 'uiLanguage']);
  });

  it('keeps a new field when an old object carries both names', () => {
    const parsed = parseStoredSettings({ version: 1, targetScript: 'hans', target: 'hk' });
    expect(parsed.settings.target).toBe('hk');
  });

  it('never throws on junk inside old shapes', () => {
    const junk = [null, 1, 'x', [], {}, [1, 2], { a: null }, true];
    for (const migration of SETTINGS_MIGRATIONS) {
      for (const value of junk) {
        const fields = [
          'targetScript',
          'enabled',
          'autoConvert',
          'siteRules',
          'showOriginalOnHover',
          'autoConvertNetease',
        ];
        const old = Object.fromEntries(fields.map((f) => [f, value]));
        expect(() => migration.migrate(old)).not.toThrow();
      }
    }
    const parsed = parseStoredSettings({ version: 1, siteRules: [null], targetScript: {} });
    expect(parsed.settings.target).toBe('auto');
    expect(parsed.settings.siteRules).toEqual([]);
  });
});
