import { describe, expect, it } from 'vitest';
import {
  builtInTermsSharingForms,
  completeDraft,
  draftFieldOf,
  draftFromSelection,
  draftFromTerm,
  glossaryEntries,
  mergeImportedTerms,
  searchGlossary,
  termFromDraft,
  upsertTerm,
  validateStoredTerm,
  emptyDraft,
  type TermDraft,
} from '../../../components/options/glossary-model.ts';
import { canonicalTerm } from '../../../utils/glossary/io.ts';
import { BUILT_IN_TERMS } from '../../../utils/glossary/pack/index.ts';
import { validateTerm } from '../../../utils/glossary/schema.ts';
import { BUILT_IN, USER_TERM } from './options-fixtures.ts';

describe('the term form model', () => {
  it('turns every built-in term into a form and back without changing it', () => {
    expect(BUILT_IN_TERMS.length).toBeGreaterThan(0);
    for (const term of BUILT_IN_TERMS) {
      const back = termFromDraft(draftFromTerm(term));
      const result = validateTerm(back);
      expect(result.ok, term.id).toBe(true);
      expect(canonicalTerm(back as never), term.id).toEqual(canonicalTerm(term));
    }
  });

  it('trims what was typed and leaves out empty optional fields', () => {
    const draft = draftFromTerm(USER_TERM);
    const term = termFromDraft({
      ...draft,
      hans: '  我的实验室 ',
      tw: '   ',
      aliases: '\n a \n\nb\n',
    });
    expect(term.hans).toBe('我的实验室');
    expect(term).not.toHaveProperty('tw');
    expect(term.aliases).toEqual(['a', 'b']);
    expect(term).not.toHaveProperty('note');
  });

  it('keeps a note in the languages written in, which is a valid note', () => {
    const term = termFromDraft({ ...draftFromTerm(USER_TERM), noteEn: ' Only English. ' });
    expect(term.note).toEqual({ en: 'Only English.' });
    expect(validateTerm(term).ok).toBe(true);
    const chinese = termFromDraft({ ...draftFromTerm(USER_TERM), noteHant: '只有繁體。' });
    expect(chinese.note).toEqual({ hant: '只有繁體。' });
    expect(validateTerm(chinese).ok).toBe(true);
  });

  it('maps validator paths to the form fields', () => {
    expect(draftFieldOf('term.definition.hant')).toBe('definitionHant');
    expect(draftFieldOf('term.aliases[2]')).toBe('aliases');
    expect(draftFieldOf('term.asOf')).toBe('asOf');
    expect(draftFieldOf('term.surprise')).toBe('id');
  });
});

describe('a term started from a built-in term’s name ("Add to glossary")', () => {
  const builtInIds = new Set(BUILT_IN_TERMS.map((term) => term.id));
  const unchanged = async (text: string) => text;

  it.each([
    ['NVIDIA', 'nvidia'],
    ['CUDA', 'cuda'],
    ['HBM', 'hbm'],
    ['DeepSeek', 'deepseek'],
    ['Huawei', 'huawei'],
  ])('adds the reader’s %s beside the built-in term %s, not in its place', async (name, id) => {
    const { draft, problems } = await completeDraft(
      { ...draftFromSelection(name), definitionEn: 'Our own note on it.' },
      { convert: unchanged, takenIds: builtInIds },
    );
    expect(problems).toEqual([]);
    const result = validateTerm(termFromDraft(draft));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.term.id).toBe(`${id}-2`);
    const entries = glossaryEntries({
      builtIn: BUILT_IN_TERMS,
      user: upsertTerm([], { term: result.term, replacing: null }),
      disabledBuiltIn: [],
    });
    const sources = (termId: string) =>
      entries.filter((entry) => entry.term.id === termId).map((entry) => entry.source);
    expect(sources(id)).toEqual(['built-in']);
    expect(sources(`${id}-2`)).toEqual(['user']);
  });

  it('names the built-in terms that have one of the typed forms, in any width or case they match', () => {
    const nvidia = BUILT_IN_TERMS.find((term) => term.id === 'nvidia')!;
    const sharing = (fields: Partial<TermDraft>) =>
      builtInTermsSharingForms({ ...emptyDraft(), ...fields }, BUILT_IN_TERMS).map(
        ({ term, form }) => [term.id, form],
      );
    expect(sharing(draftFromSelection('NVIDIA'))).toEqual([['nvidia', 'NVIDIA']]);
    // The built-in NVIDIA ignores case; its Taiwan name in an alias, full-width Latin folded.
    expect(sharing({ hans: '甲', aliases: 'x\n輝達' })).toEqual([['nvidia', '輝達']]);
    expect(sharing({ hans: 'Ｎｖｉｄｉａ' })).toEqual([['nvidia', 'Ｎｖｉｄｉａ']]);
    // CUDA is compared exactly, unless the reader's term ignores case.
    expect(sharing({ hans: 'cuda' })).toEqual([]);
    expect(sharing({ hans: 'cuda', caseSensitive: false })).toEqual([['cuda', 'cuda']]);
    // A term that replaces the built-in one (its id) is not beside it.
    expect(sharing({ ...draftFromTerm(nvidia) })).toEqual([]);
    expect(sharing({ hans: '旗舰模型' })).toEqual([]);
  });
});

