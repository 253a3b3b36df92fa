/**
 * The opencc-js dictionary tables the engine knows, and how they travel.
 *
 * Each table is the string opencc-js ships in `dist/esm-lib/dict/<Name>.js`:
 * `"source replacement|source replacement|…"`. The tables are big (STPhrases alone
 * is about 1 MB), so they are grouped into two packs, one per direction family, and
 * loaded only when a page is converted in that direction. The content script injects a
 * pack as a separate script; tests and extension pages import the pack modules directly
 * (see `packs/`).
 */
export type DictionaryName =
  // Ours, not opencc-js's: see phrase-fixes.ts.
  | 'STPhraseFixes'
  | 'TSPhraseFixes'
  | 'TWVariantFixes'
  // Ours too: opencc's Taiwan entries for 著 alone, for Hong Kong text that writes Taiwan's 著 for
  // the particle (see `zhuEntries` in phrase-fixes.ts).
  | 'TWZhuVariantsRev'
  | 'TWPhraseFixes'
  | 'TWPhraseReverseKeeps'
  | 'HKPhraseFixes'
  | 'HKPhraseReverseKeeps'
  // Ours too, derived from opencc's and our tables: see regional-forms.ts.
  | 'TWVocabulary'
  | 'CJK_Compatibility_Ideographs'
  | 'STPhrases'
  | 'STPhrases_GeneratedFromRegionalPhrases'
  | 'STCharacters'
  | 'TSPhrases'
  | 'TSCharacters'
  | 'TWPhrases'
  | 'TWPhrasesRev'
  | 'TWVariants'
  | 'TWVariantsPhrases'
  | 'TWVariantsRev'
  | 'TWVariantsRevPhrases'
  | 'HKPhrases'
  | 'HKPhrasesRev'
  | 'HKVariants'
  | 'HKVariantsPhrases'
  | 'HKVariantsRev'
  | 'HKVariantsRevPhrases';

/** Our tables of fixes (phrase-fixes.ts), which opencc-js's own configs do not have. */
export const FIX_DICTIONARIES: ReadonlySet<DictionaryName> = new Set([
  'STPhraseFixes',
  'TSPhraseFixes',
  'TWVariantFixes',
  'TWZhuVariantsRev',
  'TWPhraseFixes',
  'TWPhraseReverseKeeps',
  'HKPhraseFixes',
  'HKPhraseReverseKeeps',
]);

/**
 * `cn2t`: Simplified to Taiwan/Hong Kong Traditional (with or without regional words).
 * `t2cn`: Taiwan/Hong Kong Traditional to Simplified, Taiwan ↔ Hong Kong, and a mirror's copy in
 * Traditional to Taiwan's vocabulary.
 */
export type DictionaryPackName = 'cn2t' | 't2cn';

export interface DictionaryPack {
  readonly name: DictionaryPackName;
  readonly tables: Readonly<Partial<Record<DictionaryName, string>>>;
}

/**
 * Fetches the tables of one pack. The content script injects the pack's script on demand;
 * tests resolve it from the pack modules. Called at most once per pack by a `PageConverter`.
 */
export type LoadDictionaries = (pack: DictionaryPackName) => Promise<DictionaryPack>;

export class MissingDictionaryError extends Error {
  constructor(pack: DictionaryPackName, table: DictionaryName) {
    super(`Dictionary pack "${pack}" has no table "${table}"`);
    this.name = 'MissingDictionaryError';
  }
}
