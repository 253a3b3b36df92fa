import { describe, expect, it } from 'vitest';
import {
  GLOSSARY_IMPORT_PROBLEM_CODES,
  type ImportProblem,
} from '../../../utils/glossary/import-problems.ts';
import { parseGlossaryImport } from '../../../utils/glossary/io.ts';
import {
  TERM_ERROR_CODES,
  isTermErrorCode,
  validateTerm,
  type ValidationError,
} from '../../../utils/glossary/schema.ts';
import {
  BACKUP_PROBLEM_LABELS,
  GLOSSARY_IMPORT_PROBLEM_LABELS,
  SETTINGS_PROBLEM_LABELS,
  TERM_ERROR_LABELS,
  VALUE_TYPE_LABELS,
} from '../../../utils/i18n/labels.ts';
import { MESSAGES, type MessageEntry, type MessageKey } from '../../../utils/i18n/messages.ts';
import type { ProblemParam, ProblemParams } from '../../../utils/i18n/problem.ts';
import {
  backupProblemText,
  glossaryImportProblemText,
  settingsProblemText,
  termErrorWithField,
  type Translator,
} from '../../../utils/i18n/problem-text.ts';
import { LOCALES, isMessageKey, translate, type Locale } from '../../../utils/i18n/translate.ts';
import {
  BACKUP_PROBLEM_CODES,
  MAX_BACKUP_CHARACTERS,
  parseImportAll,
  type BackupProblem,
} from '../../../utils/settings/backup.ts';
import {
  TERM_MERGE_PROBLEM_CODES,
  parseStoredGlossary,
  type ValidateTerm,
} from '../../../utils/settings/glossary-store.ts';
import {
  SETTINGS_PROBLEM_CODES,
  parseStoredSettings,
  type SettingsProblem,
} from '../../../utils/settings/parse.ts';
import {
  MAX_DISABLED_BUILT_IN_TERMS,
  MAX_SITE_RULES,
  defaultSettings,
} from '../../../utils/settings/schema.ts';

/**
 * Every problem code the engine can return has a message in the three UI languages, and the
 * problems it really returns bring every parameter their message asks for. The problems below
 * come from feeding the parsers broken input, one case per code, so a code that no input can
 * produce, or a produced code missing from its module's list, fails here too.
 */

const TABLE: Record<MessageKey, MessageEntry> = MESSAGES;
const translator =
  (locale: Locale): Translator =>
  (key, substitutions) =>
    translate(locale, key, substitutions);

const GOOD = {
  id: 'hbm4',
  hans: '第四代高带宽内存',
  hant: '第四代高頻寬記憶體',
  category: 'technology',
  definition: { en: 'Memory.', hans: '内存。', hant: '記憶體。' },
};

// ------------------------------------------------------------ broken input, one per code

function termErrors(): ValidationError[] {
  const cases: unknown[] = [
    5,
    { ...GOOD, colour: 'red' },
    { ...GOOD, hans: undefined },
    { ...GOOD, hans: 5 },
    { ...GOOD, hans: '' },
    { ...GOOD, hans: '长'.repeat(65) },
    { ...GOOD, hans: '内\u0001存' },
    { ...GOOD, definition: { ...GOOD.definition, en: 'a\u0001b' } },
    { ...GOOD, hans: '内存\ud800' },
    { ...GOOD, hans: ' 内存' },
    { ...GOOD, hans: '内|存' },
    { ...GOOD, definition: 'memory' },
    { ...GOOD, definition: {} },
    { ...GOOD, id: 'HBM 4' },
    { ...GOOD, aliases: 'HBM' },
    { ...GOOD, aliases: [] },
    { ...GOOD, aliases: Array.from({ length: 17 }, (_, i) => `a${i}`) },
    { ...GOOD, aliases: ['HBM', 'HBM'] },
    { ...GOOD, category: 'gadget' },
    { ...GOOD, link: 'javascript:alert(1)' },
    { ...GOOD, asOf: '2025-13' },
    { ...GOOD, protect: 'yes' },
  ];
  return cases.flatMap((value) => {
    const result = validateTerm(value);
    return result.ok ? [] : result.errors;
  });
}

const json = (value: unknown) => JSON.stringify(value, null, 2);
const glossaryFile = (terms: unknown, extra: Record<string, unknown> = {}) =>
  json({ format: 'jianfan-glossary', version: 1, terms, ...extra });
