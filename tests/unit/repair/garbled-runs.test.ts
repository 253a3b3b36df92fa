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
    // 攢 (94 80) instead would show a wrong character and take the word's first letter. The
    // `)` that closes nothing visible says the ASCII byte was a `(`, which comes back.
    for (const [original, want] of [
      ['大於1的素數(prime)只有兩個因數。', '大於1的素\ufffd(prime)只有兩個因數。'],
      ['素數 RSA 算法', '素\ufffdRSA 算法'],
    ] as const) {
      const shown = corrupt(original, { lost: true });
      const result = repairMirrorText(shown);
      expect(result.text).toBe(want);
      expect(result.spansLost).toBe(1);
    }
  });

  it('a clean run followed by a lossy one: the intact text between them stays', () => {
    // 橋學 starts a run (驅) that ends on 學's trail byte `W` (E2); 變 is intact; 變人 starts a
    // second run (內) that loses 中 and the `1` to a bare `?`. Read as text, the second run's
    // `?` cost nothing, so the first run read `W` as a folded Ｗ and 變 as garbled to end on the
    // second run's marker (E1), giving 橋專鬃內酥?0.
    const shown = corrupt('劍橋學變人中10', { lost: true });
    expect(shown).toBe('劍橋?qū)W變?nèi)酥?0');
    const result = repairMirrorText(shown);
    expect(result.text).toBe('劍橋學變人\ufffd0');
    expect(result.runsRepaired).toBe(2);
    expect(result.spansLost).toBe(1);
  });

  it('a `(` swallowed by a bare `?` comes back when a `)` closes nothing visible', () => {
    // 率 C2 CA: the run pairs its trail byte CA with the `(`, an invalid pair, so `?` stands
    // for 率's trail byte and the `(`. The character stays lost; the parenthesis does not.
    const shown = corrupt('是因為良品率(2025)年', { lost: true });
    expect(shown).toBe('是因?yàn)榱计仿?2025)年');
    const result = repairMirrorText(shown);
    expect(result.pieces).toEqual([
      { kind: 'text', text: '是因為良品' },
      { kind: 'lost', byteCount: 1, charCount: 1, originalGarble: '?' },
      { kind: 'text', text: '(2025)年' },
    ]);
  });

  it('the `(` is not guessed when the `)` may close something else', () => {
    for (const [original, want] of [
      // A `(` before the run is still open: the lost byte may be anything.
      ['(注:因為良率(2025)', '(注:因為良\ufffd2025)'],
      // Or one a sentence before: a parenthesis may hold several sentences.
      ['(據統計。是因為良品率2025)', '(據統計。是因為良品\ufffd025)'],
      // （ is A3 A8: its trail byte and the first digit went to the `?`, which `，(2025)`
      // would show the same way; the lost character may be the parenthesis itself.
      ['是因為良品率（2025）年', '是因為良品率\ufffd025)年'],
      // Nothing closes: a space, a digit, punctuation.
      ['是因為良品率 2025年', '是因為良品\ufffd2025年'],
    ] as const) {
      expect(repairMirrorText(corrupt(original, { lost: true })).text).toBe(want);
    }
  });

  it("an empty `()` is not made up from a `?)` (a list's `1)`, a `:)`)", () => {
    // The bare `?` took 率's trail byte and the `1` or `:`; the `)` right after it closes
    // nothing visible, but a `(` there would have been an empty pair of parentheses.
    for (const [original, want] of [
      ['是因為良品率1)產能2)價格', '是因為良品\ufffd)產能2)價格'],
      ['是因為良品率:)好', '是因為良品\ufffd)好'],
    ] as const) {
      const shown = corrupt(original, { lost: true });
      expect(shown).toContain('?)');
      expect(repairMirrorText(shown).text).toBe(want);
    }
  });

  it('question marks of the article after a run stay question marks', () => {
    // NFKC shows the article's ？ as `?`. A `?` left as text is priced as a loss, but
    // `??` after a run's bare `?` were read as folded ？ pairs (浚 BF A3 and so on) to
    // avoid that price: 月爭或寫多??? came out 月爭或寫叮浚�.
    for (const [original, want] of [
      ['月爭或寫多???', '月爭或寫\ufffd??'],
      ['了向層???藝里腦廠商來說，', '了向\ufffd??藝里腦廠商來說,'],
      ['是因為良品率很低???', '是因為良品率很\ufffd??'],
      // One `?` after a Latin word or a number is the article's too: priced as a loss, the run
      // read 200 as folded full-width digits to get past it (夠將H200? came out 夠專玻埃�).
      ['夠將H200?', '夠\ufffd200?'],
    ] as const) {
      expect(repairMirrorText(corrupt(original, { lost: true })).text).toBe(want);
    }
  });

  it('a bare `?` before a character with an ASCII trail byte invents no letter', () => {
    // 回 BB D8 + 數 94 B5: D8 94 is 財; (B5, `2`) is an invalid pair, so `?` stands for 數's
    // trail byte and the digit. Read as 攢 (94 80) instead, the next character's lead byte is
    // unknown and 萬 (C8 66) became a garbled pair ending on an `f` the page never showed.
    for (const [original, want] of [
      ['回數2萬輛', '回\ufffd萬輛'],
      ['新爾.雙方', '新\ufffd雙方'],
    ] as const) {
      const result = repairMirrorText(corrupt(original, { lost: true }));
      expect(result.text).toBe(want);
      expect(result.spansLost).toBe(1);
    }
  });

  it('a run cut by the end of the text marks only the last character lost', () => {
    const shown = corrupt('以引起轟動,是因為', { lost: true });
    expect(shown.endsWith('?')).toBe(true);
    expect(repairMirrorText(shown).text).toBe('以引起轟動,是因\ufffd');
  });

  it('a run does not read on through intact text to the end of the block', () => {
    // 將 8C A2 + R: (A2, `R`) is user-defined, so the decoder dropped 將's trail byte and the
    // R, and `1模品的` is in phase. A run that reaches the end of the text ends on a `?` (the
    // lone trail byte); there is none here, so the run ends at the drop.
    const shown = corrupt('球將R1模品的', { lost: true });
    expect(shown).toBe('球?qū)1模品的');
    expect(repairMirrorText(shown).text).toBe('球\ufffd1模品的');
  });

  it('a run that reaches the end on 。 keeps the character before it', () => {
    // 息 CF A2 + 。 A1 A3: the run shows (A2, A1) ⅰ folded to `i`, then `?` for 。's trail
    // byte at the very end. Read as a folded ｉ (A3 E9) instead, 息 came back as 希.
    const shown = corrupt('是因為不急於降息。', { lost: true });
    expect(shown.endsWith('迪i?')).toBe(true);
    expect(repairMirrorText(shown).text).toBe('是因為不急於降息\ufffd');
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
