import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Checks on what `wxt build` produced: the manifests users install and the
// code stores review. Widening a permission must be a deliberate change here.

const output = resolve(import.meta.dirname, '../../.output');
const builds = {
  chrome: join(output, 'chrome-mv3'),
  firefox: join(output, 'firefox-mv3'),
  'chrome e2e': join(output, 'chrome-mv3-e2e'),
  'firefox e2e': join(output, 'firefox-mv3-e2e'),
} as const;

function manifest(dir: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile());
}

function scriptText(dir: string): string {
  return files(dir)
    .filter((f) => f.endsWith('.js') || f.endsWith('.html'))
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');
}

/** A few of the built-in pack's English definitions, as a mark of the pack in a script. */
function packSamples(): string[] {
  const dir = resolve(import.meta.dirname, '../../utils/glossary/pack/data');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => {
      const terms = JSON.parse(readFileSync(join(dir, f), 'utf8')) as {
        definition: { en: string };
      }[];
      // Plain text only, so that the bundled copy reads the same (no quotes to escape).
      const plain = terms.find((term) => /^[\w ,.()-]{40,}$/.test(term.definition.en));
      if (!plain) throw new Error(`No plain definition in ${f}`);
      return plain.definition.en;
    });
}

const EXPECTED_PERMISSIONS = ['clipboardWrite', 'contextMenus', 'scripting', 'storage'];
const EXPECTED_HOSTS = ['http://*/*', 'https://*/*'];

describe.each(['chrome', 'firefox'] as const)('%s production build', (name) => {
  const dir = builds[name];

  it('exists', () => {
    expect(existsSync(join(dir, 'manifest.json'))).toBe(true);
  });

  it('asks for exactly the permissions the README justifies', () => {
    const m = manifest(dir);
    expect(m.manifest_version).toBe(3);
    expect([...((m.permissions as string[]) ?? [])].sort()).toEqual(EXPECTED_PERMISSIONS);
    expect([...((m.host_permissions as string[]) ?? [])].sort()).toEqual(EXPECTED_HOSTS);
    expect(m.optional_permissions ?? []).toEqual([]);
    expect(m.web_accessible_resources ?? []).toEqual([]);
  });

  it('has a localised name and description and icons at the usual sizes', () => {
    const m = manifest(dir);
    expect(m.name).toBe('__MSG_extName__');
    expect(m.description).toBe('__MSG_extDescription__');
    expect(m.default_locale).toBe('en');
    for (const locale of ['en', 'zh_CN', 'zh_TW']) {
      const messages = JSON.parse(
        readFileSync(join(dir, '_locales', locale, 'messages.json'), 'utf8'),
      ) as Record<string, { message: string }>;
      expect(messages.extName?.message).toBeTruthy();
      expect(messages.extDescription?.message).toBeTruthy();
    }
    const icons = m.icons as Record<string, string>;
    for (const size of ['16', '32', '48', '128']) {
      expect(icons[size]).toBeTruthy();
      expect(existsSync(join(dir, icons[size]!))).toBe(true);
    }
  });

  it('carries no test hooks, no remote code and no eval', () => {
    const code = scriptText(dir);
    expect(code).not.toContain('jianfan-e2e');
    expect(code).not.toContain('test/open-extension-page-allowed');
    expect(code).not.toMatch(/axe-core|axe\.run/);
    expect(code).not.toMatch(/\beval\(|new Function\(/);
    // No HTML sink at all, not even inside a library (see build/strip-preact-html-sink.ts).
    expect(code).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML/);
    expect(code).not.toMatch(/<script[^>]+src=["']https?:/);
  });

  it('does not announce the content script to the page with a postMessage (it carries our id)', () => {
    const content = readFileSync(join(dir, 'content-scripts/content.js'), 'utf8');
    expect(content).toMatch(/noScriptStartedPostMessage:(!0|true)/);
  });

  it('keeps the glossary in a kit of its own, out of the content script and the reader kit', () => {
    const samples = packSamples();
    expect(samples.length).toBeGreaterThanOrEqual(5);
    const read = (file: string) => readFileSync(join(dir, file), 'utf8');
    const glossary = read('glossary.js');
    for (const sample of samples) expect(glossary).toContain(sample);
    for (const file of ['content-scripts/content.js', 'reader.js']) {
      const code = read(file);
      for (const sample of samples) expect(code, file).not.toContain(sample);
    }
  });
});

describe('browser-specific manifest keys', () => {
  it('sets the gecko id and data collection only for Firefox', () => {
    const ff = manifest(builds.firefox);
    const gecko = (ff.browser_specific_settings as { gecko: Record<string, unknown> }).gecko;
    expect(gecko.id).toBe('jianfan-reader@jianfan.org');
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(manifest(builds.chrome).browser_specific_settings).toBeUndefined();
  });
});

describe.each(['chrome e2e', 'firefox e2e'] as const)('%s test build', (name) => {
  it('carries the hook that lets tests open our own pages', () => {
    expect(scriptText(builds[name])).toContain('jianfan-e2e');
  });
});
