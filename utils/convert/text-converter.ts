import {
  MissingDictionaryError,
  type DictionaryName,
  type DictionaryPack,
} from './dictionaries.ts';
import { conversionChain, type ConversionChain, type OpenccLocale } from './opencc-chains.ts';
import { PhraseTable, unmatchedLength } from './phrase-table.ts';
import {
  DEFAULT_PROTECTED_TERMS,
  protectedTermForm,
  protectedTermSpellings,
  type ProtectedTerm,
} from './protected-terms.ts';

/**
 * Converted text, with where each output code unit came from: `sourceIndex[i]` is the offset
 * in the input of the code unit that produced output code unit `i`. The map never decreases,
 * so each stretch of the input (a DOM text node, say) receives one contiguous stretch of the
 * output.
 */
export interface AlignedText {
  readonly text: string;
  readonly sourceIndex: Uint32Array;
}

export interface TextConverter {
  readonly from: OpenccLocale;
  readonly to: OpenccLocale;
  convert(text: string): string;
  convertAligned(text: string): AlignedText;
}

export interface TextConverterOptions {
  /** The pack(s) holding the tables of this direction (`conversionChain(from, to).pack`). */
  readonly pack: DictionaryPack | readonly DictionaryPack[];
  readonly from: OpenccLocale;
  readonly to: OpenccLocale;
  /**
   * Upgrades plain `tw`/`hk` on the Traditional side of a Simplified ↔ Traditional direction to
   * `twp`/`hkp` (regional words: 软件 ↔ 軟體). Ignored for Traditional ↔ Traditional.
   */
  readonly regionalVocabulary?: boolean;
  /** Names written in a fixed form; defaults to `DEFAULT_PROTECTED_TERMS`. */
  readonly protectedTerms?: readonly ProtectedTerm[];
}

export class UnsupportedDirectionError extends Error {
  constructor(from: OpenccLocale, to: OpenccLocale) {
    super(`No conversion from "${from}" to "${to}"`);
    this.name = 'UnsupportedDirectionError';
  }
}

/**
 * A string converter whose output equals opencc-js 1.4.2 `Converter({ from, to })`, except in
 * protected terms, and which can report the alignment between output and input.
 *
 * Alignment: every stage of the chain is a longest-match scan that yields segments (input
 * span → output string). Unmatched input maps to itself; a match spreads its replacement over
 * its input span in order: replacement code point k comes from input code point
 * min(k, span length − 1). So 記憶體 → 内存 gives 内←記, 存←憶 (體 gets nothing), and
 * 内存 → 記憶體 gives 記←内, 憶←存, 體←存. The maps of successive stages are composed, which
 * keeps them monotone.
 */
export function createTextConverter(options: TextConverterOptions): TextConverter {
  const from = upgradeLocale(options.from, options.to, options.regionalVocabulary === true);
  const to = upgradeLocale(options.to, options.from, options.regionalVocabulary === true);
  const chain = conversionChain(from, to);
  if (chain === null) throw new UnsupportedDirectionError(from, to);
  const packs = Array.isArray(options.pack)
    ? (options.pack as readonly DictionaryPack[])
    : [options.pack as DictionaryPack];
  const compiled = compileChain(chain, packs);
  const protectedTable = buildProtectedTable(options.protectedTerms ?? DEFAULT_PROTECTED_TERMS, to);

  function run(text: string, track: boolean): Piece {
    if (text.length === 0 || !mayConvert(text)) {
      return { text, index: track ? identityIndex(0, text.length) : null };
    }
    if (protectedTable === null) return convertFree(compiled, text, 0, track);
    // Split around protected terms; each free span goes through the whole chain by itself.
    const parts: string[] = [];
    const index: number[] | null = track ? [] : null;
    let freeStart = 0;
    let i = 0;
    const flushFree = (end: number): void => {
      if (end <= freeStart) return;
      const piece = convertFree(compiled, text.slice(freeStart, end), freeStart, track);
      parts.push(piece.text);
      if (index !== null && piece.index !== null) pushAll(index, piece.index);
    };
    while (i < text.length) {
      const match = protectedTable.match(text, i, text.length);
      if (match === null) {
        i += unmatchedLength(text, i);
        continue;
      }
      flushFree(i);
      parts.push(match.value);
      if (index !== null) spreadReplacement(index, null, i, i + match.length, text, match.value);
      i += match.length;
      freeStart = i;
    }
    flushFree(text.length);
    return { text: parts.join(''), index };
  }

  return {
    from,
    to,
    convert: (text) => run(text, false).text,
    convertAligned: (text) => {
      const piece = run(text, true);
      return { text: piece.text, sourceIndex: Uint32Array.from(piece.index ?? []) };
    },
  };
}

