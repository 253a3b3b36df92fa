import { describe, expect, test } from 'vitest';
import {
  CSV_COLUMNS,
  type GlossaryImportResult,
  canonicalTerm,
  exportGlossaryCsv,
  exportGlossaryJson,
  parseGlossaryImport,
} from '../../../utils/glossary/io.ts';
import type { ImportProblem } from '../../../utils/glossary/import-problems.ts';
import { BUILT_IN_TERMS } from '../../../utils/glossary/pack/index.ts';
import type { Term } from '../../../utils/glossary/schema.ts';
import { makeTerm } from './helpers.ts';

const HEADER = CSV_COLUMNS.slice(0, 13).join(',');
const ROW_H200 =
  'nvidia-h200,H200,H200,,,,H200 SXM,product,A GPU.,一款GPU。,一款GPU。,2025,https://en.wikipedia.org/wiki/Hopper_(microarchitecture)';
const ROW_CUDA = 'cuda,CUDA,CUDA,,,,,technology,A platform.,一个平台。,一個平臺。,,';

const jsonFile = (terms: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ format: 'jianfan-glossary', version: 1, terms, ...extra }, null, 2);

function errorsOf(result: GlossaryImportResult): ImportProblem[] {
  if (result.ok) throw new Error('expected the import to be rejected');
  return result.errors;
}

