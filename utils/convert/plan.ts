import {
  needsConversion,
  takesTaiwanWords,
  traditionalRegion,
  writesTaiwanZhu,
  type ScriptVerdict,
} from '../detect/script.ts';
import type { DictionaryPackName } from './dictionaries.ts';
import { conversionChain, type OpenccLocale } from './opencc-chains.ts';
import type { Target } from './target.ts';

/** The opencc direction a page needs, and the dictionary pack that serves it. */
export interface ConversionPlan {
  readonly from: OpenccLocale;
  readonly to: OpenccLocale;
  readonly pack: DictionaryPackName;
  /**
   * A Hong Kong page that writes Taiwan's 著 for the particle, read into Simplified (see
   * `writesTaiwanZhu`): its 隨著 is 随着. Present only when true.
   */
  readonly taiwanZhu?: true;
}

export interface PlanConversionOptions {
  /** The page's script, from `detectDocumentScript`. */
  readonly source: ScriptVerdict;
  /** The page's own `lang` (before any conversion): zh-HK/zh-MO marks Hong Kong Traditional. */
  readonly pageLang?: string | null;
  readonly target: Target;
  /**
   * Regional words (软件 ↔ 軟體): `twp`/`hkp` on the Traditional side, and `twp` for a mirror's
   * copy in Traditional (`mainlandCopy`: 芯片 → 晶片). Off by default because opencc's phrase
   * tables are over-eager (发布 → 釋出).
   */
  readonly regionalVocabulary?: boolean;
  /**
   * The page is mainland text in Traditional characters, a mirror's copy (the session's NetEase
   * verdict is `mirror`). Only with it does a Traditional page take Taiwan's regional vocabulary.
   */
  readonly mainlandCopy?: boolean;
}

/**
 * Picks the opencc direction for a page, or null when the page needs no conversion
 * (already in the target script, Japanese, or not Chinese).
 *
 * Traditional is read as Taiwan (`tw`) unless the page is Hong Kong Traditional, then `hk`:
 * the source variant matters, since opencc's generic Traditional leaves the verb suffix 著
 * alone (捏著鼻子 stays 捏著鼻子) while `tw` gives 捏着鼻子, and `hk` keeps Taiwan's 著.
 * A mixed page is read as Traditional for a Simplified target and as Simplified otherwise.
 *
 * With regional vocabulary, a mirror's copy in Traditional (`mainlandCopy`: mirror sites copy
 * mainland news through a Simplified → Traditional tool and keep its words, 芯片, 內存, 服務器)
 * takes Taiwan's words for a Taiwan reader, 晶片, 記憶體, 伺服器: `tw → twp`, the words only,
 * even though it is in Taiwan's script already, and `hk → twp`, its variants too. Any other
 * Traditional page converts as without regional vocabulary (tw → hk, hk → tw, or not at all):
 * opencc's regional phrases are made for mainland text, and on text written in Taiwan or Hong
 * Kong they slip across word boundaries and rewrite the region's own words, and no count of a
 * page's words tells a copy from a page that quotes the mainland. Hong Kong's phrases never
 * apply to a Traditional page: they have few mainland words to change (no 芯片, 內存 or 軟件)
 * and rewrite Hong Kong's own (操作系統, 編程語言).
 */
export function planConversion(options: PlanConversionOptions): ConversionPlan | null {
  const { source, pageLang, target } = options;
  const regional = options.regionalVocabulary === true;
  const needs = { regionalVocabulary: regional, mainlandCopy: options.mainlandCopy === true };
  if (!needsConversion(source, target, pageLang, needs)) return null;
  let from: OpenccLocale;
  let to: OpenccLocale;
  if (target === 'cn') {
    const region = traditionalRegion(source, pageLang);
    from = regional ? (region === 'hk' ? 'hkp' : 'twp') : region;
    to = 'cn';
  } else if (source.script === 'traditional') {
    from = traditionalRegion(source, pageLang);
    to = takesTaiwanWords(target, needs) ? 'twp' : target;
  } else {
    from = 'cn';
    to = regional ? (target === 'hk' ? 'hkp' : 'twp') : target;
  }
  const chain = conversionChain(from, to);
  if (chain === null) return null;
  return to === 'cn' && (from === 'hk' || from === 'hkp') && writesTaiwanZhu(source)
    ? { from, to, pack: chain.pack, taiwanZhu: true }
    : { from, to, pack: chain.pack };
}

/** Names the converter a plan needs: plans with one key convert alike. */
export function planKey(plan: Pick<ConversionPlan, 'from' | 'to' | 'taiwanZhu'>): string {
  return `${plan.from}>${plan.to}${plan.taiwanZhu === true ? '+著' : ''}`;
}
