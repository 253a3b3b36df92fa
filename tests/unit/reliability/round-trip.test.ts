/** @vitest-environment-options {"settings":{"enableIframePageLoading":true,"fetch":{"virtualServers":[{"url":"http://localhost:3000/","directory":"tests/fixtures/pages"},{"url":"http://www.frames.example/","directory":"tests"}]}}} */
// Frames load, so that parsing the frame fixtures logs no refusal per frame; their http(s)
// pages come from the fixtures on disk (happy-dom's virtual servers), never the network.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as fc from 'fast-check';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { PageLayer, PageState } from '../../../entrypoints/reader/layers.ts';
import { PageConverter } from '../../../utils/convert/page-converter.ts';
import { loadBundledDictionaries } from '../../../utils/convert/packs/load-bundled.ts';
import { TARGETS, type Target } from '../../../utils/convert/target.ts';
import { findDensestTextBlock } from '../../../utils/detect/article-root.ts';
import { detectNeteasePage } from '../../../utils/detect/netease.ts';
import { hasGarbledRuns, hasMirrorArtifacts } from '../../../utils/repair/artifacts.ts';
import { repairDocument, type DocumentRepair } from '../../../utils/repair/dom-repair.ts';
import {
  READING_MODES,
  defaultSettings,
  type ReadingMode,
} from '../../../utils/settings/schema.ts';

// The reading-modes layer reads its labels through the platform's i18n.
vi.mock('wxt/browser', async () => {
  const { fakeBrowser } = await import('wxt/testing/fake-browser');
  return { browser: fakeBrowser };
});
const { createReadingModesLayer } = await import('../../../entrypoints/reader/reading-modes.ts');

/**
 * Whatever a reader does to a page (convert to any target, switch target, switch reading mode,
 * turn the mirror repair on and off, go back to the original, in any order), the final restore
 * gives back the page exactly: every text node, attribute, the title and `lang`, byte for byte.
 *
 * The engine is driven directly, in the order the reader session uses: repair first on the page
 * as it came (the converter is taken down and a fresh one starts from the repaired text), then
 * the conversion, then the reading-modes layer over the result.
 */

const root = process.cwd();
const LOCAL = resolve(root, 'tests/fixtures/pages');
const SHARED = resolve(root, '../shared/fixtures/netease');

interface FixturePage {
  name: string;
  html: string;
  url: string;
}

function localPages(dir: string, prefix = ''): FixturePage[] {
  return readdirSync(resolve(LOCAL, dir))
    .filter((name) => name.endsWith('.html'))
    .sort()
    .map((name) => ({
      name: `${prefix}${name}`,
      html: readFileSync(resolve(LOCAL, dir, name), 'utf8'),
      url: `http://127.0.0.1/fixtures/pages/${prefix}${name}`,
    }));
}

const DOCIDS: Record<string, string> = {
  a: 'K26ZY72N052ZHORR',
  b: 'KLFF6HQS05YV5RNX',
  c: 'KM0UPXTA05SFDZTN',
};
const MIRROR_IDS: Record<string, string> = { a: '48213', b: '48167', c: '48251' };

const PAGES: FixturePage[] = [
  ...localPages('.'),
  ...localPages('netease-extra', 'netease-extra/'),
  ...readdirSync(SHARED)
    .filter((name) => name.endsWith('.html'))
    .sort()
    .map((name) => {
      const [article = 'a', kind] = name.split('.');
      return {
        name: `shared/${name}`,
        html: readFileSync(resolve(SHARED, name), 'utf8'),
        url:
          kind === 'netease'
            ? `https://www.163.com/dy/article/${DOCIDS[article]}.html`
            : `http://www.kejisudi.example/archives/${MIRROR_IDS[article]}.html`,
      };
    }),
];

type Op =
  | { kind: 'convert'; target: Target; regional: boolean }
  | { kind: 'mode'; mode: ReadingMode }
  | { kind: 'repair'; on: boolean }
  | { kind: 'enabled'; on: boolean };

const opArbitrary: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('convert' as const),
    target: fc.constantFrom(...TARGETS),
    regional: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('mode' as const), mode: fc.constantFrom(...READING_MODES) }),
  fc.record({ kind: fc.constant('repair' as const), on: fc.boolean() }),
  fc.record({ kind: fc.constant('enabled' as const), on: fc.boolean() }),
);

const describeOp = (op: Op) =>
  op.kind === 'convert'
    ? `convert ${op.target}${op.regional ? '+regional' : ''}`
    : op.kind === 'mode'
      ? `mode ${op.mode}`
      : `${op.kind} ${op.on ? 'on' : 'off'}`;

const serialize = (doc: Document) => new XMLSerializer().serializeToString(doc);
const settle = () => new Promise((resolve) => setTimeout(resolve, 15));

/** A reader's session over one document, reduced to the engine calls and their order. */
class ReaderModel {
  private converter: PageConverter;
  private repair: DocumentRepair | null = null;
  private readonly layer: PageLayer = createReadingModesLayer();
  private readonly netease;
  enabled = false;
  target: Target = 'cn';
  regional = false;
  mode: ReadingMode = 'converted';
  repairWanted = false;
  /** Renders in which the page read differently from the original. */
  changedRenders = 0;

  constructor(
    private readonly doc: Document,
    private readonly url: string,
    private readonly original: string,
  ) {
    this.converter = this.makeConverter();
    this.netease = detectNeteasePage({ document: doc, url });
  }

  private makeConverter(): PageConverter {
    return new PageConverter({ document: this.doc, loadDictionaries: loadBundledDictionaries });
  }

  private converting(): boolean {
    return this.enabled && this.mode !== 'original';
  }

