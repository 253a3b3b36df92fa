/**
 * What the glossary card says about a term found on the page, decided
 * without any DOM: which written forms to show beside the one on the page,
 * and which definition for the reader's UI language. The card view only
 * lays this out, as text.
 */
import type { Locale } from '../i18n/translate.ts';
import { type Category, type FormField, type Term, termForms } from './schema.ts';

/** A piece of text and the language tag it is shown with (for fonts and screen readers). */
export interface TaggedText {
  text: string;
  lang: string;
}

export interface TermCardContent {
  termId: string;
  /** The term as written on the page. */
  shown: TaggedText;
  /** The term's forms in the other script (Traditional for Simplified text, and back). */
  otherScript: TaggedText[];
  /** Taiwan and Hong Kong forms, where the term has them. */
  regional: { region: 'tw' | 'hk'; form: TaggedText }[];
  /** The English name, unless that is what the page shows. */
  english: TaggedText | null;
  /** The definition in the UI language. */
  definition: TaggedText;
  /** The English definition, shown below a Chinese one. */
  definitionInEnglish: TaggedText | null;
  note: TaggedText | null;
  category: Category;
  /** When the facts were checked ("2025-12"), for facts that change. */
  asOf: string | null;
  /** An https address, or null. */
  link: string | null;
  /** Whether the reader wrote this term (or replaced a built-in one). */
  userTerm: boolean;
}

const FIELD_LANG: Record<FormField, string> = {
  hans: 'zh-Hans',
  hant: 'zh-Hant',
  tw: 'zh-Hant-TW',
  hk: 'zh-Hant-HK',
  en: 'en',
  alias: 'zh',
};

/** Han ideographs, with the extensions and compatibility blocks. */
const HAN = /\p{Script=Han}/u;

/** A form with no Han character is Latin (CUDA, H200): tagged English, whatever field it is in. */
function langOf(text: string, field: FormField): string {
  return HAN.test(text) ? FIELD_LANG[field] : 'en';
}

/** Which field of the term the page text is, by the form that matched (default: Simplified). */
export function fieldOfForm(term: Term, form: string): FormField {
  return termForms(term).find((entry) => entry.form === form)?.field ?? 'hans';
}

/** The link as an https URL string, or null for anything else (javascript:, http:, junk). */
export function safeHttpsLink(link: string | undefined): string | null {
  if (link === undefined) return null;
  try {
    const url = new URL(link);
    return url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function localized(
  text: { en: string; hans: string; hant: string },
  locale: Locale,
): TaggedText | null {
  const picked =
    locale === 'zh_CN'
      ? { text: text.hans, lang: 'zh-Hans' }
      : locale === 'zh_TW'
        ? { text: text.hant, lang: 'zh-Hant' }
        : { text: text.en, lang: 'en' };
  if (picked.text.trim() !== '') return picked;
  // A user term may have left a language empty: fall back to English.
  return text.en.trim() !== '' ? { text: text.en, lang: 'en' } : null;
}

export function termCardContent({
  term,
  pageText,
  form,
  locale,
  userTerm = false,
}: {
  term: Term;
  /** The text the term covers on the page. */
  pageText: string;
  /** The written form that matched (`TermRange.form`). */
  form: string;
  locale: Locale;
  userTerm?: boolean;
}): TermCardContent {
  const field = fieldOfForm(term, form);
  const shown: TaggedText = { text: pageText, lang: langOf(pageText, field) };

  // Simplified text shows the Traditional form and the other way round; a
  // Latin name or an alias shows both Chinese forms.
  const candidates: { text: string; field: FormField }[] =
    field === 'hans'
      ? [{ text: term.hant, field: 'hant' }]
      : field === 'hant' || field === 'tw' || field === 'hk'
        ? [{ text: term.hans, field: 'hans' }]
        : [
            { text: term.hans, field: 'hans' },
            { text: term.hant, field: 'hant' },
          ];
  const seen = new Set([pageText, form]);
  const otherScript: TaggedText[] = [];
  for (const candidate of candidates) {
    if (seen.has(candidate.text)) continue;
    seen.add(candidate.text);
    otherScript.push({ text: candidate.text, lang: langOf(candidate.text, candidate.field) });
  }

  const regional: TermCardContent['regional'] = [];
  for (const region of ['tw', 'hk'] as const) {
    const text = term[region];
    if (text !== undefined && text !== term.hant) {
      regional.push({ region, form: { text, lang: langOf(text, region) } });
    }
  }

  const english =
    term.en !== undefined && term.en !== pageText && term.en !== form
      ? { text: term.en, lang: 'en' }
      : null;

  const definition = localized(term.definition, locale) ?? { text: '', lang: 'en' };
  const definitionInEnglish =
    definition.lang !== 'en' && term.definition.en.trim() !== ''
      ? { text: term.definition.en, lang: 'en' }
      : null;

  return {
    termId: term.id,
    shown,
    otherScript,
    regional,
    english,
    definition,
    definitionInEnglish,
    note: term.note ? localized(term.note, locale) : null,
    category: term.category,
    asOf: term.asOf ?? null,
    link: safeHttpsLink(term.link),
    userTerm,
  };
}
