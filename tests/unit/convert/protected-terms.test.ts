import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js';
import cn2t from '../../../utils/convert/packs/cn2t.ts';
import t2cn from '../../../utils/convert/packs/t2cn.ts';
import { createTextConverter } from '../../../utils/convert/text-converter.ts';
import {
  DEFAULT_PROTECTED_TERMS,
  type ProtectedTerm,
} from '../../../utils/convert/protected-terms.ts';

const openccToCn = OpenCC.Converter({ from: 'tw', to: 'cn' });
const openccToTw = OpenCC.Converter({ from: 'cn', to: 'tw' });
const openccToHk = OpenCC.Converter({ from: 'cn', to: 'hk' });

describe('protected terms', () => {
  it.each(DEFAULT_PROTECTED_TERMS.map((term) => [term.hans, term] as const))(
    '%s is mangled by plain opencc and kept by the converter',
    (_, term: ProtectedTerm) => {
      const mangled =
        openccToCn(term.hant) !== term.hans ||
        openccToTw(term.hans) !== (term.tw ?? term.hant) ||
        openccToHk(term.hans) !== (term.hk ?? term.hant);
      expect(mangled).toBe(true);
      const sentence = (name: string) => `據報導，${name}表示將持續投入。`;
      expect(createTextConverter({ pack: t2cn, from: 'tw', to: 'cn' }).convert(term.hant)).toBe(
        term.hans,
      );
      expect(createTextConverter({ pack: cn2t, from: 'cn', to: 'tw' }).convert(term.hans)).toBe(
        term.tw ?? term.hant,
      );
      expect(createTextConverter({ pack: cn2t, from: 'cn', to: 'hk' }).convert(term.hans)).toBe(
        term.hk ?? term.hant,
      );
      expect(
        createTextConverter({ pack: t2cn, from: 'tw', to: 'cn' }).convert(sentence(term.hant)),
      ).toBe(openccToCn(sentence('')).replace('表示', `${term.hans}表示`));
    },
  );

  it('keeps the Ascend brand: 昇騰 → 昇腾, where opencc gives 升腾', () => {
    expect(openccToCn('華為昇騰910C')).toBe('华为升腾910C');
    const converter = createTextConverter({ pack: t2cn, from: 'tw', to: 'cn' });
    expect(converter.convert('華為昇騰910C')).toBe('华为昇腾910C');
    expect(createTextConverter({ pack: cn2t, from: 'cn', to: 'tw' }).convert('华为昇腾')).toBe(
      '華為昇騰',
    );
  });

  it('the converter accepts more protected terms, with regional forms', () => {
    const terms: ProtectedTerm[] = [
      ...DEFAULT_PROTECTED_TERMS,
      { hans: '台积电', hant: '臺積電', tw: '台積電' },
    ];
    const toTw = createTextConverter({ pack: cn2t, from: 'cn', to: 'tw', protectedTerms: terms });
    const toHk = createTextConverter({ pack: cn2t, from: 'cn', to: 'hk', protectedTerms: terms });
    expect(openccToTw('台积电的昇腾')).toBe('臺積電的昇騰');
    expect(toTw.convert('台积电的昇腾')).toBe('台積電的昇騰');
    expect(toHk.convert('台积电')).toBe('臺積電');
  });

  it('a protected span is atomic and aligned to its own source', () => {
    const converter = createTextConverter({ pack: t2cn, from: 'tw', to: 'cn' });
    const aligned = converter.convertAligned('用昇騰晶片');
    expect(aligned.text).toBe('用昇腾晶片');
    expect(Array.from(aligned.sourceIndex)).toEqual([0, 1, 2, 3, 4]);
  });

  it('with no protected terms the output is plain opencc', () => {
    const converter = createTextConverter({ pack: t2cn, from: 'tw', to: 'cn', protectedTerms: [] });
    expect(converter.convert('昇騰')).toBe(openccToCn('昇騰'));
  });
});
