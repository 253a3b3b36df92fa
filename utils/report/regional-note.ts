import type { Target } from '../convert/target.ts';
import { takesTaiwanWords } from '../detect/script.ts';
import type { PageReport } from '../messaging/protocol.ts';

/** The popup's note under the regional vocabulary switch (see `regionalVocabularyNote`). */
export type RegionalVocabularyNote =
  'popup_regional_traditional_page' | 'popup_regional_traditional_page_hk';

/**
 * Why regional vocabulary, turned on, changes nothing on this page, or null when it does (or
 * the setting is off, or nothing is known of the page). The words change where the page is
 * converted from Simplified (or mixed), and where it is converted to Simplified; a page already in
 * Traditional shown in Traditional keeps its own words, except a mirror's copy of a NetEase
 * article shown in Taiwan Traditional (`takesTaiwanWords`, which the converter's plan follows).
 * A reader who turns the switch on there and sees nothing happen is told why.
 *
 * `target` is the one the popup shows (a change on its way included); the report's NetEase
 * verdict says whether the page is a mirror's copy, as the session decides it.
 */
export function regionalVocabularyNote({
  report,
  target,
  regionalVocabulary,
}: {
  report: PageReport | null;
  target: Target;
  regionalVocabulary: boolean;
}): RegionalVocabularyNote | null {
  if (!regionalVocabulary || report === null) return null;
  if (report.script.verdict !== 'traditional' || target === 'cn') return null;
  const mainlandCopy = report.netease.kind === 'mirror';
  if (takesTaiwanWords(target, { regionalVocabulary, mainlandCopy })) return null;
  // Hong Kong's words never apply to a Traditional page, a mirror's copy included.
  return target === 'hk' ? 'popup_regional_traditional_page_hk' : 'popup_regional_traditional_page';
}
