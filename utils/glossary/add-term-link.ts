/**
 * The link from a page selection to the options page's term form: the
 * context menu's "Add to glossary" opens `options.html#glossary?add=<text>`,
 * and the options page opens its form with the text filled in. The fragment
 * never leaves the browser, and the options page treats it as text to put in
 * a form field, nothing more.
 */
import { TERM_LIMITS } from './schema.ts';

const PREFIX = '#glossary?';
const PARAMETER = 'add';

/**
 * A selection as a term's written form: one line, no surrounding spaces, at
 * most as long as a form may be (whole code points).
 */
export function cleanSelection(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return Array.from(line).slice(0, TERM_LIMITS.formMaxLength).join('').trim();
}

/** The options page fragment that opens the term form with `selection` filled in. */
export function addTermHash(selection: string): string {
  return `${PREFIX}${new URLSearchParams({ [PARAMETER]: cleanSelection(selection) })}`;
}

/**
 * The options page's fragment once the term form has taken the text: `#glossary`, which still
 * leads to the glossary, for a fragment that carried one; any other fragment as it is.
 */
export function hashWithoutTermText(hash: string): string {
  return hash.startsWith(PREFIX) ? PREFIX.slice(0, -1) : hash;
}

/** The text to start a new term with, from the options page's fragment, or null. */
export function termTextFromHash(hash: string): string | null {
  if (!hash.startsWith(PREFIX)) return null;
  const text = new URLSearchParams(hash.slice(PREFIX.length)).get(PARAMETER);
  if (text === null) return null;
  const cleaned = cleanSelection(text);
  return cleaned === '' ? null : cleaned;
}
