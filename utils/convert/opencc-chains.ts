import type { DictionaryName, DictionaryPackName } from './dictionaries.ts';

/**
 * The opencc-js locale names the engine converts between. `twp` and `hkp` are the Taiwan and
 * Hong Kong forms with regional vocabulary (软件 → 軟體); the others are characters and
 * variants only.
 */
export type OpenccLocale = 'cn' | 'tw' | 'twp' | 'hk' | 'hkp';

/**
 * How opencc-js 1.4.2 `Converter({ from, to })` converts in one direction, written out as
 * data so that an aligned converter can reproduce it exactly (see text-converter.ts). The one
 * addition is our tables of phrase fixes, listed first where opencc's phrases are
 * (phrase-fixes.ts).
 *
 * opencc-js (core.js, `ConverterBuilder`) looks for a config named `s2<to>` (from `cn`),
 * `tw2s`/`hk2s` (to `cn`), `tw2sp`/`hk2sp` (from `twp`/`hkp` to `cn`) or `<from>2<to>`.
 * With a config it runs:
 *   1. the normalization chain on the whole string;
 *   2. the segmentation trie, which cuts the string into dictionary phrases and the runs
 *      between them;
 *   3. each stage of the conversion chain on every segment separately, so no later match
 *      crosses a segment boundary.
 * Without a config (Traditional ↔ Traditional) it chains `from` then `to` dictionary groups
 * over the whole string, with no normalization and no segmentation. A Taiwan Traditional page with
 * Taiwan's vocabulary (tw → twp) is ours alone: opencc-js would pass every character through
 * Taiwan's variants (see `conversionChain`).
 *
 * Within a stage, the dictionaries form one longest-match trie; for equal keys the first
 * dictionary listed wins (opencc-js loads a group in reverse order, so the first one is
 * written last).
 */
export interface ConversionChain {
  readonly from: OpenccLocale;
  readonly to: OpenccLocale;
  readonly pack: DictionaryPackName;
  /** Stages applied to the whole string first (each stage one trie). */
  readonly normalization: readonly (readonly DictionaryName[])[];
  /** Dictionaries of the segmentation trie; null when the whole string is one segment. */
  readonly segmentation: readonly DictionaryName[] | null;
  /** Stages applied to each segment in turn (each stage one trie). */
  readonly stages: readonly (readonly DictionaryName[])[];
}

const NORMALIZE: readonly (readonly DictionaryName[])[] = [['CJK_Compatibility_Ideographs']];
// Our phrase fixes come first, so that they win over opencc's phrases (phrase-fixes.ts).
const FROM_CN: readonly DictionaryName[] = [
  'STPhraseFixes',
  'STPhrases',
  'STPhrases_GeneratedFromRegionalPhrases',
  'STCharacters',
];
const TO_CN: readonly DictionaryName[] = ['TSPhraseFixes', 'TSPhrases', 'TSCharacters'];
const SEGMENT_CN: readonly DictionaryName[] = [
  'STPhraseFixes',
  'STPhrases',
  'STPhrases_GeneratedFromRegionalPhrases',
];
const SEGMENT_T: readonly DictionaryName[] = ['TSPhraseFixes', 'TSPhrases'];

// Our fixes of Taiwan's 著 come first there, and with Taiwan or Hong Kong vocabulary the ordinary
// words its reverse phrases would turn into computing terms or join across a word boundary
// (phrase-fixes.ts).
const FROM_TRADITIONAL: Record<'tw' | 'twp' | 'hk' | 'hkp', readonly DictionaryName[]> = {
  tw: ['TWVariantFixes', 'TWVariantsRevPhrases', 'TWVariantsRev'],
  twp: [
    'TWVariantFixes',
    'TWPhraseReverseKeeps',
    'TWPhrasesRev',
    'TWVariantsRevPhrases',
    'TWVariantsRev',
  ],
  hk: ['HKVariantsRevPhrases', 'HKVariantsRev'],
  hkp: ['HKPhraseReverseKeeps', 'HKPhrasesRev', 'HKVariantsRevPhrases', 'HKVariantsRev'],
};
// Hong Kong text that writes Taiwan's 著 for the particle (`ChainOptions.taiwanZhu`) reads it as
// Taiwan's does: the same fixes, then opencc's Taiwan entries for 著 alone (隨著 → 随着, 著名 stays).
const HK_TAIWAN_ZHU: Record<'hk' | 'hkp', readonly DictionaryName[]> = {
  hk: ['TWVariantFixes', 'TWZhuVariantsRev', ...FROM_TRADITIONAL.hk],
  hkp: [
    'HKPhraseReverseKeeps',
    'TWVariantFixes',
    'TWZhuVariantsRev',
    ...FROM_TRADITIONAL.hkp.slice(1),
  ],
};

