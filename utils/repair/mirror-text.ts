import { PINYIN_LETTER_CLASS, mirrorCharactersReading, mirrorAnnotationOf } from './annotator.ts';
import {
  type GbkCodec,
  type GbkCode,
  getGbkCodec,
  isWellFormedPair,
  leadByte,
  makeCode,
  trailByte,
} from './gbk.ts';
import { frequencyOf } from './character-frequency.ts';

// The cheap checks live in artifacts.ts (no tables) for the content script;
// they are re-exported here so that the repair has one front door.
export { countPinyinAnnotations, hasMirrorArtifacts } from './artifacts.ts';

/**
 * Repair of text copied by the mirror sites' broken Traditional-Chinese tool.
 * The corruption is described byte by byte in
 * ../shared/fixtures/netease/README.md; in short, the tool encodes the text
 * as GBK, inserts `(pinyin)` after the bytes of 83 characters (also where the
 * trail byte of one character and the lead byte of the next happen to form
 * one of them), decodes the result lossily and applies NFKC.
 *
 * Two things are undone here:
 * - aligned annotations, `國(guó)` → `國`;
 * - garbled runs, `因?yàn)榱计仿屎艿停虼藢?duì)` → `因為良品率很低⟨lost⟩此對`:
 *   the text after a misaligned insertion is decoded one byte out of phase,
 *   and re-pairing its GBK bytes gives back the original characters.
 *
 * Bytes that the mirror's decoder dropped cannot be computed; those spots come
 * out as `lost` pieces, never as guessed characters.
 */

export type RepairPiece =
  | { kind: 'text'; text: string }
  | {
      kind: 'lost';
      /** Bytes of the original GBK text that are gone. */
      byteCount: number;
      /** Characters of the original that this span stands for (best estimate). */
      charCount: number;
      /** What the mirror showed for this span. */
      originalGarble: string;
    };

export type LostPiece = Extract<RepairPiece, { kind: 'lost' }>;

/** Replace `text.slice(start, end)` by `pieces` (empty pieces: delete). */
export interface RepairEdit {
  start: number;
  end: number;
  pieces: RepairPiece[];
}

export interface MirrorRepairStats {
  annotationsRemoved: number;
  runsRepaired: number;
  spansLost: number;
}

export interface MirrorRepairPlan extends MirrorRepairStats {
  /** Sorted, non-overlapping edits in input offsets. */
  edits: RepairEdit[];
}

export interface MirrorRepairResult extends MirrorRepairStats {
  text: string;
  pieces: RepairPiece[];
}

/** How a lost passage reads in repaired text, on the page and in a repaired copy alike. */
export const LOST_TEXT_MARKER = '⟨…⟩';

export interface MirrorRepairOptions {
  /**
   * GBK codec for garbled runs; defaults to the platform's (see gbk.ts).
   * `null` turns run repair off and only strips annotations.
   */
  codec?: GbkCodec | null;
  /** What `repairMirrorText().text` shows for a lost span. Default U+FFFD. */
  lostMarker?: string;
}

// ---------------------------------------------------------------------------
// Tokens

const ANNOTATION = new RegExp(`\\(([${PINYIN_LETTER_CLASS}]{1,8})\\)`, 'uy');
const MARKER = new RegExp(`\\?([${PINYIN_LETTER_CLASS}]{1,8})\\)`, 'uy');
const HAN = /^\p{Script=Han}$/u;

function matchAt(
  pattern: RegExp,
  text: string,
  at: number,
): { reading: string; end: number } | null {
  pattern.lastIndex = at;
  const match = pattern.exec(text);
  if (!match) return null;
  return { reading: match[1] ?? '', end: at + match[0].length };
}

function isHan(char: string): boolean {
  return HAN.test(char);
}

/**
 * Whether `(reading)` after `char` is the mirror tool's: it annotates only its 83 listed
 * characters, each always with the same reading. Pinyin that the article wrote itself (a
 * note on how to say 骨(gǔ), 好(hǎo) against 好(hào)) matches neither and stays.
 */
function isMirrorAnnotation(char: string | null, reading: string): boolean {
  return char !== null && mirrorAnnotationOf(char)?.reading === reading;
}

/** Removes `(reading)` after `char` when it is the mirror tool's annotation of it. */
function annotationAfter(text: string, at: number, char: string | null) {
  if (char === null || text.charCodeAt(at) !== 0x28 /* ( */) return null;
  const match = matchAt(ANNOTATION, text, at);
  return match && isMirrorAnnotation(char, match.reading) ? match : null;
}

/**
 * `措U(xiǎn)`: the trail byte of 措 (B4 EB) and the ASCII `U` (0x55) read as
 * 險 (EB 55), so the tool annotated across the boundary. Nothing is garbled
 * (the insertion comes after a whole character); only the annotation goes.
 */
function annotationAfterAscii(
  text: string,
  at: number,
  char: string | null,
  previousCodes: readonly GbkCode[],
) {
  const ascii = char?.charCodeAt(0) ?? 0;
  if (char?.length !== 1 || ascii < 0x40 || ascii > 0x7e || previousCodes.length === 0) return null;
  const match = matchAt(ANNOTATION, text, at);
  if (!match) return null;
  const straddles = mirrorCharactersReading(match.reading).some(
    (listed) =>
      trailByte(listed.code) === ascii &&
      previousCodes.some((code) => trailByte(code) === leadByte(listed.code)),
  );
  return straddles ? match : null;
}