function upgradeLocale(locale: OpenccLocale, other: OpenccLocale, regional: boolean): OpenccLocale {
  if (!regional) return locale;
  if (other === 'cn' && locale === 'tw') return 'twp';
  if (other === 'cn' && locale === 'hk') return 'hkp';
  return locale;
}

/**
 * Whether `text` can contain a dictionary key at all: every key of every opencc table holds a
 * Han character, a CJK radical or a code point outside the BMP (tested in
 * tests/unit/convert/text-converter.test.ts). Lets the page converter skip Latin text cheaply.
 */
export function mayConvert(text: string): boolean {
  return /[\u2e80-\u2fff\u3005-\u3007\u3021-\u3029\u3038-\u303b\u3400-\u9fff\uf900-\ufaff\ud800-\udbff]/.test(
    text,
  );
}

interface Piece {
  readonly text: string;
  /** Offsets in the converter's input, one per code unit of `text`; null when not tracked. */
  readonly index: number[] | null;
}

interface CompiledChain {
  readonly normalization: readonly PhraseTable[];
  readonly segmentation: PhraseTable | null;
  readonly stages: readonly PhraseTable[];
}

/** Tables are shared between converters built over the same pack. */
const tableCache = new WeakMap<DictionaryPack, Map<string, PhraseTable>>();

function compileChain(chain: ConversionChain, packs: readonly DictionaryPack[]): CompiledChain {
  const table = (names: readonly DictionaryName[]): PhraseTable => {
    const home = packs.find((pack) => names.every((name) => pack.tables[name] !== undefined));
    if (home === undefined) {
      const missing = names.find((name) => packs.every((pack) => pack.tables[name] === undefined));
      throw new MissingDictionaryError(chain.pack, missing ?? names[0] ?? 'STCharacters');
    }
    let cache = tableCache.get(home);
    if (cache === undefined) {
      cache = new Map();
      tableCache.set(home, cache);
    }
    const key = names.join('+');
    let compiled = cache.get(key);
    if (compiled === undefined) {
      compiled = PhraseTable.fromDictionaries(names.map((name) => home.tables[name] ?? ''));
      cache.set(key, compiled);
    }
    return compiled;
  };
  return {
    normalization: chain.normalization.map(table),
    segmentation: chain.segmentation === null ? null : table(chain.segmentation),
    stages: chain.stages.map(table),
  };
}

function buildProtectedTable(
  terms: readonly ProtectedTerm[],
  to: OpenccLocale,
): PhraseTable | null {
  if (terms.length === 0) return null;
  const table = new PhraseTable();
  for (const term of terms) {
    const form = protectedTermForm(term, to);
    for (const spelling of protectedTermSpellings(term)) table.add(spelling, form);
  }
  return table;
}

/** Runs the opencc chain over `text`, whose first code unit is at `offset` in the input. */
function convertFree(chain: CompiledChain, text: string, offset: number, track: boolean): Piece {
  let piece: Piece = { text, index: track ? identityIndex(offset, text.length) : null };
  for (const table of chain.normalization) piece = applyTable(table, piece);
  if (chain.segmentation === null) {
    for (const table of chain.stages) piece = applyTable(table, piece);
    return piece;
  }
  const parts: string[] = [];
  const index: number[] | null = track ? [] : null;
  for (const [start, end] of segmentBounds(chain.segmentation, piece.text)) {
    let segment: Piece = {
      text: piece.text.slice(start, end),
      index: piece.index === null ? null : piece.index.slice(start, end),
    };
    for (const table of chain.stages) segment = applyTable(table, segment);
    parts.push(segment.text);
    if (index !== null && segment.index !== null) pushAll(index, segment.index);
  }
  return { text: parts.join(''), index };
}

