/**
 * The pages the benchmark converts, generated deterministically from a seed.
 *
 * Article pages are news pages in one script: a header with navigation, a title, an article of
 * paragraphs with inline markup (a, b, span, em) and data: SVG images, a sidebar and a footer.
 * Their sentences are the shared NetEase fixture texts (../shared/fixtures/netease), in
 * Traditional or Simplified, with words from the opencc phrase tables quoted among them.
 *
 * Some inline elements split a word that needs its context to convert: 乾|隆 is 乾隆 in
 * Simplified, but 隆 alone does not keep 乾 from becoming 干. The generator places such splits,
 * then checks every paragraph: it converts the paragraph as one string (the right answer: the
 * extension's string conversion, which is opencc-js's plus its phrase fixes and protected
 * names), and each of its text nodes separately (what a converter that works node by
 * node writes), and every stretch where the two differ is one split word. The paragraph keeps
 * them in `data-split-words` (text node index, start, end, expected text) so the benchmark can
 * count, after a conversion, how many of them each converter got right.
 *
 * Every page carries a small probe script (see PROBE_SCRIPT) that records long animation
 * frames, long tasks and frame times from the start, and, when asked, when each text node in
 * the first viewport is first rewritten.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import STPhrases from 'opencc-js/dict/STPhrases';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import cn2t from '../utils/convert/packs/cn2t.ts';
import t2cn from '../utils/convert/packs/t2cn.ts';
import type { Target } from '../utils/convert/target.ts';
import { createTextConverter } from '../utils/convert/text-converter.ts';
import { seededRandom } from '../tests/unit/glossary/helpers.ts';

export type Direction = 't2s' | 's2t';

/** The two directions the benchmark measures, as opencc-js and the extension name them. */
export const DIRECTIONS: Record<
  Direction,
  { from: 'tw' | 'cn'; to: 'tw' | 'cn'; target: Target; label: string; fromLang: string }
> = {
  t2s: { from: 'tw', to: 'cn', target: 'cn', label: 'T→S', fromLang: 'zh-TW' },
  s2t: { from: 'cn', to: 'tw', target: 'tw', label: 'S→T', fromLang: 'zh-CN' },
};

export type PageKind = 'article' | 'netease' | 'english' | 'dynamic';

export interface PageSpec {
  readonly id: string;
  readonly kind: PageKind;
  /** Direction of the conversion the page is measured with; null for the English page. */
  readonly direction: Direction | null;
  /** Approximate size of the page in bytes (UTF-8), for generated pages. */
  readonly bytes: number;
  readonly label: string;
}

const KB = 1000;
const MB = 1000 * KB;

/** Every page of the benchmark, smallest first in each group. */
export const PAGE_SPECS: readonly PageSpec[] = [
  {
    id: 'hant-100k',
    kind: 'article',
    direction: 't2s',
    bytes: 100 * KB,
    label: 'Traditional 100 KB',
  },
  { id: 'hant-1m', kind: 'article', direction: 't2s', bytes: 1 * MB, label: 'Traditional 1 MB' },
  { id: 'hant-4m', kind: 'article', direction: 't2s', bytes: 4 * MB, label: 'Traditional 4 MB' },
  {
    id: 'hans-100k',
    kind: 'article',
    direction: 's2t',
    bytes: 100 * KB,
    label: 'Simplified 100 KB',
  },
  { id: 'hans-1m', kind: 'article', direction: 's2t', bytes: 1 * MB, label: 'Simplified 1 MB' },
  { id: 'hans-4m', kind: 'article', direction: 's2t', bytes: 4 * MB, label: 'Simplified 4 MB' },
  { id: 'netease', kind: 'netease', direction: 's2t', bytes: 0, label: 'NetEase fixture page (a)' },
  { id: 'english-1m', kind: 'english', direction: null, bytes: 1 * MB, label: 'English 1 MB' },
  {
    id: 'dynamic',
    kind: 'dynamic',
    direction: 't2s',
    bytes: 0,
    label: 'Dynamic (a paragraph every 50 ms for 5 s)',
  },
];

