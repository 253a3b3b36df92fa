import { describe, expect, it, vi } from 'vitest';
import { isRoleChangeOfNoTextbox } from '../../../utils/convert/dom-rules.ts';
import { glossaryScope, isOwnUiMutation } from '../../../utils/glossary/page-scope.ts';

function page(headline = ''): { document: Document; article: Element } {
  const document = new DOMParser().parseFromString(
    `<html><body><nav>英伟达 H200</nav>${headline}<div class="post_body"><p>CUDA 生态</p></div></body></html>`,
    'text/html',
  );
  return { document, article: document.querySelector('.post_body')! };
}

describe('glossaryScope', () => {
  it('searches the article on NetEase pages and their mirrors', () => {
    const { document, article } = page();
    for (const neteaseKind of ['netease', 'mirror'] as const) {
      expect(
        glossaryScope({ document, neteaseKind, articleRoot: () => article, scope: 'article' }),
      ).toMatchObject({ root: article, searched: [article] });
    }
  });

  it('searches the article’s headline too, where it stands above the article', () => {
    const { document, article } = page('<h1 class="post_title">昇腾与CUDA</h1>');
    const headline = document.querySelector('h1')!;
    expect(
      glossaryScope({
        document,
        neteaseKind: 'netease',
        articleRoot: () => article,
        scope: 'article',
      }),
    ).toMatchObject({ root: article, searched: [headline, article] });
    // Not a title in the navigation, nor one inside a link (a teaser of another article).
    const teaser = page('<a href="/next"><h1 class="post_title">下一篇：H200</h1></a>');
    expect(
      glossaryScope({
        document: teaser.document,
        neteaseKind: 'netease',
        articleRoot: () => teaser.article,
        scope: 'article',
      }).searched,
    ).toEqual([teaser.article]);
  });

  it('searches the whole page when the reader asks for it, or on other pages, without looking for the article', () => {
    const { document, article } = page('<h1 class="post_title">昇腾</h1>');
    const articleRoot = vi.fn(() => article);
    const whole = { root: document.body, searched: [document.body], findHeadline: null };
    expect(glossaryScope({ document, neteaseKind: 'netease', articleRoot, scope: 'page' })).toEqual(
      whole,
    );
    // Elsewhere the densest block is only a guess: never narrow to it.
    expect(glossaryScope({ document, neteaseKind: null, articleRoot, scope: 'article' })).toEqual(
      whole,
    );
    // Finding the article scores every paragraph of the page: not for an answer not used.
    expect(articleRoot).not.toHaveBeenCalled();
  });

  it('looks for the headline again on request, as the page puts it in or fills it in later', () => {
    const { document, article } = page('<h1 class="post_title"></h1>');
    const { searched, findHeadline } = glossaryScope({
      document,
      neteaseKind: 'mirror',
      articleRoot: () => article,
      scope: 'article',
    });
    // A blank headline is no headline yet.
    expect(searched).toEqual([article]);
    expect(findHeadline!()).toBeNull();
    const headline = document.querySelector('h1')!;
    headline.textContent = '昇腾与CUDA';
    expect(findHeadline!()).toBe(headline);
  });

  it('falls back to the body when the article is gone from the page', () => {
    const { document, article } = page();
    article.remove();
    expect(
      glossaryScope({
        document,
        neteaseKind: 'netease',
        articleRoot: () => article,
        scope: 'article',
      }),
    ).toEqual({ root: document.body, searched: [document.body], findHeadline: null });
  });
});

describe('isOwnUiMutation', () => {
  /** The records a change produces, as a MutationObserver reports them. */
  async function recordsOf(root: Element, change: () => void): Promise<MutationRecord[]> {
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((list) => records.push(...list));
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    change();
    await new Promise((resolve) => setTimeout(resolve, 0));
    records.push(...observer.takeRecords());
    observer.disconnect();
    return records;
  }

  it('ignores our marks and cards coming and going, and changes inside them', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    const mark = document.createElement('span');
    mark.setAttribute('data-jianfan-ui', 'term');
    mark.append('CUDA');
    const card = document.createElement('jianfan-card');
    card.setAttribute('data-jianfan-ui', 'card');
    const records = await recordsOf(root, () => {
      root.append(mark, card);
      (mark.firstChild as Text).data = 'CUDA!';
      card.remove();
    });
    expect(records.length).toBeGreaterThan(0);
    expect(records.every(isOwnUiMutation)).toBe(true);
    root.remove();
  });

  it('counts page text and parallel-mode companions', async () => {
    const root = document.createElement('div');
    const paragraph = document.createElement('p');
    paragraph.append('英伟达');
    root.append(paragraph);
    document.body.append(root);
    const textChange = await recordsOf(root, () => {
      (paragraph.firstChild as Text).data = '英偉達';
    });
    expect(textChange.some(isOwnUiMutation)).toBe(false);

    const companion = document.createElement('p');
    companion.setAttribute('data-jianfan-ui', 'companion');
    companion.append('英伟达');
    const added = await recordsOf(root, () => paragraph.after(companion));
    expect(added.some(isOwnUiMutation)).toBe(false);
    root.remove();
  });
});

describe('isRoleChangeOfNoTextbox', () => {
  it('is a role change that leaves an element a text box, or not one', async () => {
    const box = document.createElement('div');
    document.body.append(box);
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((list) => records.push(...list));
    observer.observe(box, { attributes: true, attributeFilter: ['role'], attributeOldValue: true });
    const roleChange = async (role: string | null): Promise<boolean> => {
      if (role === null) box.removeAttribute('role');
      else box.setAttribute('role', role);
      await new Promise((resolve) => setTimeout(resolve, 0));
      records.push(...observer.takeRecords());
      return isRoleChangeOfNoTextbox(records.splice(0).at(-1)!);
    };
    expect(await roleChange('region')).toBe(true);
    expect(await roleChange('presentation')).toBe(true);
    expect(await roleChange('textbox')).toBe(false);
    expect(await roleChange('searchbox')).toBe(true);
    expect(await roleChange(null)).toBe(false);
    observer.disconnect();
    box.remove();
  });
});
