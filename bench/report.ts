/**
 * Turns the raw readings of a benchmark run into figures, each with its goal, and writes
 * them out: bench/RESULTS.md, bench/results.json and the table printed at the end of a run.
 */
import {
  CONVERTER_LABELS,
  CONVERTERS,
  type ConverterName,
  type OursRun,
  type PeerRunReading,
} from './harness.ts';
import { SHOW_DELAY_MS } from '../components/glossary-card/hover-intent.ts';
import type { HoverReading } from './harness.ts';
import type { GlossaryReading, SplitCount } from './in-page.ts';
import { DIRECTIONS, pageSpec, type Direction } from './pages.ts';
import type { RawResults } from './run.ts';
import { pairedRatios, quantile, spread, type Spread } from './stats.ts';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  browser: string;
  date: string;
  runs: number;
  /** 1-minute load average when the run started and ended: the machine was shared. */
  loadBefore: number;
  loadAfter: number;
}

export interface PageFacts {
  id: string;
  label: string;
  bytes: number;
  splitWords: number;
  paragraphs: number;
}

export interface FileSize {
  file: string;
  raw: number;
  gzip: number;
}

export type Peer = Exclude<ConverterName, 'ours'>;

export interface ConversionRow {
  pageId: string;
  label: string;
  direction: Direction;
  bytes: number;
  /** Time until the DOM holds the conversion and a forced layout of it is done. */
  rendered: Record<ConverterName, Spread | null>;
  /** Time until the DOM holds the conversion. */
  dom: Record<ConverterName, Spread | null>;
  /** Ours ÷ each other, run by run. */
  ratios: Record<Peer, Spread | null>;
  split: Record<ConverterName, SplitCount | null>;
  /** Whether the row carries the goals of the figure (the 1 MB and 4 MB pages). */
  withGoals: boolean;
}

export interface BlockingRow {
  pageId: string;
  label: string;
  /** Longest frame or gap between frames while the extension converted, first conversion. */
  oursCold: Spread | null;
  oursWarm: Spread | null;
  /** The same during a peer's measured pass. */
  peers: Record<Peer, Spread | null>;
  /** Long frames with a script of the extension in their attribution. */
  attributedToExtension: number;
}

export interface StartupRow {
  pageId: string;
  label: string;
  direction: Direction;
  viewport: Spread | null;
  /** Content script start → the reader session starts; null for runs without the mark. */
  session: Spread | null;
  startup: Spread | null;
  dictionary: Spread | null;
  whole: Spread | null;
  /** opencc-js `Converter` for the same direction, built in the page. */
  openccBuild: Spread | null;
  goalMs: number;
}

export interface GoalRow {
  figure: string;
  goal: string;
  measured: string;
  pass: boolean | null;
}

export interface Summary {
  machine: Machine;
  pages: PageFacts[];
  conversion: ConversionRow[];
  blocking: BlockingRow[];
  startup: StartupRow[];
  english: {
    mainThread: Spread | null;
    scripts: string[];
    contentScript: FileSize | null;
  };
  heap: { pageId: string; label: string; added: Partial<Record<ConverterName, Spread | null>> }[];
  glossary: {
    compile: Spread | null;
    match: Spread | null;
    /** The search with an object per match; null for runs made before it was measured. */
    objects: Spread | null;
    objectsRatio: Spread | null;
    /** Each run's raw scan; the ratios divide by the least of them (see `rawScanFloor`). */
    rawScan: Spread | null;
    /** Whether that is each run's fastest round; runs made before those were kept give medians. */
    rawScanFastest?: boolean;
    lookupScan: Spread | null;
    chainScan: Spread | null;
    ratio: Spread | null;
    lookupRatio: Spread | null;
    chainRatio: Spread | null;
    terms: number;
    forms: number;
    textLength: number;
  } | null;
  /** Pointer on a term → card shown: in all, and beyond the card's deliberate delay. */
  hover: { total: Spread | null; latency: Spread | null; term: string } | null;
  dynamic: {
    p95: number;
    median: number;
    max: number;
    samples: number;
    runP95: Spread | null;
    unconverted: number;
  } | null;
  sizes: Record<'chrome' | 'firefox', FileSize[]>;
  goals: GoalRow[];
  failures: string[];
}

const PEERS: readonly Peer[] = ['floor', 'naive', 'html', 'tongwen'];
const GOAL_PAGES = new Set(['hant-1m', 'hant-4m', 'hans-1m', 'hans-4m']);

function ok<T>(values: readonly (T | string)[]): T[] {
  return values.filter((value): value is T => typeof value !== 'string');
}