function accepted(result: GlossaryImportResult) {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.errors)}`);
  return result;
}

/** A term whose text exercises CSV quoting and formula neutralisation. */
const tricky: Term = {
  id: 'tricky-1',
  hans: '测试里的词',
  hant: '測試裡的詞',
  hk: '測試裏的詞',
  en: '=SUM(A1:A2)',
  aliases: ['+86', '-1', '@home', "'=quoted", 'a "quoted", comma'],
  category: 'idiom',
  definition: {
    en: '-Starts with a minus, has "quotes", commas, and\na second line.',
    hans: '=第一行，\n第二行',
    hant: "@第一行,\n'第二行",
  },
  note: { en: '+note', hans: '注释', hant: '註釋' },
  link: 'https://example.com/a?b=1,c=2',
  asOf: '2025-12',
  caseSensitive: false,
  protect: true,
};

describe('round trips', () => {
  const terms: Term[] = [tricky, ...BUILT_IN_TERMS];

  test('CSV export then import gives back exactly the same terms', () => {
    const csv = exportGlossaryCsv(terms);
    const result = accepted(parseGlossaryImport(csv, { format: 'csv', maxBytes: 5_000_000 }));
    expect(result.adds).toEqual(terms.map(canonicalTerm));
    expect(result.updates).toEqual([]);
  });

  test('CSV round trip also works without BOM, with LF line ends, and with auto-detection', () => {
    const csv = exportGlossaryCsv([tricky], { bom: false }).replace(/\r\n/g, '\n');
    expect(accepted(parseGlossaryImport(csv)).adds).toEqual([canonicalTerm(tricky)]);
  });

  test('JSON export then import gives back exactly the same terms', () => {
    const json = exportGlossaryJson(terms);
    const result = accepted(parseGlossaryImport(json, { maxBytes: 5_000_000 }));
    expect(result.adds).toEqual(terms.map(canonicalTerm));
  });

  describe('a reader’s terms with a definition in some languages only', () => {
    const partial: Term[] = [
      { ...makeTerm('only-hans'), definition: { hans: '只有简体。' } },
      { ...makeTerm('only-hant'), definition: { hant: '只有繁體。' } },
      { ...makeTerm('only-en'), definition: { en: 'English only.' } },
      { ...makeTerm('no-en'), definition: { hans: '没有英文。', hant: '沒有英文。' } },
    ];

    test('export their missing languages as empty cells, which import back as missing', () => {
      const csv = exportGlossaryCsv(partial, { bom: false });
      const columns = CSV_COLUMNS.indexOf('definition_en');
      const row = csv.split('\r\n')[1]!.split(',');
      expect(row.slice(columns, columns + 3)).toEqual(['', '只有简体。', '']);
      const back = accepted(parseGlossaryImport(csv, { format: 'csv' })).adds;
      expect(back).toEqual(partial);
      expect(back[0]!.definition).not.toHaveProperty('en');
      expect(exportGlossaryCsv(back, { bom: false })).toBe(csv);
    });

    test('export them to JSON without the missing languages, and import them back', () => {
      const json = exportGlossaryJson(partial);
      expect(json).not.toContain('"en": ""');
      expect(JSON.parse(json).terms[0].definition).toEqual({ hans: '只有简体。' });
      expect(accepted(parseGlossaryImport(json)).adds).toEqual(partial);
    });

    test('keep no absent language as a key in their canonical form', () => {
      const withUndefined = { ...partial[0]!, definition: { en: undefined, hans: '只有简体。' } };
      expect(Object.keys(canonicalTerm(withUndefined).definition)).toEqual(['hans']);
    });
  });

  describe('a reader’s terms with a note in some languages only', () => {
    const noted: Term[] = [
      { ...makeTerm('note-en'), note: { en: 'Named by the company itself.' } },
      { ...makeTerm('note-hans'), note: { hans: '公司自己起的名字。' } },
      { ...makeTerm('note-hant'), note: { hant: '公司自己起的名字。' } },
    ];

    test('import from JSON', () => {
      const file = jsonFile([
        {
          id: 'a',
          hans: '甲',
          hant: '甲',
          category: 'term',
          definition: { en: 'A.' },
          note: { en: 'Only English.' },
        },
      ]);
      expect(accepted(parseGlossaryImport(file)).adds).toEqual([
        {
          id: 'a',
          hans: '甲',
          hant: '甲',
          category: 'term',
          definition: { en: 'A.' },
          note: { en: 'Only English.' },
        },
      ]);
    });

    test('import from CSV, where the empty note cells are languages the note is not in', () => {
      const csv =
        'id,hans,hant,category,definition_en,definition_hans,definition_hant,note_en,note_hans,note_hant\r\n' +
        'a,甲,甲,term,A.,,,,只有简体。,\r\n' +
        'b,乙,乙,term,B.,,,,,\r\n';
      expect(accepted(parseGlossaryImport(csv)).adds).toEqual([
        {
          id: 'a',
          hans: '甲',
          hant: '甲',
          category: 'term',
          definition: { en: 'A.' },
          note: { hans: '只有简体。' },
        },
        { id: 'b', hans: '乙', hant: '乙', category: 'term', definition: { en: 'B.' } },
      ]);
    });

    test('export to CSV and JSON, and import back the same', () => {
      const csv = exportGlossaryCsv(noted, { bom: false });
      const noteEn = CSV_COLUMNS.indexOf('note_en');
      expect(
        csv
          .split('\r\n')[2]!
          .split(',')
          .slice(noteEn, noteEn + 3),
      ).toEqual(['', '公司自己起的名字。', '']);
      expect(accepted(parseGlossaryImport(csv, { format: 'csv' })).adds).toEqual(noted);
      const json = exportGlossaryJson(noted);
      expect(JSON.parse(json).terms[0].note).toEqual({ en: 'Named by the company itself.' });
      expect(accepted(parseGlossaryImport(json)).adds).toEqual(noted);
    });
  });

  test('a glossary built by several imports exports a file it imports back', () => {
    // 4,000 terms with a sentence each: over what a file could hold before (1 MB, 5,000 terms).
    const part = (from: number) =>
      Array.from(
        { length: 2000 },
        (_, i) =>
          ({
            ...makeTerm(`lab-${from + i}`, {
              hans: `实验室${from + i}`,
              hant: `實驗室${from + i}`,
            }),
            definition: {
              en: `Laboratory number ${from + i}, a research group that studies chips and the memory they use.`,
              hans: `第${from + i}号实验室，研究芯片及其所用存储器的小组。`,
              hant: `第${from + i}號實驗室，研究晶片及其所用記憶體的小組。`,
            },
          }) as Term,
      );
    const glossary = [...part(0), ...part(2000)];
    for (const file of [exportGlossaryJson(glossary), exportGlossaryCsv(glossary)]) {
      expect(new TextEncoder().encode(file).length).toBeGreaterThan(1_000_000);
      expect(accepted(parseGlossaryImport(file)).adds).toEqual(glossary.map(canonicalTerm));
    }
  });

  test('export neutralises every cell a spreadsheet would run as a formula', () => {
    const csv = exportGlossaryCsv([tricky]);
    expect(csv.startsWith('\uFEFFid,hans,hant,')).toBe(true);
    expect(csv).toContain(",'=SUM(A1:A2),");
    expect(csv).toContain(`"'+86|-1|@home|'=quoted|a ""quoted"", comma"`);
    expect(csv).toContain('"\'-Starts with a minus, has ""quotes"", commas, and\na second line."');
    expect(csv).toContain(",'+note,");
    // No cell starts with a formula character.
    const cells = csv.split(/,|\r\n/);
    expect(cells.filter((cell) => /^[=+\-@]/.test(cell))).toEqual([]);
  });
});

describe('import', () => {
  test('accepts a BOM before JSON and CSV', () => {
    expect(accepted(parseGlossaryImport(`\uFEFF${jsonFile([makeTerm('a-1')])}`)).adds).toHaveLength(
      1,
    );
    expect(accepted(parseGlossaryImport(`\uFEFF${HEADER}\r\n${ROW_CUDA}\r\n`)).adds).toHaveLength(
      1,
    );
  });

  test('accepts CSV columns in any order and only the required ones', () => {
    const csv =
      'category,definition_hant,definition_hans,definition_en,hant,hans,id\nterm,甲。,甲。,A.,甲,甲,jia\n';
    expect(accepted(parseGlossaryImport(csv)).adds).toEqual([
      {
        id: 'jia',
        hans: '甲',
        hant: '甲',
        category: 'term',
        definition: { en: 'A.', hans: '甲。', hant: '甲。' },
      },
    ]);
  });

  test('trims the whitespace around values', () => {
    const csv = `${HEADER}\n  cuda , CUDA ,CUDA,,,,,technology, A platform. ,一个平台。,一個平臺。,,\n`;
    expect(accepted(parseGlossaryImport(csv)).adds[0]).toMatchObject({
      id: 'cuda',
      hans: 'CUDA',
      definition: { en: 'A platform.' },
    });
  });

  test('sorts terms into adds, updates and unchanged against the existing ones', () => {
    const same = makeTerm('same');
    const changed = makeTerm('changed');
    const existing = [same, { ...changed, hans: 'old' }];
    const result = accepted(
      parseGlossaryImport(jsonFile([same, changed, makeTerm('new')]), { existing }),
    );
    expect(result.adds.map((term) => term.id)).toEqual(['new']);
    expect(result.updates.map((term) => term.id)).toEqual(['changed']);
    expect(result.unchanged).toBe(1);
  });

  test('a CSV file without some columns leaves those fields of the terms it updates as they are', () => {
    // A spreadsheet kept for the English definitions only: it says nothing of the rest.
    const mine = makeTerm('hbm', {
      hans: '高带宽内存',
      hant: '高頻寬記憶體',
      tw: '高頻寬記憶體',
      en: 'HBM',
      aliases: ['HBM3E'],
      link: 'https://en.wikipedia.org/wiki/High_Bandwidth_Memory',
      asOf: '2025',
      note: { hans: '又称高带宽存储器。' },
      caseSensitive: false,
      protect: true,
    });
    const csv = 'id,hans,category,definition_en\nhbm,高带宽内存,term,Stacked DRAM.\n';
    const result = accepted(parseGlossaryImport(csv, { existing: [mine] }));
    expect(result.updates).toEqual([
      canonicalTerm({ ...mine, definition: { ...mine.definition, en: 'Stacked DRAM.' } }),
    ]);
    // A column that is there and empty still says "none"; a new term takes the file as it is.
    const emptied = accepted(
      parseGlossaryImport('id,hans,category,definition_en,aliases\nhbm,高带宽内存,term,X.,\n', {
        existing: [mine],
      }),
    );
    expect(emptied.updates[0]).not.toHaveProperty('aliases');
    expect(emptied.updates[0]).toHaveProperty('link', mine.link);
  });

  test('an existing term with the same content but another key order is unchanged', () => {
    const term = makeTerm('k', { aliases: ['kk'] });
    const reordered = {
      definition: term.definition,
      aliases: ['kk'],
      category: term.category,
      hant: term.hant,
      hans: term.hans,
      id: 'k',
    } as Term;
    expect(
      accepted(parseGlossaryImport(jsonFile([term]), { existing: [reordered] })).unchanged,
    ).toBe(1);
  });

  test('refuses a form that already belongs to another of the user’s terms, so that the export imports back', () => {
    const existing = [makeTerm('mine', { hans: '算力' })];
    const result = parseGlossaryImport(jsonFile([makeTerm('theirs', { hans: '算力' })]), {
      existing,
    });
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          line: 5,
          field: 'terms[0].hans',
          code: 'form-exists',
          params: { form: '算力', owner: 'mine' },
          message:
            '"算力" is already a form of your term "mine"; a form can belong to one term only.',
        },
      ],
    });
    // The same term under its own id is an update, not a clash.
    const same = parseGlossaryImport(
      jsonFile([makeTerm('mine', { hans: '算力', en: 'Compute' })]),
      {
        existing,
      },
    );
    expect(accepted(same).updates).toHaveLength(1);
  });

  test('neutralised formula cells come back without the quote', () => {
    const csv = `${HEADER}\nf-1,'=甲,'=甲,,,,,term,'-minus,'+加,'@at,,\n`;
    expect(accepted(parseGlossaryImport(csv)).adds[0]).toMatchObject({
      hans: '=甲',
      definition: { en: '-minus', hans: '+加', hant: '@at' },
    });
  });
});

