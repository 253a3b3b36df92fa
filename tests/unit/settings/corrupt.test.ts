import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keepNewerFields, parseStoredSettings } from '../../../utils/settings/parse.ts';
import {
  CURRENT_SETTINGS_VERSION,
  SETTINGS_FIELDS,
  defaultSettings,
  type Settings,
} from '../../../utils/settings/schema.ts';

/** Junk of every JSON type, plus nested garbage. */
const JUNK: readonly unknown[] = [
  null,
  0,
  -1,
  3.5,
  1e308,
  '',
  'garbage',
  '<script>alert(1)</script>',
  true,
  false,
  [],
  [1, 'two', null],
  {},
  { nested: { deeper: [{}] } },
];

/** A valid, non-default value for every field, so we can see that it survives. */
const CUSTOM: Settings = {
  version: CURRENT_SETTINGS_VERSION,
  target: 'hk',
  regionalVocabulary: true,
  readingMode: 'parallel',
  autoConvert: 'none',
  repairMirrors: false,
  glossaryEnabled: false,
  glossaryScope: 'page',
  glossaryMarks: 'first',
  peekModifier: 'Control',
  uiLanguage: 'zh_CN',
  siteRules: [{ pattern: 'example.com', mode: 'never' }],
  disabledBuiltInTerms: ['cuda'],
};

function isJunkFor(field: keyof Settings, value: unknown): boolean {
  // `false` is a perfectly good value for a boolean field, and so on.
  const valid = parseStoredSettings({ ...CUSTOM, [field]: value });
  return valid.problems.length > 0;
}