export function pageSpec(id: string): PageSpec {
  const spec = PAGE_SPECS.find((candidate) => candidate.id === id);
  if (!spec) throw new Error(`No bench page ${id}`);
  return spec;
}

export interface GeneratedPage {
  readonly spec: PageSpec;
  readonly html: string;
  /** Size of `html` in UTF-8 bytes. */
  readonly bytes: number;
  /** Words that need their context and are split across inline elements (see above). */
  readonly splitWords: number;
  readonly paragraphs: number;
}

export interface GenerateOptions {
  /** The shared NetEase fixtures; defaults to ../shared/fixtures/netease from the working directory. */
  readonly fixturesDir?: string;
  readonly seed?: number;
}

export const DEFAULT_SEED = 20251203;

/** Paragraph appends of the dynamic page: how many, and how often. */
export const DYNAMIC_APPENDS = 100;
export const DYNAMIC_INTERVAL_MS = 50;

export function defaultFixturesDir(): string {
  return resolve(process.cwd(), '../shared/fixtures/netease');
}

/** Generates one page. Same id, seed and fixtures: same bytes. */
export function generatePage(id: string, options: GenerateOptions = {}): GeneratedPage {
  const spec = pageSpec(id);
  const fixturesDir = options.fixturesDir ?? defaultFixturesDir();
  const random = seededRandom((options.seed ?? DEFAULT_SEED) ^ hashString(id));
  switch (spec.kind) {
    case 'article':
      return articlePage(spec, corpusFor(spec.direction!, fixturesDir), random);
    case 'netease':
      return neteasePage(spec, fixturesDir);
    case 'english':
      return englishPage(spec, random);
    case 'dynamic':
      return dynamicPage(spec, corpusFor('t2s', fixturesDir), random);
  }
}

/**
 * The page as served to the extension: with the tab-level change a test build starts with
 * (see `applyAskedByPage` in entrypoints/content/loader.ts), and, with `watchViewport`, the
 * probe recording when the text nodes of the first viewport are rewritten.
 */
export function servedHtml(
  page: GeneratedPage,
  { apply, watchViewport = false }: { apply?: object; watchViewport?: boolean } = {},
): string {
  const metas = [
    apply
      ? `<meta name="jianfan-e2e-apply" content="${escapeAttribute(JSON.stringify(apply))}">`
      : '',
    watchViewport ? '<meta name="bench-watch-viewport" content="1">' : '',
  ].join('');
  return metas === '' ? page.html : page.html.replace('<head>', `<head>${metas}`);
}

// ---------------------------------------------------------------------------------------------
// Text sources

interface Sentence {
  readonly text: string;
  /** Offsets where a split changes the conversion of the sentence. */
  readonly contextSplits: readonly number[];
}

interface Corpus {
  readonly direction: Direction;
  readonly convert: (text: string) => string;
  readonly sentences: readonly Sentence[];
  /** Dictionary words that need context, each quoted in a short sentence. */
  readonly quotedWords: readonly Sentence[];
  readonly titles: readonly string[];
  readonly labels: Labels;
}

interface Labels {
  readonly lang: string;
  readonly nav: readonly string[];
  readonly source: string;
  readonly related: string;
  readonly footer: string;
  readonly imageAlt: string;
  readonly quote: readonly [string, string][];
}

const LABELS: Record<Direction, Labels> = {
  t2s: {
    lang: 'zh-TW',
    nav: ['首頁', '新聞', '科技', '財經', '數碼', '評論', '視頻', '專題'],
    source: '來源：芯事觀察',
    related: '相關閱讀',
    footer: '關於我們 · 聯繫方式 · 隱私政策 · 版權聲明',
    imageAlt: '配圖：產業鏈示意',
    quote: [
      ['業內把這種情況稱為「', '」。'],
      ['有評論用「', '」來形容這一變化。'],
      ['報道中多次出現「', '」一詞。'],
    ],
  },
  s2t: {
    lang: 'zh-CN',
    nav: ['首页', '新闻', '科技', '财经', '数码', '评论', '视频', '专题'],
    source: '来源：芯事观察',
    related: '相关阅读',
    footer: '关于我们 · 联系方式 · 隐私政策 · 版权声明',
    imageAlt: '配图：产业链示意',
    quote: [
      ['业内把这种情况称为“', '”。'],
      ['有评论用“', '”来形容这一变化。'],
      ['报道中多次出现“', '”一词。'],
    ],
  },
};

