/**
 * The benchmark loop: launches Chromium with the extension (a test build, whose marks give our
 * timings), Chromium without it (for the peers and the floor), and Chromium with the production
 * build (for the English page, traced), then repeats every measurement `runs` times on fresh
 * pages. Within one repetition the converters of a page run back to back, in an order that
 * rotates from one repetition to the next, so that ratios compare runs made moments apart.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { BROWSER_PATHS } from '../tests/browser/harness/browsers.ts';
import {
  CONVERTERS,
  measureDynamic,
  measureEnglish,
  measureGlossary,
  measureHeap,
  measureHover,
  measureOurs,
  measurePeer,
  playwrightBenchPage,
  type ConverterName,
  type DynamicReading,
  type EnglishReading,
  type HoverReading,
  type OursRun,
  type PeerRunReading,
} from './harness.ts';
import type { GlossaryReading } from './in-page.ts';
import { startBenchServer } from './server.ts';

export interface RunOptions {
  runs: number;
  /** Pages converted by every converter. */
  pages: readonly string[];
  /** Pages whose heap cost is measured, per converter. */
  heapPages: readonly string[];
  dynamic: boolean;
  english: boolean;
  /** Page whose text the glossary matcher searches, or null. */
  glossaryPage: string | null;
  /** Whether to time the glossary card's opening under the pointer. */
  hover: boolean;
  /** The test build (`wxt build --mode e2e`) for Chromium. */
  extensionPath: string;
  /** The production build for Chromium (the English page is traced with it). */
  productionPath: string;
  log?: (line: string) => void;
}

/** Raw readings, one entry per run; failed runs are kept as their error message. */
export interface RawResults {
  browserVersion: string;
  conversion: Record<string, Record<ConverterName, (OursRun | PeerRunReading | string)[]>>;
  heap: Record<string, Partial<Record<ConverterName, (number | string)[]>>>;
  dynamic: (DynamicReading | string)[];
  english: (EnglishReading | string)[];
  glossary: (GlossaryReading | string)[];
  hover: (HoverReading | string)[];
}

/** Chromium as the browser tests launch it (tests/browser/harness/browsers.ts), headless. */
export async function launchChromium(extensionPath: string | null): Promise<{
  context: BrowserContext;
  close: () => Promise<void>;
}> {
  const profile = mkdtempSync(join(tmpdir(), 'jianfan-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: BROWSER_PATHS.chromium,
    headless: true,
    locale: 'en-US',
    viewport: { width: 1280, height: 900 },
    args: [
      ...(extensionPath
        ? [`--disable-extensions-except=${extensionPath}`, `--load-extension=${extensionPath}`]
        : []),
      '--lang=en-US',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
    ],
  });
  if (extensionPath && context.serviceWorkers().length === 0) {
    await context.waitForEvent('serviceworker', { timeout: 15_000 });
  }
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

function rotate<T>(items: readonly T[], by: number): T[] {
  const shift = by % items.length;
  return [...items.slice(shift), ...items.slice(0, shift)];
}

async function onFreshPage<T>(
  context: BrowserContext,
  work: (page: ReturnType<typeof playwrightBenchPage>) => Promise<T>,
): Promise<T | string> {
  const page = await context.newPage();
  try {
    return await work(playwrightBenchPage(page));
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await page.close();
  }
}

async function attempt<T>(work: () => Promise<T>): Promise<T | string> {
  try {
    return await work();
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

export async function runBench(options: RunOptions): Promise<RawResults> {
  const log = options.log ?? (() => undefined);
  const server = await startBenchServer();
  // Only the scenarios that measure the extension need it loaded (and built).
  const needsExtension =
    options.pages.length > 0 || options.heapPages.length > 0 || options.dynamic || options.hover;
  const withExtension = await launchChromium(needsExtension ? options.extensionPath : null);
  const plain = await launchChromium(null);
  const production = options.english ? await launchChromium(options.productionPath) : null;
  const raw: RawResults = {
    browserVersion: withExtension.context.browser()?.version() ?? 'unknown',
    conversion: {},
    heap: {},
    dynamic: [],
    english: [],
    glossary: [],
    hover: [],
  };
  try {
    for (const id of options.pages) {
      log(`generating ${id}…`);
      server.page(id);
      raw.conversion[id] = { ours: [], naive: [], html: [], tongwen: [], floor: [] };
    }
    for (let run = 0; run < options.runs; run++) {
      for (const [index, pageId] of options.pages.entries()) {
        for (const converter of rotate(CONVERTERS, run + index)) {
          const reading =
            converter === 'ours'
              ? await onFreshPage(withExtension.context, (page) =>
                  measureOurs(page, { server, pageId }),
                )
              : await onFreshPage(plain.context, (page) =>
                  measurePeer(page, { server, pageId, peer: converter }),
                );
          raw.conversion[pageId]![converter].push(reading);
          log(`run ${run + 1}/${options.runs} ${pageId} ${converter}: ${describe(reading)}`);
        }
      }
      for (const pageId of options.heapPages) {
        const heap = (raw.heap[pageId] ??= {});
        for (const converter of rotate(['ours', 'naive', 'html', 'tongwen'] as const, run)) {
          const context = converter === 'ours' ? withExtension.context : plain.context;
          const reading = await attempt(() => measureHeap(context, { server, pageId, converter }));
          (heap[converter] ??= []).push(reading);
          log(`run ${run + 1}/${options.runs} heap ${pageId} ${converter}: ${describe(reading)}`);
        }
      }
      if (options.dynamic) {
        const reading = await onFreshPage(withExtension.context, (page) =>
          measureDynamic(page, { server }),
        );
        raw.dynamic.push(reading);
        log(`run ${run + 1}/${options.runs} dynamic: ${describe(reading)}`);
      }
      if (production) {
        const reading = await attempt(() => measureEnglish(production.context, { server }));
        raw.english.push(reading);
        log(`run ${run + 1}/${options.runs} english: ${describe(reading)}`);
      }
      if (options.hover) {
        const reading = await attempt(() => measureHover(withExtension.context, { server }));
        raw.hover.push(reading);
        log(`run ${run + 1}/${options.runs} hover: ${describe(reading)}`);
      }
      if (options.glossaryPage !== null) {
        const pageId = options.glossaryPage;
        const reading = await onFreshPage(plain.context, (page) =>
          measureGlossary(page, { server, pageId }),
        );
        raw.glossary.push(reading);
        log(`run ${run + 1}/${options.runs} glossary: ${describe(reading)}`);
      }
    }
  } finally {
    await withExtension.close();
    await plain.close();
    await production?.close();
    await server.close();
  }
  return raw;
}

function describe(reading: unknown): string {
  if (typeof reading === 'string') return `FAILED: ${reading}`;
  if (typeof reading === 'number') return `${(reading / 1024).toFixed(0)} KiB`;
  const record = reading as Record<string, unknown>;
  const parts: string[] = [];
  for (const key of [
    'coldMs',
    'viewportMs',
    'warmRenderedMs',
    'buildMs',
    'mainThreadMs',
    'compileMs',
    'matchMs',
    'latencyMs',
  ]) {
    const value = record[key];
    if (typeof value === 'number') parts.push(`${key} ${value.toFixed(1)}`);
  }
  if (Array.isArray(record.latencies)) {
    const sorted = [...(record.latencies as number[])].sort((a, b) => a - b);
    parts.push(`p95 ${sorted[Math.floor(sorted.length * 0.95)]?.toFixed(1) ?? '-'} ms`);
  }
  return parts.join(', ');
}