// ---------------------------------------------------------------------------
// Plausibility. Deciding between readings of a garbled run (where it ends,
// whether NFKC folded a full-width letter into ASCII, whether the decoder
// dropped a pair) needs a notion of what real text looks like. Costs are rough
// negative log-likelihoods in nats, relative to a common character:
// - a GB2312 level-1 character (or its Traditional form) covers ~99.7% of
//   running text over ~3,800 characters; level 2 covers ~0.3% over ~3,000, so
//   one of them is some e^5 times less likely (priced lower, at 3, because
//   a rare character is as likely as a dropped pair: neither should win
//   over the other on this alone);
// - a pair is dropped at roughly 7% of the positions inside a run (any
//   character with a trail byte in AA–AF or F8–FE, or `，`, followed by a
//   GB2312 character), and then the page shows one made-up character (lead
//   of the first, trail of the second) instead of two. After `，` (lead A3) a
//   drop is as likely as a genuine common character: the made-up character
//   is then a full-width form, which is why full-width letters (the ｒ of
//   article a) are priced as symbols.

const COST_RARE = 3;
const COST_OTHER_HAN = 5;
/**
 * Mirror text is Traditional, so a Simplified-only character (计, 樱) is more
 * likely a garbled pair than text; the GB2312 area, where garbled pairs of two
 * GB2312 characters land, is full of them.
 */
const COST_SIMPLIFIED = 5;
const COST_SYMBOL = 5;
/** ASCII symbols that Chinese prose hardly uses; a reading that invents one is suspect. */
const COST_RARE_ASCII = 2;
const RARE_IN_PROSE = '#$*<=>@[\\]^_`{|}~';
/** A dropped user-defined pair: two characters lost. */
const COST_GAP = 3;
/** The same after `，` (A3 AC), the most common cause of drops. */
const COST_GAP_AFTER_COMMA = 1;
/** A dropped (trail byte in A1–A7, ASCII letter) pair, rarer... */
const COST_GAP_ASCII = 5;
/** ... except after `。` (A1 A3), which is common before a Latin word. */
const COST_GAP_ASCII_AFTER_FULL_STOP = 3;
/**
 * An E3 ending (a garbled pair whose second byte is ASCII) puts back an ASCII
 * character that follows a Chinese one: less common than a run ending on a
 * character whose own trail byte is ASCII (E2).
 */
const COST_ASCII_AFTER_RUN = 2;
/** A bare `?` in a run: one character and one ASCII character lost. */
const COST_LOST = 2;
/** A run cut off without a proper ending (end of the block, unreadable text). */
const COST_CUT = 8;
/** A `?pinyin)` left in the text unexplained. */
const COST_STRAY_MARKER = 5;
/**
 * A garbled pair read through an NFKC fold: the page shows `S`, `?` or `14.`
 * where the decoder produced Ｓ, ？ or ⒕. Common right after `。` (A1 A3) and
 * `、` (A1 A2): the next pair is (A3 or A2, lead byte of a GB2312 character),
 * a full-width form or an enumerator. Less common after other characters
 * ending in A2/A3, and rare for the other folded rows (…, ︰, ﹖).
 */
function foldCost(pending: number, g0: number): number {
  if (g0 !== 0xa2 && g0 !== 0xa3) return 3;
  if (pending === 0xa1) return 0.5;
  // Full-width forms (row A3) before enumerators (row A2): more characters end in A3.
  return g0 === 0xa3 ? 1.5 : 2;
}
/**
 * A folded pair whose second byte is ASCII (﹖ A9 74 shown as `?`) would put
 * back a letter the page never showed; only accept that on strong evidence.
 */
const COST_FOLDED_ASCII = 3;
/** Runs longer than this are cut: real runs end within a few dozen characters. */
const MAX_RUN_LENGTH = 240;

function gapCost(pending: number): number {
  return pending === 0xa3 ? COST_GAP_AFTER_COMMA : COST_GAP;
}

function characterCost(char: string): number {
  const cp = char.codePointAt(0) ?? 0;
  if (cp < 0x80) return RARE_IN_PROSE.includes(char) ? COST_RARE_ASCII : 0;
  const frequency = frequencyOf(char);
  if (frequency === 'common') return 0;
  if (frequency === 'rare') return COST_RARE;
  if (frequency === 'simplified') return COST_SIMPLIFIED;
  if (isHan(char)) return COST_OTHER_HAN;
  // Punctuation that Chinese prose uses: general punctuation (— “ ” …), CJK
  // symbols (、。「」《》), the middle dot, and full-width ，：；？！（）％.
  if (cp === 0xb7 || (cp >= 0x2010 && cp <= 0x2027) || (cp >= 0x3000 && cp <= 0x303f)) return 0;
  if (FULL_WIDTH_PROSE_PUNCTUATION.includes(char)) return 0;
  // Other full-width forms (letters, digits, ＜＞＠…) are what a dropped pair
  // after `，` (A3 AC) leaves: the next pair reads as (A3, trail byte).
  return COST_SYMBOL;
}

const FULL_WIDTH_PROSE_PUNCTUATION = '！％（），：；？';

// ---------------------------------------------------------------------------
// Planning

interface RunNode {
  cost: number;
  /** Lost pieces so far: between equally plausible readings, the one that loses less wins. */
  losses: number;
  previous: RunNode | null;
  out: RepairPiece[];
  /** Annotations consumed inside the run (E4, and a listed character named after drops). */
  annotations: number;
}

