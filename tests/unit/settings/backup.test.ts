import { describe, expect, it } from 'vitest';
import { exportAll, parseImportAll, backupFileName } from '../../../utils/settings/backup.ts';
import type { StoredGlossary, ValidateTerm } from '../../../utils/settings/glossary-store.ts';
import { checkLocalQuota } from '../../../utils/settings/quota.ts';
import { defaultSettings, type Settings } from '../../../utils/settings/schema.ts';
import { validateTerm as validateGlossaryTerm } from '../../../utils/glossary/schema.ts';
import { makeTerm } from '../glossary/helpers.ts';

/** A stand-in for the glossary module's validator: `{ source, target }`, keyed by source. */
const validateTerm: ValidateTerm = (raw) => {
  if (typeof raw !== 'object' || raw === null) return { ok: false, error: 'not an object' };
  const { source, target } = raw as Record<string, unknown>;
  if (typeof source !== 'string' || source === '') return { ok: false, error: 'source missing' };
  if (typeof target !== 'string') return { ok: false, error: 'target missing' };
  return { ok: true, key: source };
};

const SETTINGS: Settings = {
  ...defaultSettings(),
  target: 'tw',
  readingMode: 'parallel',
  siteRules: [{ pattern: 'example.com', mode: 'never' }],
};
const GLOSSARY: StoredGlossary = {
  revision: 7,
  terms: [
    { source: '长鑫存储', target: 'CXMT' },
    { source: '光刻机', target: 'lithography machine' },
  ],
};
const NOW = new Date('2025-03-01T08:00:00Z');

function backupWith(changes: Record<string, unknown>): string {
  const base = JSON.parse(
    exportAll({ settings: SETTINGS, userGlossary: GLOSSARY, now: NOW }),
  ) as Record<string, unknown>;
  return JSON.stringify({ ...base, ...changes });
}

describe('exportAll', () => {
  it('writes one JSON document with format, version, date, settings and glossary', () => {
    const text = exportAll({ settings: SETTINGS, userGlossary: GLOSSARY, now: NOW });
    expect(JSON.parse(text)).toEqual({
      format: 'jianfan-backup',
      version: 1,
      exportedAt: '2025-03-01T08:00:00.000Z',
      settings: SETTINGS,
      userGlossary: GLOSSARY,
    });
  });

  it('names the file after the day', () => {
    expect(backupFileName(NOW)).toBe('jianfan-backup-2025-03-01.json');
  });

  it('names the file after the reader’s day, not UTC’s', () => {
    const zone = process.env.TZ;
    process.env.TZ = 'Asia/Shanghai';
    try {
      // 07:30 on 2 June in Beijing is still 1 June in UTC.
      expect(backupFileName(new Date(2025, 5, 2, 7, 30))).toBe('jianfan-backup-2025-06-02.json');
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });
});

describe('parseImportAll', () => {
  it('round-trips into an empty profile', () => {
    const text = exportAll({ settings: SETTINGS, userGlossary: GLOSSARY, now: NOW });
    const result = parseImportAll(text, { validateTerm });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.apply.settings).toEqual(SETTINGS);
    expect(result.apply.userGlossary.terms).toEqual(GLOSSARY.terms);
    expect(result.preview).toEqual({
      settingsChanges: ['target', 'readingMode', 'siteRules'],
      termsAdded: 2,
      termsUpdated: 0,
      termsUnchanged: 0,
      exportedAt: '2025-03-01T08:00:00.000Z',
    });
  });

  it('merges terms into the current glossary and counts additions and updates', () => {
    const current = {
      settings: SETTINGS,
      userGlossary: {
        revision: 3,
        terms: [
          { source: '光刻机', target: 'litho' },
          { source: '实体清单', target: 'Entity List' },
          { source: '长鑫存储', target: 'CXMT' },
        ],
      },
    };
    const text = exportAll({ settings: SETTINGS, userGlossary: GLOSSARY, now: NOW });
    const result = parseImportAll(text, { validateTerm, current });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.preview.settingsChanges).toEqual([]);
    expect(result.preview.termsAdded).toBe(0);
    expect(result.preview.termsUpdated).toBe(1);
    expect(result.preview.termsUnchanged).toBe(1);
    expect(result.apply.userGlossary).toEqual({
      revision: 4,
      terms: [
        { source: '光刻机', target: 'lithography machine' },
        { source: '实体清单', target: 'Entity List' },
        { source: '长鑫存储', target: 'CXMT' },
      ],
    });
  });

  it('leaves the glossary revision alone when no term changes', () => {
    const current = { settings: SETTINGS, userGlossary: GLOSSARY };
    const text = exportAll({ settings: SETTINGS, userGlossary: GLOSSARY, now: NOW });
    const result = parseImportAll(text, { validateTerm, current });
    expect(result.ok && result.apply.userGlossary).toBe(GLOSSARY);
  });

  it('migrates settings from a backup made by an older version', () => {
    const text = backupWith({
      settings: { version: 2, target: 'hk', siteRules: { 'a.example': true } },
    });
    const result = parseImportAll(text, { validateTerm });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.apply.settings).toEqual({
      ...defaultSettings(),
      target: 'hk',
      siteRules: [{ pattern: 'a.example', mode: 'always' }],
    });
  });

  it('accepts a file that starts with a byte order mark', () => {
    const text = `\uFEFF${exportAll({ settings: SETTINGS, userGlossary: GLOSSARY, now: NOW })}`;
    expect(parseImportAll(text, { validateTerm }).ok).toBe(true);
  });

  const MALFORMED: [string, string][] = [
    ['empty file', ''],
    ['not JSON', '{"format": "jianfan-backup",'],
    ['JSON null', 'null'],
    ['a JSON array', '[]'],
    ['a JSON string', '"jianfan-backup"'],
    ['another format', backupWith({ format: 'other-extension-backup' })],
    ['no format', backupWith({ format: undefined })],
    ['a newer backup format', backupWith({ version: 2 })],
    ['a version that is text', backupWith({ version: '1' })],
    ['settings missing', backupWith({ settings: undefined })],
    ['settings as a list', backupWith({ settings: [] })],
    ['one corrupt setting', backupWith({ settings: { ...SETTINGS, readingMode: 'sideways' } })],
    [
      'a hostile site rule',
      backupWith({
        settings: {
          ...SETTINGS,
          siteRules: [{ pattern: '<img src=x onerror=alert(1)>', mode: 'never' }],
        },
      }),
    ],
    ['settings from a newer schema', backupWith({ settings: { ...SETTINGS, version: 99 } })],
    ['glossary missing', backupWith({ userGlossary: undefined })],
    ['glossary terms not a list', backupWith({ userGlossary: { revision: 1, terms: {} } })],
    ['negative glossary revision', backupWith({ userGlossary: { revision: -1, terms: [] } })],
    [
      'an invalid term',
      backupWith({ userGlossary: { revision: 1, terms: [{ source: '', target: 'x' }] } }),
    ],
    [
      'a duplicated term',
      backupWith({ userGlossary: { revision: 1, terms: [GLOSSARY.terms[0], GLOSSARY.terms[0]] } }),
    ],
    ['a date that is not a date', backupWith({ exportedAt: 'yesterday' })],
  ];

  it.each(MALFORMED)('refuses %s and applies nothing', (_, text) => {
    const current = { settings: SETTINGS, userGlossary: GLOSSARY };
    const before = JSON.stringify(current);
    const result = parseImportAll(text, { validateTerm, current });
    expect(result.ok).toBe(false);
    expect(result).not.toHaveProperty('apply');
    if (!result.ok) {
      expect(result.errors.length).toBeGreaterThan(0);
      for (const error of result.errors) expect(error.length).toBeGreaterThan(5);
    }
    expect(JSON.stringify(current)).toBe(before);
  });

  it('caps a long error list', () => {
    const terms = Array.from({ length: 50 }, () => ({ source: 1 }));
    const result = parseImportAll(backupWith({ userGlossary: { revision: 1, terms } }), {
      validateTerm,
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toHaveLength(21);
      expect(result.errors.at(-1)).toMatch(/30 more/);
    }
  });
});

