/**
 * The built-in term pack.
 *
 * The entries live in `data/*.json`, written in Simplified Chinese and
 * English; `scripts/gen-glossary-hant.mjs` fills in the Traditional text,
 * which was then read and corrected by hand, its definitions and notes put in
 * Taiwan's wording (`hant-wording.ts`). The unit tests validate every
 * entry, so the JSON is only cast here, not checked at run time.
 */
import { protectedTermsOf } from '../../convert/protected-terms.ts';
import type { BuiltInTerm } from '../schema.ts';
import ai from './data/ai.json';
import chipsCn from './data/chips-cn.json';
import companies from './data/companies.json';
import compute from './data/compute.json';
import crossStrait from './data/cross-strait.json';
import fab from './data/fab.json';
import idioms from './data/idioms.json';
import people from './data/people.json';
import policy from './data/policy.json';
import { CONVERTED_FORMS } from './generated/converted-forms.ts';

/** Every built-in term, grouped by subject, as written in `data/`. */
const WRITTEN_TERMS = [
  ...compute,
  ...chipsCn,
  ...fab,
  ...policy,
  ...companies,
  ...people,
  ...ai,
  ...idioms,
  ...crossStrait,
] as unknown as readonly BuiltInTerm[];

/**
 * Every built-in term, grouped by subject, with the forms it takes on a page the extension
 * converted as more aliases (`generated/converted-forms.ts`): 長江儲存 for 长江存储 with Taiwan
 * vocabulary, 辉达 for 輝達 on a Taiwan page shown in Simplified.
 */
export const BUILT_IN_TERMS: readonly BuiltInTerm[] = WRITTEN_TERMS.map((term) => {
  const converted = CONVERTED_FORMS[term.id];
  return converted === undefined
    ? term
    : { ...term, aliases: [...(term.aliases ?? []), ...converted] };
});

/** Names in the pack that character conversion must not change (昇腾, 苏姿丰, …). */
export const BUILT_IN_PROTECTED_TERMS = protectedTermsOf(BUILT_IN_TERMS);
