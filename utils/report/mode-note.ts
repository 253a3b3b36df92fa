import type { Target } from '../convert/target.ts';
import type { PageReport } from '../messaging/protocol.ts';
import type { ReadingMode } from '../settings/schema.ts';

/**
 * Why the reading mode shows nothing more on this page, or null when it does (or nothing is
 * known yet). Side by side and peek show the original beside its conversion, and on a page the
 * conversion left as it was (a Simplified article read in Simplified) there is none: a reader
 * who picks the mode and sees nothing happen is told why. Decided on what the conversion did,
 * once it has run its course for the target the popup shows (a change on its way is not judged
 * on the report before it), and only where that count speaks for the article: side by side
 * takes the article out of the conversion (its blocks keep their text, each with a copy), so
 * the count is then of the rest of the page, which may have nothing to change where the article
 * does (a Traditional article under an English menu, read in Simplified).
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
  // A Simplified page read in Simplified; a Traditional one only in peek, where the count is of
  // the whole page: the report does not say whose Traditional a page is, and a Taiwan article
  // read with Hong Kong's forms changes where its English menu does not.
  const inTargetScript =
    report.script.verdict === 'simplified'
      ? target === 'cn'
      : report.script.verdict === 'traditional' && target !== 'cn' && readingMode === 'peek';
  if (!inTargetScript) return null;
  const { conversion } = report;
  if (!conversion.active || conversion.target !== target || conversion.progress < 1) return null;
  return conversion.charactersChanged === 0 ? { key: 'popup_mode_nothing_to_show', target } : null;
}
