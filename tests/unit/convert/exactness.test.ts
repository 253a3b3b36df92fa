import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js';
import STPhrases from 'opencc-js/dict/STPhrases';
import STCharacters from 'opencc-js/dict/STCharacters';
import STPhrasesGenerated from 'opencc-js/dict/STPhrases_GeneratedFromRegionalPhrases';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TWPhrases from 'opencc-js/dict/TWPhrases';
import TWPhrasesRev from 'opencc-js/dict/TWPhrasesRev';
import TWVariantsRevPhrases from 'opencc-js/dict/TWVariantsRevPhrases';
import HKVariantsRevPhrases from 'opencc-js/dict/HKVariantsRevPhrases';
import HKVariantsPhrases from 'opencc-js/dict/HKVariantsPhrases';
import HKPhrases from 'opencc-js/dict/HKPhrases';
import HKPhrasesRev from 'opencc-js/dict/HKPhrasesRev';
import CJKCompatibility from 'opencc-js/dict/CJK_Compatibility_Ideographs';
import cn2t from '../../../utils/convert/packs/cn2t.ts';
import t2cn from '../../../utils/convert/packs/t2cn.ts';
import { createTextConverter } from '../../../utils/convert/text-converter.ts';
import type { OpenccLocale } from '../../../utils/convert/opencc-chains.ts';
import TWVariantsPhrases from 'opencc-js/dict/TWVariantsPhrases';
import { dictionaryEntries, overlapCorpus, phraseCorpus, readSharedFixtures } from './corpus.ts';

const keys = (table: string) => dictionaryEntries(table).map(([key]) => key);
const values = (table: string) => dictionaryEntries(table).map(([, value]) => value);

const simplifiedPool = [
  ...keys(STPhrases),
  ...keys(STPhrasesGenerated),
  ...keys(STCharacters),
  ...values(TSPhrases),
  ...values(TWPhrasesRev),
  ...values(HKPhrasesRev),
];
const traditionalPool = [
  ...values(STPhrases),
  ...values(STPhrasesGenerated),
  ...keys(TSPhrases),
  ...keys(TSCharacters),
  ...keys(TWPhrasesRev),
  ...values(TWPhrases),
  ...keys(TWVariantsRevPhrases),
  ...keys(HKVariantsRevPhrases),
  ...values(HKVariantsPhrases),
  ...values(HKPhrases),
  ...keys(HKPhrasesRev),
  ...keys(CJKCompatibility),
];

// Stage-two keys seen from the Simplified side, to build overlaps with the segmenter's phrases.
const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
const secondStageSimplified = [
  ...keys(TWVariantsPhrases),
  ...keys(HKVariantsPhrases),
  ...keys(TWPhrases),
  ...keys(HKPhrases),
].map(toSimplified);

const simplifiedCorpus = [
  overlapCorpus(keys(STPhrases), secondStageSimplified, 5_000),
  ...readSharedFixtures('.simplified.txt'),
  phraseCorpus(simplifiedPool, 30_000, 1),
  // Ideographic description sequences and astral characters next to convertible ones.
  '⿰氵青发展⿱⿰木木土头发𠀾台风⿰发⿱头髮干𤆬面',
].join('\n');
const traditionalCorpus = [
  overlapCorpus(
    keys(TSPhrases),
    [
      ...keys(TWVariantsRevPhrases),
      ...keys(HKVariantsRevPhrases),
      ...keys(TWPhrasesRev),
      ...keys(HKPhrasesRev),
    ],
    5_000,
  ),
  overlapCorpus(
    [...keys(TWVariantsRevPhrases), ...keys(HKVariantsRevPhrases), ...keys(TWPhrasesRev)],
    keys(TSPhrases),
    5_000,
  ),
  ...readSharedFixtures('.traditional.txt'),
  phraseCorpus(traditionalPool, 30_000, 2),
  '⿰氵青發展⿱⿰木木土頭髮𠀾颱風⿰發⿱頭髮乾麵著名捏著鼻子',
].join('\n');

function firstDifferingLine(actual: string, expected: string): string {
  const a = actual.split('\n');
  const e = expected.split('\n');
  for (let i = 0; i < Math.max(a.length, e.length); i += 1) {
    if (a[i] !== e[i]) return `line ${i}:\n  ours:   ${a[i]}\n  opencc: ${e[i]}`;
  }
  return '';
}

const directions: Array<[OpenccLocale, OpenccLocale, string]> = [
  ['cn', 'tw', simplifiedCorpus],
  ['cn', 'hk', simplifiedCorpus],
  ['cn', 'twp', simplifiedCorpus],
  ['cn', 'hkp', simplifiedCorpus],
  ['tw', 'cn', traditionalCorpus],
  ['hk', 'cn', traditionalCorpus],
  ['twp', 'cn', traditionalCorpus],
  ['hkp', 'cn', traditionalCorpus],
  ['tw', 'hk', traditionalCorpus],
  ['hk', 'tw', traditionalCorpus],
];

describe('string conversion equals opencc-js Converter', () => {
  it.each(directions)(
    '%s → %s over the fixtures and 30 000 generated phrases',
    (from, to, corpus) => {
      const pack = from === 'cn' ? cn2t : t2cn;
      const ours = createTextConverter({ pack, from, to, protectedTerms: [], phraseFixes: false });
      const expected = OpenCC.Converter({ from, to })(corpus);
      const converted = ours.convert(corpus);
      if (converted !== expected) expect.fail(firstDifferingLine(converted, expected));
      // The aligned path produces the same text, and a map that is complete and monotone.
      const aligned = ours.convertAligned(corpus);
      expect(aligned.text === expected).toBe(true);
      expect(aligned.sourceIndex.length).toBe(aligned.text.length);
      let previous = 0;
      let monotone = true;
      for (const source of aligned.sourceIndex) {
        if (source < previous || source >= corpus.length) monotone = false;
        previous = source;
      }
      expect(monotone).toBe(true);
    },
  );
});
