import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { OptionsApp } from '../../../components/options/OptionsApp.tsx';
import type { OptionsApi } from '../../../components/options/api.ts';
import { createOptionsApi } from '../../../components/options/platform-api.ts';
import type { TextFile } from '../../../components/shared/files.ts';
import {
  CSV_COLUMNS,
  GLOSSARY_FORMAT,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_TERMS,
  exportGlossaryCsv,
} from '../../../utils/glossary/io.ts';
import type { Term } from '../../../utils/glossary/schema.ts';
import { translate } from '../../../utils/i18n/translate.ts';
import { createSettingsStorage } from '../../../utils/platform/settings-storage.ts';
import { BACKUP_FORMAT, MAX_BACKUP_CHARACTERS } from '../../../utils/settings/backup.ts';
import { defaultSettings, type Settings } from '../../../utils/settings/schema.ts';
import { button, byId, click, mount, pickFile, textOf, waitFor } from '../components/helpers.tsx';
import { USER_TERM } from '../components/options-fixtures.ts';
import { storageDouble } from '../platform/storage-double.ts';

/**
 * Malformed files through the import paths of the options page (the glossary import and the
 * backup import), over the real storage wiring on a fake storage area. Each file must be refused
 * with an error a reader can act on, and nothing stored may change.
 */

const en = (key: Parameters<typeof translate>[1], subs?: Parameters<typeof translate>[2]) =>
  translate('en', key, subs);

const STORED_SETTINGS: Settings = {
  ...defaultSettings(),
  target: 'tw',
  siteRules: [{ pattern: 'news.example.com', mode: 'always' }],
};
const STORED_GLOSSARY = { revision: 6, terms: [USER_TERM] };

const tally = { files: 0, errors: 0 };
afterAll(() => {
  console.log(`Imports: ${tally.files} malformed files, ${tally.errors} refused with an error`);
});

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

const GOOD: Term = {
  id: 'hbm4',
  hans: '第四代高带宽内存',
  hant: '第四代高頻寬記憶體',
  en: 'HBM4',
  category: 'technology',
  definition: {
    en: 'The fourth generation of high-bandwidth memory.',
    hans: '第四代高带宽内存。',
    hant: '第四代高頻寬記憶體。',
  },
};

const json = (value: unknown) => JSON.stringify(value, null, 2);
const glossaryFile = (terms: unknown, extra: Record<string, unknown> = {}) =>
  json({ format: GLOSSARY_FORMAT, version: 1, terms, ...extra });
const HEADER = 'id,hans,hant,category,definition_en,definition_hans,definition_hant';
const GOOD_ROW = 'hbm4,第四代高带宽内存,第四代高頻寬記憶體,technology,HBM4 memory.,内存。,記憶體。';
const csv = (...lines: string[]) => `${lines.join('\r\n')}\r\n`;

/** Many small valid terms (the file stays under the size limit). */
function manyTerms(count: number): Term[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `t${i}`,
    hans: `术${i}`,
    hant: `術${i}`,
    category: 'term',
    definition: { en: 'd', hans: 'd', hant: 'd' },
  }));
}

interface MalformedFile {
  name: string;
  file: string;
  /** The file's content: text (written as UTF-8), or bytes as they are. */
  text: () => string | Uint8Array<ArrayBuffer>;
  /** What the error must say (hand-written from the file's fault). */
  says: RegExp;
}

/**
 * A glossary CSV as Excel saves "CSV" on Chinese Windows: GBK. Its header is ASCII, so read as
 * UTF-8 it parsed, and 芯片 came through as garbled characters that replaced good terms.
 */
function gbkCsv(): Uint8Array<ArrayBuffer> {
  const ascii = (text: string) => [...new TextEncoder().encode(text)];
  const chip = [0xd0, 0xbe, 0xc6, 0xac]; // 芯片
  const taiwanChip = [0xbe, 0xa7, 0xc6, 0xac]; // 晶片
  return new Uint8Array([
    ...ascii('id,hans,hant,category,definition_en,definition_hans,definition_hant\r\nchip,'),
    ...chip,
    ...ascii(','),
    ...chip,
    ...ascii(',term,A chip.,'),
    ...chip,
    ...ascii(','),
    ...taiwanChip,
    ...ascii('\r\n'),
  ]);
}