/**
 * Malformed files. Each must be refused as a whole, with an error that says
 * where: `line` and/or `field`, and a message containing `says`.
 */
const TRUNCATED = jsonFile([makeTerm('a-1'), makeTerm('a-2')]).slice(0, 150);

const MALFORMED: {
  name: string;
  text: string;
  options?: Parameters<typeof parseGlossaryImport>[1];
  line?: number;
  field?: string;
  says: RegExp;
}[] = [
  {
    name: 'truncated JSON',
    text: TRUNCATED,
    // The last line of the file, where the text stops.
    line: TRUNCATED.split('\n').length,
    says: /truncated/,
  },
  {
    name: 'JSON with a missing comma',
    text: '{\n  "format": "jianfan-glossary"\n  "version": 1,\n  "terms": []\n}',
    line: 3,
    says: /not valid JSON/,
  },
  // Slips of a file edited by hand, for which V8's message gives no position.
  {
    name: 'JSON with a comma after the last term',
    text: '{\n  "format": "jianfan-glossary",\n  "version": 1,\n  "terms": [\n    {"id": "a"},\n  ]\n}\n',
    line: 5,
    says: /not valid JSON/,
  },
  {
    name: 'JSON with a comment',
    text: '{\n  "format": "jianfan-glossary",\n  // my terms\n  "version": 1,\n  "terms": []\n}\n',
    line: 3,
    says: /not valid JSON/,
  },
  {
    name: 'JSON with a single-quoted value',
    text: '{\n  "format": "jianfan-glossary",\n  "version": 1,\n  "terms": [{"id": \'a\'}]\n}\n',
    line: 4,
    says: /not valid JSON/,
  },
  { name: 'JSON that is an array', text: '[]', says: /"format": "jianfan-glossary"/ },
  {
    name: 'JSON with the wrong format name',
    text: JSON.stringify({ format: 'other', version: 1, terms: [] }),
    field: 'format',
    says: /jianfan-glossary/,
  },
  {
    name: 'JSON from a newer version',
    text: JSON.stringify({ format: 'jianfan-glossary', version: 2, terms: [] }),
    field: 'version',
    says: /newer/,
  },
  {
    // Not a version any Jianfan Reader writes: "update the extension" would not help.
    name: 'JSON with a fractional version',
    text: '{"format": "jianfan-glossary", "version": 1.5, "terms": []}',
    field: 'version',
    says: /^must be 1$/,
  },
  {
    name: 'JSON with a version too large for a number',
    text: '{"format": "jianfan-glossary", "version": 1e400, "terms": []}',
    field: 'version',
    says: /^must be 1$/,
  },
  {
    name: 'JSON whose terms are not an array',
    text: JSON.stringify({ format: 'jianfan-glossary', version: 1, terms: {} }),
    field: 'terms',
    says: /array/,
  },
  {
    name: 'JSON with an unknown top-level field',
    text: jsonFile([], { extra: true }),
    field: 'extra',
    says: /not a known field/,
  },
  {
    name: 'JSON term that is not an object',
    text: jsonFile(['H200']),
    line: 5,
    field: 'terms[0]',
    says: /object/,
  },
  {
    name: 'JSON term with a number for a form',
    text: jsonFile([makeTerm('a-1'), { ...makeTerm('a-2'), hans: 200 }]),
    line: 16,
    field: 'terms[1].hans',
    says: /must be a string/,
  },
  {
    name: 'JSON term without a definition',
    text: jsonFile([{ id: 'a-1', hans: '甲', hant: '甲', category: 'term' }]),
    line: 5,
    field: 'terms[0].definition',
    says: /required/,
  },
  {
    name: 'JSON term with an unknown category',
    text: jsonFile([{ ...makeTerm('a-1'), category: 'gadget' }]),
    field: 'terms[0].category',
    says: /must be one of/,
  },
  {
    name: 'JSON with a duplicate id',
    text: jsonFile([makeTerm('a-1'), makeTerm('a-1', { hans: '乙' })]),
    line: 16,
    field: 'terms[1].id',
    says: /used twice \(first at line 5\)/,
  },
  {
    name: 'JSON with one written form in two terms',
    text: jsonFile([makeTerm('a-1', { hans: '甲' }), makeTerm('a-2', { hans: '乙', hant: '甲' })]),
    field: 'terms[1].hant',
    says: /"甲" also belongs to "a-1"/,
  },
  {
    name: 'JSON with a javascript: link',
    text: jsonFile([{ ...makeTerm('a-1'), link: 'javascript:alert(1)' }]),
    field: 'terms[0].link',
    says: /https/,
  },
  {
    name: 'JSON with a control character in a form',
    text: jsonFile([makeTerm('a-1', { hans: '甲\u0000' })]),
    field: 'terms[0].hans',
    says: /control characters/,
  },
  {
    name: 'JSON with an over-long definition',
    text: jsonFile([
      { ...makeTerm('a-1'), definition: { en: 'x'.repeat(601), hans: '甲', hant: '甲' } },
    ]),
    field: 'terms[0].definition.en',
    says: /at most 600/,
  },
  {
    name: 'CSV separated by semicolons',
    text: HEADER.replace(/,/g, ';'),
    line: 1,
    says: /semicolons.*commas/,
  },
  {
    name: 'CSV separated by tabs',
    text: `${HEADER.replace(/,/g, '\t')}\n${ROW_CUDA.replace(/,/g, '\t')}`,
    line: 1,
    says: /tabs.*commas/,
  },
  // The id and one of the written forms may be left out (they are filled in); a written form,
  // the category and a definition may not.
  {
    name: 'CSV without a category column',
    text: 'id,hans,hant,definition_en\na,甲,甲,A\n',
    line: 1,
    field: 'category',
    says: /no "category" column/,
  },
  {
    name: 'CSV without a written-form column',
    text: 'id,en,category,definition_en\na,A,term,A\n',
    line: 1,
    says: /needs a "hans" or a "hant" column/,
  },
  {
    name: 'CSV without a definition column',
    text: 'hans,category,note_en\n甲,term,A\n',
    line: 1,
    says: /needs a definition column, one of definition_en, definition_hans, definition_hant/,
  },
  {
    name: 'CSV with an unknown column',
    text: `${HEADER},colour\n${ROW_CUDA},red\n`,
    line: 1,
    field: 'colour',
    says: /not a glossary column/,
  },
  {
    name: 'CSV with a repeated column',
    text: `${HEADER},id\n${ROW_CUDA},cuda\n`,
    line: 1,
    field: 'id',
    says: /appears twice/,
  },
  // The header is not always on line 1: blank lines, or Excel's `sep=,` line, may come first.
  {
    name: 'CSV with an unknown column in a header after two blank lines',
    text: `\r\n  \r\n${HEADER},colour\r\n${ROW_CUDA},red\r\n`,
    line: 3,
    field: 'colour',
    says: /not a glossary column/,
  },
  {
    name: 'CSV with a repeated column in a header after Excel’s sep=, line',
    text: `sep=,\n${HEADER},id\n${ROW_CUDA},cuda\n`,
    line: 2,
    field: 'id',
    says: /appears twice/,
  },
  {
    name: 'CSV without a category column in a header after a sep=, line and a blank line',
    text: 'SEP=,\n\nid,hans,hant,definition_en,definition_hans,definition_hant\na,甲,甲,A,甲,甲\n',
    line: 3,
    field: 'category',
    says: /no "category" column/,
  },
  {
    name: 'CSV separated by semicolons after a blank line',
    text: `\n${HEADER.replace(/,/g, ';')}`,
    line: 2,
    says: /semicolons.*commas/,
  },
  {
    name: 'CSV whose sep= line names semicolons',
    text: `sep=;\n${HEADER.replace(/,/g, ';')}`,
    line: 1,
    says: /semicolons.*commas/,
  },
  {
    name: 'JSON with a comma after the last field, at its line and column',
    text: '{\n  "format": "jianfan-glossary",\n  "version": 1,\n  "terms": [],\n}\n',
    line: 4,
    says: /not valid JSON at line 4, column 14/,
  },
  {
    name: 'JSON with a stray character, its column counted in characters',
    text: '{\n  "format": "jianfan-glossary", "名字𠀋": x\n}',
    line: 2,
    says: /not valid JSON at line 2, column 40/,
  },
  {
    name: 'CSV row with too few fields',
    text: `${HEADER}\n${ROW_CUDA}\ncuda-2,CUDA2,CUDA2\n`,
    line: 3,
    says: /3 fields but the header has 13/,
  },
  {
    name: 'CSV with a quote that is never closed',
    text: `${HEADER}\n${ROW_CUDA}\nx,"甲,甲,,,,,term,A,甲,甲,,\n`,
    line: 3,
    says: /never closed/,
  },
  {
    name: 'CSV with text after a closing quote',
    text: `${HEADER}\nx,"甲"乙,甲,,,,,term,A,甲,甲,,\n`,
    line: 2,
    says: /after a closing quote/,
  },
  {
    name: 'CSV with a quote left open, found at a later quoted field',
    text: `${HEADER}\nx,"甲,甲,,,,,term,A,甲,甲,,\ny,乙,乙,,,,,term,"B",乙,乙,,\n`,
    line: 2,
    says: /runs on to line 3, where a quote is followed by text/,
  },
  {
    name: 'CSV with a bare quote in a field',
    text: `${HEADER}\nx,甲"乙,甲,,,,,term,A,甲,甲,,\n`,
    line: 2,
    says: /quote inside an unquoted field/,
  },
  {
    name: 'CSV with a formula (=)',
    text: `${HEADER}\n${ROW_CUDA}\nx,甲,甲,,,,,term,=cmd|' /C calc'!A0,甲,甲,,\n`,
    line: 3,
    field: 'definition_en',
    says: /formula/,
  },
  {
    name: 'CSV with a formula (+, - and @)',
    text: `${HEADER}\nx,+甲,-甲,,,,,term,@SUM(1),甲,甲,,\n`,
    line: 2,
    field: 'hans',
    says: /"\+".*formula/,
  },
  {
    name: 'CSV with an unknown category',
    text: `${HEADER}\n${ROW_CUDA}\nx,甲,甲,,,,,gadget,A,甲,甲,,\n`,
    line: 3,
    field: 'category',
    says: /must be one of/,
  },
  {
    name: 'CSV with a duplicate id',
    text: `${HEADER}\n${ROW_CUDA}\n${ROW_CUDA.replace('CUDA,CUDA', 'CUDA2,CUDA2')}\n`,
    line: 3,
    field: 'id',
    says: /used twice \(first at line 2\)/,
  },
  {
    name: 'CSV with a written form in two rows',
    text: `${HEADER}\n${ROW_H200}\nh200-2,H100,H100,,,,H200 SXM,product,A,甲,甲,,\n`,
    line: 3,
    field: 'aliases',
    says: /"H200 SXM" also belongs to "nvidia-h200" \(line 2\)/,
  },
  {
    name: 'CSV with an http link',
    text: `${HEADER}\n${ROW_H200.replace('https:', 'http:')}\n`,
    line: 2,
    field: 'link',
    says: /https/,
  },
  {
    name: 'CSV with a flag that is not true or false',
    text: `id,hans,hant,category,definition_en,definition_hans,definition_hant,case_sensitive\nx,甲,甲,term,A,甲,甲,yes\n`,
    line: 2,
    field: 'case_sensitive',
    says: /true or false/,
  },
  {
    name: 'CSV with a control character',
    text: `${HEADER}\nx,甲\u0008,甲,,,,,term,A,甲,甲,,\n`,
    line: 2,
    field: 'hans',
    says: /control characters/,
  },
  {
    name: 'CSV with an over-long form',
    text: `${HEADER}\nx,${'甲'.repeat(65)},甲,,,,,term,A,甲,甲,,\n`,
    line: 2,
    field: 'hans',
    says: /at most 64/,
  },
  {
    name: 'an oversized file',
    text: jsonFile([makeTerm('a-1')]),
    options: { maxBytes: 100 },
    says: /limited to 100 bytes/,
  },
  {
    name: 'too many terms',
    text: jsonFile([makeTerm('a-1'), makeTerm('a-2'), makeTerm('a-3')]),
    options: { maxTerms: 2 },
    says: /3 terms; at most 2/,
  },
  { name: 'an empty file', text: '\uFEFF  \n', says: /empty/ },
];