/** Per run, the value or null when that run failed (keeps run indices aligned). */
function aligned<T>(
  values: readonly (T | string)[],
  pick: (value: T) => number | null,
): (number | null)[] {
  return values.map((value) => (typeof value === 'string' ? null : pick(value)));
}

function renderedOf(value: OursRun | PeerRunReading): number {
  return value.warmRenderedMs;
}

function blockingOf(reading: { longestFrameMs: number; longestFrameGapMs: number }): number {
  return Math.max(reading.longestFrameMs, reading.longestFrameGapMs);
}

export function summarize({
  raw,
  machine,
  pages,
  sizes,
}: {
  raw: RawResults;
  machine: Machine;
  pages: PageFacts[];
  sizes: Record<'chrome' | 'firefox', FileSize[]>;
}): Summary {
  const failures: string[] = [];
  const label = (id: string) => pageSpec(id).label;
  const conversion: ConversionRow[] = [];
  const blocking: BlockingRow[] = [];
  const startup: StartupRow[] = [];
  for (const [pageId, byConverter] of Object.entries(raw.conversion)) {
    const direction = pageSpec(pageId).direction!;
    for (const converter of CONVERTERS) {
      for (const value of byConverter[converter]) {
        if (typeof value === 'string') failures.push(`${pageId} ${converter}: ${value}`);
      }
    }
    const ours = byConverter.ours as (OursRun | string)[];
    const peerRuns = (peer: Peer) => byConverter[peer] as (PeerRunReading | string)[];
    const rendered = {} as Record<ConverterName, Spread | null>;
    const dom = {} as Record<ConverterName, Spread | null>;
    const split = {} as Record<ConverterName, SplitCount | null>;
    for (const converter of CONVERTERS) {
      const runs = ok(byConverter[converter] as (OursRun | PeerRunReading | string)[]);
      rendered[converter] = spread(runs.map(renderedOf));
      dom[converter] = spread(runs.map((run) => run.warmDomMs));
      split[converter] = converter === 'floor' ? null : (runs.at(-1)?.split ?? null);
    }
    const ratios = {} as Record<Peer, Spread | null>;
    for (const peer of PEERS) {
      ratios[peer] = spread(
        pairedRatios(aligned(ours, renderedOf), aligned(peerRuns(peer), renderedOf)),
      );
    }
    conversion.push({
      pageId,
      label: label(pageId),
      direction,
      bytes: pages.find((page) => page.id === pageId)?.bytes ?? 0,
      rendered,
      dom,
      ratios,
      split,
      withGoals: GOAL_PAGES.has(pageId),
    });
    const oursOk = ok(ours);
    const peersBlocking = {} as Record<Peer, Spread | null>;
    for (const peer of PEERS) {
      peersBlocking[peer] = spread(ok(peerRuns(peer)).map((run) => blockingOf(run.warm)));
    }
    blocking.push({
      pageId,
      label: label(pageId),
      oursCold: spread(oursOk.map((run) => blockingOf(run.cold))),
      oursWarm: spread(oursOk.map((run) => blockingOf(run.warm))),
      peers: peersBlocking,
      attributedToExtension: oursOk.filter(
        (run) => run.cold.extensionScriptMs > 0 || run.warm.extensionScriptMs > 0,
      ).length,
    });
    startup.push({
      pageId,
      label: label(pageId),
      direction,
      viewport: spread(oursOk.map((run) => run.viewportMs ?? Number.NaN)),
      session: spread(oursOk.flatMap((run) => run.sessionStartMs ?? [])),
      startup: spread(oursOk.map((run) => run.startupMs)),
      dictionary: spread(oursOk.map((run) => run.dictionaryMs)),
      whole: spread(oursOk.map((run) => run.coldMs)),
      openccBuild: spread(ok(peerRuns('naive')).map((run) => run.buildMs)),
      goalMs: direction === 't2s' ? 50 : 150,
    });
  }

  const englishRuns = ok(raw.english);
  for (const value of raw.english)
    if (typeof value === 'string') failures.push(`english: ${value}`);
  const english = {
    mainThread: spread(englishRuns.map((run) => run.mainThreadMs)),
    scripts: [...new Set(englishRuns.flatMap((run) => run.scripts))].sort(),
    contentScript: sizes.chrome.find((file) => file.file === 'content-scripts/content.js') ?? null,
  };

  const heap = Object.entries(raw.heap).map(([pageId, byConverter]) => {
    const added: Partial<Record<ConverterName, Spread | null>> = {};
    for (const [converter, values] of Object.entries(byConverter) as [
      ConverterName,
      (number | string)[],
    ][]) {
      for (const value of values)
        if (typeof value === 'string') failures.push(`heap ${pageId} ${converter}: ${value}`);
      added[converter] = spread(ok(values));
    }
    return { pageId, label: label(pageId), added };
  });

  const glossaryRuns = ok(raw.glossary) as GlossaryReading[];
  for (const value of raw.glossary)
    if (typeof value === 'string') failures.push(`glossary: ${value}`);
  const floor = rawScanFloor(glossaryRuns);
  const objects = laterFigure(glossaryRuns, floor, (run) => run.objectsMs);
  const chain = laterFigure(glossaryRuns, floor, (run) => run.chainScanMs);
  const glossary =
    glossaryRuns.length === 0
      ? null
      : {
          compile: spread(glossaryRuns.map((run) => run.compileMs)),
          match: spread(glossaryRuns.map((run) => run.matchMs)),
          objects: objects.time,
          objectsRatio: objects.ratio,
          rawScan: spread(glossaryRuns.map(fastestRawScan)),
          rawScanFastest: glossaryRuns.every((run) => run.fastestMs !== undefined),
          lookupScan: spread(glossaryRuns.map((run) => run.lookupScanMs)),
          ratio: spread(glossaryRuns.map((run) => run.matchMs / floor)),
          lookupRatio: spread(glossaryRuns.map((run) => run.lookupScanMs / floor)),
          chainScan: chain.time,
          chainRatio: chain.ratio,
          terms: glossaryRuns[0]!.terms,
          forms: glossaryRuns[0]!.forms,
          textLength: glossaryRuns[0]!.textLength,
        };

  const dynamicRuns = ok(raw.dynamic);
  for (const value of raw.dynamic)
    if (typeof value === 'string') failures.push(`dynamic: ${value}`);
  const latencies = dynamicRuns.flatMap((run) => run.latencies).sort((a, b) => a - b);
  const dynamic =
    latencies.length === 0
      ? null
      : {
          p95: quantile(latencies, 0.95),
          median: quantile(latencies, 0.5),
          max: latencies[latencies.length - 1]!,
          samples: latencies.length,
          runP95: spread(
            dynamicRuns.map((run) =>
              quantile(
                [...run.latencies].sort((a, b) => a - b),
                0.95,
              ),
            ),
          ),
          unconverted: dynamicRuns.reduce((sum, run) => sum + run.unconverted, 0),
        };

  const hoverRuns = ok(raw.hover) as HoverReading[];
  for (const value of raw.hover) if (typeof value === 'string') failures.push(`hover: ${value}`);
  const hover =
    hoverRuns.length === 0
      ? null
      : {
          total: spread(hoverRuns.map((run) => run.totalMs)),
          latency: spread(hoverRuns.map((run) => run.latencyMs)),
          term: hoverRuns[0]!.term,
        };

  const summary: Summary = {
    machine,
    pages,
    conversion,
    blocking,
    startup,
    english,
    heap,
    glossary,
    hover,
    dynamic,
    sizes,
    goals: [],
    failures,
  };
  summary.goals = goalsOf(summary);
  return summary;
}

