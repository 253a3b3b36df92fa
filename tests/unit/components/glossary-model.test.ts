import { describe, expect, it } from 'vitest';
import {
  draftFieldOf,
  draftFromTerm,
  glossaryEntries,
  mergeImportedTerms,
  searchGlossary,
  termFromDraft,
  upsertTerm,
  validateStoredTerm,
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

  it('keeps a note only when some part of it was written, so a half note is reported', () => {
    const term = termFromDraft({ ...draftFromTerm(USER_TERM), noteEn: 'Only English.' });
    const result = validateTerm(term);
    expect(result.ok).toBe(false);
    const fields = result.ok ? [] : result.errors.map((error) => draftFieldOf(error.path));
    expect(fields).toEqual(['noteHans', 'noteHant']);
  });

  it('maps validator paths to the form fields', () => {
    expect(draftFieldOf('term.definition.hant')).toBe('definitionHant');
    expect(draftFieldOf('term.aliases[2]')).toBe('aliases');
    expect(draftFieldOf('term.asOf')).toBe('asOf');
    expect(draftFieldOf('term.surprise')).toBe('id');
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
