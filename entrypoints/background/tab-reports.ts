import { browser } from 'wxt/browser';
import {
  checkResponse,
  parseMessage,
  type PageReport,
  type TabApplyPayload,
} from '../../utils/messaging/protocol.ts';

/**
 * The last report of each tab's top frame. Kept in memory and mirrored in
 * storage.session, because an MV3 service worker can be stopped at any time
 * and a popup opened afterwards must still find the state.
 */
const reports = new Map<number, PageReport>();
const key = (tabId: number) => `tab:${tabId}`;

export async function saveTabReport(tabId: number, report: PageReport): Promise<void> {
  reports.set(tabId, report);
  await browser.storage.session?.set({ [key(tabId)]: report }).catch(() => undefined);
}

export async function tabReport(tabId: number): Promise<PageReport | null> {
  const known = reports.get(tabId);
  if (known) return known;
  const stored = await browser.storage.session?.get(key(tabId)).catch(() => undefined);
  const value: unknown = stored?.[key(tabId)];
  if (value === undefined) return null;
  // What comes back from storage is checked like a message: a damaged entry reads as no report
  // (the page's next report replaces it) instead of reaching the popup.
  const checked = checkResponse('tab/status', { report: value });
  if (!checked.ok || checked.value.report === null) return null;
  reports.set(tabId, checked.value.report);
  return checked.value.report;
}

/**
 * The tab-level choices of each tab's top frame (`frames/follow`), for the sessions of its
 * other frames that start later. Kept like the reports, and forgotten with them when the tab
 * loads a new page: tab-level choices last until the page is left.
 */
const choices = new Map<number, TabApplyPayload>();
const choicesKey = (tabId: number) => `tab-choices:${tabId}`;

export async function saveTabChoices(tabId: number, value: TabApplyPayload): Promise<void> {
  choices.set(tabId, value);
  await browser.storage.session?.set({ [choicesKey(tabId)]: value }).catch(() => undefined);
}

export async function tabChoices(tabId: number): Promise<TabApplyPayload | null> {
  const known = choices.get(tabId);
  if (known) return known;
  const stored = await browser.storage.session?.get(choicesKey(tabId)).catch(() => undefined);
  const value: unknown = stored?.[choicesKey(tabId)];
  if (value === undefined) return null;
  // Checked as the message that brought them; a damaged entry reads as no choices.
  const checked = parseMessage({ type: 'tab/follow', payload: { choices: value } });
  if (!checked.ok || checked.message.type !== 'tab/follow') return null;
  choices.set(tabId, checked.message.payload.choices);
  return checked.message.payload.choices;
}

export async function forgetTab(tabId: number): Promise<void> {
  reports.delete(tabId);
  choices.delete(tabId);
  await browser.storage.session?.remove([key(tabId), choicesKey(tabId)]).catch(() => undefined);
}