describe('what spreadsheets add', () => {
  test('Excel’s sep=, line is no record, and the terms after it import', () => {
    const csv = `sep=,\r\n${exportGlossaryCsv([tricky], { bom: false })}`;
    expect(accepted(parseGlossaryImport(csv)).adds).toEqual([canonicalTerm(tricky)]);
  });

  test('rows of empty cells are no terms', () => {
    const csv = `${exportGlossaryCsv([tricky])},,,,,,,,,,,,,,,,,\r\n  \r\n`;
    expect(accepted(parseGlossaryImport(csv)).adds).toEqual([canonicalTerm(tricky)]);
  });

  test('a row without any definition names a column the file has', () => {
    const csv =
      'id,hans,hant,category,definition_en,definition_hans,definition_hant\r\na,甲,甲,term,,,\r\n';
    const result = parseGlossaryImport(csv);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((error) => error.field)).toEqual(['definition_en']);
  });

  test('a row without any definition says one language is enough', () => {
    const csv =
      'id,hans,hant,category,definition_en,definition_hans,definition_hant\r\na,甲,甲,term,,,\r\n';
    expect(errorsOf(parseGlossaryImport(csv)).map(({ code, line }) => ({ code, line }))).toEqual([
      { code: 'no-definition', line: 2 },
    ]);
  });

  test('a row with a definition in one language is a term', () => {
    const csv =
      'id,hans,hant,category,definition_en,definition_hans,definition_hant\r\na,甲,甲,term,,,甲。\r\n';
    expect(accepted(parseGlossaryImport(csv)).adds).toEqual([
      { id: 'a', hans: '甲', hant: '甲', category: 'term', definition: { hant: '甲。' } },
    ]);
  });
});

