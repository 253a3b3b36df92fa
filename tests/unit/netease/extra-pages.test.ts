import { describe, expect, it } from 'vitest';
import { detectNeteasePage } from '../../../utils/detect/netease.ts';
import { repairDocument } from '../../../utils/repair/dom-repair.ts';
import { parseHtml, readExtra, snapshotTree } from './fixtures.ts';

// The pages and their addresses are described in
// tests/fixtures/pages/netease-extra/README.md.

function open(file: string, url: string) {
  const document = parseHtml(readExtra(file));
  return { document, verdict: detectNeteasePage({ document, url }) };
}

describe('pages that are not NetEase-style', () => {
  const pages: [string, string][] = [
    ['news-links-163.html', 'https://news.chenxing.example/2025/12/storage.html'],
    ['mentions-netease.html', 'https://www.hulianwang.example/2025/11/ntes-q3.html'],
    ['my163blog.html', 'https://my163blog.example/2025/12/reading-notes/'],
    ['pinyin-primer.html', 'https://pinyin.example/lesson/1'],
  ];
  for (const [file, url] of pages) {
    it(`${file} is not NetEase-style`, () => {
      const { verdict } = open(file, url);
      expect(verdict.kind).toBeNull();
      expect(verdict.articleRoot).toBeNull();
      expect(verdict.title).toBeNull();
    });
  }

  it('takes no strong signal from links, mentions of 网易 or 163, or a 特别声明 of another kind', () => {
    for (const [file, url] of pages.filter(([name]) => name !== 'my163blog.html')) {
      expect(open(file, url).verdict.signals.filter((s) => s.strength === 'strong')).toEqual([]);
    }
  });

  it('lets the blog theme’s post_title/post_body classes count, but not decide alone', () => {
    const { verdict } = open('my163blog.html', 'https://my163blog.example/2025/12/reading-notes/');
    expect(verdict.signals.map((s) => [s.id, s.strength])).toEqual([
      ['post-structure', 'strong'],
      ['link-163', 'weak'],
    ]);
  });

  it('reports the weak signals it saw on a page that links to 163.com', () => {
    const { verdict } = open(
      'news-links-163.html',
      'https://news.chenxing.example/2025/12/storage.html',
    );
    expect(verdict.signals.map((s) => s.id)).toEqual(['link-163']);
    expect(verdict.signals[0]?.detail).toContain('3 links');
  });

  it('does not repair the pinyin primer', () => {
    const { document } = open('pinyin-primer.html', 'https://pinyin.example/lesson/1');
    const before = snapshotTree(document);
    const repair = repairDocument({ document });
    expect(repair.stats.annotationsFound).toBe(2);
    expect(repair.stats.repaired).toBe(false);
    expect(snapshotTree(document)).toBe(before);
  });
});

describe('NetEase-style pages', () => {
  it('a mirror with only the English notice', () => {
    const { document, verdict } = open(
      'mirror-english-notice.html',
      'https://xinwenhui.example/archives/20251203.html',
    );
    expect(verdict.kind).toBe('mirror');
    expect(verdict.signals.map((s) => s.id)).toEqual(['disclaimer-en']);
    expect(verdict.articleRoot?.className).toBe('entry-content');
    expect(verdict.title).toBe('先进封装产能吃紧，CoWoS扩产进度受关注');
    // Clean text: nothing to repair.
    expect(repairDocument({ document }).stats.repaired).toBe(false);
  });

  it('a NetEase article on m.163.com', () => {
    const { verdict } = open(
      'netease-mobile.html',
      'https://m.163.com/dy/article/K823B6C2055NW13H.html',
    );
    expect(verdict.kind).toBe('netease');
    expect(verdict.signals.map((s) => s.id)).toEqual([
      'url-docid',
      'canonical-163',
      'img-126-net',
      'disclaimer-zh',
    ]);
    expect(verdict.articleRoot?.className).toBe('article-body');
    expect(verdict.title).toBe('存储芯片涨价潮蔓延，手机厂商如何消化成本压力');
  });

  it('a NetEase article on m.163.com with readers’ comments denser than the article', () => {
    const comments =
      '<section class="comments"><h3>热门跟贴</h3><div class="comment-list">' +
      Array.from(
        { length: 5 },
        (_, i) =>
          `<p>网友${i}：涨价的事情其实早有预兆，去年下半年开始各家原厂就在减产控价，现在需求一回来价格自然就上去了，消费者只能多花钱。</p>`,
      ).join('') +
      '</div></section>';
    const html = readExtra('netease-mobile.html').replace(
      '<div class="m-footer">',
      `${comments}<div class="m-footer">`,
    );
    const verdict = detectNeteasePage({
      document: parseHtml(html),
      url: 'https://m.163.com/dy/article/K823B6C2055NW13H.html',
    });
    expect(verdict.kind).toBe('netease');
    expect(verdict.articleRoot?.className).toBe('article-body');
  });

  it('a NetEase article at a legacy channel address', () => {
    const { verdict } = open(
      'netease-legacy.html',
      'https://news.163.com/21/0315/10/G5ABCDEF0001899O.html',
    );
    expect(verdict.kind).toBe('netease');
    expect(verdict.signals[0]).toMatchObject({ id: 'url-docid', strength: 'strong' });
    expect(verdict.articleRoot?.id).toBe('endText');
    expect(verdict.title).toBe('工信部：加快推进集成电路产业发展');
  });

  it('the legacy page away from 163.com is not NetEase-style', () => {
    const { verdict } = open('netease-legacy.html', 'https://archive.example/news/1.html');
    expect(verdict.kind).toBeNull();
  });
});
