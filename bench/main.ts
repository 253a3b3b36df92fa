#!/usr/bin/env node
/**
 * `npm run bench`: builds the extension (production builds for both browsers, a test build for
 * Chromium, all under .output/bench/), bundles the scripts injected into pages, runs every
 * measurement in headless Chromium (bench/run.ts), then writes bench/RESULTS.md,
 * bench/results.json and bench/chart.svg, updates the Benchmarks section of README.md and
 * prints the goals.
 *
 *   npm run bench                     5 runs of everything (about 20 minutes on 2 cores)
 *   npm run bench -- --runs 7
 *   npm run bench -- --quick          1 run, smallest pages, nothing written
 *   npm run bench -- --skip-build     reuse .output/bench/ and bench/out/
 *   npm run bench -- --report-only    rewrite the reports from bench/results.json
 *   npm run bench -- --only glossary  the glossary matcher alone (5 runs, a minute or two);
 *                                     written to bench/out/, never to the committed reports
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import * as prettier from 'prettier';
import { BENCH_OUT, buildInjectedScripts } from './build-scripts.ts';
import { renderChart } from './chart.ts';
import { generatePage, PAGE_SPECS } from './pages.ts';
import {
  conversionTable,
  glossaryTable,
  goalsTable,
  readmeSection,
  renderResultsMarkdown,
  summarize,
  type FileSize,
  type Machine,
  type PageFacts,
  type Summary,
} from './report.ts';
import { runBench, type RawResults } from './run.ts';

const root = resolve(import.meta.dirname, '..');
const benchDir = join(root, 'bench');
const outputs = join(root, '.output/bench');
const resultsFile = join(benchDir, 'results.json');

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    quick: { type: 'boolean', default: false },
    'skip-build': { type: 'boolean', default: false },
    'report-only': { type: 'boolean', default: false },
    /** One scenario alone; its readings go to bench/out/, the reports are left as they are. */
    only: { type: 'string' },
  },
});
const log = (line: string) => console.log(`bench: ${line}`);

interface SavedResults {
  summary: Summary;
  raw: RawResults;
}

if (args.only !== undefined) {
  if (args.only !== 'glossary') throw new Error(`--only: unknown scenario ${args.only}`);
  await measureGlossaryOnly();
  process.exit(0);
}

const summary = args['report-only'] ? await summaryFromFile() : await measure();
console.log(`\n${conversionTable(summary)}\n\n${goalsTable(summary)}\n`);
if (summary.failures.length > 0) {
  console.log(`${summary.failures.length} runs failed:\n${summary.failures.join('\n')}`);
}

/** Builds, runs, and writes results.json (unless quick); returns the summary. */
async function measure(): Promise<Summary> {
  const runs = args.quick ? 1 : Math.max(1, Number.parseInt(args.runs ?? '5', 10));
  if (!args['skip-build']) {
    const wxt = (extra: string[]) => {
      log(`wxt build ${extra.join(' ')}`);
      execFileSync('npx', ['wxt', 'build', '-c', 'bench/wxt.config.ts', ...extra], {
        cwd: root,
        stdio: ['ignore', 'ignore', 'inherit'],
      });
    };
    wxt([]);
    wxt(['-b', 'firefox']);
    wxt(['--mode', 'e2e']);
    log('bundling the scripts injected into pages');
    await buildInjectedScripts();
  }
  const conversionPages = args.quick
    ? ['hant-100k', 'hans-100k']
    : ['hant-100k', 'hant-1m', 'hant-4m', 'hans-100k', 'hans-1m', 'hans-4m', 'netease'];
  const loadBefore = loadavg()[0]!;
  const raw = await runBench({
    runs,
    pages: conversionPages,
    heapPages: args.quick ? ['hant-100k'] : ['hant-1m', 'hans-1m'],
    dynamic: true,
    english: true,
    glossaryPage: args.quick ? 'hant-100k' : 'hant-1m',
    hover: true,
    extensionPath: join(outputs, 'chrome-mv3-e2e'),
    productionPath: join(outputs, 'chrome-mv3'),
    log,
  });
  const machine = machineFacts({ browserVersion: raw.browserVersion, runs, loadBefore });
  const pages: PageFacts[] = PAGE_SPECS.filter(
    (spec) => conversionPages.includes(spec.id) || spec.kind !== 'article',
  ).map((spec) => {
    const page = generatePage(spec.id);
    return {
      id: spec.id,
      label: spec.label,
      bytes: page.bytes,
      splitWords: page.splitWords,
      paragraphs: page.paragraphs,
    };
  });
  const result = summarize({
    raw,
    machine,
    pages,
    sizes: {
      chrome: scriptSizes(join(outputs, 'chrome-mv3')),
      firefox: scriptSizes(join(outputs, 'firefox-mv3')),
    },
  });
  if (args.quick) {
    log('quick run: nothing written');
  } else {
    const saved: SavedResults = { summary: result, raw };
    writeFileSync(resultsFile, `${JSON.stringify(saved, null, 1)}\n`);
    await writeReports(result);
  }
  return result;
}

