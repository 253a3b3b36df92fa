/**
 * What Jianfan fills in for a term when the reader leaves it empty, the same for the options
 * page's term form (`completeDraft`, components/options/glossary-model.ts) and for glossary
 * import (`readGlossaryImport`, io.ts):
 *
 * - a written form (`hans` or `hant`) left empty is the other one converted, with the
 *   extension's own converter (`ConvertScript`: from the script of the field the text is in,
 *   characters only, Taiwan standard for Traditional, no regional vocabulary);
 * - an empty id is made from the English name, or else from the Chinese form (`madeTermId`),
 *   clear of the ids already taken, the built-in terms' included, so that a new term never
 *   replaces another unasked.
 *
 * The term form also fills a Chinese definition or note left empty from the other script's;
 * import does not, since an empty language there is one the term has no text in (see io.ts).
 */
import { TERM_LIMITS } from './schema.ts';

/**
 * Character conversion of a written form or a definition into the other script. The text's
 * script is the other one, known from its field: `to: 'hans'` converts from Traditional (Taiwan
 * standard), `to: 'hant'` from Simplified, whatever characters the text has. It is not read from
 * the text: 後端 has no character found in Traditional text only, and is still Traditional
 * (后端 in Simplified).
 */
export type ConvertScript = (text: string, to: 'hans' | 'hant') => Promise<string>;

/** The script a text is converted to, to fill the other. */
export type Script = 'hans' | 'hant';

/**
 * Room left after a made id for the `-2`, `-3`… that keeps it unique, so that even the
 * largest glossary's suffix stays within the id's length limit.
 */
const MADE_ID_MAX_LENGTH = TERM_LIMITS.idMaxLength - 8;

/**
 * The id an English name gives: its ASCII letters and digits, lower-case, in dash-separated
 * words ("Flagship Model" → flagship-model, "Café" → cafe), or '' when it has none.
 */
export function idFromEnglish(english: string): string {
  // NFKD splits é into e and its accent, which goes, and folds full-width Ｈ２００ to H200.
  const ascii = english.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  const words = ascii.match(/[a-z0-9]+/g) ?? [];
  let id = '';
  for (const word of words) {
    const longer = id === '' ? word : `${id}-${word}`;
    if (longer.length > MADE_ID_MAX_LENGTH) break;
    id = longer;
  }
  // A single word longer than the limit is cut rather than lost.
  return id === '' && words.length > 0 ? words[0]!.slice(0, MADE_ID_MAX_LENGTH) : id;
}

/**
 * A short id for a name with no English: `term-` and a base-36 FNV-1a hash of the Simplified
 * form, so the same name always gives the same id, whichever script it was typed in.
 */
export function idFromChinese(form: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < form.length; i++) {
    hash ^= form.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `term-${(hash >>> 0).toString(36)}`;
}

/** `base`, or `base-2`, `base-3`… whichever is not taken. */
export function uniqueTermId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let suffix = 2; ; suffix++) {
    const id = `${base}-${suffix}`;
    if (!taken.has(id)) return id;
  }
}

/**
 * The id made for a term whose id was left empty: from its English name, or else from its
 * Simplified form (its Traditional one when it has none), unique among `takenIds`; '' when
 * the term has none of these to make it from. Call it once the written forms are filled in,
 * so that a name typed in either script gives the same id.
 */
export function madeTermId(
  names: { en?: string | undefined; hans?: string | undefined; hant?: string | undefined },
  takenIds: ReadonlySet<string>,
): string {
  const chinese = names.hans?.trim() || names.hant?.trim() || '';
  const base = idFromEnglish(names.en ?? '') || (chinese === '' ? '' : idFromChinese(chinese));
  return base === '' ? '' : uniqueTermId(base, takenIds);
}

/**
 * Which of a text's two scripts is to be filled from the other: the empty one, when exactly
 * one is empty (the other converted to `to`); null when both or neither are.
 */
export function scriptToFill(hans: string, hant: string): { from: Script; to: Script } | null {
  const hasHans = hans.trim() !== '';
  const hasHant = hant.trim() !== '';
  if (hasHans === hasHant) return null;
  return hasHans ? { from: 'hans', to: 'hant' } : { from: 'hant', to: 'hans' };
}

/** `text` converted to the script `to`, as it fills a field: trimmed. Rejects as `convert` does. */
export async function convertToFill(
  text: string,
  to: Script,
  convert: ConvertScript,
): Promise<string> {
  return (await convert(text.trim(), to)).trim();
}