const corpora = new Map<string, Corpus>();

function corpusFor(direction: Direction, fixturesDir: string): Corpus {
  const key = `${direction}:${fixturesDir}`;
  let corpus = corpora.get(key);
  if (!corpus) {
    corpus = buildCorpus(direction, fixturesDir);
    corpora.set(key, corpus);
  }
  return corpus;
}

function buildCorpus(direction: Direction, fixturesDir: string): Corpus {
  const { from, to } = DIRECTIONS[direction];
  // The right answer is the extension's own string conversion: opencc-js's tables and rules,
  // exactly (tests/unit/convert/exactness.test.ts), plus the phrases it fixes and the names it
  // protects. Judged against opencc-js alone, a split word that opencc gets wrong (一箇中國)
  // would count as missed where the page reads right.
  const { convert } = createTextConverter({ pack: direction === 't2s' ? t2cn : cn2t, from, to });
  const kind = direction === 't2s' ? 'traditional' : 'simplified';
  const texts = ['a', 'b', 'c'].map((name) =>
    readFileSync(resolve(fixturesDir, `${name}.${kind}.txt`), 'utf8'),
  );
  const sentences: Sentence[] = [];
  for (const text of texts) {
    for (const paragraph of text.split(/\n\s*\n/)) {
      for (const match of paragraph.trim().matchAll(/[^。！？]+[。！？]?/g)) {
        const sentence = match[0].trim();
        if (sentence.length >= 6)
          sentences.push({ text: sentence, contextSplits: contextSplits(sentence, convert) });
      }
    }
  }
  const titleColumn = direction === 't2s' ? 2 : 1;
  const titles = readFileSync(resolve(fixturesDir, 'titles.tsv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t')[titleColumn] ?? '')
    .filter((title) => title !== '');
  const labels = LABELS[direction];
  const common = new Set(texts.join('') + titles.join(''));
  const quotedWords = contextWords({
    table: direction === 't2s' ? TSPhrases : STPhrases,
    convert,
    common,
  }).map((word, i) => {
    const [before, after] = labels.quote[i % labels.quote.length]!;
    return {
      text: `${before}${word.text}${after}`,
      contextSplits: word.contextSplits.map((offset) => offset + before.length),
    };
  });
  return { direction, convert, sentences, quotedWords, titles, labels };
}

const HAN = /^\p{Script=Han}$/u;

function isHan(character: string | undefined): boolean {
  return character !== undefined && HAN.test(character);
}

/** Offsets inside `text` (between two Han characters) where cutting the text changes its conversion. */
function contextSplits(text: string, convert: (text: string) => string): number[] {
  const whole = convert(text);
  if (whole.length !== text.length) return [];
  const splits: number[] = [];
  for (let i = 1; i < text.length; i++) {
    if (!isHan(text[i - 1]) || !isHan(text[i])) continue;
    if (convert(text.slice(0, i)) + convert(text.slice(i)) !== whole) splits.push(i);
  }
  return splits;
}

/**
 * Up to 400 words of an opencc phrase table (two to four Han characters) whose conversion
 * changes when they are cut in two: the words a converter working node by node gets wrong
 * when markup splits them. Words written with characters of the fixture articles come first,
 * so that most are everyday words (顯著, 乾淨) rather than rare entries; the order is fixed.
 */