  private syncRepair(): void {
    if (this.repairWanted === (this.repair !== null)) return;
    const text = this.doc.body?.textContent?.slice(0, 200_000) ?? '';
    // As the session decides (pageMayBeRepaired): never on a NetEase article, annotations count
    // on a mirror, and only garbled runs on any other page.
    if (this.repairWanted && this.netease.kind === 'netease') return;
    const shows = this.netease.kind === 'mirror' ? hasMirrorArtifacts : hasGarbledRuns;
    if (this.repairWanted && !shows(text) && !shows(this.doc.title)) return;
    this.converter.restore();
    this.converter.dispose();
    if (this.repairWanted) {
      this.repair = repairDocument({ document: this.doc, minAnnotations: 3 });
    } else {
      this.repair?.undo();
      this.repair = null;
    }
    this.converter = this.makeConverter();
  }

  private state(): PageState {
    const articleRoot = this.netease.articleRoot?.isConnected
      ? this.netease.articleRoot
      : findDensestTextBlock(this.doc);
    return {
      document: this.doc,
      url: this.url,
      settings: defaultSettings(),
      target: this.target,
      regionalVocabulary: this.regional,
      converting: this.converting(),
      readingMode: this.mode,
      glossaryEnabled: false,
      netease: this.netease,
      articleRoot,
      converter: this.converter,
      loadKit: async () => {},
      // The sequences render at each step themselves.
      renderAgain: () => {},
      countsChanged: () => {},
    };
  }

  async render(): Promise<void> {
    this.syncRepair();
    if (this.converting()) {
      await this.converter.convert({ target: this.target, regionalVocabulary: this.regional });
    } else {
      this.converter.restore();
    }
    await this.layer.refresh(this.state());
    await settle();
    if (serialize(this.doc) !== this.original) this.changedRenders += 1;
  }

  async run(op: Op): Promise<void> {
    switch (op.kind) {
      case 'convert':
        this.enabled = true;
        this.target = op.target;
        this.regional = op.regional;
        if (this.mode === 'original') this.mode = 'converted';
        break;
      case 'mode':
        this.mode = op.mode;
        break;
      case 'repair':
        this.repairWanted = op.on;
        break;
      case 'enabled':
        this.enabled = op.on;
        break;
    }
    await this.render();
  }

  /** Conversion off and repair off: the page as it came. */
  async restoreAll(): Promise<void> {
    this.enabled = false;
    this.repairWanted = false;
    await this.render();
  }

  dispose(): void {
    this.layer.dispose();
    this.converter.dispose();
  }
}

/** Sequences every page goes through: each kind of step, in the orders most likely to trip. */
const FIXED_SEQUENCES: Op[][] = [
  [
    { kind: 'repair', on: true },
    { kind: 'convert', target: 'tw', regional: true },
    { kind: 'mode', mode: 'parallel' },
    { kind: 'convert', target: 'cn', regional: false },
    { kind: 'repair', on: false },
    { kind: 'mode', mode: 'peek' },
  ],
  [
    { kind: 'convert', target: 'hk', regional: false },
    { kind: 'mode', mode: 'parallel' },
    { kind: 'repair', on: true },
    { kind: 'mode', mode: 'original' },
    { kind: 'enabled', on: false },
    { kind: 'convert', target: 'cn', regional: true },
  ],
];

const RUNS_PER_PAGE = Number(process.env.JIANFAN_ROUND_TRIP_RUNS ?? 5);
const tally = { pages: 0, sequences: 0, failures: 0, changed: 0 };
afterAll(() => {
  console.log(
    `Round trip: ${tally.pages} pages, ${tally.sequences} sequences, ${tally.failures} failures (${tally.changed} renders changed the page)`,
  );
});

describe('round trip: any sequence, then restore, gives the page back byte for byte', () => {
  it('covers every fixture page', () => {
    expect(PAGES.length).toBeGreaterThanOrEqual(20);
    expect(PAGES.some((page) => page.name.endsWith('.mirror.html'))).toBe(true);
    expect(PAGES.some((page) => page.name.endsWith('.netease.html'))).toBe(true);
  });

  it.each(PAGES)('$name', async (page) => {
    tally.pages += 1;
    let changed = 0;
    try {
      await fc.assert(
        fc.asyncProperty(fc.array(opArbitrary, { minLength: 1, maxLength: 7 }), async (ops) => {
          tally.sequences += 1;
          const doc = new DOMParser().parseFromString(page.html, 'text/html');
          const original = serialize(doc);
          const model = new ReaderModel(doc, page.url, original);
          try {
            for (const op of ops) await model.run(op);
            await model.restoreAll();
            changed += model.changedRenders;
            const after = serialize(doc);
            if (after !== original) {
              throw new Error(
                `not restored after ${ops.map(describeOp).join(' → ')}:\n${firstDifference(original, after)}`,
              );
            }
          } finally {
            model.dispose();
          }
        }),
        // A fixed seed per page keeps the run reproducible; a failure names its sequence. The
        // examples run on every page before the random sequences.
        {
          numRuns: RUNS_PER_PAGE,
          seed: seedOf(page.name),
          endOnFailure: true,
          examples: FIXED_SEQUENCES.map((ops) => [ops]),
        },
      );
    } catch (error) {
      tally.failures += 1;
      throw error;
    } finally {
      tally.changed += changed;
    }
  });

  it('converted something on the Chinese pages (the property is not vacuous)', () => {
    expect(tally.changed).toBeGreaterThan(PAGES.length);
  });
});

function seedOf(name: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) hash = Math.imul(hash ^ name.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at ${i}: expected …${a.slice(Math.max(0, i - 60), i + 60)}…\n got …${b.slice(Math.max(0, i - 60), i + 60)}…`;
}
