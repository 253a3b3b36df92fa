import { describe, expect, it } from 'vitest';
import { repairMirrorText } from '../../../utils/repair/mirror-text.ts';
import { ARTICLES, paragraphs, parseHtml, readShared, titles } from '../netease/fixtures.ts';

// The three shared articles: each corrupted paragraph must come back as the
// expected repair, except the one spot in article a where the mirror's
// decoder dropped two bytes (NOTES.md, G1), which must come back marked lost.

/** README "Counts" and "What a reader sees": annotations, garbled runs, lossy runs. */
const README_COUNTS = {
  a: { annotations: 126, runs: 1, lost: 1 },
  b: { annotations: 125, runs: 2, lost: 0 },
  c: { annotations: 137, runs: 2, lost: 0 },
};

describe('repairMirrorText on the shared articles', () => {
  for (const article of ARTICLES) {
    describe(`article ${article}`, () => {
      const corrupted = paragraphs(readShared(`${article}.corrupted.txt`));
      const expected = paragraphs(readShared(`${article}.expected_repair.traditional.txt`));

      it('has paragraph-aligned fixture files', () => {
        expect(corrupted).toHaveLength(expected.length);
      });

      corrupted.forEach((paragraph, index) => {
        const lossy = article === 'a' && index === 1;
        it(`restores paragraph ${index + 1}${lossy ? ' (lossy: two dropped bytes)' : ''}`, () => {
          const result = repairMirrorText(paragraph);
          const want = expected[index] ?? '';
          if (!lossy) {
            expect(result.text).toBe(want);
            expect(result.pieces.every((piece) => piece.kind === 'text')).toBe(true);
            return;
          }
          // NOTES.md G1: `…很低，因此對…`; the dropped pair AC D2 takes the
          // comma's trail byte and the second 因's lead byte with it.
          const [before, gap, after, ...rest] = result.pieces;
          expect(rest).toEqual([]);
          expect(before?.kind).toBe('text');
          expect(gap?.kind).toBe('lost');
          expect(after?.kind).toBe('text');
          const head = before?.kind === 'text' ? before.text : '';
          const tail = after?.kind === 'text' ? after.text : '';
          expect(want.startsWith(head)).toBe(true);
          expect(want.endsWith(tail)).toBe(true);
          expect(want.slice(head.length, want.length - tail.length)).toBe(',因');
          expect(gap).toMatchObject({ kind: 'lost', byteCount: 2, charCount: 2 });
          // Never junk in place of the lost characters: no ｒ, no r.
          expect(result.text).toContain('正是因為良品率很低\ufffd此對晶圓');
        });
      });

      it('removes exactly the annotations the README counts, and repairs every run', () => {
        const totals = { annotations: 0, runs: 0, lost: 0 };
        for (const paragraph of corrupted) {
          const result = repairMirrorText(paragraph);
          totals.annotations += result.annotationsRemoved;
          totals.runs += result.runsRepaired;
          totals.lost += result.spansLost;
        }
        expect(totals).toEqual(README_COUNTS[article]);
      });
    });
  }
});

describe('repairMirrorText on titles (titles.tsv)', () => {
  for (const row of titles()) {
    it(`repairs the title of article ${row.article}`, () => {
      expect(repairMirrorText(row.corrupted).text).toBe(row.expectedRepair);
    });
  }
});

describe('repairMirrorText on the NetEase Hao notice', () => {
  // README, "Disclaimer lines": the ideal repair of the corrupted notice. The
  // 并 is really there (the mirror's own converter left it), and `內(nèi))為`
  // has a real closing parenthesis right after the annotation.
  const REPAIRED =
    '特別聲明:以上內容(如有圖片或視頻亦包括在內)為自媒體平臺“網易號”用戶上傳并發布,本平臺僅提供信息存儲服務。';
  const ENGLISH =
    'Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user of NetEase Hao, which is a social media platform and only provides information storage services.';

  for (const article of ARTICLES) {
    it(`repairs both notice lines of ${article}.mirror.html`, () => {
      const page = parseHtml(readShared(`${article}.mirror.html`));
      const lines = [...page.querySelectorAll('div.entry-content > p')].slice(-2);
      expect(lines).toHaveLength(2);
      expect(repairMirrorText(lines[0]?.textContent ?? '').text).toBe(REPAIRED);
      expect(repairMirrorText(lines[1]?.textContent ?? '').text).toBe(ENGLISH);
    });
  }
});