function contextWords({
  table,
  convert,
  common,
}: {
  table: string;
  convert: (text: string) => string;
  common: ReadonlySet<string>;
}): Sentence[] {
  const keys = table
    .split('|')
    .map((entry) => entry.slice(0, entry.indexOf(' ')))
    .filter((key) => key.length >= 2 && key.length <= 4 && [...key].every(isHan));
  const everyday = keys.filter((key) => [...key].every((character) => common.has(character)));
  const words: Sentence[] = [];
  const seen = new Set<string>();
  for (const pool of [everyday, keys]) {
    const random = seededRandom(hashString(table.slice(0, 64)) + pool.length);
    for (let tries = 0; tries < 4000 && words.length < 400 && pool.length > 0; tries++) {
      const key = pool[Math.floor(random() * pool.length)]!;
      if (seen.has(key)) continue;
      seen.add(key);
      const splits = contextSplits(key, convert);
      if (splits.length > 0) words.push({ text: key, contextSplits: splits });
    }
  }
  return words;
}

// ---------------------------------------------------------------------------------------------
// Article pages

interface Inline {
  start: number;
  end: number;
  tag: 'a' | 'b' | 'span' | 'em';
}

interface BuiltParagraph {
  html: string;
  splitWords: number;
}

/**
 * One paragraph: its text, the inline elements over it, and the split words found by comparing
 * whole-paragraph and node-by-node conversion.
 */
function buildParagraph(
  parts: readonly Sentence[],
  corpus: Corpus,
  random: () => number,
): BuiltParagraph {
  let text = '';
  const candidates: number[] = [];
  for (const part of parts) {
    for (const offset of part.contextSplits) candidates.push(text.length + offset);
    text += part.text;
  }
  // Inline elements: some cut words that need context, others wrap Latin names or a clause.
  const inlines: Inline[] = [];
  const tags = ['a', 'b', 'span', 'em'] as const;
  const pickTag = () => tags[Math.floor(random() * tags.length)]!;
  const free = (start: number, end: number) =>
    start >= 0 &&
    end <= text.length &&
    start < end &&
    inlines.every((inline) => end < inline.start || start > inline.end);
  for (const split of candidates) {
    if (random() > 0.45) continue;
    const length = 1 + Math.floor(random() * 2);
    const [start, end] = random() < 0.5 ? [split, split + length] : [split - length, split];
    if (!isHan(text[start]) || !isHan(text[end - 1]) || !free(start, end)) continue;
    inlines.push({ start, end, tag: pickTag() });
  }
  for (const match of text.matchAll(/[A-Za-z][A-Za-z0-9+.-]*/g)) {
    const start = match.index;
    const end = start + match[0].length;
    if (random() < 0.15 && free(start, end)) inlines.push({ start, end, tag: pickTag() });
  }
  inlines.sort((a, b) => a.start - b.start);

  // The text nodes the browser will make of it, in order.
  const nodes: { start: number; end: number }[] = [];
  let cursor = 0;
  for (const inline of inlines) {
    if (inline.start > cursor) nodes.push({ start: cursor, end: inline.start });
    nodes.push({ start: inline.start, end: inline.end });
    cursor = inline.end;
  }
  if (cursor < text.length) nodes.push({ start: cursor, end: text.length });

  const splitWords = findSplitWords(text, nodes, corpus.convert);
  let html = '';
  cursor = 0;
  for (const inline of inlines) {
    html += escapeText(text.slice(cursor, inline.start));
    const content = escapeText(text.slice(inline.start, inline.end));
    const attributes = inline.tag === 'a' ? ` href="#${inline.start}"` : '';
    html += `<${inline.tag}${attributes}>${content}</${inline.tag}>`;
    cursor = inline.end;
  }
  html += escapeText(text.slice(cursor));
  const data =
    splitWords.length > 0
      ? ` data-split-words="${escapeAttribute(JSON.stringify(splitWords))}"`
      : '';
  return { html: `<p${data}>${html}</p>`, splitWords: splitWords.length };
}

/** One piece of a split word: text node index in the paragraph, start, end, expected text. */
export type SplitPiece = [node: number, start: number, end: number, expected: string];

/**
 * The stretches where converting node by node differs from converting the paragraph whole,
 * each cut into its pieces per text node. Paragraphs whose conversion changes length are left
 * out, so that offsets stay comparable.
 */
