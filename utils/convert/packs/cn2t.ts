import CJK_Compatibility_Ideographs from 'opencc-js/dict/CJK_Compatibility_Ideographs';
import STPhrases from 'opencc-js/dict/STPhrases';
import STPhrases_GeneratedFromRegionalPhrases from 'opencc-js/dict/STPhrases_GeneratedFromRegionalPhrases';
import STCharacters from 'opencc-js/dict/STCharacters';
import TWPhrases from 'opencc-js/dict/TWPhrases';
import TWVariantsPhrases from 'opencc-js/dict/TWVariantsPhrases';
import TWVariants from 'opencc-js/dict/TWVariants';
import HKPhrases from 'opencc-js/dict/HKPhrases';
import HKVariantsPhrases from 'opencc-js/dict/HKVariantsPhrases';
import HKVariants from 'opencc-js/dict/HKVariants';
import type { DictionaryPack } from '../dictionaries.ts';
import {
  HKP_PHRASE_FIXES_TABLE,
  S2T_PHRASE_FIXES_TABLE,
  TWP_PHRASE_FIXES_TABLE,
} from '../phrase-fixes.ts';

/** Simplified (cn) to Taiwan (tw, twp) and Hong Kong (hk, hkp) Traditional. */
const cn2t: DictionaryPack = {
  name: 'cn2t',
  tables: {
    STPhraseFixes: S2T_PHRASE_FIXES_TABLE,
    TWPhraseFixes: TWP_PHRASE_FIXES_TABLE,
    HKPhraseFixes: HKP_PHRASE_FIXES_TABLE,
    CJK_Compatibility_Ideographs,
    STPhrases,
    STPhrases_GeneratedFromRegionalPhrases,
    STCharacters,
    TWPhrases,
    TWVariantsPhrases,
    TWVariants,
    HKPhrases,
    HKVariantsPhrases,
    HKVariants,
  },
};

export default cn2t;
