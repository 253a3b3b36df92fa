import { describe, expect, it } from 'vitest';
import { PhraseTable, unmatchedLength } from '../../../utils/convert/phrase-table.ts';
import cn2t from '../../../utils/convert/packs/cn2t.ts';
import { createTextConverter } from '../../../utils/convert/text-converter.ts';
import { seededRandom } from './corpus.ts';

describe('PhraseTable', () => {
  it('finds the longest key at a position, within the end given', () => {
    const table = PhraseTable.fromDictionaries(['头 頭|头发 頭髮|头发丝 頭髮絲|发 發']);
    expect(table.match('头发丝儿', 0, 4)).toEqual({ length: 3, value: '頭髮絲' });
    expect(table.match('头发丝儿', 0, 2)).toEqual({ length: 2, value: '頭髮' });
    expect(table.match('头发丝儿', 0, 1)).toEqual({ length: 1, value: '頭' });
    expect(table.match('头发丝儿', 1, 4)).toEqual({ length: 1, value: '發' });
    expect(table.match('头发丝儿', 3, 4)).toBeNull();
    expect(table.match('头发丝儿', 2, 2)).toBeNull();
  });

  it('falls back to the longest key that ends, not the longest path walked', () => {
    // 发展中 is a path in the trie (发展中国家) but not a key.
    const table = PhraseTable.fromDictionaries(['发展 發展|发展中国家 發展中國家']);
    expect(table.match('发展中国', 0, 4)).toEqual({ length: 2, value: '發展' });
  });

  it('keeps the first listing of a key, across dictionaries and across adds', () => {
    const table = PhraseTable.fromDictionaries(['干 乾|干 幹', '干 榦']);
    expect(table.match('干', 0, 1)?.value).toBe('乾');
    table.add('干', '幹');
    expect(table.match('干', 0, 1)?.value).toBe('乾');
    expect(table.size).toBe(1);
  });

  it('restricted to its first dictionaries, matches only the keys they list', () => {
    const table = PhraseTable.fromDictionaries([
      '头发 頭髮|发展 發展',
      '头 頭|发 發|展 展|头发丝 頭髮絲',
    ]);
    const phrases = table.restrictedTo(1);
    expect(phrases.match('头发丝', 0, 3)).toEqual({ length: 2, value: '頭髮' });
    expect(phrases.match('头', 0, 1)).toBeNull();
    expect(phrases.match('发展', 0, 2)).toEqual({ length: 2, value: '發展' });
    // The whole table still sees every key.
    expect(table.match('头发丝', 0, 3)).toEqual({ length: 3, value: '頭髮絲' });
    expect(table.match('头', 0, 1)).toEqual({ length: 1, value: '頭' });
  });

  it('counts a key listed by a later dictionary too as listed by the first', () => {
    const table = PhraseTable.fromDictionaries(['发 髮', '发 發|干 乾']);
    expect(table.restrictedTo(1).match('发', 0, 1)).toEqual({ length: 1, value: '髮' });
    expect(table.restrictedTo(1).match('干', 0, 1)).toBeNull();
  });

  it('matches keys outside the BMP whole', () => {
    const table = PhraseTable.fromDictionaries(['𠀾 𠁾|𠀾台 𠁾臺']);
    expect(table.match('𠀾台风', 0, 4)).toEqual({ length: 3, value: '𠁾臺' });
    expect(table.match('𠀾台风', 0, 2)).toEqual({ length: 2, value: '𠁾' });
  });

  it('grows from an empty table to many keys and finds every one', () => {
    const random = seededRandom(7);
    const entries = new Map<string, string>();
    while (entries.size < 5000) {
      let key = '';
      const length = 1 + Math.floor(random() * 6);
      for (let i = 0; i < length; i++)
        key += String.fromCharCode(0x4e00 + Math.floor(random() * 400));
      if (!entries.has(key)) entries.set(key, `v${entries.size}`);
    }
    const table = new PhraseTable();
    for (const [key, value] of entries) table.add(key, value);
    expect(table.size).toBe(entries.size);
    for (const [key, value] of entries) {
      expect(table.match(key, 0, key.length)).toEqual({ length: key.length, value });
    }
  });

  it('refuses malformed entries and keys it cannot hold', () => {
    expect(() => PhraseTable.fromDictionaries(['头 頭|发'])).toThrow(TypeError);
    expect(() => PhraseTable.fromDictionaries([' 頭'])).toThrow(TypeError);
    expect(() => new PhraseTable().add('', 'x')).toThrow(RangeError);
    expect(() => new PhraseTable().add('长'.repeat(32), 'x')).toThrow(RangeError);
  });
});

describe('unmatchedLength', () => {
  it('steps over a code point, or a whole ideographic description sequence', () => {
    expect(unmatchedLength('头', 0)).toBe(1);
    expect(unmatchedLength('𠀾', 0)).toBe(2);
    expect(unmatchedLength('⿰氵青发', 0)).toBe(3);
  });

  it('gives what the plain recursion gives, on every run of description characters up to 8', () => {
    // opencc-js's recursion, as written there: exponential in a run cut off by the text's end.
    const arity = (c: string) => ('⿰⿱'.includes(c) ? 2 : '⿲⿳'.includes(c) ? 3 : 0);
    const plainEnd = (text: string, index: number): number => {
      const n = arity(text[index] ?? '');
      if (n === 0) return 0;
      let end = index + 1;
      for (let operand = 0; operand < n; operand += 1) {
        if (end >= text.length) return 0;
        end = plainEnd(text, end) || end + 1;
      }
      return end;
    };
    const units = ['⿰', '⿲', '木'];
    let texts = [''];
    for (let length = 1; length <= 8; length += 1) {
      texts = texts.flatMap((text) => units.map((unit) => text + unit));
      for (const text of texts) {
        for (let i = 0; i < text.length; i += 1) {
          const plain = plainEnd(text, i);
          expect(unmatchedLength(text, i), `${text} at ${i}`).toBe(plain > i ? plain - i : 1);
        }
      }
    }
  });

  it('converts a long run of description characters cut off by the end of the text', () => {
    // The plain recursion takes seconds for 40 and doubles about every two more; past 32 levels
    // the run counts as one unit, which no dictionary key can match into either way.
    const text = `汉字结构符：${'⿲'.repeat(400)}`;
    expect(createTextConverter({ pack: cn2t, from: 'cn', to: 'tw' }).convert(text)).toBe(
      `漢字結構符：${'⿲'.repeat(400)}`,
    );
  });
});
