/**
 * String converter micro-benchmarks: the extension's converter (plain and aligned, which also
 * maps every output code unit to its source) against opencc-js `Converter` on the same text.
 *
 *   npm run bench:micro
 *
 * The text is the shared fixture articles repeated to about 300,000 code units (the text of a
 * 1 MB page), in Traditional for T→S and Simplified for S→T. Building the converters (the
 * tables) is measured too: opencc-js builds a trie of Maps, the extension a trie in typed arrays.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as OpenCC from 'opencc-js';
import { test } from 'vitest';
import type { DictionaryPack } from '../../utils/convert/dictionaries.ts';
import cn2t from '../../utils/convert/packs/cn2t.ts';
import t2cn from '../../utils/convert/packs/t2cn.ts';
import { createTextConverter } from '../../utils/convert/text-converter.ts';

const fixtures = resolve(process.cwd(), '../shared/fixtures/netease');

function pageText(kind: 'traditional' | 'simplified'): string {
  const articles = ['a', 'b', 'c']
    .map((name) => readFileSync(resolve(fixtures, `${name}.${kind}.txt`), 'utf8'))
    .join('\n');
  let text = articles;
  while (text.length < 300_000) text += `\n${articles}`;
  return text.slice(0, 300_000);
}

/** Copies the pack so that each build starts without the converter's shared table cache. */
function freshPack(pack: DictionaryPack): DictionaryPack {
  return { name: pack.name, tables: { ...pack.tables } };
}

let sink = 0;

const directions = [
  { label: 'T→S', from: 'tw', to: 'cn', pack: t2cn, text: pageText('traditional') },
  { label: 'S→T', from: 'cn', to: 'tw', pack: cn2t, text: pageText('simplified') },
] as const;

for (const { label, from, to, pack, text } of directions) {
  const ours = createTextConverter({ pack, from, to });
  const opencc = OpenCC.Converter({ from, to });

  test(`${label}: convert 300,000 code units`, async ({ bench }) => {
    await bench.compare(
      bench('opencc-js Converter', () => {
        sink += opencc(text).length;
      }),
      bench('createTextConverter: convert', () => {
        sink += ours.convert(text).length;
      }),
      bench('createTextConverter: convertAligned', () => {
        sink += ours.convertAligned(text).sourceIndex.length;
      }),
    );
  });

  test(`${label}: build the converter`, async ({ bench }) => {
    await bench.compare(
      bench('opencc-js Converter', () => {
        sink += OpenCC.Converter({ from, to })('测').length;
      }),
      bench('createTextConverter', () => {
        sink += createTextConverter({ pack: freshPack(pack), from, to }).convert('测').length;
      }),
    );
  });
}

// Keeps the work observable so it is not optimised away.
export { sink };
