import { MIRROR_ANNOTATED, PINYIN_LETTER_CLASS, mirrorAnnotationOf } from './annotator.ts';

/**
 * Cheap checks for the mirror tool's artifacts. This module stays small (no
 * reading table, no GBK table) so a content script can decide whether to load
 * the repair at all.
 */

const listedChars = MIRROR_ANNOTATED.map((entry) => entry.char).join('');
const listedReadings = new Set(MIRROR_ANNOTATED.map((entry) => entry.reading));

/** `國(guó)`: a character the mirror annotates, then a parenthesised pinyin-looking word. */
const MIRROR_ANNOTATION = new RegExp(
  `([${listedChars}])\\(([${PINYIN_LETTER_CLASS}]{1,8})\\)`,
  'gu',
);
/** `?yàn)`: what a misaligned annotation leaves behind (see README, "Misaligned hit"). */
const RUN_MARKER = new RegExp(`\\?([${PINYIN_LETTER_CLASS}]{1,8})\\)`, 'gu');

/**
 * How many annotations the mirror tool left in `text`: a character from its
 * list followed by exactly the reading it writes for it (`國(guó)`, `長(zhǎng)`).
 * A pinyin primer in Simplified (`中(zhōng)国(guó)`) counts nothing, and a
 * Traditional one counts only its listed characters; callers compare the
 * whole page's count to a threshold before repairing.
 */
export function countPinyinAnnotations(text: string): number {
  if (!text.includes(')')) return 0;
  let count = 0;
  for (const match of text.matchAll(MIRROR_ANNOTATION)) {
    const [, char = '', reading = ''] = match;
    if (mirrorAnnotationOf(char)?.reading === reading) count++;
  }
  return count;
}

const LISTED_CHARACTER = new RegExp(`[${listedChars}]`, 'gu');

/** How many of the characters the mirror tool annotates `text` holds, annotated or not. */
export function countListedCharacters(text: string): number {
  return text.match(LISTED_CHARACTER)?.length ?? 0;
}

/** `字(pīn)`: pinyin in parentheses after any Han character, the tool's or a writer's. */
const HAN_ANNOTATION = new RegExp(`\\p{Script=Han}\\([${PINYIN_LETTER_CLASS}]{1,8}\\)`, 'gu');

/** How many of the tool's annotations make a page a mirror copy with no other sign of one. */
export const MIN_TOOL_ANNOTATIONS = 10;

/**
 * Whether `text` shows the mirror tool at work by itself: at least `MIN_TOOL_ANNOTATIONS` of
 * its annotations, and few others. A pinyin primer writes the readings of the characters it
 * teaches, most of them outside the tool's list of 83, or with other readings; an article that
 * notes how to say a name or two stays under a quarter.
 */
export function showsMirrorTool(text: string): boolean {
  if (!text.includes(')')) return false;
  const tool = countPinyinAnnotations(text);
  if (tool < MIN_TOOL_ANNOTATIONS) return false;
  const all = text.match(HAN_ANNOTATION)?.length ?? 0;
  return (all - tool) * 4 <= tool;
}

/** True when `text` holds at least one mirror annotation or garbled-run marker. */
export function hasMirrorArtifacts(text: string): boolean {
  if (!text.includes(')')) return false;
  return countPinyinAnnotations(text) > 0 || hasGarbledRuns(text);
}

/**
 * True when `text` holds a garbled-run marker (`?yàn)`, with a reading the mirror tool writes):
 * what only the mirror's byte misalignment leaves, unlike an annotation, which a pinyin lesson
 * writes too.
 */
export function hasGarbledRuns(text: string): boolean {
  if (!text.includes(')')) return false;
  for (const match of text.matchAll(RUN_MARKER)) {
    if (listedReadings.has(match[1] ?? '')) return true;
  }
  return false;
}
