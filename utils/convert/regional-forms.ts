import { PhraseTable, unmatchedLength } from './phrase-table.ts';

/**
 * A vocabulary table written in a region's own character forms, for converting a page that is
 * already in that region's Traditional (a mirror of mainland news in Taiwan's Traditional to
 * Taiwan's vocabulary: 芯片 → 晶片).
 *
 * opencc's regional phrases (TWPhrases, HKPhrases) are keyed in opencc's own Traditional forms
 * (着, 裏, 爲), the text of the Simplified → Traditional chain at that stage; the region's variant
 * table comes after them. Run on a page that way (its forms back to opencc's, the phrases, then
 * the variants again), every character of the page would pass through the variant table, which
 * writes what a Taiwan or Hong Kong writer chose otherwise: Taiwan's 祕 became 秘 and 纔 才, and
 * a Hong Kong page's 說, 溫 and 戶 (most Hong Kong news writes them so) became 説, 温 and 户. Here
 * each key is listed in the region's forms and in opencc's, and each value in the region's forms,
 * so one longest-match stage changes the words and nothing else.
 *
 * `dictionaries` are opencc-js tables (`"key value|…"`), first listed first; `variants` are the
 * region's variant tables (its phrases, then its characters).
 */
export function vocabularyInRegionForms(
  dictionaries: readonly string[],
  variants: readonly string[],
): string {
  const variantTable = PhraseTable.fromDictionaries(variants);
  const inRegionForms = (text: string): string => {
    let out = '';
    for (let i = 0; i < text.length;) {
      const match = variantTable.match(text, i, text.length);
      if (match === null) {
        const length = unmatchedLength(text, i);
        out += text.slice(i, i + length);
        i += length;
      } else {
        out += match.value;
        i += match.length;
      }
    }
    return out;
  };
  const entries: string[] = [];
  for (const dictionary of dictionaries) {
    if (dictionary === '') continue;
    for (const entry of dictionary.split('|')) {
      const [key = '', value = ''] = entry.split(' ');
      const regionValue = inRegionForms(value);
      const regionKey = inRegionForms(key);
      // The region's spelling first: between equal keys the first listed wins, and a later
      // dictionary's entry for the same key must not take its place.
      entries.push(`${regionKey} ${regionValue}`);
      if (regionKey !== key) entries.push(`${key} ${regionValue}`);
    }
  }
  return entries.join('|');
}
