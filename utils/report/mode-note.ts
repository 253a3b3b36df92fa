import type { Target } from '../convert/target.ts';
import type { PageReport } from '../messaging/protocol.ts';
import type { ReadingMode } from '../settings/schema.ts';

interface NoteQuestion {
  report: PageReport | null;
  readingMode: ReadingMode;
  target: Target;
}

/**
 * Whether the converter, converting this page to `target` (the one the popup shows: a change on
 * its way is not judged on the report before it), found the page already written in it.
 */
function alreadyInTarget({ report, target }: NoteQuestion): boolean {
  if (report === null || !report.hasChinese) return false;
  const { conversion } = report;
  return conversion.active && conversion.target === target && conversion.alreadyIn === target;
}

/**
 * Why the reading mode shows nothing more on this page, or null when it does (or nothing is
 * known yet). Side by side and peek show the original beside its conversion, and on a page
 * already written in the reader's script (a Simplified article read in Simplified, a Taiwan one
 * read in Taiwan Traditional) there is none: a reader who picks the mode and sees nothing happen
 * is told why. Decided on what the converter found (`alreadyInTarget`), not on a count of what
 * it changed: side by side takes the article out of the conversion, so a count is of the rest of
 * the page only, and a Taiwan article read with Hong Kong's forms may change nowhere and still
 * convert.
 */
export function readingModeNote(
  question: NoteQuestion,
): { key: 'popup_mode_nothing_to_show'; target: Target } | null {
  const { readingMode, target } = question;
  if (readingMode !== 'parallel' && readingMode !== 'peek') return null;
  return alreadyInTarget(question) ? { key: 'popup_mode_nothing_to_show', target } : null;
}

/**
 * Why the tab switch, on, changes nothing on this page, or null: the page is already in the
 * script the reader asked for (a Simplified article read in Simplified), which the popup's
 * counts (0 blocks converted) leave the reader to guess. Said in the converted mode only: side by
 * side and peek say it under the mode (`readingModeNote`), and the original mode converts nothing
 * anyway.
 */
export function tabSwitchNote(
  question: NoteQuestion,
): { key: 'popup_tab_already_in'; target: Target } | null {
  if (question.readingMode !== 'converted') return null;
  return alreadyInTarget(question)
    ? { key: 'popup_tab_already_in', target: question.target }
    : null;
}
