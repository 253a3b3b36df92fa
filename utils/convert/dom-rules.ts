import { isMarkedOtherHanLanguage } from '../detect/chinese-presence.ts';
/**
 * Which parts of a page the converter may touch, and how text is grouped for conversion.
 */

/** Marks the extension's own UI (companion blocks, glossary cards): never converted. */
export const UI_ATTRIBUTE = 'data-jianfan-ui';

/**
 * Elements whose `lang` a part of the extension wrote (a block the side-by-side mode shows in
 * the original language), with the value written: while the element still says that, the mark
 * is ours and not the page's own, which the converter follows (`PageLangMarks.markRun` in
 * page-lang.ts).
 */
export const langMarkedByUs = new WeakMap<Element, string>();

/**
 * Elements whose content is never converted: code and program text, raw text elements,
 * and the user's own input. Their subtrees break the surrounding run of text.
 */
const SKIPPED_ELEMENTS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'code',
  'pre',
  'kbd',
  'samp',
  'var',
  // Obsolete, but still parsed as raw or preformatted program text.
  'xmp',
  'listing',
  'plaintext',
  // A style sheet's `title` names its style sheet set: a sheet whose title is no longer the
  // preferred set's name is turned off (https://drafts.csswg.org/cssom/#css-style-sheet-set-name).
  'link',
]);

/**
 * The preformatted elements (`<pre>`, and the `<code>` of a `<pre><code>`) that hold a mirror's
 * whole article, as some copy sites keep it (`findArticleInCode`, a notice ending a `<pre>`):
 * their text is the article's prose, converted, repaired and searched for terms like a
 * paragraph's, where any other `<pre>` or `<code>` is program text. Marked by the reader from
 * detection's article root (`markPreformattedArticle`). The set is kept on the global object,
 * as the kits' registry is (utils/platform/kits.ts): the repair and the glossary are kits, bundles
 * with a copy of this module of their own, and read what the reader marked.
 */
const preformattedArticles: WeakSet<Element> = ((
  globalThis as unknown as Record<symbol, WeakSet<Element> | undefined>
)[Symbol.for('jianfan-reader.preformatted-articles')] ??= new WeakSet());

/** Elements marked preformatted articles when they hold one (`preformattedArticles`). */
const PREFORMATTED = new Set(['pre', 'code']);

/**
 * Marks `root`, when it is or is inside a `<pre>`, as a preformatted article: it and its
 * preformatted ancestors up to that `<pre>`. Gives what takes the marks off again (the session
 * that made them ends, and a page may reuse the block for code), or null when `root` is in no
 * `<pre>`.
 */
export function markPreformattedArticle(root: Element): (() => void) | null {
  const pre = root.closest('pre');
  if (pre === null) return null;
  const marked: Element[] = [];
  for (let at: Element | null = root; at !== null; at = at.parentElement) {
    if (PREFORMATTED.has(at.localName) && !preformattedArticles.has(at)) {
      preformattedArticles.add(at);
      marked.push(at);
    }
    if (at === pre) break;
  }
  return () => {
    for (const element of marked) preformattedArticles.delete(element);
  };
}

/** Whether `element` is a `<pre>` or `<code>` that holds an article (`markPreformattedArticle`). */
export function isPreformattedArticle(element: Element): boolean {
  return preformattedArticles.has(element);
}

/**
 * Ruby annotations (the pinyin or zhuyin over characters): not converted, and not part of the
 * words either. The run goes on across them, so <ruby>头<rt>tóu</rt></ruby><ruby>发<rt>fà</rt>
 * </ruby> converts as 头发 → 頭髮, as it would without the annotations, not as 頭 and 發.
 */
const RUBY_ANNOTATIONS = new Set(['rt', 'rp', 'rtc']);

export function isRubyAnnotation(element: Element): boolean {
  return RUBY_ANNOTATIONS.has(element.localName);
}

/**
 * Embedded content: its children are fallback content that is not shown. The element's own
 * attributes still convert, and an <iframe>'s document is converted on its own.
 */
const OPAQUE_ELEMENTS = new Set(['iframe', 'object', 'embed', 'video', 'audio', 'canvas']);

export function isOpaqueElement(element: Element): boolean {
  return OPAQUE_ELEMENTS.has(element.localName);
}

/**
 * Phrasing elements that do not interrupt a word: text inside them converts together with
 * the text around them, so 他的<b>頭</b>髮 reads as 他的頭髮. Everything else (block
 * elements, <br>, images, form controls, unknown and custom elements) ends the run; ruby
 * annotations are passed over (see RUBY_ANNOTATIONS).
 */
const INLINE_ELEMENTS = new Set([
  'a',
  'abbr',
  'acronym',
  'b',
  'bdi',
  'bdo',
  'big',
  'cite',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'label',
  'mark',
  'nobr',
  'q',
  'rb',
  'ruby',
  's',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'wbr',
  // SVG text spans continue their <text> (SVG keeps the case of `textPath`).
  'tspan',
  'textPath',
]);

