import { describe, expect, test } from 'vitest';
import {
  type Term,
  findFormClashes,
  isHttpsUrl,
  termForms,
  validateTerm,
  type ValidateTermOptions,
  NAME_DOT_UNITS,
  SPACE_LIKE_UNITS,
  foldCodeUnit,
} from '../../../utils/glossary/schema.ts';
import { protectedTermsOf } from '../../../utils/convert/protected-terms.ts';
import { GLOSSARY_JSON_SCHEMA, TERM_JSON_SCHEMA } from '../../../utils/glossary/term.schema.ts';
import { makeTerm } from './helpers.ts';

const full: Term = {
  id: 'nvidia-h200',
  hans: 'H200',
  hant: 'H200',
  tw: 'H200 GPU',
  hk: 'H200 晶片',
  en: 'NVIDIA H200',
  aliases: ['H200 SXM'],
  category: 'product',
  definition: { en: 'A GPU.', hans: '一款GPU。', hant: '一款GPU。' },
  note: { en: 'Line one.\nLine two.', hans: '注。', hant: '註。' },
  link: 'https://en.wikipedia.org/wiki/Hopper_(microarchitecture)',
  asOf: '2025-12',
  caseSensitive: true,
  protect: false,
};

const without = (key: keyof Term): Record<string, unknown> => {
  const copy: Record<string, unknown> = { ...full };
  delete copy[key];
  return copy;
};

/** Paths of the problems validateTerm reports, for the assertions below. */
function errorPaths(value: unknown, path?: string, options: ValidateTermOptions = {}): string[] {
  const result = validateTerm(value, path === undefined ? options : { ...options, path });
  return result.ok ? [] : result.errors.map((error) => error.path);
}