// ---------------------------------------------------------------------------------------------
// Goals

function passes(value: number | null | undefined, limit: number, strict = false): boolean | null {
  if (value == null || !Number.isFinite(value)) return null;
  return strict ? value < limit : value <= limit;
}

function goalsOf(summary: Summary): GoalRow[] {
  const goals: GoalRow[] = [];
  for (const row of summary.conversion.filter((candidate) => candidate.withGoals)) {
    const where = `${row.label}, ${DIRECTIONS[row.direction].label}`;
    goals.push({
      figure: `full-page conversion ÷ naive writer (${where})`,
      goal: '≤ 1.2×',
      measured: formatRatio(row.ratios.naive),
      pass: passes(row.ratios.naive?.median, 1.2),
    });
    for (const peer of ['html', 'tongwen'] as const) {
      goals.push({
        figure: `full-page conversion ÷ ${CONVERTER_LABELS[peer]} (${where})`,
        goal: '< 1×',
        measured: formatRatio(row.ratios[peer]),
        pass: passes(row.ratios[peer]?.median, 1, true),
      });
    }
  }
  for (const row of summary.conversion) {
    const ours = row.split.ours;
    if (!ours || ours.total === 0) continue;
    goals.push({
      figure: `split words converted right (${row.label})`,
      goal: `all ${ours.total}`,
      measured: `${ours.right} of ${ours.total}`,
      pass: ours.right === ours.total,
    });
  }
  for (const row of summary.blocking.filter((candidate) => GOAL_PAGES.has(candidate.pageId))) {
    goals.push({
      figure: `longest main-thread blocking, first conversion (${row.label})`,
      goal: '≤ 50 ms',
      measured: formatMs(row.oursCold, 50),
      pass: passes(row.oursCold?.median, 50),
    });
    goals.push({
      figure: `longest main-thread blocking, warm conversion (${row.label})`,
      goal: '≤ 50 ms',
      measured: formatMs(row.oursWarm, 50),
      pass: passes(row.oursWarm?.median, 50),
    });
  }
  for (const row of summary.startup) {
    goals.push({
      figure: `content script start → viewport converted (${row.label}, ${DIRECTIONS[row.direction].label})`,
      goal: `≤ ${row.goalMs} ms`,
      measured: formatMs(row.viewport, row.goalMs),
      pass: passes(row.viewport?.median, row.goalMs),
    });
  }
  goals.push({
    figure: 'English page: main-thread time of the content script',
    goal: '≤ 3 ms',
    measured: formatMs(summary.english.mainThread, 3),
    pass: passes(summary.english.mainThread?.median, 3),
  });
  const content = summary.english.contentScript;
  goals.push({
    figure: 'content script size (Chrome build)',
    goal: '≤ 30 KB',
    measured: content ? `${formatKB(content.raw)} (gzip ${formatKB(content.gzip)})` : 'n/a',
    pass: content ? content.raw <= 30_000 : null,
  });
  const dictionaryScripts = summary.english.scripts.filter(
    (script) => !script.startsWith('content-scripts/'),
  );
  goals.push({
    figure: 'English page: no dictionary loaded',
    goal: 'only the content script runs',
    measured:
      summary.english.scripts.length === 0
        ? 'n/a'
        : dictionaryScripts.length === 0
          ? `only ${summary.english.scripts.join(', ')}`
          : `also ${dictionaryScripts.join(', ')}`,
    pass: summary.english.scripts.length === 0 ? null : dictionaryScripts.length === 0,
  });
  if (summary.glossary) {
    goals.push({
      figure: `glossary: compile ${summary.glossary.terms.toLocaleString('en')} terms`,
      goal: '≤ 50 ms',
      measured: formatMs(summary.glossary.compile, 50),
      pass: passes(summary.glossary.compile?.median, 50),
    });
    goals.push({
      figure: 'glossary: matching the 1 MB page ÷ raw scan of its text',
      goal: '≤ 2×',
      measured: formatRatio(summary.glossary.ratio),
      pass: passes(summary.glossary.ratio?.median, 2),
    });
  }
  goals.push({
    figure: `glossary card: hover → visible card, beyond its ${SHOW_DELAY_MS} ms opening delay`,
    goal: '≤ 16 ms',
    measured: summary.hover ? formatMs(summary.hover.latency, 16) : 'not measured',
    pass: passes(summary.hover?.latency?.median, 16),
  });
  goals.push({
    figure: 'dynamic page: insertion → converted, p95',
    goal: '≤ 100 ms',
    measured: summary.dynamic ? `${summary.dynamic.p95.toFixed(1)} ms` : 'n/a',
    pass: passes(summary.dynamic?.p95, 100),
  });
  return goals;
}

