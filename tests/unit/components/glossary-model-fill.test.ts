import { describe, expect, it, vi } from 'vitest';
import {
  completeDraft,
  draftFieldOf,
  draftFromTerm,
  emptyDraft,
  idFromChinese,
  idFromEnglish,
  searchGlossary,
  termFromDraft,
  uniqueTermId,
  type ConvertScript,
  type TermDraft,
} from '../../../components/options/glossary-model.ts';
import { TERM_LIMITS, type Term } from '../../../utils/glossary/schema.ts';

// What a reader leaves empty in the term form is filled in from what they typed: the id, the
// written form and the Chinese definition in the other script.

/** A converter double: a few words in each direction, anything else unchanged. */
const WORDS: [string, string][] = [
  ['旗舰模型', '旗艦模型'],
  ['最强的模型。', '最強的模型。'],
];
const convert: ConvertScript = vi.fn(async (text: string, to: 'hans' | 'hant') => {
  const pair = WORDS.find(([hans, hant]) => (to === 'hant' ? hans : hant) === text);
  return pair === undefined ? text : to === 'hant' ? pair[1] : pair[0];
});

const draft = (fields: Partial<TermDraft>): TermDraft => ({ ...emptyDraft(), ...fields });
const none = new Set<string>();

describe('idFromEnglish', () => {
  it('is the lower-case kebab of the ASCII letters and digits', () => {
    expect(idFromEnglish('Flagship Model')).toBe('flagship-model');
    expect(idFromEnglish('  NVIDIA H200 (SXM) ')).toBe('nvidia-h200-sxm');
    expect(idFromEnglish('GPT-4o')).toBe('gpt-4o');
  });

  it('keeps the letter of an accented or full-width one', () => {
    expect(idFromEnglish('Café Crème')).toBe('cafe-creme');
    expect(idFromEnglish('Ｈ２００')).toBe('h200');
  });

  it('is empty for a name without ASCII letters or digits', () => {
    expect(idFromEnglish('')).toBe('');
    expect(idFromEnglish('—')).toBe('');
  });

  it('stops at a word boundary, leaving room for a suffix within the limit', () => {
    const id = idFromEnglish(Array.from({ length: 30 }, () => 'word').join(' '));
    expect(id).toMatch(/^word(-word)*$/);
    expect(`${id}-99999`.length).toBeLessThanOrEqual(TERM_LIMITS.idMaxLength);
    expect(idFromEnglish('x'.repeat(100)).length).toBeLessThan(TERM_LIMITS.idMaxLength);
  });
});

describe('idFromChinese', () => {
  it('is term- and a short base-36 hash, the same every time', () => {
    expect(idFromChinese('旗舰模型')).toMatch(/^term-[0-9a-z]{1,7}$/);
    expect(idFromChinese('旗舰模型')).toBe(idFromChinese('旗舰模型'));
    expect(idFromChinese('旗舰模型')).not.toBe(idFromChinese('旗舰'));
  });
});

describe('uniqueTermId', () => {
  it('appends -2, -3… to a taken id', () => {
    expect(uniqueTermId('chip', none)).toBe('chip');
    expect(uniqueTermId('chip', new Set(['chip']))).toBe('chip-2');
    expect(uniqueTermId('chip', new Set(['chip', 'chip-2']))).toBe('chip-3');
  });
});

