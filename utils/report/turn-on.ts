import type { PageReport, TabApplyPayload } from '../messaging/protocol.ts';

/**
 * The tab-level change that turns conversion on or off in a tab. Turned on where the tab shows
 * the original mode, it shows the conversion too (as the shortcut does): the original mode
 * shows the page as served, converted or not, and the page would not change.
 */
export function conversionChoice(on: boolean, report: PageReport | null): TabApplyPayload {
  return on && report?.readingMode === 'original'
    ? { enabled: true, readingMode: 'converted' }
    : { enabled: on };
}
