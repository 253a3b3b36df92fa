import { describedValue, type ProblemParams } from '../i18n/problem.ts';

/**
 * The glossary term model and its hand-written runtime validator.
 *
 * The same rules are described for other tools by the JSON Schema in
 * `term.schema.ts`; the validator is the one the extension runs (no schema
 * library ships with it), and a unit test checks that the two agree.
 */

/** What a term is. A closed set so the UI can label and filter by it. */
export const CATEGORIES = [
  'company',
  'organization',
  'person',
  'place',
  'product',
  'technology',
  'term',
  'policy',
  'idiom',
  'vocabulary',
] as const;

export type Category = (typeof CATEGORIES)[number];

/** A short text in the three languages the reader shows. */
export interface LocalizedText {
  en: string;
  hans: string;
  hant: string;
}

/** The languages of a `LocalizedText`, in the order files and forms list them. */
export const TEXT_LANGUAGES = ['en', 'hans', 'hant'] as const;
export type TextLanguage = (typeof TEXT_LANGUAGES)[number];

/**
 * A term's definition, and its note. A built-in term has them in all three languages
 * (`BuiltInTerm`); a reader's own term needs one, because a reader who adds a word while reading
 * writes what it means in their own language. An absent language is left out, never stored as "".
 */
export type DefinitionText = Partial<LocalizedText>;

/** The text in `language` (of a definition or a note), or undefined when there is none in it. */
export function definitionIn(text: DefinitionText, language: TextLanguage): string | undefined {
  const value = text[language];
  return value === undefined || value.trim() === '' ? undefined : value;
}

export interface Term {
  /** Stable ASCII kebab-case id; user terms with the same id override built-in ones. */
  id: string;
  /** Written form in Simplified Chinese (the mainland form). */
  hans: string;
  /** Written form in Traditional characters (character conversion of `hans` unless noted). */
  hant: string;
  /** Taiwan form when it differs from `hant` (輝達 for 英伟达, 晶片 for 芯片). */
  tw?: string;
  /** Hong Kong form when it differs from `hant`. */
  hk?: string;
  /** English name or translation, also matched in the page text. */
  en?: string;
  /** More written forms that should be recognised (model numbers, short names). */
  aliases?: string[];
  category: Category;
  /** One or two sentences, in at least one language (all three for a built-in term). */
  definition: DefinitionText;
  /** Regional usage and caveats, in at least one language (all three for a built-in term). */
  note?: DefinitionText;
  /** An https reference for further reading. */
  link?: string;
  /** When the facts were last checked, for facts that change ("2025" or "2025-12"). */
  asOf?: string;
  /**
   * How Latin letters in the forms are compared. Default (absent or true): exactly,
   * because acronyms and model numbers (CUDA, H200, TSV) are written one way and
   * lower-case lookalikes are usually other words. `false`: ignoring case.
   */
  caseSensitive?: boolean;
  /**
   * The written forms must survive character conversion unchanged: set on names
   * that opencc converts wrongly (昇騰 → 升腾).
   */
  protect?: boolean;
}

/** A term of the built-in pack: its definition, and its note if it has one, in every language. */
export type BuiltInTerm = Term & { definition: LocalizedText; note?: LocalizedText };

/** The fields that hold written forms, in the order they are matched and ranked. */
export const FORM_FIELDS = ['hans', 'hant', 'tw', 'hk', 'en'] as const;
export type FormField = (typeof FORM_FIELDS)[number] | 'alias';

export const TERM_LIMITS = {
  idMaxLength: 64,
  formMaxLength: 64,
  maxAliases: 16,
  textMaxLength: 600,
  linkMaxLength: 300,
} as const;

export const TERM_KEYS = [
  'id',
  'hans',
  'hant',
  'tw',
  'hk',
  'en',
  'aliases',
  'category',
  'definition',
  'note',
  'link',
  'asOf',
  'caseSensitive',
  'protect',
] as const;

export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const AS_OF_PATTERN = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

/**
 * C0 and C1 controls, and the bidirectional embedding/override/isolate marks
 * that can make a definition display differently from what it says.
 */
// eslint-disable-next-line no-control-regex
const FORBIDDEN_CHARS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
// Same, but a line feed is allowed in definitions and notes.
const FORBIDDEN_CHARS_IN_TEXT =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** Half of a surrogate pair on its own: text no encoder can write (it comes back as U+FFFD). */
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * Characters as the reader counts them, and as the JSON Schema's `maxLength` does: code points,
 * so that 𠮷 or an emoji counts once, not twice.
 */
