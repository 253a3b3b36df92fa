import { MIRROR_ANNOTATIONS } from './generated/mirror-annotator.ts';
import type { GbkCode } from './gbk.ts';

/**
 * The mirror tool's fixed annotations: it writes `(pinyin)` after each of 83
 * characters, always with the same reading (會 is always huì, 長 always
 * zhǎng). Small on purpose: the cheap artifact check uses it without loading
 * the reading table.
 */
export interface AnnotatedCharacter {
  readonly char: string;
  readonly reading: string;
  readonly code: GbkCode;
}

export const MIRROR_ANNOTATED: readonly AnnotatedCharacter[] = MIRROR_ANNOTATIONS.map(
  ([char, reading, code]) => ({ char, reading, code }),
);

const byChar = new Map(MIRROR_ANNOTATED.map((entry) => [entry.char, entry]));
const byReading = new Map<string, AnnotatedCharacter[]>();
for (const entry of MIRROR_ANNOTATED) {
  const list = byReading.get(entry.reading);
  if (list) list.push(entry);
  else byReading.set(entry.reading, [entry]);
}

/** The mirror's annotation for `char`, if it annotates that character. */
export function mirrorAnnotationOf(char: string): AnnotatedCharacter | undefined {
  return byChar.get(char);
}

/** The annotated characters whose fixed reading is `reading` (時 and 實 are both shí). */
export function mirrorCharactersReading(reading: string): readonly AnnotatedCharacter[] {
  return byReading.get(reading) ?? [];
}

/**
 * Letters that may appear inside a pinyin annotation: a–z, ü, the tone-marked
 * vowels, ê and the syllabic nasals (ḿ ń ň ǹ), plus combining macron/caron/
 * grave/acute for forms without a precomposed letter (m̄, ê̄). Text reaching
 * the repair went through NFKC, so precomposed letters are the usual case.
 */
export const PINYIN_LETTER_CLASS =
  'a-zü\u0101\u00e1\u01ce\u00e0\u0113\u00e9\u011b\u00e8\u012b\u00ed\u01d0\u00ec\u014d\u00f3\u01d2\u00f2' +
  '\u016b\u00fa\u01d4\u00f9\u01d6\u01d8\u01da\u01dc\u00ea\u1e3f\u0144\u0148\u01f9\u0300\u0301\u0304\u030c';
