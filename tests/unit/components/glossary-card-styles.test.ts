import { describe, expect, it } from 'vitest';
import { adoptStyles } from '../../../components/shared/adopt-styles.ts';

function shadowHost() {
  const host = document.createElement('div');
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  const probe = document.createElement('p');
  probe.className = 'probe';
  root.append(probe);
  return { host, root, probe };
}

const CSS_TEXT = '.probe { color: rgb(1, 2, 3); }';

describe('adoptStyles', () => {
  it('adopts a constructable stylesheet, which a strict CSP does not block, and removes it', () => {
    const { host, root, probe } = shadowHost();
    const styles = adoptStyles(root, CSS_TEXT);
    expect(styles.mode).toBe('sheet');
    expect(root.adoptedStyleSheets).toHaveLength(1);
    expect(root.querySelector('style')).toBeNull();
    expect(getComputedStyle(probe).color).toBe('rgb(1, 2, 3)');
    styles.remove();
    expect(root.adoptedStyleSheets).toHaveLength(0);
    host.remove();
  });

  it('keeps the page’s own adopted sheets', () => {
    const own = new CSSStyleSheet();
    own.replaceSync('body { margin: 0 }');
    document.adoptedStyleSheets = [own];
    const styles = adoptStyles(document, CSS_TEXT);
    expect(document.adoptedStyleSheets).toHaveLength(2);
    styles.remove();
    expect(document.adoptedStyleSheets).toEqual([own]);
    document.adoptedStyleSheets = [];
  });

  it('adds to the array in place where assigning one throws (Firefox < 153 content scripts)', () => {
    const { host, root } = shadowHost();
    const sheets: CSSStyleSheet[] = [];
    Object.defineProperty(root, 'adoptedStyleSheets', {
      configurable: true,
      get: () => sheets,
      set: () => {
        throw new Error('Accessing from Xray wrapper is not supported.');
      },
    });
    const styles = adoptStyles(root, CSS_TEXT);
    expect(styles.mode).toBe('sheet');
    expect(sheets).toHaveLength(1);
    styles.remove();
    expect(sheets).toHaveLength(0);
    host.remove();
  });

  it('falls back to a style element where sheets cannot be adopted at all', () => {
    const { host, root, probe } = shadowHost();
    Object.defineProperty(root, 'adoptedStyleSheets', {
      configurable: true,
      get: () => Object.freeze([]),
      set: () => {
        throw new Error('no');
      },
    });
    const styles = adoptStyles(root, CSS_TEXT);
    expect(styles.mode).toBe('element');
    expect(root.querySelector('style')?.textContent).toBe(CSS_TEXT);
    expect(getComputedStyle(probe).color).toBe('rgb(1, 2, 3)');
    styles.remove();
    expect(root.querySelector('style')).toBeNull();
    host.remove();
  });
});
