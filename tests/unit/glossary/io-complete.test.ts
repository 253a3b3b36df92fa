import { describe, expect, test, vi } from 'vitest';
import { createOptionsApi } from '../../../components/options/platform-api.ts';
import { idFromChinese, type ConvertScript } from '../../../utils/glossary/complete.ts';
import {
  exportGlossaryCsv,
  exportGlossaryJson,
  parseGlossaryImport,
  readGlossaryImport,
  type GlossaryImportResult,
} from '../../../utils/glossary/io.ts';
import { BUILT_IN_TERMS } from '../../../utils/glossary/pack/index.ts';
import type { Term } from '../../../utils/glossary/schema.ts';
import { glossaryImportProblemText } from '../../../utils/i18n/problem-text.ts';
import { translate, type Locale } from '../../../utils/i18n/translate.ts';
import { createSettingsStorage } from '../../../utils/platform/settings-storage.ts';
import { storageDouble } from '../platform/storage-double.ts';
import { makeTerm } from './helpers.ts';

// Import fills in what the options page's term form fills in (complete.ts): an id left out is
// made from the name, and a written form left out is the other one converted. A file may thus
// be as short as the form: `hans,en,category,definition_en`.

/** A converter double: a few words in each direction, anything else unchanged. */
const WORDS: [string, string][] = [
  ['旗舰模型', '旗艦模型'],
  ['数据中心', '數據中心'],
  ['英伟达', '英偉達'],
];
const converter = () =>
  vi.fn<ConvertScript>(async (text, to) => {
    const pair = WORDS.find(([hans, hant]) => (to === 'hant' ? hans : hant) === text);
    return pair === undefined ? text : to === 'hant' ? pair[1] : pair[0];
  });

const builtInIds = new Set(BUILT_IN_TERMS.map((term) => term.id));

const jsonFile = (terms: unknown[]) =>
  JSON.stringify({ format: 'jianfan-glossary', version: 1, terms }, null, 2);

function accepted(result: GlossaryImportResult) {
  if (!result.ok) {
    throw new Error(
      `expected success, got ${JSON.stringify([result.errors, result.fillProblems])}`,
    );
  }
  return result;
}

function refused(result: GlossaryImportResult) {
  if (result.ok) throw new Error('expected the import to be refused');
  return { errors: result.errors, fillProblems: result.fillProblems ?? [] };
}

describe('a CSV file as short as the term form', () => {
  const csv = [
    'hans,en,category,definition_en',
    '旗舰模型,Flagship Model,term,The strongest model of a lab.',
    '数据中心,,technology,A building full of servers.',
    '',
  ].join('\r\n');

  test('imports, with ids made from the names and the Traditional forms converted', async () => {
    const convert = converter();
    const result = accepted(await readGlossaryImport(csv, { builtInIds, convert }));
    expect(result.adds).toEqual([
      {
        id: 'flagship-model',
        hans: '旗舰模型',
        hant: '旗艦模型',
        en: 'Flagship Model',
        category: 'term',
        definition: { en: 'The strongest model of a lab.' },
      },
      {
        id: idFromChinese('数据中心'),
        hans: '数据中心',
        hant: '數據中心',
        category: 'technology',
        definition: { en: 'A building full of servers.' },
      },
    ]);
    expect(result.updates).toEqual([]);
    // What was filled in, for the preview.
    expect(result.filled).toEqual([
      { id: 'flagship-model', fields: ['id', 'hant'] },
      { id: idFromChinese('数据中心'), fields: ['id', 'hant'] },
    ]);
    expect(convert.mock.calls).toEqual([
      ['旗舰模型', 'hant'],
      ['数据中心', 'hant'],
    ]);
  });

  test('fills the Simplified form from a Traditional one, and makes the same id', async () => {
    const result = accepted(
      await readGlossaryImport('hant,category,definition_hant\n數據中心,technology,機房。\n', {
        convert: converter(),
      }),
    );
    expect(result.adds).toEqual([
      {
        id: idFromChinese('数据中心'),
        hans: '数据中心',
        hant: '數據中心',
        category: 'technology',
        definition: { hant: '機房。' },
      },
    ]);
    expect(result.filled).toEqual([{ id: idFromChinese('数据中心'), fields: ['id', 'hans'] }]);
  });

  test('is refused without the converted forms when nothing converts them', () => {
    const { errors, fillProblems } = refused(parseGlossaryImport(csv));
    expect(errors).toEqual([]);
    expect(fillProblems.map(({ line, field, code }) => [line, field, code])).toEqual([
      [2, 'hant', 'convert-failed'],
      [3, 'hant', 'convert-failed'],
    ]);
  });
});

