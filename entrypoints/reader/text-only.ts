import { createTextToTarget } from '../../utils/convert/convert-text.ts';
import type { DictionaryPack, DictionaryPackName } from '../../utils/convert/dictionaries.ts';
import { protectedTermsOf, withUserProtectedTerms } from '../../utils/convert/protected-terms.ts';
import { registeredKit } from '../../utils/platform/kits.ts';
import type { ConvertTextOptions } from './kit.ts';

/**
 * Converts a piece of text (a selection) without a reader session: for a frame that has none,
 * such as an English page quoting Chinese or an embedded frame. Starting a session there would
 * bring its layers too (the glossary would mark Latin terms all over an English page).
 */
export function convertTextWithoutSession({
  text,
  target,
  regionalVocabulary,
  protectedTerms,
  loadKit,
}: ConvertTextOptions): Promise<string> {
  const loadDictionaries = async (pack: DictionaryPackName): Promise<DictionaryPack> => {
    const name = `dict-${pack}` as const;
    if (!registeredKit(name)) await loadKit(name);
    const kit = registeredKit<DictionaryPack>(name);
    if (!kit) throw new Error(`The ${name} kit did not register`);
    return kit;
  };
  return createTextToTarget({
    loadDictionaries,
    protectedTerms: withUserProtectedTerms(protectedTermsOf(protectedTerms)),
    // No NetEase verdict here, so no mirror's copy: Traditional text keeps its words.
  })({ text, target, regionalVocabulary });
}
