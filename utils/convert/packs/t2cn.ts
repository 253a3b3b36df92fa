import CJK_Compatibility_Ideographs from 'opencc-js/dict/CJK_Compatibility_Ideographs';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TWPhrases from 'opencc-js/dict/TWPhrases';
import TWPhrasesRev from 'opencc-js/dict/TWPhrasesRev';
import TWVariantsRevPhrases from 'opencc-js/dict/TWVariantsRevPhrases';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import TWVariantsPhrases from 'opencc-js/dict/TWVariantsPhrases';
import TWVariants from 'opencc-js/dict/TWVariants';
import HKPhrasesRev from 'opencc-js/dict/HKPhrasesRev';
import HKVariantsRevPhrases from 'opencc-js/dict/HKVariantsRevPhrases';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import HKVariantsPhrases from 'opencc-js/dict/HKVariantsPhrases';
import HKVariants from 'opencc-js/dict/HKVariants';
import type { DictionaryPack } from '../dictionaries.ts';
import {
  HKP_REVERSE_KEEPS_TABLE,
  T2S_PHRASE_FIXES_TABLE,
  TW_VARIANT_FIXES_TABLE,
  TWP_PHRASE_FIXES_TABLE,
  TWP_REVERSE_KEEPS_TABLE,
  TWP_TAIWAN_WORDS_TABLE,
  zhuEntries,
} from '../phrase-fixes.ts';
import { vocabularyInRegionForms } from '../regional-forms.ts';

let taiwanVocabulary: string | undefined;
let taiwanZhu: string | undefined;

/**
 * Taiwan (tw, twp) and Hong Kong (hk, hkp) Traditional to Simplified (cn), plus the
 * variant tables for Taiwan ↔ Hong Kong, which a Traditional page needs when the reader
 * asks for the other region's forms, and Taiwan's phrases, which a mirror's copy in Traditional
 * needs with regional vocabulary (its 芯片 and 軟件 for a Taiwan reader).
 */
const t2cn: DictionaryPack = {
  name: 't2cn',
  tables: {
    TSPhraseFixes: T2S_PHRASE_FIXES_TABLE,
    TWVariantFixes: TW_VARIANT_FIXES_TABLE,
    TWPhraseReverseKeeps: TWP_REVERSE_KEEPS_TABLE,
    HKPhraseReverseKeeps: HKP_REVERSE_KEEPS_TABLE,
    CJK_Compatibility_Ideographs,
    TSPhrases,
    TSCharacters,
    TWPhrasesRev,
    TWVariantsRevPhrases,
    TWVariantsRev,
    TWVariantsPhrases,
    TWVariants,
    HKPhrasesRev,
    HKVariantsRevPhrases,
    HKVariantsRev,
    HKVariantsPhrases,
    HKVariants,
    // Built when first asked for: most pages in this direction never need it. It holds Taiwan's
    // phrases with our fixes and keeps, for a mirror's copy in Taiwan's forms (tw → twp) and in
    // Hong Kong's, once its forms are Taiwan's (hk → twp).
    get TWVocabulary() {
      taiwanVocabulary ??= vocabularyInRegionForms(
        [TWP_TAIWAN_WORDS_TABLE, TWP_PHRASE_FIXES_TABLE, TWPhrases],
        [TWVariantsPhrases, TWVariants],
      );
      return taiwanVocabulary;
    },
    // Built when first asked for too: only a Hong Kong page that writes Taiwan's 著 for the
    // particle needs it.
    get TWZhuVariantsRev() {
      taiwanZhu ??= zhuEntries([TWVariantsRevPhrases, TWVariantsRev]);
      return taiwanZhu;
    },
  },
};

export default t2cn;
