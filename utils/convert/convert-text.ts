import { detectTextScript } from '../detect/script.ts';
import type { DictionaryPackName, LoadDictionaries } from './dictionaries.ts';
import { planConversion, planKey } from './plan.ts';
import type { ProtectedTerm } from './protected-terms.ts';
import type { Target } from './target.ts';
import { createTextConverter, type TextConverter } from './text-converter.ts';

export interface TextToTargetOptions {
  text: string;
  target: Target;
  regionalVocabulary: boolean;
  /**
   * The text is mainland text in Traditional characters, a mirror's copy: a selection on a page
   * the session found to be a mirror. Without it (the popup's box, a frame with no session),
   * Traditional text keeps its words whatever the regional vocabulary.
   */
  mainlandCopy?: boolean;
}

/**
 * Converts pieces of text (the popup's convert box, a selection) to a target
 * script, whatever script they are in. The source is read from the text
 * itself; text already in the target script, Japanese, or without Chinese
 * comes back unchanged. Each direction's converter is built once and kept.
 */
export function createTextToTarget({
  loadDictionaries,
  protectedTerms,
}: {
  loadDictionaries: LoadDictionaries;
  protectedTerms?: readonly ProtectedTerm[];
}): (options: TextToTargetOptions) => Promise<string> {
  const converters = new Map<string, Promise<TextConverter>>();
  const packs = new Map<DictionaryPackName, ReturnType<LoadDictionaries>>();
  return async ({ text, target, regionalVocabulary, mainlandCopy = false }) => {
    const plan = planConversion({
      source: detectTextScript(text),
      target,
      regionalVocabulary,
      mainlandCopy,
    });
    if (!plan) return text;
    const key = planKey(plan);
    let converter = converters.get(key);
    if (!converter) {
      let pack = packs.get(plan.pack);
      if (!pack) {
        pack = loadDictionaries(plan.pack);
        packs.set(plan.pack, pack);
      }
      converter = pack.then((loaded) =>
        createTextConverter({
          pack: loaded,
          from: plan.from,
          to: plan.to,
          taiwanZhu: plan.taiwanZhu === true,
          regionalVocabulary,
          ...(protectedTerms ? { protectedTerms } : {}),
        }),
      );
      converters.set(key, converter);
    }
    return (await converter).convert(text);
  };
}