function characterCount(value: string): number {
  let count = 0;
  // A string iterates by code points.
  for (const _ of value) count += 1;
  return count;
}

/** Whether the date a term's facts date from exists: a year, a month of one, or a day of one. */
function isRealDate(value: string): boolean {
  if (!AS_OF_PATTERN.test(value)) return false;
  const [year, month, day] = value.split('-').map(Number);
  if (day === undefined) return true;
  // The day after the month's last is the first of the next one.
  return day <= new Date(Date.UTC(year!, month!, 0)).getUTCDate();
}

/**
 * Every `code` the validator reports. Each reads after the field it concerns ("definition.en
 * must not be empty"); the views word it in the UI language (TERM_ERROR_LABELS).
 */
export const TERM_ERROR_CODES = [
  'not-object',
  'unknown-field',
  'required',
  'not-string',
  'empty',
  'too-long',
  'control-characters',
  'control-characters-in-text',
  'broken-character',
  'surrounding-space',
  'pipe',
  'not-localized-text',
  'invalid-id',
  'not-array',
  'empty-list',
  'too-many',
  'repeated',
  'invalid-category',
  'not-https',
  'invalid-date',
  'not-boolean',
  'no-definition',
] as const;

export type TermErrorCode = (typeof TERM_ERROR_CODES)[number];

export function isTermErrorCode(value: unknown): value is TermErrorCode {
  return (TERM_ERROR_CODES as readonly unknown[]).includes(value);
}

export interface ValidationError {
  path: string;
  code: TermErrorCode;
  /** What the message needs: `max`, `got` (the value found), `value`, `categories`. */
  params: ProblemParams;
  /** English, for logs and tests. */
  message: string;
}

export type ValidateTermResult =
  { ok: true; term: Term } | { ok: false; errors: ValidationError[] };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

function problem(
  path: string,
  code: TermErrorCode,
  message: string,
  params: ProblemParams = {},
): ValidationError {
  return { path, code, params, message };
}

function notString(path: string, value: unknown): ValidationError {
  return problem(path, 'not-string', `must be a string, got ${describe(value)}`, {
    got: describedValue(value),
  });
}

function checkForm(value: unknown, path: string, errors: ValidationError[]): value is string {
  if (typeof value !== 'string') {
    errors.push(notString(path, value));
    return false;
  }
  if (value.length === 0) {
    errors.push(problem(path, 'empty', 'must not be empty'));
    return false;
  }
  if (LONE_SURROGATE.test(value)) {
    errors.push(brokenCharacter(path));
    return false;
  }
  if (characterCount(value) > TERM_LIMITS.formMaxLength) {
    const max = TERM_LIMITS.formMaxLength;
    errors.push(problem(path, 'too-long', `must be at most ${max} characters`, { max }));
    return false;
  }
  if (FORBIDDEN_CHARS.test(value)) {
    errors.push(
      problem(path, 'control-characters', 'must not contain control characters or line breaks'),
    );
    return false;
  }
  if (value.trim() !== value) {
    errors.push(problem(path, 'surrounding-space', 'must not start or end with a space'));
    return false;
  }
  // `|` separates aliases in CSV files.
  if (value.includes('|')) {
    errors.push(problem(path, 'pipe', 'must not contain "|"'));
    return false;
  }
  return true;
}

function brokenCharacter(path: string): ValidationError {
  return problem(path, 'broken-character', 'has a broken character (half of a surrogate pair)');
}

function checkText(value: unknown, path: string, errors: ValidationError[]): value is string {
  if (typeof value !== 'string') {
    errors.push(notString(path, value));
    return false;
  }
  if (value.trim().length === 0) {
    errors.push(problem(path, 'empty', 'must not be empty'));
    return false;
  }
  if (LONE_SURROGATE.test(value)) {
    errors.push(brokenCharacter(path));
    return false;
  }
  if (characterCount(value) > TERM_LIMITS.textMaxLength) {
    const max = TERM_LIMITS.textMaxLength;
    errors.push(problem(path, 'too-long', `must be at most ${max} characters`, { max }));
    return false;
  }
  if (FORBIDDEN_CHARS_IN_TEXT.test(value)) {
    errors.push(
      problem(
        path,
        'control-characters-in-text',
        'must not contain control characters (line feeds are allowed)',
      ),
    );
    return false;
  }
  if (value.trim() !== value) {
    errors.push(problem(path, 'surrounding-space', 'must not start or end with whitespace'));
    return false;
  }
  return true;
}