/**
 * opencc-js `Trie.segment`: each dictionary phrase is a segment, and so is each run of text
 * between phrases.
 */
function segmentBounds(table: PhraseTable, text: string): Array<[number, number]> {
  const bounds: Array<[number, number]> = [];
  let runStart = -1;
  for (let i = 0; i < text.length;) {
    const match = table.match(text, i, text.length);
    if (match === null) {
      if (runStart < 0) runStart = i;
      i += unmatchedLength(text, i);
      continue;
    }
    if (runStart >= 0) {
      bounds.push([runStart, i]);
      runStart = -1;
    }
    bounds.push([i, i + match.length]);
    i += match.length;
  }
  if (runStart >= 0) bounds.push([runStart, text.length]);
  return bounds;
}

/** opencc-js `Trie.convert`, carrying the offset map along. */
function applyTable(table: PhraseTable, piece: Piece): Piece {
  const { text, index } = piece;
  const parts: string[] = [];
  const outIndex: number[] | null = index === null ? null : [];
  let runStart = 0;
  let changed = false;
  for (let i = 0; i < text.length;) {
    const match = table.match(text, i, text.length);
    if (match === null) {
      i += unmatchedLength(text, i);
      continue;
    }
    changed = true;
    if (i > runStart) {
      parts.push(text.slice(runStart, i));
      if (outIndex !== null && index !== null) pushRange(outIndex, index, runStart, i);
    }
    parts.push(match.value);
    if (outIndex !== null && index !== null) {
      spreadReplacement(outIndex, index, i, i + match.length, text, match.value);
    }
    i += match.length;
    runStart = i;
  }
  if (!changed) return piece;
  if (runStart < text.length) {
    parts.push(text.slice(runStart));
    if (outIndex !== null && index !== null) pushRange(outIndex, index, runStart, text.length);
  }
  return { text: parts.join(''), index: outIndex };
}

/**
 * Maps the code points of `replacement` onto the input span [start, end): code point k comes
 * from input code point min(k, n − 1). Both halves of an output surrogate pair get the same
 * source, so a pair is never split between two DOM text nodes (unmatched text maps unit to
 * unit onto itself, which keeps a pair within its own source pair). A null `index` is the
 * identity.
 */
function spreadReplacement(
  out: number[],
  index: readonly number[] | null,
  start: number,
  end: number,
  text: string,
  replacement: string,
): void {
  const span = end - start;
  if (
    span === replacement.length &&
    !hasSurrogate(text, start, end) &&
    !hasSurrogate(replacement, 0, span)
  ) {
    // The common case, one BMP character for one: the map is unit for unit.
    for (let k = 0; k < span; k += 1) out.push(index === null ? start + k : index[start + k]!);
    return;
  }
  const sourcePoints: number[] = [];
  for (let i = start; i < end;) {
    sourcePoints.push(i);
    i += text.codePointAt(i)! > 0xffff ? 2 : 1;
  }
  const last = sourcePoints.length - 1;
  let k = 0;
  for (let j = 0; j < replacement.length; k += 1) {
    const point = sourcePoints[Math.min(k, last)]!;
    const source = index === null ? point : index[point]!;
    const width = replacement.codePointAt(j)! > 0xffff ? 2 : 1;
    for (let w = 0; w < width; w += 1) out.push(source);
    j += width;
  }
}

function hasSurrogate(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i += 1) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdfff) return true;
  }
  return false;
}

function identityIndex(offset: number, length: number): number[] {
  const index: number[] = [];
  for (let i = 0; i < length; i += 1) index.push(offset + i);
  return index;
}

function pushRange(out: number[], index: readonly number[], start: number, end: number): void {
  for (let i = start; i < end; i += 1) out.push(index[i]!);
}

function pushAll(out: number[], values: readonly number[]): void {
  for (const value of values) out.push(value);
}
