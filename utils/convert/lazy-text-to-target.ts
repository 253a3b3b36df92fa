import { detectTextScript, writesTaiwanZhu } from '../detect/script.ts';
import { createTextToTarget } from './convert-text.ts';
import type { LoadDictionaries } from './dictionaries.ts';
import { conversionChain, type OpenccLocale } from './opencc-chains.ts';
import { loadBundledDictionaries } from './packs/load-bundled.ts';
import { planKey } from './plan.ts';
import { protectedTermsOf, withUserProtectedTerms, type ProtectedTerm } from './protected-terms.ts';
import { createTextConverter, type TextConverter } from './text-converter.ts';

export type TextToTarget = ReturnType<typeof createTextToTarget>;

/**
 * Converts a text whose script is known into the other one: to `hans` from Traditional (Taiwan
 * standard), to `hant` from Simplified, characters only (Taiwan standard, no regional
 * vocabulary: a definition's quoted words are the point of it, 臺灣稱「晶片」, and opencc's
 * regional phrases would rewrite them, and ordinary words with them, 文件 → 檔案). A glossary
 * term's written forms and definitions come in a field of their script, so the script is never
 * read from the text itself (only whose Traditional it is, below): `createTextToTarget` would
 * take 後端, which has no Traditional-only character, for Simplified already and leave it (后端
 * is right).
 */
export type ConvertKnownScript = (text: string, to: 'hans' | 'hant') => Promise<string>;

/**
 * The direction of each `to`: Simplified → Taiwan, and Traditional → Simplified from Taiwan's
 * forms, or from Hong Kong's when the text writes them (衞星 → 卫星: Taiwan's tables leave 衞,
 * 敍, 枱, 粧 and 糭 as they are). Only the region is read from the text, never the script. Hong
 * Kong text that writes Taiwan's 著 for the particle reads it so, as on a page
 * (`writesTaiwanZhu`).
 */
function directionOf(
  text: string,
  to: 'hans' | 'hant',
): { from: OpenccLocale; to: OpenccLocale; taiwanZhu: boolean } {
  if (to === 'hant') return { from: 'cn', to: 'tw', taiwanZhu: false };
  const verdict = detectTextScript(text);
  const hongKong = verdict.region === 'hk';
  return {
    from: hongKong ? 'hk' : 'tw',
    to: 'cn',
    taiwanZhu: hongKong && writesTaiwanZhu(verdict),
  };
}

/**
 * A `ConvertKnownScript` over these dictionaries, each direction's converter built on first use
 * and kept (a failed load too: make another to load them again).
 */
export function createScriptConverter({
  loadDictionaries,
  protectedTerms,
}: {
  loadDictionaries: LoadDictionaries;
  protectedTerms?: readonly ProtectedTerm[];
}): ConvertKnownScript {
  const converters = new Map<string, Promise<TextConverter>>();
  return async (text, to) => {
    const { from, to: target, taiwanZhu } = directionOf(text, to);
    const key = planKey({ from, to: target, ...(taiwanZhu ? { taiwanZhu } : {}) });
    let converter = converters.get(key);
    if (!converter) {
      const chain = conversionChain(from, target);
      if (chain === null) throw new Error(`No conversion from "${from}" to "${target}"`);
      converter = loadDictionaries(chain.pack).then((pack) =>
        createTextConverter({
          pack,
          from,
          to: target,
          taiwanZhu,
          ...(protectedTerms ? { protectedTerms } : {}),
        }),
      );
      converters.set(key, converter);
    }
    return (await converter).convert(text);
  };
}

/** A converter made on first use, and forgotten when its dictionaries did not load. */
export interface Lazy<Converter> {
  get(): Promise<Converter>;
  /** Drops the converter made (its dictionaries' load failed): the next `get` makes another. */
  forget(): void;
}

/**
 * Made on first use: the dictionaries load then, as chunks of their own, and the names the
 * reader's glossary protects are read then, not when the page opens (most openings convert
 * nothing). An unreadable glossary leaves our own names only.
 */
function lazily<Converter>(
  readGlossaryTerms: () => Promise<readonly unknown[]>,
  make: (protectedTerms: readonly ProtectedTerm[]) => Converter,
): Lazy<Converter> {
  let made: Promise<Converter> | null = null;
  return {
    get: () =>
      (made ??= readGlossaryTerms()
        .then((terms) => protectedTermsOf(terms))
        .catch(() => [])
        .then((user) => make(withUserProtectedTerms(user)))),
    forget: () => {
      made = null;
    },
  };
}

/**
 * The text converter of an extension page's conversion box (the popup), made on first use (see
 * `lazily`): it reads the script from the text. The background cannot convert for these pages:
 * a service worker cannot load the dictionaries lazily.
 */
export function lazyTextToTarget(
  readGlossaryTerms: () => Promise<readonly unknown[]>,
): Lazy<TextToTarget> {
  return lazily(readGlossaryTerms, (protectedTerms) =>
    createTextToTarget({ loadDictionaries: loadBundledDictionaries, protectedTerms }),
  );
}

/**
 * The options page's converter of a term's written forms and definitions, whose script is the
 * field's (`createScriptConverter`), made on first use (see `lazily`).
 */
export function lazyScriptConverter(
  readGlossaryTerms: () => Promise<readonly unknown[]>,
): Lazy<ConvertKnownScript> {
  return lazily(readGlossaryTerms, (protectedTerms) =>
    createScriptConverter({ loadDictionaries: loadBundledDictionaries, protectedTerms }),
  );
}