function findSplitWords(
  text: string,
  nodes: readonly { start: number; end: number }[],
  convert: (text: string) => string,
): SplitPiece[][] {
  const whole = convert(text);
  if (whole.length !== text.length || nodes.length < 2) return [];
  let byNode = '';
  for (const node of nodes) {
    const converted = convert(text.slice(node.start, node.end));
    if (converted.length !== node.end - node.start) return [];
    byNode += converted;
  }
  const words: SplitPiece[][] = [];
  for (let i = 0; i < text.length; i++) {
    if (byNode[i] === whole[i]) continue;
    let end = i + 1;
    while (end < text.length && byNode[end] !== whole[end]) end++;
    const pieces: SplitPiece[] = [];
    nodes.forEach((node, index) => {
      const start = Math.max(i, node.start);
      const stop = Math.min(end, node.end);
      if (start < stop) {
        pieces.push([index, start - node.start, stop - node.start, whole.slice(start, stop)]);
      }
    });
    words.push(pieces);
    i = end;
  }
  return words;
}

function articlePage(spec: PageSpec, corpus: Corpus, random: () => number): GeneratedPage {
  const { labels } = corpus;
  const title = corpus.titles[Math.floor(random() * corpus.titles.length)]!;
  const head = pageHead({ lang: labels.lang, title });
  const header = `<header><nav>${labels.nav.map((item, i) => `<a href="#nav${i}">${item}</a>`).join(' ')}</nav></header>`;
  const top = `<main><article><h1>${escapeText(title)}</h1><div class="info">2025-12-03 08:41:27\u3000${labels.source}</div><div class="body">`;
  const bottom = `</div></article><aside><h2>${labels.related}</h2><ul>${corpus.titles
    .map(
      (item, i) =>
        `<li><a href="#related${i}" title="${escapeAttribute(item)}">${escapeText(item)}</a></li>`,
    )
    .join('')}</ul></aside></main><footer><p>${labels.footer}</p></footer>`;
  const end = `${PROBE_SCRIPT}</body></html>`;
  let html = `${head}<body>${header}${top}`;
  let bytes = utf8Length(html) + utf8Length(bottom) + utf8Length(end);
  let splitWords = 0;
  let paragraphs = 0;
  while (bytes < spec.bytes) {
    const chunk =
      paragraphs > 0 && paragraphs % 9 === 4
        ? imageParagraph(labels.imageAlt, random)
        : (() => {
            const built = articleParagraph(corpus, random);
            splitWords += built.splitWords;
            return built.html;
          })();
    html += chunk;
    bytes += utf8Length(chunk);
    paragraphs++;
  }
  html += bottom + end;
  return { spec, html, bytes: utf8Length(html), splitWords, paragraphs };
}

function articleParagraph(corpus: Corpus, random: () => number): BuiltParagraph {
  const count = 2 + Math.floor(random() * 4);
  const parts: Sentence[] = [];
  for (let i = 0; i < count; i++) {
    parts.push(corpus.sentences[Math.floor(random() * corpus.sentences.length)]!);
  }
  if (random() < 0.5 && corpus.quotedWords.length > 0) {
    const quoted = corpus.quotedWords[Math.floor(random() * corpus.quotedWords.length)]!;
    parts.splice(Math.floor(random() * (parts.length + 1)), 0, quoted);
  }
  return buildParagraph(parts, corpus, random);
}

