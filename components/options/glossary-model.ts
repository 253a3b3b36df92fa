import { detectTextScript } from '../../utils/detect/script.ts';
import { canonicalTerm } from '../../utils/glossary/io.ts';
import {
  ID_PATTERN,
  validateTerm,
  type Category,
  type Term,
  type ValidationError,
} from '../../utils/glossary/schema.ts';
import type { ValidateTerm } from '../../utils/settings/glossary-store.ts';

/**
 * The options page's view of the glossary: the built-in pack and the
 * reader's own terms in one list. Pure functions; the views call them.
 */

export type TermSource = 'built-in' | 'user' | 'override';

export interface GlossaryEntry {
  term: Term;
  /** `override`: a user term with the id of a built-in one, which it replaces. */
  source: TermSource;
  /** Built-in terms can be switched off; user terms are on while they exist. */
  enabled: boolean;
}

/** The terms the settings' backup check uses: a term is keyed by its id. */
export const validateStoredTerm: ValidateTerm = (raw) => {
  const result = validateTerm(raw);
  if (result.ok) return { ok: true, key: result.term.id, term: canonicalTerm(result.term) };
  return {
    ok: false,
    error: result.errors.map(describeTermError).join('; '),
    errors: result.errors,
  };
};

export function describeTermError(error: ValidationError): string {
  const field = error.path.replace(/^term\.?/, '');
  return field ? `${field} ${error.message}` : error.message;
}

/**
 * The reader's own terms first, in the order they were added (a customised built-in term among
 * them, as the reader's), then the built-in terms they leave, in pack order. The list shows its
 * first page only until a search narrows it down, and the built-in pack alone fills more than a
 * page: listed after it, the reader's terms would never be seen unfiltered.
 */
export function glossaryEntries({
  builtIn,
  user,
  disabledBuiltIn,
}: {
  builtIn: readonly Term[];
  user: readonly Term[];
  disabledBuiltIn: readonly string[];
}): GlossaryEntry[] {
  const builtInIds = new Set(builtIn.map((term) => term.id));
  const userIds = new Set(user.map((term) => term.id));
  const disabled = new Set(disabledBuiltIn);
  const entries: GlossaryEntry[] = user.map((term) => ({
    term,
    source: builtInIds.has(term.id) ? 'override' : 'user',
    enabled: true,
  }));
  for (const term of builtIn) {
    if (!userIds.has(term.id)) {
      entries.push({ term, source: 'built-in', enabled: !disabled.has(term.id) });
    }
  }
  return entries;
}

function searchableText(term: Term): string {
  return [
    term.id,
    term.hans,
    term.hant,
    term.tw,
    term.hk,
    term.en,
    ...(term.aliases ?? []),
    term.definition.en,
    term.definition.hans,
    term.definition.hant,
  ]
    .filter((part): part is string => part !== undefined)
    .join('\n')
    .toLowerCase();
}

/**
 * Entries whose forms, id or definitions contain every word of the query
 * (case-insensitive). Both scripts are stored on each term, so 芯片 and 晶片
 * both find the chip term.
 */
export function searchGlossary(entries: readonly GlossaryEntry[], query: string): GlossaryEntry[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...entries];
  return entries.filter((entry) => {
    const text = searchableText(entry.term);
    return words.every((word) => text.includes(word));
  });
}

/** The user's terms after an import: updates replace their term in place, adds go last. */
export function mergeImportedTerms(
  current: readonly Term[],
  { adds, updates }: { adds: readonly Term[]; updates: readonly Term[] },
): Term[] {
  const updateById = new Map(updates.map((term) => [term.id, term]));
  return [...current.map((term) => updateById.get(term.id) ?? term), ...adds];
}

/**
 * The user's terms with `term` saved in place of `replacing` (the id it had
 * before an edit) or of the term with its id; a new term goes last. The form
 * refuses an edit that would give a term the id of another one.
 */
export function upsertTerm(
  current: readonly Term[],
  { term, replacing }: { term: Term; replacing: string | null },
): Term[] {
  const index = current.findIndex((existing) => existing.id === (replacing ?? term.id));
  if (index === -1) return [...current, term];
  const next = [...current];
  next[index] = term;
  return next;
}

/**
 * How the reader's term with the id an open form edits differs from the version the form was
 * opened on (`openedOn`: the reader's term then, or null for a built-in term not yet
 * customised): `changed` or `deleted` in another window meanwhile, or null when it is as it
 * was. Saving the form over such a change would erase it without a word, or bring a deleted
 * term back. Terms are compared by content: a reload gives equal terms as new objects.
 */
export function termEditConflict(
  openedOn: Term | null,
  current: Term | null,
): 'changed' | 'deleted' | null {
  if (current === null) return openedOn === null ? null : 'deleted';
  if (openedOn === null) return 'changed';
  return JSON.stringify(canonicalTerm(openedOn)) === JSON.stringify(canonicalTerm(current))
    ? null
    : 'changed';
}