interface RunCandidate {
  end: number;
  node: RunNode;
  total: number;
  /** The raw last character, for reading a following annotation or marker. */
  lastChar: string | null;
  /** Its GBK code when known (the raw character before NFKC). */
  lastCodes: readonly GbkCode[];
  endedByMarker: boolean;
}

/**
 * Computes the edits that repair `text`, without applying them. The DOM layer
 * uses the offsets to edit text nodes in place; {@link repairMirrorText} is the
 * string form.
 */
export function planMirrorRepair(
  text: string,
  options: MirrorRepairOptions = {},
): MirrorRepairPlan {
  const codec = options.codec === undefined ? getGbkCodec() : options.codec;
  const plan: MirrorRepairPlan = {
    edits: [],
    annotationsRemoved: 0,
    runsRepaired: 0,
    spansLost: 0,
  };
  if (!text.includes(')')) return plan;

  let stray: StrayCost | null = null;
  let lastChar: string | null = null;
  let lastCodes: readonly GbkCode[] = [];
  let beforeLastCodes: readonly GbkCode[] = [];
  let lastAnnotated = false;

  for (let at = 0; at < text.length;) {
    const unit = text.charCodeAt(at);
    if (unit === 0x28 /* ( */ && !lastAnnotated) {
      const annotation =
        annotationAfter(text, at, lastChar) ??
        annotationAfterAscii(text, at, lastChar, beforeLastCodes);
      if (annotation) {
        plan.edits.push({ start: at, end: annotation.end, pieces: [] });
        plan.annotationsRemoved++;
        lastAnnotated = true;
        at = annotation.end;
        continue;
      }
    }
    if (unit === 0x3f /* ? */ && codec && lastCodes.length > 0) {
      const marker = matchAt(MARKER, text, at);
      const hits = marker ? startingCharacters(marker.reading, lastCodes) : [];
      if (marker && hits.length > 0) {
        stray ??= strayCost(text, codec);
        const run = decodeRun({ text, codec, markerEnd: marker.end, pendings: hits, stray });
        if (run) {
          const pieces = collectPieces(run.node);
          plan.edits.push({ start: at, end: run.end, pieces });
          plan.runsRepaired++;
          plan.spansLost += pieces.filter((piece) => piece.kind === 'lost').length;
          // An E1 end marker is the annotation of the run's last character;
          // it is counted with the run, not as a removed annotation.
          plan.annotationsRemoved += countAnnotations(run.node);
          lastChar = run.lastChar;
          lastCodes = run.lastCodes;
          beforeLastCodes = [];
          lastAnnotated = run.endedByMarker;
          at = run.end;
          continue;
        }
      }
    }
    const cp = text.codePointAt(at) ?? unit;
    const char = String.fromCodePoint(cp);
    lastChar = char;
    beforeLastCodes = lastCodes;
    lastCodes = codec ? codesOf(codec, char) : [];
    lastAnnotated = false;
    at += char.length;
  }
  return plan;
}

/** The GBK codes the mirror may have had for a character it shows as `char`. */
function codesOf(codec: GbkCodec, char: string): readonly GbkCode[] {
  return codec.codesShownAs(char);
}

/**
 * The pending lead bytes a start marker `?reading)` can mean after a
 * character with one of `previousCodes`: the misaligned character L has that
 * reading and its first byte is the previous character's trail byte; L's
 * second byte is the lead byte of the first character of the run.
 */
function startingCharacters(reading: string, previousCodes: readonly GbkCode[]): number[] {
  const pendings: number[] = [];
  for (const listed of mirrorCharactersReading(reading)) {
    for (const code of previousCodes) {
      if (trailByte(code) === leadByte(listed.code) && !pendings.includes(trailByte(listed.code))) {
        pendings.push(trailByte(listed.code));
      }
    }
  }
  return pendings;
}

/**
 * What the text costs when read as it stands: ending a run at offset `i`
 * costs `at(i, lastChar)`, the plausibility of taking the rest literally.
 * An annotation is free after the character it belongs to, costs a little
 * when it straddles a character and an ASCII letter (`措U(xiǎn)`), and is a
 * stray otherwise; so is a `?pinyin)` left over, and a tone-marked letter
 * out of any annotation (the `hù)` of a marker cut short).
 */
interface StrayCost {
  at(offset: number, lastChar: string | null): number;
}

/** A start marker further on, where it can start a run: a misaligned hit, not common. */
const COST_NEXT_RUN = 1;
/** An annotation that straddles a character and an ASCII letter: a coincidence of two bytes. */
const COST_STRADDLE = 3;

