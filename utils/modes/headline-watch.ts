/**
 * Watching a page for its article's headline when it may come late: a single-page site that
 * renders its title after the article, or takes it out and puts it back, changes nothing inside
 * the article, which is what the glossary's search and the side-by-side view watch.
 */

/**
 * How often, at most, the page is looked at again after it changed: a few selector lookups, and
 * on a mirror a walk of a bounded number of elements before the article (`MAX_HEADLINE_WALK`).
 */
export const HEADLINE_CHECK_MS = 250;

/**
 * Calls `onHeadline` when `findHeadline` (`articleHeadlineOutside`, bound to the article) gives
 * a headline that `isKnown` does not know, looking after the page has inserted nodes or edited
 * text (which is how a headline, or its text, comes in: frameworks fill a rendered text node in
 * place), at most every `checkMs`. Not after attribute changes, which animations make every
 * frame. Only NetEase-style pages, where the article is searched, are watched. Returns a function
 * that stops the watch.
 */
export function watchForHeadline({
  document,
  findHeadline,
  isKnown,
  onHeadline,
  checkMs = HEADLINE_CHECK_MS,
}: {
  document: Document;
  findHeadline: () => Element | null;
  isKnown: (headline: Element) => boolean;
  onHeadline: (headline: Element) => void;
  checkMs?: number;
}): () => void {
  const body = document.body;
  if (body === null) return () => {};
  let check: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;
  // The script's own constructor, as everywhere: the page may have replaced its own.
  const observer = new MutationObserver(() => {
    if (check !== null) return;
    check = setTimeout(() => {
      check = null;
      if (stopped) return;
      const headline = findHeadline();
      if (headline !== null && !isKnown(headline)) onHeadline(headline);
    }, checkMs);
  });
  observer.observe(body, { childList: true, characterData: true, subtree: true });
  return () => {
    stopped = true;
    observer.disconnect();
    if (check !== null) clearTimeout(check);
    check = null;
  };
}