// ---------------------------------------------------------------------------------------------
// Formatting

/**
 * A spread in milliseconds. With `goalMs`, a median that would round to the goal without being
 * it gets the decimals that show which side it is on (50.1 ms against ≤ 50 ms, not "50 ms" and
 * a miss).
 */
export function formatMs(value: Spread | null | undefined, goalMs?: number): string {
  if (!value) return 'n/a';
  let digits = value.median < 10 ? 1 : 0;
  while (
    goalMs !== undefined &&
    digits < 2 &&
    value.median !== goalMs &&
    Number(value.median.toFixed(digits)) === goalMs
  ) {
    digits += 1;
  }
  return `${value.median.toFixed(digits)} ms (${value.min.toFixed(digits)}–${value.max.toFixed(digits)})`;
}

export function formatRatio(value: Spread | null | undefined): string {
  if (!value) return 'n/a';
  return `${value.median.toFixed(2)}× (${value.min.toFixed(2)}–${value.max.toFixed(2)})`;
}

function formatKB(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} KB`;
}

function formatBytes(bytes: number): string {
  return bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(2)} MB` : formatKB(bytes);
}

function formatHeap(value: Spread | null | undefined): string {
  if (!value) return 'n/a';
  const mb = (bytes: number) => (bytes / 1_048_576).toFixed(1);
  return `${mb(value.median)} MiB (${mb(value.min)}–${mb(value.max)})`;
}

