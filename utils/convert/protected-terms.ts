import type { OpenccLocale } from './opencc-chains.ts';

/**
 * A name the converter must write in a fixed form. opencc works character by character where
 * its phrase tables are silent, and some brands and personal names come out wrong: the
 * Huawei Ascend chips, 昇腾 in Simplified and 昇騰 in Traditional, become 升腾 on the way
 * back to Simplified, and the surname 余 becomes 餘 in Traditional.
 *
 * A protected span is atomic: wherever any of its forms occurs in the input, the output is
 * the form for the target script and nothing around it can match into it.
 */
export interface ProtectedTerm {
  /** Simplified form. */
  readonly hans: string;
  /** Traditional form. */
  readonly hant: string;
  /** Taiwan form, when it differs from `hant`. */
  readonly tw?: string;
  /** Hong Kong form, when it differs from `hant`. */
  readonly hk?: string;
  /**
   * Words whose end, right before the name, makes its first character the end of a longer word:
   * then it is not the name, and is converted as any text (对于东来顺 is 對於東來順, not 對于東來順).
   */
  readonly notAfter?: readonly string[];
}

/**
 * Names opencc-js 1.4.2 mangles, each checked against it (tests/unit/convert/protected-terms
 * shows the mangled output). Only names that cannot occur by accident across a word boundary
 * are listed, or that say where they would (`notAfter`): 于正 would also match in 对于正在, and
 * 余华 in 其余华人, far too often to list each word that ends in 于 or 余 before them.
 */
export const DEFAULT_PROTECTED_TERMS: readonly ProtectedTerm[] = [
  // Huawei Ascend AI chips: tw → cn gives 升腾.
  { hans: '昇腾', hant: '昇騰' },
  // Richard Yu, Huawei executive: cn → tw gives 餘承東.
  // Not 有 or 之, which come before the name as often as they make 有余 and 之余 (现场有余承东等).
  { hans: '余承东', hant: '余承東', notAfter: [...'其残剩多盈结节业课闲富宽工茶'] },
  // Yu Donglai, founder of the Pang Dong Lai stores: cn → tw gives 於東來.
  // 东来顺 is a restaurant brand: the words ending in 于 (对于, 位于, 相当于 …) come before it.
  // Not 长: 董事长于东来 is how the news names him; nor 向, 当, 由, 同, 比, which come before him
  // as often as they make 向于 or 由于 (向于东来学习, 由于东来主持), though 相当, 应当, 不同, 相同
  // and 相比 do.
  {
    hans: '于东来',
    hant: '于東來',
    notAfter: [
      ...'对位属关等至基处在用终归善急敢勇便易限出鉴过免高低大小多少忙乐陷源止苦迫碍毁死生合取益助利力眼足自别似决注惯倾满制功咎望见应早晚莫精勤疏安甘羞耻困囿趋始难',
      '相当',
      '应当',
      '不同',
      '相同',
      '相比',
    ],
  },
  // The names the built-in glossary marks `protect` (a pack test keeps the two lists in step;
  // the pack itself is not loaded with the converter).
  // Huawei MindSpore: tw → cn gives 升思.
  { hans: '昇思', hant: '昇思' },
  // Lisa Su, AMD's chief executive, 蘇姿丰 in Taiwan: cn → tw gives 蘇姿豐.
  { hans: '苏姿丰', hant: '蘇姿丰' },
  // The catfish effect: tw → cn gives 鮎 for 鯰's Simplified form.
  { hans: '鲶鱼效应', hant: '鯰魚效應' },
];

/** The longest form a user term may have (the glossary's own limit, `TERM_LIMITS`). */
const MAX_FORM_LENGTH = 64;

const isForm = (value: unknown): value is string =>
  typeof value === 'string' && value.trim() !== '' && value.length <= MAX_FORM_LENGTH;

/**
 * The names a reader's glossary asks to keep (its terms marked `protect: true`), from the terms
 * as stored: they are checked here, not trusted, since the converter only needs their forms.
 */
export function protectedTermsOf(terms: readonly unknown[]): ProtectedTerm[] {
  const found: ProtectedTerm[] = [];
  for (const term of terms) {
    if (typeof term !== 'object' || term === null) continue;
    const { protect, hans, hant, tw, hk } = term as Record<string, unknown>;
    if (protect !== true || !isForm(hans) || !isForm(hant)) continue;
    found.push({ hans, hant, ...(isForm(tw) ? { tw } : {}), ...(isForm(hk) ? { hk } : {}) });
  }
  return found;
}

/** Our own protected names, then the reader's. */
export function withUserProtectedTerms(user: readonly ProtectedTerm[]): readonly ProtectedTerm[] {
  return user.length === 0 ? DEFAULT_PROTECTED_TERMS : [...DEFAULT_PROTECTED_TERMS, ...user];
}

/** The form of a term written for a target locale. */
export function protectedTermForm(term: ProtectedTerm, to: OpenccLocale): string {
  switch (to) {
    case 'cn':
      return term.hans;
    case 'tw':
    case 'twp':
      return term.tw ?? term.hant;
    case 'hk':
    case 'hkp':
      return term.hk ?? term.hant;
  }
}

/** Every form the term may take in a page, in any script. */
export function protectedTermSpellings(term: ProtectedTerm): string[] {
  const spellings = [term.hans, term.hant, term.tw, term.hk].filter(
    (form): form is string => typeof form === 'string' && form.length > 0,
  );
  return [...new Set(spellings)];
}
