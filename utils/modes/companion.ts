import { collectWork } from '../convert/blocks.ts';
import { CONVERTED_ATTRIBUTES, UI_ATTRIBUTE, isInlineElement } from '../convert/dom-rules.ts';
import { convertAcrossNodes } from '../convert/page-converter.ts';
import type { TextConverter } from '../convert/text-converter.ts';
import { isOurUi, type OriginalTextOf, type TextBlock } from './blocks.ts';
import { COMPANION_SELECTOR, COMPANION_TAG, COMPANION_UI } from './companion-element.ts';

/**
 * Companion blocks of the parallel reading mode: the converted copy of a block, shown right
 * under its original.
 *
 * Where a companion goes, and why it is always INSIDE its block:
 * - it keeps the page valid HTML whatever the block is: a `<ul>` may only hold `<li>`s, a
 *   `<tr>` only cells, a `<dl>` only `<dt>`/`<dd>`, so a sibling would break lists, tables and
 *   definition lists, while any block may hold one more child;
 * - it takes the block's own typography: a heading's companion is heading-sized, a cell's is
 *   aligned like the cell, NetEase's first-line indent applies to both copies;
 * - a heading stays one heading in the outline (a sibling `<h2>` would double every entry of
 *   a screen reader's heading list), and page rules on siblings (`p + p`, `:nth-child`) still
 *   see the page's own siblings.
 *
 * The companion is an autonomous custom element, `<jianfan-companion>`: valid wherever
 * phrasing content is (inside `<p>` and `<h1>`, where a `<div>` is not), and untouched by the
 * page's `span`/`div` rules. It is marked `data-jianfan-ui="companion"`, so the converter, the
 * repair and the script detector leave it alone, while the glossary searches it on purpose.
 *
 * Accessibility: the companion is not `aria-hidden`. For a reader of the other script it is
 * the readable copy: screen readers and braille tables are set up for one script (a zh-TW
 * braille table has no cells for Simplified-only characters, and a voice may skip them), so it
 * carries its own `lang`, and `role="note"` with a label ("Converted") tells which copy is
 * which. Readers who want one copy only have the converted mode, where the page is read once.
 */

export { COMPANION_SELECTOR, COMPANION_TAG, COMPANION_UI };

/** The page's own text and attribute values (the converter keeps them). */
export interface PageOriginals {
  readonly textOf: OriginalTextOf;
  readonly attributeOf: (element: Element, name: string) => string | null;
}

export interface BuildCompanionOptions {
  readonly block: TextBlock;
  readonly converter: TextConverter;
  readonly originals: PageOriginals;
  /** `lang` of the converted text (`zh-Hans`, `zh-Hant`, `zh-Hant-HK`). */
  readonly lang: string;
  /** What assistive technology announces for the companion ("Converted"). */
  readonly label: string;
}

/**
 * Not copied into a companion: things that would run, play, load or take input twice
 * (scripts, media, frames, form controls), and drawings (`svg`), which would repeat an
 * article's graphics. An image is copied as its text alternative instead (see
 * `copyForCompanion`), and a formula as it is.
 */
const DROPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'link',
  'meta',
  'iframe',
  'frame',
  'object',
  'embed',
  'video',
  'audio',
  'canvas',
  'svg',
  'input',
  'select',
  'textarea',
  'button',
  'dialog',
]);

/** Copied as their content only: containers whose copies the page would count as its own. */
const UNWRAPPED_TAGS = new Set(['form', 'fieldset']);

/**
 * Attributes a copy must not repeat: identity (ids and names must stay unique, labels point
 * at one control), focus and shortcuts (one access key; tab stops, see `isFocusable`), and
 * inline handlers.
 */
const DROPPED_ATTRIBUTES = new Set([
  'id',
  'name',
  'for',
  'form',
  'autofocus',
  'accesskey',
  'tabindex',
  'contenteditable',
  'popover',
  'popovertarget',
]);

/**
 * The companion of `block`, not yet in the page: a copy of the block's own content (inline
 * markup kept, text from the originals, converted run by run with the same alignment as the
 * page converter, so a word split by markup converts as a word). Null when the conversion
 * changes nothing: a companion that repeats its original is noise.
 */
export function buildCompanion(options: BuildCompanionOptions): Element | null {
  const { block, converter } = options;
  const document = block.block.ownerDocument;
  const content = document.createDocumentFragment();
  for (const node of block.ownNodes) {
    const copy = copyForCompanion(node, options);
    if (copy !== null) content.append(copy);
  }
  const before = content.textContent ?? '';
  for (const item of collectWork(content, { deep: true, exclude: isFormula })) {
    if (item.kind !== 'text') continue;
    const outputs = convertAcrossNodes(
      item.nodes.map((node) => node.data),
      converter,
    );
    item.nodes.forEach((node, i) => {
      node.data = outputs[i]!;
    });
  }
  if ((content.textContent ?? '') === before) return null;

  const companion = document.createElement(COMPANION_TAG);
  companion.setAttribute(UI_ATTRIBUTE, COMPANION_UI);
  companion.setAttribute('lang', options.lang);
  companion.setAttribute('role', 'note');
  // Never a place to type: in a region the page makes editable, what the reader types must go
  // into the page's own text, not into ours (which goes when the mode ends).
  companion.setAttribute('contenteditable', 'false');
  companion.setAttribute('aria-label', options.label);
  companion.append(content);
  return companion;
}