const GLOSSARY_FILES: readonly MalformedFile[] = [
  { name: 'empty', file: 'empty.json', text: () => '', says: /empty/ },
  { name: 'a CSV saved in GBK', file: 'gbk.csv', text: gbkCsv, says: /UTF-8/ },
  { name: 'only whitespace', file: 'blank.csv', text: () => ' \r\n\t\n', says: /empty/ },
  { name: 'only a byte order mark', file: 'bom.csv', text: () => '\uFEFF', says: /empty/ },
  {
    name: 'truncated JSON',
    file: 'cut.json',
    text: () => glossaryFile([GOOD]).slice(0, 120),
    says: /truncated/,
  },
  { name: 'a JSON list at the root', file: 'list.json', text: () => json([GOOD]), says: /object/ },
  { name: 'a JSON string', file: 'string.json', text: () => '"terms"', says: /column/ },
  {
    // Two files merged by hand: JSON.parse keeps the second list and drops the first unseen.
    name: 'a JSON object naming "terms" twice',
    file: 'merged.json',
    text: () => glossaryFile([GOOD]).replace(/\n}$/, `,\n  "terms": []\n}`),
    says: /"terms".*twice/,
  },
  {
    name: 'another format',
    file: 'other.json',
    text: () => json({ format: 'anki', version: 1, terms: [] }),
    says: /format.*jianfan-glossary/,
  },
  {
    name: 'a newer version',
    file: 'v2.json',
    text: () => json({ format: GLOSSARY_FORMAT, version: 2, terms: [] }),
    says: /newer/,
  },
  {
    name: 'the version as text',
    file: 'v-text.json',
    text: () => json({ format: GLOSSARY_FORMAT, version: '1', terms: [] }),
    says: /must be 1/,
  },
  {
    name: 'terms that are not a list',
    file: 'terms-object.json',
    text: () => glossaryFile({ hbm4: GOOD }),
    says: /array of terms/,
  },
  {
    name: 'a term that is a number',
    file: 'num.json',
    text: () => glossaryFile([1]),
    says: /object/,
  },
  {
    name: 'a term without required fields',
    file: 'partial.json',
    text: () => glossaryFile([{ id: 'hbm4', hans: '内存' }]),
    says: /required/,
  },
  {
    name: 'wrong types',
    file: 'types.json',
    text: () => glossaryFile([{ ...GOOD, hans: 5, caseSensitive: 'yes' }]),
    says: /must be a string|true or false/,
  },
  {
    name: 'an unknown field',
    file: 'unknown.json',
    text: () => glossaryFile([{ ...GOOD, colour: 'red' }]),
    says: /not a known field/,
  },
  {
    name: 'a __proto__ field',
    file: 'proto.json',
    text: () => glossaryFile([GOOD]).replace('"id"', '"__proto__": {"polluted": true}, "id"'),
    says: /not a known field/,
  },
  {
    name: 'duplicate ids',
    file: 'dupe-ids.json',
    text: () => glossaryFile([GOOD, { ...GOOD, hans: '另一个', hant: '另一個', en: 'Other' }]),
    says: /used twice/,
  },
  {
    name: 'one form in two terms',
    file: 'dupe-forms.json',
    text: () => glossaryFile([GOOD, { ...GOOD, id: 'other', en: 'Other' }]),
    says: /belong to one term only/,
  },
  {
    name: 'a right-to-left override in a form',
    file: 'rlo.json',
    text: () => glossaryFile([{ ...GOOD, hans: '内存\u202e存内' }]),
    says: /control characters/,
  },
  {
    name: 'a javascript: link',
    file: 'link.json',
    text: () => glossaryFile([{ ...GOOD, link: 'javascript:alert(1)' }]),
    says: /https/,
  },
  {
    name: 'too many terms',
    file: 'many.json',
    text: () =>
      JSON.stringify({
        format: GLOSSARY_FORMAT,
        version: 1,
        terms: manyTerms(MAX_IMPORT_TERMS + 1),
      }),
    says: new RegExp(`at most ${MAX_IMPORT_TERMS}`),
  },
  {
    name: 'over 30 MB',
    file: 'huge.json',
    text: () =>
      glossaryFile([
        { ...GOOD, definition: { ...GOOD.definition, en: 'x'.repeat(MAX_IMPORT_BYTES + 1) } },
      ]),
    says: /limited to/,
  },
  {
    name: 'lists nested 5000 deep',
    file: 'deep.json',
    text: () =>
      `{"format":"${GLOSSARY_FORMAT}","version":1,"terms":${'['.repeat(5000)}${']'.repeat(5000)}}`,
    says: /must be an object/,
  },
  {
    name: 'a field nested 100,000 deep',
    file: 'deep-field.json',
    text: () =>
      glossaryFile([{ ...GOOD, aliases: [] }]).replace(
        '"aliases": []',
        `"aliases": ${'['.repeat(100_000)}${']'.repeat(100_000)}`,
      ),
    says: /aliases/,
  },
  {
    name: 'a backup file',
    file: 'backup.json',
    text: () => json({ format: BACKUP_FORMAT, version: 1, settings: {}, userGlossary: {} }),
    says: /format/,
  },
  {
    name: 'UTF-16 read as UTF-8',
    file: 'utf16.csv',
    text: () => `\uFEFF${HEADER}`.split('').join('\u0000'),
    says: /column|separated/,
  },
  {
    name: 'semicolons',
    file: 'semi.csv',
    text: () => csv(HEADER.replace(/,/g, ';'), GOOD_ROW.replace(/,/g, ';')),
    says: /semicolons/,
  },
  {
    name: 'tabs',
    file: 'tabs.csv',
    text: () => csv(HEADER.replace(/,/g, '\t'), GOOD_ROW.replace(/,/g, '\t')),
    says: /tabs/,
  },
  {
    name: 'a missing required column',
    file: 'no-category.csv',
    text: () => csv(HEADER.replace(',category', ''), GOOD_ROW.replace(',technology', '')),
    says: /no "category" column/,
  },
  {
    name: 'an unknown column',
    file: 'extra-column.csv',
    text: () => csv(`${HEADER},colour`, `${GOOD_ROW},red`),
    says: /not a glossary column/,
  },
  {
    name: 'a column twice',
    file: 'twice.csv',
    text: () => csv(`${HEADER},hans`, `${GOOD_ROW},内存`),
    says: /appears twice/,
  },
  {
    name: 'a row with an extra field',
    file: 'row.csv',
    text: () => csv(HEADER, `${GOOD_ROW},surplus`),
    says: /fields but the header has/,
  },
  {
    name: 'an unterminated quote',
    file: 'quote.csv',
    text: () => csv(HEADER, GOOD_ROW.replace('HBM4 memory.', '"HBM4 memory.')).trimEnd(),
    says: /never closed/,
  },
  {
    name: 'a stray quote',
    file: 'stray.csv',
    text: () => csv(HEADER, GOOD_ROW.replace('HBM4 memory.', 'HBM4 "memory".')),
    says: /quote/,
  },
  {
    name: 'a DDE formula',
    file: 'dde.csv',
    text: () => csv(HEADER, GOOD_ROW.replace('HBM4 memory.', "=cmd|' /C calc'!A0")),
    says: /formula/,
  },
  {
    name: 'a plus formula',
    file: 'plus.csv',
    text: () => csv(HEADER, GOOD_ROW.replace('HBM4 memory.', "+1+cmd|' /C calc'!A0")),
    says: /formula/,
  },
  {
    name: 'a minus formula',
    file: 'minus.csv',
    text: () => csv(HEADER, GOOD_ROW.replace('HBM4 memory.', "-2+3+cmd|' /C calc'!A0")),
    says: /formula/,
  },
  {
    name: 'an at formula',
    file: 'at.csv',
    text: () => csv(HEADER, GOOD_ROW.replace('HBM4 memory.', "@SUM(1+1)*cmd|' /C calc'!A0")),
    says: /formula/,
  },
  {
    name: 'a formula behind a byte order mark',
    file: 'bom-formula.csv',
    text: () => `\uFEFF${csv(HEADER, GOOD_ROW.replace('hbm4', '=1+1'))}`,
    says: /formula/,
  },
  {
    name: 'an empty required cell',
    file: 'empty-cell.csv',
    // An empty hans or hant is filled in from the other (complete.ts); the category is not.
    text: () => csv(HEADER, GOOD_ROW.replace('technology', '')),
    says: /must not be empty|required/,
  },
  {
    name: 'a flag that is neither true nor false',
    file: 'flag.csv',
    text: () => csv(`${HEADER},case_sensitive`, `${GOOD_ROW},yes`),
    says: /true or false/,
  },
  {
    name: 'binary junk',
    file: 'junk.csv',
    text: () => '\u0000\u0001\u0002PK\u0003\u0004\u00ff\u00fe',
    says: /column/,
  },
];

