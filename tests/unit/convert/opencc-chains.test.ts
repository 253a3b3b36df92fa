import { describe, expect, it } from 'vitest';
import * as Locale from 'opencc-js/preset';
import cn2t from '../../../utils/convert/packs/cn2t.ts';
import t2cn from '../../../utils/convert/packs/t2cn.ts';
import { conversionChain, type OpenccLocale } from '../../../utils/convert/opencc-chains.ts';
import { FIX_DICTIONARIES, type DictionaryName } from '../../../utils/convert/dictionaries.ts';

type Table = string | readonly (readonly [string, string])[];

// Resolves our table names to the strings of the pack that serves the direction.
function tables(pack: typeof cn2t, names: readonly DictionaryName[]): Table[] {
  return names.map((name) => {
    const table = pack.tables[name];
    if (table === undefined) throw new Error(`pack ${pack.name} lacks ${name}`);
    return table;
  });
}

const configName = (from: OpenccLocale, to: OpenccLocale): string =>
  from === 'cn'
    ? `s2${to}`
    : to === 'cn'
      ? { tw: 'tw2s', twp: 'tw2sp', hk: 'hk2s', hkp: 'hk2sp' }[from]
      : `${from}2${to}`;

const withConfig: Array<[OpenccLocale, OpenccLocale]> = [
  ['cn', 'tw'],
  ['cn', 'twp'],
  ['cn', 'hk'],
  ['cn', 'hkp'],
  ['tw', 'cn'],
  ['twp', 'cn'],
  ['hk', 'cn'],
  ['hkp', 'cn'],
];

