import { describe, expect, it } from 'vitest';
import { createGbkCodec, getGbkCodec } from '../../../utils/repair/gbk.ts';
import { readShared } from '../netease/fixtures.ts';

const codec = getGbkCodec();

describe('GBK codec built from TextDecoder', () => {
  it('is available in this runtime', () => {
    expect(codec).not.toBeNull();
  });

  it('encodes the 83 annotated characters to the bytes annotator_list.tsv gives', () => {
    const rows = readShared('annotator_list.tsv').trim().split('\n').slice(1);
    expect(rows).toHaveLength(83);
    for (const row of rows) {
      const [, char = '', , hex = ''] = row.split('\t');
      expect(codec?.encode(char)?.toString(16).toUpperCase()).toBe(hex);
      expect(codec?.decode(parseInt(hex, 16))).toBe(char);
    }
  });

  it('decodes the byte pairs the README works through', () => {
    const pairs: [number, string][] = [
      [0xd2f2, '因'],
      [0x9ee9, '為'],
      [0xf29e, '驗'],
      [0xeb41, '階'],
      [0xe95f, '開'],
      [0xe943, '镃'],
      [0xe9e9, '殚'],
      [0xa3ac, '，'],
      [0xa3f2, 'ｒ'],
    ];
    for (const [code, char] of pairs) expect(codec?.decode(code)).toBe(char);
  });

  it('treats user-defined codes as undecodable, including the cells GB18030-2022 reassigned', () => {
    for (const code of [0xaaa1, 0xafd2, 0xacd2, 0xf8a1, 0xfefe, 0xa140, 0xa7a0, 0xa6d9, 0xfe59]) {
      expect(codec?.decode(code)).toBeUndefined();
    }
  });

  it('rejects pairs outside the two-byte code space', () => {
    for (const code of [0x8028, 0x81ff, 0xff40, 0x817f, 0x8130]) {
      expect(codec?.decode(code)).toBeUndefined();
    }
  });

  it('knows which codes NFKC folds into what the page shows', () => {
    expect(codec?.codesShownAs(',')).toContain(0xa3ac);
    expect(codec?.codesShownAs('r')).toEqual([0xa3f2]);
    expect(codec?.codesShownAs('14.')).toContain(0xa2be);
    expect(codec?.codesShownAs('國')).toEqual([0x87f8]);
    expect(codec?.longestShownForm).toBeGreaterThanOrEqual(4);
  });

  it('falls back to slot-by-slot decoding when a decoder does not give one unit per pair', () => {
    const platform = new TextDecoder('gbk');
    // A decoder that appends junk to a whole-buffer decode, as a broken one might.
    const odd = createGbkCodec((bytes) =>
      bytes.length > 2 ? `${platform.decode(bytes)}!` : platform.decode(bytes),
    );
    expect(odd.decode(0xd2f2)).toBe('因');
    expect(odd.encode('國')).toBe(0x87f8);
  });
});