const HEADER = 'id,hans,hant,category,definition_en,definition_hans,definition_hant';
const ROW = 'hbm4,内存,記憶體,technology,Memory.,内存。,記憶體。';
const csv = (...lines: string[]) => `${lines.join('\n')}\n`;

function importProblems(): ImportProblem[] {
  const files: [unknown, Parameters<typeof parseGlossaryImport>[1]?][] = [
    [42],
    [glossaryFile([GOOD]), { maxBytes: 50 }],
    ['\uFEFF \n'],
    [glossaryFile([GOOD]).slice(0, 60)],
    ['{"format": "jianfan-glossary" "version": 1}'],
    ['{"format": "jianfan-glossary", "version": 1, "terms": [], "terms": []}'],
    [json([GOOD])],
    [json({ format: 'anki', version: 2, terms: {}, deck: 'x' })],
    [json({ format: 'jianfan-glossary', version: '1', terms: [7] })],
    [csv(HEADER, ROW.replace('Memory.', '"Memory.'))],
    [csv(HEADER, ROW.replace('Memory.', '"Memory"s'))],
    [csv(HEADER, ROW.replace('Memory.', 'Mem"ory'))],
    [csv(HEADER, ROW.replace('Memory.', '"Memory.'), ROW.replace('Memory.', '"Memory"'))],
    [csv(HEADER, ROW.replace('Memory.', '"Memory.'), ROW.replace('hbm4', 'hbm5"'))],
    [csv(HEADER, ROW.replace('Memory.', '"Memory.'), ROW.replace('Memory.', 'Mem"'))],
    [csv(HEADER.replace(/,/g, ';'))],
    [csv(HEADER.replace(/,/g, '\t'))],
    [csv(`${HEADER.replace(',category', '')},colour,hans`, ROW)],
    // Neither written-form column, nor any definition column: each names what would do.
    [csv('id,en,category,note_en', 'a,A,term,A note.')],
    [csv(HEADER, `${ROW},extra`, ROW.replace('Memory.', '=1+1').replace('hbm4', 'hbm5'))],
    [glossaryFile([GOOD, { ...GOOD, id: 'hbm5' }]), { maxTerms: 1 }],
    [glossaryFile([GOOD, GOOD, { ...GOOD, id: 'other' }])],
    [csv(HEADER, ...Array.from({ length: 60 }, (_, i) => ROW.replace('hbm4', `x${i}`)))],
    [glossaryFile([{ ...GOOD, category: 'gadget', hans: 5 }])],
  ];
  const problems = files.flatMap(([text, options]) => {
    const result = parseGlossaryImport(text as string, options);
    return result.ok ? [] : result.errors;
  });
  const clashing = parseGlossaryImport(glossaryFile([GOOD]), {
    existing: [{ ...GOOD, id: 'older' } as never],
  });
  return [...problems, ...(clashing.ok ? [] : clashing.errors)];
}

const validateStoredTerm: ValidateTerm = (raw) => {
  const result = validateTerm(raw);
  if (result.ok) return { ok: true, key: result.term.id };
  return {
    ok: false,
    error: result.errors.map((e) => e.message).join('; '),
    errors: result.errors,
  };
};

function settingsProblems(): SettingsProblem[] {
  const rules = (count: number) =>
    Array.from({ length: count }, (_, i) => ({ pattern: `site${i}.example`, mode: 'always' }));
  const stored: unknown[] = [
    'dark mode',
    { version: 'one' },
    { version: 999 },
    { readingMode: 3, glossaryEnabled: 'yes', siteRules: 'all', disabledBuiltInTerms: 'none' },
    {
      siteRules: [
        5,
        { pattern: 7, mode: 'never' },
        { pattern: '*', mode: 'never' },
        { pattern: 'a.example', mode: 'sometimes' },
        { pattern: 'b.example', mode: 'never' },
        { pattern: 'b.example', mode: 'always' },
      ],
      disabledBuiltInTerms: [
        '',
        ...Array.from({ length: MAX_DISABLED_BUILT_IN_TERMS + 1 }, (_, i) => `t${i}`),
      ],
    },
    { siteRules: rules(MAX_SITE_RULES + 1) },
  ];
  const glossaries: unknown[] = [
    'terms',
    { revision: -1, terms: 'none' },
    { revision: 1, terms: [{ ...GOOD, link: 'http://example.com' }] },
  ];
  return [
    ...stored.flatMap((raw) => parseStoredSettings(raw).problems),
    ...glossaries.flatMap(
      (raw) => parseStoredGlossary(raw, { validateTerm: validateStoredTerm }).problems,
    ),
  ];
}

