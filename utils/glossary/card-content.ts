/**
 * What the glossary card says about a term found on the page, decided
 * without any DOM: which written forms to show beside the one on the page,
 * and which definition for the reader's UI language. The card view only
 * lays this out, as text.
 */
import type { Locale } from '../i18n/translate.ts';
import { withoutPinyinAnnotations } from '../repair/artifacts.ts';
import {
  type Category,
  type DefinitionText,
  type FormField,
  type Term,
  type TextLanguage,
  definitionIn,
  termForms,
} from './schema.ts';

/** A piece of text and the language tag it is shown with (for fonts and screen readers). */
export interface TaggedText {
  text: string;
  lang: string;
}

export interface TermCardContent {
  termId: string;
  /** The term as written on the page. */
  shown: TaggedText;
  /**
   * The term's other forms: in the other script (Traditional for Simplified text, and back), or,
   * where the page shows an English name or an alias, its main names in both scripts.
   */
  otherScript: TaggedText[];
  /** What `otherScript` holds, for its label (see `OtherFormsKind`). */
  otherScriptKind: OtherFormsKind;
  /** Taiwan and Hong Kong forms, where the term has them. */
  regional: { region: 'tw' | 'hk'; form: TaggedText }[];
  /** The English name, unless that is what the page shows. */
  english: TaggedText | null;
  /**
   * The definition in the UI language, else in the language the term has it in (a reader's
   * term may have one only); null only for a term with no definition at all, which validation
   * refuses.
   */
  definition: TaggedText | null;
  /** The English definition, shown below a Chinese one. */
  definitionInEnglish: TaggedText | null;
  /** The note in the UI language, else in the one language it has; null without a note. */
  note: TaggedText | null;
  /** The English note, shown below a Chinese one, as the definition's is. */
  noteInEnglish: TaggedText | null;
  category: Category;
  /** When the facts were checked ("2025-12"), for facts that change. */
  asOf: string | null;
  /** An https address, or null. */
  link: string | null;
  /** Whether the reader wrote this term (or replaced a built-in one). */
  userTerm: boolean;
}

/**
 * What the card's row of other forms holds, so that its label says so:
 * - `other-script`: the page shows a Chinese form, and the row its other script (英伟达 → 英偉達);
 * - `chinese-names`: the page shows a Latin name (DeepSeek), and the row the term's Chinese names
 *   (深度求索): labelled "other script", it read as if 深度求索 were DeepSeek in Traditional;
 * - `names`: the page shows an alias, and the row the term's main names (DeepSeek-R1 for R1);
 * - `mainland`: the page shows a regional name of a term that has one for Taiwan (輝達, 晶片, or
 *   Hong Kong's 流動通訊), and the row the mainland's, in both scripts (英伟达 / 英偉達): another
 *   word, not 輝達 in the other script.
 */
export type OtherFormsKind = 'other-script' | 'chinese-names' | 'names' | 'mainland';

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

/**
 * Characters a region writes for the same character as the Traditional form (Hong Kong's 羣, 裏,
 * 着, 衞, 卧, 脱, 鈎, 户; Taiwan's 台 for 臺): a regional form that differs from `hant` in these
 * alone is the same word.
 */
const REGIONAL_VARIANTS = new Set([...'羣裏着衞卧脱鈎户説悦閲温税兑敍綫峯啓爲僞衆滙麪台臺']);

/** Whether a regional form is another word than the Traditional form (輝達 for 英偉達, 晶片 for 芯片). */
function isOtherWord(regional: string, traditional: string): boolean {
  const a = [...regional];
  const b = [...traditional];
  if (a.length !== b.length) return true;
  return a.some(
    (char, i) => char !== b[i] && !REGIONAL_VARIANTS.has(char) && !REGIONAL_VARIANTS.has(b[i]!),
  );
}

/**
 * The `lang` a written form of `field` is marked with wherever it shows (the card, the options
 * page's list and import preview): its script and region, so that a screen reader reads it and the
 * browser picks a font for it. A form with no Han character is Latin (CUDA, H200): tagged English,
 * whatever field it is in.
 */
