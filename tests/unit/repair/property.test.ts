import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MIRROR_ANNOTATED } from '../../../utils/repair/annotator.ts';
import { getGbkCodec } from '../../../utils/repair/gbk.ts';
import { repairMirrorText } from '../../../utils/repair/mirror-text.ts';
import { ARTICLES, readShared } from '../netease/fixtures.ts';
import { corruptLikeMirror, repairPattern } from './mirror-model.ts';

// README, "Testing a repair beyond these three articles": corrupt many texts
// with the forward model, repair them, and compare with NFKC(original). Texts
// are drawn from the articles' Traditional sentences, cut and recombined,
// mixed with ASCII words and numbers, and each carries at least one pair of
// characters whose bytes straddle a listed character, so every sample has a
// garbled run.

const codec = getGbkCodec();
if (!codec) throw new Error('this runtime has no GBK TextDecoder (Node needs full ICU)');

const corpus = ARTICLES.map((article) => readShared(`${article}.traditional.txt`))
  .join('')
  .replace(/\n+/g, '');
const fragments = corpus.split(/(?<=[，。：；、“”])/u).filter((part) => part.length > 1);
const asciiWords = [
  'GPU',
  'HBM3E',
  'CUDA',
  '2025',
  '7',
  'N+2',
  'AI',
  'Apache 2.0',
  'DeepSeek-V3',
  ' ',
];

/** Pairs of corpus characters whose bytes, side by side, contain a listed character. */
const straddlingPairs = (() => {
  const chars = [...new Set(corpus)].filter((c) => (codec.encode(c) ?? 0) > 0);
  const listed = new Set(MIRROR_ANNOTATED.map((entry) => entry.code));
  const pairs: string[] = [];
  for (const a of chars) {
    for (const b of chars) {
      const code = (((codec.encode(a) ?? 0) & 0xff) << 8) | ((codec.encode(b) ?? 0) >> 8);
      if (listed.has(code)) pairs.push(a + b);
    }
  }
  return pairs;
})();

/** A substring of a fragment, so that cuts fall anywhere. */
const piece = fc.tuple(fc.constantFrom(...fragments), fc.nat(), fc.nat()).map(([text, a, b]) => {
  const start = a % text.length;
  return text.slice(start, start + 1 + (b % (text.length - start)));
});

const sample = fc
  .tuple(
    fc.array(fc.oneof({ weight: 6, arbitrary: piece }, fc.constantFrom(...asciiWords)), {
      minLength: 1,
      maxLength: 8,
    }),
    fc.array(fc.constantFrom(...straddlingPairs), { minLength: 1, maxLength: 2 }),
    fc.array(fc.nat(), { minLength: 2, maxLength: 2 }),
  )
  .map(([parts, pairs, positions]) => {
    const all = [...parts];
    pairs.forEach((pair, i) => all.splice((positions[i] ?? 0) % (all.length + 1), 0, pair));
    return all.join('');
  });

describe('repair of texts corrupted by the README model', () => {
  it('has straddling pairs to work with', () => {
    expect(straddlingPairs.length).toBeGreaterThan(50);
  });

  it('gives back NFKC(original) exactly when no information was lost, and confines losses', () => {
    const counts = { exact: 0, folded: 0, foldedExact: 0, lossy: 0, confined: 0 };
    fc.assert(
      fc.property(sample, (original) => {
        const corrupted = corruptLikeMirror(codec, original);
        const repaired = repairMirrorText(corrupted.text);
        const want = original.normalize('NFKC');
        const lostBytes = corrupted.droppedPairs + corrupted.swallowedBytes > 0;
        if (!lostBytes && corrupted.folded.size === 0) {
          counts.exact++;
          expect(repaired.text).toBe(want);
          return;
        }
        // The text before the first garbled run is never touched.
        const before = [...original]
          .slice(0, corrupted.firstHit + 1)
          .join('')
          .normalize('NFKC');
        expect(repaired.text.startsWith(before)).toBe(true);
        if (!lostBytes) {
          // A garbled character that NFKC folded (Ｓ shown as `S`) is the one
          // loss of information without a lost byte: the page no longer says
          // which code it was, and another reading may win.
          counts.folded++;
          if (repaired.text === want) counts.foldedExact++;
          return;
        }
        // Usually everything but the damaged characters is exact: those come
        // back as a lost marker or, when no byte pattern can tell, as a
        // stand-in character. Rarely, a loss makes two readings of the run
        // equally plausible and the repair picks the wrong one.
        counts.lossy++;
        if (repairPattern(original, corrupted.damaged).test(repaired.text)) counts.confined++;
      }),
      {
        seed: Number(process.env.PROP_SEED ?? 20251203),
        numRuns: Number(process.env.PROP_RUNS ?? 1000),
      },
    );
    // Every kind was exercised; folds and losses rarely mislead the repair.
    expect(counts.exact).toBeGreaterThan(500);
    expect(counts.folded).toBeGreaterThan(20);
    expect(counts.lossy).toBeGreaterThan(50);
    expect(counts.foldedExact / counts.folded).toBeGreaterThan(0.9);
    expect(counts.confined / counts.lossy).toBeGreaterThan(0.9);
    console.info(`property: ${JSON.stringify(counts)}`);
  });
});
