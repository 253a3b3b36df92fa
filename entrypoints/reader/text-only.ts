import { createTextToTarget } from '../../utils/convert/convert-text.ts';
import type { DictionaryPack, DictionaryPackName } from '../../utils/convert/dictionaries.ts';
import { protectedTermsOf, withUserProtectedTerms } from '../../utils/convert/protected-terms.ts';
import { currentDocumentLanguage, setUiLanguage, t } from '../../utils/platform/i18n.ts';
import { registeredKit } from '../../utils/platform/kits.ts';
import { copyNotice, noticeText } from '../../utils/report/command-notice.ts';
import type { ConvertTextOptions, CopyNoticeOptions } from './kit.ts';
import { pageNoticeFor } from './notices.ts';

/**
 * Converts a piece of text (a selection) without a reader session: for a frame that has none,
 * such as an English page quoting Chinese or an embedded frame. Starting a session there would
 * bring its layers too (the glossary would mark Latin terms all over an English page).
 */
export function convertTextWithoutSession({
  text,
  target,
  regionalVocabulary,
  protectedTerms,
  loadKit,
}: ConvertTextOptions): Promise<string> {
  const loadDictionaries = async (pack: DictionaryPackName): Promise<DictionaryPack> => {
    const name = `dict-${pack}` as const;
    if (!registeredKit(name)) await loadKit(name);
    const kit = registeredKit<DictionaryPack>(name);
    if (!kit) throw new Error(`The ${name} kit did not register`);
    return kit;
  };
  return createTextToTarget({
    loadDictionaries,
    protectedTerms: withUserProtectedTerms(protectedTermsOf(protectedTerms)),
    // No NetEase verdict here, so no mirror's copy: Traditional text keeps its words.
  })({ text, target, regionalVocabulary });
}

/**
 * Tells the page that the context menu's conversion is on the clipboard (or that it could not be
 * put there): nothing else shows it, and a reader who pastes nothing would not know why.
 */
export function tellSelectionCopied({
  document,
  copied,
  target,
  uiLanguage,
}: CopyNoticeOptions): void {
  if (uiLanguage !== undefined) setUiLanguage(uiLanguage);
  pageNoticeFor(document).show(
    noticeText(copyNotice(copied, target), t),
    currentDocumentLanguage(),
  );
}
