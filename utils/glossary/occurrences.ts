import type { GlossaryMarks } from '../settings/schema.ts';

/**
 * Which of the terms found are marked, asked of each in the order of the page (`termRangesByRun`
 * finds them so): every occurrence, or each term's first only, for a reader who finds an
 * article that names HBM fifteen times too busy underlined. With the first only, the first a
 * reader can see: an occurrence in text the page hides (a closed menu, a collapsed section)
 * is passed over, or the term would show no mark at all; `isShown` is asked of those alone.
 * A new search asks a new one.
 */
export function occurrencesToMark(
  marks: GlossaryMarks,
): (termId: string, isShown: () => boolean) => boolean {
  if (marks === 'every') return () => true;
  const seen = new Set<string>();
  return (termId, isShown) => {
    if (seen.has(termId) || !isShown()) return false;
    seen.add(termId);
    return true;
  };
}
