import { needsConversion, traditionalRegion, type ScriptVerdict } from '../detect/script.ts';
import type { DictionaryPackName } from './dictionaries.ts';
import { conversionChain, type OpenccLocale } from './opencc-chains.ts';
import type { Target } from './target.ts';

/** The opencc direction a page needs, and the dictionary pack that serves it. */
export interface ConversionPlan {
  readonly from: OpenccLocale;
  readonly to: OpenccLocale;
  readonly pack: DictionaryPackName;
}

export interface PlanConversionOptions {
  /** The page's script, from `detectDocumentScript`. */
  readonly source: ScriptVerdict;
  /** The page's own `lang` (before any conversion): zh-HK/zh-MO marks Hong Kong Traditional. */
  readonly pageLang?: string | null;
  readonly target: Target;
  /**
   * Regional words (软件 ↔ 軟體) for Simplified ↔ Traditional: `twp`/`hkp` on the Traditional
   * side. Off by default because opencc's phrase tables are over-eager (发布 → 釋出).
   */
  readonly regionalVocabulary?: boolean;
}

/**
 * Picks the opencc direction for a page, or null when the page needs no conversion
 * (already in the target script, Japanese, or not Chinese).
 *
 * Traditional is read as Taiwan (`tw`) unless the page is Hong Kong Traditional, then `hk`:
 * the source variant matters, since opencc's generic Traditional leaves the verb suffix 著
 * alone (捏著鼻子 stays 捏著鼻子) while `tw` gives 捏着鼻子, and `hk` keeps Taiwan's 著.
 * A mixed page is read as Traditional for a Simplified target and as Simplified otherwise.
 */
export function planConversion(options: PlanConversionOptions): ConversionPlan | null {
  const { source, pageLang, target } = options;
  const regional = options.regionalVocabulary === true;
  if (!needsConversion(source, target, pageLang)) return null;
  let from: OpenccLocale;
  let to: OpenccLocale;
  if (target === 'cn') {
    const region = traditionalRegion(source, pageLang);
    from = regional ? (region === 'hk' ? 'hkp' : 'twp') : region;
    to = 'cn';
  } else if (source.script === 'traditional') {
    from = traditionalRegion(source, pageLang);
    to = target;
  } else {
    from = 'cn';
    to = regional ? (target === 'hk' ? 'hkp' : 'twp') : target;
  }
  const chain = conversionChain(from, to);
  return chain === null ? null : { from, to, pack: chain.pack };
}
