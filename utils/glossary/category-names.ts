import { MESSAGES } from '../i18n/messages.ts';
import { CATEGORIES, type Category } from './schema.ts';

/**
 * Each category by the names a reader may write it under in a glossary file: its key and its
 * label in every UI language, whichever the reader's is (a file is shared between readers).
 * English is matched without regard to case (`Company`, `COMPANY`); the Chinese labels are
 * distinct in each script (机构, 機構), so both are listed. No two categories share a name.
 */
const CATEGORY_BY_NAME: ReadonlyMap<string, Category> = new Map(
  CATEGORIES.flatMap((category) => {
    const label = MESSAGES[`category_${category}`];
    return [category, label.en.toLowerCase(), label.zh_CN, label.zh_TW].map(
      (name) => [name, category] as const,
    );
  }),
);

/**
 * The category a file names by its key or by its label in any UI language, or undefined when it
 * names none: the validator then refuses the text as it was written.
 */
export function categoryFromName(name: string): Category | undefined {
  const trimmed = name.trim();
  return CATEGORY_BY_NAME.get(trimmed) ?? CATEGORY_BY_NAME.get(trimmed.toLowerCase());
}