function strayCost(text: string, codec: GbkCodec): StrayCost {
  const costs = new Float64Array(text.length);
  // Offsets inside a pinyin span (after its first character).
  const inside = new Uint8Array(text.length + 1);
  // Start markers that can start a run where they stand: offset → [marker end, pendings].
  const runStarts = new Map<number, { markerEnd: number; pendings: number[] }>();
  const annotationCost = (at: number, reading: string, lastChar: string | null) => {
    if (isMirrorAnnotation(lastChar, reading)) return 0;
    const before = at >= 2 ? codec.codesShownAs(text.slice(at - 2, at - 1)) : [];
    return annotationAfterAscii(text, at, lastChar, before) ? COST_STRADDLE : COST_STRAY_MARKER;
  };
  // The codes of the character a marker follows: an annotation in between does not count
  // (`應(yīng)?dú)`: 應's trail byte and the next lead byte made 獨). After a marker, that
  // character is the one the marker names, when it ends a run (E1): its trail byte and the next
  // lead byte can make another listed character, whose marker then follows at once
  // (`?rùn)?quán)`: 潤 ended a run, and 潤's trail byte with 郵's lead byte made 權).
  let previousCodes: readonly GbkCode[] = [];
  for (let i = 0; i < text.length;) {
    const unit = text.charCodeAt(i);
    const span =
      unit === 0x28
        ? matchAt(ANNOTATION, text, i)
        : unit === 0x3f
          ? matchAt(MARKER, text, i)
          : null;
    if (span) {
      if (unit === 0x28) {
        costs[i] = annotationCost(i, span.reading, i > 0 ? (text[i - 1] ?? null) : null);
      } else if (mirrorCharactersReading(span.reading).length > 0) {
        costs[i] = COST_STRAY_MARKER;
        const pendings = startingCharacters(span.reading, previousCodes);
        if (pendings.length > 0) runStarts.set(i, { markerEnd: span.end, pendings });
        previousCodes = mirrorCharactersReading(span.reading).map((listed) => listed.code);
      }
      inside.fill(1, i + 1, span.end);
      i = span.end;
    } else {
      const char = text[i] ?? '';
      previousCodes = codec.codesShownAs(char);
      // A lone `?` read as text is either the article's `？` (NFKC shows it as `?`) or the
      // decoder's mark for a lost byte; it is priced as the loss. Left free, any lossy run
      // further on looked cheaper read as text (its `?` costing nothing) than repaired (its `?`
      // costing COST_LOST), so an earlier run would read on through the intact characters
      // before it to end on its start marker (E1) and leave it as garbage. Two or more in a row
      // are the article's own and stay free: priced too, they made a run read them as folded
      // `？` pairs (浚 BF A3) to get past them.
      costs[i] = char === '?' && !questionMarks(text, i) ? COST_LOST : characterCost(char);
      i++;
    }
  }
  const suffix = new Float64Array(text.length + 1);
  const stray: StrayCost = {
    at(offset, lastChar) {
      let extra = 0;
      while (inside[offset]) extra += characterCost(text[offset++] ?? '');
      // Right after a run, the annotation's owner is the run's last character.
      const annotation =
        text.charCodeAt(offset) === 0x28 ? matchAt(ANNOTATION, text, offset) : null;
      if (annotation && lastChar !== (offset > 0 ? text[offset - 1] : null)) {
        const own = isMirrorAnnotation(lastChar, annotation.reading);
        return extra + (own ? 0 : COST_STRAY_MARKER) + (suffix[annotation.end] ?? 0);
      }
      return extra + (suffix[offset] ?? 0);
    },
  };
  // From the end backwards, so that a later run is priced as repaired, not
  // as the garbage it shows: otherwise a run could look cheaper by reading on
  // through the next one.
  for (let i = text.length - 1; i >= 0; i--) {
    let cost = (suffix[i + 1] ?? 0) + (costs[i] ?? 0);
    const start = runStarts.get(i);
    if (start) {
      const run = decodeRun({ text, codec, ...start, stray });
      if (run) cost = Math.min(cost, COST_NEXT_RUN + run.total);
    }
    suffix[i] = cost;
  }
  return stray;
}

/**
 * Whether the `?` at `at` is the article's own punctuation (`？` folded by NFKC) rather than a
 * loss: one of two or more in a row (`???`, `H200??`), since a bare `?` puts the text back in
 * phase, or one after a Latin letter or a digit read as text (`H200?`), where a lost trail byte
 * shows after a character's lead byte instead. Priced as a loss there, a run read `200` as
 * folded full-width digits to get past it (夠將H200? came out 夠專玻埃�).
 */
function questionMarks(text: string, at: number): boolean {
  return (
    text[at - 1] === '?' ||
    (text[at + 1] === '?' && !matchAt(MARKER, text, at + 1)) ||
    ASCII_WORD_END.test(text[at - 1] ?? '')
  );
}

const ASCII_WORD_END = /^[A-Za-z0-9]$/;

interface DecodeRunInput {
  text: string;
  codec: GbkCodec;
  /** Offset just after the start marker. */
  markerEnd: number;
  /** Possible lead bytes of the run's first character. */
  pendings: readonly number[];
  stray: StrayCost;
}

/**
 * Finds the cheapest reading of a garbled run: a shortest-path search over
 * (offset, pending lead byte) where every step is one of the ways the README
 * lists for the decoder to have produced the next visible character(s).
 */