/**
 * `every`: each language is required (a built-in term's definition and note). `some`: any
 * language may be left out, but one must be there (a reader's definition and note).
 */
function checkLocalized(
  value: unknown,
  path: string,
  errors: ValidationError[],
  languages: 'every' | 'some',
  field: 'definition' | 'note',
): value is DefinitionText {
  if (!isRecord(value)) {
    errors.push(
      problem(
        path,
        'not-localized-text',
        `must be an object of texts by language (en, hans, hant), got ${describe(value)}`,
        { got: describedValue(value) },
      ),
    );
    return false;
  }
  const before = errors.length;
  for (const key of Object.keys(value)) {
    if (key !== 'en' && key !== 'hans' && key !== 'hant') {
      errors.push(problem(`${path}.${key}`, 'unknown-field', 'is not a known field'));
    }
  }
  for (const key of TEXT_LANGUAGES) {
    if (key in value) checkText(value[key], `${path}.${key}`, errors);
    else if (languages === 'every') {
      errors.push(problem(`${path}.${key}`, 'required', 'is required'));
    }
  }
  if (languages === 'some' && !TEXT_LANGUAGES.some((key) => key in value)) {
    // A definition is required, so the reader is asked to write one; a note is optional, so an
    // empty one is only empty (and left out by whatever writes terms: the form, the CSV import).
    errors.push(
      field === 'definition'
        ? problem(path, 'no-definition', 'needs a text in at least one language: en, hans or hant')
        : problem(
            path,
            'empty',
            'must not be empty: give a text in en, hans or hant, or leave it out',
          ),
    );
  }
  return errors.length === before;
}

/** Whether `value` is an absolute https URL (rejects javascript:, data:, http:, …). */
export function isHttpsUrl(value: string): boolean {
  if (!value.startsWith('https://')) return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname.length > 0 && !url.username && !url.password;
  } catch {
    return false;
  }
}

export interface ValidateTermOptions {
  /** Where the term is, for the paths of its problems (`terms[3]`); default `term`. */
  path?: string;
  /**
   * `every` for the built-in pack, whose cards show each language: its definition, and its note
   * if it has one, are in all three. `some` (the default) for the reader's terms, whose definition
   * needs one language only, and so does a note.
   */
  definitionLanguages?: 'every' | 'some';
}

/**
 * Checks that `value` is a well-formed term. Returns the term (the same object,
 * typed) or every problem found, each with the path of the offending field
 * under `path` (for example `terms[3].definition.en`).
 */