function backupProblems(): BackupProblem[] {
  const backup = (change: Record<string, unknown>) =>
    json({
      format: 'jianfan-backup',
      version: 1,
      settings: defaultSettings(),
      userGlossary: { revision: 1, terms: [GOOD] },
      ...change,
    });
  const files = [
    '',
    'x'.repeat(MAX_BACKUP_CHARACTERS + 1),
    '{"format": ',
    '[]',
    '{"format": "jianfan-backup", "format": "jianfan-backup"}',
    glossaryFile([GOOD]),
    backup({ version: 'one' }),
    backup({ version: 3 }),
    backup({ exportedAt: 'yesterday', settings: 'dark', userGlossary: 'none' }),
    backup({
      settings: { ...defaultSettings(), target: 'mars' },
      userGlossary: { revision: 'x', terms: [] },
    }),
    backup({ userGlossary: { revision: 1, terms: [{ ...GOOD, category: 'gadget' }, GOOD, GOOD] } }),
    backup({
      userGlossary: { revision: 1, terms: Array.from({ length: 25 }, () => ({ id: 5 })) },
    }),
    backup({ userGlossary: { revision: 1, terms: [GOOD, { ...GOOD, id: 'other' }] } }),
  ];
  return [...files, null].flatMap((text) => {
    const result = parseImportAll(text, { validateTerm: validateStoredTerm });
    return result.ok ? [] : result.problems;
  });
}

// ------------------------------------------------------------ checks

interface Family<P> {
  name: string;
  codes: readonly string[];
  labels: Readonly<Record<string, MessageKey>>;
  produced: () => P[];
  keyOf: (problem: P) => MessageKey;
  text: (t: Translator, problem: P) => string;
  paramsOf: (problem: P) => ProblemParams;
  codeOf: (problem: P) => string;
}

const FAMILIES = [
  {
    name: 'term validation',
    codes: TERM_ERROR_CODES,
    labels: TERM_ERROR_LABELS,
    produced: termErrors,
    keyOf: (error: ValidationError) => TERM_ERROR_LABELS[error.code],
    text: termErrorWithField,
    paramsOf: (error: ValidationError) => error.params,
    codeOf: (error: ValidationError) => error.code,
  } satisfies Family<ValidationError>,
  {
    name: 'glossary import',
    codes: GLOSSARY_IMPORT_PROBLEM_CODES,
    labels: GLOSSARY_IMPORT_PROBLEM_LABELS,
    // Problems of single terms carry term codes: those are checked above.
    produced: () => importProblems().filter((problem) => !isTermErrorCode(problem.code)),
    keyOf: (problem: ImportProblem) =>
      isTermErrorCode(problem.code)
        ? TERM_ERROR_LABELS[problem.code]
        : GLOSSARY_IMPORT_PROBLEM_LABELS[problem.code],
    text: glossaryImportProblemText,
    paramsOf: (problem: ImportProblem) => problem.params,
    codeOf: (problem: ImportProblem) => problem.code,
  } satisfies Family<ImportProblem>,
  {
    name: 'stored settings and glossary',
    codes: SETTINGS_PROBLEM_CODES,
    labels: SETTINGS_PROBLEM_LABELS,
    produced: settingsProblems,
    keyOf: (problem: SettingsProblem) => SETTINGS_PROBLEM_LABELS[problem.code],
    text: settingsProblemText,
    paramsOf: (problem: SettingsProblem) => problem.params,
    codeOf: (problem: SettingsProblem) => problem.code,
  } satisfies Family<SettingsProblem>,
  {
    name: 'backup import',
    codes: BACKUP_PROBLEM_CODES,
    labels: BACKUP_PROBLEM_LABELS,
    produced: backupProblems,
    keyOf: (problem: BackupProblem) => BACKUP_PROBLEM_LABELS[problem.code],
    text: backupProblemText,
    paramsOf: (problem: BackupProblem) => problem.params,
    codeOf: (problem: BackupProblem) => problem.code,
  } satisfies Family<BackupProblem>,
] as const;

