import { defineContentScript } from 'wxt/utils/define-content-script';
import { startPageLoader } from './loader.ts';

/**
 * Runs in every http(s) frame. It stays small: it samples the page, decides,
 * and brings in the reader kit only when the page needs it (see loader.ts).
 * About:blank and srcdoc frames are converted from their parent's session,
 * which reaches their documents directly; every http(s) frame has its own,
 * which follows the top frame's tab-level choices.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_end',
  // WXT also announces each start with a window.postMessage, which hands every page the
  // extension's id (its event name starts with it); the document event it sends as well is
  // enough for WXT's own takeover (https://github.com/wxt-dev/wxt/pull/2035).
  noScriptStartedPostMessage: true,
  main(ctx) {
    startPageLoader(ctx);
  },
});