const goodBackup = () =>
  json({
    format: BACKUP_FORMAT,
    version: 1,
    exportedAt: '2025-06-01T08:00:00.000Z',
    settings: { ...defaultSettings(), target: 'cn' },
    userGlossary: { revision: 1, terms: [GOOD] },
  });
const backupWith = (change: Record<string, unknown>) =>
  json({ ...(JSON.parse(goodBackup()) as Record<string, unknown>), ...change });

const BACKUP_FILES: readonly MalformedFile[] = [
  { name: 'empty', file: 'empty.json', text: () => '', says: /empty/ },
  {
    name: 'a backup saved again as UTF-16',
    file: 'utf16.json',
    text: () =>
      new Uint8Array([
        0xff,
        0xfe,
        ...[...goodBackup()].flatMap((ch) => [ch.charCodeAt(0) & 0xff, ch.charCodeAt(0) >> 8]),
      ]),
    says: /UTF-8/,
  },
  {
    name: 'truncated',
    file: 'cut.json',
    text: () => goodBackup().slice(0, 90),
    says: /not valid JSON/,
  },
  { name: 'a list', file: 'list.json', text: () => '[]', says: /backup object/ },
  {
    // Settings pasted in from another backup: JSON.parse would keep the second unseen.
    name: 'an object naming "settings" twice',
    file: 'twice.json',
    text: () => goodBackup().replace(/\n}$/, `,\n  "settings": {}\n}`),
    says: /"settings".*twice/,
  },
  {
    name: 'a glossary file',
    file: 'glossary.json',
    text: () => glossaryFile([GOOD]),
    says: /not a Jianfan Reader backup/,
  },
  {
    name: 'a newer version',
    file: 'v2.json',
    text: () => backupWith({ version: 2 }),
    says: /newer/,
  },
  {
    name: 'the version as text',
    file: 'v-text.json',
    text: () => backupWith({ version: '1' }),
    says: /version is not valid/,
  },
  {
    name: 'settings that are not an object',
    file: 'settings.json',
    text: () => backupWith({ settings: 'dark mode' }),
    says: /"settings" must be an object/,
  },
  {
    name: 'a setting with a wrong value',
    file: 'target.json',
    text: () => backupWith({ settings: { ...defaultSettings(), target: 'mars' } }),
    says: /target/,
  },
  {
    name: 'a site rule that matches everything',
    file: 'rule.json',
    text: () =>
      backupWith({
        settings: { ...defaultSettings(), siteRules: [{ pattern: '*', mode: 'never' }] },
      }),
    says: /siteRules/,
  },
  {
    name: 'terms that are not a list',
    file: 'terms.json',
    text: () => backupWith({ userGlossary: { revision: 1, terms: 'none' } }),
    says: /terms/,
  },
  {
    name: 'an invalid term',
    file: 'term.json',
    text: () => backupWith({ userGlossary: { revision: 1, terms: [{ ...GOOD, category: 'x' }] } }),
    says: /category/,
  },
  {
    name: 'the same term twice',
    file: 'dupe.json',
    text: () => backupWith({ userGlossary: { revision: 1, terms: [GOOD, GOOD] } }),
    says: /repeats/,
  },
  {
    name: 'a date that is not one',
    file: 'date.json',
    text: () => backupWith({ exportedAt: 'yesterday' }),
    says: /not a date/,
  },
  {
    name: 'a byte order mark and a trailing comma',
    file: 'comma.json',
    text: () => `\uFEFF${goodBackup().replace(/\n}\n?$/, ',\n}')}`,
    says: /not valid JSON/,
  },
  {
    name: 'over the size limit',
    file: 'huge.json',
    text: () => backupWith({ padding: 'x'.repeat(MAX_BACKUP_CHARACTERS) }),
    says: /too large/,
  },
];