/** The term form's fields, as typed. */
export interface TermDraft {
  id: string;
  hans: string;
  hant: string;
  tw: string;
  hk: string;
  en: string;
  /** One alias per line. */
  aliases: string;
  category: Category;
  definitionEn: string;
  definitionHans: string;
  definitionHant: string;
  noteEn: string;
  noteHans: string;
  noteHant: string;
  link: string;
  asOf: string;
  caseSensitive: boolean;
  protect: boolean;
  /**
   * Whether the term being edited spelled out `caseSensitive` / `protect`
   * (some built-in terms write the default explicitly); such a field is kept,
   * so saving an unchanged form gives back the same term.
   */
  caseSensitiveSet: boolean;
  protectSet: boolean;
}

export type TermDraftField =
  | Exclude<keyof TermDraft, 'caseSensitive' | 'protect' | 'caseSensitiveSet' | 'protectSet'>
  | 'note';

export function emptyDraft(): TermDraft {
  return {
    id: '',
    hans: '',
    hant: '',
    tw: '',
    hk: '',
    en: '',
    aliases: '',
    category: 'term',
    definitionEn: '',
    definitionHans: '',
    definitionHant: '',
    noteEn: '',
    noteHans: '',
    noteHant: '',
    link: '',
    asOf: '',
    caseSensitive: true,
    protect: false,
    caseSensitiveSet: false,
    protectSet: false,
  };
}

/**
 * A new term's form started from text selected on a page ("Add to glossary"):
 * the text goes in the field of the script it is written in, and in both when
 * nothing tells them apart (芯片 is the same in both). A Latin name (CUDA) is
 * also its English name, and gives the id.
 */
export function draftFromSelection(text: string): TermDraft {
  const draft = emptyDraft();
  if (!/\p{Script=Han}/u.test(text)) {
    const id = text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
    return { ...draft, hans: text, hant: text, en: text, id: ID_PATTERN.test(id) ? id : '' };
  }
  const { traditionalOnly, simplifiedOnly } = detectTextScript(text).counts;
  if (traditionalOnly > 0 && simplifiedOnly === 0) return { ...draft, hant: text };
  if (simplifiedOnly > 0) return { ...draft, hans: text };
  return { ...draft, hans: text, hant: text };
}

export function draftFromTerm(term: Term): TermDraft {
  return {
    id: term.id,
    hans: term.hans,
    hant: term.hant,
    tw: term.tw ?? '',
    hk: term.hk ?? '',
    en: term.en ?? '',
    aliases: (term.aliases ?? []).join('\n'),
    category: term.category,
    definitionEn: term.definition.en,
    definitionHans: term.definition.hans,
    definitionHant: term.definition.hant,
    noteEn: term.note?.en ?? '',
    noteHans: term.note?.hans ?? '',
    noteHant: term.note?.hant ?? '',
    link: term.link ?? '',
    asOf: term.asOf ?? '',
    caseSensitive: term.caseSensitive !== false,
    protect: term.protect === true,
    caseSensitiveSet: term.caseSensitive !== undefined,
    protectSet: term.protect !== undefined,
  };
}

/**
 * The object the form describes, for `validateTerm`. Surrounding spaces are
 * trimmed (as import does) and empty optional fields are left out; the
 * validator then judges what remains.
 */
export function termFromDraft(draft: TermDraft): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const put = (key: string, value: string, required = false) => {
    const trimmed = value.trim();
    if (trimmed !== '' || required) out[key] = trimmed;
  };
  put('id', draft.id, true);
  put('hans', draft.hans, true);
  put('hant', draft.hant, true);
  put('tw', draft.tw);
  put('hk', draft.hk);
  put('en', draft.en);
  const aliases = draft.aliases
    .split(/\r?\n/)
    .map((alias) => alias.trim())
    .filter((alias) => alias !== '');
  if (aliases.length > 0) out.aliases = aliases;
  out.category = draft.category;
  out.definition = {
    en: draft.definitionEn.trim(),
    hans: draft.definitionHans.trim(),
    hant: draft.definitionHant.trim(),
  };
  if ([draft.noteEn, draft.noteHans, draft.noteHant].some((text) => text.trim() !== '')) {
    out.note = {
      en: draft.noteEn.trim(),
      hans: draft.noteHans.trim(),
      hant: draft.noteHant.trim(),
    };
  }
  put('link', draft.link);
  put('asOf', draft.asOf);
  // Defaults stay out unless the term had them, so an edit adds no fields it never had.
  if (!draft.caseSensitive || draft.caseSensitiveSet) out.caseSensitive = draft.caseSensitive;
  if (draft.protect || draft.protectSet) out.protect = draft.protect;
  return out;
}

/** The form field a validator error belongs to (`term.definition.en` → `definitionEn`). */
export function draftFieldOf(path: string): TermDraftField {
  const key = path.replace(/^term\.?/, '').replace(/\[\d+\]$/, '');
  switch (key) {
    case 'id':
    case 'hans':
    case 'hant':
    case 'tw':
    case 'hk':
    case 'en':
    case 'aliases':
    case 'category':
    case 'link':
    case 'asOf':
      return key;
    case 'definition.en':
      return 'definitionEn';
    case 'definition.hans':
      return 'definitionHans';
    case 'definition.hant':
      return 'definitionHant';
    case 'note.en':
      return 'noteEn';
    case 'note.hans':
      return 'noteHans';
    case 'note.hant':
      return 'noteHant';
    default:
      // `definition` as a whole, unknown fields: shown with the id, at the top.
      return key.startsWith('note') ? 'note' : 'id';
  }
}
