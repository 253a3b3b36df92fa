import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageState } from '../../../entrypoints/reader/layers.ts';
import type { PageConverter } from '../../../utils/convert/page-converter.ts';
import { detectNeteasePage } from '../../../utils/detect/netease.ts';
import { TERM_SPAN_SELECTOR } from '../../../utils/glossary/highlight.ts';
import { defaultSettings, type GlossaryScope } from '../../../utils/settings/schema.ts';
import { MIRROR_URL, neteaseUrl, readShared } from '../netease/fixtures.ts';

// The glossary layer on the shared fixtures, with the built-in pack, in happy-dom (no Highlight
// API: terms are marked with spans, so what was found shows in the DOM). The NetEase Hao notice
// is not the article's: NetEase keeps it beside `.post_body`, the mirror copies it into its
// article's block; neither has its terms (视频, 用户, 信息) marked unless the whole page is.

vi.mock('wxt/browser', async () => {
  const { fakeBrowser: fake } = await import('wxt/testing/fake-browser');
  return { browser: fake };
});

const { createGlossaryLayer } = await import('../../../entrypoints/glossary/layer.ts');

let layer: ReturnType<typeof createGlossaryLayer> | null = null;

beforeEach(() => fakeBrowser.reset());

afterEach(() => {
  layer?.dispose();
  layer = null;
  document.body.replaceChildren();
});

/** Puts a fixture page's body into the test document; its verdict and notice's blocks. */
function loadFixture(kind: 'netease' | 'mirror') {
  const parsed = new DOMParser().parseFromString(readShared(`a.${kind}.html`), 'text/html');
  document.body.replaceChildren(
    ...Array.from(parsed.body.childNodes, (node) => document.importNode(node, true)),
  );
  const url = kind === 'netease' ? neteaseUrl('a') : MIRROR_URL;
  const verdict = detectNeteasePage({ document, url });
  const notice = [...document.querySelectorAll('p')].filter((p) =>
    /^(特別聲明|特别声明|Notice:)/.test(p.textContent!.trim()),
  );
  expect(notice).toHaveLength(2);
  return { url, verdict, notice };
}

function stateFor(
  { url, verdict }: ReturnType<typeof loadFixture>,
  glossaryScope: GlossaryScope,
): PageState {
  return {
    document,
    url,
    settings: { ...defaultSettings(), glossaryScope },
    target: 'tw',
    regionalVocabulary: false,
    converting: false,
    readingMode: 'converted',
    glossaryEnabled: true,
    netease: verdict,
    articleRoot: verdict.articleRoot,
    converter: {} as PageConverter,
    loadKit: async () => {},
    renderAgain: () => {},
    countsChanged: () => {},
  };
}

function start() {
  layer = createGlossaryLayer({
    fetchSnapshot: async () => ({ revision: 0, terms: [] }),
    highlightRegistry: null,
  });
  return layer;
}

/** The marked terms' text inside `blocks`. */
function markedIn(blocks: readonly Element[]): string[] {
  return Array.from(document.querySelectorAll(TERM_SPAN_SELECTOR))
    .filter((span) => blocks.some((block) => block.contains(span)))
    .map((span) => span.textContent ?? '');
}

describe('glossary layer and the NetEase Hao notice', () => {
  it('marks no term in the notice on NetEase’s page nor on the mirror, and the article’s terms, unless the whole page is asked for', async () => {
    for (const kind of ['netease', 'mirror'] as const) {
      const page = loadFixture(kind);
      const article = page.verdict.articleRoot!;
      const paragraphs = [...article.querySelectorAll('p')].filter((p) => !page.notice.includes(p));
      await start().refresh(stateFor(page, 'article'));
      expect(markedIn(page.notice), kind).toEqual([]);
      const articleMarks = markedIn(paragraphs);
      expect(articleMarks.length).toBeGreaterThan(30);
      await layer!.refresh(stateFor(page, 'page'));
      expect(markedIn(page.notice)).toEqual(
        kind === 'netease' ? ['视频', '用户', '信息'] : ['視頻', '用戶', '信息'],
      );
      expect(markedIn(paragraphs)).toEqual(articleMarks);
      layer!.dispose();
      layer = null;
    }
  });

  it('watches the mirror’s article as one, though it is searched block by block around the notice', async () => {
    const page = loadFixture('mirror');
    const article = page.verdict.articleRoot!;
    const observe = vi.spyOn(MutationObserver.prototype, 'observe');
    await start().refresh(stateFor(page, 'article'));
    const targets = observe.mock.calls.map(([target]) => target);
    observe.mockRestore();
    expect(targets).toContain(article);
    // Each block watched again on its own would be one observer more per paragraph, each
    // called for every change around the article.
    expect(targets.filter((target) => target !== article && article.contains(target))).toEqual([]);
  });

  it('searches a paragraph the mirror puts in before the notice, and still not the notice', async () => {
    const page = loadFixture('mirror');
    await start().refresh(stateFor(page, 'article'));
    const added = document.createElement('p');
    added.textContent = '英偉達隨後也發表了聲明。';
    page.notice[0]!.before(added);
    await vi.waitFor(() => expect(markedIn([added])).toEqual(['英偉達']));
    expect(markedIn(page.notice)).toEqual([]);
  });
});
