/**
 * Two-byte GBK, as the mirror tool used it (code page 936, iconv-lite `gbk`).
 *
 * The table is not shipped: it is built once, lazily, from the platform's own
 * `TextDecoder('gbk')`, which every browser has because the Encoding Standard
 * requires it (https://encoding.spec.whatwg.org/#gbk-decoder). Decoding all
 * 23,940 two-byte codes in one call takes a few milliseconds and happens only
 * on pages that show mirror artifacts, whereas a shipped table would add about
 * 70 KB to the content script for every page.
 *
 * The Encoding Standard's decoder is GB18030 and differs from code page 936 in
 * exactly 18 cells: since the 2023 update it decodes A6D9–A6DF, A6EC, A6ED,
 * A6F3 and eight cells of row FE to real characters, where code page 936 (and
 * so the mirror) has private-use code points. Those cells are treated as
 * user-defined here, because the mirror drops user-defined codes.
 */

/** A GBK code as `lead << 8 | trail`. */
export type GbkCode = number;

export interface GbkCodec {
  /** The two-byte code of a character, or `undefined` if two-byte GBK has none. */
  encode(char: string): GbkCode | undefined;
  /** The character of a valid code; `undefined` for user-defined and invalid codes. */
  decode(code: GbkCode): string | undefined;
  /**
   * Every code whose character, after NFKC, reads exactly `text`: `'，'` and
   * `','` both give A3AC (and the rarer ︐ A6D9 and ﹐ A96F for `','`).
   */
  codesShownAs(text: string): readonly GbkCode[];
  /** The longest `text` that {@link codesShownAs} knows (NFKC can expand, ⒇ → `(20)`). */
  readonly longestShownForm: number;
}

const FIRST_LEAD = 0x81;
const LAST_LEAD = 0xfe;
const FIRST_TRAIL = 0x40;
const LAST_TRAIL = 0xfe;
const TRAILS_PER_LEAD = LAST_TRAIL - FIRST_TRAIL + 1;

/** Cells that GB18030-2022 (and so TextDecoder) assigns but code page 936 leaves user-defined. */
const CP936_USER_DEFINED_OVERRIDES: ReadonlySet<GbkCode> = new Set([
  0xa6d9, 0xa6da, 0xa6db, 0xa6dc, 0xa6dd, 0xa6de, 0xa6df, 0xa6ec, 0xa6ed, 0xa6f3, 0xfe59, 0xfe61,
  0xfe66, 0xfe67, 0xfe6d, 0xfe7e, 0xfe90, 0xfea0,
]);

export function leadByte(code: GbkCode): number {
  return code >> 8;
}

export function trailByte(code: GbkCode): number {
  return code & 0xff;
}

export function makeCode(lead: number, trail: number): GbkCode {
  return (lead << 8) | trail;
}

/** True for a byte pair the decoder can read as one character slot (valid or user-defined). */
export function isWellFormedPair(lead: number, trail: number): boolean {
  return (
    lead >= FIRST_LEAD &&
    lead <= LAST_LEAD &&
    trail >= FIRST_TRAIL &&
    trail <= LAST_TRAIL &&
    trail !== 0x7f
  );
}

function isPrivateUse(char: string): boolean {
  const cp = char.charCodeAt(0);
  return cp >= 0xe000 && cp <= 0xf8ff;
}

/** Decodes a byte buffer as GBK; the default uses the platform TextDecoder. */
export type GbkBytesDecoder = (bytes: Uint8Array) => string;

function platformDecoder(): GbkBytesDecoder | null {
  try {
    const decoder = new TextDecoder('gbk');
    return (bytes) => decoder.decode(bytes);
  } catch {
    // A JavaScript runtime without ICU data (for example Node built with
    // small-icu) has no legacy decoders; repair of garbled runs is then off.
    return null;
  }
}

/** Builds the codec from a GBK decoder. Prefer {@link getGbkCodec}, which caches it. */
export function createGbkCodec(decodeBytes: GbkBytesDecoder): GbkCodec {
  const slotCount = (LAST_LEAD - FIRST_LEAD + 1) * TRAILS_PER_LEAD;
  const bytes = new Uint8Array(slotCount * 2);
  for (let lead = FIRST_LEAD, i = 0; lead <= LAST_LEAD; lead++) {
    for (let trail = FIRST_TRAIL; trail <= LAST_TRAIL; trail++, i += 2) {
      bytes[i] = lead;
      // 0x7F is never a trail byte; fill its slot with a harmless valid code
      // so that every slot still decodes to exactly one UTF-16 unit.
      bytes[i + 1] = trail === 0x7f ? 0x80 : trail;
    }
  }
  let text = decodeBytes(bytes);
  if (text.length !== slotCount) {
    // Not one unit per slot (an unexpected decoder): decode slot by slot.
    const units: string[] = [];
    for (let i = 0; i < bytes.length; i += 2) units.push(decodeBytes(bytes.subarray(i, i + 2)));
    text = units.map((u) => (u.length === 1 ? u : '\ufffd')).join('');
  }

  const table = new Uint16Array(slotCount);
  const byChar = new Map<string, GbkCode>();
  const byShownForm = new Map<string, GbkCode[]>();
  let longestShownForm = 1;
  for (let slot = 0; slot < slotCount; slot++) {
    const lead = FIRST_LEAD + Math.floor(slot / TRAILS_PER_LEAD);
    const trail = FIRST_TRAIL + (slot % TRAILS_PER_LEAD);
    const code = makeCode(lead, trail);
    const char = text[slot] ?? '\ufffd';
    if (
      trail === 0x7f ||
      char === '\ufffd' ||
      isPrivateUse(char) ||
      CP936_USER_DEFINED_OVERRIDES.has(code)
    ) {
      continue;
    }
    table[slot] = char.charCodeAt(0);
    if (!byChar.has(char)) byChar.set(char, code);
    const shown = char.normalize('NFKC');
    const list = byShownForm.get(shown);
    if (list) list.push(code);
    else byShownForm.set(shown, [code]);
    longestShownForm = Math.max(longestShownForm, shown.length);
  }

  const slotOf = (code: GbkCode): number => {
    const lead = leadByte(code);
    const trail = trailByte(code);
    if (!isWellFormedPair(lead, trail)) return -1;
    return (lead - FIRST_LEAD) * TRAILS_PER_LEAD + (trail - FIRST_TRAIL);
  };
  const none: readonly GbkCode[] = [];
  return {
    encode: (char) => byChar.get(char),
    decode(code) {
      const slot = slotOf(code);
      const unit = slot < 0 ? 0 : (table[slot] ?? 0);
      return unit === 0 ? undefined : String.fromCharCode(unit);
    },
    codesShownAs: (shown) => byShownForm.get(shown) ?? none,
    longestShownForm,
  };
}

let cached: GbkCodec | null | undefined;

/** The shared codec, built on first use; `null` when the platform has no GBK decoder. */
export function getGbkCodec(): GbkCodec | null {
  if (cached === undefined) {
    const decoder = platformDecoder();
    cached = decoder ? createGbkCodec(decoder) : null;
  }
  return cached;
}
