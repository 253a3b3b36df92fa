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
//   - every form a term takes once the extension converts a page (Simplified
//     to Taiwan or Hong Kong, with or without regional vocabulary, and
//     Traditional to Simplified), as one more alias, so that the term is still
//     found after conversion (長江儲存, 辉达, 智慧手機); not those listed in
//     utils/glossary/pack/conversion-slips.ts, nor a form of another entry.
//     These go to utils/glossary/pack/generated/converted-forms.ts.
// Fields already present are never overwritten: a hand-corrected text stays.
// The output is meant to be read by a person before it is committed; opencc
// makes phrase mistakes (米制 in 7纳米制程, 个中 across word boundaries).
//
// The Traditional definitions and notes are written in Taiwan's wording, as the
// zh-Hant interface is (晶片, 資料, 軟體, not 芯片, 數據, 軟件), except where the text is
// about the word or names something. The generated `definition.hant` and `note.hant`
// are only a draft for that: character conversion changes no words, and the
// regional-vocabulary conversion would also change the mentions that must stay
// (芯片。臺灣稱「晶片」, 長江存儲), so the words are changed by hand. The script lists
// every mainland word of utils/glossary/pack/hant-wording.ts that a Traditional text
// uses outside an allowed mention (`<file>: <id> definition.hant: 芯片 → 晶片`),
// and `--check` fails on one, as tests/unit/glossary/pack-hant-wording.test.ts does.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import * as prettier from 'prettier';

const root = new URL('..', import.meta.url).pathname;
const dataDir = join(root, 'utils/glossary/pack/data');
const convertedPath = join(root, 'utils/glossary/pack/generated/converted-forms.ts');
const check = process.argv.includes('--check');
const review = process.argv.includes('--review');

const { createTextConverter } = await import('../utils/convert/text-converter.ts');
const { default: cn2t } = await import('../utils/convert/packs/cn2t.ts');
const { default: t2cn } = await import('../utils/convert/packs/t2cn.ts');
const { CONVERSION_SLIPS } = await import('../utils/glossary/pack/conversion-slips.ts');
const { TERM_KEYS } = await import('../utils/glossary/schema.ts');
const { MAINLAND_WORDS, mainlandWordsIn, nameFormsOf, regionalNamesOf } =
  await import('../utils/glossary/pack/hant-wording.ts');
const { traditionalQuotes } = await import('../utils/glossary/quotes.ts');
/** The conversions a reader can ask the extension for. */
const PAGE_CONVERSIONS = [
  { pack: cn2t, from: 'cn', to: 'tw' },
  { pack: cn2t, from: 'cn', to: 'hk' },
  { pack: cn2t, from: 'cn', to: 'tw', regionalVocabulary: true },
  { pack: cn2t, from: 'cn', to: 'hk', regionalVocabulary: true },
  { pack: t2cn, from: 'tw', to: 'cn' },
  { pack: t2cn, from: 'hk', to: 'cn' },
  { pack: t2cn, from: 'tw', to: 'cn', regionalVocabulary: true },
].map((options) => createTextConverter(options));

const toTw = OpenCC.Converter({ from: 'cn', to: 'tw' });
const toHk = OpenCC.Converter({ from: 'cn', to: 'hk' });
const hasHan = (text) => /\p{Script=Han}/u.test(text);

/** The entry with its keys in the schema's order, as the pack files keep them. */
function ordered(entry) {
  const out = {};
  for (const key of TERM_KEYS) if (entry[key] !== undefined) out[key] = entry[key];
  for (const key of Object.keys(entry)) if (!(key in out)) out[key] = entry[key];
  return out;
}

const prettierOptions = {
  ...(await prettier.resolveConfig(join(dataDir, 'x.json'))),
  parser: 'json',
};

let filled = 0;
const files = readdirSync(dataDir)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((file) => ({
    file,
    path: join(dataDir, file),
    entries: JSON.parse(readFileSync(join(dataDir, file), 'utf8')),
    generated: [],
  }));
for (const { entries, generated } of files) {
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
        // Taiwan's quotation marks too: character conversion keeps the mainland's “…”.
        text.hant = traditionalQuotes(toTw(text.hans));
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
}