export function validateTerm(
  value: unknown,
  { path = 'term', definitionLanguages = 'some' }: ValidateTermOptions = {},
): ValidateTermResult {
  const errors: ValidationError[] = [];
  if (!isRecord(value)) {
    const notObject = problem(path, 'not-object', `must be an object, got ${describe(value)}`, {
      got: describedValue(value),
    });
    return { ok: false, errors: [notObject] };
  }
  for (const key of Object.keys(value)) {
    if (!(TERM_KEYS as readonly string[]).includes(key)) {
      errors.push(problem(`${path}.${key}`, 'unknown-field', 'is not a known field'));
    }
  }

  const id = value['id'];
  if (typeof id !== 'string') {
    errors.push(
      id === undefined
        ? problem(`${path}.id`, 'required', 'is required')
        : notString(`${path}.id`, id),
    );
  } else if (id.length === 0 || id.length > TERM_LIMITS.idMaxLength || !ID_PATTERN.test(id)) {
    const max = TERM_LIMITS.idMaxLength;
    errors.push(
      problem(
        `${path}.id`,
        'invalid-id',
        `must be 1–${max} lower-case ASCII letters and digits in dash-separated words (like "nvidia-h200")`,
        { max },
      ),
    );
  }

  for (const key of ['hans', 'hant'] as const) {
    if (value[key] === undefined) errors.push(problem(`${path}.${key}`, 'required', 'is required'));
    else checkForm(value[key], `${path}.${key}`, errors);
  }
  for (const key of ['tw', 'hk', 'en'] as const) {
    if (value[key] !== undefined) checkForm(value[key], `${path}.${key}`, errors);
  }

  const aliases = value['aliases'];
  if (aliases !== undefined) {
    const aliasesPath = `${path}.aliases`;
    if (!Array.isArray(aliases)) {
      errors.push(
        problem(aliasesPath, 'not-array', `must be an array of strings, got ${describe(aliases)}`, {
          got: describedValue(aliases),
        }),
      );
    } else if (aliases.length === 0) {
      errors.push(problem(aliasesPath, 'empty-list', 'must not be empty (leave it out instead)'));
    } else if (aliases.length > TERM_LIMITS.maxAliases) {
      const max = TERM_LIMITS.maxAliases;
      errors.push(problem(aliasesPath, 'too-many', `must have at most ${max} entries`, { max }));
    } else {
      const seen = new Set<string>();
      aliases.forEach((alias: unknown, index) => {
        const aliasPath = `${path}.aliases[${index}]`;
        if (!checkForm(alias, aliasPath, errors)) return;
        if (seen.has(alias)) {
          errors.push(problem(aliasPath, 'repeated', `repeats "${alias}"`, { value: alias }));
        }
        seen.add(alias);
      });
    }
  }

  const category = value['category'];
  if (category === undefined) {
    errors.push(problem(`${path}.category`, 'required', 'is required'));
  } else if (
    typeof category !== 'string' ||
    !(CATEGORIES as readonly string[]).includes(category)
  ) {
    errors.push(
      problem(
        `${path}.category`,
        'invalid-category',
        `must be one of ${CATEGORIES.join(', ')}; got ${typeof category === 'string' ? `"${category}"` : describe(category)}`,
        { categories: CATEGORIES, got: describedValue(category) },
      ),
    );
  }

  if (value['definition'] === undefined) {
    errors.push(problem(`${path}.definition`, 'required', 'is required'));
  } else {
    checkLocalized(
      value['definition'],
      `${path}.definition`,
      errors,
      definitionLanguages,
      'definition',
    );
  }
  if (value['note'] !== undefined) {
    checkLocalized(value['note'], `${path}.note`, errors, definitionLanguages, 'note');
  }

  const link = value['link'];
  if (link !== undefined) {
    if (typeof link !== 'string') {
      errors.push(notString(`${path}.link`, link));
    } else if (link.length > TERM_LIMITS.linkMaxLength) {
      const max = TERM_LIMITS.linkMaxLength;
      errors.push(
        problem(`${path}.link`, 'too-long', `must be at most ${max} characters`, { max }),
      );
    } else if (LONE_SURROGATE.test(link)) {
      // The URL parser takes it (as U+FFFD), but it is stored and exported as U+FFFD too: the
      // link would change on its way through storage or a file.
      errors.push(brokenCharacter(`${path}.link`));
    } else if (FORBIDDEN_CHARS.test(link) || /\s/.test(link) || !isHttpsUrl(link)) {
      errors.push(problem(`${path}.link`, 'not-https', 'must be an https:// address'));
    }
  }

  const asOf = value['asOf'];
  if (asOf !== undefined && (typeof asOf !== 'string' || !isRealDate(asOf))) {
    errors.push(
      problem(
        `${path}.asOf`,
        'invalid-date',
        'must be a year or a date: "2025", "2025-12" or "2025-12-08"',
      ),
    );
  }

  for (const key of ['caseSensitive', 'protect'] as const) {
    const flag = value[key];
    if (flag !== undefined && typeof flag !== 'boolean') {
      errors.push(
        problem(`${path}.${key}`, 'not-boolean', `must be true or false, got ${describe(flag)}`, {
          got: describedValue(flag),
        }),
      );
    }
  }

  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, term: value as unknown as Term };
}

/** Every written form of a term with the field it comes from, without repeats. */
export function termForms(term: Term): { form: string; field: FormField }[] {
  const forms: { form: string; field: FormField }[] = [];
  const seen = new Set<string>();
  const add = (form: string | undefined, field: FormField) => {
    if (form === undefined || form.length === 0 || seen.has(form)) return;
    seen.add(form);
    forms.push({ form, field });
  };
  for (const field of FORM_FIELDS) add(term[field], field);
  for (const alias of term.aliases ?? []) add(alias, 'alias');
  return forms;
}

/**
 * Spaces a page may put between the words of a name instead of U+0020: a tab or line break
 * from the HTML source (`Mate 60⏎  Pro`, shown as one space), a no-break space (`&nbsp;`, which
 * pages put in `Ascend&nbsp;910B` so that it stays on one line), a narrow no-break space and the
 * ideographic space.
 */
