import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CARD_CSS } from '../../../components/glossary-card/styles.ts';
import { PEEK_CARD_CSS } from '../../../components/peek-card/styles.ts';

// The palette of components/shared/theme.css, checked against WCAG 2.1 AA:
// 4.5:1 for text, 3:1 for borders and the focus ring (non-text contrast).

const css = readFileSync(resolve(process.cwd(), 'components/shared/theme.css'), 'utf8');

function variables(block: string): Map<string, string> {
  return new Map(
    [...block.matchAll(/--([a-z-]+):\s*(#[0-9a-f]{6})\s*;/gi)].map((m) => [m[1]!, m[2]!]),
  );
}

function blockAfter(marker: string): string {
  const start = css.indexOf(marker);
  expect(start, marker).toBeGreaterThanOrEqual(0);
  const open = css.indexOf('{', css.indexOf(':root', start));
  return css.slice(open, css.indexOf('}', open));
}

const light = variables(blockAfter(':root {'));
const dark = variables(blockAfter('@media (prefers-color-scheme: dark)'));

function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Text colour, the backgrounds it appears on. */
const TEXT_PAIRS: [string, string[]][] = [
  ['text', ['bg', 'surface']],
  ['muted', ['bg', 'surface']],
  ['accent', ['bg', 'surface']],
  ['success', ['bg', 'surface']],
  ['error', ['bg', 'surface']],
  ['on-accent', ['accent']],
  ['on-danger', ['danger']],
  ['danger', ['bg']],
  ['badge-text', ['badge-bg']],
  ['notice-text', ['notice-bg']],
];

const NON_TEXT_PAIRS: [string, string[]][] = [
  ['border', ['bg', 'surface']],
  ['focus', ['bg', 'surface']],
  ['error', ['bg']],
];

describe.each([
  ['light', light],
  ['dark', dark],
])('the %s palette', (_name, palette) => {
  it('defines the same colours as the other theme', () => {
    expect([...palette.keys()].sort()).toEqual([...light.keys()].sort());
  });

  it.each(TEXT_PAIRS)('gives %s text at least 4.5:1', (fg, backgrounds) => {
    for (const bg of backgrounds) {
      const ratio = contrast(palette.get(fg)!, palette.get(bg)!);
      expect(ratio, `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it.each(NON_TEXT_PAIRS)('gives the %s edge at least 3:1', (fg, backgrounds) => {
    for (const bg of backgrounds) {
      expect(contrast(palette.get(fg)!, palette.get(bg)!), `${fg} on ${bg}`).toBeGreaterThanOrEqual(
        3,
      );
    }
  });
});

/** The colours set in every rule of `sheet` whose selector is exactly `selector`. */
function ruleVariables(sheet: string, selector: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const rule of sheet.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    if (rule[1]!.trim() !== selector) continue;
    for (const [name, value] of variables(rule[2]!)) found.set(name, value);
  }
  return found;
}

describe.each([
  ['glossary card', CARD_CSS],
  ['peek card', PEEK_CARD_CSS],
])('the %s over pages', (_name, sheet) => {
  it.each([
    ['light', '.card', light],
    ['dark', ".card[data-theme='dark']", dark],
  ] as const)('takes its %s colours from the checked palette', (_theme, selector, palette) => {
    const colours = ruleVariables(sheet, selector);
    expect(colours.size).toBeGreaterThanOrEqual(5);
    for (const [name, value] of colours) {
      // A card's background may be the raised surface (as the dark cards' is).
      const allowed =
        name === 'bg' ? [palette.get('bg'), palette.get('surface')] : [palette.get(name)];
      expect(allowed, name).toContain(value);
    }
  });
});

it('computes contrast as WCAG defines it', () => {
  expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
  expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
});
