import { describe, expect, it } from 'vitest';
import { PageConverter } from '../../../utils/convert/page-converter.ts';
import { loadBundledDictionaries } from '../../../utils/convert/packs/load-bundled.ts';
import { findNeteaseDisclaimers, isNoticeOnly } from '../../../utils/detect/disclaimer.ts';
import { detectNeteasePage } from '../../../utils/detect/netease.ts';
import { termRangesByRun } from '../../../utils/glossary/highlight.ts';
import { compileMatcher } from '../../../utils/glossary/matcher.ts';
import { BUILT_IN_BLOCKERS } from '../../../utils/glossary/pack/blockers.ts';
import { BUILT_IN_TERMS } from '../../../utils/glossary/pack/index.ts';
import { glossaryScope } from '../../../utils/glossary/page-scope.ts';
import { repairDocument } from '../../../utils/repair/dom-repair.ts';
import type { GlossaryScope } from '../../../utils/settings/schema.ts';
import {
  ARTICLES,
  type Article,
  MIRROR_URL,
  neteaseUrl,
  parseHtml,
  readShared,
} from '../netease/fixtures.ts';

/**
 * The NetEase Hao notice (特别声明…) is not the article's. NetEase keeps it in `.post_statement`
 * beside `.post_body`; a mirror copies it into the article's block (`div.entry-content`), as the
 * shared fixtures do. The glossary's article scope must leave it out on both.
 */

/** The built-in pack with its blockers, as the glossary layer compiles it. */
const matcher = compileMatcher(BUILT_IN_TERMS, { blockers: BUILT_IN_BLOCKERS });

type Kind = 'netease' | 'mirror';

interface FixturePage {
  document: Document;
  kind: Kind;
  articleRoot: Element | null;
  /** The notice's blocks, found by the fixture's layout (README), not by the detector. */
  notice: Element[];
  /** The article's paragraphs, notice aside. */
  body: Element[];
}

function load(article: Article, kind: Kind, html = readShared(`${article}.${kind}.html`)) {
  const document = parseHtml(html);
  return describePage(document, kind, article);
}

function describePage(document: Document, kind: Kind, article: Article): FixturePage {
  const verdict = detectNeteasePage({
    document,
    url: kind === 'netease' ? neteaseUrl(article) : MIRROR_URL,
  });
  expect(verdict.kind).toBe(kind);
  const isNotice = (p: Element) => /^(特別聲明|特别声明|Notice:)/.test(p.textContent!.trim());
  const paragraphs = [...document.querySelectorAll('.post_body > p, .entry-content > p')];
  return {
    document,
    kind,
    articleRoot: verdict.articleRoot,
    notice:
      kind === 'netease'
        ? [...document.querySelectorAll('.post_statement > p')]
        : paragraphs.filter(isNotice),
    body: paragraphs.filter((p) => !isNotice(p)),
  };
}

/** The terms the glossary layer would mark in `scope`: [text, term id] in page order. */
function marked(page: FixturePage, scope: GlossaryScope, within?: readonly Element[]) {
  const { searched } = glossaryScope({
    document: page.document,
    neteaseKind: page.kind,
    articleRoot: () => page.articleRoot,
    scope,
  });
  const found: [string, string, Element][] = [];
  for (const element of searched) {
    for (const run of termRangesByRun({ root: element, matcher })) {
      for (const range of run) {
        found.push([range.text, range.termId, range.range.startContainer.parentElement!]);
      }
    }
  }
  return found
    .filter(([, , at]) => within === undefined || within.some((block) => block.contains(at)))
    .map(([text, termId]) => [text, termId]);
}

/** The terms in `blocks`, each searched on its own. */
function termsIn(blocks: readonly Element[]) {
  return blocks.flatMap((block) =>
    [...termRangesByRun({ root: block, matcher })]
      .flat()
      .map((range) => [range.text, range.termId]),
  );
}