/** Attributes whose text a reader sees (tooltips, alternative text, hints, labels). */
export const CONVERTED_ATTRIBUTES = ['title', 'alt', 'placeholder', 'aria-label'] as const;

const BUTTON_INPUT_TYPES = new Set(['button', 'submit', 'reset']);

/**
 * Whether `element` and its subtree are off limits: skipped tags, our own UI, `translate="no"`,
 * class `notranslate`, text marked as Japanese or Korean (`lang="ja"`: 学校 and 気温 are not
 * Simplified Chinese to make Traditional), and anything editable (contenteditable with any
 * value but "false", or a text field a script keeps: `role="textbox"`).
 *
 * `translate="no"`, `notranslate` and `lang` on `<html>` or `<body>` speak for the whole page:
 * a page guarding itself against translation tools (as single-page apps do), or labelled with
 * a template's language. Whether the page is converted is the script detector's and the
 * reader's decision then, and honouring them only where the walk climbs to the root would
 * leave the page half converted.
 */
export function isSkippedElement(element: Element): boolean {
  // A preformatted article is prose, but still held to the rules below (an editable region,
  // translate="no", the extension's own UI).
  if (SKIPPED_ELEMENTS.has(element.localName) && !preformattedArticles.has(element)) return true;
  if (RUBY_ANNOTATIONS.has(element.localName)) return true;
  // An <option> without a value attribute submits its text: converting it would change the
  // form's data (and which choice the page's scripts see), not only what the reader sees.
  if (element.localName === 'option' && !element.hasAttribute('value')) return true;
  return isSkippedByAttributes(element);
}

/**
 * Whether `element` is skipped, its attributes aside, while what the reader sees of it is
 * converted: a `<textarea>`, whose text is the reader's own value, but whose placeholder, title
 * and label are the page's words, as an `<input>`'s are (`convertibleAttributes`). Unless the
 * element is off limits by its attributes too (editable, `translate="no"`, our own UI, …).
 */
export function convertsOnlyAttributes(element: Element): boolean {
  return element.localName === 'textarea' && !isSkippedByAttributes(element);
}

/** ARIA roles of a text field: what the reader types, wherever a page's script keeps it. */
const TEXTBOX_ROLES = new Set(['textbox', 'searchbox']);

/**
 * Whether `element` says it is a text field (`role="textbox"` or `"searchbox"`, among the
 * role's tokens) without being `contenteditable`: a comment box whose script writes each key
 * into a `<div>` holds what the reader types as much as a `<textarea>` does.
 */
export function isScriptedTextbox(element: Element): boolean {
  return isTextboxRole(element.getAttribute('role'));
}

/** Whether a `role` attribute's value names a text field (see `isScriptedTextbox`). */
function isTextboxRole(role: string | null): boolean {
  if (role === null) return false;
  for (const token of role.toLowerCase().split(/\s+/)) if (TEXTBOX_ROLES.has(token)) return true;
  return false;
}

/**
 * Whether a mutation is a `role` change that leaves the element what it was: a text box (off
 * limits) or not. Widgets set their role as they render; only a region turned into a text box or
 * out of one is given back, walked or searched again. Needs the record's `oldValue`.
 */
export function isRoleChangeOfNoTextbox(record: MutationRecord): boolean {
  return (
    record.type === 'attributes' &&
    record.attributeName === 'role' &&
    isTextboxRole(record.oldValue) === isScriptedTextbox(record.target as Element)
  );
}

/** The rules of `isSkippedElement` that attributes decide. */
function isSkippedByAttributes(element: Element): boolean {
  // Most elements of a page carry no attribute at all: one call answers for all of them.
  if (!element.hasAttributes()) return false;
  if (element.hasAttribute(UI_ATTRIBUTE)) return true;
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable.trim().toLowerCase() !== 'false') return true;
  if (isScriptedTextbox(element)) return true;
  if (element.localName === 'html' || element.localName === 'body') return false;
  const translate = element.getAttribute('translate');
  if (translate !== null && translate.trim().toLowerCase() === 'no') return true;
  if (element.classList.contains('notranslate')) return true;
  return isMarkedOtherHanLanguage(element);
}

export function isInlineElement(element: Element): boolean {
  return INLINE_ELEMENTS.has(element.localName) && element.shadowRoot === null;
}

/** The attributes of `element` the converter handles, among those it has. */
export function convertibleAttributes(element: Element): string[] {
  const names: string[] = [];
  if (!element.hasAttributes()) return names;
  for (const name of CONVERTED_ATTRIBUTES) {
    if (element.hasAttribute(name)) names.push(name);
  }
  // A choice's `label` is what the list shows in place of its text; it is never sent.
  if (
    (element.localName === 'option' || element.localName === 'optgroup') &&
    element.hasAttribute('label')
  ) {
    names.push('label');
  }
  // A button-like input shows its value as its label; any other input's value is the user's.
  // A named submit button sends its value with the form: it is data, and stays as it is.
  const type = (element.getAttribute('type') ?? '').trim().toLowerCase();
  if (
    element.localName === 'input' &&
    element.hasAttribute('value') &&
    BUTTON_INPUT_TYPES.has(type) &&
    !(type === 'submit' && element.hasAttribute('name'))
  ) {
    names.push('value');
  }
  return names;
}