describe('validateTerm', () => {
  test('accepts a term with every field and returns it', () => {
    const result = validateTerm(full);
    expect(result).toEqual({ ok: true, term: full });
  });

  test('accepts a minimal term', () => {
    expect(validateTerm(makeTerm('x-1')).ok).toBe(true);
  });

  test.each([
    ['id', 'term.id'],
    ['hans', 'term.hans'],
    ['hant', 'term.hant'],
    ['category', 'term.category'],
    ['definition', 'term.definition'],
  ] as const)('requires %s', (key, path) => {
    expect(errorPaths(without(key))).toEqual([path]);
  });

  test.each([
    ['an id that is not kebab-case ASCII', { id: 'Nvidia H200' }, 'term.id'],
    ['an id with a trailing dash', { id: 'h200-' }, 'term.id'],
    ['a number as a form', { hans: 200 }, 'term.hans'],
    ['an empty form', { hant: '' }, 'term.hant'],
    ['a form with a line break', { tw: 'H2\n00' }, 'term.tw'],
    ['a form with a control character', { hk: 'H\u0007200' }, 'term.hk'],
    ['a form with a bidi override', { en: 'H200\u202e' }, 'term.en'],
    ['a form with surrounding spaces', { en: ' H200 ' }, 'term.en'],
    ['a form containing |', { en: 'H200|H20' }, 'term.en'],
    ['a form over 64 characters', { en: 'x'.repeat(65) }, 'term.en'],
    ['aliases that are a string', { aliases: 'H200' }, 'term.aliases'],
    ['an empty alias list', { aliases: [] }, 'term.aliases'],
    ['a repeated alias', { aliases: ['a', 'a'] }, 'term.aliases[1]'],
    ['an unknown category', { category: 'gadget' }, 'term.category'],
    ['a blank definition', { definition: { en: ' ', hans: 'x', hant: 'x' } }, 'term.definition.en'],
    [
      'a definition with a tab',
      { definition: { en: 'a\tb', hans: 'x', hant: 'x' } },
      'term.definition.en',
    ],
    [
      'an unknown definition field',
      { definition: { ...full.definition, fr: 'x' } },
      'term.definition.fr',
    ],
    ['a note that is a string', { note: 'x' }, 'term.note'],
    ['a javascript: link', { link: 'javascript:alert(1)' }, 'term.link'],
    ['an http link', { link: 'http://example.com/' }, 'term.link'],
    ['a link with credentials', { link: 'https://user:pw@example.com/' }, 'term.link'],
    ['a link with a space', { link: 'https://example.com/a b' }, 'term.link'],
    ['a link with half of a surrogate pair', { link: 'https://example.com/\ud800' }, 'term.link'],
    ['a date that is not a year or month', { asOf: 'Dec 2025' }, 'term.asOf'],
    ['month 13', { asOf: '2025-13' }, 'term.asOf'],
    ['31 February', { asOf: '2025-02-31' }, 'term.asOf'],
    ['29 February of a common year', { asOf: '2025-02-29' }, 'term.asOf'],
    ['a form with half of a surrogate pair', { hans: 'x\ud83d' }, 'term.hans'],
    [
      'a definition with half of a surrogate pair',
      { definition: { en: 'a\udc00b', hans: 'x', hant: 'x' } },
      'term.definition.en',
    ],
    ['a string flag', { caseSensitive: 'yes' }, 'term.caseSensitive'],
    ['a numeric flag', { protect: 1 }, 'term.protect'],
    ['an unknown field', { colour: 'red' }, 'term.colour'],
  ])('rejects %s', (_, change, path) => {
    expect(errorPaths({ ...full, ...change })).toEqual([path]);
  });

  test('counts characters, not UTF-16 code units: 𠮷 and emoji count once', () => {
    expect(validateTerm({ ...full, hans: '𠮷'.repeat(64) }).ok).toBe(true);
    expect(errorPaths({ ...full, hans: '𠮷'.repeat(65) })).toEqual(['term.hans']);
    const definition = { en: '😀'.repeat(600), hans: 'x', hant: 'x' };
    expect(validateTerm({ ...full, definition }).ok).toBe(true);
    expect(errorPaths({ ...full, definition: { ...definition, en: '😀'.repeat(601) } })).toEqual([
      'term.definition.en',
    ]);
  });

  test('accepts a leap day, and the last day of each month', () => {
    for (const asOf of ['2024-02-29', '2025-01-31', '2025-04-30', '2025-12-31']) {
      expect(validateTerm({ ...full, asOf }).ok, asOf).toBe(true);
    }
  });

  test('rejects things that are not objects', () => {
    for (const value of [null, 'H200', 42, ['H200']]) expect(errorPaths(value)).toEqual(['term']);
  });

  test('reports every problem under the given path', () => {
    expect(errorPaths({ ...full, id: 'X', hans: '' }, 'terms[3]')).toEqual([
      'terms[3].id',
      'terms[3].hans',
    ]);
  });
});

describe('validateTerm: the definition of a reader’s term and of a built-in one', () => {
  test('a reader’s term needs its definition in one language only', () => {
    for (const definition of [{ hans: '一款GPU。' }, { hant: '一款GPU。' }, { en: 'A GPU.' }]) {
      expect(validateTerm({ ...full, definition }), JSON.stringify(definition)).toEqual({
        ok: true,
        term: { ...full, definition },
      });
    }
  });

  test('a reader’s definition in no language is refused, as such', () => {
    const result = validateTerm({ ...full, definition: {} });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors.map(({ path, code }) => ({ path, code }))).toEqual([
        { path: 'term.definition', code: 'no-definition' },
      ]);
    }
  });

  test('a language the reader has no text in is left out, not written empty', () => {
    expect(errorPaths({ ...full, definition: { en: '', hans: '一款GPU。' } })).toEqual([
      'term.definition.en',
    ]);
  });

  test('a built-in term needs every language', () => {
    const every = { definitionLanguages: 'every' } as const;
    expect(errorPaths(full, undefined, every)).toEqual([]);
    expect(errorPaths({ ...full, definition: { en: 'x', hans: 'x' } }, undefined, every)).toEqual([
      'term.definition.hant',
    ]);
    expect(errorPaths({ ...full, definition: {} }, undefined, every)).toEqual([
      'term.definition.en',
      'term.definition.hans',
      'term.definition.hant',
    ]);
  });
});