describe('glossary scope and the NetEase Hao notice, on the shared fixtures', () => {
  for (const article of ARTICLES) {
    it(`${article}: the article scope leaves the notice out and keeps every paragraph, on NetEase's page and on the mirror; the whole page keeps it`, () => {
      for (const kind of ['netease', 'mirror'] as const) {
        const page = load(article, kind);
        expect(page.notice).toHaveLength(2);
        expect(page.body.length).toBeGreaterThanOrEqual(7);
        // Article scope: nothing in the notice, every term of every paragraph.
        expect(marked(page, 'article', page.notice), kind).toEqual([]);
        const bodyTerms = termsIn(page.body);
        expect(bodyTerms.length).toBeGreaterThan(30);
        expect(marked(page, 'article', page.body)).toEqual(bodyTerms);
        // The headline above the article is searched as before, first.
        const headline = page.document.querySelector('h1')!;
        expect(marked(page, 'article', [headline])).toEqual(termsIn([headline]));
        // Whole page: the notice's terms are marked, as before.
        expect(marked(page, 'page', page.notice)).toEqual(
          kind === 'netease'
            ? [
                ['视频', 'video'],
                ['用户', 'user'],
                ['信息', 'information'],
              ]
            : [
                ['視頻', 'video'],
                ['用戶', 'user'],
                ['信息', 'information'],
              ],
        );
        expect(marked(page, 'page', page.body)).toEqual(bodyTerms);
      }
    });
  }

  it('leaves the notice out on a mirror once it is repaired and converted, to every target', async () => {
    for (const [target, regionalVocabulary] of [
      ['tw', false],
      ['tw', true],
      ['hk', true],
      ['cn', false],
    ] as const) {
      const page = load('a', 'mirror');
      expect(repairDocument({ document: page.document }).stats.repaired).toBe(true);
      const converter = new PageConverter({
        document: page.document,
        loadDictionaries: loadBundledDictionaries,
      });
      await converter.convert({ target, regionalVocabulary, mainlandCopy: true });
      expect(marked(page, 'article', page.notice), `${target} ${regionalVocabulary}`).toEqual([]);
      expect(marked(page, 'article', page.body)).toEqual(termsIn(page.body));
      expect(marked(page, 'page', page.notice).length).toBeGreaterThan(0);
      converter.dispose();
    }
  });
});

describe('isNoticeOnly', () => {
  const [chinese, english] = readShared('README.md')
    .match(/^(特別聲明.*)\n(Notice:.*)$/m)!
    .slice(1);

  it('is true of the notice in either language or both, as copied, repaired or converted', () => {
    for (const text of [
      chinese!,
      english!,
      `${chinese} ${english}`,
      chinese!.replace('特別聲明', '聲明'),
      chinese!.replace('特別聲明:', ''),
      '特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布，本平台仅提供信息存储服务。',
      '特別聲明：以上內容(如有圖片或影片亦包括在內)為自媒體平臺「網易號」使用者上傳並發佈，本平臺僅提供資訊儲存服務。',
    ]) {
      expect(isNoticeOnly(text), text).toBe(true);
    }
  });

  it('is false of text beside the notice, and of a part of it', () => {
    for (const text of [
      `責任編輯：英偉達。${chinese}`,
      `${chinese}本文作者：李明`,
      `${english} Editor: Li Ming`,
      `以上內容來自英偉達財報。${chinese}`,
      `聲明：本文僅代表作者觀點。${chinese}`,
      `Please notice the chart below. ${english}`,
      '本平臺僅提供信息存儲服務，視頻由用戶上傳。',
      '三星電子隨後發表聲明。',
    ]) {
      expect(isNoticeOnly(text), text).toBe(false);
    }
  });
});