/** Every stored value, as stored, by area and key. */
function snapshot(storage: ReturnType<typeof storageDouble>): string {
  return JSON.stringify([[...storage.sync.data], [...storage.local.data]]);
}

async function openOptions() {
  const storage = storageDouble();
  storage.sync.seed('settings', STORED_SETTINGS);
  storage.local.seed('userGlossary', STORED_GLOSSARY);
  const downloads: TextFile[] = [];
  const api: OptionsApi = {
    ...createOptionsApi(createSettingsStorage(storage, { log: () => {} })),
    download: (file) => downloads.push(file),
  };
  const mounted = await mount(<OptionsApp api={api} />);
  cleanup = mounted.unmount;
  return { page: mounted.container, storage, downloads };
}

function expectRefused(
  page: HTMLElement,
  errorsId: string,
  { says, name }: Pick<MalformedFile, 'says' | 'name'>,
) {
  const list = byId(page, errorsId);
  expect(list.getAttribute('role')).toBe('alert');
  const messages = [...list.querySelectorAll('li')].map((li) => textOf(li));
  expect(messages.length, name).toBeGreaterThan(0);
  for (const message of messages) {
    expect(message, name).not.toMatch(/undefined|\[object|NaN|^\W*$/);
    expect(message.length, name).toBeLessThan(400);
  }
  expect(messages.join('\n'), name).toMatch(says);
  // Nothing to apply: no preview of the broken file.
  expect(page.querySelector('.import-preview'), name).toBeNull();
}

describe('malformed glossary files', () => {
  it('accepts a good file on the same path (the checks below can see success)', async () => {
    const { page, storage } = await openOptions();
    await pickFile(
      byId<HTMLInputElement>(page, 'glossary-import'),
      'good.json',
      glossaryFile([GOOD]),
    );
    expect(page.querySelector('#glossary-import-errors')).toBeNull();
    await click(button(page, en('action_apply')));
    expect(storage.local.read('userGlossary')).toEqual({ revision: 7, terms: [USER_TERM, GOOD] });
  });

  it.each(GLOSSARY_FILES)('refuses $name with a clear error and stores nothing', async (file) => {
    tally.files += 1;
    const { page, storage } = await openOptions();
    const before = snapshot(storage);
    const writes = storage.sync.writes + storage.local.writes;
    await pickFile(byId<HTMLInputElement>(page, 'glossary-import'), file.file, file.text());
    // A term with a written form to fill in waits for the converter's dictionaries.
    await waitFor(() => byId(page, 'glossary-import-errors'), 10_000);
    expectRefused(page, 'glossary-import-errors', file);
    expect(snapshot(storage)).toBe(before);
    expect(storage.sync.writes + storage.local.writes).toBe(writes);
    tally.errors += 1;
  });
});

describe('malformed backups', () => {
  it('accepts a good backup on the same path', async () => {
    const { page, storage } = await openOptions();
    await pickFile(byId<HTMLInputElement>(page, 'backup-import'), 'good.json', goodBackup());
    expect(page.querySelector('#backup-import-errors')).toBeNull();
    await click(button(page, en('action_apply')));
    expect((storage.sync.read('settings') as Settings).target).toBe('cn');
  });

  it.each(BACKUP_FILES)('refuses $name with a clear error and changes nothing', async (file) => {
    tally.files += 1;
    const { page, storage } = await openOptions();
    const before = snapshot(storage);
    await pickFile(byId<HTMLInputElement>(page, 'backup-import'), file.file, file.text());
    expectRefused(page, 'backup-import-errors', file);
    expect(snapshot(storage)).toBe(before);
    tally.errors += 1;
  });
});

describe('spreadsheet formulas', () => {
  const FORMULAS = [
    "=cmd|' /C calc'!A0",
    '+HYPERLINK("https://evil.example","click")',
    '-2+3',
    '@SUM(A1:A9)',
    "'=already quoted",
    '\t=tabbed',
  ];

  it('are neutralised in every exported cell, and import back exactly', async () => {
    const hostile: Term = {
      ...GOOD,
      definition: { en: FORMULAS[0]!, hans: FORMULAS[1]!, hant: FORMULAS[2]! },
      note: { en: FORMULAS[3]!, hans: FORMULAS[4]!, hant: '=1+1' },
      aliases: ['=A1', '@me'],
    };
    const { page, storage, downloads } = await openOptions();
    await pickFile(
      byId<HTMLInputElement>(page, 'glossary-import'),
      'formulas.json',
      glossaryFile([hostile]),
    );
    await click(button(page, en('action_apply')));
    expect((storage.local.read('userGlossary') as { terms: Term[] }).terms).toContainEqual(hostile);

    await click(button(page, en('glossary_export_csv')));
    const exported = downloads.at(-1)!;
    expect(exported.name).toMatch(/\.csv$/);
    // Every cell of every row: none starts with a character a spreadsheet runs.
    const cells = exported.text
      .replace(/^\uFEFF/, '')
      .split('\r\n')
      .filter(Boolean)
      .flatMap((row) => splitCsvRow(row));
    expect(cells.length).toBeGreaterThanOrEqual(CSV_COLUMNS.length * 3);
    for (const cell of cells) expect(cell, cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(exported.text).toBe(exportGlossaryCsv([USER_TERM, hostile]));

    // The exported file imports back to the same terms: nothing to add or update.
    await pickFile(byId<HTMLInputElement>(page, 'glossary-import'), exported.name, exported.text);
    expect(page.querySelector('#glossary-import-errors')).toBeNull();
    expect(textOf(page.querySelector('.import-preview')!)).toContain(
      en('glossary_import_summary', ['0', '0', '2']),
    );
  });
});

/** The cells of one CSV row (quoted fields may hold commas and doubled quotes, not line breaks). */
function splitCsvRow(row: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < row.length; i++) {
    const ch = row[i]!;
    if (quoted) {
      if (ch === '"' && row[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === ',') {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  cells.push(cell);
  return cells;
}
