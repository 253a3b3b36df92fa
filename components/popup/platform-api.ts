import { lazyTextToTarget } from '../../utils/convert/lazy-text-to-target.ts';
import { browserUiLanguage } from '../../utils/platform/browser-language.ts';
import {
  isOwnPage,
  onMessage,
  sendToBackground,
  sendToTab,
} from '../../utils/platform/messaging.ts';
import {
  loadSettings,
  loadUserGlossary,
  changeSettings,
  watchSettings,
} from '../../utils/platform/settings-storage.ts';
import { activeTabId, openOptionsPage } from '../../utils/platform/tabs.ts';
import type { PopupApi } from './api.ts';

/** The popup's converter, for its conversion box (see `lazyTextToTarget`). */
const popupTextToTarget = lazyTextToTarget(async () => (await loadUserGlossary()).glossary.terms);

/**
 * The tab id a popup opened as a page carries in its URL (`popup.html?tabId=12`);
 * browser tests open the popup that way, bound to a page tab.
 */
export function tabIdFromLocation(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : null;
}

/** The popup's access to the extension, built on utils/platform. */
export function createPopupApi(): PopupApi {
  return {
    async tabId() {
      return tabIdFromLocation(location.search) ?? (await activeTabId());
    },
    async status(tabId) {
      // The background keeps the last report of each tab, even while the
      // page is busy; the tab is asked only when the background has none
      // (e.g. the background was restarted and lost its memory).
      const fromBackground = await sendToBackground({
        type: 'tab/status',
        payload: { tabId },
      }).catch(() => ({ report: null }));
      if (fromBackground.report) return fromBackground.report;
      return sendToTab(tabId, { type: 'tab/get-report', payload: {} }).catch(() => null);
    },
    apply: (tabId, change) => sendToTab(tabId, { type: 'tab/apply', payload: change }),
    watchReports: (tabId, onReport) =>
      onMessage({
        'tab/report-changed'(payload, sender) {
          // From the background only: a content script reaches the extension's pages too, and
          // may speak for its own page alone.
          if (isOwnPage(sender) && payload.tabId === tabId) onReport(payload.report);
        },
      }),
    loadSettings: async () => (await loadSettings()).settings,
    watchSettings: (listener) => watchSettings(({ settings }) => listener(settings)),
    changeSettings,
    // Converted here, not in the background: a service worker cannot load
    // the dictionaries lazily (no import() in workers), and the popup can.
    convertText: async (request) => (await popupTextToTarget.get())(request),
    async repairText(text) {
      // Loaded when a pasted text shows the damage: the GBK and reading tables are not small.
      const { LOST_TEXT_MARKER, repairMirrorText } =
        await import('../../utils/repair/mirror-text.ts');
      return repairMirrorText(text, { lostMarker: LOST_TEXT_MARKER });
    },
    copyText: (text) => navigator.clipboard.writeText(text),
    openOptions: async () => {
      await openOptionsPage();
      // A toolbar popup stays open over the new tab otherwise (Firefox).
      if (tabIdFromLocation(location.search) === null) window.close();
    },
    browserLanguage: browserUiLanguage(),
  };
}
