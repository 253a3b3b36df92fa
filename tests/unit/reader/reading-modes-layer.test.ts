import * as OpenCC from 'opencc-js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PageLayer, PageState } from '../../../entrypoints/reader/layers.ts';
import type { PageConverter } from '../../../utils/convert/page-converter.ts';
import type { Target } from '../../../utils/convert/target.ts';
import { ParallelView } from '../../../utils/modes/parallel.ts';
import { defaultSettings, type ReadingMode } from '../../../utils/settings/schema.ts';
import {
  createConverter,
  documentWithBody,
  fixturePage,
  serialize,
  sharedPage,
  sleep,
  waitFor,
} from '../convert/helpers.ts';

// The reading modes layer driven the way the session drives it: convert (or restore), then
// refresh every layer with the state now shown.

vi.mock('wxt/browser', async () => {
  const { fakeBrowser: fake } = await import('wxt/testing/fake-browser');
  return { browser: fake };
});

const { createReadingModesLayer } = await import('../../../entrypoints/reader/reading-modes.ts');

const twToCn = OpenCC.Converter({ from: 'tw', to: 'cn' });
const COMPANION = 'jianfan-companion[data-jianfan-ui="companion"]';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function setup(
  doc: Document = fixturePage('reading-structure.html'),
  articleRootOf = (page: Document) => page.getElementById('lead')!.parentElement,
  target: Target = 'cn',
  neteaseKind: PageState['netease']['kind'] = null,
) {
  const converter: PageConverter = createConverter(doc);
  const layer: PageLayer = createReadingModesLayer();
  /** What the layer asked of the session: renders again. */
  const renders = { asked: 0 };
  cleanups.push(() => {
    layer.dispose();
    converter.dispose();
  });
  const state = (readingMode: ReadingMode, enabled = true): PageState => ({
    document: doc,
    url: 'https://example.com/article.html',
    settings: defaultSettings(),
    target,
    regionalVocabulary: false,
    converting: enabled && readingMode !== 'original',
    readingMode,
    glossaryEnabled: false,
    netease: {
      kind: neteaseKind,
      signals: [],
      articleRoot: null,
      preformattedArticle: false,
      title: null,
    },
    articleRoot: articleRootOf(doc),
    converter,
    loadKit: async () => {},
    renderAgain: () => {
      renders.asked += 1;
    },
    countsChanged: () => {},
  });
  /** One render of the session. */
  async function render(readingMode: ReadingMode, enabled = true): Promise<PageState> {
    const shown = state(readingMode, enabled);
    if (shown.converting) await converter.convert({ target });
    else converter.restore();
    await layer.refresh(shown);
    await sleep(20); // the converter's batches
    return shown;
  }
  return { doc, converter, layer, render, renders };
}