describe('parseStoredSettings on corrupt data', () => {
  it.each(JUNK.map((value) => [JSON.stringify(value), value]))(
    'falls back to the defaults when the root is %s',
    (_, value) => {
      const parsed = parseStoredSettings(value);
      expect(parsed.settings).toEqual(defaultSettings());
      if (Array.isArray(value) || typeof value !== 'object' || value === null) {
        expect(parsed.problems).toHaveLength(1);
        expect(parsed.problems[0]!.field).toBe('settings');
      }
    },
  );

  for (const field of SETTINGS_FIELDS) {
    it(`replaces junk in ${field} by its default and keeps every other field`, () => {
      for (const value of JUNK) {
        // Lists are checked item by item (see below); here only non-lists are junk for them.
        if (!isJunkFor(field, value) || Array.isArray(value)) continue;
        const parsed = parseStoredSettings({ ...CUSTOM, [field]: value });
        expect(parsed.settings).toEqual({ ...CUSTOM, [field]: defaultSettings()[field] });
        expect(parsed.problems.map((p) => p.field)).toEqual([field]);
        expect(parsed.problems[0]!.reason).toMatch(/expected/);
      }
    });
  }

  it('counts every junk value as junk for the enum fields', () => {
    for (const field of [
      'target',
      'readingMode',
      'glossaryScope',
      'peekModifier',
      'uiLanguage',
    ] as const) {
      for (const value of JUNK) expect(isJunkFor(field, value)).toBe(true);
    }
  });

  it('treats a non-list as junk for the list fields', () => {
    for (const field of ['siteRules', 'disabledBuiltInTerms'] as const) {
      for (const value of JUNK) {
        if (!Array.isArray(value)) expect(isJunkFor(field, value)).toBe(true);
      }
    }
  });

  it('drops unknown keys without complaint', () => {
    const parsed = parseStoredSettings({ ...CUSTOM, theme: 'dark', __proto__x: 1, constructor: 2 });
    expect(parsed.settings).toEqual(CUSTOM);
    expect(parsed.problems).toEqual([]);
    expect(Object.keys(parsed.settings)).not.toContain('theme');
  });

  it('is not fooled by a __proto__ key from JSON', () => {
    const parsed = parseStoredSettings(JSON.parse('{"__proto__": {"target": "hk"}, "version": 4}'));
    expect(parsed.settings.target).toBe('auto');
    expect(({} as Record<string, unknown>).target).toBeUndefined();
  });

  it('keeps the valid rules of a list with some broken ones', () => {
    const parsed = parseStoredSettings({
      ...CUSTOM,
      siteRules: [
        { pattern: 'good.example', mode: 'always' },
        'bad.example',
        { pattern: '<img src=x onerror=alert(1)>', mode: 'never' },
        { pattern: 'ok.example', mode: 'sometimes' },
        { pattern: 'GOOD.example', mode: 'never' },
        { pattern: 42, mode: 'never' },
        { pattern: 'news.example', mode: 'auto', extra: true },
      ],
    });
    expect(parsed.settings.siteRules).toEqual([
      { pattern: 'good.example', mode: 'always' },
      { pattern: 'news.example', mode: 'auto' },
    ]);
    expect(parsed.problems.map((p) => p.field)).toEqual([
      'siteRules[1]',
      'siteRules[2]',
      'siteRules[3]',
      'siteRules[4]',
      'siteRules[5]',
    ]);
  });

  it('keeps the valid ids of disabledBuiltInTerms and drops the rest', () => {
    const parsed = parseStoredSettings({
      ...CUSTOM,
      disabledBuiltInTerms: ['hbm', 7, '', 'hbm', null, 'x'.repeat(500), 'euv'],
    });
    expect(parsed.settings.disabledBuiltInTerms).toEqual(['hbm', 'euv']);
    expect(parsed.problems.map((p) => p.field)).toEqual([
      'disabledBuiltInTerms[1]',
      'disabledBuiltInTerms[2]',
      'disabledBuiltInTerms[4]',
      'disabledBuiltInTerms[5]',
    ]);
  });

  it('reads a newer version best-effort and says so', () => {
    const parsed = parseStoredSettings({ ...CUSTOM, version: 99, fancyNewField: { a: 1 } });
    expect(parsed.settings).toEqual(CUSTOM);
    expect(parsed.migratedFrom).toBeNull();
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0]).toMatchObject({ field: 'version' });
    expect(parsed.problems[0]!.reason).toMatch(/newer/);
  });

  it('keeps the fields a newer version added to the rules of a list changed here', () => {
    const stored = {
      version: 99,
      siteRules: [
        { pattern: 'example.com', mode: 'always', note: 'work' },
        { pattern: 'example.org', mode: 'never' },
      ],
    };
    const read = parseStoredSettings(stored).settings;
    const rule = { pattern: 'example.net', mode: 'auto' } as const;
    const kept = keepNewerFields(stored, { ...read, siteRules: [...read.siteRules, rule] });
    expect(kept.siteRules).toEqual([...stored.siteRules, rule]);
  });

  it('keeps what a newer version stored and this one cannot read, unless changed here', () => {
    // A reading mode and a rule mode the newer version added: this version reads the defaults.
    const stored = {
      ...CUSTOM,
      version: 99,
      readingMode: 'bilingual',
      siteRules: [
        { pattern: 'example.com', mode: 'always' },
        { pattern: 'news.example.org', mode: 'translate' },
      ],
    };
    const read = parseStoredSettings(stored).settings;
    expect(read.readingMode).toBe('converted');
    // A change of another field keeps the newer value of this one.
    expect(keepNewerFields(stored, { ...read, target: 'cn' })).toEqual({
      ...stored,
      target: 'cn',
    });
    // A rule added here keeps the rule this version could not read; a field changed here is saved.
    const rule = { pattern: 'example.net', mode: 'never' } as const;
    expect(
      keepNewerFields(stored, {
        ...read,
        readingMode: 'peek',
        siteRules: [...read.siteRules, rule],
      }),
    ).toEqual({
      ...stored,
      readingMode: 'peek',
      siteRules: [stored.siteRules[0], rule, stored.siteRules[1]],
    });
  });

  it.each([['4'], [-1], [1.5], [null], [[4]], [{}]])(
    'reports a junk version %j and still reads the fields',
    (version) => {
      const parsed = parseStoredSettings({ ...CUSTOM, version });
      expect(parsed.settings).toEqual(CUSTOM);
      expect(parsed.problems.map((p) => p.field)).toEqual(['version']);
    },
  );

  it('never throws and always yields settings that read back cleanly (property)', () => {
    const fieldJunk = fc.record(
      Object.fromEntries(SETTINGS_FIELDS.map((field) => [field, fc.jsonValue()])),
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue(),
          fieldJunk,
          fieldJunk.map((o) => ({ ...o, version: 4 })),
        ),
        (raw) => {
          const parsed = parseStoredSettings(raw);
          expect(parsed.settings.version).toBe(CURRENT_SETTINGS_VERSION);
          const again = parseStoredSettings(JSON.parse(JSON.stringify(parsed.settings)));
          expect(again.problems).toEqual([]);
          expect(again.settings).toEqual(parsed.settings);
        },
      ),
      { numRuns: 500 },
    );
  });
});