function decodeRun({
  text,
  codec,
  markerEnd,
  pendings,
  stray,
}: DecodeRunInput): RunCandidate | null {
  const limit = Math.min(text.length, markerEnd + MAX_RUN_LENGTH);
  const frontier: Map<number, RunNode>[] = [];
  const stateAt = (offset: number) => (frontier[offset - markerEnd] ??= new Map());
  for (const pending of pendings) {
    stateAt(markerEnd).set(pending, {
      cost: 0,
      losses: 0,
      previous: null,
      out: [],
      annotations: 0,
    });
  }
  const found: { best: RunCandidate | null } = { best: null };
  const better = (cost: number, losses: number, than: { cost: number; losses: number }) =>
    cost < than.cost - 1e-9 || (cost <= than.cost + 1e-9 && losses < than.losses);
  const finish = (candidate: Omit<RunCandidate, 'total'>) => {
    const total = candidate.node.cost + stray.at(candidate.end, candidate.lastChar);
    const best = found.best;
    if (
      !best ||
      better(total, candidate.node.losses, { cost: best.total, losses: best.node.losses })
    ) {
      found.best = { ...candidate, total };
    }
  };
  const advance = (offset: number, pending: number, node: RunNode) => {
    const states = stateAt(offset);
    const existing = states.get(pending);
    if (!existing || better(node.cost, node.losses, existing)) states.set(pending, node);
  };
  const step = (from: RunNode, cost: number, out: RepairPiece[], annotations = 0): RunNode => ({
    cost: from.cost + cost,
    losses: from.losses + out.filter((piece) => piece.kind === 'lost').length,
    previous: from,
    out,
    annotations,
  });

  for (let offset = markerEnd; offset <= limit; offset++) {
    const states = frontier[offset - markerEnd];
    if (!states) continue;
    for (const [pending, node] of states) {
      // Prune: nothing reached from here can beat a finished reading.
      if (found.best && node.cost >= found.best.total) continue;
      if (offset >= limit) {
        // The text ends inside the run: the pending character lost its trail byte. The mirror's
        // decoder would have shown that lone byte as a `?` (the bare `?` above), so a reading
        // that gets here without one is a cut like any other. Priced as a loss, it let a run
        // read on through intact text to the end of the block (`球將R1模品的` shown as
        // `球?qū)1模品的` came out 球專蹦�返�).
        finish({
          end: offset,
          node: step(node, COST_CUT, [lost(1, 1, '')]),
          lastChar: null,
          lastCodes: [],
          endedByMarker: false,
        });
        continue;
      }
      expandRunState({ text, codec, offset, pending, node, step, advance, finish });
      if (gapBeforeAscii(codec, pending)) {
        finish({
          end: offset,
          node: step(node, pending === 0xa1 ? COST_GAP_ASCII_AFTER_FULL_STOP : COST_GAP_ASCII, [
            lost(2, 2, ''),
          ]),
          lastChar: null,
          lastCodes: [],
          endedByMarker: false,
        });
      }
      // Always possible, at a price: give up on the run here.
      finish({
        end: offset,
        node: step(node, COST_CUT, [lost(1, 1, '')]),
        lastChar: null,
        lastCodes: [],
        endedByMarker: false,
      });
    }
  }
  return found.best;
}

function lost(byteCount: number, charCount: number, originalGarble: string): LostPiece {
  return { kind: 'lost', byteCount, charCount, originalGarble };
}

function restored(char: string): RepairPiece {
  // The mirror applied NFKC to everything it showed; a restored `，` is shown
  // as the `,` the rest of the page uses (README, "Repair", last step).
  return { kind: 'text', text: char.normalize('NFKC') };
}

interface ExpandInput {
  text: string;
  codec: GbkCodec;
  offset: number;
  pending: number;
  node: RunNode;
  step: (from: RunNode, cost: number, out: RepairPiece[], annotations?: number) => RunNode;
  advance: (offset: number, pending: number, node: RunNode) => void;
  finish: (candidate: Omit<RunCandidate, 'total'>) => void;
}

/**
 * Pending state when the next character's lead byte is gone: the character
 * before it ended in 0x80, and (0x80, lead) is an invalid pair that the
 * decoder showed as `?` (還 DF 80 inside a run always does this).
 */
const UNKNOWN_LEAD = 0;
const COST_UNKNOWN_LEAD = 0.5;

function expandAfterUnknownLead({ text, codec, offset, node, step, advance, finish }: ExpandInput) {
  const unit = text.charCodeAt(offset);
  const unknown = (shown: string) => lost(1, 1, shown);
  // The invalid pair took an ASCII character instead: back in phase here.
  // Rarer than a following Chinese character.
  finish({
    end: offset,
    node: step(node, COST_LOST + COST_UNKNOWN_LEAD, [unknown('')]),
    lastChar: null,
    lastCodes: [],
    endedByMarker: false,
  });
  const marker = unit === 0x3f ? matchAt(MARKER, text, offset) : null;
  if (marker) {
    // E1 on a listed character: its reading names it even without its lead byte.
    const [only, ...others] = mirrorCharactersReading(marker.reading);
    if (only) {
      finish({
        end: marker.end,
        node: step(node, COST_UNKNOWN_LEAD, [others.length ? unknown('') : restored(only.char)]),
        lastChar: others.length ? null : only.char,
        lastCodes: others.length ? [] : [only.code],
        endedByMarker: true,
      });
    }
  }
  // The letter is the trail byte of a character that lost its lead. Priced like an E3 ending:
  // a bare `?` that took a `(`, space or digit before a Latin word (`素數(prime)` shown as
  // `素?cái)?prime)`) is likelier than a 0x80 character (攢 94 80) whose successor hides in the `p`.
  if (unit >= 0x40 && unit <= 0x7e) {
    finish({
      end: offset + 1,
      node: step(node, COST_UNKNOWN_LEAD + COST_ASCII_AFTER_RUN, [unknown(text[offset] ?? '')]),
      lastChar: null,
      lastCodes: [],
      endedByMarker: false,
    });
  }
  for (
    let length = 1;
    length <= codec.longestShownForm && offset + length <= text.length;
    length++
  ) {
    const shown = text.slice(offset, offset + length);
    for (const garbled of codec.codesShownAs(shown)) {
      const g1 = trailByte(garbled);
      const cost = COST_UNKNOWN_LEAD + (codec.decode(garbled) === shown ? 0 : 3);
      if (g1 >= 0x80) {
        advance(offset + length, g1, step(node, cost, [unknown(shown)]));
      } else {
        // E3 here too: priced as anywhere else in a run. Without COST_ASCII_AFTER_RUN,
        // `數2萬` shown as `?萬` read as 攢 (94 80) and a 萬 (C8 66) garbled into an `f` that
        // the page never showed, rather than as the bare `?` it is.
        const ascii = String.fromCharCode(g1);
        finish({
          end: offset + length,
          node: step(node, cost + COST_ASCII_AFTER_RUN + characterCost(ascii), [
            unknown(shown),
            text1(ascii),
          ]),
          lastChar: ascii,
          lastCodes: [],
          endedByMarker: false,
        });
      }
    }
  }
}

