import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PageConverter, type PageConverterOptions } from '../../../utils/convert/page-converter.ts';
import { loadBundledDictionaries } from '../../../utils/convert/packs/load-bundled.ts';
import { SHARED_FIXTURES } from './corpus.ts';

/** Parses markup into a fresh document (test fixtures only, never page data). */
export function parseDocument(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** A document whose body holds `bodyHtml`, with an optional `<html lang>`. */
export function documentWithBody(bodyHtml: string, lang: string | null = 'zh-TW'): Document {
  const langAttribute = lang === null ? '' : ` lang="${lang}"`;
  return parseDocument(
    `<!doctype html><html${langAttribute}><head><title>測試</title></head><body>${bodyHtml}</body></html>`,
  );
}

export function fixturePage(name: string): Document {
  return parseDocument(readFileSync(resolve(process.cwd(), 'tests/fixtures/pages', name), 'utf8'));
}

export function sharedPage(name: string): Document {
  return parseDocument(readFileSync(resolve(SHARED_FIXTURES, name), 'utf8'));
}

export function serialize(document: Document): string {
  return new XMLSerializer().serializeToString(document.documentElement);
}

export function createConverter(
  document: Document,
  options: Partial<Omit<PageConverterOptions, 'document'>> = {},
): PageConverter {
  return new PageConverter({ document, loadDictionaries: loadBundledDictionaries, ...options });
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Text of an element without the whitespace the fixture's formatting adds. */
export const compact = (node: Node | null): string => (node?.textContent ?? '').replace(/\s+/g, '');

/** Polls until `check` holds or `timeout` ms pass; returns the elapsed time. */
export async function waitFor(check: () => boolean, timeout = 1000): Promise<number> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeout) throw new Error('condition not met in time');
    await sleep(2);
  }
  return performance.now() - start;
}

/**
 * `text` cut into pieces at `cuts` (any natural numbers, as a property test draws them: each
 * taken modulo the text's length + 1, repeats dropped), as a page may split a paragraph into
 * text nodes. The pieces join back into `text`; some may be empty.
 */
export function splitAtCuts(text: string, cuts: readonly number[]): string[] {
  const points = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b);
  const pieces: string[] = [];
  let last = 0;
  for (const point of [...points, text.length]) {
    pieces.push(text.slice(last, point));
    last = point;
  }
  return pieces;
}
