import { describe, expect, test } from 'vitest';
import cn2t from '../../../utils/convert/packs/cn2t.ts';
import t2cn from '../../../utils/convert/packs/t2cn.ts';
import { createTextConverter } from '../../../utils/convert/text-converter.ts';
import { compileMatcher } from '../../../utils/glossary/matcher.ts';
import { CONVERSION_SLIPS } from '../../../utils/glossary/pack/conversion-slips.ts';
import { CONVERTED_FORMS } from '../../../utils/glossary/pack/generated/converted-forms.ts';
import { BUILT_IN_TERMS } from '../../../utils/glossary/pack/index.ts';
import { termForms } from '../../../utils/glossary/schema.ts';

/**
 * A term must be found after the extension converts the page it is on, whatever the target:
 * every written form of every built-in term, put through each conversion the reader can ask for
 * (characters only, or with regional vocabulary), is still found, as that term, whole; except
 * the conversion slips that are other words (see `CONVERSION_SLIPS`).
 */
const CONVERSIONS = [
  ['Simplified → Taiwan', createTextConverter({ pack: cn2t, from: 'cn', to: 'tw' })],
  ['Simplified → Hong Kong', createTextConverter({ pack: cn2t, from: 'cn', to: 'hk' })],
  [
    'Simplified → Taiwan, regional vocabulary',
    createTextConverter({ pack: cn2t, from: 'cn', to: 'tw', regionalVocabulary: true }),
  ],
  [
    'Simplified → Hong Kong, regional vocabulary',
    createTextConverter({ pack: cn2t, from: 'cn', to: 'hk', regionalVocabulary: true }),
  ],
  ['Taiwan → Simplified', createTextConverter({ pack: t2cn, from: 'tw', to: 'cn' })],
  ['Hong Kong → Simplified', createTextConverter({ pack: t2cn, from: 'hk', to: 'cn' })],
  [
    'Taiwan → Simplified, regional vocabulary',
    createTextConverter({ pack: t2cn, from: 'tw', to: 'cn', regionalVocabulary: true }),
  ],
] as const;

const matcher = compileMatcher(BUILT_IN_TERMS);
const HAN = /\p{Script=Han}/u;

describe.each(CONVERSIONS)('built-in terms after %s', (_name, converter) => {
  test('every converted form is found as its own term', () => {
    const missed: string[] = [];
    for (const term of BUILT_IN_TERMS) {
      for (const { form } of termForms(term)) {
        // A page is always converted from its own text: the converted forms are not converted again.
        if (!HAN.test(form) || CONVERTED_FORMS[term.id]?.includes(form)) continue;
        const shown = converter.convert(form);
        if (CONVERSION_SLIPS.has(shown)) continue;
        const found = matcher.findAll(shown);
        const whole = found.length === 1 && found[0]!.start === 0 && found[0]!.end === shown.length;
        if (!whole || found[0]!.termId !== term.id) {
          missed.push(`${term.id}: ${form} → ${shown} (${found.map((m) => m.form).join(', ')})`);
        }
      }
    }
    expect(missed).toEqual([]);
  });
});