function expandRunState(input: ExpandInput): void {
  if (input.pending === UNKNOWN_LEAD) {
    expandAfterUnknownLead(input);
    return;
  }
  const { text, codec, offset, pending, node, step, advance, finish } = input;
  const unit = text.charCodeAt(offset);
  // Dropped pairs just before what comes next: one (X and Y lost but for
  // X's lead byte and Y's trail byte), or two in a row (three characters).
  const dropsBefore = (trail: number): { count: number; cost: number }[] => {
    const options: { count: number; cost: number }[] = [];
    if (gapPossible(codec, pending, trail)) options.push({ count: 1, cost: gapCost(pending) });
    if (canDropAfter(codec, pending)) options.push({ count: 2, cost: gapCost(pending) + COST_GAP });
    return options;
  };
  const gapPiece = (drops: number, charCount: number, shown: string) =>
    lost(2 * drops, charCount, shown);

  // A visible character (or an NFKC expansion such as `...`) that is one
  // garbled pair g = (trail of the pending character, lead of the next one).
  for (
    let length = 1;
    length <= codec.longestShownForm && offset + length <= text.length;
    length++
  ) {
    const shown = text.slice(offset, offset + length);
    for (const garbled of codec.codesShownAs(shown)) {
      const g0 = leadByte(garbled);
      const g1 = trailByte(garbled);
      // A compatibility ideograph (郎 FD 9C) folds into a character that GBK
      // also has (郎 C0 C9); both are ordinary garbled pairs, so no cost.
      const folded = codec.decode(garbled) === shown || isHan(shown) ? 0 : foldCost(pending, g0);
      let next = offset + length;
      let annotations = 0;
      // E4: a misaligned hit inside the run decodes, in the run's phase, as
      // the listed character itself and carries its annotation.
      const listed = mirrorAnnotationOf(shown);
      if (listed && listed.code === garbled) {
        const annotation = matchAt(ANNOTATION, text, next);
        if (annotation && annotation.reading === listed.reading) {
          next = annotation.end;
          annotations = 1;
        }
      }
      // What the pair stands for, directly or after dropped pairs.
      const readings: { cost: number; pieces: RepairPiece[] }[] = [];
      const original = codec.decode(makeCode(pending, g0));
      if (original !== undefined) {
        readings.push({ cost: characterCost(original), pieces: [restored(original)] });
      }
      for (const drop of dropsBefore(g0)) {
        readings.push({ cost: drop.cost, pieces: [gapPiece(drop.count, drop.count + 1, shown)] });
      }
      for (const reading of readings) {
        if (g1 >= 0x80) {
          advance(next, g1, step(node, folded + reading.cost, reading.pieces, annotations));
        } else {
          // E3: the garbled pair's second byte is an ASCII character of the
          // original; the text is back in phase after it.
          const ascii = String.fromCharCode(g1);
          finish({
            end: next,
            node: step(
              node,
              (folded ? COST_FOLDED_ASCII : 0) +
                reading.cost +
                COST_ASCII_AFTER_RUN +
                characterCost(ascii),
              [...reading.pieces, text1(ascii)],
              annotations,
            ),
            lastChar: ascii,
            lastCodes: [],
            endedByMarker: false,
          });
        }
      }
    }
  }

  if (unit === 0x3f /* ? */) {
    // E1: `?reading)` is the annotation of a listed character E whose lead
    // byte completed the last garbled pair; the text is back in phase.
    const marker = matchAt(MARKER, text, offset);
    if (marker) {
      for (const listed of mirrorCharactersReading(marker.reading)) {
        const ending = {
          end: marker.end,
          lastChar: listed.char,
          lastCodes: [listed.code],
          endedByMarker: true,
        };
        const cost = characterCost(listed.char);
        if (leadByte(listed.code) === pending) {
          finish({ ...ending, node: step(node, cost, [restored(listed.char)]) });
        }
        if (gapBeforeLead(codec, pending, leadByte(listed.code))) {
          const pieces = [gapPiece(1, 1, ''), restored(listed.char)];
          finish({ ...ending, node: step(node, cost + gapCost(pending), pieces) });
        }
        if (canDropAfter(codec, pending)) {
          const pieces = [gapPiece(2, 2, ''), restored(listed.char)];
          finish({ ...ending, node: step(node, cost + gapCost(pending) + COST_GAP, pieces) });
        }
      }
    }
    // The pending character ends in 0x80, which cannot start a pair: the
    // decoder showed `?` and took the next character's lead byte with it.
    const endsIn80 = codec.decode(makeCode(pending, 0x80));
    if (endsIn80 !== undefined) {
      advance(
        offset + 1,
        UNKNOWN_LEAD,
        step(node, characterCost(endsIn80) + COST_UNKNOWN_LEAD, [restored(endsIn80)]),
      );
    }
    // A bare `?`: the pending character's trail byte met an ASCII byte below
    // 0x40 (a digit, a space, punctuation) and both are gone; or, at the very
    // end, the trail byte was the last byte of the text.
    // A run that reaches the end of the text always ends like this. There, a last character
    // with lead byte A1 (。」” and the other CJK punctuation) is what a paragraph ends with, so
    // losing its trail byte tells nothing surprising: `降息。` shown as `迪i?` is 息 and a folded
    // ⅰ (A2 A1), not 希 and a folded ｉ (A3 E9) that the fold costs alone preferred.
    const atEnd = offset + 1 === text.length;
    finish({
      end: offset + 1,
      node: step(
        node,
        atEnd ? (pending === 0xa1 ? 0 : COST_LOST / 2) : COST_LOST,
        atEnd
          ? [lost(1, 1, '?')]
          : pending !== 0xa3 && swallowedOpeningParen(text, offset)
            ? [lost(1, 1, '?'), text1('(')]
            : [lost(2, 2, '?')],
      ),
      lastChar: null,
      lastCodes: [],
      endedByMarker: false,
    });
  } else if (unit >= 0x40 && unit <= 0x7e) {
    // E2: an ASCII letter or symbol is the trail byte of the pending
    // character itself (0x40–0x7E is a valid GBK trail range).
    const ascii = String.fromCharCode(unit);
    const original = codec.decode(makeCode(pending, unit));
    if (original !== undefined) {
      finish({
        end: offset + 1,
        node: step(node, characterCost(original), [restored(original)]),
        lastChar: original,
        lastCodes: [makeCode(pending, unit)],
        endedByMarker: false,
      });
    }
    // The same after dropped pairs: the character ending in this byte lost
    // its lead byte, unless it is a listed one and its annotation follows
    // (`a(chǎn)` is 產 AE 61 whatever its lost lead byte was).
    const annotation = matchAt(ANNOTATION, text, offset + 1);
    const named = annotation
      ? mirrorCharactersReading(annotation.reading).find((c) => trailByte(c.code) === unit)
      : undefined;
    for (const drop of dropsBefore(unit)) {
      if (named && annotation) {
        finish({
          end: annotation.end,
          node: step(
            node,
            drop.cost,
            [gapPiece(drop.count, drop.count, ascii), restored(named.char)],
            1,
          ),
          lastChar: named.char,
          lastCodes: [named.code],
          endedByMarker: true,
        });
      } else {
        // Eating a visible letter is a little less likely than a drop that
        // leaves it alone (see gapBeforeAscii below).
        finish({
          end: offset + 1,
          node: step(node, drop.cost + 1, [gapPiece(drop.count, drop.count + 1, ascii)]),
          lastChar: null,
          lastCodes: [],
          endedByMarker: false,
        });
      }
    }
  }
}