describe('parseImportAll with real terms', () => {
  const validateRealTerm: ValidateTerm = (raw) => {
    const result = validateGlossaryTerm(raw);
    return result.ok ? { ok: true, key: result.term.id } : { ok: false, error: 'invalid' };
  };

  it('refuses a backup whose terms would share a form with the reader’s own', () => {
    const current = {
      settings: defaultSettings(),
      userGlossary: { revision: 3, terms: [makeTerm('mine', { hans: '算力' })] },
    };
    const file = exportAll({
      settings: defaultSettings(),
      userGlossary: { revision: 1, terms: [makeTerm('theirs', { hans: '算力' })] },
      now: NOW,
    });
    const result = parseImportAll(file, { validateTerm: validateRealTerm, current });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toEqual([
        expect.objectContaining({
          code: 'form-clash',
          params: { form: '算力', first: 'mine', second: 'theirs' },
        }),
      ]);
    }
    // The same term under the reader's id is an update.
    const update = exportAll({
      settings: defaultSettings(),
      userGlossary: { revision: 1, terms: [makeTerm('mine', { hans: '算力', en: 'Compute' })] },
      now: NOW,
    });
    expect(parseImportAll(update, { validateTerm: validateRealTerm, current }).ok).toBe(true);
  });

  it('restores the backup of a glossary as large as storage holds', () => {
    // Terms of many short aliases, as a reader's list of model numbers: the indented backup
    // takes more than twice what is stored.
    const word = (n: number) =>
      Array.from({ length: 4 }, (_, i) =>
        String.fromCharCode(97 + (Math.floor(n / 26 ** i) % 26)),
      ).join('');
    const terms = Array.from({ length: 44_000 }, (_, n) => {
      const base = word(n);
      return {
        id: base,
        hans: base,
        hant: base,
        aliases: Array.from({ length: 16 }, (_, k) => `${base}${String.fromCharCode(97 + k)}`),
        category: 'term',
        definition: { en: 'a' },
      };
    });
    const userGlossary = { revision: 1, terms };
    expect(checkLocalQuota(userGlossary, { key: 'userGlossary' }).ok).toBe(true);
    const file = exportAll({ settings: SETTINGS, userGlossary, now: NOW });
    expect(file.length).toBeGreaterThan(20_000_000);
    const result = parseImportAll(file, { validateTerm: validateRealTerm });
    expect(result.ok && result.preview.termsAdded).toBe(terms.length);
  });
});
