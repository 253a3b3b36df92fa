import { describe, expect, it } from 'vitest';
import { markPreformattedArticle } from '../../../utils/convert/dom-rules.ts';
import {
  DEFAULT_LOST_SPAN_TEXT,
  LOST_SPAN_CLASS,
  collectTextRuns,
  repairDocument,
} from '../../../utils/repair/dom-repair.ts';
import {
  ARTICLES,
  paragraphs,
  parseHtml,
  readShared,
  snapshotTree,
  titles,
} from '../netease/fixtures.ts';

function body(markup: string, title = ''): Document {
  return parseHtml(
    `<!DOCTYPE html><html><head><title>${title}</title></head><body>${markup}</body></html>`,
  );
}

/** Enough mirror annotations to pass the page threshold. */
const ANNOTATED = '<p>中國(guó)市場(chǎng)的產(chǎn)能</p>';

describe('repairDocument on the shared mirror pages', () => {
  const titleRows = new Map(titles().map((row) => [row.article, row]));
  for (const article of ARTICLES) {
    it(`repairs ${article}.mirror.html in place and undoes it exactly`, () => {
      const document = parseHtml(readShared(`${article}.mirror.html`));
      const snapshot = snapshotTree(document);
      const serialized = new XMLSerializer().serializeToString(document);

      const repair = repairDocument({ document });
      expect(repair.stats.repaired).toBe(true);
      expect(repair.stats.annotationsFound).toBeGreaterThan(100);
      expect(repair.stats.runsRepaired).toBe(article === 'a' ? 1 : 2);
      expect(repair.stats.spansLost).toBe(article === 'a' ? 1 : 0);

      const expected = paragraphs(readShared(`${article}.expected_repair.traditional.txt`));
      const shown = [...document.querySelectorAll('div.entry-content > p')];
      expected.forEach((want, index) => {
        const text = shown[index]?.textContent ?? '';
        const placeholder = shown[index]?.querySelector(`.${LOST_SPAN_CLASS}`);
        if (article === 'a' && index === 1) {
          // NOTES.md G1: `，因` cannot be computed; the page shows a marker there.
          expect(placeholder).not.toBeNull();
          const [head = '', tail = ''] = want.split(',因');
          expect(text).toBe(`${head}${DEFAULT_LOST_SPAN_TEXT.marker}${tail}`);
        } else {
          expect(placeholder).toBeNull();
          expect(text).toBe(want);
        }
      });
      // The title (<h1> and <title>), and the corrupted headlines in the sidebar.
      const row = titleRows.get(article);
      expect(document.querySelector('h1.entry-title')?.textContent).toBe(row?.expectedRepair);
      expect(document.title).toBe(`${row?.expectedRepair} – 科技速遞`);
      expect(document.querySelector('aside')?.textContent).not.toMatch(
        /\([a-zǎāáàōóǒòūúǔùīíǐìēéěè]+\)/u,
      );

      repair.undo();
      expect(snapshotTree(document)).toBe(snapshot);
      expect(new XMLSerializer().serializeToString(document)).toBe(serialized);
      repair.undo();
      expect(snapshotTree(document)).toBe(snapshot);
    });
  }

  it('leaves the clean NetEase pages alone', () => {
    const document = parseHtml(readShared('b.netease.html'));
    const snapshot = snapshotTree(document);
    const repair = repairDocument({ document });
    expect(repair.stats).toEqual({
      annotationsFound: 0,
      repaired: false,
      annotationsRemoved: 0,
      runsRepaired: 0,
      spansLost: 0,
    });
    expect(snapshotTree(document)).toBe(snapshot);
  });
});

