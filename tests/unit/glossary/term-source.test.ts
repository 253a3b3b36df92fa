import { describe, expect, it, vi } from 'vitest';
import {
  UNKNOWN_REVISION,
  createTermSource,
  type UserGlossarySnapshot,
} from '../../../utils/glossary/term-source.ts';
import { makeTerm, seen } from './helpers.ts';

const builtIn = [
  makeTerm('cuda', { hans: 'CUDA' }),
  makeTerm('ascend', { hans: '昇腾', hant: '昇騰' }),
];

/** A background double holding a stored glossary; answers like the real handler. */
function background(initial: { revision: number; terms: unknown[] }) {
  const stored = { ...initial };
  const fetchSnapshot = vi.fn(async (knownRevision: number): Promise<UserGlossarySnapshot> =>
    knownRevision === stored.revision
      ? { unchanged: true }
      : { revision: stored.revision, terms: stored.terms },
  );
  return { stored, fetchSnapshot };
}

describe('createTermSource', () => {
  it('asks for the whole glossary first, then only for changes', async () => {
    const { stored, fetchSnapshot } = background({
      revision: 0,
      terms: [makeTerm('blue-whale', { hans: '蓝鲸', hant: '藍鯨' })],
    });
    const source = createTermSource({ builtIn, fetchSnapshot });
    // Revision 0 still has terms here (a revision lost to damage): the first ask gets them.
    expect(await source.sync()).toBe(true);
    expect(fetchSnapshot).toHaveBeenLastCalledWith(UNKNOWN_REVISION);
    expect(source.revision).toBe(0);
    expect(source.userTerms.map((term) => term.id)).toEqual(['blue-whale']);

    expect(await source.sync()).toBe(false);
    expect(fetchSnapshot).toHaveBeenLastCalledWith(0);

    stored.revision = 1;
    stored.terms = [];
    expect(await source.sync()).toBe(true);
    expect(source.userTerms).toEqual([]);
  });

  it('compiles the matcher again only when the user terms or the turned-off terms change', async () => {
    const { fetchSnapshot } = background({ revision: 3, terms: [] });
    const source = createTermSource({ builtIn, fetchSnapshot });
    await source.sync();
    const first = source.matcher([]);
    expect(source.matcher([])).toBe(first);
    expect(await source.sync()).toBe(false);
    expect(source.matcher([])).toBe(first);

    // The same set of turned-off terms, in another order, is the same matcher.
    const without = source.matcher(['ascend', 'cuda']);
    expect(without).not.toBe(first);
    expect(source.matcher(['cuda', 'ascend', 'cuda'])).toBe(without);
    expect(seen(without.findAll('CUDA 昇腾'), 'CUDA 昇腾')).toEqual([]);

    expect(source.accept({ revision: 4, terms: [makeTerm('blue-whale', { hans: '蓝鲸' })] })).toBe(
      true,
    );
    const updated = source.matcher([]);
    expect(updated).not.toBe(first);
    expect(seen(updated.findAll('蓝鲸与CUDA'), '蓝鲸与CUDA')).toEqual([
      ['蓝鲸', 'blue-whale'],
      ['CUDA', 'cuda'],
    ]);
  });

  it("applies the blockers to the built-in terms' forms, whoever writes them, and to no others", async () => {
    const hygon = makeTerm('hygon', { hans: '海光', hant: '海光' });
    const samsung = makeTerm('samsung-electronics', { hans: '三星电子', aliases: ['三星'] });
    const { fetchSnapshot } = background({
      revision: 1,
      terms: [makeTerm('light-source', { hans: '光源' })],
    });
    const source = createTermSource({
      builtIn: [hygon, samsung],
      blockers: ['上海光源', '三星堆'],
      fetchSnapshot,
    });
    await source.sync();
    const text = '上海光源的海光，三星堆的三星';
    expect(seen(source.matcher([]).findAll(text), text)).toEqual([
      ['光源', 'light-source'],
      ['海光', 'hygon'],
      ['三星', 'samsung-electronics'],
    ]);
    // The reader's own terms written as the pack writes them (a rewritten definition, or a
    // term of their own under another id) are still not found where the blockers are.
    source.accept({
      revision: 2,
      terms: [
        makeTerm('hygon', { hans: '海光', hant: '海光', en: 'Hygon Information' }),
        makeTerm('my-samsung', { hans: '三星', en: 'Samsung' }),
      ],
    });
    expect(seen(source.matcher([]).findAll(text), text)).toEqual([
      ['海光', 'hygon'],
      ['三星', 'my-samsung'],
    ]);
  });

  it('compares forms with the blockers’ terms in any width and case', async () => {
    const samsung = makeTerm('samsung', { hans: '三星', en: 'Samsung', caseSensitive: false });
    const { fetchSnapshot } = background({
      revision: 1,
      terms: [makeTerm('mine', { hans: '某', en: 'ＳＡＭＳＵＮＧ', caseSensitive: false })],
    });
    const source = createTermSource({
      builtIn: [samsung],
      blockers: ['Samsung Pay'],
      fetchSnapshot,
    });
    await source.sync();
    const text = 'Samsung Pay上线';
    expect(seen(source.matcher([]).findAll(text), text)).toEqual([]);
  });

  it('takes a storage change only when its revision differs, even a lower one (a restored backup)', () => {
    const source = createTermSource({ builtIn, fetchSnapshot: async () => ({ unchanged: true }) });
    expect(source.accept({ revision: 7, terms: [] })).toBe(true);
    expect(source.accept({ revision: 7, terms: [makeTerm('x', { hans: '某' })] })).toBe(false);
    expect(source.accept({ unchanged: true })).toBe(false);
    expect(source.accept({ revision: 2, terms: [makeTerm('x', { hans: '某' })] })).toBe(true);
    expect(source.isUserTerm('x')).toBe(true);
  });

  it('keeps a storage change that came while its first request was out, over the older answer', async () => {
    let answer: (snapshot: UserGlossarySnapshot) => void = () => {};
    const source = createTermSource({
      builtIn,
      fetchSnapshot: () => new Promise((resolve) => (answer = resolve)),
    });
    const syncing = source.sync();
    // A term saved in the options page meanwhile: storage reports revision 4.
    expect(source.accept({ revision: 4, terms: [makeTerm('new', { hans: '新词' })] })).toBe(true);
    // The background had read revision 3 before the save.
    answer({ revision: 3, terms: [] });
    expect(await syncing).toBe(false);
    expect(source.revision).toBe(4);
    expect(source.isUserTerm('new')).toBe(true);
  });

  it('lets a user term win over a built-in one with the same form, and leaves out invalid ones', async () => {
    const mine = makeTerm('my-cuda', { hans: 'CUDA' });
    const { fetchSnapshot } = background({
      revision: 2,
      terms: [{ id: 'Bad Id', hans: '' }, mine, 'junk'],
    });
    const source = createTermSource({ builtIn, fetchSnapshot });
    await source.sync();
    expect(source.rejected).toBe(2);
    expect(source.isUserTerm('my-cuda')).toBe(true);
    expect(source.isUserTerm('cuda')).toBe(false);
    expect(seen(source.matcher([]).findAll('CUDA'), 'CUDA')).toEqual([['CUDA', 'my-cuda']]);
  });

  it('keeps the built-in terms when the glossary cannot be fetched', async () => {
    const source = createTermSource({
      builtIn,
      fetchSnapshot: () => Promise.reject(new Error('no background')),
    });
    await expect(source.sync()).rejects.toThrow('no background');
    expect(source.revision).toBeNull();
    expect(seen(source.matcher([]).findAll('昇騰'), '昇騰')).toEqual([['昇騰', 'ascend']]);
  });
});