describe('the glossary list', () => {
  it('lists the reader’s terms first, a customised built-in one among them, then the rest', () => {
    const override = { ...BUILT_IN[1]!, en: 'Semiconductor Manufacturing International' };
    const entries = glossaryEntries({
      builtIn: BUILT_IN,
      user: [USER_TERM, override],
      disabledBuiltIn: ['nvidia'],
    });
    expect(entries.map((entry) => [entry.term.id, entry.source, entry.enabled])).toEqual([
      ['my-lab', 'user', true],
      ['smic', 'override', true],
      ['nvidia', 'built-in', false],
      ['cxmt', 'built-in', true],
    ]);
    expect(entries[1]!.term).toBe(override);
  });

  it('matches every word of a search, in any field, ignoring case', () => {
    const entries = glossaryEntries({ builtIn: BUILT_IN, user: [USER_TERM], disabledBuiltIn: [] });
    const ids = (query: string) => searchGlossary(entries, query).map((entry) => entry.term.id);
    expect(ids('')).toHaveLength(4);
    expect(ids('nvidia')).toEqual(['nvidia']);
    expect(ids('COMPANY')).toEqual(['nvidia', 'smic', 'cxmt']);
    expect(ids('company smic')).toEqual(['smic']);
    expect(ids('中芯國際')).toEqual(['smic']);
  });

  it('lists first the term the search names, then terms whose names hold it, then the rest', () => {
    const entries = glossaryEntries({
      builtIn: BUILT_IN_TERMS,
      user: [],
      disabledBuiltIn: [],
    });
    const ids = (query: string) => searchGlossary(entries, query).map((entry) => entry.term.id);
    // The term itself, then terms named after it (HBM3E), then those whose definitions name it.
    expect(ids('HBM')[0]).toBe('hbm');
    expect(ids('HBM').slice(1, 4)).toEqual(['hbm3', 'hbm3e', 'hbm4']);
    expect(ids('hbm')).toContain('nvidia-b200');
    expect(ids('昇腾').slice(0, 3)).toEqual(['huawei-ascend', 'ascend-910b', 'ascend-910c']);
    expect(ids('昇腾').indexOf('huawei')).toBeGreaterThan(2);
    expect(ids('裸片').slice(0, 2)).toEqual(['die', 'base-die']);
  });
});

describe('editing the user’s terms', () => {
  const a = USER_TERM;
  const b = { ...USER_TERM, id: 'second', hans: '第二' };

  it('replaces a term in place, also when its id changed, and appends a new one', () => {
    const renamed = { ...a, id: 'renamed' };
    expect(upsertTerm([a, b], { term: renamed, replacing: a.id })).toEqual([renamed, b]);
    const changed = { ...b, hans: '第二个' };
    expect(upsertTerm([a, b], { term: changed, replacing: null })).toEqual([a, changed]);
    const fresh = { ...a, id: 'fresh' };
    expect(upsertTerm([a, b], { term: fresh, replacing: null })).toEqual([a, b, fresh]);
  });

  it('merges an import: updates in place, additions last', () => {
    const updated = { ...b, en: 'Second' };
    const added = { ...a, id: 'added' };
    expect(mergeImportedTerms([a, b], { adds: [added], updates: [updated] })).toEqual([
      a,
      updated,
      added,
    ]);
  });

  it('keys stored terms by id for backups, and explains a bad one', () => {
    expect(validateStoredTerm(a)).toEqual({ ok: true, key: a.id, term: canonicalTerm(a) });
    const bad = validateStoredTerm({ ...a, category: 'gadget' });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error).toMatch(/^category must be one of/);
  });
});