export function formLang(text: string, field: FormField): string {
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

const TEXT_LANG: Record<TextLanguage, string> = { en: 'en', hans: 'zh-Hans', hant: 'zh-Hant' };

/**
 * The languages to show a text in, best first: the UI's, then the other Chinese script (a reader
 * of either reads the other better than English), then English; an English UI takes Simplified
 * before Traditional, as the pack is written.
 */
const PREFERENCE: Record<Locale, readonly TextLanguage[]> = {
  zh_CN: ['hans', 'hant', 'en'],
  zh_TW: ['hant', 'hans', 'en'],
  en: ['en', 'hans', 'hant'],
};

/** The text in the first language of the UI's preference that it has, or null. */
function localized(text: DefinitionText, locale: Locale): TaggedText | null {
  for (const language of PREFERENCE[locale]) {
    const found = definitionIn(text, language);
    if (found !== undefined) return { text: found, lang: TEXT_LANG[language] };
  }
  return null;
}

/**
 * A text in the UI language (or the one it has), and its English below it when the first one
 * shown is Chinese: a reader of Chinese news in a Chinese UI may still want the English wording.
 */
function localizedWithEnglish(
  text: DefinitionText | undefined,
  locale: Locale,
): { main: TaggedText | null; english: TaggedText | null } {
  if (text === undefined) return { main: null, english: null };
  const main = localized(text, locale);
  const english = definitionIn(text, 'en');
  return {
    main,
    english:
      main !== null && main.lang !== 'en' && english !== undefined
        ? { text: english, lang: 'en' }
        : null,
  };
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
  // The term as the page writes it, without a mirror's pinyin inside it (長(zhǎng)鑫存儲, repair
  // off), which the heading and its announcement would read out.
  const written = withoutPinyinAnnotations(pageText);
  const shown: TaggedText = { text: written, lang: formLang(written, field) };

  // Simplified text shows the Traditional form and the other way round; a
  // Latin name, an alias or a regional word shows both Chinese forms. A
  // regional form that is the term's characters in the region's variants
  // (集羣, 台積電) has the Simplified form as its other script.
  const regionalName = (field === 'tw' || field === 'hk') && isOtherWord(form, term.hant);
  const candidates: { text: string; field: FormField }[] =
    field === 'hans'
      ? [{ text: term.hant, field: 'hant' }]
      : (field === 'hant' || field === 'tw' || field === 'hk') && !regionalName
        ? [{ text: term.hans, field: 'hans' }]
        : [
            { text: term.hans, field: 'hans' },
            { text: term.hant, field: 'hant' },
          ];
  const seen = new Set([written, form]);
  const otherScript: TaggedText[] = [];
  for (const candidate of candidates) {
    if (seen.has(candidate.text)) continue;
    seen.add(candidate.text);
    otherScript.push({ text: candidate.text, lang: formLang(candidate.text, candidate.field) });
  }

  const otherScriptKind: OtherFormsKind = regionalName
    ? otherScript.some((entry) => HAN.test(entry.text))
      ? 'mainland'
      : // The mainland's name is Latin (ASIC for Taiwan's 特殊應用積體電路): it is the term's name.
        'names'
    : field === 'hans' || field === 'hant' || field === 'tw' || field === 'hk'
      ? 'other-script'
      : !HAN.test(written) && otherScript.every((entry) => HAN.test(entry.text))
        ? 'chinese-names'
        : 'names';

  const regional: TermCardContent['regional'] = [];
  for (const region of ['tw', 'hk'] as const) {
    const text = term[region];
    if (text !== undefined && text !== term.hant) {
      regional.push({ region, form: { text, lang: formLang(text, region) } });
    }
  }

  const english =
    term.en !== undefined && term.en !== written && term.en !== form
      ? { text: term.en, lang: 'en' }
      : null;

  const definition = localizedWithEnglish(term.definition, locale);
  const note = localizedWithEnglish(term.note, locale);

  return {
    termId: term.id,
    shown,
    otherScript,
    otherScriptKind,
    regional,
    english,
    definition: definition.main,
    definitionInEnglish: definition.english,
    note: note.main,
    noteInEnglish: note.english,
    category: term.category,
    asOf: term.asOf ?? null,
    link: safeHttpsLink(term.link),
    userTerm,
  };
}