describe('ids made for terms without one', () => {
  test('two rows with the same name get distinct ids, clear of an id the file gives', async () => {
    // One written form belongs to one term only: the names differ in case, and give one id.
    const csv = [
      'id,hans,en,category,definition_en',
      ',芯片,Chip,term,A chip.',
      ',晶片,CHIP,term,Also a chip.',
      'chip,硅片,Silicon,term,Given its id.',
      '',
    ].join('\n');
    const result = accepted(await readGlossaryImport(csv, { convert: converter() }));
    expect(result.adds.map((term) => term.id)).toEqual(['chip-2', 'chip-3', 'chip']);
  });

  test('a name of a built-in term gets an id beside it, not in its place', async () => {
    const nvidia = BUILT_IN_TERMS.find((term) => term.id === 'nvidia')!;
    const csv = `hans,en,category,definition_en\n${nvidia.hans},${nvidia.en},company,My own.\n`;
    const result = accepted(await readGlossaryImport(csv, { builtInIds, convert: converter() }));
    expect(result.adds.map((term) => term.id)).toEqual(['nvidia-2']);
    expect(result.adds[0]!.hant).toBe('英偉達');
  });

  test('a term without an id is a new term, never an update of the reader’s term of that name', async () => {
    const existing: Term[] = [makeTerm('flagship-model', { hans: '旗舰' })];
    const csv = 'hans,en,category,definition_en\n旗舰模型,Flagship Model,term,New.\n';
    const result = accepted(await readGlossaryImport(csv, { existing, convert: converter() }));
    expect(result.adds.map((term) => term.id)).toEqual(['flagship-model-2']);
    expect(result.updates).toEqual([]);
    expect(result.unchanged).toBe(0);
  });

  test('an empty id cell or JSON id is made too', async () => {
    const csv = 'id,hans,hant,category,definition_en\n,甲,甲,term,A.\n';
    expect(accepted(parseGlossaryImport(csv)).adds[0]!.id).toBe(idFromChinese('甲'));
    const json = jsonFile([
      { id: '', hans: '甲', hant: '甲', category: 'term', definition: { en: 'A.' } },
    ]);
    expect(accepted(parseGlossaryImport(json)).adds[0]!.id).toBe(idFromChinese('甲'));
  });
});

describe('a JSON term without id or hant', () => {
  test('is completed as a CSV row is', async () => {
    const file = jsonFile([
      { hans: '旗舰模型', en: 'Flagship Model', category: 'term', definition: { en: 'Best.' } },
    ]);
    const result = accepted(await readGlossaryImport(file, { builtInIds, convert: converter() }));
    expect(result.adds).toEqual([
      {
        id: 'flagship-model',
        hans: '旗舰模型',
        hant: '旗艦模型',
        en: 'Flagship Model',
        category: 'term',
        definition: { en: 'Best.' },
      },
    ]);
  });

  test('whose form is no text is refused as before, not converted', async () => {
    const convert = converter();
    const file = jsonFile([{ hans: 5, category: 'term', definition: { en: 'Five.' } }]);
    const { errors } = refused(await readGlossaryImport(file, { convert }));
    expect(errors.map(({ field, code }) => [field, code])).toEqual([
      ['terms[0].hans', 'not-string'],
      ['terms[0].hant', 'required'],
    ]);
    expect(convert).not.toHaveBeenCalled();
  });
});

describe('what import does not fill in', () => {
  test('a definition or note in one Chinese script stays so, as exported', async () => {
    const csv = 'hans,category,definition_hans,note_hant\n旗舰模型,term,最强的模型。,只有繁體。\n';
    const convert = converter();
    const [term] = accepted(await readGlossaryImport(csv, { convert })).adds;
    expect(term!.definition).toEqual({ hans: '最强的模型。' });
    expect(term!.note).toEqual({ hant: '只有繁體。' });
    expect(convert.mock.calls).toEqual([['旗舰模型', 'hant']]);
  });

  test('a complete file asks no converter, and imports back exactly', async () => {
    const convert = converter();
    const terms = BUILT_IN_TERMS.slice(0, 40);
    for (const file of [exportGlossaryCsv(terms), exportGlossaryJson(terms)]) {
      const result = accepted(await readGlossaryImport(file, { builtInIds, convert }));
      expect(exportGlossaryCsv(result.adds)).toBe(exportGlossaryCsv(terms));
      expect(result.filled).toEqual([]);
    }
    expect(convert).not.toHaveBeenCalled();
  });
});

