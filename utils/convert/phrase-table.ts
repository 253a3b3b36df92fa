/**
 * A longest-match dictionary with the matching rules of opencc-js 1.4.2's `Trie`
 * (core.js), kept as a flat map rather than a tree of Maps: it is smaller, and building it
 * from the 50 000 entries of STPhrases is faster.
 *
 * For every first code unit we keep a bit mask of the key lengths (in UTF-16 code units,
 * 15 at most in opencc's tables) that start with it, so a lookup only slices the lengths
 * that exist, longest first.
 */
export interface PhraseMatch {
  /** Length of the matched key in UTF-16 code units. */
  readonly length: number;
  readonly value: string;
}

const MAX_KEY_LENGTH = 31;

export class PhraseTable {
  private readonly entries = new Map<string, string>();
  private readonly lengthsByFirstUnit = new Map<number, number>();

  /**
   * Builds one table from opencc-js dictionary strings (`"key value|key value"`). When a key
   * occurs in several of them, the first listed wins, as in opencc-js `loadDictGroup`.
   */
  static fromDictionaries(dictionaries: readonly string[]): PhraseTable {
    const table = new PhraseTable();
    for (const dictionary of dictionaries) {
      if (dictionary === '') continue;
      for (const line of dictionary.split('|')) {
        const space = line.indexOf(' ');
        if (space <= 0) throw new TypeError(`Invalid dictionary entry: ${JSON.stringify(line)}`);
        const end = line.indexOf(' ', space + 1);
        table.add(line.slice(0, space), line.slice(space + 1, end < 0 ? undefined : end));
      }
    }
    return table;
  }

  /** Adds an entry unless the key is already present (first entry wins). */
  add(key: string, value: string): void {
    if (key.length === 0 || key.length > MAX_KEY_LENGTH) {
      throw new RangeError(`Dictionary key length out of range: ${JSON.stringify(key)}`);
    }
    if (this.entries.has(key)) return;
    this.entries.set(key, value);
    const first = key.charCodeAt(0);
    this.lengthsByFirstUnit.set(
      first,
      (this.lengthsByFirstUnit.get(first) ?? 0) | (1 << key.length),
    );
  }

  get size(): number {
    return this.entries.size;
  }

  /** The longest key starting at `start` and ending at or before `end`, if any. */
  match(text: string, start: number, end: number): PhraseMatch | null {
    let lengths = this.lengthsByFirstUnit.get(text.charCodeAt(start));
    if (lengths === undefined) return null;
    const available = end - start;
    if (available < MAX_KEY_LENGTH) lengths &= (1 << (available + 1)) - 1;
    while (lengths !== 0) {
      const length = 31 - Math.clz32(lengths);
      const value = this.entries.get(text.slice(start, start + length));
      if (value !== undefined) return { length, value };
      lengths &= ~(1 << length);
    }
    return null;
  }
}

function codePointLength(text: string, index: number): number {
  const unit = text.charCodeAt(index);
  if (unit >= 0xd800 && unit <= 0xdbff && index + 1 < text.length) {
    const next = text.charCodeAt(index + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return 2;
  }
  return 1;
}

function ideographicDescriptionArity(codePoint: number): number {
  if (codePoint >= 0x2ff0 && codePoint <= 0x2ff1) return 2;
  if (codePoint >= 0x2ff2 && codePoint <= 0x2ff3) return 3;
  if (codePoint >= 0x2ff4 && codePoint <= 0x2fff) return 2;
  return 0;
}

/**
 * End of the Ideographic Description Sequence starting at `index` (⿰氵青 describes one
 * character), or 0 when there is none. Same recursion as opencc-js, which steps over a whole
 * sequence as one unmatched unit so that no dictionary key matches inside it.
 */
function ideographicDescriptionEnd(text: string, index: number): number {
  const arity = ideographicDescriptionArity(text.codePointAt(index) ?? 0);
  if (arity === 0) return 0;
  let end = index + codePointLength(text, index);
  for (let operand = 0; operand < arity; operand += 1) {
    if (end >= text.length) return 0;
    const childEnd = ideographicDescriptionEnd(text, end);
    end = childEnd || end + codePointLength(text, end);
  }
  return end;
}

/** How far the scan moves when no key matches at `index`. */
export function unmatchedLength(text: string, index: number): number {
  const idsEnd = ideographicDescriptionEnd(text, index);
  return idsEnd > index ? idsEnd - index : codePointLength(text, index);
}
