#!/usr/bin/env node
// Generates the data tables that utils/repair/ needs to undo the mirror-site
// corruption described in ../shared/fixtures/netease/README.md:
//
// - utils/repair/generated/mirror-annotator.ts: the 83 characters the mirror
//   tool annotates, with the fixed pinyin it writes and their GBK code
//   (from annotator_list.tsv, checked against this machine's GBK decoder);
// - utils/repair/generated/character-frequency.ts: GB2312 level 1 and 2 plus
//   their Traditional forms and Taiwan/Hong Kong variants (from opencc-js's
//   dictionaries), in three sets: level 1 and its Traditional forms
//   ("common"), level 2 and its Traditional forms ("rare"), and characters
//   only Simplified text uses. The repair prices the characters a garbled run
//   may decode to by these sets.
//
// The GBK code table itself is not generated: the repair builds it lazily in
// the browser from TextDecoder('gbk') (see utils/repair/gbk.ts).
//
// Run with Node >= 22 (full ICU):
//   eval "$(bash scripts/ensure-node.sh)" && node scripts/gen-repair-tables.mjs
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pinyin } from 'pinyin-pro';
import STCharacters from 'opencc-js/dict/STCharacters';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TWVariants from 'opencc-js/dict/TWVariants';
import HKVariants from 'opencc-js/dict/HKVariants';
import STPhrases from 'opencc-js/dict/STPhrases';
import TWPhrases from 'opencc-js/dict/TWPhrases';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'utils/repair/generated');
const annotatorTsv = resolve(root, '../shared/fixtures/netease/annotator_list.tsv');

const gbk = new TextDecoder('gbk', { fatal: false });
const decodePair = (lead, trail) => gbk.decode(Uint8Array.of(lead, trail));

// --- The mirror tool's annotator list -------------------------------------
const annotator = readFileSync(annotatorTsv, 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => {
    const [order, char, reading, hex] = line.split('\t');
    const code = parseInt(hex, 16);
    const decoded = decodePair(code >> 8, code & 0xff);
    if (decoded !== char) throw new Error(`GBK ${hex} decodes to ${decoded}, list says ${char}`);
    return { order: Number(order), char, reading: reading.normalize('NFC'), code };
  })
  .sort((a, b) => a.order - b.order);
if (annotator.length !== 83)
  throw new Error(`expected 83 annotated characters, got ${annotator.length}`);

// --- Character set ---------------------------------------------------------
/** @param {string} dict opencc "key value value|key value" */
function parsePairs(dict) {
  return dict.split('|').map((entry) => entry.split(' '));
}
const tier = new Map(); // char -> 0 (common) | 1 (rare)
const addChar = (ch, level) => {
  if (!ch || [...ch].length !== 1) return;
  const prev = tier.get(ch);
  if (prev === undefined || level < prev) tier.set(ch, level);
};
for (let lead = 0xb0; lead <= 0xf7; lead++) {
  for (let trail = 0xa1; trail <= 0xfe; trail++) {
    if (lead === 0xd7 && trail > 0xf9) continue; // D7FA–D7FE are unassigned
    addChar(decodePair(lead, trail), lead <= 0xd7 ? 0 : 1);
  }
}
const gb2312 = new Map(tier);
// Traditional forms: the one opencc writes for each Simplified character
// (STCharacters) and its Taiwan/Hong Kong variants share the Simplified
// character's level. The other Traditional characters that simplify to it
// (TSCharacters: 製 → 制, 髮 → 发, but also 榘 → 矩, 儁 → 俊) are common
// only if opencc's Traditional phrases use them a fair number of times.
const primaryTraditional = new Map();
for (const [s, ...ts] of parsePairs(STCharacters)) primaryTraditional.set(s, ts);
const otherTraditional = new Map();
for (const [t, ...ss] of parsePairs(TSCharacters)) {
  for (const s of ss) {
    if (!otherTraditional.has(s)) otherTraditional.set(s, []);
    otherTraditional.get(s).push(t);
  }
}
const variants = new Map();
for (const dict of [TWVariants, HKVariants]) {
  for (const [from, ...to] of parsePairs(dict)) {
    if (!variants.has(from)) variants.set(from, []);
    variants.get(from).push(...to);
  }
}
const phraseUses = new Map(); // Traditional character -> number of phrases using it
for (const dict of [STPhrases, TWPhrases]) {
  for (const [, ...phrases] of parsePairs(dict)) {
    for (const phrase of phrases) {
      for (const c of new Set(phrase)) phraseUses.set(c, (phraseUses.get(c) ?? 0) + 1);
    }
  }
}
const COMMON_IN_PHRASES = 5;
for (const [s, level] of gb2312) {
  for (const t of primaryTraditional.get(s) ?? []) {
    addChar(t, level);
    for (const v of variants.get(t) ?? []) addChar(v, level);
  }
  for (const v of variants.get(s) ?? []) addChar(v, level);
  for (const t of otherTraditional.get(s) ?? []) {
    addChar(t, (phraseUses.get(t) ?? 0) >= COMMON_IN_PHRASES ? level : 1);
  }
}
// Traditional characters that opencc writes only inside phrases (瞭 in 瞭解 and 一目瞭然, for
// 了): paired position by position with the Simplified character they stand for, they take its
// level when the phrases use them a fair number of times.
for (const dict of [STPhrases, TWPhrases]) {
  for (const [simplified, ...phrases] of parsePairs(dict)) {
    const from = [...simplified];
    for (const phrase of phrases) {
      const to = [...phrase];
      if (to.length !== from.length) continue;
      to.forEach((t, i) => {
        const level = gb2312.get(from[i]);
        if (t === from[i] || level === undefined || tier.has(t)) return;
        addChar(t, (phraseUses.get(t) ?? 0) >= COMMON_IN_PHRASES ? level : 1);
      });
    }
  }
}
for (const { char } of annotator) addChar(char, 0);

