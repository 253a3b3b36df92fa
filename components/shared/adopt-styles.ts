import { adoptStyleSheet } from '../../utils/modes/adopt-sheet.ts';

/**
 * Adds a stylesheet to a document or a shadow root in a way a page's Content Security Policy
 * cannot block: a constructed stylesheet (see utils/modes/adopt-sheet.ts; `style-src 'self'`
 * refuses `<style>` elements and style attributes that scripts insert, content scripts
 * included, but not a sheet that comes from no element or URL). A `<style>` element is the
 * last resort, for browsers without constructable stylesheets. Used by every piece of our UI
 * drawn in a page: the glossary card and its marks, the peek card, the notice.
 */

export interface AdoptedStyles {
  /** `sheet`: a constructable stylesheet; `element`: a `<style>` element. */
  readonly mode: 'sheet' | 'element';
  remove(): void;
}

export function adoptStyles(target: Document | ShadowRoot, css: string): AdoptedStyles {
  const removeSheet = adoptStyleSheet(target, css);
  if (removeSheet !== null) return { mode: 'sheet', remove: removeSheet };
  const document =
    target.nodeType === Node.DOCUMENT_NODE
      ? (target as Document)
      : (target as ShadowRoot).ownerDocument;
  const style = document.createElement('style');
  style.setAttribute('data-jianfan-ui', 'style');
  style.textContent = css;
  if (target === document) (document.head ?? document.documentElement).append(style);
  else target.append(style);
  return {
    mode: 'element',
    remove() {
      style.remove();
    },
  };
}
