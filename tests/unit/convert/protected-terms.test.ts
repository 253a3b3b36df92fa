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

  it('is not a name where a word ending in its first character comes before it', () => {
    const toTw = createTextConverter({ pack: cn2t, from: 'cn', to: 'tw' });
    const toHk = createTextConverter({ pack: cn2t, from: 'cn', to: 'hk' });
    for (const text of [
      '对于东来顺的老顾客',
      '总店位于东来顺大厦',
      '相当于东来顺',
      '其余承东部分',
      '不同于东来顺',
      '相比于东来顺',
    ]) {
      expect(toTw.convert(text), text).toBe(openccToTw(text));
      expect(toHk.convert(text), text).toBe(openccToHk(text));
    }
    expect(toTw.convert('对于东来顺')).toBe('對於東來順');
    // The names themselves, as the news writes them.
    expect(toTw.convert('胖东来董事长于东来表示')).toBe('胖東來董事長于東來表示');
    expect(toTw.convert('于东来说')).toBe('于東來說');
    expect(toTw.convert('华为常务董事余承东称')).toBe('華為常務董事余承東稱');
    expect(openccToTw('华为常务董事余承东称')).toBe('華為常務董事餘承東稱');
    // Where the character before may end a word or not, the name wins.
    for (const [text, expected] of [
      ['我们要向于东来学习', '我們要向于東來學習'],
      ['会议由于东来主持', '會議由于東來主持'],
      ['现场有余承东等高管', '現場有余承東等高管'],
    ]) {
      expect(toTw.convert(text!), text).toBe(expected);
    }
  });

  it("a reader's own protected name is kept everywhere, whatever comes before it", () => {
    const terms: ProtectedTerm[] = [...DEFAULT_PROTECTED_TERMS, { hans: '余承东', hant: '余承東' }];
    const toTw = createTextConverter({ pack: cn2t, from: 'cn', to: 'tw', protectedTerms: terms });
    expect(toTw.convert('其余承东部分')).toBe('其余承東部分');
    const plain = createTextConverter({ pack: cn2t, from: 'cn', to: 'tw' });
    expect(plain.convert('其余承东部分')).toBe(openccToTw('其余承东部分'));
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
