import { describe, expect, it } from 'vitest';
import { COMPANION_SELECTOR } from '../../../utils/modes/companion.ts';
import { COMPANION_CSS, styleCompanionInline } from '../../../utils/modes/styles.ts';

const SIDES = ['top', 'right', 'bottom', 'left'];

/**
 * The physical sides a declaration block spaces or rules: in vertical writing or a
 * right-to-left block, such a side is not where the copies meet nor where their text starts.
 */
function physicalSpacing(style: CSSStyleDeclaration): string[] {
  const set: string[] = [];
  for (const side of SIDES) {
    for (const property of [`margin-${side}`, `padding-${side}`]) {
      const value = style.getPropertyValue(property);
      if (value !== '' && !/^0(px)?$/.test(value)) set.push(`${property}: ${value}`);
    }
    const border = style.getPropertyValue(`border-${side}`);
    if (border !== '') set.push(`border-${side}: ${border}`);
  }
  return set;
}

describe('companion styles follow the writing mode and direction', () => {
  it('the stylesheet separates the copies on the block-start side, in logical properties', () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(COMPANION_CSS);
    const rules = [...sheet.cssRules] as CSSStyleRule[];
    const companion = rules.find((rule) => rule.selectorText === COMPANION_SELECTOR)!;
    expect(companion.style.getPropertyValue('border-block-start')).toContain('dashed');
    expect(companion.style.getPropertyValue('margin-block-start')).toBe('0.35em');
    expect(companion.style.getPropertyValue('padding-block-start')).toBe('0.3em');
    for (const rule of rules) expect(physicalSpacing(rule.style)).toEqual([]);
  });

  it('the inline fallback does too, its padding on the side of its rule', () => {
    const companion = document.createElement('jianfan-companion');
    styleCompanionInline(companion);
    const style = companion.style;
    expect(style.getPropertyValue('border-inline-start')).toContain('solid');
    expect(style.getPropertyValue('padding-inline-start')).toBe('0.75em');
    expect(style.getPropertyValue('margin-block-start')).toBe('0.35em');
    expect(style.getPropertyValue('border-block-start')).toContain('dashed');
    expect(physicalSpacing(style)).toEqual([]);
  });
});