/** Puts `companion` into its block, right after the run of own content it copies. */
export function insertCompanion(block: TextBlock, companion: Element): void {
  block.block.insertBefore(companion, block.after.nextSibling);
}

/** Whether `node` is a companion, or inside one. */
export function isInCompanion(node: Node): boolean {
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return element?.closest(COMPANION_SELECTOR) != null;
}

/**
 * An emoticon's text alternative, as Chinese sites write it (`[微笑]`, `[doge]`, but not
 * `[图片]`, a photo's), or an emoji picture's (😀, ❤️, 👍🏻, 👨‍👩‍👧, 🇨🇳, 1️⃣): read out wherever the emoticon stands, on a
 * line of its own too (a post that ends with one).
 */
/** One emoji: a pictograph, a flag or a keycap, with its variation selector or skin tone. */
const EMOJI = String.raw`(?:\p{Extended_Pictographic}|\p{Regional_Indicator}{2}|[#*0-9]\uFE0F?\u20E3)[\uFE0F\p{Emoji_Modifier}]*`;
const EMOTICON_ALT = new RegExp(
  String.raw`^\s*(?:\[(?![图圖]片\]|配[图圖]\]|image\])[^\]]{1,12}\]|(?:${EMOJI}(?:\u200D${EMOJI})*)+)\s*$`,
  'iu',
);

/** Text that shows nothing: white space and zero-width characters. */
const BLANK = /^[\s\u200b-\u200d\u2060\ufeff]*$/;

/**
 * Whether `picture` (with the inline elements that hold nothing else, a link around it) has no
 * text beside it up to the line breaks, or the ends of its parent, on either side.
 */
function standsOnItsOwnLine(picture: Element, block: Element): boolean {
  let line: Element = picture;
  for (
    let parent = line.parentElement;
    parent !== null && parent !== block && isInlineElement(parent) && onlyContent(parent) === line;
    parent = line.parentElement
  ) {
    line = parent;
  }
  return (
    nothingBesideUntilBreak(line, 'previousSibling') && nothingBesideUntilBreak(line, 'nextSibling')
  );
}

/** The one child of `element` that is not white space, or null when there are more or none. */
function onlyContent(element: Element): Node | null {
  let only: Node | null = null;
  for (let child = element.firstChild; child !== null; child = child.nextSibling) {
    if (child.nodeType === 3 && BLANK.test((child as Text).data)) continue;
    if (child.nodeType !== 1 && child.nodeType !== 3) continue;
    if (only !== null) return null;
    only = child;
  }
  return only;
}

function nothingBesideUntilBreak(node: Node, side: 'previousSibling' | 'nextSibling'): boolean {
  for (let at = node[side]; at !== null; at = at[side]) {
    if (at.nodeType === 1) {
      if ((at as Element).localName === 'br') return true;
      // A line break at the near end of an inline sibling (`<span>上文。<br></span>`) ends the
      // line as well; its text before the break is on the line above.
      if (endsWithBreak(at as Element, side === 'previousSibling' ? 'lastChild' : 'firstChild')) {
        return true;
      }
    }
    if ((at.nodeType === 1 || at.nodeType === 3) && !BLANK.test(at.textContent ?? '')) {
      return false;
    }
  }
  return true;
}

/** Whether `element`'s last (or first) content, white space aside, is a `<br>`. */
function endsWithBreak(element: Element, end: 'lastChild' | 'firstChild'): boolean {
  const step = end === 'lastChild' ? 'previousSibling' : 'nextSibling';
  let at: Node | null = element[end];
  while (at !== null) {
    if (at.nodeType === 3 && BLANK.test((at as Text).data)) {
      at = at[step];
      continue;
    }
    if (at.nodeType !== 1) return false;
    if ((at as Element).localName === 'br') return true;
    at = (at as Element)[end];
  }
  return false;
}