describe('terms that cannot be completed', () => {
  test('a row with neither hans nor hant is named at its line, and nothing is imported', async () => {
    const csv = [
      'hans,hant,en,category,definition_en',
      '旗舰模型,,Flagship Model,term,Best.',
      ',,Nameless,term,No written form.',
      '',
    ].join('\n');
    const result = await readGlossaryImport(csv, { convert: converter() });
    const { errors, fillProblems } = refused(result);
    // The form's problem only: no "required" for the forms, nor for the id made from them.
    expect(errors).toEqual([]);
    expect(fillProblems).toEqual([
      {
        line: 3,
        field: 'hans',
        code: 'form-missing',
        message: 'needs the term in Simplified (hans) or Traditional (hant).',
      },
    ]);
  });

  test('a JSON term with neither is named by its path, beside its other problems', async () => {
    const file = jsonFile([{ category: 'gadget', definition: { en: 'x' } }]);
    const { errors, fillProblems } = refused(
      await readGlossaryImport(file, { convert: converter() }),
    );
    expect(errors.map(({ line, field, code }) => [line, field, code])).toEqual([
      [5, 'terms[0].category', 'invalid-category'],
    ]);
    expect(fillProblems.map(({ line, field, code }) => [line, field, code])).toEqual([
      [5, 'terms[0].hans', 'form-missing'],
    ]);
  });

  test('a converter that fails names the field it was to fill, and the file is refused', async () => {
    const convert = vi.fn<ConvertScript>(() => Promise.reject(new Error('no dictionaries')));
    const csv = 'hans,category,definition_en\n旗舰模型,term,Best.\n数据中心,term,Servers.\n';
    const { errors, fillProblems } = refused(await readGlossaryImport(csv, { convert }));
    expect(errors).toEqual([]);
    expect(fillProblems.map(({ line, field, code }) => [line, field, code])).toEqual([
      [2, 'hant', 'convert-failed'],
      [3, 'hant', 'convert-failed'],
    ]);
    // It is not asked again for every term once it failed.
    expect(convert).toHaveBeenCalledTimes(1);
  });

  test('a file broken elsewhere still names a row without a written form', async () => {
    const csv = 'hans,category,definition_en\n,term,No form.\n"unclosed,term,x\n';
    const { errors, fillProblems } = refused(
      await readGlossaryImport(csv, { convert: converter() }),
    );
    expect(errors.map(({ line, code }) => [line, code])).toEqual([[3, 'csv-unclosed-quote']]);
    expect(fillProblems.map(({ line, code }) => [line, code])).toEqual([[2, 'form-missing']]);
  });
});

describe('with the options page’s own converter', () => {
  /** The converter the options page makes (platform-api.ts), with the real dictionaries. */
  const pageConverter = () =>
    createOptionsApi(createSettingsStorage(storageDouble(), { log: () => {} })).convertScript;

  test('a Traditional form is converted from Traditional, whatever characters it has', async () => {
    // None of these has a character found in Traditional text only: read from the text, they
    // passed for Simplified and came back unchanged.
    const csv = [
      'hant,en,category,definition_en',
      '後端,Back end,technology,The server side.',
      '後台,Backstage,term,Behind the scenes.',
      '乾杯,Cheers,term,A toast.',
      '',
    ].join('\n');
    const result = accepted(await readGlossaryImport(csv, { convert: pageConverter() }));
    expect(result.adds.map(({ id, hans, hant }) => [id, hans, hant])).toEqual([
      ['back-end', '后端', '後端'],
      ['backstage', '后台', '後台'],
      ['cheers', '干杯', '乾杯'],
    ]);
  }, 20_000);

  test('a Simplified form is converted from Simplified, as before', async () => {
    const csv = 'hans,en,category,definition_en\n后端,Back end,technology,The server side.\n';
    const result = accepted(await readGlossaryImport(csv, { convert: pageConverter() }));
    expect(result.adds.map(({ hans, hant }) => [hans, hant])).toEqual([['后端', '後端']]);
  }, 20_000);
});