function verdict(pass: boolean | null): string {
  return pass === null ? '—' : pass ? 'pass' : '**miss**';
}

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

/** The table printed at the end of a run, and shown in the README. */
export function goalsTable(summary: Summary): string {
  return table(
    ['figure', 'goal', 'measured: median (min–max)', 'pass/miss'],
    summary.goals.map((goal) => [goal.figure, goal.goal, goal.measured, verdict(goal.pass)]),
  );
}

export function conversionTable(summary: Summary): string {
  return table(
    [
      'page',
      'direction',
      ...CONVERTERS.map((converter) => `${CONVERTER_LABELS[converter]} (ms)`),
      'ours ÷ floor',
      'ours ÷ naive writer (goal ≤ 1.2)',
      'ours ÷ HTMLConverter (goal < 1)',
      'ours ÷ tongwen-core (goal < 1)',
      'pass/miss',
    ],
    summary.conversion.map((row) => {
      const pass = row.withGoals
        ? [
            passes(row.ratios.naive?.median, 1.2),
            passes(row.ratios.html?.median, 1, true),
            passes(row.ratios.tongwen?.median, 1, true),
          ]
        : [];
      const verdictCell =
        pass.length === 0
          ? 'no goal'
          : pass.includes(null)
            ? '—'
            : pass.every(Boolean)
              ? 'pass'
              : '**miss**';
      return [
        row.label,
        DIRECTIONS[row.direction].label,
        ...CONVERTERS.map((converter) => formatMs(row.rendered[converter])),
        formatRatio(row.ratios.floor),
        formatRatio(row.ratios.naive),
        formatRatio(row.ratios.html),
        formatRatio(row.ratios.tongwen),
        verdictCell,
      ];
    }),
  );
}

