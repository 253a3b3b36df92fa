import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageState } from '../../../entrypoints/reader/layers.ts';
import type { PageConverter } from '../../../utils/convert/page-converter.ts';
import { TERM_SPAN_SELECTOR } from '../../../utils/glossary/highlight.ts';
import type { Term } from '../../../utils/glossary/schema.ts';
import {
  UNKNOWN_REVISION,
  type UserGlossarySnapshot,
} from '../../../utils/glossary/term-source.ts';
import { defaultSettings, type Settings } from '../../../utils/settings/schema.ts';

// The glossary layer in happy-dom, which has no Highlight API: terms are
// marked with spans, so what was found is visible in the DOM. The user
// glossary's live updates go through WXT's fake browser storage, the way
// storage.onChanged reaches a real tab.

vi.mock('wxt/browser', async () => {
  const { fakeBrowser: fake } = await import('wxt/testing/fake-browser');
  return { browser: fake };
});

const { createGlossaryLayer } = await import('../../../entrypoints/glossary/layer.ts');

const BUILT_IN: Term[] = [
  term('cuda', 'CUDA', 'CUDA'),
  term('ascend', '昇腾', '昇騰'),
  term('nvidia', '英伟达', '英偉達'),
];

function term(id: string, hans: string, hant: string): Term {
  return {
    id,
    hans,
    hant,
    category: 'term',
    definition: { en: `About ${id}.`, hans: `关于${id}。`, hant: `關於${id}。` },
  };
}

const PAGE = `
  <nav id="nav"><a href="#">英伟达新闻</a></nav>
  <div class="post_body" id="article">
    <p>CUDA 生态，昇腾追赶。</p>
    <textarea>CUDA</textarea>
  </div>
  <footer id="footer">蓝鲸引擎</footer>`;

function loadPage(): void {
  const parsed = new DOMParser().parseFromString(`<body>${PAGE}</body>`, 'text/html');
  document.body.replaceChildren(
    ...Array.from(parsed.body.childNodes, (node) => document.importNode(node, true)),
  );
}

function stateFor({
  netease = 'netease',
  settings = {},
  glossaryEnabled = true,
  renderAgain = () => {},
  countsChanged = () => {},
}: {
  netease?: 'netease' | 'mirror' | null;
  settings?: Partial<Settings>;
  glossaryEnabled?: boolean;
  renderAgain?: () => void;
  countsChanged?: () => void;
} = {}): PageState {
  const articleRoot = document.querySelector('#article');
  return {
    document,
    url: 'https://www.163.com/dy/article/KM0UPXTA05SFDZTN.html',
    settings: { ...defaultSettings(), ...settings },
    target: 'cn',
    regionalVocabulary: false,
    converting: false,
    readingMode: 'converted',
    glossaryEnabled,
    netease: { kind: netease, signals: [], articleRoot, preformattedArticle: false, title: null },
    articleRoot,
    converter: {} as PageConverter,
    loadKit: async () => {},
    renderAgain,
    countsChanged,
  };
}

/** `[text, where]` for every marked term. */
function marked(): [string, string][] {
  return Array.from(document.querySelectorAll(TERM_SPAN_SELECTOR), (span) => [
    span.textContent ?? '',
    span.parentElement?.closest('[id]')?.id ?? '',
  ]);
}

function background(initial: { revision: number; terms: unknown[] }) {
  const stored = { ...initial };
  const fetchSnapshot = vi.fn(async (knownRevision: number): Promise<UserGlossarySnapshot> =>
    knownRevision === stored.revision
      ? { unchanged: true }
      : { revision: stored.revision, terms: stored.terms },
  );
  return { stored, fetchSnapshot };
}

/** NetEase's headline above the article (`h1.post_title`), with `text`. */
function addHeadline(text: string): HTMLElement {
  const headline = document.createElement('h1');
  headline.className = 'post_title';
  headline.id = 'headline';
  headline.textContent = text;
  document.querySelector('#article')!.before(headline);
  return headline;
}

let layer: ReturnType<typeof createGlossaryLayer> | null = null;

beforeEach(() => {
  fakeBrowser.reset();
  loadPage();
});

afterEach(() => {
  layer?.dispose();
  layer = null;
  document.body.replaceChildren();
  vi.useRealTimers();
});