/** A figure as NetEase pages have them: a data: SVG image with alternative text. */
function imageParagraph(alt: string, random: () => number): string {
  const hue = Math.floor(random() * 360);
  const bars = Array.from({ length: 12 }, (_, i) => {
    const height = 40 + Math.floor(random() * 260);
    return `<rect x="${20 + i * 50}" y="${330 - height}" width="36" height="${height}" fill="hsl(${(hue + i * 17) % 360},60%,55%)"/>`;
  }).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="360" viewBox="0 0 640 360"><rect width="640" height="360" fill="hsl(${hue},30%,95%)"/>${bars}<path d="M20 330H620" stroke="#333" stroke-width="2"/></svg>`;
  const src = `data:image/svg+xml,${encodeURIComponent(svg)}`;
  return `<p class="f_center"><img src="${src}" alt="${escapeAttribute(alt)}" width="640" height="360"></p>`;
}

// ---------------------------------------------------------------------------------------------
// The NetEase fixture, the English page, the dynamic page

function neteasePage(spec: PageSpec, fixturesDir: string): GeneratedPage {
  const source = readFileSync(resolve(fixturesDir, 'a.netease.html'), 'utf8');
  const html = source.replace('</body>', `${PROBE_SCRIPT}</body>`);
  const paragraphs = (source.match(/<p[\s>]/g) ?? []).length;
  return { spec, html, bytes: utf8Length(html), splitWords: 0, paragraphs };
}

const ENGLISH_WORDS = (
  'memory bandwidth supply chain wafer capacity yield packaging export control market share ' +
  'foundry process node lithography model training inference cluster accelerator interface ' +
  'the a of and to in for with on by from as that which while through over under between ' +
  'company industry analysts report quarter demand customers suppliers engineers standard ' +
  'grows falls remains expects announced reported shipped delivered tested improved reached ' +
  'higher lower faster larger newer early late annual global domestic advanced mature'
).split(' ');

function englishPage(spec: PageSpec, random: () => number): GeneratedPage {
  const word = () => ENGLISH_WORDS[Math.floor(random() * ENGLISH_WORDS.length)]!;
  const sentence = () => {
    const words = Array.from({ length: 8 + Math.floor(random() * 14) }, word);
    const first = words[0]!;
    words[0] = first[0]!.toUpperCase() + first.slice(1);
    if (random() < 0.3) words[Math.floor(random() * words.length)] = `<b>${word()}</b>`;
    if (random() < 0.2) words[Math.floor(random() * words.length)] = `<a href="#w">${word()}</a>`;
    return `${words.join(' ')}.`;
  };
  const title = 'Memory makers race to meet accelerator demand';
  let html = `${pageHead({ lang: 'en', title })}<body><header><nav><a href="#">Home</a> <a href="#">News</a> <a href="#">Technology</a> <a href="#">Markets</a></nav></header><main><article><h1>${title}</h1><div class="body">`;
  const end = `</div></article></main><footer><p>About · Contact · Privacy</p></footer>${PROBE_SCRIPT}</body></html>`;
  let paragraphs = 0;
  while (utf8Length(html) + utf8Length(end) < spec.bytes) {
    let chunk = '';
    for (let i = 0; i < 40; i++) {
      chunk +=
        paragraphs % 9 === 4
          ? imageParagraph('Figure: supply chain', random)
          : `<p>${Array.from({ length: 3 + Math.floor(random() * 5) }, sentence).join(' ')}</p>`;
      paragraphs++;
    }
    html += chunk;
  }
  html += end;
  return { spec, html, bytes: utf8Length(html), splitWords: 0, paragraphs };
}

/**
 * A short Traditional article that grows: once the page is converted (the extension's
 * `convert-end` mark), it appends one paragraph every DYNAMIC_INTERVAL_MS, DYNAMIC_APPENDS
 * times, and records how long each one took to be rewritten (its first characterData mutation).
 */
function dynamicPage(spec: PageSpec, corpus: Corpus, random: () => number): GeneratedPage {
  const title = corpus.titles[0]!;
  let body = '';
  for (let i = 0; i < 8; i++) body += articleParagraph(corpus, random).html;
  const changing = corpus.sentences.filter(
    (sentence) => corpus.convert(sentence.text) !== sentence.text,
  );
  const appends = Array.from({ length: DYNAMIC_APPENDS }, () => {
    const count = 1 + Math.floor(random() * 3);
    return Array.from(
      { length: count },
      () => changing[Math.floor(random() * changing.length)]!.text,
    ).join('');
  });
  const script = `<script type="application/json" id="bench-appends">${escapeText(JSON.stringify(appends))}</script>
<script>(() => {
  const b = window.__bench;
  const texts = JSON.parse(document.getElementById('bench-appends').textContent);
  const body = document.querySelector('.body');
  const inserted = new Map();
  b.dynamic = { latencies: [], appended: 0, done: false };
  new MutationObserver((records) => {
    const now = performance.now();
    for (const record of records) {
      const at = inserted.get(record.target);
      if (record.type !== 'characterData' || at === undefined) continue;
      b.dynamic.latencies.push(now - at);
      inserted.delete(record.target);
    }
  }).observe(body, { characterData: true, subtree: true });
  const start = () => {
    let i = 0;
    const timer = setInterval(() => {
      const p = document.createElement('p');
      const text = document.createTextNode(texts[i]);
      p.append(text);
      body.append(p);
      inserted.set(text, performance.now());
      b.dynamic.appended = ++i;
      if (i === texts.length) {
        clearInterval(timer);
        setTimeout(() => { b.dynamic.unconverted = inserted.size; b.dynamic.done = true; }, 1000);
      }
    }, ${DYNAMIC_INTERVAL_MS});
  };
  const started = () => performance.getEntriesByName('jianfan-e2e:convert-end').length > 0;
  if (started()) start();
  else {
    const observer = new PerformanceObserver(() => {
      if (!started()) return;
      observer.disconnect();
      start();
    });
    observer.observe({ type: 'mark' });
  }
})();</script>`;
  const html = `${pageHead({ lang: corpus.labels.lang, title })}<body><main><article><h1>${escapeText(title)}</h1><div class="body">${body}</div></article></main>${PROBE_SCRIPT}${script}</body></html>`;
  return { spec, html, bytes: utf8Length(html), splitWords: 0, paragraphs: 8 };
}

// ---------------------------------------------------------------------------------------------
// Shared markup

function pageHead({ lang, title }: { lang: string; title: string }): string {
  return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>${escapeText(title)}</title><meta name="viewport" content="width=device-width, initial-scale=1"><style>${PAGE_STYLE}</style></head>`;
}

