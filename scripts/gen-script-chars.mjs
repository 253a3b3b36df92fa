#!/usr/bin/env node
// Generates utils/detect/generated/script-chars.ts: the characters that tell Simplified from
// Traditional Chinese, and Hong Kong from Taiwan forms, for script detection.
//
//   node scripts/gen-script-chars.mjs          writes the file
//   node scripts/gen-script-chars.mjs --check  exits 1 when the committed file is stale
//
// The detector runs in the content script of every page, so it cannot load opencc's tables
// (STCharacters alone is 32 KB). It only needs, per class, a set of common characters that
// occur in one script and not the other:
//
// * Simplified only: keys of STCharacters that change when converted to Traditional, among
//   the 3 755 level-1 (most frequent) characters of GB 2312, absent from Big5 (so Taiwan
//   text never uses them) and not Hong Kong forms (below).
// * Traditional only: keys of TSCharacters that change when converted to Simplified, among
//   the 5 401 level-1 (most frequent) characters of Big5 or the forms Taiwan writes otherwise
//   (TWVariants keys: 裏, 啓, 麪, which OpenCC's own Traditional and Hong Kong text use and Big5
//   lacks), and absent from GB 2312, so that Simplified text never uses them.
// * Hong Kong forms: the HKVariants forms that differ from the OpenCC standard form, are not
//   Taiwan forms (TWVariants) and are absent from Big5 (衞, 説, 温 …). Taiwan forms: the
//   standard forms they replace (衛, 說, 溫 …), which Taiwan writes.
// * Hong Kong only: those Hong Kong forms that are also absent from GB 2312 (衞, 説, but not
//   温, which is Simplified too): Traditional for sure, which a short text may show alone.
//
// GB 2312 and Big5 membership comes from the WHATWG decoders built into Node (TextDecoder
// 'gbk' and 'big5'), so the output depends only on opencc-js and the Encoding Standard.
import { writeFileSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { TextDecoder } from 'node:util';
import * as prettier from 'prettier';
import STCharacters from 'opencc-js/dict/STCharacters';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import HKVariants from 'opencc-js/dict/HKVariants';
import TWVariants from 'opencc-js/dict/TWVariants';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const OUTPUT = resolve(root, 'utils/detect/generated/script-chars.ts');

const parse = (table) => new Map(table.split('|').map((line) => line.split(' ')));

function decodeRange(label, ranges) {
  const decoder = new TextDecoder(label, { fatal: false });
  const chars = new Set();
  for (const [first, last, trails] of ranges) {
    for (let code = first; code <= last; code += 1) {
      const trail = code & 0xff;
      if (!trails.some(([low, high]) => trail >= low && trail <= high)) continue;
      const char = decoder.decode(new Uint8Array([code >> 8, trail]));
      if ([...char].length === 1 && char !== '\ufffd') chars.add(char);
    }
  }
  return chars;
}

const GB_TRAILS = [[0xa1, 0xfe]];
const BIG5_TRAILS = [
  [0x40, 0x7e],
  [0xa1, 0xfe],
];
/** GB 2312 level 1: rows 16–55 (B0A1–D7F9). */
const gb2312Level1 = () => decodeRange('gbk', [[0xb0a1, 0xd7f9, GB_TRAILS]]);
/** GB 2312 levels 1 and 2: rows 16–87 (B0A1–F7FE). */
const gb2312All = () => decodeRange('gbk', [[0xb0a1, 0xf7fe, GB_TRAILS]]);
/** Big5 level 1: A440–C67E. */
const big5Level1 = () => decodeRange('big5', [[0xa440, 0xc67e, BIG5_TRAILS]]);
/** Big5 levels 1 and 2: A440–C67E and C940–F9D5 (no HKSCS or ETEN extensions). */
const big5All = () =>
  decodeRange('big5', [
    [0xa440, 0xc67e, BIG5_TRAILS],
    [0xc940, 0xf9d5, BIG5_TRAILS],
  ]);

const sorted = (chars) => [...chars].sort((a, b) => a.codePointAt(0) - b.codePointAt(0)).join('');

export function scriptCharClasses() {
  const st = parse(STCharacters);
  const ts = parse(TSCharacters);
  const hk = parse(HKVariants);
  const tw = parse(TWVariants);
  const gbCommon = gb2312Level1();
  const gb = gb2312All();
  const big5Common = big5Level1();
  const big5 = big5All();

  const taiwanForms = new Set(tw.values());
  const hongKong = [...hk].filter(
    ([standard, form]) => standard !== form && !taiwanForms.has(form) && !big5.has(form),
  );
  const hongKongForms = new Set(hongKong.map(([, form]) => form));
  const simplifiedOnly = [...st]
    .filter(
      ([char, traditional]) =>
        traditional !== char &&
        gbCommon.has(char) &&
        !big5.has(char) &&
        // 户, 温, 悦 … are Simplified, but also the Hong Kong Traditional forms.
        !hongKongForms.has(char),
    )
    .map(([char]) => char);
  const traditionalOnly = [...ts]
    .filter(
      ([char, simplified]) =>
        simplified !== char && (big5Common.has(char) || tw.has(char)) && !gb.has(char),
    )
    .map(([char]) => char);
  return {
    simplifiedOnly: sorted(simplifiedOnly),
    traditionalOnly: sorted(traditionalOnly),
    hongKongForms: sorted(hongKong.map(([, form]) => form)),
    hongKongOnly: sorted(hongKong.map(([, form]) => form).filter((form) => !gb.has(form))),
    taiwanForms: sorted(hongKong.map(([standard]) => standard)),
  };
}

export async function generateScriptCharsModule() {
  const classes = scriptCharClasses();
  const source = `// Generated by scripts/gen-script-chars.mjs from the opencc-js 1.4.2 character tables.
// Do not edit; run \`node scripts/gen-script-chars.mjs\` instead. See that script for how the
// characters are chosen.

/** Common Simplified characters that Traditional text never uses (${[...classes.simplifiedOnly].length}). */
export const SIMPLIFIED_ONLY = '${classes.simplifiedOnly}';

/** Common Traditional characters that Simplified text never uses (${[...classes.traditionalOnly].length}). */
export const TRADITIONAL_ONLY = '${classes.traditionalOnly}';

/** Hong Kong variant forms that Taiwan does not use (${[...classes.hongKongForms].length}). */
export const HONG_KONG_FORMS = '${classes.hongKongForms}';

/** Hong Kong forms that Simplified text never uses either (${[...classes.hongKongOnly].length}). */
export const HONG_KONG_ONLY = '${classes.hongKongOnly}';

/** The standard (Taiwan) forms the Hong Kong forms replace (${[...classes.taiwanForms].length}). */
export const TAIWAN_FORMS = '${classes.taiwanForms}';
`;
  const options = (await prettier.resolveConfig(OUTPUT)) ?? {};
  return prettier.format(source, { ...options, filepath: OUTPUT });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const generated = await generateScriptCharsModule();
  if (process.argv.includes('--check')) {
    const current = readFileSync(OUTPUT, 'utf8');
    if (current !== generated) {
      console.error(`${OUTPUT} is out of date; run node scripts/gen-script-chars.mjs`);
      process.exit(1);
    }
  } else {
    writeFileSync(OUTPUT, generated);
    console.log(`wrote ${OUTPUT} (${Buffer.byteLength(generated)} bytes)`);
  }
}
