import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The README's permission table is the promise made to users and store reviewers; the built
// manifests must keep it, in both browsers. Anything that widens what pages or other
// extensions can reach (web-accessible files, a looser CSP, external messaging, the page's own
// world) must show up here as a failing test first.

const root = resolve(import.meta.dirname, '../..');
const output = join(root, '.output');
const builds = {
  chrome: join(output, 'chrome-mv3'),
  firefox: join(output, 'firefox-mv3'),
  'chrome e2e': join(output, 'chrome-mv3-e2e'),
  'firefox e2e': join(output, 'firefox-mv3-e2e'),
} as const;

type Manifest = Record<string, unknown> & {
  permissions?: string[];
  host_permissions?: string[];
  content_scripts?: { matches: string[]; js?: string[]; world?: string; all_frames?: boolean }[];
};

function manifest(dir: string): Manifest {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
}

interface PermissionTable {
  /** API permissions: rows whose first cell is one `name`. */
  api: string[];
  /** Patterns in the `host_permissions` row. */
  hosts: string[];
  /** Patterns in the "content script on" row. */
  contentScripts: string[];
  rows: { what: string; why: string }[];
}

/** Reads the table under "## Permissions" in README.md. */
function readPermissionTable(readme: string): PermissionTable {
  const section = readme.split(/^## /m).find((part) => part.startsWith('Permissions'));
  if (!section) throw new Error('README.md has no "## Permissions" section');
  const rows = section
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .slice(2) // header and separator
    .map((line) => {
      const cells = line
        .slice(1, -1)
        .split('|')
        .map((cell) => cell.trim());
      return { what: cells[0] ?? '', why: cells[1] ?? '' };
    });
  const code = (text: string) => [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
  const api: string[] = [];
  let hosts: string[] = [];
  let contentScripts: string[] = [];
  for (const { what } of rows) {
    const names = code(what);
    if (/^content script on /.test(what)) contentScripts = names;
    else if (names[0] === 'host_permissions') hosts = names.slice(1);
    else if (names.length === 1 && what === `\`${names[0]}\``) api.push(names[0]!);
    else throw new Error(`README permission row not understood: ${what}`);
  }
  return { api, hosts, contentScripts, rows };
}

const table = readPermissionTable(readFileSync(join(root, 'README.md'), 'utf8'));
const sorted = (list: readonly string[] | undefined) => [...(list ?? [])].sort();

describe('the README permission table', () => {
  it('is read as expected (the parser understands every row)', () => {
    expect(table.api.length).toBeGreaterThan(0);
    expect(table.hosts.length).toBeGreaterThan(0);
    expect(table.contentScripts.length).toBeGreaterThan(0);
    expect(() =>
      readPermissionTable('## Permissions\n\n| a | b |\n| - | - |\n| `x` y | z |\n'),
    ).toThrow(/not understood/);
  });

  it('says why for every row', () => {
    for (const row of table.rows) expect(row.why.length, row.what).toBeGreaterThan(20);
  });
});

describe.each(Object.keys(builds) as (keyof typeof builds)[])('%s manifest', (name) => {
  const m = manifest(builds[name]);

  it('asks for exactly the permissions the README lists', () => {
    expect(sorted(m.permissions)).toEqual(sorted(table.api));
    expect(sorted(m.host_permissions)).toEqual(sorted(table.hosts));
    expect(m.optional_permissions ?? []).toEqual([]);
    expect(m.optional_host_permissions ?? []).toEqual([]);
  });

  it('runs one content script, where the README says, in its isolated world', () => {
    const scripts = m.content_scripts ?? [];
    expect(scripts).toHaveLength(1);
    expect(sorted(scripts[0]!.matches)).toEqual(sorted(table.contentScripts));
    expect(scripts[0]!.world ?? 'ISOLATED').toBe('ISOLATED');
  });

  it('keeps the default extension-page CSP and exposes nothing to pages or other extensions', () => {
    expect(m.content_security_policy).toBeUndefined();
    expect(m.web_accessible_resources).toBeUndefined();
    expect(m.externally_connectable).toBeUndefined();
    expect(m.sandbox).toBeUndefined();
    expect(m.key).toBeUndefined();
    expect(m.update_url).toBeUndefined();
  });

  it('ships pages without inline or remote scripts and styles', () => {
    const pages = readdirSync(builds[name], { recursive: true, encoding: 'utf8' })
      .map((file) => join(builds[name], file))
      .filter((file) => file.endsWith('.html') && statSync(file).isFile());
    expect(pages.length).toBeGreaterThanOrEqual(2);
    for (const page of pages) {
      const html = readFileSync(page, 'utf8');
      // Every <script> has a src on our own package, and carries no code of its own.
      for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
        expect(match[1], page).toMatch(/\bsrc="\/[^"]+"/);
        expect(match[2]!.trim(), page).toBe('');
      }
      expect(html, page).not.toMatch(/\bon[a-z]+\s*=/i);
      expect(html, page).not.toMatch(/(?:src|href)="(?:https?:)?\/\//);
    }
  });
});
