import { browser } from 'wxt/browser';
import {
  checkResponse,
  parseMessage,
  type PageReport,
  type TabApplyPayload,
} from '../../utils/messaging/protocol.ts';

/**
 * Per-tab state of the background, kept in memory and mirrored in storage.session, because
 * an MV3 service worker can be stopped at any time and a popup (or a frame) asking afterwards
 * must still find it. What comes back from storage is checked like a message: a damaged entry
 * reads as none (the page's next message replaces it) instead of reaching anyone.
 */
function tabStore<T>(prefix: string, check: (value: unknown) => T | null) {
  const known = new Map<number, T>();
  const key = (tabId: number) => `${prefix}:${tabId}`;
  return {
    key,
    async save(tabId: number, value: T): Promise<void> {
      known.set(tabId, value);
      await browser.storage.session?.set({ [key(tabId)]: value }).catch(() => undefined);
    },
    async read(tabId: number): Promise<T | null> {
      const kept = known.get(tabId);
      if (kept !== undefined) return kept;
      const stored = await browser.storage.session?.get(key(tabId)).catch(() => undefined);
      const value: unknown = stored?.[key(tabId)];
      if (value === undefined) return null;
      const checked = check(value);
      if (checked !== null) known.set(tabId, checked);
      return checked;
    },
    forget(tabId: number): void {
      known.delete(tabId);
    },
  };
}

/** The last report of each tab's top frame, for the popup and the badge. */
const reports = tabStore<PageReport>('tab', (value) => {
  const checked = checkResponse('tab/status', { report: value });
  return checked.ok ? checked.value.report : null;
});

/**
 * The tab-level choices of each tab's top frame (`frames/follow`), for the sessions of its
 * other frames that start later; checked as the message that brought them. Forgotten with the
 * report when the tab loads a new page: tab-level choices last until the page is left.
 */
const choices = tabStore<TabApplyPayload>('tab-choices', (value) => {
  const checked = parseMessage({ type: 'tab/follow', payload: { choices: value } });
  return checked.ok && checked.message.type === 'tab/follow'
    ? checked.message.payload.choices
    : null;
});

export const saveTabReport = (tabId: number, report: PageReport) => reports.save(tabId, report);
export const tabReport = (tabId: number) => reports.read(tabId);
export const saveTabChoices = (tabId: number, value: TabApplyPayload) => choices.save(tabId, value);
export const tabChoices = (tabId: number) => choices.read(tabId);

export async function forgetTab(tabId: number): Promise<void> {
  reports.forget(tabId);
  choices.forget(tabId);
  await browser.storage.session
    ?.remove([reports.key(tabId), choices.key(tabId)])
    .catch(() => undefined);
}
