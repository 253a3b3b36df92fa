import type { TabApplyPayload } from '../messaging/protocol.ts';
import type { ReadingMode } from '../settings/schema.ts';

/**
 * The tab-level change that turns conversion on or off in a tab, wherever it is asked for: the
 * popup's switch, a site rule set to always, the keyboard shortcut. Turned on where the tab shows
 * the original mode, it shows the conversion too: the original mode shows the page as served,
 * converted or not, and the page would not change. Any other mode (side by side, peek) is kept,
 * so turning conversion off and on again gives back the page the reader had.
 */
export function conversionChoice(on: boolean, shownMode: ReadingMode | undefined): TabApplyPayload {
  return on && shownMode === 'original'
    ? { enabled: true, readingMode: 'converted' }
    : { enabled: on };
}