describe('what counts as the notice in the article scope', () => {
  /** a.mirror.html with `html` put into its article, before the notice. */
  function mirrorWith(html: string): FixturePage {
    const source = readShared('a.mirror.html');
    const at = source.indexOf('<p>特別聲明');
    expect(at).toBeGreaterThan(0);
    return load('a', 'mirror', source.slice(0, at) + html + source.slice(at));
  }

  it('keeps paragraphs that mention 声明, 网易号 or a part of the notice', () => {
    const page = mirrorWith(
      [
        '<p id="statement">三星電子隨後發表聲明，稱其HBM用戶信息未受影響。</p>',
        '<p id="hao">本文首發於網易號，用戶可在視頻中看到完整的測試過程。</p>',
        '<p id="half">本平臺僅提供信息存儲服務，視頻由用戶上傳。</p>',
        '<blockquote><p id="quoted">特別聲明：以上內容（如有圖片或視頻亦包括在內）為自媒體平臺“網易號”用戶上傳並發佈，本平臺僅提供信息存儲服務。</p></blockquote>',
      ].join(''),
    );
    for (const id of ['statement', 'hao', 'half', 'quoted']) {
      const paragraph = page.document.getElementById(id)!;
      expect(marked(page, 'article', [paragraph]), id).toEqual(termsIn([paragraph]));
      expect(termsIn([paragraph]).length, id).toBeGreaterThan(0);
    }
    expect(marked(page, 'article', page.notice)).toEqual([]);
  });

  it('keeps the block whose last line the notice is, which holds the article', () => {
    const lines = readShared('a.corrupted.txt').trim().split('\n\n');
    const notice = readShared('README.md').match(/^特別聲明.*$/m)![0];
    /** Two lines of a short news flash, 160 characters before the notice. */
    const flash = [lines[4]!.slice(0, 80), lines[4]!.slice(80, 160)];
    const layouts = {
      // The whole copy in one block split by <br>: the block is the article root.
      'one block': `<div id="lines">${[...lines, notice].join('<br>')}</div>`,
      // The same block in NetEase's markup kept by the mirror: \`.post_body\` is the root.
      'one block in .post_body': `<div class="post_body"><div id="lines">${[...lines, notice].join('<br>')}</div></div>`,
      // Paragraphs, then a short one of lines ending with the notice (a news flash's layout).
      'last paragraph of lines': `<div id="post">${lines
        .slice(0, 3)
        .map((line) => `<p>${line}</p>`)
        .join('')}<p id="lines">${flash.join('<br>')}<br>${notice}</p></div>`,
    };
    for (const [layout, html] of Object.entries(layouts)) {
      const document = parseHtml(`<html><body><h1>標題</h1>${html}</body></html>`);
      const verdict = detectNeteasePage({ document, url: MIRROR_URL });
      expect(verdict.kind, layout).toBe('mirror');
      const block = document.getElementById('lines')!;
      expect(verdict.articleRoot!.contains(block), layout).toBe(true);
      const page: FixturePage = {
        document,
        kind: 'mirror',
        articleRoot: verdict.articleRoot,
        notice: [],
        body: [block],
      };
      // The detector's own verdict: a line of a long block, or the last lines of a short article.
      const [found] = findNeteaseDisclaimers(document);
      expect(found!.inLongBlock || found!.endsLinesOfArticle, layout).toBe(true);
      expect(termsIn([block]).length, layout).toBeGreaterThan(layout.startsWith('one') ? 30 : 3);
      expect(marked(page, 'article', [block]), layout).toEqual(termsIn([block]));
    }
  });

  it('leaves out a notice in a box of its own inside the article, and keeps the rest of the box', () => {
    const source = readShared('b.mirror.html');
    const html = source
      .replace(
        '<p>特別聲明',
        '<div class="statement"><p id="editor">責任編輯：英偉達</p><p>特別聲明',
      )
      .replace(/(<p>Notice:[^<]*<\/p>)/, '$1</div>');
    const page = load('b', 'mirror', html);
    const editor = page.document.getElementById('editor')!;
    const { searched } = glossaryScope({
      document: page.document,
      neteaseKind: 'mirror',
      articleRoot: () => page.articleRoot,
      scope: 'article',
    });
    expect(searched).toEqual([page.document.querySelector('h1'), ...page.body, editor]);
    expect(marked(page, 'article', [editor])).toEqual([['英偉達', 'nvidia']]);
    expect(marked(page, 'article', page.notice)).toEqual([]);
  });

  it('keeps a block where article text runs into the notice, with the notice in it', () => {
    const source = readShared('a.mirror.html');
    const notice = source.match(/<p>(特別聲明[^<]*)<\/p>/)!;
    const layouts = {
      'an editor’s line run into it': `<p id="x">責任編輯：英偉達。${notice[1]}</p>`,
      'a line break before it': `<p id="x">責任編輯：英偉達<br>${notice[1]}</p>`,
      'a paragraph and the notice in one box': `<div id="x"><p>英偉達與臺積電的合作仍在繼續。</p>${notice[1]}</div>`,
    };
    for (const [layout, html] of Object.entries(layouts)) {
      const page = load('a', 'mirror', source.replace(notice[0], html));
      const block = page.document.getElementById('x')!;
      const found = termsIn([block]);
      expect(found, layout).toContainEqual(['英偉達', 'nvidia']);
      expect(marked(page, 'article', [block]), layout).toEqual(found);
    }
  });

  it('keeps the article whole where the notice stands beside the article’s own text', () => {
    // Searched apart, the article's blocks would lose the text between them, and a word that
    // markup splits (高帶寬<b>內存</b>) would not be found.
    for (const [id, html] of [
      ['bare', '英偉達的GPU'],
      ['inline', '<b>高帶寬</b><i>內存</i>'],
    ] as const) {
      const page = mirrorWith(html);
      const { searched } = glossaryScope({
        document: page.document,
        neteaseKind: 'mirror',
        articleRoot: () => page.articleRoot,
        scope: 'article',
      });
      expect(searched.at(-1), id).toBe(page.articleRoot);
    }
  });
});
