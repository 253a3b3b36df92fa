/**
 * The first `limit` characters of the body's text, read node by node: `textContent` would
 * build the text of the whole page first (a million characters on a large page). `textOf`
 * reads a node's text (the converter's record of the page's own text, once it has converted).
 */
export function leadingText(
  document: Document,
  limit: number,
  textOf: (node: Text) => string = (node) => node.data,
): string {
  const body = document.body;
  if (body === null) return '';
  const walker = document.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  const parts: string[] = [];
  let length = 0;
  for (let node = walker.nextNode(); node !== null && length < limit; node = walker.nextNode()) {
    const data = textOf(node as Text);
    parts.push(data);
    length += data.length;
  }
  return parts.join('').slice(0, limit);
}