export function renderResultsMarkdown(summary: Summary, analysis: string): string {
  const { machine } = summary;
  const out: string[] = [];
  out.push('# Benchmark results');
  out.push('');
  out.push(
    `Measured by \`npm run bench\` on ${machine.date}: ${machine.cpu}, ${machine.cores} cores, ` +
      `${machine.memoryGiB} GiB, ${machine.os}; Node ${machine.node}; ${machine.browser} headless. ` +
      `Every figure is the median of ${machine.runs} runs on fresh pages, with the minimum and maximum in brackets. ` +
      `The machine was shared with other builds and tests (load average ${machine.loadBefore.toFixed(2)} ` +
      `at the start, ${machine.loadAfter.toFixed(2)} at the end), so absolute times are noisy; ratios ` +
      `compare runs made back to back (see bench/README.md for the method).`,
  );
  out.push('');
  out.push('## Goals');
  out.push('');
  out.push(goalsTable(summary));
  out.push('');
  if (analysis.trim() !== '') {
    out.push(analysis.trim());
    out.push('');
  }
  out.push('## Full-page conversion');
  out.push('');
  out.push(
    'Time from the start of a conversion until the DOM holds it and a forced style and layout of the ' +
      'page is done, with dictionaries and converters already built (the second conversion on the page). ' +
      'The floor converts the page text as one string and writes nothing. Ratios are taken run by run.',
  );
  out.push('');
  out.push(conversionTable(summary));
  out.push('');
  out.push('Without the final layout (DOM written):');
  out.push('');
  out.push(
    table(
      ['page', ...CONVERTERS.map((converter) => `${CONVERTER_LABELS[converter]} (ms)`)],
      summary.conversion.map((row) => [
        row.label,
        ...CONVERTERS.map((converter) => formatMs(row.dom[converter])),
      ]),
    ),
  );
  out.push('');
  out.push('![time to convert against page size](chart.svg)');
  out.push('');
  out.push('## Words split by inline markup');
  out.push('');
  out.push(
    'Words whose conversion needs their context and that inline elements cut in two (乾<b>隆</b>): the ' +
      'stretches where converting each text node alone differs from converting the paragraph whole (with ' +
      "opencc-js's tables and rules, plus the extension's phrase fixes and protected names). Right means " +
      'the page reads as the whole paragraph converted.',
  );
  out.push('');
  out.push(
    table(
      [
        'page',
        'split words',
        ...(['ours', 'naive', 'html', 'tongwen'] as const).map(
          (c) => `${CONVERTER_LABELS[c]} right`,
        ),
      ],
      summary.conversion
        .filter((row) => (row.split.ours?.total ?? 0) > 0)
        .map((row) => [
          row.label,
          String(row.split.ours?.total ?? 'n/a'),
          ...(['ours', 'naive', 'html', 'tongwen'] as const).map((c) =>
            row.split[c] ? String(row.split[c]!.right) : 'n/a',
          ),
        ]),
    ),
  );
  out.push('');
  out.push('## Longest main-thread blocking');
  out.push('');
  out.push(
    'The longest long animation frame (re-layout included) or gap between two animation frames while a ' +
      'conversion runs, observed from the page. The first conversion includes injecting the dictionary and ' +
      'building its tables; the peers are shown during their measured pass.',
  );
  out.push('');
  out.push(
    table(
      [
        'page',
        'ours, first (goal ≤ 50)',
        'ours, warm (goal ≤ 50)',
        ...PEERS.map((peer) => CONVERTER_LABELS[peer]),
      ],
      summary.blocking.map((row) => [
        row.label,
        formatMs(row.oursCold),
        formatMs(row.oursWarm),
        ...PEERS.map((peer) => formatMs(row.peers[peer])),
      ]),
    ),
  );
  out.push('');
  const blockingRuns = summary.blocking.reduce((n, row) => n + (row.oursCold?.n ?? 0), 0);
  const attributed = summary.blocking.reduce((n, row) => n + row.attributedToExtension, 0);
  out.push(
    `Of ${blockingRuns} runs of the extension, ${attributed} had a long frame whose script attribution ` +
      "names one of the extension's scripts; the figures above are attributed by time window instead: " +
      "the frames overlap the extension's own conversion marks.",
  );
  out.push('');
  out.push('## From the content script to the viewport');
  out.push('');
  out.push(
    'A fresh page asks for the conversion from its start (a test build reads the request from a meta tag). ' +
      'Viewport: the last text node of the first screen rewritten (seen by a mutation observer of the page).',
  );
  out.push('');
  out.push(
    table(
      [
        'page',
        'direction',
        'viewport converted',
        'goal',
        'pass/miss',
        'of which: to session start',
        'to conversion start',
        'dictionary injected',
        'whole page converted',
        'opencc-js builds a converter',
      ],
      summary.startup.map((row) => [
        row.label,
        DIRECTIONS[row.direction].label,
        formatMs(row.viewport),
        `≤ ${row.goalMs} ms`,
        verdict(passes(row.viewport?.median, row.goalMs)),
        row.session ? formatMs(row.session) : 'not measured',
        formatMs(row.startup),
        formatMs(row.dictionary),
        formatMs(row.whole),
        formatMs(row.openccBuild),
      ]),
    ),
  );
  out.push('');
  out.push('## English page');
  out.push('');
  const content = summary.english.contentScript;
  out.push(
    table(
      ['figure', 'goal', 'measured', 'pass/miss'],
      [
        [
          'main-thread time of the content script (production build, DevTools trace: compile, evaluation, callbacks)',
          '≤ 3 ms',
          formatMs(summary.english.mainThread),
          verdict(passes(summary.english.mainThread?.median, 3)),
        ],
        [
          'content script size (Chrome)',
          '≤ 30 KB',
          content ? `${formatKB(content.raw)}, gzip ${formatKB(content.gzip)}` : 'n/a',
          verdict(content ? content.raw <= 30_000 : null),
        ],
        [
          'extension scripts evaluated in the page',
          'no dictionary',
          summary.english.scripts.join(', ') || 'n/a',
          verdict(
            summary.english.scripts.length === 0
              ? null
              : summary.english.scripts.every((script) => script.startsWith('content-scripts/')),
          ),
        ],
      ],
    ),
  );
  out.push('');
  out.push('## JS heap added by a conversion');
  out.push('');
  out.push(
    'Garbage collected before and after (DevTools `HeapProfiler.collectGarbage`, `Runtime.getHeapUsage`: ' +
      'the JS heap and the storage of typed arrays, where the converter keeps its tables). ' +
      "Ours: from the extension's idle session on the page to the page converted; peers: from the page " +
      'without their library to the page converted by it (library and dictionaries included).',
  );
  out.push('');
  const heapConverters = ['ours', 'naive', 'html', 'tongwen'] as const;
  out.push(
    table(
      ['page', 'direction', ...heapConverters.map((c) => CONVERTER_LABELS[c])],
      summary.heap.map((row) => [
        row.label,
        DIRECTIONS[pageSpec(row.pageId).direction!].label,
        ...heapConverters.map((c) => formatHeap(row.added[c])),
      ]),
    ),
  );
  out.push('');
  out.push('## Glossary');
  out.push('');
  if (summary.glossary) {
    out.push(glossaryTable(summary.glossary));
  } else {
    out.push('Not measured in this run.');
  }
  out.push('');
  if (summary.hover) {
    out.push(
      `Glossary card (NetEase fixture, term “${summary.hover.term}”): the pointer comes onto a ` +
        `highlighted term from the side and the first animation frame showing the card is timed. ` +
        `The card opens on purpose ${SHOW_DELAY_MS} ms after the pointer stops on a term (hover ` +
        `intent: sweeping over a paragraph opens nothing); beyond that delay it shows after ` +
        `${formatMs(summary.hover.latency)} (goal ≤ 16 ms: ` +
        `${verdict(passes(summary.hover.latency?.median, 16))}), ${formatMs(summary.hover.total)} in ` +
        'all. A frame comes every 16.7 ms, so the goal means the card is drawn in the first frame ' +
        'after its delay.',
    );
  } else {
    out.push('Glossary card: not measured in this run.');
  }
  out.push('');
  out.push('## Dynamic page');
  out.push('');
  if (summary.dynamic) {
    const d = summary.dynamic;
    out.push(
      `A converted page appends a Traditional paragraph every 50 ms for 5 s; each is timed from its ` +
        `insertion to its first rewrite. Over ${d.samples} paragraphs: p95 ${d.p95.toFixed(1)} ms ` +
        `(goal ≤ 100 ms: ${verdict(d.p95 <= 100)}), median ${d.median.toFixed(1)} ms, max ${d.max.toFixed(1)} ms; ` +
        `p95 per run ${formatMs(d.runP95)}; paragraphs never converted: ${d.unconverted}.`,
    );
  } else {
    out.push('Not measured in this run.');
  }
  out.push('');
  out.push('## Sizes of the built scripts');
  out.push('');
  const files = [
    ...new Set([...summary.sizes.chrome, ...summary.sizes.firefox].map((f) => f.file)),
  ].sort();
  out.push(
    table(
      ['file', 'Chrome raw', 'Chrome gzip', 'Firefox raw', 'Firefox gzip'],
      files.map((file) => {
        const chrome = summary.sizes.chrome.find((f) => f.file === file);
        const firefox = summary.sizes.firefox.find((f) => f.file === file);
        return [
          file,
          chrome ? formatBytes(chrome.raw) : '—',
          chrome ? formatBytes(chrome.gzip) : '—',
          firefox ? formatBytes(firefox.raw) : '—',
          firefox ? formatBytes(firefox.gzip) : '—',
        ];
      }),
    ),
  );
  out.push('');
  out.push('## Pages');
  out.push('');
  out.push(
    table(
      ['page', 'size', 'paragraphs', 'split words'],
      summary.pages.map((page) => [
        page.label,
        formatBytes(page.bytes),
        String(page.paragraphs),
        String(page.splitWords),
      ]),
    ),
  );
  out.push('');
  if (summary.failures.length > 0) {
    out.push('## Failed runs');
    out.push('');
    for (const failure of summary.failures) out.push(`- ${failure}`);
    out.push('');
  }
  return `${out.join('\n')}\n`;
}