describe('validateTerm: the note of a reader’s term and of a built-in one', () => {
  test('a reader’s note, like the definition, needs one language only', () => {
    for (const note of [{ en: 'Only English.' }, { hans: '只有简体。' }, { hant: '只有繁體。' }]) {
      expect(validateTerm({ ...full, note }), JSON.stringify(note)).toEqual({
        ok: true,
        term: { ...full, note },
      });
    }
    expect(validateTerm({ ...full, note: { en: 'a', hant: 'b' } }).ok).toBe(true);
  });

  test('a note in no language is refused as empty; an empty language is still refused', () => {
    const result = validateTerm({ ...full, note: {} });
    expect(result.ok ? [] : result.errors.map(({ path, code }) => ({ path, code }))).toEqual([
      { path: 'term.note', code: 'empty' },
    ]);
    expect(errorPaths({ ...full, note: { en: '', hans: '注。' } })).toEqual(['term.note.en']);
  });

  test('a built-in term’s note has every language, as its definition does', () => {
    const every = { definitionLanguages: 'every' } as const;
    expect(errorPaths({ ...full, note: { en: 'x' } }, undefined, every)).toEqual([
      'term.note.hans',
      'term.note.hant',
    ]);
  });
});

test('isHttpsUrl accepts only absolute https addresses', () => {
  expect(isHttpsUrl('https://en.wikipedia.org/wiki/CUDA')).toBe(true);
  for (const bad of [
    'http://a.example',
    'javascript:alert(1)',
    'data:text/html,x',
    '//a.example',
    'https://',
  ]) {
    expect(isHttpsUrl(bad)).toBe(false);
  }
});

describe('termForms', () => {
  test('lists each written form once, in field order, with its field', () => {
    const term = makeTerm('t', {
      hans: '台积电',
      hant: '臺積電',
      tw: '台積電',
      hk: '台積電',
      en: 'TSMC',
      aliases: ['TSMC', '台积'],
    });
    expect(termForms(term)).toEqual([
      { form: '台积电', field: 'hans' },
      { form: '臺積電', field: 'hant' },
      { form: '台積電', field: 'tw' },
      { form: 'TSMC', field: 'en' },
      { form: '台积', field: 'alias' },
    ]);
  });
});

describe('findFormClashes', () => {
  test('finds a form shared by two terms, and ignores a repeat inside one term', () => {
    const a = makeTerm('a', { hans: '芯片', hant: '芯片' });
    const b = makeTerm('b', { hans: '晶片', aliases: ['芯片'] });
    expect(findFormClashes([a, b])).toEqual([{ form: '芯片', firstIndex: 0, secondIndex: 1 }]);
  });

  test('compares case only when both terms are case-sensitive', () => {
    const upper = makeTerm('upper', { hans: 'CUDA' });
    const lower = makeTerm('lower', { hans: 'cuda' });
    expect(findFormClashes([upper, lower])).toEqual([]);
    const loose = makeTerm('loose', { hans: 'Cuda', caseSensitive: false });
    expect(findFormClashes([upper, loose])).toEqual([
      { form: 'Cuda', firstIndex: 0, secondIndex: 1 },
    ]);
  });

  test('treats full-width and half-width Latin letters as the same form', () => {
    const half = makeTerm('half', { hans: 'HBM' });
    const full = makeTerm('full', { hans: 'ＨＢＭ' });
    expect(findFormClashes([half, full])).toHaveLength(1);
  });
});