describe('conversion chains mirror the opencc-js preset', () => {
  it.each(withConfig)('%s → %s uses the tables of its opencc-js config, in order', (from, to) => {
    const chain = conversionChain(from, to)!;
    const pack = chain.pack === 'cn2t' ? cn2t : t2cn;
    const config = Locale.configs![configName(from, to)] as unknown as {
      normalizationChain: Table[][];
      segmentation: Table[];
      conversionChain: Table[][];
    };
    // Our phrase fixes lead the segmentation and the stage of opencc's own phrases (the first
    // from Simplified, the second to it), and only there, but for the fixes of Taiwan's 著,
    // which lead the Taiwan stage; the rest is opencc-js's config, table for table.
    const isFix = (name: DictionaryName) => FIX_DICTIONARIES.has(name);
    const fixes = (names: readonly DictionaryName[]) => names.filter(isFix);
    const opencc = (names: readonly DictionaryName[]) =>
      tables(
        pack,
        names.filter((name) => !isFix(name)),
      );
    const fix: DictionaryName = from === 'cn' ? 'STPhraseFixes' : 'TSPhraseFixes';
    const stage = from === 'cn' ? 0 : 1;
    expect(fixes(chain.segmentation!)).toEqual([fix]);
    expect(chain.segmentation![0]).toBe(fix);
    // And the fixes of Taiwan's 著 lead the Taiwan stage from Taiwan, those of the Taiwan
    // vocabulary the Taiwan-vocabulary stage to it, and those of the Hong Kong vocabulary the
    // Hong Kong-vocabulary stage either way.
    const taiwan = from === 'tw' || from === 'twp';
    const taiwanVocabulary = to === 'twp';
    const hongKongVocabulary = to === 'hkp';
    expect(chain.stages.map(fixes)).toEqual(
      chain.stages.map((_, index) =>
        index === stage
          ? [fix]
          : taiwan && index === 0
            ? from === 'twp'
              ? ['TWVariantFixes', 'TWPhraseReverseKeeps']
              : ['TWVariantFixes']
            : from === 'hkp' && index === 0
              ? ['HKPhraseReverseKeeps']
              : taiwanVocabulary && index === 1
                ? ['TWPhraseFixes']
                : hongKongVocabulary && index === 1
                  ? ['HKPhraseFixes']
                  : [],
      ),
    );
    if (taiwan) expect(chain.stages[0]![0]).toBe('TWVariantFixes');
    // With Taiwan vocabulary, the words its reverse phrases must leave alone come next.
    if (from === 'twp') expect(chain.stages[0]![1]).toBe('TWPhraseReverseKeeps');
    if (taiwanVocabulary) expect(chain.stages[1]![0]).toBe('TWPhraseFixes');
    // With Hong Kong vocabulary, its keeps come first, before opencc's Hong Kong phrases.
    if (from === 'hkp') expect(chain.stages[0]![0]).toBe('HKPhraseReverseKeeps');
    if (hongKongVocabulary) expect(chain.stages[1]![0]).toBe('HKPhraseFixes');
    expect(chain.stages[stage]![0]).toBe(fix);
    expect(chain.normalization.flatMap(fixes)).toEqual([]);
    expect(chain.normalization.map(opencc)).toEqual(config.normalizationChain);
    expect(opencc(chain.segmentation!)).toEqual(config.segmentation);
    expect(chain.stages.map(opencc)).toEqual(config.conversionChain);
  });

  it.each([
    ['tw', 'hk'],
    ['hk', 'tw'],
  ] as Array<[OpenccLocale, OpenccLocale]>)(
    '%s → %s has no config and chains the from and to groups',
    (from, to) => {
      const chain = conversionChain(from, to)!;
      expect(Locale.configs![`${from}2${to}`]).toBeUndefined();
      expect(chain.normalization).toEqual([]);
      expect(chain.segmentation).toBeNull();
      // Less the fixes of Taiwan's 著, first in the Taiwan group.
      const opencc = (stage: readonly DictionaryName[]) =>
        stage.filter((name) => name !== 'TWVariantFixes');
      expect(chain.stages[0]![0]).toBe(from === 'tw' ? 'TWVariantFixes' : 'HKVariantsRevPhrases');
      expect(chain.stages.map((stage) => tables(t2cn, opencc(stage)))).toEqual([
        ...Locale.from[from]!,
        ...Locale.to[to]!,
      ]);
    },
  );

  it('offers no direction between a locale and itself, from regional Traditional forms, or from Traditional to Hong Kong vocabulary', () => {
    expect(conversionChain('cn', 'cn')).toBeNull();
    expect(conversionChain('tw', 'tw')).toBeNull();
    expect(conversionChain('twp', 'hk')).toBeNull();
    expect(conversionChain('twp', 'hkp')).toBeNull();
    expect(conversionChain('hkp', 'twp')).toBeNull();
    expect(conversionChain('tw', 'hkp')).toBeNull();
    expect(conversionChain('hk', 'hkp')).toBeNull();
  });

  it('converts a Taiwan Traditional page to Taiwan words alone, in its own forms', () => {
    expect(conversionChain('tw', 'twp')).toEqual({
      from: 'tw',
      to: 'twp',
      pack: 't2cn',
      normalization: [],
      segmentation: null,
      stages: [['TWVocabulary']],
    });
  });

  it('hk → twp is hk → tw, then the Taiwan words of a mirror in Taiwan forms', () => {
    const chain = conversionChain('hk', 'twp')!;
    expect(chain.segmentation).toBeNull();
    expect(chain.normalization).toEqual([]);
    expect(chain.stages).toEqual([...conversionChain('hk', 'tw')!.stages, ['TWVocabulary']]);
    expect(chain.stages.at(-1)).toEqual(conversionChain('tw', 'twp')!.stages[0]);
  });

  it('each pack holds exactly the tables of its directions', () => {
    const needed = (pack: 'cn2t' | 't2cn') => {
      const names = new Set<DictionaryName>();
      const locales: OpenccLocale[] = ['cn', 'tw', 'twp', 'hk', 'hkp'];
      for (const from of locales) {
        for (const to of locales) {
          for (const taiwanZhu of [false, true]) {
            const chain = conversionChain(from, to, { taiwanZhu });
            if (chain?.pack !== pack) continue;
            for (const stage of [
              ...chain.normalization,
              chain.segmentation ?? [],
              ...chain.stages,
            ]) {
              for (const name of stage) names.add(name);
            }
          }
        }
      }
      return [...names].sort();
    };
    expect(Object.keys(cn2t.tables).sort()).toEqual(needed('cn2t'));
    expect(Object.keys(t2cn.tables).sort()).toEqual(needed('t2cn'));
  });
});