/** The Benchmarks section of README.md: the headline figures of the last run. */
export function readmeSection(summary: Summary): string {
  const { machine } = summary;
  const ratioRows = summary.conversion.filter((row) => row.withGoals);
  const out: string[] = [];
  out.push(
    `Last run of \`npm run bench\`: ${machine.date}, ${machine.cpu} (${machine.cores} cores), ` +
      `${machine.browser} headless, median of ${machine.runs} runs on fresh pages (min–max in ` +
      'brackets). The machine was shared with other builds and tests, so the ratios, measured ' +
      'back to back, count for more than the times. Method, every figure and what bounds the ' +
      'misses: [bench/RESULTS.md](bench/RESULTS.md).',
  );
  out.push('');
  out.push(
    table(
      [
        'page',
        'direction',
        'ours (ms)',
        'naive writer',
        'HTMLConverter',
        'tongwen-core',
        '÷ naive writer (goal ≤ 1.2)',
        '÷ HTMLConverter (< 1)',
        '÷ tongwen-core (< 1)',
      ],
      ratioRows.map((row) => [
        row.label,
        DIRECTIONS[row.direction].label,
        formatMs(row.rendered.ours),
        formatMs(row.rendered.naive),
        formatMs(row.rendered.html),
        formatMs(row.rendered.tongwen),
        `${formatRatio(row.ratios.naive)} ${verdict(passes(row.ratios.naive?.median, 1.2))}`,
        `${formatRatio(row.ratios.html)} ${verdict(passes(row.ratios.html?.median, 1, true))}`,
        `${formatRatio(row.ratios.tongwen)} ${verdict(passes(row.ratios.tongwen?.median, 1, true))}`,
      ]),
    ),
  );
  out.push('');
  out.push(
    table(
      ['figure', 'goal', 'measured', 'pass/miss'],
      summary.goals
        .filter((goal) => !goal.figure.startsWith('full-page conversion'))
        .map((goal) => [goal.figure, goal.goal, goal.measured, verdict(goal.pass)]),
    ),
  );
  out.push('');
  out.push('![time to convert against page size](bench/chart.svg)');
  return out.join('\n');
}

