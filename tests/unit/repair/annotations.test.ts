import { describe, expect, it } from 'vitest';
import {
  countPinyinAnnotations,
  hasMirrorArtifacts,
  pinyinAnnotationSpans,
} from '../../../utils/repair/artifacts.ts';
import { repairMirrorText } from '../../../utils/repair/mirror-text.ts';
import { readShared } from '../netease/fixtures.ts';

describe('pinyin annotation removal', () => {
  it('removes an annotation that is a reading of the character before it', () => {
    expect(repairMirrorText('中國(guó)廠商').text).toBe('中國廠商');
    expect(repairMirrorText('長(zhǎng)鑫存儲(chǔ)').text).toBe('長鑫存儲');
  });

  it('keeps pinyin the article wrote itself: the tool writes one reading, after listed characters only', () => {
    // 長 is listed as zhǎng: cháng is the article's own. 中, 骨 and 好 are not listed at all.
    expect(repairMirrorText('長(cháng)期').text).toBe('長(cháng)期');
    expect(repairMirrorText('中(zhōng)間').text).toBe('中(zhōng)間');
    const lesson =
      '「骨」字有兩個讀音:骨(gǔ)頭的骨,和花骨(gū)朵的骨。這個字念好(hǎo),不念好(hào)。';
    expect(repairMirrorText(lesson).text).toBe(lesson);
  });

  it('removes the tool’s annotations from a pronunciation note and keeps the note’s own', () => {
    // As the mirror shows it: 國(guó) and 會(huì) are the tool's, 骨(gǔ) and 長(cháng) the article's.
    expect(
      repairMirrorText('中國(guó)人會(huì)把骨(gǔ)頭的骨念錯,長(cháng)短的長(zhǎng)也是').text,
    ).toBe('中國人會把骨(gǔ)頭的骨念錯,長(cháng)短的長也是');
  });

  it('keeps parenthesised pinyin that is not a reading of the character before it', () => {
    expect(repairMirrorText('國(zhōng)家').text).toBe('國(zhōng)家');
    expect(repairMirrorText('我們(guó)').text).toBe('我們(guó)');
  });

  it('keeps real parentheses: abbreviations, English, Chinese text inside', () => {
    for (const text of [
      '再用硅通孔(TSV)把各層連接起來',
      '基礎裸片(base die)',
      '混合專家(MoE)架構',
      '7納米級工藝(業內常稱N+2)製造',
    ]) {
      expect(repairMirrorText(text).text).toBe(text);
    }
  });

  it('keeps the real closing parenthesis right after an annotation (`內(nèi))為`)', () => {
    expect(repairMirrorText('(如有圖片或視頻亦包括在內(nèi))為自媒體').text).toBe(
      '(如有圖片或視頻亦包括在內)為自媒體',
    );
  });

  it('removes one annotation per character, not a second one', () => {
    expect(repairMirrorText('國(guó)(guó)').text).toBe('國(guó)');
  });

  it('needs the annotation directly after the character', () => {
    expect(repairMirrorText('國 (guó)').text).toBe('國 (guó)');
  });

  it('counts what it removed', () => {
    const result = repairMirrorText('中國(guó)市場(chǎng)的產(chǎn)能');
    expect(result.annotationsRemoved).toBe(3);
    expect(result.runsRepaired).toBe(0);
  });

  it('leaves text without annotations untouched, including `?` and parentheses', () => {
    const text = '多重曝光是什麼?一張圖看懂(上)';
    const result = repairMirrorText(text);
    expect(result.text).toBe(text);
    expect(result.pieces).toEqual([{ kind: 'text', text }]);
  });

  it('works without a GBK codec (annotations only)', () => {
    const result = repairMirrorText('因?yàn)镃UDA與國(guó)產', { codec: null });
    expect(result.text).toBe('因?yàn)镃UDA與國產');
  });
});

describe('countPinyinAnnotations', () => {
  it('counts the aligned annotations of the corrupted articles (README: 126, 125, 137)', () => {
    expect(countPinyinAnnotations(readShared('a.corrupted.txt'))).toBe(126);
    expect(countPinyinAnnotations(readShared('b.corrupted.txt'))).toBe(125);
    // One of c's 137 follows the ASCII `_` that ends G5, not its character.
    expect(countPinyinAnnotations(readShared('c.corrupted.txt'))).toBe(136);
  });

  it('does not count a Simplified pinyin primer', () => {
    expect(countPinyinAnnotations('中(zhōng)国(guó)，中(zhōng)国(guó)')).toBe(0);
  });

  it('counts only listed characters with the exact reading the tool writes', () => {
    expect(countPinyinAnnotations('中(zhōng)國(guó)')).toBe(1);
    expect(countPinyinAnnotations('長(cháng)')).toBe(0);
    expect(countPinyinAnnotations('長(zhǎng)')).toBe(1);
  });

  it('finds none in clean text', () => {
    expect(countPinyinAnnotations(readShared('a.traditional.txt'))).toBe(0);
  });
});

describe('hasMirrorArtifacts', () => {
  it('is true for corrupted text, annotations or a lone run marker', () => {
    expect(hasMirrorArtifacts(readShared('b.corrupted.txt'))).toBe(true);
    expect(hasMirrorArtifacts('網(wǎng)')).toBe(true);
    expect(hasMirrorArtifacts('是因?yàn)镃UDA')).toBe(true);
  });

  it('is false for clean text in either script and for ordinary parentheses', () => {
    expect(hasMirrorArtifacts(readShared('c.traditional.txt'))).toBe(false);
    expect(hasMirrorArtifacts(readShared('c.simplified.txt'))).toBe(false);
    expect(hasMirrorArtifacts('是什麼?(上)')).toBe(false);
    expect(hasMirrorArtifacts('拼音:中(zhōng)国(guó)')).toBe(false);
  });
});

describe('pinyinAnnotationSpans', () => {
  it('gives the parenthesised reading of each of the tool’s annotations, as the count counts them', () => {
    const text = '長(zhǎng)鑫存儲(chǔ),長(cháng)期,國（guó）';
    expect(pinyinAnnotationSpans(text).map(({ start, end }) => text.slice(start, end))).toEqual([
      '(zhǎng)',
      '(chǔ)',
    ]);
    expect(pinyinAnnotationSpans(text)[0]).toEqual({ start: 1, end: 8 });
    // On a mirror: each is a reading in parentheses after a Han character, and without them the
    // text has none left to count.
    const mirror = readShared('a.corrupted.txt');
    const spans = pinyinAnnotationSpans(mirror);
    expect(spans.length).toBeGreaterThan(10);
    for (const { start, end } of spans) {
      expect(mirror.slice(start, end)).toMatch(/^\(\p{Ll}+\)$/u);
      expect(mirror[start - 1]).toMatch(/\p{Script=Han}/u);
    }
    let bare = mirror;
    for (const { start, end } of [...spans].reverse())
      bare = bare.slice(0, start) + bare.slice(end);
    expect(countPinyinAnnotations(bare)).toBe(0);
    expect(pinyinAnnotationSpans('沒有括號')).toEqual([]);
  });
});
