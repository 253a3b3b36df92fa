import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js';
import cn2t from '../../../utils/convert/packs/cn2t.ts';
import t2cn from '../../../utils/convert/packs/t2cn.ts';
import {
  addressSpans,
  createTextConverter,
  mayConvert,
  UnsupportedDirectionError,
} from '../../../utils/convert/text-converter.ts';
import { MissingDictionaryError } from '../../../utils/convert/dictionaries.ts';
import { dictionaryEntries } from './corpus.ts';

const twToCn = createTextConverter({ pack: t2cn, from: 'tw', to: 'cn' });
const cnToTw = createTextConverter({ pack: cn2t, from: 'cn', to: 'tw' });
const openccCnToTw = OpenCC.Converter({ from: 'cn', to: 'tw' });

/** Output pieces per source code unit, read off the alignment. */
function piecesBySource(text: string, aligned: { text: string; sourceIndex: ArrayLike<number> }) {
  const pieces = Array.from({ length: text.length }, () => '');
  for (let i = 0; i < aligned.text.length; i += 1) {
    const source = aligned.sourceIndex[i]!;
    pieces[source] = (pieces[source] ?? '') + aligned.text.charAt(i);
  }
  return pieces;
}

describe('createTextConverter', () => {
  it('reads Taiwan Traditional, so the verb suffix 著 becomes 着', () => {
    expect(twToCn.convert('捏著鼻子')).toBe('捏着鼻子');
    // Generic Traditional (opencc "t") would have left it: the source variant matters.
    expect(OpenCC.Converter({ from: 't', to: 'cn' })('捏著鼻子')).toBe('捏著鼻子');
    // Hong Kong text keeps 著 as opencc's hk source does.
    expect(createTextConverter({ pack: t2cn, from: 'hk', to: 'cn' }).convert('捏著鼻子')).toBe(
      '捏著鼻子',
    );
  });

  it('keeps 著 where it is not the verb suffix', () => {
    expect(twToCn.convert('一位著名的作家，效果顯著')).toBe('一位著名的作家，效果显著');
  });

  it('regional vocabulary is opt-in and upgrades the Traditional side', () => {
    expect(cnToTw.convert('发布软件')).toBe('發佈軟件');
    const regional = createTextConverter({
      pack: cn2t,
      from: 'cn',
      to: 'tw',
      regionalVocabulary: true,
    });
    expect(regional.to).toBe('twp');
    expect(regional.convert('发布软件')).toBe('發布軟體');
    const back = createTextConverter({
      pack: t2cn,
      from: 'tw',
      to: 'cn',
      regionalVocabulary: true,
    });
    expect(back.from).toBe('twp');
    expect(back.convert('記憶體和軟體')).toBe('内存和软件');
    // Between two Traditional standards there is nothing regional to add.
    const twToHk = createTextConverter({
      pack: t2cn,
      from: 'tw',
      to: 'hk',
      regionalVocabulary: true,
    });
    expect([twToHk.from, twToHk.to]).toEqual(['tw', 'hk']);
  });

  it('converts between Taiwan and Hong Kong forms', () => {
    const twToHk = createTextConverter({ pack: t2cn, from: 'tw', to: 'hk' });
    const hkToTw = createTextConverter({ pack: t2cn, from: 'hk', to: 'tw' });
    expect(twToHk.convert('衛生署說明溫度')).toBe('衞生署説明温度');
    expect(hkToTw.convert('衞生署説明温度')).toBe('衛生署說明溫度');
  });

  it('rejects directions it does not offer, and packs that lack a table', () => {
    expect(() => createTextConverter({ pack: t2cn, from: 'tw', to: 'tw' })).toThrow(
      UnsupportedDirectionError,
    );
    expect(() => createTextConverter({ pack: t2cn, from: 'cn', to: 'tw' })).toThrow(
      MissingDictionaryError,
    );
  });

  it('accepts the tables split over several packs', () => {
    const converter = createTextConverter({ pack: [t2cn, cn2t], from: 'cn', to: 'hk' });
    expect(converter.convert('头发')).toBe('頭髮');
  });
});

