/**
 * A longest-match dictionary with the matching rules of opencc-js 1.4.2's `Trie`
 * (core.js): the longest key that starts at a position wins, and when a key is listed twice
 * the first listing wins.
 *
 * It is a trie over UTF-16 code units kept in typed arrays, because matching is the inner
 * loop of every conversion: a page of 300 000 characters asks for a match at nearly every
 * position, twice or three times (segmentation, then each stage). The first code unit indexes
 * a direct table; the transitions of the other states go through one open-addressing hash
 * table keyed by (state, code unit). A lookup walks the text once, with no string slicing and
 * no Map lookup, and stops at the first code unit no key continues with. Keys end on code
 * point boundaries, so walking code units finds the same matches as opencc-js walking code
 * points.
 */
export interface PhraseMatch {
  /** Length of the matched key in UTF-16 code units. */
  readonly length: number;
  readonly value: string;
}

/** Longest-match lookups: a whole table, or the part of one its first dictionaries make. */
export interface PhraseMatcher {
  match(text: string, start: number, end: number): PhraseMatch | null;
}

/** Dictionaries one table can be built from (the index of each is kept in a byte). */
const MAX_DICTIONARIES = 255;

const MAX_KEY_LENGTH = 31;
/** The hash table of transitions is kept at most this full (linear probing). */
const MAX_LOAD = 0.6;

/** Slot of the transition (state, unit) in a table of `mask + 1` slots. */
function slotOf(state: number, unit: number, mask: number): number {
  const h = Math.imul(state, 0x9e3779b1) ^ unit;
  return (h ^ (h >>> 15)) & mask;
}

function powerOfTwoAtLeast(value: number): number {
  let size = 16;
  while (size < value) size *= 2;
  return size;
}

export class PhraseTable {
  /** Child of the root for each first code unit; 0 when no key starts with it. */
  private readonly root = new Int32Array(0x10000);
  // Transitions of the other states: parallel arrays, a slot is empty when its state is 0.
  private slotState: Int32Array;
  private slotUnit: Uint16Array;
  private slotChild: Int32Array;
  private mask: number;
  private transitions = 0;
  /** For each state, the index of its value in `values`, or -1 when no key ends there. */
  private valueIndex: Int32Array;
  /** For each state where a key ends, the index of the dictionary that listed it first. */
  private origin: Uint8Array;
  private readonly values: string[] = [];
  /** State 0 is the root. */
  private states = 1;

  constructor(expectedKeyUnits = 64) {
    // Keys share their prefixes (opencc's phrases make a little more than one state for every
    // two key units): the table is sized for half the key units, and doubles if it fills.
    const slots = powerOfTwoAtLeast(Math.ceil(expectedKeyUnits / 2 / MAX_LOAD));
    this.slotState = new Int32Array(slots);
    this.slotUnit = new Uint16Array(slots);
    this.slotChild = new Int32Array(slots);
    this.mask = slots - 1;
    this.valueIndex = new Int32Array(expectedKeyUnits + 1).fill(-1);
    this.origin = new Uint8Array(expectedKeyUnits + 1);
  }

  /**
   * Builds one table from opencc-js dictionary strings (`"key value|key value"`). When a key
   * occurs in several of them, the first listed wins, as in opencc-js `loadDictGroup`.
   */
  static fromDictionaries(dictionaries: readonly string[]): PhraseTable {
    if (dictionaries.length > MAX_DICTIONARIES) throw new RangeError('Too many dictionaries');
    // Every key unit may add a state: counting them first sizes the arrays once, and no larger
    // than needed (values are most of a dictionary's text).
    let keyUnits = 0;
    for (const dictionary of dictionaries) {
      for (let start = 0; start < dictionary.length;) {
        const space = dictionary.indexOf(' ', start);
        if (space < 0) break;
        keyUnits += space - start;
        const bar = dictionary.indexOf('|', space);
        if (bar < 0) break;
        start = bar + 1;
      }
    }
    const table = new PhraseTable(keyUnits);
    for (const [index, dictionary] of dictionaries.entries()) {
      if (dictionary === '') continue;
      let start = 0;
      while (start <= dictionary.length) {
        const bar = dictionary.indexOf('|', start);
        const end = bar < 0 ? dictionary.length : bar;
        const space = dictionary.indexOf(' ', start);
        if (space <= start || space >= end) {
          throw new TypeError(
            `Invalid dictionary entry: ${JSON.stringify(dictionary.slice(start, end))}`,
          );
        }
        const valueEnd = dictionary.indexOf(' ', space + 1);
        table.insert(
          dictionary,
          start,
          space,
          dictionary.slice(space + 1, valueEnd < 0 || valueEnd > end ? end : valueEnd),
          index,
        );
        start = end + 1;
      }
    }
    return table;
  }

  /** Adds an entry unless the key is already present (first entry wins). */
  add(key: string, value: string): void {
    this.insert(key, 0, key.length, value, 0);
  }

  /**
   * The same table seen as if built from its first `dictionaries` dictionaries only: a key
   * counts when one of them listed it. opencc's segmentation dictionaries are the first ones of
   * a conversion stage (STPhrases before STCharacters), so one table serves both.
   */
  restrictedTo(dictionaries: number): PhraseMatcher {
    return { match: (text, start, end) => this.match(text, start, end, dictionaries) };
  }

  get size(): number {
    return this.values.length;
  }

