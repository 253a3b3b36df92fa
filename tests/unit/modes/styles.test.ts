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

describe('the companion’s colour', () => {
  it('is the block’s own, in the stylesheet and the inline fallback: never a faded copy', () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(COMPANION_CSS);
    const rules = [...sheet.cssRules] as CSSStyleRule[];
    const companion = rules.find((rule) => rule.selectorText === COMPANION_SELECTOR)!;
    expect(companion.style.getPropertyValue('color')).toBe('inherit');
    const inline = document.createElement('jianfan-companion');
    styleCompanionInline(inline);
    expect(inline.style.getPropertyValue('color')).toBe('inherit');
    for (const style of [...rules.map((rule) => rule.style), inline.style]) {
      expect(style.getPropertyValue('opacity')).toBe('');
      expect(style.cssText).not.toMatch(/color-mix|transparent/);
    }
  });
});

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

/** WCAG relative luminance of an opaque `rgb(r g b)` or `rgb(r, g, b)`; null for anything else. */
function luminance(color: string): number | null {
  const parts = /^rgb\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)\s*\)$/.exec(color.trim());
  if (parts === null) return null;
  const [r, g, b] = parts.slice(1).map((part) => {
    const c = Number(part) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: number, b: number): number {
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

describe('the lines that pair the copies', () => {
  it('are opaque and at least 3:1 against a white page and a near-black one', () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(COMPANION_CSS);
    const inline = document.createElement('jianfan-companion');
    styleCompanionInline(inline);
    const borders = [
      ...([...sheet.cssRules] as CSSStyleRule[]).flatMap((rule) => [
        rule.style.getPropertyValue('border-block-start'),
        rule.style.getPropertyValue('border-inline-start'),
      ]),
      inline.style.getPropertyValue('border-block-start'),
      inline.style.getPropertyValue('border-inline-start'),
    ].filter((border) => border !== '');
    expect(borders.length).toBeGreaterThanOrEqual(4);
    const white = luminance('rgb(255 255 255)')!;
    const dark = luminance('rgb(23 25 28)')!;
    for (const border of borders) {
      const color = /rgba?\([^)]*\)/.exec(border)?.[0] ?? '';
      const shade = luminance(color);
      expect(shade, border).not.toBeNull();
      expect(contrast(shade!, white), border).toBeGreaterThanOrEqual(3);
      expect(contrast(shade!, dark), border).toBeGreaterThanOrEqual(3);
    }
  });
});
