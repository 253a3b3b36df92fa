import { describe, expect, test } from 'vitest';
import {
  MAINLAND_WORDS,
  mainlandWordsIn,
  nameFormsOf,
  regionalNamesOf,
} from '../../../utils/glossary/pack/hant-wording.ts';
import { BUILT_IN_TERMS } from '../../../utils/glossary/pack/index.ts';

/**
 * The Traditional definitions and notes of the built-in pack are written in Taiwan's wording, as
 * the zh-Hant interface is: no mainland word of `MAINLAND_WORDS` (芯片, 數據, 軟件…) outside a
 * mention of the word itself or a name. The rule, in `utils/glossary/pack/hant-wording.ts`: a
 * listed word is allowed only inside “…”, 「…」 or 《…》; inside one of the entry's own written
 * forms (the 軟件 card says 軟件。臺灣稱“軟體”); inside a form of an entry that is a company,
 * organization, person or policy (長江存儲, 摩爾線程); or inside one of `OTHER_NAMES`.
 */
describe('Traditional texts of the built-in pack', () => {
  test('use Taiwan wording outside a mention of the word or a name', () => {
    const names = nameFormsOf(BUILT_IN_TERMS);
    const regionalNames = regionalNamesOf(BUILT_IN_TERMS);
    const problems: string[] = [];
    for (const term of BUILT_IN_TERMS) {
      for (const group of ['definition', 'note'] as const) {
        const text = term[group]?.hant;
        if (text === undefined) continue;
        for (const word of mainlandWordsIn(text, term, names, regionalNames)) {
          const taiwan = MAINLAND_WORDS[word] ?? regionalNames.get(word);
          problems.push(`${term.id} ${group}.hant: ${word} (Taiwan: ${taiwan})`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  test('allow quoted words, the entry’s own forms and names, and nothing else', () => {
    const chip = { hans: '芯片', hant: '芯片', category: 'vocabulary' };
    const cluster = { hans: '集群', hant: '集群', category: 'term' };
    const names = nameFormsOf([
      { hans: '长江存储', hant: '長江存儲', category: 'company' },
      { hans: '光刻机', hant: '光刻機', category: 'product' },
    ]);
    expect(mainlandWordsIn('芯片。臺灣稱“晶片”。', chip, names)).toEqual([]);
    expect(mainlandWordsIn('大陸稱「軟件」，見《芯片法案》。', cluster, names)).toEqual([]);
    expect(mainlandWordsIn('長江存儲製造快閃記憶體。', cluster, names)).toEqual([]);
    expect(mainlandWordsIn('集群：由網絡連接的服務器。', cluster, names)).toEqual([
      '網絡',
      '服務器',
    ]);
    // A product is no name: 光刻機 is a kind of machine.
    expect(mainlandWordsIn('ASML的光刻機', cluster, names)).toEqual(['光刻']);
    // A word only partly inside an allowed form is not allowed.
    expect(mainlandWordsIn('存儲芯片', cluster, ['存儲'])).toEqual(['芯片']);
    expect(mainlandWordsIn('用光刻印', chip, names)).toEqual(['光刻']);
  });

  test('hold names Taiwan writes otherwise to quotes and the entry’s own forms', () => {
    const nvidia = { hans: '英伟达', hant: '英偉達', tw: '輝達', category: 'company' };
    const tsmc = { hans: '台积电', hant: '臺積電', tw: '台積電', category: 'company' };
    const gpu = { hans: 'GPU', hant: 'GPU', category: 'product' };
    const entries = [nvidia, tsmc, gpu];
    const names = nameFormsOf(entries);
    const regional = regionalNamesOf(entries);
    expect([...regional]).toEqual([['英偉達', '輝達']]);
    expect(mainlandWordsIn('英偉達的GPU', gpu, names, regional)).toEqual(['英偉達']);
    expect(mainlandWordsIn('輝達與臺積電的GPU', gpu, names, regional)).toEqual([]);
    expect(mainlandWordsIn('大陸寫作“英偉達”。', nvidia, names, regional)).toEqual([]);
  });
});