  /**
   * The longest key starting at `start` and ending at or before `end`, if any; with
   * `dictionaries`, only among the keys of the first that many dictionaries.
   */
  match(
    text: string,
    start: number,
    end: number,
    dictionaries = MAX_DICTIONARIES,
  ): PhraseMatch | null {
    if (start >= end) return null;
    let state = this.root[text.charCodeAt(start)]!;
    if (state === 0) return null;
    const { slotState, slotUnit, slotChild, mask, valueIndex, origin } = this;
    let best = origin[state]! < dictionaries ? valueIndex[state]! : -1;
    let bestEnd = start + 1;
    for (let i = start + 1; i < end; i += 1) {
      const unit = text.charCodeAt(i);
      let slot = slotOf(state, unit, mask);
      let next = 0;
      for (;;) {
        const owner = slotState[slot]!;
        if (owner === 0) break;
        if (owner === state && slotUnit[slot] === unit) {
          next = slotChild[slot]!;
          break;
        }
        slot = (slot + 1) & mask;
      }
      if (next === 0) break;
      state = next;
      const value = valueIndex[state]!;
      if (value >= 0 && origin[state]! < dictionaries) {
        best = value;
        bestEnd = i + 1;
      }
    }
    return best < 0 ? null : { length: bestEnd - start, value: this.values[best]! };
  }

  /** Adds `source[start, end)` → `value` from dictionary `origin`, unless that key is there already. */
  private insert(source: string, start: number, end: number, value: string, origin: number): void {
    const length = end - start;
    if (length <= 0 || length > MAX_KEY_LENGTH) {
      throw new RangeError(
        `Dictionary key length out of range: ${JSON.stringify(source.slice(start, end))}`,
      );
    }
    const first = source.charCodeAt(start);
    let state = this.root[first]!;
    if (state === 0) {
      state = this.newState();
      this.root[first] = state;
    }
    for (let i = start + 1; i < end; i += 1) state = this.child(state, source.charCodeAt(i));
    if (this.valueIndex[state] === -1) {
      this.valueIndex[state] = this.values.length;
      this.origin[state] = origin;
      this.values.push(value);
    }
  }

  /** The child of `state` by `unit`, made when missing. */
  private child(state: number, unit: number): number {
    let slot = slotOf(state, unit, this.mask);
    for (;;) {
      const owner = this.slotState[slot]!;
      if (owner === 0) break;
      if (owner === state && this.slotUnit[slot] === unit) return this.slotChild[slot]!;
      slot = (slot + 1) & this.mask;
    }
    const child = this.newState();
    this.slotState[slot] = state;
    this.slotUnit[slot] = unit;
    this.slotChild[slot] = child;
    this.transitions += 1;
    if (this.transitions > (this.mask + 1) * MAX_LOAD) this.rehash();
    return child;
  }

  private newState(): number {
    const state = this.states;
    this.states += 1;
    if (this.states > this.valueIndex.length) {
      const grown = new Int32Array(this.valueIndex.length * 2).fill(-1);
      grown.set(this.valueIndex);
      this.valueIndex = grown;
      const origins = new Uint8Array(grown.length);
      origins.set(this.origin);
      this.origin = origins;
    }
    return state;
  }

  private rehash(): void {
    const { slotState, slotUnit, slotChild } = this;
    const slots = slotState.length * 2;
    this.slotState = new Int32Array(slots);
    this.slotUnit = new Uint16Array(slots);
    this.slotChild = new Int32Array(slots);
    this.mask = slots - 1;
    for (let old = 0; old < slotState.length; old += 1) {
      const state = slotState[old]!;
      if (state === 0) continue;
      let slot = slotOf(state, slotUnit[old]!, this.mask);
      while (this.slotState[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slotState[slot] = state;
      this.slotUnit[slot] = slotUnit[old]!;
      this.slotChild[slot] = slotChild[old]!;
    }
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
 * Deeper than any real description (a character described in parts of parts), and shallow
 * enough for the call stack.
 */
const MAX_DESCRIPTION_DEPTH = 32;

/**
 * End of the Ideographic Description Sequence starting at `index` (⿰氵青 describes one
 * character), or 0 when there is none. Same recursion as opencc-js, which steps over a whole
 * sequence as one unmatched unit so that no dictionary key matches inside it; but each start is
 * worked out once (`ends`). A run of description characters cut off by the end of the text made
 * opencc-js's recursion parse each operand again when its child failed: exponential in the run,
 * 1.3 s for 40 ⿲ and seconds more for each few after, with the page frozen.
 */
function ideographicDescriptionEnd(
  text: string,
  index: number,
  ends: Map<number, number>,
  depth = 0,
): number {
  const known = ends.get(index);
  if (known !== undefined) return known;
  const arity = ideographicDescriptionArity(text.codePointAt(index) ?? 0);
  let end = 0;
  if (arity !== 0 && depth < MAX_DESCRIPTION_DEPTH) {
    end = index + codePointLength(text, index);
    for (let operand = 0; operand < arity; operand += 1) {
      if (end >= text.length) {
        end = 0;
        break;
      }
      const childEnd = ideographicDescriptionEnd(text, end, ends, depth + 1);
      end = childEnd || end + codePointLength(text, end);
    }
  }
  ends.set(index, end);
  return end;
}

/** How far the scan moves when no key matches at `index`. */
export function unmatchedLength(text: string, index: number): number {
  // Almost every unmatched code point is no description character: nothing to set up for it
  // (this runs once per such code point of a page).
  if (ideographicDescriptionArity(text.codePointAt(index) ?? 0) === 0) {
    return codePointLength(text, index);
  }
  const idsEnd = ideographicDescriptionEnd(text, index, new Map());
  return idsEnd > index ? idsEnd - index : codePointLength(text, index);
}
