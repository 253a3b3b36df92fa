/**
 * Whether the glossary card should be light or dark: it should look like it
 * belongs to the page under it, so it follows what the page really shows
 * rather than the system setting alone. A dark-mode reader on a white news
 * page gets a light card; a dark page gets a dark card whatever the system
 * says.
 */

export type CardTheme = 'light' | 'dark';

/** Parses the colours `getComputedStyle` returns: `rgb(r, g, b)`, `rgba(…)`, `rgb(r g b / a)`. */
export function parseComputedColor(
  value: string,
): { r: number; g: number; b: number; a: number } | null {
  const match =
    /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)\s*(?:[,/]\s*([\d.]+)(%?)\s*)?\)$/i.exec(
      value.trim(),
    );
  if (!match) return value.trim() === 'transparent' ? { r: 0, g: 0, b: 0, a: 0 } : null;
  const alpha = match[4] === undefined ? 1 : Number(match[4]) / (match[5] === '%' ? 100 : 1);
  return { r: Number(match[1]), g: Number(match[2]), b: Number(match[3]), a: alpha };
}

/** WCAG relative luminance of an sRGB colour (0 black … 1 white). */
export function relativeLuminance({ r, g, b }: { r: number; g: number; b: number }): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/**
 * Below this luminance white text reads better than black text (the point
 * where both have the same contrast ratio, 4.58:1).
 */
const DARK_BELOW = 0.179;

/**
 * The card theme for a page.
 *
 * - `backgrounds`: computed background colours from the innermost relevant
 *   element outwards (the body, then the root). The first one that is mostly
 *   opaque is what the reader sees.
 * - Without one, the page shows the browser's canvas, which is dark only when
 *   the root's `color-scheme` allows dark and the reader prefers dark (or the
 *   page allows dark only).
 */
export function cardThemeFor({
  backgrounds,
  rootColorScheme,
  prefersDark,
}: {
  backgrounds: readonly string[];
  rootColorScheme: string;
  prefersDark: boolean;
}): CardTheme {
  for (const value of backgrounds) {
    const color = parseComputedColor(value);
    if (color === null || color.a < 0.5) continue;
    return relativeLuminance(color) < DARK_BELOW ? 'dark' : 'light';
  }
  const schemes = rootColorScheme.toLowerCase().split(/\s+/);
  const allowsDark = schemes.includes('dark');
  const allowsLight = schemes.includes('light');
  return allowsDark && (prefersDark || !allowsLight) ? 'dark' : 'light';
}
