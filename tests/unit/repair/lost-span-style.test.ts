import { afterEach, describe, expect, it } from 'vitest';
import {
  LOST_SPAN_CLASS,
  LOST_SPAN_CSS,
  LOST_SPAN_SELECTOR,
  repairDocument,
} from '../../../utils/repair/dom-repair.ts';
import { parseHtml, readShared } from '../netease/fixtures.ts';

/**
 * Fixture a's body, moved into the test's own document (where styles are computed), under
 * page rules that reset every `span`, as a site's stylesheet may.
 */
function mirrorUnderResets(): HTMLElement {
  const page = parseHtml(readShared('a.mirror.html'));
  const container = document.createElement('div');
  for (const child of [...page.body.childNodes]) container.append(document.importNode(child, true));
  document.body.append(container);
  const resets = document.createElement('style');
  resets.textContent =
    'span { cursor: default !important; background: none !important; text-decoration: none !important; }';
  document.head.append(resets);
  return container;
}

function lostSpanRules(sheets: readonly CSSStyleSheet[]): CSSStyleRule[] {
  return sheets.flatMap((sheet) =>
    [...sheet.cssRules].filter(
      (rule): rule is CSSStyleRule =>
        rule instanceof CSSStyleRule && rule.selectorText === LOST_SPAN_SELECTOR,
    ),
  );
}

afterEach(() => {
  document.body.replaceChildren();
  document.head.replaceChildren();
  document.adoptedStyleSheets = [];
});

describe('the lost-text marker of the mirror repair', () => {
  it('has a rule that marks it visibly, targets its class, and nothing of the page', () => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(LOST_SPAN_CSS);
    const [rule, ...others] = lostSpanRules([sheet]);
    expect(others).toEqual([]);
    expect(sheet.cssRules).toHaveLength(1);
    expect(rule!.selectorText).toContain(`.${LOST_SPAN_CLASS}`);
    const style = rule!.style;
    expect(style.getPropertyValue('cursor')).toBe('help');
    expect(style.getPropertyValue('text-decoration')).toContain('dotted');
    expect(style.getPropertyValue('background-color')).not.toBe('');
    expect(style.length).toBeGreaterThanOrEqual(4);
    for (let index = 0; index < style.length; index++) {
      expect(style.getPropertyPriority(style.item(index)), style.item(index)).toBe('important');
    }

    const page = parseHtml(readShared('a.mirror.html'));
    repairDocument({ document: page });
    const marker = page.querySelector(`.${LOST_SPAN_CLASS}`)!;
    expect(marker.matches(rule!.selectorText)).toBe(true);
    // A page's own element of that class is not ours.
    const lookalike = page.createElement('span');
    lookalike.className = LOST_SPAN_CLASS;
    expect(lookalike.matches(rule!.selectorText)).toBe(false);
  });

  it('is styled in the page while it is shown, over the page’s resets, and undo takes the style away', () => {
    const container = mirrorUnderResets();
    const repair = repairDocument({ document, root: container, title: false });
    expect(repair.stats.spansLost).toBe(1);
    expect(lostSpanRules(document.adoptedStyleSheets)).toHaveLength(1);
    const marker = container.querySelector<HTMLElement>(`.${LOST_SPAN_CLASS}`)!;
    const shown = getComputedStyle(marker);
    expect(shown.cursor).toBe('help');
    expect(shown.textDecorationStyle || shown.textDecoration).toContain('dotted');
    expect(shown.backgroundColor).not.toMatch(/^(|none|transparent|rgba\(0, 0, 0, 0\))$/);

    repair.undo();
    expect(container.querySelector(`.${LOST_SPAN_CLASS}`)).toBeNull();
    expect(document.adoptedStyleSheets).toEqual([]);
  });

  it('adds no style to a page the repair leaves without a marker', () => {
    const page = parseHtml(readShared('b.mirror.html'));
    const repair = repairDocument({ document: page });
    expect(repair.stats.repaired).toBe(true);
    expect(repair.stats.spansLost).toBe(0);
    expect(page.adoptedStyleSheets).toEqual([]);
  });

  it('is styled on itself where the page takes no constructed sheet', () => {
    const page = parseHtml(readShared('a.mirror.html'));
    Object.defineProperty(page, 'adoptedStyleSheets', {
      configurable: true,
      get: () => Object.freeze([]),
      set: () => {
        throw new TypeError('refused');
      },
    });
    const repair = repairDocument({ document: page });
    const marker = page.querySelector<HTMLElement>(`.${LOST_SPAN_CLASS}`)!;
    expect(marker.style.getPropertyValue('cursor')).toBe('help');
    expect(marker.style.getPropertyPriority('cursor')).toBe('important');
    expect(marker.style.getPropertyValue('text-decoration')).toContain('dotted');
    repair.undo();
    expect(page.querySelector(`.${LOST_SPAN_CLASS}`)).toBeNull();
  });
});