describe('malformed files are refused with a clear error', () => {
  test.each(MALFORMED)('$name', ({ text, options, line, field, says }) => {
    const errors = errorsOf(parseGlossaryImport(text, options));
    const match = errors.find((error) => says.test(error.message));
    expect(match, JSON.stringify(errors)).toBeDefined();
    if (line !== undefined) expect(match?.line).toBe(line);
    if (field !== undefined) expect(match?.field).toBe(field);
  });

  test('there are at least 20 of them', () => {
    expect(MALFORMED.length).toBeGreaterThanOrEqual(20);
  });

  test('a CSV file names a bad row before a broken quote, in one import, in file order', () => {
    const csv = `${HEADER}\n${ROW_CUDA}\nx1,甲,甲,,,,,gadget,A,甲,甲,,\nx2,"乙,乙,,,,,term,B,乙,乙,,\n`;
    const errors = errorsOf(parseGlossaryImport(csv));
    expect(errors.map((error) => [error.line, error.code, error.field])).toEqual([
      [3, 'invalid-category', 'category'],
      [4, 'csv-unclosed-quote', undefined],
    ]);
  });

  test('a quote left open mid-file is named at the line where it opened', () => {
    // Line 3 never closes its quote; the reader runs on to the quoted note of line 5.
    const csv = `${HEADER}\n${ROW_CUDA}\nx1,"甲,甲,,,,,term,A,甲,甲,,\nx2,乙,乙,,,,,term,B,乙,乙,,\nx3,丙,丙,,,,,term,C,"丙",丙,,\n`;
    const errors = errorsOf(parseGlossaryImport(csv));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: 'csv-quote-runs-on', line: 3, params: { end: 5 } });
    expect(errors[0]?.message).toMatch(/runs on to line 5, where a quote is followed by text/);
  });

  test('every row spoiled by a quote within its line is named in one import, with the rows after', () => {
    const csv = [
      HEADER,
      ROW_CUDA,
      'x1,甲,甲,,,,,term,A 12" wafer,甲,甲,,',
      'x2,"乙"x,乙,,,,,term,B,乙,乙,,',
      'x3,丙,丙,,,,,gadget,C,丙,丙,,',
      'x4,丁,丁,,,,,term,D,丁,丁,,',
      '',
    ].join('\n');
    const result = parseGlossaryImport(csv);
    const errors = errorsOf(result);
    expect(errors.map((error) => [error.line, error.code, error.field])).toEqual([
      [3, 'csv-stray-quote', undefined],
      [4, 'csv-text-after-quote', undefined],
      [5, 'invalid-category', 'category'],
    ]);
  });

  test('a row after a spoiled one is read whole, a field with a line break included', () => {
    const csv = `${HEADER}\nx1,甲",甲,,,,,term,A,甲,甲,,\nx2,乙,乙,,,,,term,"B\nb",乙,乙,,\nx3,丙,丙,,,,,gadget,C,丙,丙,,\n`;
    expect(errorsOf(parseGlossaryImport(csv)).map((error) => [error.line, error.code])).toEqual([
      [2, 'csv-stray-quote'],
      [5, 'invalid-category'],
    ]);
  });

  test('a spoiled row is read to its end, a quoted line break further along included', () => {
    for (const cell of ['"一种晶圆\n"', '"第一行\n第二行"']) {
      const csv = [
        HEADER,
        `x1,甲,甲,,,,,term,A 12" wafer,${cell},甲,,`,
        'x2,乙,乙,,,,,gadget,B,乙,乙,,',
        'x3,丙,丙,,,,,term,"C",丙,丙,,',
        '',
      ].join('\n');
      expect(
        errorsOf(parseGlossaryImport(csv)).map((error) => [error.line, error.code]),
        cell,
      ).toEqual([
        [2, 'csv-stray-quote'],
        [4, 'invalid-category'],
      ]);
    }
  });

  test('a quote left open that closes before a comma is named beside what it did to the row', () => {
    // The next quote closes it in the same column: the row is as wide as the header, and its
    // name holds the lines it swallowed.
    const csv = `${HEADER}\n${ROW_CUDA}\nx1,"甲,甲,,,,,term,A,甲,甲,,\nx2,乙,乙,,,,,term,B,乙,乙,,\nx3,丙",丙,,,,,term,C,丙,丙,,\n`;
    expect(errorsOf(parseGlossaryImport(csv))).toMatchObject([
      { code: 'csv-quote-holds-rows', line: 3, params: { end: 5 } },
    ]);
    // In another column: the row has the wrong width.
    const shifted = `${HEADER}\nx1,"甲,甲,,,,,term,A,甲,甲,,\nx3,丙,丙",,,,,term,C,丙,丙,,\n`;
    expect(errorsOf(parseGlossaryImport(shifted))).toMatchObject([
      { code: 'csv-field-count', line: 2 },
      { code: 'csv-quote-spans-rows', line: 2, params: { end: 3 } },
    ]);
  });

  test('rows taken into a definition by a quote left open are refused, not imported inside it', () => {
    // The next quote closes the definition in its own column: the row is as wide as the header,
    // and a definition may hold line breaks, so only its text shows the rows it took in.
    for (const [rows, end] of [
      ['x1,甲,甲,,,,,term,"First,甲,甲,,\nx2,乙,乙,,,,,term,def",乙,乙,,', 3],
      // No empty cells, but a whole row inside.
      [
        'x1,甲,甲,a,b,c,d,term,"First,甲,甲,x,y\nx2,乙,乙,a,b,c,d,term,B,乙,乙,e,f\nx3,丙,丙,a,b,c,d,term,def",丙,丙,e,f',
        4,
      ],
    ] as const) {
      const result = parseGlossaryImport(`${HEADER}\n${rows}\n`);
      expect(errorsOf(result), rows).toMatchObject([
        { code: 'csv-quote-holds-rows', line: 2, params: { end } },
      ]);
    }
    // The minimal header, one row taken in, every cell filled.
    const minimal = 'id,hans,hant,category,definition_en,definition_hans,definition_hant';
    const csv = `${minimal}\nx1,甲,甲,term,"First, open\nx2,乙,乙,term,def",乙,乙\nx3,丙,丙,term,d,e,f\n`;
    expect(errorsOf(parseGlossaryImport(csv))).toMatchObject([
      { code: 'csv-quote-holds-rows', line: 2, params: { end: 3 } },
    ]);
    // The category last: the opening row's own category is in the field.
    const last = 'id,hans,hant,definition_en,definition_hans,definition_hant,category';
    const taken = `${last}\nx1,甲,甲,"open,甲,甲,term\nx2,乙,乙,def",乙,乙,term\n`;
    expect(errorsOf(parseGlossaryImport(taken))).toMatchObject([
      { code: 'csv-quote-holds-rows', line: 2, params: { end: 3 } },
    ]);
    // The field's own text holds commas, at the start of the first line or the end of the last.
    for (const [header, rows] of [
      [minimal, 'x1,甲,甲,term,"open,一,一\nx2,乙,乙,term,a def, b",乙,乙'],
      [last, 'x1,甲,甲,"A platform, for GPUs,一个,一個,term\nx2,乙,乙,def",乙,乙,term'],
    ] as const) {
      expect(errorsOf(parseGlossaryImport(`${header}\n${rows}\n`)), rows).toMatchObject([
        { code: 'csv-quote-holds-rows', line: 2, params: { end: 3 } },
      ]);
    }
  });

  test('a definition with line breaks, lists, figures and commas in a row is imported', () => {
    const minimal = 'id,hans,hant,category,definition_en,definition_hans,definition_hant';
    for (const [header, cells] of [
      [
        minimal,
        'x1,甲,甲,term,"GPUs.\nFamily: A100, H100, H200, B100, B200, GB200, GB300.",一个平台。,一個平臺。',
      ],
      [
        minimal,
        'x1,甲,甲,term,"Revenue:\n2024: 2,345,678 / 2025: 3,456,789,, rising",一个。,一個。',
      ],
      [
        HEADER,
        'x1,甲,甲,,,,,term,"Supports:\nC, C++, Fortran, Python, Julia, MATLAB, Go, Rust, Zig, Nim, Ada, Lua, D",甲,甲,,',
      ],
      [HEADER, 'x1,甲,甲,,,,,term,"A platform,, for GPUs.\nSparse array: [1,,3].",甲,甲,,'],
      [minimal, 'x1,甲,甲,term,"Kinds:\nnames, dates, places, person, things",一个。,一個。'],
      [
        'category,id,hans,hant,definition_en,definition_hans,definition_hant',
        'term,x1,甲,甲,"Kinds:\nperson, place or company\nSold as a\nproduct",一个。,一個。',
      ],
    ] as const) {
      const result = parseGlossaryImport(`${header}\n${cells}\n`);
      expect(result.ok, cells).toBe(true);
    }
  });

  test('a definition with a line break is imported, and named beside its row’s own problems', () => {
    const ok = `${HEADER}\nx1,甲,甲,,,,,term,"First, line\nsecond, line",甲,甲,,\n`;
    const result = parseGlossaryImport(ok);
    expect(result.ok).toBe(true);
    // One comma too many: the width is the problem, the line break only perhaps.
    const wide = `${HEADER}\nx1,甲,甲,,,,,term,"First, line\nsecond, line",甲,甲,,,\n`;
    expect(errorsOf(parseGlossaryImport(wide)).map((error) => error.code)).toEqual([
      'csv-field-count',
      'csv-quote-spans-rows',
    ]);
  });

  test('a problem before a field with a line break gets no word on the quote', () => {
    for (const row of [
      'BAD ID!,甲,甲,,,,,term,"First\nsecond",甲,甲,,',
      'x1,甲,甲,=1+1,,,,term,"First\nsecond",甲,甲,,',
    ]) {
      const codes = errorsOf(parseGlossaryImport(`${HEADER}\n${row}\n`)).map((error) => error.code);
      expect(codes, row).toHaveLength(1);
      expect(codes, row).not.toContain('csv-quote-spans-rows');
    }
  });

  test('a stray quote in a row then read as a quote left open is named too', () => {
    const csv = `${HEADER}\nx1,甲,甲,,,,,term,A 12" wafer,"甲,甲,,\n`;
    expect(errorsOf(parseGlossaryImport(csv)).map((error) => [error.line, error.code])).toEqual([
      [2, 'csv-stray-quote'],
      [2, 'csv-unclosed-quote'],
    ]);
  });

  test('a field with a line break and text after its closing quote is named where it opened', () => {
    const csv = `${HEADER}\nx1,甲,甲,,,,,term,"A\nB" x,甲,甲,,\n`;
    expect(errorsOf(parseGlossaryImport(csv))).toMatchObject([
      { code: 'csv-quote-runs-on', line: 2, params: { end: 3 } },
    ]);
  });

  test('a quote that spoils the header stops the reading there', () => {
    for (const lead of ['', 'sep=,\n']) {
      const csv = `${lead}${HEADER.replace('hans', 'ha"ns')}\nx3,丙,丙,,,,,gadget,C,丙,丙,,\n`;
      expect(errorsOf(parseGlossaryImport(csv)).map((error) => error.code)).toEqual([
        'csv-stray-quote',
      ]);
    }
  });

  test('a broken quote stays listed after more bad rows than are listed', () => {
    const rows = Array.from({ length: 60 }, (_, i) => `x${i},甲${i},甲${i},,,,,gadget,A,甲,甲,,`);
    const csv = `${HEADER}\n${rows.join('\n')}\nx99,"丙,丙,,,,,term,C,丙,丙,,\n`;
    const errors = errorsOf(parseGlossaryImport(csv));
    expect(errors).toHaveLength(51);
    expect(errors[49]).toMatchObject({ code: 'csv-unclosed-quote', line: 62 });
    expect(errors[50]?.message).toMatch(/11 more problems/);
  });

  test('a broken quote stays listed after more rows of the wrong width than are listed', () => {
    const bad = Array.from({ length: 10 }, (_, i) => `x${i},甲${i},甲${i},,,,,gadget,A,甲,甲,,`);
    const narrow = Array.from({ length: 60 }, (_, i) => `y${i},乙${i}`);
    const csv = `${HEADER}\n${[...bad, ...narrow].join('\n')}\nx99,"丙,丙,,,,,term,C,丙,丙,,\n`;
    const errors = errorsOf(parseGlossaryImport(csv));
    expect(errors).toHaveLength(51);
    // The first by line, with no gap: the bad terms of lines 2 to 11, then rows from line 12.
    expect(errors.slice(0, 49).map((error) => error.line)).toEqual(
      Array.from({ length: 49 }, (_, i) => i + 2),
    );
    expect(errors[49]).toMatchObject({ code: 'csv-unclosed-quote', line: 72 });
    expect(errors[50]?.message).toMatch(/21 more problems/);
  });

  test('a CSV row of the wrong width and a bad term elsewhere are named together', () => {
    const csv = `${HEADER}\nx1,甲,甲,,,,,gadget,A,甲,甲,,\nx2,乙,乙\n${ROW_CUDA}\n`;
    const errors = errorsOf(parseGlossaryImport(csv));
    expect(errors.map((error) => [error.line, error.code])).toEqual([
      [2, 'invalid-category'],
      [3, 'csv-field-count'],
    ]);
  });

  test('a file with many bad rows reports a bounded number of errors', () => {
    const rows = Array.from({ length: 80 }, (_, i) => `x${i},甲${i},甲${i},,,,,gadget,A,甲,甲,,`);
    const errors = errorsOf(parseGlossaryImport(`${HEADER}\n${rows.join('\n')}\n`));
    expect(errors).toHaveLength(51);
    expect(errors.at(-1)?.message).toMatch(/30 more problems/);
  });
});

