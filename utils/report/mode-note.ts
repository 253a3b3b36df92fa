import type { Target } from '../convert/target.ts';
import type { PageReport } from '../messaging/protocol.ts';
import type { ReadingMode } from '../settings/schema.ts';

/**
 * Why the reading mode shows nothing more on this page, or null when it does (or nothing is
 * known yet). Side by side and peek show the original beside its conversion, and on a page
 * already written in the reader's script (a Simplified article read in Simplified, a Taiwan one
 * read in Taiwan Traditional) there is none: a reader who picks the mode and sees nothing happen
 * is told why. Decided on what the converter found for the target the popup shows (a change on
 * its way is not judged on the report before it), not on a count of what it changed: side by
 * side takes the article out of the conversion, so a count is of the rest of the page only, and
 * a Taiwan article read with Hong Kong's forms may change nowhere and still convert.
 */
export function readingModeNote({
  report,
  readingMode,
  target,
}: {
  report: PageReport | null;
  readingMode: ReadingMode;
  target: Target;
}): { key: 'popup_mode_nothing_to_show'; target: Target } | null {
  if (report === null || !report.hasChinese) return null;
  if (readingMode !== 'parallel' && readingMode !== 'peek') return null;
  const { conversion } = report;
  if (!conversion.active || conversion.target !== target) return null;
  return conversion.alreadyIn === target ? { key: 'popup_mode_nothing_to_show', target } : null;
}

/**
 * Why the tab switch, on, changes nothing on this page, or null: the page is already in the
 * script the reader asked for (a Simplified article read in Simplified), which the popup's
 * counts (0 blocks converted) leave the reader to guess. Said in the converted mode only: side by
 * side and peek say it under the mode (`readingModeNote`), and the original mode converts nothing
 * anyway.
 */
export function tabSwitchNote({
  report,
  readingMode,
  target,
}: {
  report: PageReport | null;
  readingMode: ReadingMode;
  target: Target;
}): { key: 'popup_tab_already_in'; target: Target } | null {
  if (report === null || !report.hasChinese || readingMode !== 'converted') return null;
  const { conversion } = report;
  if (!conversion.active || conversion.target !== target) return null;
  return conversion.alreadyIn === target ? { key: 'popup_tab_already_in', target } : null;
}
