import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';

/** The shared NetEase fixtures, present next to the project in development and in CI. */
export const SHARED_FIXTURES = resolve(process.cwd(), '../shared/fixtures/netease');

export function readSharedFixtures(suffix: string): string[] {
  return readdirSync(SHARED_FIXTURES)
    .filter((name) => name.endsWith(suffix))
    .sort()
    .map((name) => readFileSync(resolve(SHARED_FIXTURES, name), 'utf8'));
}

/** Small deterministic generator (mulberry32) so generated corpora are the same every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function dictionaryEntries(table: string): Array<[string, string]> {
  return table.split('|').map((line) => {
    const [key = '', value = ''] = line.split(' ');
    return [key, value];
  });
}

const SEPARATORS = ['', '', '', '，', '。', ' ', '、', 'A', '1', '（', '」'];

/**
 * Phrases drawn deterministically from `pool` and joined into lines, often with no separator
 * at all so that neighbouring phrases form new matches across their boundary.
 */
export function phraseCorpus(pool: readonly string[], count: number, seed: number): string {
  const random = seededRandom(seed);
  const lines: string[] = [];
  let line = '';
  for (let n = 0; n < count; n += 1) {
    const phrase = pool[Math.floor(random() * pool.length)] ?? '';
    line += phrase + (SEPARATORS[Math.floor(random() * SEPARATORS.length)] ?? '');
    if (n % 24 === 23) {
      lines.push(line);
      line = '';
    }
  }
  lines.push(line);
  return lines.join('\n');
}

/**
 * Strings where a key of `left` and a key of `right` overlap (the end of one is the start of
 * the other). Such strings only convert like opencc-js if segmentation and stage order are
 * reproduced exactly: the segmenter claims the left phrase, and a later stage must not match
 * across it.
 */
export function overlapCorpus(
  left: readonly string[],
  right: readonly string[],
  limit: number,
): string {
  const byFirst = new Map<string, string[]>();
  for (const key of right) {
    if (key.length < 2) continue;
    const first = key[0]!;
    const list = byFirst.get(first) ?? [];
    list.push(key);
    byFirst.set(first, list);
  }
  const out: string[] = [];
  for (const key of left) {
    for (let p = 1; p < key.length && out.length < limit; p += 1) {
      const suffix = key.slice(p);
      for (const candidate of byFirst.get(suffix[0]!) ?? []) {
        if (candidate.length > suffix.length && candidate.startsWith(suffix)) {
          out.push(key + candidate.slice(suffix.length));
          if (out.length >= limit) break;
        }
      }
    }
  }
  return out.join('，');
}