describe('a category written as its label', () => {
  test('is taken in a CSV in any UI language, and stored as its key', () => {
    const csv = [
      'hans,en,category,definition_en',
      '英伟达,NVIDIA,公司,A chip maker.',
      '中国科学院,CAS, 機構 ,An academy.',
      '寒武纪,Cambricon,Company,A chip designer.',
      '昇腾,Ascend,TECHNOLOGY,A chip line.',
      '小院高墙,Small yard,政策,A policy.',
      '',
    ].join('\n');
    const { adds } = accepted(parseGlossaryImport(csv, { converted: (text) => text }));
    expect(adds.map((term) => term.category)).toEqual([
      'company',
      'organization',
      'company',
      'technology',
      'policy',
    ]);
  });

  test('is taken in JSON, and stored as its key', () => {
    const file = jsonFile([
      { id: 'a', hans: '甲', hant: '甲', category: '术语', definition: { en: 'A.' } },
      { id: 'b', hans: '乙', hant: '乙', category: '詞語', definition: { en: 'B.' } },
    ]);
    const { adds } = accepted(parseGlossaryImport(file));
    expect(adds.map((term) => term.category)).toEqual(['term', 'vocabulary']);
  });

  test('a name of no category refuses the whole file, at its line and field', () => {
    const csv = `hans,en,category,definition_en\n英伟达,NVIDIA,公司,A chip maker.\n甲,A,晶片,A.\n`;
    const errors = errorsOf(parseGlossaryImport(csv, { converted: (text) => text }));
    expect(errors.map(({ line, field, code }) => [line, field, code])).toEqual([
      [3, 'category', 'invalid-category'],
    ]);
    const json = jsonFile([
      { id: 'a', hans: '甲', hant: '甲', category: 'Firma', definition: { en: 'A.' } },
    ]);
    expect(errorsOf(parseGlossaryImport(json)).map(({ field, code }) => [field, code])).toEqual([
      ['terms[0].category', 'invalid-category'],
    ]);
  });

  test('exports as its key, and imports back the same', () => {
    const csv = `hans,hant,category,definition_en\n甲,甲,公司,A.\n`;
    const { adds } = accepted(parseGlossaryImport(csv));
    const again = accepted(parseGlossaryImport(exportGlossaryCsv(adds)));
    expect(exportGlossaryCsv(adds)).toContain(',company,');
    expect(again.adds).toEqual(adds);
  });

  test('a label marks a row a quote left open took in, as a key does', () => {
    const csv = `${HEADER}\n${ROW_CUDA}\nx1,"甲,甲,,,,,術語,A,甲,甲,,\nx2,乙,乙,,,,,术语,B,乙,乙,,\nx3,丙",丙,,,,,Term,C,丙,丙,,\n`;
    expect(errorsOf(parseGlossaryImport(csv))).toMatchObject([
      { code: 'csv-quote-holds-rows', line: 3, params: { end: 5 } },
    ]);
  });
});
