/**
 * Whether a frame has a reader of its own. The content script runs in every http(s) frame,
 * same-origin ones included, and that frame's session converts it and follows the tab's
 * choices; a parent converting it too would write over its session's writes, and a restore by
 * one would leave the other's. About:blank, srcdoc and other local documents get no content
 * script: their parent converts them.
 *
 * A frame whose source is an http(s) page shows the about:blank document every frame starts
 * with until that page loads: a stand-in that goes away. Converted, it would leave the parent
 * holding a document that is gone, which Firefox turns into references that throw ("can't
 * access dead object").
 */
export function frameHasOwnReader(
  frame: HTMLIFrameElement | HTMLFrameElement,
  frameDocument: Document,
): boolean {
  if (/^https?:/i.test(frameDocument.URL)) return true;
  return !frame.hasAttribute('srcdoc') && /^https?:/i.test(frame.src);
}
