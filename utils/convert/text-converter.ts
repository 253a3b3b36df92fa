import {
  FIX_DICTIONARIES,
  MissingDictionaryError,
  type DictionaryName,
  type DictionaryPack,
} from './dictionaries.ts';
import { conversionChain, type ConversionChain, type OpenccLocale } from './opencc-chains.ts';
import { PhraseTable, unmatchedLength, type PhraseMatcher } from './phrase-table.ts';
import {
  DEFAULT_PROTECTED_TERMS,
  protectedTermForm,
  protectedTermSpellings,
  type ProtectedTerm,
} from './protected-terms.ts';
import { pinyinAnnotationSpans, withoutSpans, type AnnotationSpan } from '../repair/artifacts.ts';

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
  /**
   * `pieceEnds`: where the text's pieces end when it is joined from several (the DOM text nodes
   * of a run). An address does not run on into Han across one of them (see `addressSpans`).
   */
  convertAligned(text: string, pieceEnds?: readonly number[]): AlignedText;
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
  /**
   * The Hong Kong text writes Taiwan's 著 for the particle (`ConversionPlan.taiwanZhu`): from
   * `hk` or `hkp` to `cn`, 著 is read as from Taiwan. Ignored in other directions.
   */
  readonly taiwanZhu?: boolean;
  /** Names written in a fixed form; defaults to `DEFAULT_PROTECTED_TERMS`. */
  readonly protectedTerms?: readonly ProtectedTerm[];
  /**
   * Whether our fixes to opencc's phrase slips apply (phrase-fixes.ts), and words are read
   * through the mirror tool's annotations; on by default. Off, the output is opencc-js's own,
   * which the exactness tests compare against.
   */
  readonly phraseFixes?: boolean;
}

export class UnsupportedDirectionError extends Error {
  constructor(from: OpenccLocale, to: OpenccLocale) {
    super(`No conversion from "${from}" to "${to}"`);
    this.name = 'UnsupportedDirectionError';
  }
}