test('protectedTermsOf lists the forms of protected terms only, checking them', () => {
  const ascend = makeTerm('ascend', { hans: '昇腾', hant: '昇騰', protect: true });
  const lisa = makeTerm('lisa', { hans: '苏姿丰', hant: '蘇姿丰', tw: '蘇姿丰', protect: true });
  const plain = makeTerm('plain', { hans: '芯片', tw: '晶片' });
  // Stored terms are not trusted: damaged ones are passed over.
  const damaged = [null, 'x', { protect: true, hans: '', hant: '空' }, { protect: 'yes' }];
  const tooLong = { protect: true, hans: '长'.repeat(65), hant: '長'.repeat(65) };
  expect(protectedTermsOf([ascend, ...damaged, plain, tooLong, lisa])).toEqual([
    { hans: '昇腾', hant: '昇騰' },
    { hans: '苏姿丰', hant: '蘇姿丰', tw: '蘇姿丰' },
  ]);
});

// ---------------------------------------------------------------------------
// The JSON Schema and the validator must agree. This is a small validator for
// the part of JSON Schema 2020-12 that term.schema.ts uses.

type Schema = Record<string, unknown>;

function schemaValid(schema: Schema, value: unknown, root: Schema): boolean {
  if (typeof schema['$ref'] === 'string') {
    const path = (schema['$ref'] as string).replace(/^#\//, '').split('/');
    let target: unknown = root;
    for (const part of path) target = (target as Schema)[part];
    if (!schemaValid(target as Schema, value, root)) return false;
  }
  if ('const' in schema && value !== schema['const']) return false;
  if (Array.isArray(schema['enum']) && !(schema['enum'] as unknown[]).includes(value)) return false;
  const type = schema['type'];
  if (type === 'object') {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
    const record = value as Record<string, unknown>;
    if (
      typeof schema['minProperties'] === 'number' &&
      Object.keys(record).length < schema['minProperties']
    )
      return false;
    const properties = (schema['properties'] ?? {}) as Record<string, Schema>;
    for (const key of (schema['required'] ?? []) as string[]) if (!(key in record)) return false;
    for (const [key, inner] of Object.entries(record)) {
      const sub = properties[key];
      if (sub === undefined) {
        if (schema['additionalProperties'] === false) return false;
      } else if (!schemaValid(sub, inner, root)) return false;
    }
  }
  if (type === 'array') {
    if (!Array.isArray(value)) return false;
    if (typeof schema['minItems'] === 'number' && value.length < schema['minItems']) return false;
    if (typeof schema['maxItems'] === 'number' && value.length > schema['maxItems']) return false;
    if (
      schema['uniqueItems'] === true &&
      new Set(value.map((item) => JSON.stringify(item))).size !== value.length
    )
      return false;
    const items = schema['items'] as Schema | undefined;
    if (items !== undefined && !value.every((item) => schemaValid(items, item, root))) return false;
  }
  if (type === 'string') {
    if (typeof value !== 'string') return false;
    const length = [...value].length; // JSON Schema counts code points.
    if (typeof schema['minLength'] === 'number' && length < schema['minLength']) return false;
    if (typeof schema['maxLength'] === 'number' && length > schema['maxLength']) return false;
    if (typeof schema['pattern'] === 'string' && !new RegExp(schema['pattern'], 'u').test(value))
      return false;
  }
  if (type === 'boolean' && typeof value !== 'boolean') return false;
  return true;
}

describe('the JSON Schema', () => {
  const samples: [string, unknown][] = [
    ['full term', full],
    ['minimal term', makeTerm('x-1')],
    ['term with note', makeTerm('n', { note: { en: 'a\nb', hans: 'a', hant: 'a' } })],
    ['note in English only', makeTerm('n', { note: { en: 'a' } })],
    ['note in Simplified only', makeTerm('n', { note: { hans: 'a' } })],
    ['note in no language', { ...full, note: {} }],
    ['note with an empty language', { ...full, note: { en: '', hant: 'a' } }],
    ['missing id', without('id')],
    ['missing definition', without('definition')],
    ['bad id', { ...full, id: 'Bad Id' }],
    ['unknown field', { ...full, colour: 'red' }],
    ['unknown category', { ...full, category: 'gadget' }],
    ['empty form', { ...full, hans: '' }],
    ['form with newline', { ...full, hans: 'a\nb' }],
    ['form with leading space', { ...full, hans: ' a' }],
    ['form with |', { ...full, en: 'a|b' }],
    ['long form', { ...full, en: 'x'.repeat(65) }],
    ['64 characters outside the BMP', { ...full, hant: '𨋢'.repeat(64) }],
    ['65 characters outside the BMP', { ...full, hant: '𨋢'.repeat(65) }],
    ['64-character form', { ...full, en: 'x'.repeat(64) }],
    ['bidi override', { ...full, en: 'a\u202eb' }],
    ['empty aliases', { ...full, aliases: [] }],
    ['repeated aliases', { ...full, aliases: ['a', 'a'] }],
    ['aliases as string', { ...full, aliases: 'a' }],
    ['definition missing hant', { ...full, definition: { en: 'a', hans: 'a' } }],
    ['definition in Traditional only', { ...full, definition: { hant: 'a' } }],
    ['definition in no language', { ...full, definition: {} }],
    ['definition with an empty language', { ...full, definition: { en: '', hant: 'a' } }],
    ['definition extra field', { ...full, definition: { ...full.definition, fr: 'x' } }],
    ['blank definition', { ...full, definition: { en: '  ', hans: 'a', hant: 'a' } }],
    ['definition with tab', { ...full, definition: { en: 'a\tb', hans: 'a', hant: 'a' } }],
    ['long definition', { ...full, definition: { en: 'x'.repeat(601), hans: 'a', hant: 'a' } }],
    ['javascript link', { ...full, link: 'javascript:alert(1)' }],
    ['http link', { ...full, link: 'http://a.example/' }],
    ['link with space', { ...full, link: 'https://a.example/a b' }],
    ['year only', { ...full, asOf: '2025' }],
    ['full date', { ...full, asOf: '2025-12-08' }],
    ['bad month', { ...full, asOf: '2025-13' }],
    ['string flag', { ...full, protect: 'true' }],
    ['null', null],
    ['array', [full]],
  ];

  test.each(samples)('agrees with validateTerm on: %s', (_, value) => {
    const schema = TERM_JSON_SCHEMA as unknown as Schema;
    expect(schemaValid(schema, value, schema)).toBe(validateTerm(value).ok);
  });

  test('describes a whole glossary file', () => {
    const schema = GLOSSARY_JSON_SCHEMA as unknown as Schema;
    const file = { format: 'jianfan-glossary', version: 1, terms: [full, makeTerm('x-1')] };
    expect(schemaValid(schema, file, schema)).toBe(true);
    expect(schemaValid(schema, { ...file, version: 2 }, schema)).toBe(false);
    expect(schemaValid(schema, { ...file, terms: [without('hans')] }, schema)).toBe(false);
    expect(GLOSSARY_JSON_SCHEMA.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });
});

describe('foldCodeUnit', () => {
  test('folds every space-like unit to a space and every name dot to the middle dot', () => {
    for (const ignoreCase of [false, true]) {
      for (const unit of SPACE_LIKE_UNITS)
        expect(foldCodeUnit(unit, ignoreCase), `${unit}`).toBe(0x20);
      for (const unit of NAME_DOT_UNITS)
        expect(foldCodeUnit(unit, ignoreCase), `${unit}`).toBe(0xb7);
    }
  });

  test('keeps every other ASCII unit, folding A–Z only when case is ignored', () => {
    for (let unit = 0; unit < 0x80; unit++) {
      if (SPACE_LIKE_UNITS.includes(unit)) continue;
      expect(foldCodeUnit(unit, false)).toBe(unit);
      const upper = unit >= 0x41 && unit <= 0x5a;
      expect(foldCodeUnit(unit, true)).toBe(upper ? unit + 0x20 : unit);
    }
    // Full width: as ASCII.
    expect(foldCodeUnit(0xff21, false)).toBe(0x41);
    expect(foldCodeUnit(0xff21, true)).toBe(0x61);
  });
});