describe('repairDocument rules', () => {
  it('applies the threshold to the whole page, title included', () => {
    const few = body('<p>中國(guó)</p><p>市場(chǎng)</p>');
    expect(repairDocument({ document: few }).stats).toMatchObject({
      annotationsFound: 2,
      repaired: false,
    });
    expect(few.body.textContent).toBe('中國(guó)市場(chǎng)');

    const withTitle = body('<p>中國(guó)</p><p>市場(chǎng)</p>', '產(chǎn)能');
    const repair = repairDocument({ document: withTitle });
    expect(repair.stats).toMatchObject({
      annotationsFound: 3,
      repaired: true,
      annotationsRemoved: 3,
    });
    expect(withTitle.body.textContent).toBe('中國市場');
    expect(withTitle.title).toBe('產能');
  });

  it('leaves a pinyin lesson in Traditional alone: the mirror annotates every listed character', () => {
    const lesson =
      '<p>長(cháng)：長度；長(zhǎng)：長大。國(guó)家、時(shí)間、來(lái)回、會(huì)議。' +
      '讀作長(?zhǎng)還是長(?cháng)？國家的國，時間的時，會議的會，來回的來。</p>';
    const document = body(lesson);
    const before = document.body.textContent;
    const repair = repairDocument({ document });
    expect(repair.stats.annotationsFound).toBeGreaterThanOrEqual(3);
    expect(repair.stats.repaired).toBe(false);
    expect(document.body.textContent).toBe(before);
    // The same annotations, each character written with its annotation, are a mirror's.
    const mirror = body(
      '<p>國(guó)家、時(shí)間、來(lái)回、會(huì)議。</p><p>網站的選單：國際 時事 會員</p>',
    );
    expect(repairDocument({ document: mirror }).stats.repaired).toBe(true);
  });

  it('repairs a page without NetEase signs only where a garbled run decodes', () => {
    // A quiz writes the run marker (長(?zhǎng)) that only a byte misalignment leaves in a mirror.
    const quiz = body('<p>國(guó)家、時(shí)間、會(huì)議，讀作長(?zhǎng)還是長(?cháng)？</p>');
    const before = quiz.body.textContent;
    expect(repairDocument({ document: quiz, requireDecodedRun: true }).stats.repaired).toBe(false);
    expect(quiz.body.textContent).toBe(before);
    const mirror = body(`${ANNOTATED}<p>業者表示，這是因?yàn)镃UDA的生態</p>`);
    const repair = repairDocument({ document: mirror, requireDecodedRun: true });
    expect(repair.stats.repaired).toBe(true);
    expect(repair.stats.runsRepaired).toBeGreaterThan(0);
  });

  it('takes the threshold as a parameter', () => {
    const document = body(ANNOTATED);
    expect(repairDocument({ document, minAnnotations: 4 }).stats.repaired).toBe(false);
    expect(repairDocument({ document, minAnnotations: 1 }).stats.repaired).toBe(true);
  });

  it('finds annotations and runs split from their characters by inline markup', () => {
    const document = body(
      `${ANNOTATED}<p>中<b>國</b>(guó)與<a href="#">內(n</a>èi)容</p><p>是因?yàn<i>)镃</i>UDA</p>`,
    );
    const repair = repairDocument({ document });
    const [, split, run] = [...document.querySelectorAll('p')];
    expect(split?.textContent).toBe('中國與內容');
    expect(split?.querySelector('b')?.textContent).toBe('國');
    expect(run?.textContent).toBe('是因為CUDA');
    expect(repair.stats.runsRepaired).toBe(1);
  });

  it('does not join text across blocks or line breaks', () => {
    const document = body(`${ANNOTATED}<div>國<p>(guó)</p></div><p>國<br>(guó)</p>`);
    repairDocument({ document });
    expect(document.querySelector('div')?.textContent).toBe('國(guó)');
    expect(document.querySelectorAll('p')[2]?.textContent).toBe('國(guó)');
  });

  it('never touches code, user input, editable content, translate="no" or its own UI', () => {
    const untouched = [
      '<code>國(guó)</code>',
      '<pre>國(guó)</pre>',
      '<textarea>國(guó)</textarea>',
      '<div contenteditable="true">國(guó)</div>',
      '<div contenteditable="">國(guó)</div>',
      '<p translate="no">國(guó)</p>',
      '<p class="notranslate">國(guó)</p>',
      '<span data-jianfan-ui="card">國(guó)</span>',
      '<script>var s = "國(guó)";</script>',
    ];
    const document = body(`${ANNOTATED}<div id="rest">${untouched.join('')}</div>`);
    const rest = document.getElementById('rest');
    const before = rest ? snapshotTree(rest) : '';
    expect(repairDocument({ document }).stats.repaired).toBe(true);
    expect(rest ? snapshotTree(rest) : '').toBe(before);
    // An editable region is left alone even when it is given as the root.
    const editor = document.querySelector('[contenteditable="true"]');
    expect(
      repairDocument({ document, root: editor, minAnnotations: 0 }).stats.annotationsRemoved,
    ).toBe(0);
  });

  it('repairs a <pre> that holds a mirror’s article, and no other', () => {
    const document = body(
      `${ANNOTATED}<pre id="article"><code id="code">國(guó)家\n國(guó)家</code></pre><pre id="sample">國(guó)</pre>`,
    );
    markPreformattedArticle(document.getElementById('code')!);
    repairDocument({ document });
    expect(document.getElementById('article')!.textContent).toBe('國家\n國家');
    expect(document.getElementById('sample')!.textContent).toBe('國(guó)');
  });

  it('repairs only under the given root', () => {
    const document = body(`<div id="a">${ANNOTATED}</div><div id="b">${ANNOTATED}</div>`);
    repairDocument({ document, root: document.getElementById('a'), title: false });
    expect(document.getElementById('a')?.textContent).toBe('中國市場的產能');
    expect(document.getElementById('b')?.textContent).toBe('中國(guó)市場(chǎng)的產(chǎn)能');
  });

  it('renders a lost span as a labelled placeholder element with the given texts', () => {
    const document = body(`${ANNOTATED}<p>正是因?yàn)榱计仿屎艿停虼藢?duì)晶圓</p>`);
    const repair = repairDocument({
      document,
      lostSpanText: { title: '轉載時遺失的文字', label: '遺失的文字', marker: '〔…〕' },
    });
    expect(repair.stats.spansLost).toBe(1);
    const paragraph = document.querySelectorAll('p')[1];
    const span = paragraph?.querySelector('span');
    expect(span?.getAttribute('data-jianfan-ui')).toBe('lost-span');
    expect(span?.classList.contains(LOST_SPAN_CLASS)).toBe(true);
    expect(span?.getAttribute('role')).toBe('img');
    expect(span?.getAttribute('title')).toBe('轉載時遺失的文字');
    expect(span?.getAttribute('aria-label')).toBe('遺失的文字');
    expect(paragraph?.textContent).toBe('正是因為良品率很低〔…〕此對晶圓');
    // The placeholder is our UI: a second repair (or the converter) skips it.
    expect(repairDocument({ document }).stats.repaired).toBe(false);
  });

  it('explains lost text in English by default', () => {
    expect(DEFAULT_LOST_SPAN_TEXT.title).toMatch(/lost when this page was copied/);
    expect(DEFAULT_LOST_SPAN_TEXT.label).toBe('Lost text');
  });
});

describe('collectTextRuns', () => {
  it('groups text the way the converter does', () => {
    const document = body('<p>a<b>b</b>c<br>d</p><div>e<p>f</p>g</div><code>h</code>i');
    const runs = collectTextRuns(document.body).map((run) => run.map((node) => node.data).join(''));
    expect(runs).toEqual(['abc', 'd', 'e', 'f', 'g', 'i']);
  });
});