/**
 * A string converter whose output equals opencc-js 1.4.2 `Converter({ from, to })`, except in
 * protected terms, in the phrases it fixes (phrase-fixes.ts; never right after a model number,
 * see `modelNumberEnds`) and around the mirror tool's pinyin annotations, which it reads words
 * through (`runAroundAnnotations`), and which can report the alignment between output and input.
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
  const fullChain = conversionChain(from, to, { taiwanZhu: options.taiwanZhu === true });
  if (fullChain === null) throw new UnsupportedDirectionError(from, to);
  const chain = options.phraseFixes === false ? withoutPhraseFixes(fullChain) : fullChain;
  const packs = Array.isArray(options.pack)
    ? (options.pack as readonly DictionaryPack[])
    : [options.pack as DictionaryPack];
  const compiled = compileChain(chain, packs);
  const protectedTerms = options.protectedTerms ?? DEFAULT_PROTECTED_TERMS;
  const protectedTable = buildProtectedTable(protectedTerms, to);
  const notAfter = notAfterBySpelling(protectedTerms);

  const readsThroughAnnotations = options.phraseFixes !== false;

  function run(text: string, track: boolean, pieceEnds?: readonly number[]): Piece {
    if (text.length === 0 || !mayConvert(text)) return { text, base: 0, index: null };
    const annotations = readsThroughAnnotations ? pinyinAnnotationSpans(text) : [];
    return annotations.length === 0
      ? runBare(text, track, pieceEnds)
      : runAroundAnnotations(text, annotations, track, pieceEnds, runBare);
  }

  function runBare(text: string, track: boolean, pieceEnds?: readonly number[]): Piece {
    const cuts = modelNumberEnds(text);
    const links = addressSpans(text, pieceEnds);
    if (protectedTable === null && cuts.length === 0 && links.length === 0)
      return convertFree(compiled, text, 0, track);
    // Split around protected terms and addresses, and after model numbers; each free span goes
    // through the whole chain by itself.
    const whole: Piece = { text, base: 0, index: null };
    const out = new PieceBuilder(0, track);
    let freeStart = 0;
    let i = 0;
    let nextCut = 0;
    let nextLink = 0;
    const flushFree = (end: number): void => {
      if (end > freeStart)
        out.append(convertFree(compiled, text.slice(freeStart, end), freeStart, track));
    };
    while (i < text.length) {
      // A cut or an address that begins inside a protected term (passed over below) does not
      // count.
      while (nextCut < cuts.length && cuts[nextCut]! < i) nextCut += 1;
      while (nextLink < links.length && links[nextLink]!.start < i) nextLink += 1;
      if (cuts[nextCut] === i) {
        flushFree(i);
        freeStart = i;
        nextCut += 1;
      }
      const link = links[nextLink];
      if (link !== undefined && link.start === i) {
        flushFree(i);
        out.appendMapped(text.slice(link.start, link.end), whole, link.start);
        i = link.end;
        freeStart = i;
        nextLink += 1;
        continue;
      }
      const match = protectedTable?.match(text, i, text.length) ?? null;
      if (
        match === null ||
        notAfter
          ?.get(text.slice(i, i + match.length))
          ?.some((word) => i >= word.length && text.startsWith(word, i - word.length))
      ) {
        i += unmatchedLength(text, i);
        continue;
      }
      flushFree(i);
      out.appendReplacement(whole, i, i + match.length, match.value);
      i += match.length;
      freeStart = i;
    }
    flushFree(text.length);
    return out.build();
  }

  return {
    from,
    to,
    convert: (text) => run(text, false).text,
    convertAligned: (text, pieceEnds) => {
      const piece = run(text, true, pieceEnds);
      if (piece.index !== null)
        return { text: piece.text, sourceIndex: Uint32Array.from(piece.index) };
      const sourceIndex = new Uint32Array(piece.text.length);
      for (let i = 0; i < sourceIndex.length; i += 1) sourceIndex[i] = piece.base + i;
      return { text: piece.text, sourceIndex };
    },
  };
}

/**
 * Converts `text` as if the mirror tool's pinyin annotations (`國(guó)`, `pinyinAnnotationSpans`)
 * were not there, and puts each back, as written, right after what its character became. Where a
 * reader keeps the mirror's annotations (repair off), they cut words in two: 長(zhǎng)鑫存儲 was
 * converted as 長 and 鑫存儲, and with Taiwan's vocabulary 存儲 became 儲存, where the whole name
 * 長鑫存儲 stays; so did every protected name and every phrase of opencc's or ours with one of the
 * tool's 83 characters inside (內(nèi)存 stayed 內存). Seen through, the name and the words convert as
 * in the repaired text, in every direction.
 *
 * Offsets: the text without the annotations (`convert`) is converted with its map, each of its
 * code units is moved back to its place in `text`, and each annotation keeps its own offsets, so
 * the map stays monotone and an annotation goes to the DOM text node that held it. An annotation
 * goes before the first output code unit that comes from after its character: where a word is
 * rewritten whole (內(nèi)存 → 記(nèi)憶體 with Taiwan's vocabulary), it follows the part of the new
 * word the map gives its character, as the map gives every code unit a source.
 */
function runAroundAnnotations(
  text: string,
  annotations: readonly AnnotationSpan[],
  track: boolean,
  pieceEnds: readonly number[] | undefined,
  convert: (text: string, track: boolean, pieceEnds?: readonly number[]) => Piece,
): Piece {
  // `at[k]`: where annotation k stands in the bare text, right after its character.
  const at: number[] = [];
  let removed = 0;
  for (const { start, end } of annotations) {
    at.push(start - removed);
    removed += end - start;
  }
  const bare = withoutSpans(text, annotations);
  // A piece end inside an annotation moves to its start; the ends stay in order. Both lists are
  // in order, so one walk over the annotations serves every end (a run of thousands of nodes,
  // each with an annotation, took a time that grew with their square).
  let passed = 0;
  let removedBefore = 0;
  const bareEnds = pieceEnds?.map((pieceEnd) => {
    while (passed < annotations.length && annotations[passed]!.end <= pieceEnd) {
      removedBefore += annotations[passed]!.end - annotations[passed]!.start;
      passed += 1;
    }
    const inside = annotations[passed];
    const partly = inside !== undefined && inside.start < pieceEnd ? pieceEnd - inside.start : 0;
    return pieceEnd - removedBefore - partly;
  });
  const converted = convert(bare, true, bareEnds);
  const out: string[] = [];
  const index: number[] = [];
  let next = 0;
  let shift = 0;
  let runStart = 0;
  const putBack = (upTo: number): void => {
    out.push(converted.text.slice(runStart, upTo));
    runStart = upTo;
    const { start, end } = annotations[next]!;
    out.push(text.slice(start, end));
    if (track) for (let k = start; k < end; k += 1) index.push(k);
    shift += end - start;
    next += 1;
  };
  for (let i = 0; i < converted.text.length; i += 1) {
    const source = sourceAt(converted, i);
    while (next < annotations.length && at[next]! <= source) putBack(i);
    if (track) index.push(source + shift);
  }
  while (next < annotations.length) putBack(converted.text.length);
  out.push(converted.text.slice(runStart));
  return { text: out.join(''), base: 0, index: track ? index : null };
}

