/**
 * The text of a selection to convert: the frame's own, when it is the selection the browser
 * named. Chrome gives a context menu's `selectionText` with every line break turned into a
 * space (https://crbug.com/116429), so a selection of several paragraphs would be copied as one
 * line; the frame's `getSelection()` keeps them. The browser's text is kept when the frame's
 * selection is another one (it changed since, or is in a frame that does not answer).
 */
export function selectionToConvert(named: string, own: string | null | undefined): string {
  if (!own) return named;
  const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
  return squash(own) === squash(named) ? own : named;
}