function start(
  fetchSnapshot: (knownRevision: number) => Promise<UserGlossarySnapshot> = background({
    revision: 0,
    terms: [],
  }).fetchSnapshot,
) {
  layer = createGlossaryLayer({ builtIn: BUILT_IN, fetchSnapshot, highlightRegistry: null });
  return layer;
}

describe('glossary layer', () => {
  it('marks terms in the article only on NetEase pages, never in form fields', async () => {
    await start().refresh(stateFor());
    expect(marked()).toEqual([
      ['CUDA', 'article'],
      ['昇腾', 'article'],
    ]);
    expect(layer!.stats!().termsFound).toBe(2);
    expect(document.querySelector('textarea')!.value).toBe('CUDA');
  });

  it('marks terms in the article’s headline above it, first, as a reader meets them', async () => {
    addHeadline('英伟达与昇腾');
    await start().refresh(stateFor());
    expect(marked()).toEqual([
      ['英伟达', 'headline'],
      ['昇腾', 'headline'],
      ['CUDA', 'article'],
      ['昇腾', 'article'],
    ]);
    // Marked once, where each first appears: the headline's comes first.
    await layer!.refresh(stateFor({ settings: { glossaryMarks: 'first' } }));
    expect(marked()).toEqual([
      ['英伟达', 'headline'],
      ['昇腾', 'headline'],
      ['CUDA', 'article'],
    ]);
  });

  it('searches the headline again when the page changes it or renders it anew', async () => {
    const headline = addHeadline('英伟达与昇腾');
    let renders = 0;
    await start().refresh(stateFor({ renderAgain: () => (renders += 1) }));
    expect(marked().filter(([, where]) => where === 'headline')).toHaveLength(2);
    // The page writes another headline into it.
    headline.textContent = 'CUDA新闻';
    await vi.waitFor(() =>
      expect(marked().filter(([, where]) => where === 'headline')).toEqual([['CUDA', 'headline']]),
    );
    // A framework renders a new headline node in its place: searched too, with no render.
    const anew = headline.cloneNode() as HTMLElement;
    anew.textContent = '英伟达新闻';
    headline.replaceWith(anew);
    await vi.waitFor(() =>
      expect(marked().filter(([, where]) => where === 'headline')).toEqual([
        ['英伟达', 'headline'],
      ]),
    );
    expect(renders).toBe(0);
    // Taken out and put back, then rendered anew once more: still followed.
    const parent = anew.parentElement!;
    anew.remove();
    await new Promise((resolve) => setTimeout(resolve, 10));
    parent.insertBefore(anew, document.querySelector('#article'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    const last = anew.cloneNode() as HTMLElement;
    last.textContent = 'CUDA新闻';
    anew.replaceWith(last);
    await vi.waitFor(() =>
      expect(marked().filter(([, where]) => where === 'headline')).toEqual([['CUDA', 'headline']]),
    );
    expect(renders).toBe(0);
  });

  it('searches a headline the page puts in, or fills in, after a search without it', async () => {
    let renders = 0;
    await start().refresh(stateFor({ renderAgain: () => (renders += 1) }));
    expect(marked().filter(([, where]) => where === 'headline')).toEqual([]);
    // A single-page site renders its title late.
    addHeadline('英伟达与昇腾');
    await vi.waitFor(() =>
      expect(marked().filter(([, where]) => where === 'headline')).toEqual([
        ['英伟达', 'headline'],
        ['昇腾', 'headline'],
      ]),
    );
    // Taken out and put back blank, then filled in: searched again.
    const headline = document.querySelector('#headline')!;
    headline.remove();
    await vi.waitFor(() =>
      expect(marked().filter(([, where]) => where === 'headline')).toEqual([]),
    );
    headline.textContent = '';
    document.querySelector('#article')!.before(headline);
    await new Promise((resolve) => setTimeout(resolve, 400));
    headline.textContent = 'CUDA新闻';
    await vi.waitFor(() =>
      expect(marked().filter(([, where]) => where === 'headline')).toEqual([['CUDA', 'headline']]),
    );
    expect(renders).toBe(0);
  });

  it('marks terms in the headline of a mirror known by its annotations alone', async () => {
    const title = document.title;
    try {
      // Discuz's thread title, and a title cell the document's title names (a table layout).
      for (const [markup, pageTitle] of [
        [
          '<h1 class="ts" id="headline"><span id="thread_subject">英伟达与昇腾</span></h1>',
          '某某论坛',
        ],
        [
          '<table><tr><td class="title" id="headline"><b>英伟达与昇腾的竞赛</b></td></tr></table>',
          '英伟达与昇腾的竞赛 - 某某论坛 - Powered by Discuz!',
        ],
      ] as const) {
        loadPage();
        const parsed = new DOMParser().parseFromString(`<body>${markup}</body>`, 'text/html');
        document
          .querySelector('#article')!
          .before(document.importNode(parsed.body.firstElementChild!, true));
        document.title = pageTitle;
        await start().refresh(stateFor({ netease: 'mirror' }));
        const inHeadline = () =>
          Array.from(
            document.querySelectorAll(`#headline ${TERM_SPAN_SELECTOR}`),
            (span) => span.textContent,
          );
        expect(inHeadline(), markup).toEqual(['英伟达', '昇腾']);
        // Its marks are the page's text: the headline is still the title's, and searched after
        // the page's changes.
        document.querySelector('#article p')!.append('CUDA');
        await vi.waitFor(() =>
          expect(marked().filter(([text]) => text === 'CUDA')).toHaveLength(2),
        );
        expect(inHeadline(), markup).toHaveLength(2);
        layer!.dispose();
        layer = null;
      }
    } finally {
      document.title = title;
    }
  });

  it('marks the whole page when the reader chose it, and on pages that are not NetEase', async () => {
    await start().refresh(stateFor({ settings: { glossaryScope: 'page' } }));
    expect(marked().map(([, where]) => where)).toEqual(['nav', 'article', 'article']);
    await layer!.refresh(stateFor({ netease: null }));
    expect(marked().map(([text]) => text)).toEqual(['英伟达', 'CUDA', '昇腾']);
  });

  it('asks for a render when the page replaces its body, and searches the new one', async () => {
    let renders = 0;
    const state = () => stateFor({ netease: null, renderAgain: () => (renders += 1) });
    await start().refresh(state());
    expect(marked().map(([text]) => text)).toContain('CUDA');
    // A single-page site puts in the next page: a new <body>, nothing changed inside the old.
    const next = document.createElement('body');
    const p = document.createElement('p');
    p.id = 'next';
    p.textContent = '英伟达发布新的芯片';
    next.append(p);
    document.documentElement.replaceChild(next, document.body);
    await vi.waitFor(() => expect(renders).toBe(1));
    // The session renders again; the search looks at the new body.
    await layer!.refresh(state());
    expect(marked()).toEqual([['英伟达', 'next']]);
  });

  it('marks each term once, where it first appears, when the reader chose so', async () => {
    const again = document.createElement('p');
    again.textContent = 'CUDA 又出现了，昇騰也是，CUDA 第三次。';
    document.querySelector('#article')!.append(again);
    await start().refresh(stateFor({ settings: { glossaryMarks: 'first' } }));
    expect(marked().map(([text]) => text)).toEqual(['CUDA', '昇腾']);
    expect(layer!.stats!().termsFound).toBe(2);
    // Every occurrence again, at the next render.
    await layer!.refresh(stateFor({ settings: { glossaryMarks: 'every' } }));
    expect(marked().map(([text]) => text)).toEqual(['CUDA', '昇腾', 'CUDA', '昇騰', 'CUDA']);
  });

  it('finds no term inside the pack’s blockers (上海光机所 is not Hygon)', async () => {
    const p = document.createElement('p');
    p.id = 'lab';
    p.textContent = '上海光机所的研究员评价海光芯片';
    document.body.append(p);
    layer = createGlossaryLayer({
      builtIn: [term('hygon', '海光', '海光')],
      fetchSnapshot: background({ revision: 0, terms: [] }).fetchSnapshot,
      highlightRegistry: null,
    });
    await layer.refresh(stateFor({ netease: null }));
    expect(marked()).toEqual([['海光', 'lab']]);
    expect(p.textContent).toBe('上海光机所的研究员评价海光芯片');
  });

  it('leaves out built-in terms the reader turned off', async () => {
    await start().refresh(stateFor({ settings: { disabledBuiltInTerms: ['cuda'] } }));
    expect(marked()).toEqual([['昇腾', 'article']]);
  });

  it('asks for the user glossary once, then follows storage changes without asking again', async () => {
    const { fetchSnapshot } = background({
      revision: 4,
      terms: [term('blue-whale', '蓝鲸引擎', '藍鯨引擎')],
    });
    await start(fetchSnapshot).refresh(stateFor({ netease: null }));
    expect(fetchSnapshot).toHaveBeenCalledTimes(1);
    expect(fetchSnapshot).toHaveBeenCalledWith(UNKNOWN_REVISION);
    expect(marked().map(([text]) => text)).toContain('蓝鲸引擎');

    await layer!.refresh(stateFor({ netease: null }));
    expect(fetchSnapshot).toHaveBeenCalledTimes(1);

    // The options page saves a new revision: the open page follows at once.
    await fakeBrowser.storage.local.set({
      userGlossary: { revision: 5, terms: [term('footer-word', '英伟达新闻', '英偉達新聞')] },
    });
    await vi.waitFor(() => expect(marked().map(([text]) => text)).toContain('英伟达新闻'));
    expect(marked().map(([text]) => text)).not.toContain('蓝鲸引擎');
    expect(fetchSnapshot).toHaveBeenCalledTimes(1);
  });

  it('finds terms in content the page adds, once it settles, and not in its own marks', async () => {
    await start().refresh(stateFor());
    const before = marked().length;
    const added = document.createElement('p');
    added.append('英伟达的CUDA');
    document.querySelector('#article')!.append(added);
    await vi.waitFor(() => expect(marked().length).toBe(before + 2));
    // Marking changed the DOM (spans); that must not start another search.
    const spans = document.querySelectorAll(TERM_SPAN_SELECTOR);
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(document.querySelectorAll(TERM_SPAN_SELECTOR)[0]).toBe(spans[0]);
  });

  it('tells the session when a search of its own finds other terms, so the tab reports them', async () => {
    let told = 0;
    const state = stateFor({ countsChanged: () => (told += 1) });
    await start().refresh(state);
    expect(layer!.stats!().termsFound).toBe(2);
    told = 0;
    // The page adds a paragraph with a term not on it before (英伟达), and one with terms it has.
    const added = document.createElement('p');
    added.append('英伟达的CUDA');
    document.querySelector('#article')!.append(added);
    await vi.waitFor(() => expect(layer!.stats!().termsFound).toBe(3));
    expect(told).toBe(1);
    const again = document.createElement('p');
    again.append('昇腾');
    document.querySelector('#article')!.append(again);
    await vi.waitFor(() => expect(marked().filter(([text]) => text === '昇腾')).toHaveLength(2));
    // The same terms, more often: nothing new to report.
    expect(layer!.stats!().termsFound).toBe(3);
    expect(told).toBe(1);
  });

  it('finds terms in a part the page shows by taking its hidden attribute away', async () => {
    const panel = document.createElement('div');
    panel.hidden = true;
    panel.append('英伟达的CUDA');
    document.querySelector('#article')!.append(panel);
    await start().refresh(stateFor());
    const before = marked().length;
    panel.hidden = false;
    await vi.waitFor(() => expect(marked().length).toBe(before + 2));
  });

  it('still looks at a page that never stops changing, about once a second', async () => {
    await start().refresh(stateFor());
    const ticker = document.createElement('p');
    ticker.append('0');
    document.querySelector('#article')!.append(ticker);
    const added = document.createElement('p');
    added.append('英伟达');
    document.querySelector('#article')!.append(added);
    const started = Date.now();
    let seenAt: number | null = null;
    // A change every 40 ms, for 1.6 s: a plain debounce would never fire.
    for (let tick = 1; tick <= 40; tick++) {
      await new Promise((resolve) => setTimeout(resolve, 40));
      (ticker.firstChild as Text).data = String(tick);
      if (seenAt === null && marked().some(([text]) => text === '英伟达')) seenAt = Date.now();
    }
    expect(seenAt).not.toBeNull();
    expect(seenAt! - started).toBeLessThan(1_500);
  });

  it('restores the page exactly when the glossary is turned off, and takes everything away on dispose', async () => {
    const serialize = () => new XMLSerializer().serializeToString(document.body);
    const pristine = serialize();
    const sheetsBefore = document.adoptedStyleSheets.length;
    await start().refresh(stateFor());
    expect(marked().length).toBeGreaterThan(0);
    expect(document.adoptedStyleSheets.length).toBe(sheetsBefore + 1);

    await layer!.refresh(stateFor({ glossaryEnabled: false }));
    expect(serialize()).toBe(pristine);
    expect(layer!.stats!().termsFound).toBe(0);
    // The adopted sheet stays, styling nothing, until dispose: taking it off restyles the
    // whole page (see `unmark`).
    expect(document.adoptedStyleSheets.length).toBe(sheetsBefore + 1);

    await layer!.refresh(stateFor());
    expect(marked().length).toBeGreaterThan(0);
    expect(document.adoptedStyleSheets.length).toBe(sheetsBefore + 1);
    layer!.dispose();
    layer = null;
    expect(serialize()).toBe(pristine);
    expect(document.querySelector('[data-jianfan-ui]')).toBeNull();
    expect(document.adoptedStyleSheets.length).toBe(sheetsBefore);
  });

  it('stops a search in progress when a newer change is waiting, and not otherwise', async () => {
    const article = document.querySelector('#article')!;
    for (let i = 0; i < 60; i++) {
      const paragraph = document.createElement('p');
      paragraph.textContent = `第${i}段：CUDA。`;
      article.append(paragraph);
    }
    /** Searches the page; with `interruptAt`, a newer change comes at that slice's end. */
    const search = async (interruptAt?: number) => {
      let yields = 0;
      let clock = 0;
      const searching = createGlossaryLayer({
        builtIn: BUILT_IN,
        fetchSnapshot: background({ revision: 0, terms: [] }).fetchSnapshot,
        highlightRegistry: null,
        // Every paragraph takes a whole slice, so the search yields after each.
        now: () => (clock += 20),
        yieldToPage: async () => {
          yields++;
          if (yields === interruptAt) searching.interrupt!();
          await new Promise((resolve) => setTimeout(resolve, 0));
        },
      });
      layer = searching;
      await searching.refresh(stateFor());
      searching.dispose();
      layer = null;
      return yields;
    };

    expect(await search()).toBeGreaterThanOrEqual(60);
    expect(await search(3)).toBe(3);
  });

  it('still marks the built-in terms when the background does not answer', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await start(() => Promise.reject(new Error('no background'))).refresh(stateFor());
    expect(marked().map(([text]) => text)).toEqual(['CUDA', '昇腾']);
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  /**
   * A layer over a page with `paragraphs` more paragraphs of terms, on a clock that reads 1 ms
   * later each time (a slice of 12 ms covers a few runs of text), whose pauses between slices
   * wait until the test resumes them.
   */
  function startSliced(paragraphs: number, text: (i: number) => string, { pageTurnMs = 0 } = {}) {
    const article = document.querySelector('#article')!;
    for (let i = 0; i < paragraphs; i++) {
      const p = document.createElement('p');
      p.append(text(i));
      article.append(p);
    }
    let clock = 0;
    const pauses = { taken: 0, waiting: [] as (() => void)[] };
    const slices: number[] = [];
    layer = createGlossaryLayer({
      builtIn: BUILT_IN,
      fetchSnapshot: background({ revision: 0, terms: [] }).fetchSnapshot,
      highlightRegistry: null,
      now: () => clock++,
      yieldToPage: () =>
        new Promise<void>((resolve) => {
          pauses.taken += 1;
          pauses.waiting.push(() => {
            clock += pageTurnMs;
            resolve();
          });
        }),
      onSlice: (ms) => slices.push(ms),
    });
    return { layer, pauses, slices };
  }

  it('times each slice of its search, from its start to its pause, not the page’s turns', async () => {
    const { layer, pauses, slices } = startSliced(300, (i) => `第${i}段：CUDA 与昇腾。`, {
      pageTurnMs: 1_000,
    });
    const refreshed = layer.refresh(stateFor());
    await vi.waitFor(() => expect(pauses.waiting.length).toBe(1));
    while (pauses.waiting.length > 0) {
      pauses.waiting.shift()!();
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    await refreshed;
    expect(pauses.taken).toBeGreaterThan(10);
    // A slice before each pause, and the last one after it.
    expect(slices).toHaveLength(pauses.taken + 1);
    expect(Math.min(...slices)).toBeGreaterThan(0);
    expect(Math.max(...slices)).toBeLessThan(1_000);
  });

  it('searches a long page in slices, giving the page a turn between them', async () => {
    const { layer, pauses } = startSliced(300, (i) => `第${i}段：CUDA 与昇腾。`);
    const refreshed = layer.refresh(stateFor());
    await vi.waitFor(() => expect(pauses.waiting.length).toBe(1));
    // The first slice marked the first paragraphs only, and they show already.
    const early = marked().length;
    expect(early).toBeGreaterThan(0);
    expect(early).toBeLessThan(2 * 301);
    while (pauses.waiting.length > 0) {
      pauses.waiting.shift()!();
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    await refreshed;
    expect(pauses.taken).toBeGreaterThan(10);
    expect(marked().length).toBe(2 * 301);
    expect(layer.stats!().termsFound).toBe(2);
  });

  it('shows what a long search finds after its first slice, then about once a second, not after every slice', async () => {
    const { layer, pauses } = startSliced(600, (i) => `第${i}段：CUDA 与昇腾。`);
    const refreshed = layer.refresh(stateFor());
    await vi.waitFor(() => expect(pauses.waiting.length).toBe(1));
    const counts = [marked().length];
    while (pauses.waiting.length > 0) {
      pauses.waiting.shift()!();
      await new Promise((resolve) => setTimeout(resolve, 0));
      counts.push(marked().length);
    }
    await refreshed;
    counts.push(marked().length);
    const shows = counts.filter((count, i) => i === 0 || count !== counts[i - 1]).length;
    // The clock moves one millisecond per reading: thousands of readings, a few shows.
    expect(counts[0]).toBeGreaterThan(0);
    expect(pauses.taken).toBeGreaterThan(30);
    expect(shows).toBeGreaterThanOrEqual(2);
    expect(shows).toBeLessThan(pauses.taken / 10);
    expect(marked().length).toBe(2 * 601);
  });

  it('keeps the marks shown while the page’s own change is searched again, then swaps them', async () => {
    // The Highlight API, as in the browsers: a highlight is a set of ranges in a registry.
    class FakeHighlight extends Set<AbstractRange> {
      constructor(...ranges: AbstractRange[]) {
        super(ranges);
      }
    }
    vi.stubGlobal('Highlight', FakeHighlight);
    const registry = new Map<string, FakeHighlight>();
    const article = document.querySelector('#article')!;
    for (let i = 0; i < 300; i++) {
      const p = document.createElement('p');
      p.append(`第${i}段：CUDA 与昇腾。`);
      article.append(p);
    }
    const ticker = document.createElement('p');
    ticker.append('0');
    article.append(ticker);
    let clock = 0;
    const waiting: (() => void)[] = [];
    layer = createGlossaryLayer({
      builtIn: BUILT_IN,
      fetchSnapshot: background({ revision: 0, terms: [] }).fetchSnapshot,
      highlightRegistry: registry,
      now: () => clock++,
      yieldToPage: () => new Promise<void>((resolve) => waiting.push(resolve)),
    });
    const shown = () => registry.get('jianfan-term')?.size ?? 0;
    const drain = async () => {
      while (waiting.length > 0) {
        waiting.shift()!();
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
    };
    const refreshed = layer.refresh(stateFor());
    await vi.waitFor(() => expect(waiting.length).toBe(1));
    await drain();
    await refreshed;
    expect(shown()).toBe(2 * 301);
    const first = registry.get('jianfan-term');
    // The page's ticker moves: the search runs again, in slices.
    ticker.firstChild!.textContent = '1';
    await vi.waitFor(() => expect(waiting.length).toBe(1), { timeout: 3_000 });
    // Every mark stays while it runs…
    for (let slice = 0; slice < 5 && waiting.length > 0; slice++) {
      expect(shown()).toBe(2 * 301);
      waiting.shift()!();
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    await drain();
    // …and its finds take their place.
    await vi.waitFor(() => expect(registry.get('jianfan-term')).not.toBe(first));
    expect(shown()).toBe(2 * 301);
    vi.unstubAllGlobals();
  });

  it('stops a search in progress when the page text is about to change, and leaves no marks', async () => {
    const pristine = () => new XMLSerializer().serializeToString(document.body);
    const { layer, pauses } = startSliced(100, (i) => `第${i}段：CUDA。`);
    const before = pristine();
    const refreshed = layer.refresh(stateFor());
    await vi.waitFor(() => expect(pauses.waiting.length).toBe(1));
    expect(marked().length).toBeGreaterThan(0);
    layer.suspend!();
    expect(marked()).toEqual([]);
    expect(pristine()).toBe(before);
    pauses.waiting.shift()!();
    await refreshed;
    // The stopped search marks nothing more.
    expect(marked()).toEqual([]);
    expect(pauses.waiting).toEqual([]);
  });
});
