import { describe, expect, it } from 'vitest';
import { READING_MODE_HELP, readingModeHelp } from '../../../utils/i18n/labels.ts';
import { MESSAGES } from '../../../utils/i18n/messages.ts';
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

describe('the peek reading mode’s hint', () => {
  it('declares the key it names as a placeholder, used in every language', () => {
    expect(MESSAGES.mode_peek_help.placeholders).toEqual(['key']);
    for (const locale of LOCALES) expect(MESSAGES.mode_peek_help[locale]).toContain('$key$');
  });

  // The key's label as the options page names it, in each language.
  const KEYS = [
    ['Alt', 'Alt'],
    ['Shift', 'Shift'],
    ['Control', 'Ctrl'],
  ] as const;

  it.each(LOCALES)('in %s, names the key the settings chose', (locale) => {
    const t = (key: Parameters<typeof translate>[1], substitutions?: string) =>
      translate(locale, key, substitutions);
    for (const [modifier, label] of KEYS) {
      const hint = readingModeHelp(t, 'peek', modifier);
      expect(hint).toContain(label);
      expect(hint).not.toContain('$');
      // The other keys are not named.
      for (const [, other] of KEYS) if (other !== label) expect(hint).not.toContain(other);
    }
    // The other modes' hints are the plain messages.
    expect(readingModeHelp(t, 'original', 'Shift')).toBe(
      translate(locale, READING_MODE_HELP.original),
    );
  });
});
