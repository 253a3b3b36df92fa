import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildInjectedScripts } from '../../bench/build-scripts.ts';
import { renderChart } from '../../bench/chart.ts';
import {
  CONVERTERS,
  measureOurs,
  measurePeer,
  type OursRun,
  type PeerRunReading,
} from '../../bench/harness.ts';
import { generatePage } from '../../bench/pages.ts';
import { conversionTable, renderResultsMarkdown, summarize } from '../../bench/report.ts';
import { runBench } from '../../bench/run.ts';
import { startBenchServer, type BenchServer } from '../../bench/server.ts';
import { E2E_BUILD } from './harness/browsers.ts';
import { currentBrowserName, describeInBrowser } from './harness/suite.ts';

// A smoke run of `npm run bench`: one run, the smallest page. It checks that the harness
// produces well-formed results and that the extension converts the generated page as opencc-js
// converts it whole; it never asserts a speed.
//
// The full bench is Chromium-only: heap and main-thread figures come from the DevTools protocol.
// In Firefox this spec runs what works there: the page generator and our conversion of the
// 100 KB page, timed by the marks of the test build, next to the naive writer.

const PAGE = 'hant-100k';
const root = resolve(import.meta.dirname, '../..');
const finite = (value: number | null | undefined) =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0;

let server: BenchServer;
beforeAll(async () => {
  await buildInjectedScripts();
  server = await startBenchServer();
}, 120_000);
afterAll(async () => {
  await server?.close();
});

describeInBrowser('bench harness (smoke run)', {}, (ctx) => {
  it(`generates the ${PAGE} page, and the extension converts its split words as whole words`, async () => {
    const generated = generatePage(PAGE);
    expect(generated.bytes).toBeGreaterThanOrEqual(100_000);
    expect(generated.splitWords).toBeGreaterThan(0);
    // Deterministic: the same seed gives the same page.
    expect(generatePage(PAGE).html).toBe(generated.html);

    const page = await ctx.browser.newPage(server.blankUrl);
    const ours: OursRun = await measureOurs(page, { server, pageId: PAGE });
    expect(ours.split).toEqual({ total: generated.splitWords, right: generated.splitWords });
    expect(ours.nodesConverted).toBeGreaterThan(100);
    for (const value of [ours.startupMs, ours.coldMs, ours.warmDomMs, ours.warmRenderedMs]) {
      expect(finite(value)).toBe(true);
    }
    expect(ours.coldMs).toBeGreaterThanOrEqual(ours.startupMs);
    expect(ours.warmRenderedMs).toBeGreaterThanOrEqual(ours.warmDomMs);

    const naive: PeerRunReading = await measurePeer(page, { server, pageId: PAGE, peer: 'naive' });
    // Node by node, opencc-js cannot see across the markup: that is what the split words are.
    expect(naive.split.total).toBe(generated.splitWords);
    expect(naive.split.right).toBe(0);
    expect(finite(naive.warmRenderedMs)).toBe(true);
    await page.close();
  }, 120_000);

  if (currentBrowserName() === 'chromium') {
    it('one run of every measurement gives well-formed results, tables and chart', async () => {
      const productionPath = resolve(root, '.output/chrome-mv3');
      expect(existsSync(productionPath), 'the production build (wxt build) is missing').toBe(true);
      const raw = await runBench({
        runs: 1,
        pages: [PAGE],
        heapPages: [PAGE],
        dynamic: true,
        english: true,
        glossaryPage: PAGE,
        hover: true,
        extensionPath: E2E_BUILD.chromium,
        productionPath,
      });
      for (const converter of CONVERTERS) {
        const [reading] = raw.conversion[PAGE]![converter];
        expect(typeof reading, `${converter}: ${String(reading)}`).toBe('object');
      }
      for (const series of [raw.dynamic, raw.english, raw.glossary, raw.hover]) {
        expect(series).toHaveLength(1);
        expect(typeof series[0], String(series[0])).toBe('object');
      }
      const heap = raw.heap[PAGE]!;
      for (const converter of ['ours', 'naive', 'html', 'tongwen'] as const) {
        expect(typeof heap[converter]?.[0]).toBe('number');
      }
      const english = raw.english[0] as { scripts: string[]; mainThreadMs: number };
      expect(english.scripts).toEqual(['content-scripts/content.js']);

      const summary = summarize({
        raw,
        machine: {
          cpu: 'test',
          cores: 1,
          memoryGiB: 1,
          os: 'test',
          node: process.version,
          browser: raw.browserVersion,
          date: '2025-01-01',
          runs: 1,
          loadBefore: 0,
          loadAfter: 0,
        },
        pages: [{ id: PAGE, label: 'p', bytes: 1, splitWords: 1, paragraphs: 1 }],
        sizes: { chrome: [], firefox: [] },
      });
      expect(summary.failures).toEqual([]);
      const row = summary.conversion[0]!;
      for (const converter of CONVERTERS)
        expect(finite(row.rendered[converter]?.median)).toBe(true);
      for (const ratio of Object.values(row.ratios)) expect(finite(ratio?.median)).toBe(true);
      expect(summary.goals.length).toBeGreaterThan(5);
      expect(summary.goals.every((goal) => goal.measured !== 'n/a' || goal.pass === null)).toBe(
        true,
      );
      expect(conversionTable(summary).split('\n')).toHaveLength(3);
      const markdown = renderResultsMarkdown(summary, '');
      expect(markdown).toContain('## Goals');
      expect(markdown).not.toMatch(/NaN|undefined/);
      const svg = renderChart(summary.conversion, 'smoke');
      expect(svg.startsWith('<svg')).toBe(true);
      expect(svg).not.toMatch(/NaN|undefined/);
      expect(svg.match(/<circle /g)?.length).toBe(CONVERTERS.length);
    }, 600_000);
  } else {
    console.info(
      `The full bench harness is Chromium-only (heap and tracing use the DevTools protocol); ` +
        `in ${currentBrowserName()} only the generator and our conversion are checked.`,
    );
  }
});
