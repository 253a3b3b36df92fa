import type { Category, Term } from '../../../utils/glossary/schema.ts';

/** A valid term with the given forms; the definition is filler. */
export function makeTerm(
  id: string,
  forms: Partial<Pick<Term, 'hans' | 'hant' | 'tw' | 'hk' | 'en' | 'aliases'>> &
    Partial<Pick<Term, 'caseSensitive' | 'protect' | 'asOf' | 'link' | 'note'>> & {
      category?: Category;
    } = {},
): Term {
  const { category = 'term', hans = id, hant, ...rest } = forms;
  return {
    id,
    hans,
    hant: hant ?? hans,
    category,
    definition: { en: `About ${id}.`, hans: `关于${id}。`, hant: `關於${id}。` },
    ...rest,
  };
}

/** `[text, termId]` pairs for the matches, which is what a reader sees highlighted. */
export function seen(matches: { start: number; end: number; termId: string }[], text: string) {
  return matches.map((match) => [text.slice(match.start, match.end), match.termId]);
}

/** A small deterministic PRNG (mulberry32), so synthetic data is the same every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `count` made-up terms: two to six CJK characters each in two scripts, and
 * every tenth one with a Latin model number, roughly like a large user glossary.
 */
export function syntheticTerms(count: number, seed = 1): Term[] {
  const random = seededRandom(seed);
  const han = (length: number) => {
    let text = '';
    for (let i = 0; i < length; i++)
      text += String.fromCharCode(0x4e00 + Math.floor(random() * 3000));
    return text;
  };
  const terms: Term[] = [];
  for (let i = 0; i < count; i++) {
    const hans = han(2 + Math.floor(random() * 5));
    const term = makeTerm(`synthetic-${i}`, { hans, hant: `${hans}${han(1)}` });
    if (i % 10 === 0) term.aliases = [`X${i}Z`];
    terms.push(term);
  }
  return terms;
}