describe('completeDraft', () => {
  it('fills the Traditional form and definition from the Simplified ones, and makes the id', async () => {
    const { draft: filled, problems } = await completeDraft(
      draft({ hans: '旗舰模型', definitionHans: '最强的模型。' }),
      { convert, takenIds: none },
    );
    expect(problems).toEqual([]);
    expect(filled).toMatchObject({
      id: idFromChinese('旗舰模型'),
      hans: '旗舰模型',
      hant: '旗艦模型',
      definitionEn: '',
      definitionHans: '最强的模型。',
      definitionHant: '最強的模型。',
    });
  });

  it('quotes a filled definition or note as its script’s readers do; names keep their marks', async () => {
    const { draft: toTraditional } = await completeDraft(
      draft({ hans: '“芯片”', definitionHans: '台湾称“晶片”，即‘晶’片。', noteHans: '见“芯片”。' }),
      { convert, takenIds: none },
    );
    expect(toTraditional.hant).toBe('“芯片”');
    // (This converter changes whole words only: the characters stay.)
    expect(toTraditional.definitionHant).toBe('台湾称「晶片」，即『晶』片。');
    expect(toTraditional.noteHant).toBe('见「芯片」。');
    const { draft: toSimplified } = await completeDraft(
      draft({ hant: '晶片', definitionHant: '大陸稱「芯片」。' }),
      { convert, takenIds: none },
    );
    expect(toSimplified.definitionHans).toBe('大陸稱“芯片”。');
  });

  it('fills the Simplified ones from the Traditional, and makes the same id', async () => {
    const { draft: filled } = await completeDraft(
      draft({ hant: '旗艦模型', definitionHant: '最強的模型。' }),
      { convert, takenIds: none },
    );
    expect(filled).toMatchObject({
      id: idFromChinese('旗舰模型'),
      hans: '旗舰模型',
      definitionHans: '最强的模型。',
    });
  });

  it('makes the id from the English name first, unique among the taken ones', async () => {
    const typed = draft({ hans: '旗舰模型', en: 'Flagship Model' });
    const taken = new Set(['flagship-model']);
    expect((await completeDraft(typed, { convert, takenIds: none })).draft.id).toBe(
      'flagship-model',
    );
    expect((await completeDraft(typed, { convert, takenIds: taken })).draft.id).toBe(
      'flagship-model-2',
    );
  });

  it('keeps an id the reader typed, and what they typed in both scripts', async () => {
    const typed = draft({ id: 'Mine', hans: '甲', hant: '乙', definitionHant: '丙' });
    const spy = vi.fn(convert);
    const { draft: filled } = await completeDraft(typed, {
      convert: spy,
      takenIds: new Set(['Mine']),
    });
    expect(filled).toMatchObject({ id: 'Mine', hans: '甲', hant: '乙', definitionHans: '丙' });
    // Only the empty definition was converted.
    expect(spy.mock.calls).toEqual([['丙', 'hans']]);
  });

  it('leaves an English-only definition as it is', async () => {
    const spy = vi.fn(convert);
    const { draft: filled } = await completeDraft(
      draft({ hans: '甲', hant: '甲', definitionEn: 'First.' }),
      { convert: spy, takenIds: none },
    );
    expect([filled.definitionHans, filled.definitionHant]).toEqual(['', '']);
    expect(spy).not.toHaveBeenCalled();
  });

  it('fills a note’s missing Chinese script the same way, and leaves an English-only note so', async () => {
    const spy = vi.fn(convert);
    const simplified = await completeDraft(
      draft({ hans: '甲', hant: '甲', definitionEn: 'First.', noteHans: '最强的模型。' }),
      { convert: spy, takenIds: none },
    );
    expect(simplified.problems).toEqual([]);
    expect(simplified.draft).toMatchObject({
      noteEn: '',
      noteHans: '最强的模型。',
      noteHant: '最強的模型。',
    });
    expect(termFromDraft(simplified.draft).note).toEqual({
      hans: '最强的模型。',
      hant: '最強的模型。',
    });
    const traditional = await completeDraft(
      draft({ hans: '甲', hant: '甲', definitionEn: 'First.', noteHant: '最強的模型。' }),
      { convert: spy, takenIds: none },
    );
    expect(traditional.draft.noteHans).toBe('最强的模型。');
    spy.mockClear();
    const english = await completeDraft(
      draft({ hans: '甲', hant: '甲', definitionEn: 'First.', noteEn: 'A note.' }),
      { convert: spy, takenIds: none },
    );
    expect([english.draft.noteHans, english.draft.noteHant]).toEqual(['', '']);
    expect(termFromDraft(english.draft).note).toEqual({ en: 'A note.' });
    expect(spy).not.toHaveBeenCalled();
  });

  it('names the note field it could not fill when the converter fails', async () => {
    const failing: ConvertScript = () => Promise.reject(new Error('no background'));
    const { problems } = await completeDraft(
      draft({ hans: '甲', hant: '甲', definitionEn: 'First.', noteHans: '注。' }),
      { convert: failing, takenIds: none },
    );
    expect(problems).toEqual([{ field: 'noteHant', code: 'convert-failed' }]);
  });

  it('names the field it could not fill when the converter fails', async () => {
    const failing: ConvertScript = () => Promise.reject(new Error('no background'));
    const { draft: filled, problems } = await completeDraft(
      draft({ hans: '旗舰模型', definitionHant: '最強的模型。' }),
      { convert: failing, takenIds: none },
    );
    expect(problems).toEqual([
      { field: 'hant', code: 'convert-failed' },
      { field: 'definitionHans', code: 'convert-failed' },
    ]);
    expect([filled.hant, filled.definitionHans]).toEqual(['', '']);
  });

  it('asks for a written form when there is none, and makes no id', async () => {
    const { draft: filled, problems } = await completeDraft(draft({ definitionEn: 'x' }), {
      convert,
      takenIds: none,
    });
    expect(problems).toEqual([{ field: 'hans', code: 'form-missing' }]);
    expect(filled.id).toBe('');
  });
});

describe('a definition in some languages only', () => {
  const term: Term = {
    id: 'flagship',
    hans: '旗舰模型',
    hant: '旗艦模型',
    category: 'term',
    definition: { hant: '最強的模型。' },
  };

  it('goes into the form and back without the empty languages', () => {
    const draftOf = draftFromTerm(term);
    expect([draftOf.definitionEn, draftOf.definitionHans]).toEqual(['', '']);
    expect(termFromDraft(draftOf).definition).toEqual({ hant: '最強的模型。' });
  });

  it('is found by a search for the language it has', () => {
    const entries = [{ term, source: 'user' as const, enabled: true }];
    expect(searchGlossary(entries, '最強')).toEqual(entries);
  });

  it('a definition in no language is an error of the definition group', () => {
    expect(draftFieldOf('term.definition')).toBe('definition');
  });
});
