import type { GbkCodec } from '../../../utils/repair/gbk.ts';
import { MIRROR_ANNOTATED } from '../../../utils/repair/annotator.ts';

/**
 * The mirror tool's corruption, written from the four steps in
 * ../shared/fixtures/netease/README.md ("The corruption mechanism"):
 * GBK-encode, insert `(pinyin)` after the bytes of each listed character
 * (byte-level, so also across character boundaries), decode lossily, NFKC.
 * Tests use it to corrupt texts the fixtures do not cover and check that the
 * repair gives them back.
 */
export interface CorruptionReport {
  text: string;
  /** User-defined pairs the decoder dropped (two bytes each). */
  droppedPairs: number;
  /** Bytes of the original swallowed by a `?` (invalid pair or lone last byte). */
  swallowedBytes: number;
  /** Insertions that did not land on a character boundary. */
  misalignedHits: number;
  /** Indices (in code points of the original) of characters that lost a byte. */
  damaged: ReadonlySet<number>;
  /** Index of the character whose trail byte starts the first misaligned hit, or -1. */
  firstHit: number;
  /**
   * Indices of characters whose bytes ended up in a garbled character that
   * NFKC changed (Ｓ shown as `S`, ⒕ as `14.`): the page no longer tells
   * which code it was, so a repair may read another one there.
   */
  folded: ReadonlySet<number>;
}

function encodeChar(codec: GbkCodec, char: string): number[] {
  const cp = char.codePointAt(0) ?? 0;
  if (cp < 0x80) return [cp];
  const code = codec.encode(char);
  if (code === undefined) throw new Error(`not in GBK: ${char}`);
  return [code >> 8, code & 0xff];
}

export function corruptLikeMirror(codec: GbkCodec, original: string): CorruptionReport {
  // Step 1: bytes, each tagged with the index of the character it came from.
  let bytes: number[] = [];
  let owners: number[] = [];
  const starts = new Set<number>();
  [...original].forEach((char, index) => {
    starts.add(bytes.length);
    for (const byte of encodeChar(codec, char)) {
      bytes.push(byte);
      owners.push(index);
    }
  });

  const listedCodes = new Set(MIRROR_ANNOTATED.map(({ code }) => code));
  let misalignedHits = 0;
  let firstHit = -1;
  for (let i = 0; i + 1 < bytes.length; i++) {
    const pair = ((bytes[i] ?? 0) << 8) | (bytes[i + 1] ?? 0);
    if (!starts.has(i) && listedCodes.has(pair)) {
      if (misalignedHits === 0) firstHit = owners[i] ?? -1;
      misalignedHits++;
    }
  }

  // Step 2: for each listed character in order, a plain left-to-right,
  // non-overlapping byte-string replace.
  for (const { code, reading } of MIRROR_ANNOTATED) {
    const insertion = [0x28, ...[...reading].flatMap((c) => encodeChar(codec, c)), 0x29];
    const nextBytes: number[] = [];
    const nextOwners: number[] = [];
    let i = 0;
    while (i < bytes.length) {
      if (i + 1 < bytes.length && bytes[i] === code >> 8 && bytes[i + 1] === (code & 0xff)) {
        nextBytes.push(code >> 8, code & 0xff, ...insertion);
        nextOwners.push(owners[i] ?? -1, owners[i + 1] ?? -1, ...insertion.map(() => -1));
        i += 2;
      } else {
        nextBytes.push(bytes[i] ?? 0);
        nextOwners.push(owners[i] ?? -1);
        i += 1;
      }
    }
    bytes = nextBytes;
    owners = nextOwners;
  }

  // Step 3: lossy decode.
  let text = '';
  let droppedPairs = 0;
  let swallowedBytes = 0;
  const damaged = new Set<number>();
  const folded = new Set<number>();
  const damage = (...positions: number[]) => {
    for (const p of positions) if ((owners[p] ?? -1) >= 0) damaged.add(owners[p] ?? -1);
  };
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) {
      text += String.fromCharCode(lead);
      i += 1;
      continue;
    }
    if (i + 1 >= bytes.length) {
      text += '?';
      swallowedBytes++;
      damage(i);
      i += 1;
      continue;
    }
    const trail = bytes[i + 1] ?? 0;
    if (lead === 0x80 || lead === 0xff || trail < 0x40 || trail === 0x7f || trail === 0xff) {
      text += '?';
      // `?` + `(`: the start or end marker of a run, no text lost.
      if (trail !== 0x28 || (owners[i + 1] ?? -1) >= 0) {
        swallowedBytes++;
        damage(i, i + 1);
      }
    } else {
      const char = codec.decode((lead << 8) | trail);
      if (char === undefined) {
        droppedPairs++;
        damage(i, i + 1);
      } else {
        text += char;
        const owners2 = [owners[i] ?? -1, owners[i + 1] ?? -1];
        if (owners2[0] !== owners2[1] && char.normalize('NFKC') !== char) {
          for (const owner of owners2) if (owner >= 0) folded.add(owner);
        }
      }
    }
    i += 2;
  }
  // Step 4.
  return {
    text: text.normalize('NFKC'),
    droppedPairs,
    swallowedBytes,
    misalignedHits,
    damaged,
    firstHit,
    folded,
  };
}

/**
 * A pattern for what a good repair of `original` may look like: exact
 * everywhere except at damaged characters, where any short stretch (a lost
 * marker, or a character the repair could not tell from the real one) fits.
 */
export function repairPattern(original: string, damaged: ReadonlySet<number>): RegExp {
  const chars = [...original];
  let source = '';
  for (let i = 0; i < chars.length;) {
    if (damaged.has(i)) {
      let run = 0;
      while (damaged.has(i)) {
        run++;
        i++;
      }
      source += `[^]{0,${run + 1}}`;
    } else {
      source += (chars[i] ?? '').normalize('NFKC').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      i++;
    }
  }
  return new RegExp(`^${source}$`, 'u');
}