/** Text that closes a parenthesis soon after a lost byte: at most this far. */
const PAREN_REACH = 24;

/**
 * Whether the ASCII byte that a bare `?` at `at` swallowed was a `(`: what follows closes a
 * parenthesis (`?2025)` for `(2025)`) before opening one, before another `?` that could have
 * taken it and before the sentence ends, and nothing before it left one open.
 * The mirror's annotations and markers are not parentheses of the text. Only a `?` can make a
 * visible `(` vanish, so the one closed here was in that byte; the lost character stays lost.
 *
 * Not when the lost character has lead byte A3 (full-width forms): `（2025）` loses the
 * （'s trail byte and the first digit to the same `?`, and `，(2025)` looks the same, so there
 * the `(` may be the lost character itself rather than the ASCII byte.
 */
function swallowedOpeningParen(text: string, at: number): boolean {
  const end = Math.min(text.length, at + 1 + PAREN_REACH);
  let closes = false;
  for (let i = at + 1; i < end && !closes;) {
    const span = pinyinSpanAt(text, i);
    if (span) {
      i = span;
      continue;
    }
    const char = text[i];
    if (char === '(' || char === '?' || char === '。' || char === '\n') return false;
    // `?)` would give back an empty `()`: the byte was the `1` of a list's `1)` or the `:` of
    // a `:)`, not a parenthesis.
    if (char === ')' && i === at + 1) return false;
    closes = char === ')';
    i++;
  }
  return closes && parenthesesOpenBefore(text, at) === 0;
}

/** The text `openBefore` was counted over, and its counts (one pass per text, not per `?`). */
let countedText: string | null = null;
let openBefore: Int32Array = new Int32Array(0);

/**
 * How many parentheses are open before `at` in the whole of `text` (a parenthesis may hold
 * several sentences: `(據統計。…2025)` must not give a `(` to its `)`), the mirror's
 * annotations and markers aside. Counted once for the text and kept for the calls that follow:
 * one for every bare `?` a run may end on, and a scan from the start each time made a long
 * block of them quadratic.
 */
function parenthesesOpenBefore(text: string, at: number): number {
  if (countedText !== text) {
    openBefore = new Int32Array(text.length + 1);
    let depth = 0;
    for (let i = 0; i < text.length;) {
      const span = pinyinSpanAt(text, i);
      const next = span || i + 1;
      if (!span) {
        if (text[i] === '(') depth++;
        else if (text[i] === ')') depth = Math.max(0, depth - 1);
      }
      for (let j = i + 1; j <= next; j++) openBefore[j] = depth;
      i = next;
    }
    countedText = text;
  }
  return openBefore[at] ?? 0;
}

/** The end of a mirror annotation `(pinyin)` or marker `?pinyin)` at `at`, or 0. */
function pinyinSpanAt(text: string, at: number): number {
  const unit = text.charCodeAt(at);
  if (unit !== 0x28 && unit !== 0x3f) return 0;
  return matchAt(unit === 0x28 ? ANNOTATION : MARKER, text, at)?.end ?? 0;
}

