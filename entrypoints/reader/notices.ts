import { createPageNotice, type PageNotice } from '../../components/page-notice/notice-host.ts';

/**
 * The one notice of each document, for what a shortcut changed and for what the context menu
 * copied: two notices at once would cover each other at the top of the viewport.
 */
const notices = new WeakMap<Document, PageNotice>();

/** The document's notice, made on first use: most pages never show one. */
export function pageNoticeFor(document: Document): PageNotice {
  let notice = notices.get(document);
  if (notice === undefined) {
    notice = createPageNotice({ document });
    notices.set(document, notice);
  }
  return notice;
}

/** Takes the document's notice out of the page, if it has one (the session ends). */
export function disposePageNotice(document: Document): void {
  notices.get(document)?.dispose();
  notices.delete(document);
}