// Mainland words in the Traditional definitions and notes, generated or not: the writer puts
// them in Taiwan's wording by hand (see the header).
const allEntries = files.flatMap(({ entries }) => entries);
const nameForms = nameFormsOf(allEntries);
const regionalNames = regionalNamesOf(allEntries);
const wording = [];
for (const { file, entries } of files) {
  for (const entry of entries) {
    for (const group of ['definition', 'note']) {
      const text = entry[group]?.hant;
      if (text === undefined) continue;
      for (const word of mainlandWordsIn(text, entry, nameForms, regionalNames)) {
        const taiwan = MAINLAND_WORDS[word] ?? regionalNames.get(word);
        wording.push(`${file}: ${entry.id} ${group}.hant: ${word} → ${taiwan}`);
      }
    }
  }
}
for (const line of wording) console.log(`mainland word: ${line}`);
// The mainland's quotation marks in a Traditional text (“芯片” for 「芯片」).
const quotes = [];
for (const { file, entries } of files) {
  for (const entry of entries) {
    for (const group of ['definition', 'note']) {
      const text = entry[group]?.hant;
      if (text !== undefined && traditionalQuotes(text) !== text)
        quotes.push(`${file}: ${entry.id} ${group}.hant`);
    }
  }
}
for (const line of quotes) console.log(`mainland quotation marks: ${line}`);

// Converted forms, from the forms in the files (with the Traditional fields filled above):
// which entry owns a form is known only across all files. They go to a generated module, not
// into the files, so that a form the script added is never converted again on the next run.
const formsOf = (entry) =>
  [entry.hans, entry.hant, entry.tw, entry.hk, entry.en, ...(entry.aliases ?? [])].filter(
    (form) => form !== undefined,
  );
const owners = new Map();
for (const { entries } of files) {
  for (const entry of entries) for (const form of formsOf(entry)) owners.set(form, entry.id);
}
const convertedForms = [];
for (const { entries } of files) {
  for (const entry of entries) {
    const added = [];
    for (const form of formsOf(entry)) {
      if (!hasHan(form)) continue;
      for (const converter of PAGE_CONVERSIONS) {
        const shown = converter.convert(form);
        if (owners.has(shown) || CONVERSION_SLIPS.has(shown) || added.includes(shown)) continue;
        added.push(shown);
      }
    }
    for (const form of added) owners.set(form, entry.id);
    if (added.length > 0) convertedForms.push([entry.id, added]);
  }
}
const convertedModule = await prettier.format(
  '// Generated by scripts/gen-glossary-hant.mjs — do not edit by hand.\n' +
    '// Per built-in term id: the forms its written forms take once the extension converts a page\n' +
    '// (to Taiwan or Hong Kong, with or without regional vocabulary, or to Simplified), which are\n' +
    '// none of its own forms nor those of another term. The pack adds them as aliases.\n' +
    `export const CONVERTED_FORMS: Readonly<Record<string, readonly string[]>> = ${JSON.stringify(
      Object.fromEntries(convertedForms),
    )};\n`,
  { ...(await prettier.resolveConfig(convertedPath)), parser: 'typescript' },
);
const convertedCount = convertedForms.reduce((sum, [, forms]) => sum + forms.length, 0);
let convertedStale;
try {
  convertedStale = readFileSync(convertedPath, 'utf8') !== convertedModule;
} catch {
  convertedStale = true;
}
if (review) {
  for (const [id, forms] of convertedForms) console.log(`converted: ${id}: ${forms.join(' ')}`);
}
if (!check && convertedStale) {
  mkdirSync(join(root, 'utils/glossary/pack/generated'), { recursive: true });
  writeFileSync(convertedPath, convertedModule);
}

for (const { file, path, entries, generated } of files) {
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

if (check && (filled > 0 || convertedStale)) {
  console.error(
    `gen-glossary-hant: ${filled} Traditional fields are missing` +
      `${convertedStale ? ' and the converted forms are out of date' : ''}; run the script.`,
  );
  process.exit(1);
}
if (wording.length > 0) {
  console.error(
    `gen-glossary-hant: ${wording.length} mainland words in Traditional definitions and notes ` +
      '(listed above); write them in Taiwan wording by hand.',
  );
  if (check) process.exit(1);
}
if (quotes.length > 0) {
  console.error(
    `gen-glossary-hant: ${quotes.length} Traditional texts with the mainland's quotation marks ` +
      '(listed above); write 「…」 and 『…』.',
  );
  if (check) process.exit(1);
}
console.error(
  `gen-glossary-hant: ${check ? 'checked' : 'filled'} (${filled} fields generated; ` +
    `${convertedCount} converted forms).`,
);
