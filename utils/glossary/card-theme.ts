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

/** A number or a percentage of `whole` (`0.5`, `50%`), or `none` (0). */
function amount(value: string, whole: number): number {
  if (value === 'none') return 0;
  return value.endsWith('%') ? (Number(value.slice(0, -1)) / 100) * whole : Number(value);
}

const MODERN_COLOR =
  /^(oklab|oklch|lab|lch|color)\(\s*(?:(srgb|srgb-linear|display-p3|rec2020|a98-rgb|prophoto-rgb|xyz|xyz-d50|xyz-d65)\s+)?([^\s/]+)\s+([^\s/]+)\s+([^\s/)]+)\s*(?:\/\s*([^\s)]+)\s*)?\)$/i;

/**
 * The relative luminance and opacity of a computed colour. Browsers give a colour written in
 * a modern syntax back in it (`oklch(…)`, `lab(…)`, `color(srgb …)`; Tailwind's palette is all
 * oklch), so those are read too: for Oklab and CIE Lab from their lightness, exact for greys
 * and near enough for telling dark from light.
 */
export function backgroundLuminance(value: string): { luminance: number; alpha: number } | null {
  const rgb = parseComputedColor(value);
  if (rgb !== null) return { luminance: relativeLuminance(rgb), alpha: rgb.a };
  const match = MODERN_COLOR.exec(value.trim());
  if (!match) return null;
  const [, fn, space, first, second, third, alphaText] = match;
  const alpha = alphaText === undefined ? 1 : amount(alphaText, 1);
  const kind = fn!.toLowerCase();
  let luminance: number;
  if (kind === 'oklab' || kind === 'oklch') {
    luminance = amount(first!, 1) ** 3;
  } else if (kind === 'lab' || kind === 'lch') {
    const lightness = amount(first!, 100);
    luminance = lightness > 8 ? ((lightness + 16) / 116) ** 3 : lightness / 903.3;
  } else {
    const [r, g, b] = [first!, second!, third!].map((channel) => amount(channel, 1));
    const colorSpace = (space ?? 'srgb').toLowerCase();
    if (colorSpace.startsWith('xyz')) luminance = g!;
    else if (colorSpace === 'srgb-linear') luminance = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    // The other RGB spaces are near enough to sRGB for this.
    else luminance = relativeLuminance({ r: r! * 255, g: g! * 255, b: b! * 255 });
  }
  if (!Number.isFinite(luminance) || !Number.isFinite(alpha)) return null;
  return { luminance: Math.min(1, Math.max(0, luminance)), alpha };
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
    const color = backgroundLuminance(value);
    if (color === null || color.alpha < 0.5) continue;
    return color.luminance < DARK_BELOW ? 'dark' : 'light';
  }
  const schemes = rootColorScheme.toLowerCase().split(/\s+/);
  const allowsDark = schemes.includes('dark');
  const allowsLight = schemes.includes('light');
  return allowsDark && (prefersDark || !allowsLight) ? 'dark' : 'light';
}

/**
 * The card theme for the page around a node (a term, a paragraph; the body when null): the
 * first mostly opaque background from its element outwards decides, else the canvas.
 */
export function pageCardTheme(document: Document, from: Node | null): CardTheme {
  const view = document.defaultView;
  if (view === null) return 'light';
  const backgrounds: string[] = [];
  let element: Element | null =
    from === null
      ? document.body
      : from.nodeType === Node.ELEMENT_NODE
        ? (from as Element)
        : from.parentElement;
  for (let depth = 0; element !== null && depth < 64; depth++) {
    backgrounds.push(view.getComputedStyle(element).backgroundColor);
    element = element.parentElement;
  }
  const root = view.getComputedStyle(document.documentElement);
  const computedScheme = root.getPropertyValue('color-scheme').trim();
  return cardThemeFor({
    backgrounds,
    // A page may ask for its scheme in a `<meta name="color-scheme">` instead of CSS: the
    // canvas follows it, while the root's computed `color-scheme` stays `normal`.
    rootColorScheme:
      computedScheme !== '' && computedScheme !== 'normal'
        ? computedScheme
        : (document.querySelector('meta[name="color-scheme" i]')?.getAttribute('content') ??
          'normal'),
    prefersDark: view.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false,
  });
}