export const SPACE_LIKE_UNITS: readonly number[] = [0x09, 0x0a, 0x0d, 0xa0, 0x202f, 0x3000];

export function isSpaceLike(code: number): boolean {
  return SPACE_LIKE_UNITS.includes(code);
}

/**
 * Dots a page may put between the parts of a transcribed foreign name instead of the middle dot
 * U+00B7 (山姆·奥特曼): Taiwan's usual U+2027 (山姆‧奧特曼), the katakana middle dot in full and
 * half width (・, ･), which Japanese input methods give, and bullet-like dots (•, ∙, ⋅).
 */
export const NAME_DOT_UNITS: readonly number[] = [0x2027, 0x30fb, 0xff65, 0x2022, 0x2219, 0x22c5];

/**
 * Folds one UTF-16 code unit the way the matcher compares text: full-width
 * ASCII (Ａ, ０, ＋) becomes half-width, a space-like unit (see `isSpaceLike`) a space, a dot
 * between the parts of a name (see `NAME_DOT_UNITS`) the middle dot, and, when `ignoreCase`,
 * A–Z becomes a–z.
 * Both keep the length, so offsets in folded text are offsets in the page text.
 */
export function foldCodeUnit(code: number, ignoreCase: boolean): number {
  let c = code;
  // ASCII first, without a look at the lists: the case check of every Latin match on a page
  // calls this for each of its letters.
  if (c < 0x80) {
    if (c < 0x20 && isSpaceLike(c)) c = 0x20;
  } else if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
  else if (isSpaceLike(c)) c = 0x20;
  else if (NAME_DOT_UNITS.includes(c)) c = 0xb7;
  if (ignoreCase && c >= 0x41 && c <= 0x5a) c += 0x20;
  return c;
}

/** Whether the form's Latin letters are compared exactly (see `Term.caseSensitive`). */
export function isCaseSensitive(term: Pick<Term, 'caseSensitive'>): boolean {
  return term.caseSensitive !== false;
}

/**
 * The key under which two written forms count as the same form: identical
 * after width folding, and after case folding when either side ignores case.
 */
export function formKey(form: string, ignoreCase: boolean): string {
  let key = '';
  for (let i = 0; i < form.length; i++) {
    key += String.fromCharCode(foldCodeUnit(form.charCodeAt(i), ignoreCase));
  }
  return key;
}

export interface FormClash {
  /** The form as written in the later term. */
  form: string;
  /** Index (in the list given) of the term that has the form first. */
  firstIndex: number;
  /** Index of the later term that has it too. */
  secondIndex: number;
}

/**
 * Written forms that belong to more than one term. Two forms are the same when
 * they are identical after width folding, or identical after case folding and
 * at least one of the two terms ignores case. A form repeated inside one term
 * is fine (`termForms` drops the repeat).
 */
export function findFormClashes(terms: readonly Term[]): FormClash[] {
  const clashes: FormClash[] = [];
  const exactOwner = new Map<string, number>();
  // Case-folded key → the first term with it, and the first that ignores case.
  const foldedOwner = new Map<string, { first: number; ignoringCase: number | undefined }>();
  terms.forEach((term, index) => {
    const ignoreCase = !isCaseSensitive(term);
    for (const { form } of termForms(term)) {
      const exact = formKey(form, false);
      const folded = formKey(form, true);
      const exactFirst = exactOwner.get(exact);
      const foldedFirst = foldedOwner.get(folded);
      let firstIndex: number | undefined;
      if (exactFirst !== undefined && exactFirst !== index) firstIndex = exactFirst;
      else if (foldedFirst !== undefined) {
        const other = ignoreCase ? foldedFirst.first : foldedFirst.ignoringCase;
        if (other !== undefined && other !== index) firstIndex = other;
      }
      if (firstIndex !== undefined) clashes.push({ form, firstIndex, secondIndex: index });
      if (exactFirst === undefined) exactOwner.set(exact, index);
      if (foldedFirst === undefined) {
        foldedOwner.set(folded, { first: index, ignoringCase: ignoreCase ? index : undefined });
      } else if (foldedFirst.ignoringCase === undefined && ignoreCase) {
        foldedFirst.ignoringCase = index;
      }
    }
  });
  return clashes;
}
