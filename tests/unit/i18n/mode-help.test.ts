import { describe, expect, it } from 'vitest';
import { READING_MODE_HELP } from '../../../utils/i18n/labels.ts';
import { LOCALES, translate, type Locale } from '../../../utils/i18n/translate.ts';

/**
 * What the original mode's hint must name in each language: that the text is not converted,
 * and that the mirror repair and the glossary's marks, which still change how the page
 * reads, keep working.
 */
const NAMES: Record<Locale, { notConverted: RegExp; repair: RegExp; terms: RegExp }> = {
  en: { notConverted: /not converted/, repair: /repair/, terms: /glossary/ },
  zh_CN: { notConverted: /不做转换/, repair: /修复/, terms: /术语/ },
  zh_TW: { notConverted: /不做轉換/, repair: /修復/, terms: /術語/ },
};

describe('the original reading mode’s hint', () => {
  it.each(LOCALES)(
    'in %s, says the text is not converted while repair and marks apply',
    (locale) => {
      const hint = translate(locale, READING_MODE_HELP.original);
      const names = NAMES[locale];
      expect(hint).toMatch(names.notConverted);
      expect(hint).toMatch(names.repair);
      expect(hint).toMatch(names.terms);
      // The repair rewrites a mirror's text in this mode: "nothing is changed" is not so.
      expect(hint).not.toMatch(/nothing is changed|不做任何/i);
    },
  );
});
