import { frameHasOwnReader } from './frames.ts';

/**
 * Whether a page is Chinese at all: the question the content script of every page asks before
 * anything else, so the answer must cost next to nothing on pages that are not.
 *
 * It counts Han characters, kana and other letters in a bounded sample of the page's text, by
 * the same rules as the script detector (script.ts), which then tells Traditional from
 * Simplified in the reader kit. What it leaves out is what makes the detector heavier: the
 * generated character classes (script-chars.ts, about 10 KB) and a sample that runs to the end
 * of a page without Chinese.
 */

/** Japanese when kana make up at least this share of Han + kana. */
export const JAPANESE_KANA_SHARE = 0.05;
/** Fewer Han characters than this, in a text that is mostly other letters, is not Chinese. */
export const MIN_HAN_CHARACTERS = 10;

export type ChinesePresence = 'chinese' | 'japanese' | 'none';

export interface LetterCounts {
  /** Han characters sampled. */
  han: number;
  /** Hiragana and katakana (not the ・ and ー that Chinese text borrows). */
  kana: number;
  /** Letters of other scripts (Latin, Cyrillic, Hangul …). */
  otherLetters: number;
  /** Hangul syllables, of the other letters. */
  hangul: number;
}

export function isHan(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0x20000 && code <= 0x3134f)
  );
}

export function isKana(code: number): boolean {
  return (
    (code >= 0x3041 && code <= 0x3096) ||
    (code >= 0x309d && code <= 0x309f) ||
    (code >= 0x30a1 && code <= 0x30fa) ||
    (code >= 0x30fd && code <= 0x30ff) ||
    (code >= 0x31f0 && code <= 0x31ff) ||
    (code >= 0xff66 && code <= 0xff9d)
  );
}

const LETTER = /\p{L}/u;

/** Whether a code point outside Han and kana is a letter (ASCII letters are counted apart). */
export function isOtherLetter(code: number): boolean {
  return (code < 0x3000 || code >= 0xac00) && LETTER.test(String.fromCodePoint(code));
}

/**
 * Korean with hanja (韓美, 國會 between the Hangul of a Korean newspaper): at least as many
 * Hangul syllables as Han characters, in text whose `lang` does not say it is Chinese.
 */
export function isKoreanWithHanja(
  counts: Pick<LetterCounts, 'han' | 'hangul'>,
  lang: string | null | undefined,
): boolean {
  return counts.hangul >= counts.han && !/^zh(?:-|$)/i.test(lang ?? '');
}

/**
 * What the counts say, before any question of Traditional or Simplified; `lang` is the page's
 * declared language, if any.
 */
export function presenceFromCounts(counts: LetterCounts, lang?: string | null): ChinesePresence {
  const cjk = counts.han + counts.kana;
  if (counts.kana > 0 && counts.kana >= JAPANESE_KANA_SHARE * cjk) return 'japanese';
  if (counts.han === 0) return 'none';
  if (isKoreanWithHanja(counts, lang)) return 'none';
  // A few Han characters in a page of other letters (an English page quoting 中文).
  if (counts.han < MIN_HAN_CHARACTERS && counts.han * 5 < counts.otherLetters) return 'none';
  return 'chinese';
}

/** Where a document sample goes, text node by text node, until it is full. */
export interface TextSink {
  readonly full: boolean;
  add(text: string): void;
}

/** Elements whose text is not prose a reader sees, or is ours. */
const UNSAMPLED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'code',
  'pre',
  'svg',
  'math',
]);

/** Languages written with Han characters of their own: Japanese kanji, Korean hanja. */
const OTHER_HAN_LANGUAGE = /^(?:ja|ko)(?:-|$)/i;

/**
 * Whether `element` is marked as Japanese or Korean text (`lang="ja"`, `lang="ko-KR"`): Han
 * characters there (学校, 気温, 國家) are not Chinese to sample or to convert.
 */
export function isMarkedOtherHanLanguage(element: Element): boolean {
  const lang = element.getAttribute('lang');
  return lang !== null && OTHER_HAN_LANGUAGE.test(lang.trim());
}