const PAGE_STYLE =
  'body{margin:0 auto;max-width:800px;padding:0 16px;font:18px/1.8 sans-serif;color:#252525}' +
  'nav a{margin-right:1em}h1{font-size:30px;line-height:1.4}.info{color:#888;font-size:13px}' +
  '.f_center{text-align:center}img{max-width:100%;height:auto}aside,footer{color:#555;font-size:15px}';

/**
 * Runs first thing in every page (it is the last element of the body, so it runs before the
 * content script, which Chromium and Firefox inject when the document is parsed):
 * - `long-animation-frame` and `longtask` entries, buffered from the start of the page;
 * - the time of every animation frame, to find the longest gap between two;
 * - with `<meta name="bench-watch-viewport">`, when each text node of the first viewport is
 *   first rewritten: the last of those times is when the reader sees the viewport converted.
 *   A separate run turns this on, since observing every text node costs a little.
 */
export const PROBE_SCRIPT = `<script>(() => {
  const b = (window.__bench = { loaf: [], longtasks: [], frames: [], viewport: null });
  const observe = (type, push) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(push)).observe({ type, buffered: true });
    } catch (error) {}
  };
  observe('long-animation-frame', (entry) => b.loaf.push(entry.toJSON()));
  observe('longtask', (entry) => b.longtasks.push({ startTime: entry.startTime, duration: entry.duration }));
  const frame = (time) => {
    b.frames.push(time);
    if (b.frames.length < 50000) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  if (!document.querySelector('meta[name="bench-watch-viewport"]')) return;
  const visible = new Set();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const height = window.innerHeight;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const rect = node.parentElement.getBoundingClientRect();
    if (rect.top > height) break;
    if (rect.bottom > 0 && node.data.trim() !== '') visible.add(node);
  }
  const v = (b.viewport = { nodes: visible.size, rewritten: 0, last: 0, first: 0 });
  const observer = new MutationObserver((records) => {
    const now = performance.now();
    for (const record of records) {
      if (!visible.delete(record.target)) continue;
      v.rewritten++;
      v.last = now;
      if (v.first === 0) v.first = now;
    }
  });
  observer.observe(document.body, { characterData: true, subtree: true });
  b.stopWatching = () => observer.disconnect();
})();</script>`;

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}

function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}
