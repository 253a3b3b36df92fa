import { describe, expect, it } from 'vitest';
import { getGbkCodec } from '../../../utils/repair/gbk.ts';
import { repairMirrorText } from '../../../utils/repair/mirror-text.ts';
import { corruptLikeMirror } from './mirror-model.ts';

const codec = getGbkCodec();
if (!codec) throw new Error('this runtime has no GBK TextDecoder (Node needs full ICU)');

/** The garbled runs of the shared fixtures, as NOTES.md §2 lists them (original, shown). */
const FIXTURE_RUNS = [
  {
    id: 'G2 (b §1): start 驗, end E1 on 國',
    shown: '是因?yàn)橹行緡?guó)際',
    original: '是因為中芯國際',
  },
  {
    id: 'G3 (b §7): start 庫, end E2 on the trail byte of 階',
    shown: '仍處?kù)杜榔码A段',
    original: '仍處於爬坡階段',
  },
  {
    id: 'G4 (c §3): end E3, 镃 = trail of 為 + ASCII C',
    shown: '是因?yàn)镃UDA',
    original: '是因為CUDA',
  },
  {
    id: 'G5 (c §5): end E2 on 開, whose own annotation follows the `_`',
    shown: '因?yàn)殚_(kāi)發(fā)者',
    original: '因為開發者',
  },
];

describe('garbled runs of the shared fixtures', () => {
  for (const run of FIXTURE_RUNS) {
    it(`restores ${run.id} exactly`, () => {
      const result = repairMirrorText(run.shown);
      expect(result.text).toBe(run.original);
      expect(result.runsRepaired).toBe(1);
      expect(result.spansLost).toBe(0);
    });
  }

  it('marks the two characters lost in G1 (a §2) and restores the rest of the run', () => {
    const result = repairMirrorText('正是因?yàn)榱计仿屎艿停虼藢?duì)晶圓');
    expect(result.pieces).toEqual([
      { kind: 'text', text: '正是因為良品率很低' },
      { kind: 'lost', byteCount: 2, charCount: 2, originalGarble: '虼' },
      { kind: 'text', text: '此對晶圓' },
    ]);
  });

  it('finds each run inside its whole paragraph as well', () => {
    // The marker is only a run start after a character whose trail byte is
    // the listed character's lead byte; a `?` elsewhere stays as it is.
    const result = repairMirrorText('多重曝光是什麼?一張圖看懂,是因?yàn)镃UDA');
    expect(result.text).toBe('多重曝光是什麼?一張圖看懂,是因為CUDA');
  });
});

/** Corrupts `original` with the mirror model and checks what the model says about it. */
function corrupt(original: string, expectation: { lost: boolean }) {
  const report = corruptLikeMirror(codec!, original);
  expect(report.misalignedHits).toBeGreaterThan(0);
  expect(report.droppedPairs + report.swallowedBytes > 0).toBe(expectation.lost);
  return report.text;
}

describe('run endings and losses beyond the fixtures (corrupted with the README model)', () => {
  it('E4: a misaligned hit inside a run shows as the listed character with its annotation', () => {
    // The second 因為 is inside the run started by the first; in the run's
    // phase its straddling pair F2 9E reads as 驗 itself, annotated.
    const original = '是因為中芯因為中芯國際';
    const shown = corrupt(original, { lost: false });
    expect(shown.indexOf('驗(yàn)')).toBeGreaterThan(shown.indexOf('?yàn)'));
    const result = repairMirrorText(shown);
    expect(result.text).toBe(original);
    expect(result.runsRepaired).toBe(1);
  });

  it('E3 with ASCII below 0x40: the swallowed digit is marked lost, the rest restored', () => {
    const shown = corrupt('正是因為良品率很3納米', { lost: true });
    expect(shown).toContain('?納米');
    const result = repairMirrorText(shown);
    expect(result.spansLost).toBe(1);
    expect(result.text).toBe('正是因為良品率\ufffd納米');
  });

  it('a character ending in 0x80 (還) inside a run: kept, and the next one marked lost', () => {
    // 還 is DF 80, and (80, lead of 有) is an invalid pair: `?`, and 有 loses its lead byte.
    const shown = corrupt('正是因為良品率很低，因此部還有一顆負責接口', { lost: true });
    const result = repairMirrorText(shown);
    expect(result.text).toBe('正是因為良品率很低\ufffd此部還\ufffd一顆負責接口');
    expect(result.spansLost).toBe(2);
  });

  it('a bare `?` before a Latin word is a lost ASCII byte, not 0x80 eating the first letter', () => {
    // 素 CB D8 + 數 94 B5: D8 94 is 財, so the run starts inside 數; (B5, `(` or space) is an
    // invalid pair, so `?` stands for 數's trail byte and the ASCII byte. Reading the `?` as
    // 攢 (94 80) instead would show a wrong character and take the word's first letter.
    for (const [original, want] of [
      ['大於1的素數(prime)只有兩個因數。', '大於1的素\ufffdprime)只有兩個因數。'],
      ['素數 RSA 算法', '素\ufffdRSA 算法'],
    ] as const) {
      const shown = corrupt(original, { lost: true });
      const result = repairMirrorText(shown);
      expect(result.text).toBe(want);
      expect(result.spansLost).toBe(1);
    }
  });

  it('a run cut by the end of the text marks only the last character lost', () => {
    const shown = corrupt('以引起轟動,是因為', { lost: true });
    expect(shown.endsWith('?')).toBe(true);
    expect(repairMirrorText(shown).text).toBe('以引起轟動,是因\ufffd');
  });

  it('after 。 the next garbled pair is full-width and shown folded; the run reads through it', () => {
    const original = '不下,正是因為。由於荷蘭政府';
    const shown = corrupt(original, { lost: false });
    expect(repairMirrorText(shown).text).toBe(original);
  });

  it('an annotation straddling a character and an ASCII letter is removed, nothing else changes', () => {
    // 措 B4 EB + U 0x55: EB 55 is 險, so the tool wrote (xiǎn) after the U.
    const shown = corrupt('出口管制措U往', { lost: false });
    expect(shown).toBe('出口管制措U(xiǎn)往');
    expect(repairMirrorText(shown).text).toBe('出口管制措U往');
  });

  it('a run right after a run that ended on a listed character is counted as one', () => {
    // 十擴: 當 starts a run that ends on 擴 (E2, its trail byte shown as `U`). 魯跌 starts
    // another (數) that ends on 潤 (E1, `?rùn)`); 潤's trail byte and 郵's lead byte make 權, whose
    // marker follows at once. Reading on through the second run looked cheaper to the first
    // unless the third marker was priced as the run it starts.
    const original = '十擴魯跌潤郵';
    const shown = corrupt(original, { lost: false });
    expect(shown).toBe('十?dāng)U魯?shù)鴿?rùn)?quán)]');
    const result = repairMirrorText(shown);
    expect(result.text).toBe(original);
    expect(result.spansLost).toBe(0);
  });

  it('dropped pairs then a listed character: its annotation names it', () => {
    // 子，整批產品: drops take the comma's trail byte, 整, 批 and 產's lead byte,
    // and 產's trail byte (0x61) shows as `a`; but (chǎn) after it names 產.
    const shown = corrupt('正是因為掉鏈子，整批產品', { lost: true });
    expect(shown).toContain('a(chǎn)品');
    const result = repairMirrorText(shown);
    expect(result.text).toBe('正是因為掉鏈子\ufffd產品');
  });
});
