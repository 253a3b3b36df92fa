import { describe, expect, test } from 'vitest';
import {
  MAINLAND_WORDS,
  mainlandWordsIn,
  nameFormsOf,
  regionalNamesOf,
} from '../../../utils/glossary/pack/hant-wording.ts';
import { simplifiedQuotes, traditionalQuotes } from '../../../utils/glossary/quotes.ts';
import { BUILT_IN_TERMS } from '../../../utils/glossary/pack/index.ts';

/**
 * The Traditional definitions and notes of the built-in pack are written in Taiwan's wording, as
 * the zh-Hant interface is: no mainland word of `MAINLAND_WORDS` (芯片, 數據, 軟件…) outside a
 * mention of the word itself or a name. The rule, in `utils/glossary/pack/hant-wording.ts`: a
 * listed word is allowed only inside “…”, 「…」 or 《…》; inside one of the entry's own written
 * forms (the 軟件 card says 軟件。臺灣稱「軟體」); inside a form of an entry that is a company,
 * organization, person or a policy with a proper name (長江存儲, 摩爾線程); or inside one of
 * `OTHER_NAMES`. A name Taiwan writes otherwise (英偉達, 芯片法案) is allowed only inside “…” or
 * 「…」 or the entry's own forms: a title is written in Taiwan's wording (《晶片法案》).
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

  test('quote with Taiwan’s marks, 「…」 and 『…』', () => {
    const quoted = BUILT_IN_TERMS.flatMap((term) =>
      (['definition', 'note'] as const).flatMap((group) => {
        const text = term[group]?.hant;
        return text !== undefined && /[“”‘’]/.test(text) ? [`${term.id} ${group}.hant`] : [];
      }),
    );
    expect(quoted).toEqual([]);
    expect(traditionalQuotes('臺灣稱“晶片”，即‘晶’片')).toBe('臺灣稱「晶片」，即『晶』片');
    expect(traditionalQuotes('摩爾定律（Moore’s law）')).toBe('摩爾定律（Moore’s law）');
    for (const apostrophes of ['the users’ data', '1990’s', 'Nestlé’s', '’90s', 'rock ’n’ roll']) {
      expect(traditionalQuotes(apostrophes)).toBe(apostrophes);
    }
    expect(traditionalQuotes('稱‘CUDA’為“護城河”')).toBe('稱『CUDA』為「護城河」');
    expect(traditionalQuotes('即‘Moore’s law’')).toBe('即『Moore’s law』');
    expect(traditionalQuotes('“英偉達稱‘it’s a moat’”')).toBe('「英偉達稱『it’s a moat』」');
    expect(simplifiedQuotes('台湾称「晶片」，即『晶』片')).toBe('台湾称“晶片”，即‘晶’片');
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
    // A title keeps its words, unless Taiwan names the work otherwise (see below).
    expect(mainlandWordsIn('見《信息論》。', cluster, names)).toEqual([]);
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

  test('hold a title Taiwan writes otherwise to Taiwan’s name, aliases too', () => {
    const chipsAct = {
      hans: '芯片法案',
      hant: '芯片法案',
      tw: '晶片法案',
      en: 'CHIPS Act',
      aliases: ['芯片與科學法案', 'CHIPS and Science Act'],
      category: 'policy',
    };
    const raimondo = { hans: '雷蒙多', hant: '雷蒙多', en: 'Gina Raimondo', category: 'person' };
    const entries = [chipsAct, raimondo];
    const names = nameFormsOf(entries);
    const regional = regionalNamesOf(entries);
    expect(mainlandWordsIn('主導了《芯片法案》資金的發放。', raimondo, names, regional)).toEqual([
      '芯片法案',
    ]);
    expect(regional.get('芯片與科學法案')).toBe('晶片法案');
    expect(mainlandWordsIn('見《芯片與科學法案》。', raimondo, names, regional)).toEqual([
      '芯片與科學法案',
    ]);
    expect(mainlandWordsIn('主導了《晶片法案》資金的發放。', raimondo, names, regional)).toEqual(
      [],
    );
    expect(
      mainlandWordsIn('大陸稱“芯片法案”或「芯片與科學法案」。', raimondo, names, regional),
    ).toEqual([]);
    // The act's own card may name it in its own forms.
    expect(
      mainlandWordsIn('《芯片與科學法案》，臺灣稱“晶片法案”。', chipsAct, names, regional),
    ).toEqual([]);
  });

  test('count a policy as a name only when its English is a proper name', () => {
    const generic = {
      hans: '数字化转型',
      hant: '數字化轉型',
      en: 'digital transformation',
      category: 'policy',
    };
    const named = {
      hans: '信息技术应用创新',
      hant: '信息技術應用創新',
      en: 'Xinchuang',
      category: 'policy',
    };
    const madeInChina = {
      hans: '中国数字化2030',
      hant: '中國數字化2030',
      en: 'Made in China 2030',
      category: 'policy',
    };
    const cluster = { hans: '集群', hant: '集群', category: 'term' };
    const names = nameFormsOf([generic, named, madeInChina]);
    expect(mainlandWordsIn('推動數字化轉型。', cluster, names)).toEqual(['數字化']);
    expect(mainlandWordsIn('推動信息技術應用創新。', cluster, names)).toEqual([]);
    expect(mainlandWordsIn('見中國數字化2030規劃。', cluster, names)).toEqual([]);
  });
});