/** Could the character with lead byte `lead` have lost its trail byte to a dropped pair? */
function canDropAfter(codec: GbkCodec, lead: number): boolean {
  for (const [from, to] of DROPPING_TRAILS) {
    for (let x = from; x <= to; x++) {
      if (codec.decode(makeCode(lead, x)) !== undefined) return true;
    }
  }
  return false;
}

/** Trail bytes that start a user-defined pair with some following lead byte. */
const DROPPING_TRAILS: readonly (readonly [number, number])[] = [
  [0xa1, 0xa7],
  [0xaa, 0xaf],
  [0xf8, 0xfe],
];

/**
 * Dropped pair (trail of X, an ASCII letter): with X's trail byte in A1–A7 and
 * the letter in 0x40–0x7E the pair is user-defined, so both vanish and the
 * decoder is back in phase right here (`。EUV` after a run shows as `UV`).
 */
function gapBeforeAscii(codec: GbkCodec, lead: number): boolean {
  for (let x = 0xa1; x <= 0xa7; x++) {
    if (codec.decode(makeCode(lead, x)) !== undefined) return true;
  }
  return false;
}

function text1(text: string): RepairPiece {
  return { kind: 'text', text };
}

const gapMemo = new WeakMap<GbkCodec, Map<number, boolean>>();

/**
 * Could a pair have been dropped between a character with lead byte `lead`
 * and a character whose trail byte is `trail`? Only if some X = (lead, x) and
 * Y = (y, trail) exist with (x, y) a user-defined code, which the decoder
 * drops silently.
 */
function gapPossible(codec: GbkCodec, lead: number, trail: number): boolean {
  let memo = gapMemo.get(codec);
  if (!memo) gapMemo.set(codec, (memo = new Map()));
  const key = (lead << 8) | trail;
  let answer = memo.get(key);
  if (answer === undefined) {
    answer = false;
    search: for (let x = 0x80; x <= 0xfe; x++) {
      if (codec.decode(makeCode(lead, x)) === undefined) continue;
      for (let y = 0x81; y <= 0xfe; y++) {
        if (isUserDefined(codec, x, y) && codec.decode(makeCode(y, trail)) !== undefined) {
          answer = true;
          break search;
        }
      }
    }
    memo.set(key, answer);
  }
  return answer;
}

/** Could a pair have been dropped between (lead, ?) and a character with lead byte `nextLead`? */
function gapBeforeLead(codec: GbkCodec, lead: number, nextLead: number): boolean {
  for (let x = 0x80; x <= 0xfe; x++) {
    if (codec.decode(makeCode(lead, x)) !== undefined && isUserDefined(codec, x, nextLead))
      return true;
  }
  return false;
}

function isUserDefined(codec: GbkCodec, lead: number, trail: number): boolean {
  return isWellFormedPair(lead, trail) && codec.decode(makeCode(lead, trail)) === undefined;
}

function collectPieces(last: RunNode): RepairPiece[] {
  const chain: RunNode[] = [];
  for (let node: RunNode | null = last; node; node = node.previous) chain.push(node);
  const pieces: RepairPiece[] = [];
  for (let i = chain.length - 1; i >= 0; i--) {
    for (const piece of chain[i]?.out ?? []) pushPiece(pieces, piece);
  }
  return pieces;
}

function countAnnotations(last: RunNode): number {
  let count = 0;
  for (let node: RunNode | null = last; node; node = node.previous) count += node.annotations;
  return count;
}

function pushPiece(pieces: RepairPiece[], piece: RepairPiece): void {
  const previous = pieces[pieces.length - 1];
  if (piece.kind === 'text') {
    if (piece.text === '') return;
    if (previous?.kind === 'text') {
      pieces[pieces.length - 1] = { kind: 'text', text: previous.text + piece.text };
      return;
    }
  } else if (previous?.kind === 'lost') {
    // Neighbouring losses read as one gap.
    pieces[pieces.length - 1] = lost(
      previous.byteCount + piece.byteCount,
      previous.charCount + piece.charCount,
      previous.originalGarble + piece.originalGarble,
    );
    return;
  }
  pieces.push(piece);
}

// ---------------------------------------------------------------------------
// String form

/** Applies a plan to its text: the repaired string and its pieces. */
export function applyRepairPlan(
  text: string,
  plan: MirrorRepairPlan,
  lostMarker = '\ufffd',
): MirrorRepairResult {
  const pieces: RepairPiece[] = [];
  let at = 0;
  for (const edit of plan.edits) {
    pushPiece(pieces, text1(text.slice(at, edit.start)));
    for (const piece of edit.pieces) pushPiece(pieces, piece);
    at = edit.end;
  }
  pushPiece(pieces, text1(text.slice(at)));
  return {
    text: pieces.map((piece) => (piece.kind === 'text' ? piece.text : lostMarker)).join(''),
    pieces,
    annotationsRemoved: plan.annotationsRemoved,
    runsRepaired: plan.runsRepaired,
    spansLost: plan.spansLost,
  };
}

/**
 * Repairs one string: strips pinyin annotations and restores garbled runs.
 * Applies no page-level threshold; see repairDocument for that.
 */
export function repairMirrorText(
  text: string,
  options: MirrorRepairOptions = {},
): MirrorRepairResult {
  return applyRepairPlan(text, planMirrorRepair(text, options), options.lostMarker);
}