describe('an update that leaves a written form empty', () => {
  const mine: Term = {
    id: 'nvidia-mine',
    hans: '英伟达',
    hant: '輝達',
    en: 'Nvidia',
    category: 'company',
    definition: { en: 'My notes.' },
  };

  test('keeps the reader’s own form when the other is as it was, converting nothing', async () => {
    const convert = converter();
    const csv =
      'id,hans,hant,en,category,definition_en\nnvidia-mine,英伟达,,Nvidia,company,Better def.\n';
    const result = accepted(await readGlossaryImport(csv, { existing: [mine], convert }));
    expect(result.updates).toEqual([{ ...mine, definition: { en: 'Better def.' } }]);
    expect(result.filled).toEqual([]);
    expect(convert).not.toHaveBeenCalled();
  });

  test('keeps the reader’s Simplified form likewise, in JSON too', async () => {
    const convert = converter();
    const own = { ...mine, hans: '辉达' };
    const file = jsonFile([{ ...own, hans: '', definition: { en: 'Better def.' } }]);
    const result = accepted(await readGlossaryImport(file, { existing: [own], convert }));
    expect(result.updates).toEqual([{ ...own, definition: { en: 'Better def.' } }]);
    expect(convert).not.toHaveBeenCalled();
  });

  test('counts a form in full-width letters as the same name', async () => {
    const convert = converter();
    const own: Term = { ...mine, id: 'ai-chip', hans: 'AI芯片', hant: 'AI晶片', en: 'AI chip' };
    const csv =
      'id,hans,hant,en,category,definition_en\nai-chip,ＡＩ芯片,,AI chip,company,Better.\n';
    const result = accepted(await readGlossaryImport(csv, { existing: [own], convert }));
    expect(result.updates.map(({ hans, hant }) => [hans, hant])).toEqual([['ＡＩ芯片', 'AI晶片']]);
    expect(convert).not.toHaveBeenCalled();
  });

  test('converts the other form when the row changed it', async () => {
    const convert = converter();
    const csv =
      'id,hans,hant,en,category,definition_en\nnvidia-mine,数据中心,,Nvidia,company,Better def.\n';
    const result = accepted(await readGlossaryImport(csv, { existing: [mine], convert }));
    expect(result.updates.map(({ hans, hant }) => [hans, hant])).toEqual([
      ['数据中心', '數據中心'],
    ]);
    expect(result.filled).toEqual([{ id: 'nvidia-mine', fields: ['hant'] }]);
  });

  test('lists nothing as filled in for a term the file leaves unchanged', async () => {
    // The converter gives the reader's own form back: the term is as it was.
    const existing = [makeTerm('flagship', { hans: '旗舰模型', hant: '旗艦模型' })];
    const [term] = existing;
    const csv = exportGlossaryCsv(existing).replace('旗艦模型,', ',');
    expect(csv).not.toContain('旗艦模型');
    const result = accepted(await readGlossaryImport(csv, { existing, convert: converter() }));
    expect(result.adds).toEqual([]);
    expect(result.updates).toEqual([]);
    expect(result.unchanged).toBe(1);
    expect(result.filled).toEqual([]);
    expect(term!.hant).toBe('旗艦模型');
  });
});

describe('the header’s and rows’ problems name what the file has or needs', () => {
  const textIn = (locale: Locale, csv: string) => {
    const { errors } = refused(parseGlossaryImport(csv));
    return errors.map((problem) =>
      glossaryImportProblemText((key, subs) => translate(locale, key, subs), problem),
    );
  };

  test('a header without a written-form column asks for either, in each language', () => {
    const csv = 'id,en,category,definition_en\na,A,term,A.\n';
    expect(textIn('en', csv)).toEqual(['The header needs a "hans" or a "hant" column.']);
    expect(textIn('zh_CN', csv)).toEqual(['标题行需要“hans”或“hant”列。']);
    expect(textIn('zh_TW', csv)).toEqual(['標題列需要「hans」或「hant」欄。']);
  });

  test('a header without a definition column asks for any of the three, in each language', () => {
    const csv = 'hans,category,note_en\n甲,term,A.\n';
    expect(textIn('en', csv)).toEqual([
      'The header needs a definition column, one of definition_en, definition_hans, definition_hant.',
    ]);
    expect(textIn('zh_CN', csv)).toEqual([
      '标题行需要一个释义列：definition_en、definition_hans、definition_hant 之一。',
    ]);
    expect(textIn('zh_TW', csv)).toEqual([
      '標題列需要一個釋義欄：definition_en、definition_hans、definition_hant 之一。',
    ]);
  });

  test('a row without a definition is named at the file’s first definition column', () => {
    const fields = (csv: string) =>
      refused(parseGlossaryImport(csv)).errors.map(({ line, field, code }) => [line, field, code]);
    expect(fields('id,hans,hant,category,definition_hans\na,甲,甲,term,\n')).toEqual([
      [2, 'definition_hans', 'no-definition'],
    ]);
    expect(fields('id,hans,hant,category,definition_hant,definition_en\na,甲,甲,term,,\n')).toEqual(
      [[2, 'definition_hant', 'no-definition']],
    );
  });
});
