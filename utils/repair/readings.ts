import { COMMON_READINGS, RARE_READINGS, SIMPLIFIED_READINGS } from './generated/readings.ts';

/**
 * Pinyin readings of the characters that can carry an annotation, and how
 * common each character is. Parsed on first use from the generated table
 * (GB2312 level 1 and 2 plus their Traditional forms; see
 * scripts/gen-repair-tables.mjs).
 */
/**
 * - 'common': GB2312 level 1 and its Traditional forms;
 * - 'rare': GB2312 level 2 and its Traditional forms;
 * - 'simplified': GB2312 characters that Traditional text writes differently (计, 樱).
 */
export type CharacterFrequency = 'common' | 'rare' | 'simplified';

interface ReadingIndex {
  readings: Map<string, string[]>;
  frequency: Map<string, CharacterFrequency>;
}

let index: ReadingIndex | undefined;

function parseSection(section: string, frequency: CharacterFrequency, into: ReadingIndex): void {
  for (const group of section.split('|')) {
    // "<reading><characters>": the reading is the leading run of non-Han letters.
    let split = 0;
    while (split < group.length && !isHanUnit(group.charCodeAt(split))) split++;
    const reading = group.slice(0, split);
    for (const char of group.slice(split)) {
      const list = into.readings.get(char);
      if (list) list.push(reading);
      else into.readings.set(char, [reading]);
      if (!into.frequency.has(char)) into.frequency.set(char, frequency);
    }
  }
}

/** CJK ideographs (and surrogates, for extension B and later) never occur in a reading. */
function isHanUnit(unit: number): boolean {
  return unit >= 0x2e80;
}

function load(): ReadingIndex {
  if (!index) {
    index = { readings: new Map(), frequency: new Map() };
    parseSection(COMMON_READINGS, 'common', index);
    parseSection(RARE_READINGS, 'rare', index);
    parseSection(SIMPLIFIED_READINGS, 'simplified', index);
  }
  return index;
}

/** The readings of `char` (tone-marked, NFC), or an empty list when the table lacks it. */
export function readingsOf(char: string): readonly string[] {
  return load().readings.get(char) ?? [];
}

/** True when `reading` is one of the readings of `char`. */
export function isReadingOf(char: string, reading: string): boolean {
  return readingsOf(char).includes(reading);
}

/** How common `char` is in Traditional text (see {@link CharacterFrequency}); undefined outside the table. */
export function frequencyOf(char: string): CharacterFrequency | undefined {
  return load().frequency.get(char);
}
