/** Elements whose text is not shown. */
const UNSHOWN = new Set(['script', 'style', 'noscript', 'template']);

/**
 * Elements whose text is a sample, not the page's own words: code, keys to press, a program's
 * output. A developer's post may show a mirror's corrupted text there as an example, which the
 * repair never touches. `<pre>` is not one of them: copy sites keep whole articles in one. Nor is
 * a `<code>` in one that holds the page's article (`findArticleInCode`), which the caller names.
 */
const SAMPLES = new Set(['code', 'kbd', 'samp']);
const IN_SAMPLE = [...SAMPLES].join(', ');

/**
 * How many text nodes a sample reads at most: a page of tiny cells (a table of 20,000 numbers)
 * could otherwise be read to its end for a few characters each.
 */
export const MAX_SAMPLED_TEXT_NODES = 20_000;

/**
 * The first `limit` characters of the body's shown text, read node by node: `textContent` would
 * build the text of the whole page first (a million characters on a large page), scripts and
 * style sheets included. Code samples are left out (`SAMPLES`). `textOf` reads a node's text
 * (the converter's record of the page's own text, once it has converted).
 */
export function leadingText(
  document: Document,
  limit: number,
  textOf: (node: Text) => string = (node) => node.data,
  /** Elements whose text is left out, with everything inside them. */
  leaveOut?: (element: Element) => boolean,
  /** A `<code>` whose text is the page's article, read as the page's own (`findArticleInCode`). */
  articleInCode: Element | null = null,
): string {
  const body = document.body;
  if (body === null) return '';
  // Elements are visited too when some are left out: they count towards the bound with the
  // text nodes, and past it the next node ends the walk (a page of 200,000 empty elements
  // would otherwise be walked to its end for one text node).
  let visits = 0;
  const walker =
    leaveOut === undefined
      ? document.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */)
      : document.createTreeWalker(body, 1 | 4 /* SHOW_ELEMENT | SHOW_TEXT */, {
          acceptNode: (node) => {
            // FILTER_ACCEPT past the bound: the loop below stops at the node.
            if (++visits > MAX_SAMPLED_TEXT_NODES) return 1;
            if (node.nodeType === 3) return 1; /* FILTER_ACCEPT */
            // FILTER_REJECT leaves out the element's descendants too; FILTER_SKIP only itself.
            const element = node as Element;
            const sample = SAMPLES.has(element.localName) && element !== articleInCode;
            return sample || leaveOut(element) ? 2 : 3;
          },
        });
  const parts: string[] = [];
  let length = 0;
  let nodes = 0;
  // Without elements in the walk, a text node's place is looked up: once per parent, as the text
  // nodes of a paragraph mostly share theirs.
  let lastParent: Node | null = null;
  let lastInSample = false;
  for (
    let node = walker.nextNode();
    node !== null &&
    length < limit &&
    nodes < MAX_SAMPLED_TEXT_NODES &&
    visits <= MAX_SAMPLED_TEXT_NODES;
    node = walker.nextNode(), nodes++
  ) {
    const parent = node.parentNode;
    if (parent !== null && UNSHOWN.has((parent as Element).localName)) continue;
    if (leaveOut === undefined && parent !== lastParent) {
      lastParent = parent;
      const sample = parent?.nodeType === 1 ? (parent as Element).closest(IN_SAMPLE) : null;
      lastInSample = sample !== null && sample !== articleInCode;
    }
    if (leaveOut === undefined && lastInSample) continue;
    const data = textOf(node as Text);
    parts.push(data);
    length += data.length;
  }
  return parts.join('').slice(0, limit);
}