/** Feeds the text nodes of `root` to `sink` in document order, until it is full or `maxNodes`. */
export function sampleSubtree({
  root,
  sink,
  textOf,
  maxNodes,
}: {
  root: Node;
  sink: TextSink;
  textOf: (node: Text) => string;
  maxNodes: number;
}): void {
  const stack: Node[] = [root];
  let visited = 0;
  while (stack.length > 0 && !sink.full && visited < maxNodes) {
    const node = stack.pop()!;
    visited += 1;
    if (node.nodeType === 3) {
      sink.add(textOf(node as Text));
      continue;
    }
    if (node.nodeType === 11) {
      // A shadow root: its children.
      for (let child = node.lastChild; child !== null; child = child.previousSibling) {
        stack.push(child);
      }
      continue;
    }
    if (node.nodeType !== 1) continue;
    const element = node as Element;
    if (UNSAMPLED.has(element.localName) || element.hasAttribute('data-jianfan-ui')) continue;
    // A Japanese quotation in a Chinese page (the root's own `lang` is the page's, read apart).
    if (element !== root && isMarkedOtherHanLanguage(element)) continue;
    for (let child = element.lastChild; child !== null; child = child.previousSibling) {
      stack.push(child);
    }
    // What shows in place of the children, sampled first: an open shadow root (a page built of
    // web components can hold all its text there), or the document of a frame that has no
    // reader of its own (srcdoc, about:blank: a mail client's message), which the converter
    // converts with this page.
    const inside = shownInside(element);
    if (inside) stack.push(inside);
  }
}

function shownInside(element: Element): Node | null {
  if (element.shadowRoot) return element.shadowRoot;
  if (element.localName !== 'iframe' && element.localName !== 'frame') return null;
  const frame = element as HTMLIFrameElement;
  let frameDocument: Document | null;
  try {
    frameDocument = frame.contentDocument;
  } catch {
    return null;
  }
  if (!frameDocument || frameHasOwnReader(frame, frameDocument)) return null;
  return frameDocument.body ?? frameDocument.documentElement;
}

/** Counts letters, up to `maxHan` Han characters or `maxCharacters` code units read. */
class LetterCounter implements TextSink {
  readonly counts: LetterCounts = { han: 0, kana: 0, otherLetters: 0, hangul: 0 };
  private read = 0;
  private readonly maxHan: number;
  private readonly maxCharacters: number;

  constructor(maxHan: number, maxCharacters: number) {
    this.maxHan = maxHan;
    this.maxCharacters = maxCharacters;
  }

  get full(): boolean {
    return this.counts.han >= this.maxHan || this.read >= this.maxCharacters;
  }

  add(text: string): void {
    const counts = this.counts;
    const end = Math.min(text.length, this.maxCharacters - this.read);
    let i = 0;
    for (; i < end && counts.han < this.maxHan; i += 1) {
      let code = text.charCodeAt(i);
      if (code < 0x80) {
        if ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) counts.otherLetters += 1;
        continue;
      }
      if (code >= 0xd800 && code <= 0xdbff) {
        code = text.codePointAt(i)!;
        if (code > 0xffff) i += 1;
      }
      if (isHan(code)) counts.han += 1;
      else if (isKana(code)) counts.kana += 1;
      else if (isOtherLetter(code)) {
        counts.otherLetters += 1;
        if (code >= 0xac00 && code <= 0xd7a3) counts.hangul += 1;
      }
    }
    this.read += i;
  }
}

export interface PresenceBounds {
  /** Stop once this many Han characters have been seen: the page is Chinese. */
  maxHanCharacters?: number;
  /** Stop after reading this many code units of text. */
  maxCharacters?: number;
  /** Stop after visiting this many nodes. */
  maxNodes?: number;
}

/**
 * Whether `document` is Chinese, from its title and then its body text in document order. A
 * page with no Chinese in the first 20,000 characters of its text (about seven screens) is not
 * looked at further: the reader can still be asked for from the popup.
 */
export function detectChinesePresence(
  document: Document,
  { maxHanCharacters = 200, maxCharacters = 20_000, maxNodes = 4_000 }: PresenceBounds = {},
): { presence: ChinesePresence; counts: LetterCounts } {
  const counter = new LetterCounter(maxHanCharacters, maxCharacters);
  const textOf = (node: Text) => node.data;
  const title = document.querySelector('title');
  if (title) sampleSubtree({ root: title, sink: counter, textOf, maxNodes: 100 });
  const body = document.body ?? document.documentElement;
  if (body) sampleSubtree({ root: body, sink: counter, textOf, maxNodes });
  const lang = document.documentElement?.getAttribute('lang');
  return { presence: presenceFromCounts(counter.counts, lang), counts: counter.counts };
}
