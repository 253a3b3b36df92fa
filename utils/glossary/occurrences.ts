import type { GlossaryMarks } from '../settings/schema.ts';

/**
 * Which of the terms found are marked, asked of each in the order of the page (`termRangesByRun`
 * finds them so): every occurrence, or each term's first only, for a reader who finds an
 * article that names HBM fifteen times too busy underlined. A new search asks a new one.
 */
export function occurrencesToMark(marks: GlossaryMarks): (termId: string) => boolean {
  if (marks === 'every') return () => true;
  const seen = new Set<string>();
  return (termId) => {
    if (seen.has(termId)) return false;
    seen.add(termId);
    return true;
  };
}