describe('the reading modes layer', () => {
  it('parallel shows companions in the article; converted, peek and original add nothing', async () => {
    const { doc, render } = setup();
    await render('converted');
    expect(doc.querySelector(COMPANION)).toBeNull();
    await render('parallel');
    const closing = doc.getElementById('closing')!;
    expect(closing.querySelector(COMPANION)?.textContent).toBe(
      twToCn('總而言之，這個領域仍然值得關注。'),
    );
    expect(closing.firstChild?.textContent).toBe('總而言之，這個領域仍然值得關注。');
    // The header is outside the article: converted in place.
    expect(doc.getElementById('site-name')!.textContent).toBe(twToCn('科技週報'));
    await render('peek');
    expect(doc.querySelector(COMPANION)).toBeNull();
    await render('original');
    expect(doc.querySelector(COMPANION)).toBeNull();
  });

  it('asks for a render when the page replaces the article, and shows the new one in parallel', async () => {
    const { doc, render, renders } = setup();
    await render('parallel');
    const article = doc.getElementById('lead')!.parentElement!;
    // A single-page site puts in the next article.
    const next = doc.createElement(article.localName);
    const lead = doc.createElement('p');
    lead.id = 'lead';
    lead.textContent = '下一篇文章的導語：這個國家的發展。';
    next.append(lead);
    article.replaceWith(next);
    await waitFor(() => renders.asked === 1);
    await render('parallel');
    expect(lead.querySelector(COMPANION)?.textContent).toBe(
      twToCn('下一篇文章的導語：這個國家的發展。'),
    );
  });

  it('pairs a headline the page renders anew without a render of the session', async () => {
    const cnToTw = OpenCC.Converter({ from: 'cn', to: 'tw' });
    const { doc, render, renders } = setup(
      sharedPage('a.netease.html'),
      (page) => page.querySelector('.post_body'),
      'tw',
      'netease',
    );
    await render('parallel');
    const old = doc.querySelector('h1.post_title')!;
    expect(old.querySelector(COMPANION)).not.toBeNull();
    // A framework renders the title anew, the article staying as it is.
    const fresh = doc.createElement('h1');
    fresh.className = 'post_title';
    fresh.textContent = '这个国家的新闻标题';
    old.replaceWith(fresh);
    await waitFor(() => fresh.querySelector(COMPANION) !== null);
    await sleep(30); // the converter's batch
    expect(fresh.querySelector(COMPANION)?.textContent).toBe(cnToTw('这个国家的新闻标题'));
    expect(fresh.firstChild?.textContent).toBe('这个国家的新闻标题');
    expect(old.querySelector(COMPANION)).toBeNull();
    // No render: the glossary's marks stay where they are.
    await sleep(20);
    expect(renders.asked).toBe(0);
    // The article itself replaced asks for one, as before.
    doc.querySelector('.post_body')!.remove();
    await waitFor(() => renders.asked === 1);
  });

  it('shows an article the page adds beside the one it chose (infinite scroll) in parallel too', async () => {
    const doc = documentWithBody(
      '<div id="feed"><article id="a1"><h2>第一篇報導</h2><p id="p1">這個國家的經濟發展值得關注。</p></article></div>',
    );
    const { render, renders } = setup(doc, (page) => page.getElementById('p1'));
    // Each choice of the roots shows the view with them.
    const rootChoices = vi.spyOn(ParallelView.prototype, 'show');
    cleanups.push(() => rootChoices.mockRestore());
    await render('parallel');
    expect(rootChoices).toHaveBeenCalledTimes(1);
    expect(doc.querySelector(`#p1 > ${COMPANION}`)?.textContent).toBe(
      twToCn('這個國家的經濟發展值得關注。'),
    );
    const feed = doc.getElementById('feed')!;
    // Other changes to the feed (not an article) beside the lone article choose nothing again.
    feed.append(doc.createElement('div'));
    await sleep(20);
    expect(rootChoices).toHaveBeenCalledTimes(1);
    // The page loads the next post below the first.
    const next = doc.createElement('article');
    next.id = 'a2';
    const paragraph = doc.createElement('p');
    paragraph.textContent = '下一篇報導：記憶體產業的發展很快。';
    next.append(paragraph);
    feed.append(next);
    await waitFor(() => paragraph.querySelector(COMPANION) !== null);
    await sleep(30); // the converter's batch
    expect(rootChoices).toHaveBeenCalledTimes(2);
    expect(paragraph.querySelector(COMPANION)?.textContent).toBe(
      twToCn('下一篇報導：記憶體產業的發展很快。'),
    );
    expect(paragraph.firstChild?.textContent).toBe('下一篇報導：記憶體產業的發展很快。');
    // Without a render of the whole session, and the first post keeps its one companion.
    expect(renders.asked).toBe(0);
    expect(doc.querySelectorAll(`#p1 > ${COMPANION}`)).toHaveLength(1);
  });

  it('tells Hong Kong text from Taiwan text in the original, its companion and the peek card', async () => {
    const hkToTw = OpenCC.Converter({ from: 'hk', to: 'tw' });
    const text = '這裏的温度很高，衞生綫路。';
    const { doc, layer, render } = setup(
      documentWithBody(`<main><p id="lead"><a id="link" href="#">${text}</a></p></main>`, 'zh-HK'),
      undefined,
      'tw',
    );
    const original = serialize(doc);
    const shown = await render('converted');
    expect(doc.documentElement.getAttribute('lang')).toBe('zh-Hant');
    (doc.getElementById('link') as HTMLElement).focus();
    await layer.command?.('peek-focused', shown);
    const card = doc
      .querySelector('jianfan-peek[data-jianfan-ui="peek"]')
      ?.shadowRoot?.querySelector('[role="tooltip"] .text');
    expect(card?.textContent).toBe(text);
    expect(card?.getAttribute('lang')).toBe('zh-Hant-HK');
    await render('parallel');
    const lead = doc.getElementById('lead')!;
    expect(lead.querySelector(COMPANION)?.textContent).toBe(hkToTw(text));
    expect(lead.querySelector(COMPANION)?.getAttribute('lang')).toBe('zh-Hant');
    expect(lead.getAttribute('lang')).toBe('zh-Hant-HK');
    await render('original');
    expect(serialize(doc)).toBe(original);

    // The other way: a Taiwan page read in Hong Kong's forms.
    const twToHk = OpenCC.Converter({ from: 'tw', to: 'hk' });
    const taiwan = setup(
      documentWithBody('<main><p id="lead">這裡的溫度很高，衛生線路。</p></main>', 'zh-TW'),
      undefined,
      'hk',
    );
    const served = serialize(taiwan.doc);
    await taiwan.render('parallel');
    const twLead = taiwan.doc.getElementById('lead')!;
    expect(taiwan.doc.documentElement.getAttribute('lang')).toBe('zh-Hant-HK');
    expect(twLead.querySelector(COMPANION)?.textContent).toBe(twToHk('這裡的溫度很高，衛生線路。'));
    expect(twLead.querySelector(COMPANION)?.getAttribute('lang')).toBe('zh-Hant-HK');
    expect(twLead.getAttribute('lang')).toBe('zh-Hant');
    await taiwan.render('original');
    expect(serialize(taiwan.doc)).toBe(served);
  });

  it('cycling through every mode and back gives the same page, byte for byte', async () => {
    const { doc, render } = setup();
    const original = serialize(doc);
    await render('converted');
    const converted = serialize(doc);
    await render('parallel');
    expect(serialize(doc)).not.toBe(converted);
    await render('peek');
    expect(serialize(doc)).toBe(converted);
    await render('original');
    expect(serialize(doc)).toBe(original);
    await render('converted');
    expect(serialize(doc)).toBe(converted);
    await render('parallel');
    await render('converted');
    expect(serialize(doc)).toBe(converted);
    await render('parallel');
    await render('parallel', false); // conversion turned off in the popup
    expect(serialize(doc)).toBe(original);
  });

  it('peek-focused shows the focused paragraph in a card, in the converted and peek modes', async () => {
    const { doc, layer, render } = setup();
    const shown = await render('converted');
    (doc.getElementById('design-link') as HTMLElement).focus();
    await layer.command?.('peek-focused', shown);
    const host = doc.querySelector('jianfan-peek[data-jianfan-ui="peek"]');
    const card = host?.shadowRoot?.querySelector('[role="tooltip"]');
    expect(card?.querySelector('.text')?.textContent).toBe(
      '記者陳曉華報導：近年來，國產晶片的設計能力持續提升，業界戲稱為乾隆盛世。',
    );
    // Parallel mode shows the original already: the card goes, and the command does nothing.
    const parallel = await render('parallel');
    expect(doc.querySelector('jianfan-peek')).toBeNull();
    await layer.command?.('peek-focused', parallel);
    expect(doc.querySelector('jianfan-peek')).toBeNull();
  });

  it('dispose takes everything away', async () => {
    const { doc, converter, layer, render } = setup();
    await render('converted');
    const converted = serialize(doc);
    await render('parallel');
    layer.dispose();
    await sleep(20);
    expect(serialize(doc)).toBe(converted);
    expect(doc.adoptedStyleSheets).toHaveLength(0);
    converter.restore();
  });

  it('starts nothing again once disposed: a late refresh or command leaves no card', async () => {
    const { doc, layer, render } = setup();
    const shown = await render('peek');
    layer.dispose();
    await layer.refresh(shown);
    (doc.getElementById('design-link') as HTMLElement).focus();
    await layer.command?.('peek-focused', shown);
    await render('parallel');
    expect(doc.querySelector('jianfan-peek')).toBeNull();
    expect(doc.querySelectorAll(COMPANION)).toHaveLength(0);
  });
});
