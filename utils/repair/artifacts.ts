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
  return pinyinAnnotationSpans(text).length;
}

/** Where one of the tool's annotations stands: its `(reading)` at [start, end) of the text. */
export interface AnnotationSpan {
  readonly start: number;
  readonly end: number;
}

/**
 * The mirror tool's annotations in `text`, in order, as `countPinyinAnnotations` counts them: the
 * parenthesised reading only, which starts right after its character. ASCII parentheses only: the
 * tool's last step, NFKC, folds full-width ones, so `國（guó）` is a writer's, not the tool's (see
 * `countWrittenAnnotations`). The converter reads words through these (text-converter.ts).
 */
export function pinyinAnnotationSpans(text: string): AnnotationSpan[] {
  const spans: AnnotationSpan[] = [];
  if (!text.includes(')')) return spans;
  for (const match of text.matchAll(MIRROR_ANNOTATION)) {
    const [whole, char = '', reading = ''] = match;
    if (mirrorAnnotationOf(char)?.reading !== reading) continue;
    spans.push({ start: match.index + char.length, end: match.index + whole.length });
  }
  return spans;
}

/** `text` with the spans (in order, not overlapping) taken out. */
export function withoutSpans(text: string, spans: readonly AnnotationSpan[]): string {
  if (spans.length === 0) return text;
  const parts: string[] = [];
  let from = 0;
  for (const { start, end } of spans) {
    parts.push(text.slice(from, start));
    from = end;
  }
  parts.push(text.slice(from));
  return parts.join('');
}

/**
 * `text` without the mirror tool's annotations (`pinyinAnnotationSpans`): 長(zhǎng)鑫存儲 → 長鑫存儲,
 * the term a glossary card names where a reader keeps the annotations (repair off).
 */
export function withoutPinyinAnnotations(text: string): string {
  return withoutSpans(text, pinyinAnnotationSpans(text));
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
 * The tool annotates every one of its characters in the text it went through: on the three
 * fixture mirrors 94–95% of them carry the annotation (the site's own menus the rest), and about
 * two thirds on a short one under a comment form. A page quoting a mirror's paragraph with a
 * paragraph of its own scores about 0.43, a lesson with its explanations less. A mirror of a
 * short article under a long footer falls below the bound; detection then measures the page
 * without its furniture (`detectNeteasePage`).
 */
const MIN_ANNOTATED_SHARE_OF_PAGE = 0.6;
/**
 * Han characters per annotation: the tool's 83 characters are common, one in about seven of a
 * news article (6.8–7.8 on the fixtures). A vocabulary list annotates nearly every character.
 */
const MIN_HAN_PER_ANNOTATION = 4;
/** Other pinyin in parentheses, as a share of the tool's: an article may note a name or two. */
const MAX_OTHER_ANNOTATION_SHARE = 0.1;

/**
 * Whether `text` (the start of a page) shows the mirror tool at work by itself: at least
 * `MIN_TOOL_ANNOTATIONS` of its annotations, on most of its characters, in prose, with few
 * other readings, and none in a sentence the tool did not write out (`countWrittenAnnotations`).
 * A pinyin lesson, a vocabulary list or a page quoting a mirror fails one.
 */
export function showsMirrorTool(text: string): boolean {
  if (!text.includes(')')) return false;
  const shaped = countPinyinAnnotations(text);
  if (shaped < MIN_TOOL_ANNOTATIONS) return false;
  const tool = shaped - countWrittenAnnotations(text);
  if (tool < MIN_TOOL_ANNOTATIONS) return false;
  const others = (text.match(HAN_ANNOTATION)?.length ?? 0) - tool;
  if (others > tool * MAX_OTHER_ANNOTATION_SHARE) return false;
  if (tool < countListedCharacters(text) * MIN_ANNOTATED_SHARE_OF_PAGE) return false;
  return (text.match(HAN_CHARACTER)?.length ?? 0) >= tool * MIN_HAN_PER_ANNOTATION;
}

const HAN_CHARACTER = /\p{Script=Han}/gu;

/**
 * Full-width forms (`，：；？！（）`, full-width letters and digits). The tool's last step, NFKC,
 * folds every one of them into ASCII, so no sentence of its output holds one, while Chinese
 * written by hand punctuates with them: a lesson that writes `這個字讀作國(guó)，…` as the tool
 * would annotate it still writes its comma full-width.
 */
const FULL_WIDTH_FORM = /[\uff01-\uff5e]/;
/** A sentence, or a line (detection starts each block's text with a line feed), with its end. */
const SENTENCE = /[^。！？!?\n]*[。！？!?\n]?/g;

/**
 * How many annotations shaped like the tool's (`countPinyinAnnotations`) `text` holds in sentences
 * with a full-width form, which the tool did not write out: a writer's, not the tool's.
 */
function countWrittenAnnotations(text: string): number {
  if (!FULL_WIDTH_FORM.test(text)) return 0;
  let count = 0;
  for (const [sentence] of text.matchAll(SENTENCE)) {
    if (FULL_WIDTH_FORM.test(sentence)) count += countPinyinAnnotations(sentence);
  }
  return count;
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
