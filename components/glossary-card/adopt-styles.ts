/**
 * Adds a stylesheet to a document or a shadow root in a way a page's Content
 * Security Policy cannot block.
 *
 * A page served with `style-src 'self'` refuses `<style>` elements and style
 * attributes that scripts insert, content scripts included, but it does not
 * refuse constructable stylesheets (`new CSSStyleSheet()` put in
 * `adoptedStyleSheets`): CSP governs where style text comes from, and a
 * constructed sheet comes from no element or URL.
 *
 * Firefox before 153 threw when a content script assigned an array to
 * `adoptedStyleSheets` (the array is the content script's, the property the
 * page's: https://bugzilla.mozilla.org/show_bug.cgi?id=1751346, see also
 * https://bugzilla.mozilla.org/show_bug.cgi?id=1928865); `push` on the
 * page's own array works there. A `<style>` element is the last resort, for
 * browsers without constructable stylesheets.
 */

export interface AdoptedStyles {
  /** `sheet`: a constructable stylesheet; `element`: a `<style>` element. */
  readonly mode: 'sheet' | 'element';
  remove(): void;
}

type StyleTarget = Document | ShadowRoot;

function ownerDocumentOf(target: StyleTarget): Document {
  return target.nodeType === Node.DOCUMENT_NODE
    ? (target as Document)
    : (target as ShadowRoot).ownerDocument;
}

function canConstructSheets(target: StyleTarget): boolean {
  return (
    'adoptedStyleSheets' in target &&
    typeof CSSStyleSheet === 'function' &&
    typeof CSSStyleSheet.prototype.replaceSync === 'function'
  );
}

function adoptSheet(target: StyleTarget, sheet: CSSStyleSheet): boolean {
  try {
    target.adoptedStyleSheets = [...target.adoptedStyleSheets, sheet];
    return true;
  } catch {
    // Firefox < 153 in a content script (bug 1751346): change the page's array in place.
  }
  try {
    target.adoptedStyleSheets.push(sheet);
    return true;
  } catch {
    return false;
  }
}

function dropSheet(target: StyleTarget, sheet: CSSStyleSheet): void {
  try {
    target.adoptedStyleSheets = target.adoptedStyleSheets.filter((other) => other !== sheet);
    return;
  } catch {
    // As in adoptSheet.
  }
  try {
    const index = target.adoptedStyleSheets.indexOf(sheet);
    if (index !== -1) target.adoptedStyleSheets.splice(index, 1);
  } catch {
    // The sheet stays adopted but is emptied below, so it styles nothing.
  }
}

export function adoptStyles(target: StyleTarget, css: string): AdoptedStyles {
  if (canConstructSheets(target)) {
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      if (adoptSheet(target, sheet)) {
        return {
          mode: 'sheet',
          remove() {
            dropSheet(target, sheet);
            try {
              sheet.replaceSync('');
            } catch {
              // Nothing more can be done.
            }
          },
        };
      }
    } catch {
      // Fall through to a style element.
    }
  }
  const document = ownerDocumentOf(target);
  const style = document.createElement('style');
  style.setAttribute('data-jianfan-ui', 'style');
  style.textContent = css;
  if (target.nodeType === Node.DOCUMENT_NODE) {
    (document.head ?? document.documentElement).append(style);
  } else {
    target.append(style);
  }
  return {
    mode: 'element',
    remove() {
      style.remove();
    },
  };
}
