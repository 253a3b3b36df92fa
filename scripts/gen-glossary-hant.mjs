#!/usr/bin/env node
// Fills in the Traditional-character text of the built-in glossary pack.
//
//   node scripts/gen-glossary-hant.mjs          # fill and rewrite the pack files
//   node scripts/gen-glossary-hant.mjs --check  # change nothing; fail if anything is missing
//   node scripts/gen-glossary-hant.mjs --review # also list every generated text for reading
//
// Entries in utils/glossary/pack/data/*.json are written in Simplified Chinese
// and English. For every field that is missing, this script writes the opencc-js
// `cn → tw` conversion (character-level, Taiwan character standard, no
// vocabulary changes):
//   - `hant` from `hans`;
//   - `definition.hant` and `note.hant` from their `hans`;
//   - the Traditional spelling of each Chinese alias, as one more alias;
//   - `hk` from `hans` with `cn → hk`, when Hong Kong characters differ from
//     `hant` and `tw` (裏 for 裡), so pages converted for Hong Kong match too;
//     not for `protect: true` entries, whose forms are spelled by hand.
// Fields already present are never overwritten: a hand-corrected text stays.
// The output is meant to be read by a person before it is committed; opencc
// makes phrase mistakes (米制 in 7纳米制程, 个中 across word boundaries).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import * as prettier from 'prettier';

const root = new URL('..', import.meta.url).pathname;
const dataDir = join(root, 'utils/glossary/pack/data');
const check = process.argv.includes('--check');
const review = process.argv.includes('--review');

const toTw = OpenCC.Converter({ from: 'cn', to: 'tw' });
const toHk = OpenCC.Converter({ from: 'cn', to: 'hk' });
const hasHan = (text) => /\p{Script=Han}/u.test(text);

const KEY_ORDER = [
  'id',
  'hans',
  'hant',
  'tw',
  'hk',
  'en',
  'aliases',
  'category',
  'definition',
  'note',
  'link',
  'asOf',
  'caseSensitive',
  'protect',
];

function ordered(entry) {
  const out = {};
  for (const key of KEY_ORDER) if (entry[key] !== undefined) out[key] = entry[key];
  for (const key of Object.keys(entry)) if (!(key in out)) out[key] = entry[key];
  return out;
}

const prettierOptions = {
  ...(await prettier.resolveConfig(join(dataDir, 'x.json'))),
  parser: 'json',
};

let filled = 0;
for (const file of readdirSync(dataDir)
  .filter((name) => name.endsWith('.json'))
  .sort()) {
  const path = join(dataDir, file);
  const entries = JSON.parse(readFileSync(path, 'utf8'));
  const generated = [];
  const fill = (entry, what, value) => {
    filled++;
    generated.push(`${entry.id} ${what}: ${value}`);
  };
  for (const entry of entries) {
    if (entry.hant === undefined) {
      entry.hant = toTw(entry.hans);
      fill(entry, 'hant', entry.hant);
    }
    for (const group of ['definition', 'note']) {
      const text = entry[group];
      if (text !== undefined && text.hant === undefined && text.hans !== undefined) {
        text.hant = toTw(text.hans);
        fill(entry, `${group}.hant`, text.hant);
        entry[group] = { en: text.en, hans: text.hans, hant: text.hant };
      }
    }
    const forms = () =>
      new Set([entry.hans, entry.hant, entry.tw, entry.hk, entry.en, ...(entry.aliases ?? [])]);
    if (entry.aliases !== undefined) {
      const aliases = [];
      for (const alias of entry.aliases) {
        aliases.push(alias);
        if (!hasHan(alias)) continue;
        const traditional = toTw(alias);
        if (!forms().has(traditional) && !aliases.includes(traditional)) {
          aliases.push(traditional);
          fill(entry, 'alias', traditional);
        }
      }
      entry.aliases = aliases;
    }
    // Protected names were spelled by hand; a converted guess would be wrong.
    if (entry.hk === undefined && entry.protect !== true) {
      const hk = toHk(entry.hans);
      if (hk !== entry.hant && hk !== entry.tw) {
        entry.hk = hk;
        fill(entry, 'hk', hk);
      }
    }
  }
  if (review || (!check && generated.length > 0)) {
    for (const line of generated) console.log(`${file}: ${line}`);
  }
  if (!check && generated.length > 0) {
    const text = await prettier.format(
      JSON.stringify(entries.map(ordered), null, 2),
      prettierOptions,
    );
    writeFileSync(path, text);
  }
}

if (check && filled > 0) {
  console.error(`gen-glossary-hant: ${filled} Traditional fields are missing; run the script.`);
  process.exit(1);
}
console.error(`gen-glossary-hant: ${check ? 'checked' : 'filled'} (${filled} fields generated).`);
