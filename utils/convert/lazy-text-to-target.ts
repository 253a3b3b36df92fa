import { createTextToTarget } from './convert-text.ts';
import { loadBundledDictionaries } from './packs/load-bundled.ts';
import { protectedTermsOf, withUserProtectedTerms } from './protected-terms.ts';

export type TextToTarget = ReturnType<typeof createTextToTarget>;

/**
 * The text converter of an extension page (the popup's conversion box, the options page's term
 * form), made on first use: the dictionaries load then, as chunks of their own, and the names
 * the reader's glossary protects are read then, not when the page opens (most openings convert
 * nothing). An unreadable glossary leaves our own names only. The background cannot convert for
 * these pages: a service worker cannot load the dictionaries lazily.
 */
export function lazyTextToTarget(readGlossaryTerms: () => Promise<readonly unknown[]>): {
  get(): Promise<TextToTarget>;
  /** Drops the converter made (its dictionaries' load failed): the next `get` makes another. */
  forget(): void;
} {
  let textToTarget: Promise<TextToTarget> | null = null;
  return {
    get: () =>
      (textToTarget ??= readGlossaryTerms()
        .then((terms) => protectedTermsOf(terms))
        .catch(() => [])
        .then((user) =>
          createTextToTarget({
            loadDictionaries: loadBundledDictionaries,
            protectedTerms: withUserProtectedTerms(user),
          }),
        )),
    forget: () => {
      textToTarget = null;
    },
  };
}