/** Structured parameters inside `param` (nested problems included), for checking them too. */
function* nestedParams(param: ProblemParam): Generator<[MessageKey, ProblemParams]> {
  if (typeof param !== 'object' || Array.isArray(param)) return;
  const structured = param as Exclude<ProblemParam, string | number | readonly string[]>;
  switch (structured.kind) {
    case 'value':
      yield [
        VALUE_TYPE_LABELS[structured.type],
        Object.fromEntries(
          (TABLE[VALUE_TYPE_LABELS[structured.type]].placeholders ?? []).map((name) => [
            name,
            structured.shown ?? '',
          ]),
        ),
      ];
      if (['text', 'number', 'boolean', 'other'].includes(structured.type)) {
        expect(structured.shown, `${structured.type} shows the value`).toBeDefined();
      }
      return;
    case 'term-errors':
      for (const error of structured.errors) yield [TERM_ERROR_LABELS[error.code], error.params];
      return;
    case 'settings-problem':
      yield [SETTINGS_PROBLEM_LABELS[structured.problem.code], structured.problem.params];
      for (const inner of Object.values(structured.problem.params)) yield* nestedParams(inner);
      return;
    default:
      return;
  }
}

const LEFTOVER = /\$[A-Za-z0-9_]+\$|undefined|\[object|NaN/;
const HAN = /\p{Script=Han}/u;

describe.each(FAMILIES as readonly Family<unknown>[])('$name problems', (family) => {
  it('have a message key for every code, and no label for a code that does not exist', () => {
    for (const code of family.codes) {
      expect(isMessageKey(family.labels[code]), code).toBe(true);
    }
    expect(Object.keys(family.labels).sort()).toEqual([...family.codes].sort());
  });

  const produced = family.produced();

  it('are all produced by some broken input, and only with listed codes', () => {
    const codes = new Set(produced.map(family.codeOf));
    expect([...codes].sort()).toEqual([...family.codes].sort());
  });

  it('bring every parameter their message asks for, nested ones included', () => {
    for (const problem of produced) {
      const pending: [MessageKey, ProblemParams][] = [
        [family.keyOf(problem), family.paramsOf(problem)],
      ];
      while (pending.length > 0) {
        const [key, params] = pending.pop()!;
        for (const name of TABLE[key].placeholders ?? []) {
          expect(params[name], `${family.codeOf(problem)}: ${key} needs ${name}`).toBeDefined();
        }
        for (const param of Object.values(params)) pending.push(...nestedParams(param));
      }
    }
  });

  it.each(LOCALES)('read completely in %s, and in Chinese for the Chinese locales', (locale) => {
    const t = translator(locale);
    const english = translator('en');
    for (const problem of produced) {
      const text = family.text(t, problem);
      const code = family.codeOf(problem);
      expect(text, code).not.toMatch(LEFTOVER);
      expect(text.trim(), code).not.toBe('');
      if (locale !== 'en') {
        expect(text, code).toMatch(HAN);
        expect(text, code).not.toBe(family.text(english, problem));
      }
    }
  });
});

describe('a setting a backup holds and this version refuses', () => {
  it('is named by its label in the options page, with its field, in every language', () => {
    const result = parseImportAll(
      json({
        format: 'jianfan-backup',
        version: 1,
        settings: { ...defaultSettings(), target: 42, siteRules: [{ pattern: '*' }] },
        userGlossary: { revision: 1, terms: [GOOD] },
      }),
      { validateTerm: validateStoredTerm },
    );
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    const say = (locale: Locale) =>
      problems.map((problem) =>
        backupProblemText((key, subs) => translate(locale, key, subs), problem),
      );
    expect(say('en')[0]).toBe(
      `${translate('en', 'option_target')} (target): expected one of auto, cn, tw, hk; found the number 42.`,
    );
    expect(say('en')[1]).toMatch(
      new RegExp(`^${translate('en', 'site_rules_title')} \\(siteRules\\[0\\]`),
    );
    expect(say('zh_TW')[0]).toMatch(/^轉換為（target）：/);
  });
});

describe('codes shared between modules', () => {
  it('keep the stored glossary’s term merge codes among the backup codes', () => {
    for (const code of TERM_MERGE_PROBLEM_CODES) {
      expect(BACKUP_PROBLEM_CODES).toContain(code);
    }
  });

  it('name every kind of value found in all three languages', () => {
    for (const key of Object.values(VALUE_TYPE_LABELS)) {
      for (const locale of LOCALES) expect(TABLE[key][locale].trim(), key).not.toBe('');
    }
  });
});