/**
 * A model number: digits right after a Latin letter, or after a letter and one space or hyphen
 * (H20, A100, GB200, RTX 5090, Windows 11), followed by a character our fixes after digits
 * change (see `modelNumberEnds`).
 */
const MODEL_NUMBER = /[A-Za-zＡ-Ｚａ-ｚ][ -]?[0-9０-９]+(?=[只里斗天])/g;
/** The same, without the global flag: `test` then keeps no state between calls. */
const HAS_MODEL_NUMBER = new RegExp(MODEL_NUMBER.source);

/**
 * Where the model numbers of `text` end, when a character that our fixes after digits change
 * follows (phrase-fixes.ts: 只, 里, 斗, 天后). Those fixes are for counts (3只猫 → 3隻貓, 3里外 →
 * 3里外); after a model number the character begins the next word: H20只在中国销售 is "the H20
 * is sold only in China", and Windows 11里 is "in Windows 11". The text is converted in pieces cut
 * there, so that no fix starts in the number. opencc's own tables have no key with a digit, and
 * no other fix of ours starts with one of these characters after a digit: nothing else changes
 * (Top 10个中国品牌 keeps its 個).
 */
export function modelNumberEnds(text: string): number[] {
  const ends: number[] = [];
  // Most text has none: one test, without the iterator `matchAll` makes.
  if (!HAS_MODEL_NUMBER.test(text)) return ends;
  for (const match of text.matchAll(MODEL_NUMBER)) ends.push(match.index + match[0].length);
  return ends;
}

/** A Han character (BMP, compatibility ideographs, or half of a supplementary one). */
const HAN = '\\u3400-\\u9fff\\uf900-\\ufaff\\ud800-\\udfff';
/** A host or path's own characters, and the characters after which Han may begin a part. */
const ADDRESS_PART = `(?:[A-Za-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=%\\\\]|(?<=[/?#=&@.:_\\-+%~\\\\])[${HAN}]+)`;
/** Top-level domains a host written without a scheme may end in (not Vue.js/, not M.Sc/). */
const LOWER_HOST_ENDINGS =
  'com|net|org|cn|hk|tw|mo|sg|my|jp|kr|uk|us|au|ca|de|fr|ru|in|eu|io|ai|dev|app|top|xyz|wiki|' +
  'fm|biz|vip|moe|gov|edu|info|me|tv|cc|co';
/** In lower case or in capitals (BAIDU.COM/), not capitalised like a word (Love.Me/, Dr.In/). */
const BARE_HOST_ENDINGS = `${LOWER_HOST_ENDINGS}|${LOWER_HOST_ENDINGS.toUpperCase()}`;
/**
 * A web address (a scheme and `//`, `www.`, or a host and a path: baike.baidu.com/item/…), an
 * e-mail address (its host may be Han: 新华网.中国) or a Windows path (C:\用户\文档). Han belongs
 * to it where it begins a part of it, right after a `/`, `.`, `=`, `\` and the like:
 * https://zh.wikipedia.org/wiki/中国 takes 中国, while www.163.com网易 ends before 网易 (Chinese
 * text often follows an address with no space).
 *
 * Each kind starts only where a run of the characters it starts with does (the lookbehinds):
 * tried at every position of a long run of letters, each attempt would read to the run's end,
 * and 20 KB of them took half a second.
 */
const ADDRESS = new RegExp(
  `(?:(?<![A-Za-z0-9+.-])[A-Za-z][A-Za-z0-9+.-]*://|(?<![A-Za-z0-9.-])(?:www|WWW)\\.|(?<![A-Za-z0-9.-])(?:[A-Za-z0-9-]+\\.)+(?:${BARE_HOST_ENDINGS})(?=/)|(?<![A-Za-z0-9])[A-Za-z]:\\\\|(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@(?=[A-Za-z0-9${HAN}][A-Za-z0-9${HAN}-]*\\.))${ADDRESS_PART}*`,
  'g',
);
const HAS_ADDRESS = /:\/\/|www\.|@|:\\|\.[a-z]{2,4}\//i;