export interface ChainOptions {
  /**
   * The Hong Kong text writes Taiwan's 著 for the particle (隨著, where Hong Kong's standard writes
   * 隨着): see `writesTaiwanZhu` in detect/script.ts. Read only from `hk` and `hkp` to `cn`.
   */
  readonly taiwanZhu?: boolean;
}
// Our fixes of the Taiwan and Hong Kong vocabularies come first with them (phrase-fixes.ts).
const TO_TRADITIONAL: Record<'tw' | 'twp' | 'hk' | 'hkp', readonly DictionaryName[]> = {
  tw: ['TWVariantsPhrases', 'TWVariants'],
  twp: ['TWPhraseFixes', 'TWPhrases', 'TWVariantsPhrases', 'TWVariants'],
  hk: ['HKVariantsPhrases', 'HKVariants'],
  hkp: ['HKPhraseFixes', 'HKPhrases', 'HKVariantsPhrases', 'HKVariants'],
};

/**
 * The chain for one direction, or null when the engine does not convert that way (same
 * locale, a regional-vocabulary locale on both sides, from one, or Traditional to Hong Kong's).
 */
export function conversionChain(
  from: OpenccLocale,
  to: OpenccLocale,
  options: ChainOptions = {},
): ConversionChain | null {
  if (from === to) return null;
  if (from === 'cn') {
    // s2tw, s2twp, s2hk, s2hkp
    return {
      from,
      to,
      pack: 'cn2t',
      normalization: NORMALIZE,
      segmentation: SEGMENT_CN,
      stages: [FROM_CN, TO_TRADITIONAL[to as Exclude<OpenccLocale, 'cn'>]],
    };
  }
  if (to === 'cn') {
    // tw2s, tw2sp, hk2s, hk2sp
    return {
      from,
      to,
      pack: 't2cn',
      normalization: NORMALIZE,
      segmentation: SEGMENT_T,
      stages: [
        options.taiwanZhu === true && (from === 'hk' || from === 'hkp')
          ? HK_TAIWAN_ZHU[from]
          : FROM_TRADITIONAL[from],
        TO_CN,
      ],
    };
  }
  // Hong Kong's phrases never apply to a Traditional page: they have few mainland words to change
  // (no 芯片, 內存 or 軟件) and rewrite Hong Kong's own (操作系統, 編程語言).
  if (from === 'twp' || from === 'hkp' || to === 'hkp') return null;
  // Traditional to Traditional: one stage or two over the whole string, with no normalization.
  const overWholeString = (stages: ConversionChain['stages']): ConversionChain => ({
    from,
    to,
    pack: 't2cn',
    normalization: [],
    segmentation: null,
    stages,
  });
  if (from === 'tw' && to === 'twp') {
    // A mirror of mainland news already in Taiwan's Traditional, for a Taiwan reader: the words
    // only, in the page's own forms (regional-forms.ts). Every other character stays as written,
    // compatibility ideographs included.
    return overWholeString([['TWVocabulary']]);
  }
  const toRegion = to === 'tw' || to === 'twp' ? 'tw' : 'hk';
  if (from === toRegion) return null;
  // Traditional of the other region has no opencc-js config: the `from` group then the `to`
  // group over the whole string (tw → hk, hk → tw). No segmentation, as opencc-js: segmenting by
  // the Traditional phrases (TSPhrases) changed nothing on news.
  const toOtherRegion = [FROM_TRADITIONAL[from], TO_TRADITIONAL[toRegion]];
  // A Hong Kong mirror of mainland news for a Taiwan reader (hk → twp): Taiwan's forms, then
  // Taiwan's words as on a mirror in Taiwan's forms, with the same keeps of Taiwan's own words
  // and of the phrases a Taiwan key would slip across (phrase-fixes.ts). Those are written in
  // Taiwan's forms, which the page has only once its variants are Taiwan's: run over opencc's
  // forms, the Hong Kong group's output, 這一集成為 was 這一集成爲 and took 集成 (整合).
  if (to === 'twp') return overWholeString([...toOtherRegion, ['TWVocabulary']]);
  return overWholeString(toOtherRegion);
}
