/**
 * Glossary matcher micro-benchmarks.
 *
 *   npx vitest bench --run bench/micro/matcher.bench.ts
 *
 * Targets (not asserted anywhere): compiling 20,000 terms in at most 50 ms,
 * and matching 1 MB of article text in at most twice the time of a raw scan
 * that only reads every code unit.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'vitest';
import { compileMatcher } from '../../utils/glossary/matcher.ts';
import { BUILT_IN_TERMS } from '../../utils/glossary/pack/index.ts';
import { syntheticTerms } from '../../tests/unit/glossary/helpers.ts';

const synthetic = syntheticTerms(20_000);
const terms = [...BUILT_IN_TERMS, ...synthetic];

// About 1 MB (UTF-16 code units) of real article text, Simplified and Traditional.
const fixtures = resolve(process.cwd(), '../shared/fixtures/netease');
const articles = ['a', 'b', 'c']
  .flatMap((name) => ['simplified', 'traditional'].map((kind) => `${name}.${kind}.txt`))
  .map((file) => readFileSync(resolve(fixtures, file), 'utf8'))
  .join('\n');
let text = articles;
while (text.length < 1_000_000) text += `\n${articles}`;
text = text.slice(0, 1_000_000);

const matcher = compileMatcher(terms);
let sink = 0;

test('compile 20,000 terms', async ({ bench }) => {
  await bench.compare(
    bench('compileMatcher, 20,000 synthetic terms', () => {
      sink += compileMatcher(synthetic).formCount;
    }),
    bench('compileMatcher, built-in pack', () => {
      sink += compileMatcher(BUILT_IN_TERMS).formCount;
    }),
  );
});

test('match 1 MB of article text', async ({ bench }) => {
  await bench.compare(
    bench('raw scan (charCodeAt over every code unit)', () => {
      // Kept to 32 bits, as in the page (bench/in-page.ts, rawScanPass).
      let sum = 0;
      for (let i = 0; i < text.length; i++) sum = (sum + text.charCodeAt(i)) | 0;
      sink += sum;
    }),
    bench('scan, built-in pack + 20,000 synthetic terms', () => {
      sink += matcher.scan(text).count;
    }),
    bench('findAll, built-in pack + 20,000 synthetic terms', () => {
      sink += matcher.findAll(text).length;
    }),
  );
});

// Keeps the work observable so it is not optimised away.
export { sink };
