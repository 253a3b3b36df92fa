import {
  COMMON_CHARACTERS,
  RARE_CHARACTERS,
  SIMPLIFIED_CHARACTERS,
} from './generated/character-frequency.ts';

/**
 * How common a character is in Traditional text, from the generated table (GB2312 level 1 and
 * 2 plus their Traditional forms; see scripts/gen-repair-tables.mjs):
 * - 'common': GB2312 level 1 and its Traditional forms;
 * - 'rare': GB2312 level 2 and its Traditional forms;
 * - 'simplified': GB2312 characters that Traditional text writes differently (计, 樱).
 */
export type CharacterFrequency = 'common' | 'rare' | 'simplified';

let index: Map<string, CharacterFrequency> | undefined;

function load(): Map<string, CharacterFrequency> {
  if (!index) {
    index = new Map();
    for (const [characters, frequency] of [
      [COMMON_CHARACTERS, 'common'],
      [RARE_CHARACTERS, 'rare'],
      [SIMPLIFIED_CHARACTERS, 'simplified'],
    ] as const) {
      for (const char of characters) if (!index.has(char)) index.set(char, frequency);
    }
  }
  return index;
}

/** How common `char` is in Traditional text; undefined outside the table. */
export function frequencyOf(char: string): CharacterFrequency | undefined {
  return load().get(char);
}
