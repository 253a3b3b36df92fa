import { UI_ATTRIBUTE } from '../convert/dom-rules.ts';
import { ARTICLE_HEADLINES, cleanDocumentTitle, type NeteaseKind } from '../detect/netease.ts';
import { COMPANION_SELECTOR } from '../modes/companion-element.ts';

/** Our own elements whose text is the page's: the glossary's marks where highlights are missing. */
const PAGE_TEXT_UI = new Set(['term']);

/**
 * The title of a NetEase-style page as the tab shows it now: its headline's text (found where
 * detection finds it, `ARTICLE_HEADLINES`) as it reads after the mirror repair and the
 * conversion, else the document's title (which both rewrite too), cut to its article part. The
 * page's `og:title` is the last resort only: it stays as served, neither repaired nor converted.
 * Null when the page shows none.
 */
export function shownArticleTitle(document: Document, kind: NeteaseKind): string | null {
  for (const selector of ARTICLE_HEADLINES[kind]) {
    const headline = document.querySelector(selector);
    const text = headline ? headlineText(headline) : '';
    if (text) return text;
  }
  const title = cleanDocumentTitle(document.title);
  if (title) return title;
  const served = document.querySelector('meta[property="og:title" i]')?.getAttribute('content');
  return served?.trim() || null;
}

/**
 * The headline's text in the reader's script. In side by side the headline shows the page's
 * original (Simplified for a Taiwan reader) and its conversion in a companion: the companion's
 * text then, as the converted mode shows it in the headline itself.
 */
function headlineText(headline: Element): string {
  const companions = [...headline.querySelectorAll(COMPANION_SELECTOR)];
  if (companions.length > 0) {
    const text = companions.map(shownText).join(' ').replace(/\s+/g, ' ').trim();
    if (text) return text;
  }
  return shownText(headline);
}

/**
 * The text `element` shows, in one line: without what the extension added inside it (the copy
 * the side-by-side mode puts in a headline, the mark of characters lost in a mirror copy).
 */
function shownText(element: Element): string {
  const walker = element.ownerDocument.createTreeWalker(
    element,
    1 | 4 /* NodeFilter.SHOW_ELEMENT | SHOW_TEXT */,
    {
      acceptNode: (node) => {
        if (node.nodeType === 3) return 1; /* FILTER_ACCEPT */
        const ui = (node as Element).getAttribute(UI_ATTRIBUTE);
        // FILTER_REJECT leaves out the element's descendants too; FILTER_SKIP only itself.
        return ui !== null && !PAGE_TEXT_UI.has(ui) ? 2 : 3;
      },
    },
  );
  const parts: string[] = [];
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
    parts.push((node as Text).data);
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}
