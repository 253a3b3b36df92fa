/** The pages the content script is declared for (`entrypoints/content`), as match patterns. */
export const READER_PAGE_PATTERNS = ['http://*/*', 'https://*/*'] as const;

/**
 * Pages a browser lets no extension's content script into although their address is http(s):
 * the add-on stores (Chrome's `chrome.google.com/webstore` and `chromewebstore.google.com`,
 * Firefox's restricted domains, https://support.mozilla.org/kb/quarantined-domains, of which
 * the store is the one a reader opens; Edge's add-ons site).
 */
const STORE_PAGES = [
  /^https:\/\/chromewebstore\.google\.com(?:[/?#]|$)/i,
  /^https:\/\/chrome\.google\.com\/webstore(?:[/?#]|$)/i,
  /^https:\/\/addons\.mozilla\.org(?:[/?#]|$)/i,
  /^https:\/\/microsoftedge\.microsoft\.com\/addons(?:[/?#]|$)/i,
];

/**
 * Whether the reader can run in a tab showing `url`: an http(s) page outside the stores. The
 * browser shows the extension the address of the pages its host permissions cover, and none
 * of the others (browser pages, the new tab page, file:// without the reader's access to
 * files), so an address it hides is a page the reader cannot read.
 */
export function isReaderPage(url: string | undefined): boolean {
  if (url === undefined || !/^https?:\/\//i.test(url)) return false;
  return !STORE_PAGES.some((pattern) => pattern.test(url));
}
