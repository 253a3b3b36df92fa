import { pageCardTheme } from '../../utils/glossary/card-theme.ts';
import { adoptStyles } from '../shared/adopt-styles.ts';
import { PAGE_NOTICE_CSS } from './styles.ts';

export const NOTICE_HOST_TAG = 'jianfan-notice';
/** How long a notice shows: time to read a few words. */
export const NOTICE_MS = 2_500;
/**
 * How long after the live region is in the page its text comes. Screen readers announce a
 * change of a live region they already know; one added together with its text is often not
 * read at all.
 */
export const NOTICE_ANNOUNCE_DELAY_MS = 100;

export interface PageNotice {
  /** Shows `text` (in `lang`) for a while, and has it read out; a newer notice replaces it. */
  show(text: string, lang: string): void;
  readonly element: HTMLElement;
  dispose(): void;
}

/**
 * A short notice at the top of the viewport, for what a keyboard shortcut changed. Its host is
 * `<jianfan-notice data-jianfan-ui="notice">` with an open shadow root (the page's styles stay
 * out), appended to the root element, so that a page that replaces its body keeps it; the
 * element leaves the page when the notice ends. The notice is also a live region (`role`
 * status), for screen readers. Its text is set as text: it comes from our messages, but
 * nothing is ever parsed as markup.
 */
export function createPageNotice({
  document,
  timers = {
    setTimeout: (run, ms) => window.setTimeout(run, ms),
    clearTimeout: (id) => window.clearTimeout(id),
  },
}: {
  document: Document;
  timers?: {
    setTimeout: (run: () => void, ms: number) => number;
    clearTimeout: (id: number) => void;
  };
}): PageNotice {
  const element = document.createElement(NOTICE_HOST_TAG);
  element.setAttribute('data-jianfan-ui', 'notice');
  const shadowRoot = element.attachShadow({ mode: 'open' });
  const styles = adoptStyles(shadowRoot, PAGE_NOTICE_CSS);
  const box = document.createElement('div');
  box.className = 'card';
  box.setAttribute('role', 'status');
  box.setAttribute('aria-live', 'polite');
  shadowRoot.append(box);

  let announce: number | null = null;
  let end: number | null = null;
  const clear = () => {
    if (announce !== null) timers.clearTimeout(announce);
    if (end !== null) timers.clearTimeout(end);
    announce = end = null;
  };

  return {
    element,
    show(text, lang) {
      clear();
      box.textContent = '';
      box.setAttribute('data-theme', pageCardTheme(document, null));
      if (element.parentNode !== document.documentElement) document.documentElement.append(element);
      announce = timers.setTimeout(() => {
        announce = null;
        box.lang = lang;
        box.textContent = text;
      }, NOTICE_ANNOUNCE_DELAY_MS);
      end = timers.setTimeout(() => {
        end = null;
        box.textContent = '';
        element.remove();
      }, NOTICE_ANNOUNCE_DELAY_MS + NOTICE_MS);
    },
    dispose() {
      clear();
      styles.remove();
      element.remove();
    },
  };
}
