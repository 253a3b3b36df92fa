import type { CardTheme } from '../../utils/glossary/card-theme.ts';

/** Where the card sits, in viewport pixels; null while it is measured. */
export interface PeekCardBox {
  left: number;
  top: number;
  maxHeight: number | null;
}

/**
 * The peek card: a paragraph's original text under a small heading. The text is rendered as
 * text; page content never becomes markup.
 */
export function PeekCard({
  id,
  label,
  text,
  lang,
  uiLang,
  theme,
  width,
  box,
}: {
  id: string;
  /** The heading ("Original"), in the UI language. */
  label: string;
  /** The paragraph as the page wrote it. */
  text: string;
  /** The `lang` of that text. */
  lang: string;
  /** The `lang` of the heading. */
  uiLang: string;
  theme: CardTheme;
  /** The widest the card may be, in pixels: its paragraph's width, within the viewport. */
  width: number;
  box: PeekCardBox | null;
}) {
  // Positions go through the CSS object model, which a page's CSP does not govern.
  const style =
    box === null
      ? { left: '0px', top: '0px', maxWidth: `${width}px`, visibility: 'hidden' }
      : {
          left: `${box.left}px`,
          top: `${box.top}px`,
          maxWidth: `${width}px`,
          ...(box.maxHeight !== null ? { maxHeight: `${box.maxHeight}px` } : {}),
        };
  return (
    // tabindex -1: a card that scrolls (at a high zoom) would otherwise be a Tab stop of its
    // own in current browsers, at the end of the page's order; the keys that scroll it are
    // taken while it is open (peek.ts).
    <div id={id} class="card" role="tooltip" tabIndex={-1} data-theme={theme} style={style}>
      <div class="label" lang={uiLang}>
        {label}
      </div>
      <p class="text" lang={lang}>
        {text}
      </p>
    </div>
  );
}
