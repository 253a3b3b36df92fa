import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * Markup written from strings is how page or user data becomes live HTML. ESLint forbids these
 * sinks too (eslint.config.js); this test reads the source itself, so that turning the rule off,
 * or a file the linter skips, cannot let one in. The allow-list is empty on purpose.
 */

const root = resolve(process.cwd());
const SCANNED = ['entrypoints', 'components', 'utils', 'scripts'];
const EXTENSIONS = /\.(ts|tsx|mts|cts|js|mjs|cjs|jsx|html|vue|svelte)$/;
const ALLOWED: readonly string[] = [];

const SINKS: readonly { name: string; pattern: RegExp }[] = [
  { name: 'innerHTML', pattern: /innerHTML/ },
  { name: 'outerHTML', pattern: /outerHTML/ },
  { name: 'insertAdjacentHTML', pattern: /insertAdjacentHTML/ },
  { name: 'dangerouslySetInnerHTML', pattern: /dangerouslySetInnerHTML/ },
  { name: 'document.write', pattern: /\bdocument\s*(?:\.\s*|\[\s*['"`])write(?:ln)?\b/ },
  { name: 'setHTMLUnsafe', pattern: /setHTMLUnsafe/ },
  { name: 'parseHTMLUnsafe', pattern: /parseHTMLUnsafe/ },
  { name: 'createContextualFragment', pattern: /createContextualFragment/ },
];

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (EXTENSIONS.test(entry)) out.push(path);
  }
  return out;
}

/** Every use of a sink in `text`, as `line: name`. */
function findSinks(text: string): string[] {
  const found: string[] = [];
  text.split('\n').forEach((line, index) => {
    for (const sink of SINKS) {
      if (sink.pattern.test(line)) found.push(`${index + 1}: ${sink.name}`);
    }
  });
  return found;
}

const files = SCANNED.flatMap((dir) => sourceFiles(join(root, dir)));
let hits = 0;

afterAll(() => {
  console.log(`HTML sinks: ${files.length} files scanned, ${hits} sinks found`);
});

describe('HTML sinks in our code', () => {
  it('recognises every sink, however it is written', () => {
    const samples = [
      'el.innerHTML = text;',
      "el['outerHTML'] = x",
      'el.insertAdjacentHTML("beforeend", s)',
      '<div dangerouslySetInnerHTML={{ __html: s }} />',
      'document.write(s)',
      'document . writeln(s)',
      "document['write'](s)",
      'el.setHTMLUnsafe(s)',
      'Document.parseHTMLUnsafe(s)',
      'range.createContextualFragment(s)',
    ];
    for (const sample of samples) expect(findSinks(sample), sample).toHaveLength(1);
    expect(findSinks('el.textContent = text; el.append(node); writer.write(s)')).toEqual([]);
  });

  it('scans the whole source tree', () => {
    for (const dir of SCANNED) {
      expect(
        files.some((file) => relative(root, file).startsWith(`${dir}/`)),
        dir,
      ).toBe(true);
    }
    expect(files.length).toBeGreaterThan(50);
  });

  it('finds none in entrypoints, components, utils or scripts (allow-list: empty)', () => {
    const found: string[] = [];
    for (const file of files) {
      const name = relative(root, file);
      if (ALLOWED.includes(name)) continue;
      for (const hit of findSinks(readFileSync(file, 'utf8'))) found.push(`${name}:${hit}`);
    }
    hits = found.length;
    expect(found).toEqual([]);
    expect(ALLOWED).toEqual([]);
  });
});
