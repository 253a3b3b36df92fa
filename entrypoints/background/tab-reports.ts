import { browser } from 'wxt/browser';
import type { PageReport } from '../../utils/messaging/protocol.ts';

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
  const value = stored?.[key(tabId)] as PageReport | undefined;
  if (value) reports.set(tabId, value);
  return value ?? null;
}

export async function forgetTab(tabId: number): Promise<void> {
  reports.delete(tabId);
  await browser.storage.session?.remove(key(tabId)).catch(() => undefined);
}