/**
 * The web and e-mail addresses and Windows paths in `text` that hold Han characters, which are
 * written as they are: converted, https://zh.wikipedia.org/wiki/中国 would lead to 中國's page, and
 * a copied path or IDN host (新华网.中国) to nothing at all. An address without Han has nothing to
 * convert and is not listed.
 *
 * Where the text is joined from pieces (`pieceEnds`, in order: the ends of a run's DOM text
 * nodes), an address stops at the end of a piece that Han follows: in
 * <a>https://…/wiki/臺灣</a>的說明 the link's text is the address, and 的說明 is the sentence again.
 */
export function addressSpans(
  text: string,
  pieceEnds: readonly number[] = [],
): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  if (!HAS_ADDRESS.test(text)) return spans;
  // Matches come in order: one pass through the piece ends serves them all.
  let piece = 0;
  for (const match of text.matchAll(ADDRESS)) {
    const start = match.index;
    let end = start + match[0].length;
    while (piece < pieceEnds.length && pieceEnds[piece]! <= start) piece += 1;
    for (let k = piece; k < pieceEnds.length && pieceEnds[k]! < end; k += 1) {
      if (mayConvert(text.charAt(pieceEnds[k]!))) {
        end = pieceEnds[k]!;
        break;
      }
    }
    if (mayConvert(text.slice(start, end))) spans.push({ start, end });
  }
  return spans;
}