/** The parent of `node`, crossing from a shadow root to its host. */
export function composedParent(node: Node): Node | null {
  if (node.parentNode !== null) return node.parentNode;
  const host = (node as Partial<ShadowRoot>).host;
  return host ?? null;
}

/**
 * Whether `node` or one of its ancestors passes `hit`, climbing with `parentOf` until it gives
 * null. What is found for each ancestor is kept, so that the 20,000 paragraphs of one article
 * climb the same ancestors once between them, not once each. Good for one look at the page:
 * it knows nothing of changes made after.
 */
export function createAncestorTest(
  hit: (node: Node) => boolean,
  parentOf: (node: Node) => Node | null,
): (node: Node | null) => boolean {
  const known = new Map<Node, boolean>();
  return (node) => {
    // A loop, not recursion: a page may nest 10,000 deep.
    const path: Node[] = [];
    let answer = false;
    for (let current = node; current !== null; current = parentOf(current)) {
      const found = known.get(current);
      if (found !== undefined) {
        answer = found;
        break;
      }
      path.push(current);
      if (hit(current)) {
        answer = true;
        break;
      }
    }
    for (const passed of path) known.set(passed, answer);
    return answer;
  };
}

/**
 * `isInsideSkipped` for many nodes of one look at the page (see `createAncestorTest`): the
 * same answers, each ancestor looked at once.
 */
export function createInsideSkippedTest(): (node: Node) => boolean {
  const hidesBelow = createAncestorTest(
    (node) =>
      node.nodeType === 1 &&
      (isSkippedElement(node as Element) || isOpaqueElement(node as Element)),
    composedParent,
  );
  const edited = new Map<Document, boolean>();
  return (node) => {
    const ownerDocument = node.nodeType === 9 ? (node as Document) : node.ownerDocument;
    if (ownerDocument !== null) {
      let on = edited.get(ownerDocument);
      if (on === undefined) {
        on = ownerDocument.designMode === 'on';
        edited.set(ownerDocument, on);
      }
      if (on) return true;
    }
    if (node.nodeType === 1 && isSkippedElement(node as Element)) return true;
    return hidesBelow(composedParent(node));
  };
}

/** Whether `node` is in (or is) a part of our own UI (`[data-jianfan-ui]`). */
export function isInsideOurUi(node: Node): boolean {
  for (let current: Node | null = node; current !== null; current = composedParent(current)) {
    if (current.nodeType === 1 && (current as Element).hasAttribute(UI_ATTRIBUTE)) return true;
  }
  return false;
}

/** Whether `node` is inside (or is) a skipped element, or in a document being edited. */
export function isInsideSkipped(node: Node): boolean {
  const ownerDocument = node.nodeType === 9 ? (node as Document) : node.ownerDocument;
  if (ownerDocument !== null && ownerDocument.designMode === 'on') return true;
  for (let current: Node | null = node; current !== null; current = composedParent(current)) {
    if (current.nodeType !== 1) continue;
    const element = current as Element;
    if (isSkippedElement(element)) return true;
    if (current !== node && isOpaqueElement(element)) return true;
  }
  return false;
}

/**
 * The node whose inline content `node` belongs to: the nearest ancestor that is not an inline
 * element (a paragraph, a list item, a shadow root, the document).
 */
export function blockContainerOf(node: Node): Node {
  let current: Node = node;
  while (
    current.nodeType === 3 ||
    (current.nodeType === 1 && isInlineElement(current as Element))
  ) {
    const parent = current.parentNode;
    if (parent === null) return current;
    current = parent;
  }
  return current;
}

/**
 * Whether `object`, a node the converter holds, has gone dead: Firefox cuts a content script's
 * references into a window that has closed (a frame's document after the frame navigated), and
 * any use of them throws
 * (https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/Content_scripts#dead_objects).
 */
export function isDeadObject(object: Node): boolean {
  try {
    void object.nodeType;
    return false;
  } catch {
    return true;
  }
}

/**
 * Calls `onDetached` once `node` has left its document: an ancestor replaced or removed (a
 * single-page site swapping its content, a page replacing `<body>`). An observer on the node
 * itself hears only of changes inside it; this one watches the child lists of its ancestors,
 * and so hears little of the rest of the page. Returns a function that stops watching.
 */
export function watchDetachment(node: Node, onDetached: () => void): () => void {
  // The script's own constructor, as everywhere: the page may have replaced its own.
  const observer = new MutationObserver(() => {
    if (node.isConnected) return;
    observer.disconnect();
    onDetached();
  });
  for (let at = node.parentNode; at !== null; at = at.parentNode) {
    observer.observe(at, { childList: true });
  }
  return () => observer.disconnect();
}
