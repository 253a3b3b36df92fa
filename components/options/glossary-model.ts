import { detectTextScript } from '../../utils/detect/script.ts';
import {
  convertToFill,
  madeTermId,
  scriptToFill,
  type ConvertScript,
} from '../../utils/glossary/complete.ts';
import { canonicalTerm } from '../../utils/glossary/io.ts';
import { simplifiedQuotes, traditionalQuotes } from '../../utils/glossary/quotes.ts';
import {
  TEXT_LANGUAGES,
  formKey,
  isCaseSensitive,
  termForms,
  validateTerm,
  type Category,
  type Term,
  type ValidationError,
} from '../../utils/glossary/schema.ts';
import type { ValidateTerm } from '../../utils/settings/glossary-store.ts';

// The term form's completion rules live with import's, in utils/glossary/complete.ts.
export {
  idFromChinese,
  idFromEnglish,
  uniqueTermId,
  type ConvertScript,
} from '../../utils/glossary/complete.ts';

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

/** A term's names, lower-cased: its forms, its aliases and its id. */
function namesOf(term: Term): string[] {
  return [term.hans, term.hant, term.tw, term.hk, term.en, ...(term.aliases ?? []), term.id]
    .filter((name): name is string => name !== undefined)
    .map((name) => name.toLowerCase());
}

/**
 * Entries whose forms, id or definitions contain every word of the query
 * (case-insensitive). Both scripts are stored on each term, so 芯片 and 晶片
 * both find the chip term. The term the query names comes first: a term one of whose names is
 * the query, then those whose names hold every word, then those found by their definitions
 * only (HBM's own entry before every GPU whose definition mentions HBM), each group in list
 * order.
 */
export function searchGlossary(entries: readonly GlossaryEntry[], query: string): GlossaryEntry[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...entries];
  const whole = words.join(' ');
  const ranked: GlossaryEntry[][] = [[], [], []];
  for (const entry of entries) {
    const text = searchableText(entry.term);
    if (!words.every((word) => text.includes(word))) continue;
    const names = namesOf(entry.term);
    const rank = names.includes(whole)
      ? 0
      : words.every((word) => names.some((name) => name.includes(word)))
        ? 1
        : 2;
    ranked[rank]!.push(entry);
  }
  return ranked.flat();
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
  | 'note'
  | 'definition';

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
 * the text goes in the field of the script it is written in. When no character
 * tells the scripts apart, it goes in the Simplified field alone, and saving
 * fills in the Traditional form by conversion (`completeDraft`): characters both
 * scripts have may still be written otherwise in Traditional (后面 is 後面 there,
 * while 芯片 stays 芯片). A Latin name (CUDA) is the same in every field, and is
 * also its English name. The id is left empty, to be made on saving clear of the
 * taken ones: the name's own id may be a built-in term's (NVIDIA is `nvidia`),
 * which a term saved under it would replace.
 */
export function draftFromSelection(text: string): TermDraft {
  const draft = emptyDraft();
  if (!/\p{Script=Han}/u.test(text)) return { ...draft, hans: text, hant: text, en: text };
  const { traditionalOnly, simplifiedOnly } = detectTextScript(text).counts;
  if (traditionalOnly > 0 && simplifiedOnly === 0) return { ...draft, hant: text };
  return { ...draft, hans: text };
}

/**
 * The built-in terms that have a written form of the draft (its forms, English name or aliases),
 * each with the first such form, in pack order. Saved, the reader's term is added beside them,
 * not in their place, and is the one found where a page has the form (the reader's terms are
 * matched first). Forms compare as the matcher's clash rule does: after width folding, and
 * after case folding when either term ignores case. A built-in term with the draft's id is
 * left out: the draft replaces it, as the id field's hint says.
 */