/**
 * The glossary matcher alone, for work on the matcher: it needs no extension build, only the
 * bundled page scripts. The committed reports hold the figures of full runs, all taken
 * together; this writes bench/out/glossary-<time>.json and the table on the console, and
 * leaves RESULTS.md, results.json, chart.svg and README.md alone.
 */
async function measureGlossaryOnly(): Promise<void> {
  const runs = args.quick ? 1 : Math.max(1, Number.parseInt(args.runs ?? '5', 10));
  if (!args['skip-build']) {
    log('bundling the scripts injected into pages');
    await buildInjectedScripts();
  }
  const loadBefore = loadavg()[0]!;
  const raw = await runBench({
    runs,
    pages: [],
    heapPages: [],
    dynamic: false,
    english: false,
    glossaryPage: args.quick ? 'hant-100k' : 'hant-1m',
    hover: false,
    extensionPath: join(outputs, 'chrome-mv3-e2e'),
    productionPath: join(outputs, 'chrome-mv3'),
    log,
  });
  const result = summarize({
    raw,
    machine: machineFacts({ browserVersion: raw.browserVersion, runs, loadBefore }),
    pages: [],
    sizes: { chrome: [], firefox: [] },
  });
  mkdirSync(BENCH_OUT, { recursive: true });
  const file = join(BENCH_OUT, `glossary-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(
    file,
    `${JSON.stringify({ glossary: result.glossary, raw: raw.glossary }, null, 1)}\n`,
  );
  if (result.glossary) console.log(`\n${glossaryTable(result.glossary)}\n`);
  if (result.failures.length > 0) console.log(result.failures.join('\n'));
  log(`wrote ${relative(root, file)}`);
}

/** The reports again from the last run's raw readings (after editing analysis.md, say). */
async function summaryFromFile(): Promise<Summary> {
  const saved = JSON.parse(readFileSync(resultsFile, 'utf8')) as SavedResults;
  const result = summarize({
    raw: saved.raw,
    machine: saved.summary.machine,
    pages: saved.summary.pages,
    sizes: saved.summary.sizes,
  });
  writeFileSync(resultsFile, `${JSON.stringify({ summary: result, raw: saved.raw }, null, 1)}\n`);
  await writeReports(result);
  return result;
}

/** Markdown as the project's Prettier settings write it, so that `npm run lint` passes. */
async function formatted(file: string, markdown: string): Promise<string> {
  const options = await prettier.resolveConfig(file);
  return prettier.format(markdown, { ...options, filepath: file });
}

async function writeReports(result: Summary): Promise<void> {
  const analysisFile = join(benchDir, 'analysis.md');
  const analysis = existsSync(analysisFile) ? readFileSync(analysisFile, 'utf8') : '';
  const resultsMarkdown = join(benchDir, 'RESULTS.md');
  writeFileSync(
    resultsMarkdown,
    await formatted(resultsMarkdown, renderResultsMarkdown(result, analysis)),
  );
  const { machine } = result;
  writeFileSync(
    join(benchDir, 'chart.svg'),
    renderChart(
      result.conversion,
      `${machine.cpu}, ${machine.cores} cores · ${machine.browser} · ${machine.date} · median of ${machine.runs} runs`,
    ),
  );
  const readme = join(root, 'README.md');
  const text = readFileSync(readme, 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from >= 0 && to > from) {
    const section = `${start}\n\n${readmeSection(result)}\n\n${end}`;
    writeFileSync(
      readme,
      await formatted(readme, text.slice(0, from) + section + text.slice(to + end.length)),
    );
    log('wrote bench/RESULTS.md, bench/results.json, bench/chart.svg and README.md');
  } else {
    log(
      'wrote bench/RESULTS.md, bench/results.json, bench/chart.svg (README.md has no bench markers)',
    );
  }
}

function cpuModel(): string {
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((candidate) => candidate.startsWith('model name'));
    if (line) return line.slice(line.indexOf(':') + 1).trim();
  } catch {
    // Not Linux: fall through to what Node knows.
  }
  return cpus()[0]?.model ?? 'unknown CPU';
}

/** Every script of a build, raw and gzipped (level 9, as stores and servers compress). */
function scriptSizes(dir: string): FileSize[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((file) => join(dir, file))
    .filter((file) => file.endsWith('.js') && statSync(file).isFile())
    .map((file) => {
      const content = readFileSync(file);
      return {
        // Chunk names carry a content hash; the table compares the same chunk across builds.
        file: relative(dir, file).replace(/^(chunks\/.+)-[\w-]{8}\.js$/, '$1.js'),
        raw: content.length,
        gzip: gzipSync(content, { level: 9 }).length,
      };
    })
    .sort((a, b) => a.file.localeCompare(b.file));
}

/** The machine a run was measured on, with the load average before and now (after it). */
function machineFacts({
  browserVersion,
  runs,
  loadBefore,
}: {
  browserVersion: string;
  runs: number;
  loadBefore: number;
}): Machine {
  return {
    cpu: cpuModel(),
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    os: `${type()} ${release()}`,
    node: process.version,
    browser: `Chromium ${browserVersion}`,
    date: new Date().toISOString().slice(0, 10),
    runs,
    loadBefore,
    loadAfter: loadavg()[0]!,
  };
}