/** The chain with our phrase fixes taken out of every list, as opencc-js converts. */
function withoutPhraseFixes(chain: ConversionChain): ConversionChain {
  const drop = (names: readonly DictionaryName[]) =>
    names.filter((name) => !FIX_DICTIONARIES.has(name));
  return {
    ...chain,
    normalization: chain.normalization.map(drop),
    segmentation: chain.segmentation === null ? null : drop(chain.segmentation),
    stages: chain.stages.map(drop),
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

/**
 * Converted text and where each of its code units came from: `index[i]` is the offset in the
 * converter's input of code unit `i`. A null index stands for `base + i`, which unmatched text
 * and one-for-one replacements keep, so most pieces never build an array (and pieces that are
 * not tracked never do).
 */
interface Piece {
  readonly text: string;
  readonly base: number;
  readonly index: readonly number[] | null;
}

function sourceAt(piece: Piece, i: number): number {
  return piece.index === null ? piece.base + i : piece.index[i]!;
}

/**
 * Joins converted parts in order. With `track`, it keeps the offsets of their code units, as
 * `base + i` for as long as every part continues that run, and as an array from the first part
 * that does not.
 */
class PieceBuilder {
  private readonly parts: string[] = [];
  private length = 0;
  private index: number[] | null = null;

  private readonly base: number;
  private readonly track: boolean;

  constructor(base: number, track: boolean) {
    this.base = base;
    this.track = track;
  }

  /** Appends a whole piece. */
  append(piece: Piece): void {
    this.appendMapped(piece.text, piece, 0);
  }

  /** Appends `text`, whose code unit k comes from code unit `from + k` of `source`. */
  appendMapped(text: string, source: Piece, from: number): void {
    this.parts.push(text);
    if (this.track) {
      if (
        this.index === null &&
        (source.index !== null || source.base + from !== this.base + this.length)
      ) {
        this.index = [];
        for (let k = 0; k < this.length; k += 1) this.index.push(this.base + k);
      }
      if (this.index !== null) {
        for (let k = 0; k < text.length; k += 1) this.index.push(sourceAt(source, from + k));
      }
    }
    this.length += text.length;
  }

  /**
   * Appends `replacement` for the code units [start, end) of `source`: replacement code point k
   * comes from source code point min(k, n − 1). Both halves of an output surrogate pair get the
   * same source, so a pair is never split between two DOM text nodes (unmatched text maps unit
   * to unit onto itself, which keeps a pair within its own source pair).
   */
  appendReplacement(source: Piece, start: number, end: number, replacement: string): void {
    const span = end - start;
    if (
      !this.track ||
      (span === replacement.length &&
        !hasSurrogate(source.text, start, end) &&
        !hasSurrogate(replacement, 0, span))
    ) {
      // The common case, one BMP character for one: the map is unit for unit.
      this.appendMapped(replacement, source, start);
      return;
    }
    if (this.index === null) {
      this.index = [];
      for (let k = 0; k < this.length; k += 1) this.index.push(this.base + k);
    }
    const sourcePoints: number[] = [];
    for (let i = start; i < end;) {
      sourcePoints.push(i);
      i += source.text.codePointAt(i)! > 0xffff ? 2 : 1;
    }
    const last = sourcePoints.length - 1;
    let k = 0;
    for (let j = 0; j < replacement.length; k += 1) {
      const origin = sourceAt(source, sourcePoints[Math.min(k, last)]!);
      const width = replacement.codePointAt(j)! > 0xffff ? 2 : 1;
      for (let w = 0; w < width; w += 1) this.index.push(origin);
      j += width;
    }
    this.parts.push(replacement);
    this.length += replacement.length;
  }

  build(): Piece {
    const text = this.parts.length === 1 ? this.parts[0]! : this.parts.join('');
    return { text, base: this.base, index: this.index };
  }
}

interface CompiledChain {
  readonly normalization: readonly PhraseTable[];
  readonly segmentation: PhraseMatcher | null;
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
  const stages = chain.stages.map(table);
  return {
    normalization: chain.normalization.map(table),
    segmentation: chain.segmentation === null ? null : segmentationTable(chain.segmentation),
    stages,
  };

  /**
   * The segmentation dictionaries open a stage's list (STPhrases, then STCharacters): that
   * stage's table, restricted to them, segments as well, and only one large table is built.
   */
  function segmentationTable(names: readonly DictionaryName[]): PhraseMatcher {
    const index = chain.stages.findIndex((stage) => names.every((name, i) => stage[i] === name));
    return index < 0 ? table(names) : stages[index]!.restrictedTo(names.length);
  }
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

/**
 * The `notAfter` words of each spelling of the protected terms that have them. A spelling
 * that another term protects without them (a reader's own 余承东) is protected everywhere.
 */
function notAfterBySpelling(
  terms: readonly ProtectedTerm[],
): Map<string, readonly string[]> | null {
  const found = new Map<string, readonly string[]>();
  const everywhere = new Set<string>();
  for (const term of terms) {
    for (const spelling of protectedTermSpellings(term)) {
      if (term.notAfter === undefined) everywhere.add(spelling);
      else found.set(spelling, term.notAfter);
    }
  }
  for (const spelling of everywhere) found.delete(spelling);
  return found.size > 0 ? found : null;
}

/** Runs the opencc chain over `text`, whose first code unit is at `offset` in the input. */
function convertFree(chain: CompiledChain, text: string, offset: number, track: boolean): Piece {
  let piece: Piece = { text, base: offset, index: null };
  for (const table of chain.normalization) piece = applyTable(table, piece, track);
  if (chain.segmentation === null) {
    for (const table of chain.stages) piece = applyTable(table, piece, track);
    return piece;
  }
  // opencc-js `Trie.segment`: each dictionary phrase is a segment, and so is each run of text
  // between phrases. Every stage then converts each segment on its own.
  const segmentation: PhraseMatcher = chain.segmentation;
  const source = piece;
  const out = new PieceBuilder(offset, track);
  const convertSegment = (start: number, end: number): void => {
    let segment: Piece = {
      text: start === 0 && end === source.text.length ? source.text : source.text.slice(start, end),
      base: source.base + start,
      index: source.index === null ? null : source.index.slice(start, end),
    };
    for (const table of chain.stages) segment = applyTable(table, segment, track);
    out.append(segment);
  };
  const length = source.text.length;
  let runStart = -1;
  for (let i = 0; i < length;) {
    const match = segmentation.match(source.text, i, length);
    if (match === null) {
      if (runStart < 0) runStart = i;
      i += unmatchedLength(source.text, i);
      continue;
    }
    if (runStart >= 0) {
      convertSegment(runStart, i);
      runStart = -1;
    }
    convertSegment(i, i + match.length);
    i += match.length;
  }
  if (runStart >= 0) convertSegment(runStart, length);
  return out.build();
}

/** opencc-js `Trie.convert`, carrying the offset map along. */
function applyTable(table: PhraseTable, piece: Piece, track: boolean): Piece {
  const { text } = piece;
  let out: PieceBuilder | null = null;
  let runStart = 0;
  for (let i = 0; i < text.length;) {
    const match = table.match(text, i, text.length);
    if (match === null) {
      i += unmatchedLength(text, i);
      continue;
    }
    out ??= new PieceBuilder(piece.base, track);
    if (i > runStart) out.appendMapped(text.slice(runStart, i), piece, runStart);
    out.appendReplacement(piece, i, i + match.length, match.value);
    i += match.length;
    runStart = i;
  }
  if (out === null) return piece;
  if (runStart < text.length) out.appendMapped(text.slice(runStart), piece, runStart);
  return out.build();
}

function hasSurrogate(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i += 1) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdfff) return true;
  }
  return false;
}
