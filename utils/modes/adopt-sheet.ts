/*
 * Apart from styles.ts, whose companion rules import the converter (through companion.ts): the
 * repair kit adopts its sheet with this alone, without bundling the converter.
 */

/**
 * Adds a constructed stylesheet to `root`; returns what removes it, or null when the browser
 * refuses (no constructable stylesheets, or a sheet of another document).
 *
 * Firefox before 153 throws when a content script assigns its own array to the page's
 * `adoptedStyleSheets` (https://bugzilla.mozilla.org/show_bug.cgi?id=1751346); changing the
 * page's array in place with `push` works there.
 */
export function adoptStyleSheet(root: Document | ShadowRoot, css: string): (() => void) | null {
  let sheet: CSSStyleSheet;
  try {
    // The script's own constructor, not the page's, which a page may have replaced.
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
  } catch {
    return null;
  }
  if (!addSheet(root, sheet)) return null;
  return () => {
    try {
      root.adoptedStyleSheets = root.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
    } catch {
      try {
        const index = root.adoptedStyleSheets.indexOf(sheet);
        if (index !== -1) root.adoptedStyleSheets.splice(index, 1);
      } catch {
        // Still adopted: emptied, it styles nothing.
        sheet.replaceSync('');
      }
    }
  };
}

function addSheet(root: Document | ShadowRoot, sheet: CSSStyleSheet): boolean {
  try {
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } catch {
    try {
      root.adoptedStyleSheets.push(sheet);
    } catch {
      return false;
    }
  }
  try {
    return root.adoptedStyleSheets.includes(sheet);
  } catch {
    return false;
  }
}