/**
 * A figure that later runs added (absent from runs made before it was measured): its time and
 * its ratio to the raw scan, over the runs that have it (null if none do).
 */
function laterFigure(
  runs: GlossaryReading[],
  floor: number,
  pick: (run: GlossaryReading) => number | undefined,
): { time: Spread | null; ratio: Spread | null } {
  const measured = runs.flatMap((run) => {
    const time = pick(run);
    return time === undefined ? [] : [time];
  });
  return {
    time: spread(measured),
    ratio: spread(measured.map((time) => time / floor)),
  };
}

/** A run's raw scan: its fastest round (its median in runs made before those were kept). */
function fastestRawScan(run: GlossaryReading): number {
  return run.fastestMs?.rawScan ?? run.rawScanMs;
}

/**
 * What the ratios divide by: the fastest raw scan of all the runs (each reads the same text),
 * and never less than 0.05 ms. The raw scan is bimodal in Chromium: in four page loads of five
 * its median round took 1.1–1.2 ms and in the other 0.39 ms; its fastest round was 0.39 ms in
 * four loads, and in one every round was slow. The slow ones were slower than the scan that
 * also reads a table per code unit (0.46 ms), which does strictly more. That is the engine running a worse compilation of the loop, not work a
 * matcher must beat: divided by those, matching read 2.2× in runs where it was 6× the reading
 * of the text. The figures divided stay each run's medians, so a ratio errs against the
 * matcher, not for it.
 */
function rawScanFloor(runs: readonly GlossaryReading[]): number {
  return Math.max(Math.min(...runs.map(fastestRawScan)), 0.05);
}

/** The glossary's figures as a Markdown table (also printed by `npm run bench -- --only glossary`). */
export function glossaryTable(g: NonNullable<Summary['glossary']>): string {
  return table(
    ['figure', 'goal', 'measured', 'pass/miss'],
    [
      [
        `compile ${g.terms.toLocaleString('en')} terms (20,000 synthetic + the built-in pack; ${g.forms.toLocaleString('en')} forms), first compile in the page`,
        '≤ 50 ms',
        formatMs(g.compile),
        verdict(passes(g.compile?.median, 50)),
      ],
      [
        `find all terms in the text of the 1 MB page (${g.textLength.toLocaleString('en')} code units), as the page's search reads them (arrays of positions: \`scan\`)`,
        '—',
        formatMs(g.match),
        '—',
      ],
      [
        'the same search with an object per match (`findAll`), and ÷ raw scan',
        '—',
        g.objects ? `${formatMs(g.objects)}; ${formatRatio(g.objectsRatio)}` : 'not measured',
        '—',
      ],
      [
        `raw scan of the same text (charCodeAt over every code unit), ${g.rawScanFastest === true ? 'its fastest round in each run' : 'the median round'}; the ratios divide by the least of the runs`,
        '—',
        formatMs(g.rawScan),
        '—',
      ],
      [
        'one table read per code unit, and ÷ raw scan',
        '—',
        `${formatMs(g.lookupScan)}; ${formatRatio(g.lookupRatio)}`,
        '—',
      ],
      [
        'one table read per code unit that depends on the read before (the least one pass of an automaton does: its next state depends on its last), and ÷ raw scan',
        '—',
        g.chainScan ? `${formatMs(g.chainScan)}; ${formatRatio(g.chainRatio)}` : 'not measured',
        '—',
      ],
      ['matching ÷ raw scan', '≤ 2×', formatRatio(g.ratio), verdict(passes(g.ratio?.median, 2))],
    ],
  );
}