export function builtInTermsSharingForms(
  draft: TermDraft,
  builtIn: readonly Term[],
): { term: Term; form: string }[] {
  const typed = [draft.hans, draft.hant, draft.tw, draft.hk, draft.en, ...draft.aliases.split('\n')]
    .map((form) => form.trim())
    .filter((form) => form !== '');
  if (typed.length === 0) return [];
  const exact = new Map<string, string>();
  const folded = new Map<string, string>();
  for (const form of typed) {
    if (!exact.has(formKey(form, false))) exact.set(formKey(form, false), form);
    if (!folded.has(formKey(form, true))) folded.set(formKey(form, true), form);
  }
  const id = draft.id.trim();
  const found: { term: Term; form: string }[] = [];
  for (const term of builtIn) {
    if (term.id === id) continue;
    const ignoreCase = !draft.caseSensitive || !isCaseSensitive(term);
    for (const { form } of termForms(term)) {
      const shared =
        exact.get(formKey(form, false)) ??
        (ignoreCase ? folded.get(formKey(form, true)) : undefined);
      if (shared !== undefined) {
        found.push({ term, form: shared });
        break;
      }
    }
  }
  return found;
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
    definitionEn: term.definition.en ?? '',
    definitionHans: term.definition.hans ?? '',
    definitionHant: term.definition.hant ?? '',
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
  // A language left empty is left out: a reader's term needs its definition in one only.
  const definition: Record<string, string> = {};
  const typed = { en: draft.definitionEn, hans: draft.definitionHans, hant: draft.definitionHant };
  for (const language of TEXT_LANGUAGES) {
    const text = typed[language].trim();
    if (text !== '') definition[language] = text;
  }
  out.definition = definition;
  // The note likewise, and no note at all when every language is empty.
  const note: Record<string, string> = {};
  const typedNote = { en: draft.noteEn, hans: draft.noteHans, hant: draft.noteHant };
  for (const language of TEXT_LANGUAGES) {
    const text = typedNote[language].trim();
    if (text !== '') note[language] = text;
  }
  if (Object.keys(note).length > 0) out.note = note;
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
    case 'definition':
      return 'definition';
    default:
      // Unknown fields: shown with the id, at the top.
      return key.startsWith('note') ? 'note' : 'id';
  }
}

/** Why a draft could not be completed: which field, and what the reader should do. */
export interface DraftFillProblem {
  field: TermDraftField;
  /** `form-missing`: neither written form; `convert-failed`: the converter did not answer. */
  code: 'form-missing' | 'convert-failed';
}

/**
 * The draft as it will be saved: what the reader left empty filled in from what they typed.
 * A written form, Chinese definition or Chinese note left empty is converted from the other
 * script's (an English-only definition or note stays so); an
 * empty id is made from the English name, or else from the Simplified form, unique among
 * `takenIds` (the reader's other terms and the built-in ones, so that a new term never
 * replaces a built-in one unasked). A field that could not be filled is named in `problems`;
 * the draft is then not to be saved. Which script is filled, how it is converted and how the id
 * is made are import's rules too (utils/glossary/complete.ts).
 */
export async function completeDraft(
  draft: TermDraft,
  { convert, takenIds }: { convert: ConvertScript; takenIds: ReadonlySet<string> },
): Promise<{ draft: TermDraft; problems: DraftFillProblem[] }> {
  const filled = { ...draft };
  const problems: DraftFillProblem[] = [];
  const fillPair = async (
    simplified: 'hans' | 'definitionHans' | 'noteHans',
    traditional: 'hant' | 'definitionHant' | 'noteHant',
  ) => {
    const fill = scriptToFill(filled[simplified], filled[traditional]);
    if (fill === null) return;
    const [from, to] =
      fill.to === 'hant'
        ? ([simplified, traditional] as const)
        : ([traditional, simplified] as const);
    try {
      const converted = await convertToFill(filled[from], fill.to, convert);
      // A definition or note quotes as its script's readers do (臺灣稱「晶片」, 台湾称“晶片”).
      filled[to] =
        simplified === 'hans'
          ? converted
          : fill.to === 'hant'
            ? traditionalQuotes(converted)
            : simplifiedQuotes(converted);
    } catch {
      problems.push({ field: to, code: 'convert-failed' });
    }
  };
  if (draft.hans.trim() === '' && draft.hant.trim() === '') {
    problems.push({ field: 'hans', code: 'form-missing' });
  }
  await fillPair('hans', 'hant');
  await fillPair('definitionHans', 'definitionHant');
  await fillPair('noteHans', 'noteHant');
  if (filled.id.trim() === '') {
    const id = madeTermId(filled, takenIds);
    if (id !== '') filled.id = id;
  }
  return { draft: filled, problems };
}
