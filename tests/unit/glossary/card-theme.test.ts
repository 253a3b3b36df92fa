import { describe, expect, it } from 'vitest';
import {
  cardThemeFor,
  backgroundLuminance,
  parseComputedColor,
  relativeLuminance,
} from '../../../utils/glossary/card-theme.ts';

describe('parseComputedColor', () => {
  it('reads the forms getComputedStyle returns', () => {
    expect(parseComputedColor('rgb(255, 255, 255)')).toEqual({ r: 255, g: 255, b: 255, a: 1 });
    expect(parseComputedColor('rgba(0, 0, 0, 0)')).toEqual({ r: 0, g: 0, b: 0, a: 0 });
    expect(parseComputedColor('rgb(10 20 30 / 50%)')).toEqual({ r: 10, g: 20, b: 30, a: 0.5 });
    expect(parseComputedColor('transparent')).toEqual({ r: 0, g: 0, b: 0, a: 0 });
    expect(parseComputedColor('color(srgb 1 1 1)')).toBeNull();
  });

  it('measures luminance on the WCAG scale', () => {
    expect(relativeLuminance({ r: 0, g: 0, b: 0 })).toBe(0);
    expect(relativeLuminance({ r: 255, g: 255, b: 255 })).toBeCloseTo(1, 10);
  });
});

describe('cardThemeFor', () => {
  const light = { rootColorScheme: 'normal', prefersDark: false };

  it('follows the first opaque background around the term', () => {
    expect(cardThemeFor({ ...light, backgrounds: ['rgb(18, 18, 18)'] })).toBe('dark');
    expect(cardThemeFor({ ...light, backgrounds: ['rgb(250, 250, 245)'] })).toBe('light');
    // A see-through paragraph on a dark body: the body decides.
    expect(
      cardThemeFor({ ...light, backgrounds: ['rgba(255, 255, 255, 0.1)', 'rgb(30, 30, 30)'] }),
    ).toBe('dark');
  });

  it('reads backgrounds in the modern colour syntaxes browsers give back', () => {
    // Tailwind's slate-950 and slate-50, in oklch; the same darks and lights in other forms.
    for (const dark of [
      'oklch(0.129 0.042 264.695)',
      'oklab(0.2 0.01 -0.02)',
      'lab(8 1 -5)',
      'lch(12% 4 260)',
      'color(srgb 0.07 0.07 0.08)',
      'color(display-p3 0.1 0.1 0.12 / 0.9)',
      'color(srgb-linear 0.01 0.01 0.01)',
    ]) {
      expect(cardThemeFor({ ...light, backgrounds: [dark] }), dark).toBe('dark');
    }
    for (const pale of ['oklch(0.984 0.003 247.858)', 'lab(96 0 0)', 'color(srgb 1 1 1)']) {
      expect(cardThemeFor({ ...light, backgrounds: [pale] }), pale).toBe('light');
    }
    // A see-through one is passed over, as an rgba() is.
    expect(
      cardThemeFor({ ...light, backgrounds: ['oklch(1 0 0 / 10%)', 'oklch(0.2 0.01 260)'] }),
    ).toBe('dark');
    expect(backgroundLuminance('oklch(0.5 0.1 30 / none)')?.alpha).toBe(0);
    expect(backgroundLuminance('hsl(0 0% 0%)')).toBeNull();
  });

  it('gives a dark-mode reader a light card on a white page', () => {
    expect(
      cardThemeFor({
        backgrounds: ['rgb(255, 255, 255)'],
        rootColorScheme: 'normal',
        prefersDark: true,
      }),
    ).toBe('light');
  });

  it('uses the canvas when nothing is painted: dark only if the page allows dark', () => {
    const none = ['rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)'];
    expect(cardThemeFor({ backgrounds: none, rootColorScheme: 'normal', prefersDark: true })).toBe(
      'light',
    );
    expect(
      cardThemeFor({ backgrounds: none, rootColorScheme: 'light dark', prefersDark: true }),
    ).toBe('dark');
    expect(
      cardThemeFor({ backgrounds: none, rootColorScheme: 'light dark', prefersDark: false }),
    ).toBe('light');
    expect(cardThemeFor({ backgrounds: none, rootColorScheme: 'dark', prefersDark: false })).toBe(
      'dark',
    );
  });

  it('decides by which of black and white text would read better', () => {
    // #777 is just light enough for black text; #757575 is not.
    expect(cardThemeFor({ ...light, backgrounds: ['rgb(119, 119, 119)'] })).toBe('light');
    expect(cardThemeFor({ ...light, backgrounds: ['rgb(110, 110, 110)'] })).toBe('dark');
  });
});