describe('addresses in text', () => {
  const cnToHk = createTextConverter({ pack: cn2t, from: 'cn', to: 'hk' });

  it('writes web addresses, e-mail hosts and Windows paths that hold Han as they are', () => {
    const cases: [string, string][] = [
      [
        '详见https://zh.wikipedia.org/wiki/中国 发展',
        '詳見https://zh.wikipedia.org/wiki/中国 發展',
      ],
      [
        '搜索 https://www.163.com/search?keyword=发展。',
        '搜索 https://www.163.com/search?keyword=发展。',
      ],
      ['来源：baike.baidu.com/item/发展，后来', '來源：baike.baidu.com/item/发展，後來'],
      ['网址http://新华网.中国，请访问', '網址http://新华网.中国，請訪問'],
      ['详见x.ai/发展，以及Baidu.COM/资料', '詳見x.ai/发展，以及Baidu.COM/资料'],
      ['邮件 info@新华网.中国 联系', '郵件 info@新华网.中国 聯繫'],
      ['文件在C:\\用户\\文档\\发展报告.docx里面', '文件在C:\\用户\\文档\\发展报告.docx裡面'],
    ];
    for (const [input, expected] of cases) {
      expect(cnToTw.convert(input), input).toBe(expected);
      // Without the rule, the address itself would change.
      expect(openccCnToTw(input), input).not.toBe(expected);
    }
    expect(cnToHk.convert('见https://zh.wikipedia.org/wiki/发展')).toBe(
      '見https://zh.wikipedia.org/wiki/发展',
    );
    expect(twToCn.convert('見https://zh.wikipedia.org/wiki/臺灣 一文')).toBe(
      '见https://zh.wikipedia.org/wiki/臺灣 一文',
    );
  });

  it('ends an address where Chinese follows a part that is not Han', () => {
    expect(cnToTw.convert('访问www.163.com网易新闻')).toBe('訪問www.163.com網易新聞');
    expect(cnToTw.convert('https://www.163.com/dy/article/X.html发布')).toBe(
      'https://www.163.com/dy/article/X.html發佈',
    );
    expect(addressSpans('访问www.163.com网易')).toEqual([]);
  });

  it('leaves text that only looks like one: times, ratios, mentions, slashes', () => {
    for (const text of [
      '时间10:30发展',
      '比例1:2发展',
      '@所有人 发展',
      '张伟@中国邮政',
      '芯片/晶片',
      '元/吨',
      // Names with dots are not hosts, and an e-mail's host has a dot right after it.
      '熟悉Vue.js/Node.js/前端工程化',
      'M.Sc/硕士学位',
      'Love.Me/爱我，Dr.In/张医生',
      'BLACKPINK@上海梅赛德斯奔驰文化中心，评分9.5',
    ]) {
      expect(addressSpans(text), text).toEqual([]);
      expect(cnToTw.convert(text), text).toBe(openccCnToTw(text));
    }
  });

  it('ends an address at the end of a text node that Han follows', () => {
    const text = '见https://a.cn/发展这说明';
    // As one string, the Han after the path is taken to be part of it.
    expect(addressSpans(text)).toEqual([{ start: 1, end: text.length }]);
    // Joined from three nodes (见 | https://a.cn/发展 | 这说明), it ends with its node.
    const ends = [1, 16, text.length];
    expect(addressSpans(text, ends)).toEqual([{ start: 1, end: 16 }]);
    expect(cnToTw.convertAligned(text, ends).text).toBe('見https://a.cn/发展這說明');
  });

  it('keeps the alignment: an address maps onto itself', () => {
    const text = '见https://a.cn/发展了';
    const aligned = cnToTw.convertAligned(text);
    expect(aligned.text).toBe('見https://a.cn/发展了');
    expect(Array.from(aligned.sourceIndex)).toEqual([...text].map((_, i) => i));
  });
});

describe('alignment', () => {
  it('maps unchanged and one-to-one text onto itself', () => {
    const aligned = twToCn.convertAligned('他的頭髮很長 OK');
    expect(aligned.text).toBe('他的头发很长 OK');
    expect(Array.from(aligned.sourceIndex)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('spreads a shorter replacement over the start of its source span', () => {
    const regional = createTextConverter({ pack: t2cn, from: 'twp', to: 'cn' });
    const text = '買記憶體了';
    const aligned = regional.convertAligned(text);
    expect(aligned.text).toBe('买内存了');
    // 内 ← 記, 存 ← 憶, nothing from 體: no character is lost or duplicated.
    expect(piecesBySource(text, aligned)).toEqual(['买', '内', '存', '', '了']);
  });

  it('gives the extra characters of a longer replacement to the last source character', () => {
    const regional = createTextConverter({ pack: cn2t, from: 'cn', to: 'twp' });
    const text = '买内存';
    const aligned = regional.convertAligned(text);
    expect(aligned.text).toBe('買記憶體');
    expect(piecesBySource(text, aligned)).toEqual(['買', '記', '憶體']);
  });

  it('keeps surrogate pairs on one source position', () => {
    // U+2F804 is a compatibility ideograph that normalizes to a BMP character.
    const text = 'a\u{2F804}\u{20000}發';
    const opencc = OpenCC.Converter({ from: 'tw', to: 'cn' });
    const aligned = twToCn.convertAligned(text);
    expect(aligned.text).toBe(opencc(text));
    const pieces = piecesBySource(text, aligned);
    // A replaced astral character's output lands whole on its first code unit; an unchanged
    // one maps unit to unit onto itself. Either way it stays within its own source pair.
    expect(pieces[1]).toBe(opencc('\u{2F804}'));
    expect(pieces[1]!.length).toBe(1);
    expect(pieces[2]).toBe('');
    expect(pieces[3]! + pieces[4]!).toBe('\u{20000}');
    expect(pieces[5]).toBe('发');
  });

  it('the map is monotone and covers every output code unit', () => {
    const text = '他說：「這個程式的記憶體不夠，要買新的。」演算法';
    for (const converter of [twToCn, createTextConverter({ pack: t2cn, from: 'twp', to: 'cn' })]) {
      const aligned = converter.convertAligned(text);
      expect(aligned.sourceIndex.length).toBe(aligned.text.length);
      const sorted = Array.from(aligned.sourceIndex).sort((a, b) => a - b);
      expect(Array.from(aligned.sourceIndex)).toEqual(sorted);
    }
  });
});

describe('mayConvert', () => {
  it('every key of every opencc table would be noticed', () => {
    const tables = [...Object.values(cn2t.tables), ...Object.values(t2cn.tables)];
    const missed = tables
      .flatMap((table) => dictionaryEntries(table!))
      .filter(([key]) => !mayConvert(key));
    expect(missed).toEqual([]);
  });

  it('skips text with nothing to convert', () => {
    expect(mayConvert('Hello, world! 123 ——「」')).toBe(false);
    expect(mayConvert('Hello 世界')).toBe(true);
  });
});