// Simplified-only characters (计, 樱, 俩: GB2312 characters that Traditional
// text writes differently) get their own section: text on a mirror page is
// Traditional, so they are a strong sign of a garbled run, where pairs of
// bytes from neighbouring characters often land in the GB2312 area.
// A character counts as Traditional when opencc writes it on the Traditional
// side of any dictionary: as a character, a variant, or inside a phrase (台
// stays 台 in 台灣's neighbours, 后 in 皇后, 里 in 公里).
const traditionalForms = new Set(phraseUses.keys());
for (const [, ...ts] of parsePairs(STCharacters)) for (const t of ts) traditionalForms.add(t);
for (const [t] of parsePairs(TSCharacters)) traditionalForms.add(t);
for (const list of variants.values()) for (const v of list) traditionalForms.add(v);
const stKeys = new Set(parsePairs(STCharacters).map(([s]) => s));
for (const [s] of gb2312) {
  if (stKeys.has(s) && !traditionalForms.has(s)) tier.set(s, 2);
}

// --- Characters in use -----------------------------------------------------
// A character pinyin-pro has no reading for is left out: it is not in use in running text.
// Combining tone marks (U+0300–U+036F) are listed on purpose: some readings come decomposed.
// eslint-disable-next-line no-misleading-character-class
const isReading = (r) => /^[a-zA-Zü\u00c0-\u024f\u1e00-\u1eff\u0300-\u036f]+$/.test(r);
const readings = new Map(); // char -> Set<reading>
for (const ch of tier.keys()) {
  const list = pinyin(ch, { multiple: true, type: 'array' })
    .map((r) => r.normalize('NFC').toLowerCase())
    .filter(isReading);
  if (list.length) readings.set(ch, new Set(list));
}
for (const { char, reading } of annotator) {
  if (readings.has(char)) readings.get(char).add(reading);
  else readings.set(char, new Set([reading]));
}
for (const ch of [...tier.keys()]) if (!readings.has(ch)) tier.delete(ch);

/** The characters of one level, in code-point order. */
function encodeSection(level) {
  return [...tier.keys()]
    .filter((ch) => tier.get(ch) === level)
    .sort()
    .join('');
}
const common = encodeSection(0);
const rare = encodeSection(1);
const simplified = encodeSection(2);

// --- Output ----------------------------------------------------------------
const header = (what) =>
  `// Generated by scripts/gen-repair-tables.mjs — do not edit by hand.\n// ${what}\n`;
mkdirSync(outDir, { recursive: true });
const annotatorTs =
  header(
    'The characters the mirror tool annotates, in the order it applies them: [character, pinyin it writes, GBK code].',
  ) +
  `export const MIRROR_ANNOTATIONS: readonly (readonly [string, string, number])[] = [\n` +
  annotator
    .map(({ char, reading, code }) => `  ['${char}', '${reading}', 0x${code.toString(16)}],\n`)
    .join('') +
  `];\n`;
writeFileSync(join(outDir, 'mirror-annotator.ts'), annotatorTs);

const frequencyTs =
  header(
    'GB2312 characters and their Traditional forms (opencc-js), by how common they are in Traditional text. ' +
      'COMMON: GB2312 level 1 and its Traditional forms; RARE: level 2 and its Traditional forms; ' +
      'SIMPLIFIED: GB2312 characters that only Simplified text uses.',
  ) +
  `export const COMMON_CHARACTERS =\n  ${JSON.stringify(common)};\n\n` +
  `export const RARE_CHARACTERS =\n  ${JSON.stringify(rare)};\n\n` +
  `export const SIMPLIFIED_CHARACTERS =\n  ${JSON.stringify(simplified)};\n`;
writeFileSync(join(outDir, 'character-frequency.ts'), frequencyTs);

const counts = [0, 1, 2].map((level) => [...tier.values()].filter((v) => v === level).length);
console.log(
  `annotator: ${annotator.length} characters; frequency: ${counts[0]} common + ${counts[1]} rare + ` +
    `${counts[2]} simplified-only characters, ${Buffer.byteLength(frequencyTs)} bytes`,
);