function copyForCompanion(node: Node, options: BuildCompanionOptions): Node | null {
  const document = options.block.block.ownerDocument;
  if (node.nodeType === 3) return document.createTextNode(options.originals.textOf(node as Text));
  if (node.nodeType !== 1) return null;
  const element = node as Element;
  if (DROPPED_TAGS.has(element.localName)) return null;
  // An image inline in the text (an emoticon's `[微笑]`, a symbol) is part of the sentence: a
  // second copy of the picture would repeat it, so its text alternative takes its place, as
  // text converted with its run. An image without one is decoration, and so, for the copy, is
  // a picture on a line of its own (a photo above its caption, `<img alt="配图"><br>图为…`):
  // its alternative names the picture, which the page shows right above.
  if (element.localName === 'img' || element.localName === 'picture') {
    const image = element.localName === 'img' ? element : element.querySelector('img');
    const alt = image === null ? null : options.originals.attributeOf(image, 'alt');
    if (alt === null || alt === '') return null;
    if (!EMOTICON_ALT.test(alt) && standsOnItsOwnLine(element, options.block.block)) return null;
    return document.createTextNode(alt);
  }
  // A formula is notation, not Chinese prose: copied as it is, never converted.
  if (isFormula(element)) return copyAsIs(element, options);
  const ui = element.getAttribute(UI_ATTRIBUTE);
  if (ui !== null && ui !== 'term' && ui !== 'lost-span') return null;
  // A glossary mark (where the Custom Highlight API is missing) belongs to the glossary, which
  // marks the companion itself; a copy of a page's custom element would run the page's
  // element code a second time; a copy of a form would be one more in `document.forms` (and
  // the page's scripts count and number them). All are copied as their content only.
  if (ui === 'term' || element.localName.includes('-') || UNWRAPPED_TAGS.has(element.localName)) {
    const content = document.createDocumentFragment();
    for (let child = element.firstChild; child !== null; child = child.nextSibling) {
      const copy = copyForCompanion(child, options);
      if (copy !== null) content.append(copy);
    }
    return content;
  }

  const copy = element.cloneNode(false) as Element;
  for (const name of copy.getAttributeNames()) {
    if (DROPPED_ATTRIBUTES.has(name) || name.startsWith('on')) copy.removeAttribute(name);
    // The text inside is converted: a Chinese `lang` of the original (Word pastes
    // `<span lang=ZH-TW>`) would have screen readers read it in the source's language. The
    // companion's own `lang` speaks for it; other languages (a Japanese quotation, English)
    // are not converted and keep theirs.
    else if (
      (name === 'lang' || name === 'xml:lang') &&
      /^zh(?:[-_]|$)/i.test(copy.getAttribute(name)!.trim())
    ) {
      copy.removeAttribute(name);
    }
  }
  for (const name of CONVERTED_ATTRIBUTES) {
    const value = options.originals.attributeOf(element, name);
    if (value !== null) copy.setAttribute(name, options.converter.convert(value));
  }
  // A companion is a second copy of the block's links: clickable, but no tab stop, or a
  // keyboard reader would tab through every link of the article twice (and through links the
  // page took out of the tab order, whose `tabindex` is not copied).
  if (isFocusable(element)) copy.setAttribute('tabindex', '-1');
  for (let child = element.firstChild; child !== null; child = child.nextSibling) {
    const childCopy = copyForCompanion(child, options);
    if (childCopy !== null) copy.append(childCopy);
  }
  return copy;
}

function isFormula(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).localName === 'math';
}

/**
 * A copy of `element` and all it holds as the page wrote it (text and attributes from the
 * originals, none converted), without what a copy must not repeat (`DROPPED_ATTRIBUTES`,
 * handlers, tab stops).
 */
function copyAsIs(element: Element, options: BuildCompanionOptions): Element {
  const copy = element.cloneNode(false) as Element;
  for (const name of copy.getAttributeNames()) {
    if (DROPPED_ATTRIBUTES.has(name) || name.startsWith('on')) copy.removeAttribute(name);
  }
  for (const name of CONVERTED_ATTRIBUTES) {
    const value = options.originals.attributeOf(element, name);
    if (value !== null) copy.setAttribute(name, value);
  }
  if (isFocusable(element)) copy.setAttribute('tabindex', '-1');
  appendAsIs(copy, element, options);
  return copy;
}

/** Appends copies of the children of `element` to `copy`, as `copyAsIs` makes them. */
function appendAsIs(copy: Element, element: Element, options: BuildCompanionOptions): void {
  const document = options.block.block.ownerDocument;
  for (let child = element.firstChild; child !== null; child = child.nextSibling) {
    if (child.nodeType === 3) {
      copy.append(document.createTextNode(options.originals.textOf(child as Text)));
    } else if (child.nodeType === 1) {
      const nested = child as Element;
      // A glossary mark is copied as its content, as outside a formula; the rest of our UI not.
      if (nested.getAttribute(UI_ATTRIBUTE) === 'term') appendAsIs(copy, nested, options);
      else if (!isOurUi(nested)) copy.append(copyAsIs(nested, options));
    }
  }
}

/**
 * Whether a copy of `element` would be focusable: a link, a disclosure's summary, or an element
 * the page gave a `tabindex` (whatever its value). Form controls, media and frames are never
 * copied, and editable regions lose `contenteditable`.
 */
function isFocusable(element: Element): boolean {
  if (element.hasAttribute('tabindex')) return true;
  const name = element.localName;
  if (name === 'summary') return true;
  return (name === 'a' || name === 'area') && element.hasAttribute('href');
}
