import { describe, expect, it } from 'vitest';
import { occurrencesToMark } from '../../../utils/glossary/occurrences.ts';

/** The found terms `[termId, shown]`, in page order, that are marked. */
function marked(marks: 'every' | 'first', found: [string, boolean][]): string[] {
  const mark = occurrencesToMark(marks);
  const asked: string[] = [];
  const kept = found
    .filter(([id, shown]) =>
      mark(id, () => {
        asked.push(id);
        return shown;
      }),
    )
    .map(([id]) => id);
  return marks === 'every' ? [...kept, `asked ${asked.length}`] : kept;
}

describe('which occurrences of the terms found are marked', () => {
  it('every one, without asking whether it is shown', () => {
    expect(
      marked('every', [
        ['hbm', true],
        ['cuda', false],
        ['hbm', true],
      ]),
    ).toEqual(['hbm', 'cuda', 'hbm', 'asked 0']);
  });

  it('each term’s first, passing over the ones the page hides', () => {
    expect(
      marked('first', [
        ['cuda', false], // in a closed menu
        ['hbm', true],
        ['cuda', true],
        ['hbm', true],
        ['cuda', true],
      ]),
    ).toEqual(['hbm', 'cuda']);
  });
});
