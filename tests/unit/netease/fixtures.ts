import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The shared NetEase fixtures (see their README.md and NOTES.md). */
export const SHARED_DIR = resolve(process.cwd(), '../shared/fixtures/netease');
/** This project's own extra pages. */
export const EXTRA_DIR = resolve(process.cwd(), 'tests/fixtures/pages/netease-extra');

export const ARTICLES = ['a', 'b', 'c'] as const;
export type Article = (typeof ARTICLES)[number];

/** Document ids of the NetEase pages (NOTES.md §4). */
export const DOCIDS: Record<Article, string> = {
  a: 'K26ZY72N052ZHORR',
  b: 'KLFF6HQS05YV5RNX',
  c: 'KM0UPXTA05SFDZTN',
};

export const MIRROR_URL = 'https://www.kejisudi.example/archives/48213.html';

export function neteaseUrl(article: Article): string {
  return `https://www.163.com/dy/article/${DOCIDS[article]}.html`;
}

export function readShared(name: string): string {
  return readFileSync(join(SHARED_DIR, name), 'utf8');
}

export function readExtra(name: string): string {
  return readFileSync(join(EXTRA_DIR, name), 'utf8');
}

/** Paragraphs of a fixture text file (separated by one blank line). */
export function paragraphs(text: string): string[] {
  return text.replace(/\n+$/, '').split('\n\n');
}

export interface TitleRow {
  article: string;
  simplified: string;
  traditional: string;
  corrupted: string;
  expectedRepair: string;
}

export function titles(): TitleRow[] {
  return readShared('titles.tsv')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const [article = '', simplified = '', traditional = '', corrupted = '', expectedRepair = ''] =
        line.split('\t');
      return { article, simplified, traditional, corrupted, expectedRepair };
    });
}

/** Parses a fixture page (test data, not page content) into its own document. */
export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/**
 * A structural dump of a subtree: node types, names, attributes and text,
 * one line per node. Two equal dumps mean an identical tree, including how
 * text is split into nodes.
 */
export function snapshotTree(node: Node, depth = 0): string {
  const pad = ' '.repeat(depth);
  if (node.nodeType === 3) return `${pad}#text ${JSON.stringify((node as Text).data)}\n`;
  if (node.nodeType === 8) return `${pad}#comment ${JSON.stringify((node as Comment).data)}\n`;
  let line = `${pad}${node.nodeName}`;
  if (node.nodeType === 1) {
    const element = node as Element;
    for (const name of element.getAttributeNames().sort()) {
      line += ` ${name}=${JSON.stringify(element.getAttribute(name))}`;
    }
  }
  let out = `${line}\n`;
  for (const child of node.childNodes) out += snapshotTree(child, depth + 1);
  return out;
}
