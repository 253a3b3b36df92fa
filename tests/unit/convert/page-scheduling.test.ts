import { describe, expect, it } from 'vitest';
import {
  PageConverter,
  SLICE_BUDGET_MS,
  defaultIsNearViewport,
} from '../../../utils/convert/page-converter.ts';
import type { DictionaryPackName } from '../../../utils/convert/dictionaries.ts';
import { loadBundledDictionaries } from '../../../utils/convert/packs/load-bundled.ts';
import { compact, createConverter, documentWithBody, serialize } from './helpers.ts';

const PARAGRAPHS = 30;
function longPage(): Document {
  return documentWithBody(
    Array.from(
      { length: PARAGRAPHS },
      (_, i) => `<p id="p${i}">第${i}段：這個國家的經濟發展。</p>`,
    ).join(''),
  );
}
const isConverted = (doc: Document, i: number) =>
  compact(doc.getElementById(`p${i}`)).includes('这个');

/** A clock that moves 3 ms every time it is read, as if each step of work took time. */
function steppingClock(step = 3) {
  let t = 0;
  return () => (t += step);
}

describe('viewport first', () => {
  it('converts the blocks near the viewport before the rest', async () => {
    const doc = longPage();
    const near = new Set(['p25', 'p26', 'p27']);
    const snapshots: boolean[][] = [];
    const converter = createConverter(doc, {
      isNearViewport: (element) => near.has(element.id),
      now: steppingClock(),
      yieldToEventLoop: async () => {
        snapshots.push(Array.from({ length: PARAGRAPHS }, (_, i) => isConverted(doc, i)));
      },
    });
    await converter.convert({ target: 'cn' });
    // The slice in which each paragraph was converted (the last one has no snapshot).
    const sliceOf = (i: number) => {
      const slice = snapshots.findIndex((snapshot) => snapshot[i]);
      return slice < 0 ? snapshots.length : slice;
    };
    const nearSlices = [25, 26, 27].map(sliceOf);
    const farSlices = Array.from({ length: PARAGRAPHS }, (_, i) => i)
      .filter((i) => !near.has(`p${i}`))
      .map(sliceOf);
    expect(snapshots.length).toBeGreaterThan(3);
    expect(snapshots[0]![25]).toBe(true);
    expect(snapshots[0]![0]).toBe(false);
    expect(Math.max(...nearSlices)).toBeLessThanOrEqual(Math.min(...farSlices));
    expect(Array.from({ length: PARAGRAPHS }, (_, i) => isConverted(doc, i)).every(Boolean)).toBe(
      true,
    );
  });

  it('reads every position before writing anything', async () => {
    const doc = longPage();
    const events: string[] = [];
    const observer = new MutationObserver(() => events.push('write'));
    observer.observe(doc, { subtree: true, characterData: true });
    await createConverter(doc, {
      isNearViewport: () => {
        events.push('read');
        return true;
      },
    }).convert({ target: 'cn' });
    await Promise.resolve();
    observer.disconnect();
    expect(events.filter((event) => event === 'read').length).toBeGreaterThanOrEqual(PARAGRAPHS);
    expect(events.lastIndexOf('read')).toBeLessThan(events.indexOf('write'));
  });

  it('by default, elements without layout count as near, so nothing is starved', () => {
    const doc = longPage();
    expect(defaultIsNearViewport(doc.getElementById('p0')!)).toBe(true);
  });
});

describe('time slicing', () => {
  it('no slice runs past the budget by more than one block, and the event loop gets turns', async () => {
    const doc = longPage();
    const clock = steppingClock();
    const yieldsAt: number[] = [];
    let sliceStart = 0;
    const slices: number[] = [];
    const converter = createConverter(doc, {
      now: () => {
        const t = clock();
        if (sliceStart === 0) sliceStart = t;
        return t;
      },
      yieldToEventLoop: async () => {
        const t = clock();
        yieldsAt.push(t);
        slices.push(t - sliceStart);
        sliceStart = 0;
      },
    });
    await converter.convert({ target: 'cn' });
    expect(yieldsAt.length).toBeGreaterThan(3);
    // Each block reads the clock twice (3 ms per read): a slice may finish its last block. The
    // first slice also reads it twice around building the tables.
    const [first = 0, ...rest] = slices;
    expect(first).toBeLessThanOrEqual(SLICE_BUDGET_MS + 3 * 3 + 2 * 3);
    for (const slice of rest) expect(slice).toBeLessThanOrEqual(SLICE_BUDGET_MS + 3 * 3);
    expect(Math.max(...rest)).toBeLessThanOrEqual(12 + 3);
    expect(Array.from({ length: PARAGRAPHS }, (_, i) => isConverted(doc, i)).every(Boolean)).toBe(
      true,
    );
  });

  it('reports progress after each slice and at the end', async () => {
    const doc = longPage();
    const progress: Array<[number, number]> = [];
    await createConverter(doc, {
      now: steppingClock(),
      yieldToEventLoop: async () => {},
      onProgress: ({ done, total }) => progress.push([done, total]),
    }).convert({ target: 'cn' });
    expect(progress.length).toBeGreaterThan(2);
    const [done, total] = progress.at(-1)!;
    expect(done).toBe(total);
    expect(progress.map(([d]) => d)).toEqual([...progress.map(([d]) => d)].sort((a, b) => a - b));
  });

  it('stats describe the conversion', async () => {
    const doc = longPage();
    const converter = createConverter(doc, { now: steppingClock(1) });
    await converter.convert({ target: 'cn' });
    const stats = converter.stats();
    // 30 paragraphs and the title; 這/個/國/經/濟/發 change in each paragraph, 測/試 in the title.
    expect(stats.nodesConverted).toBe(PARAGRAPHS + 1);
    expect(stats.charactersChanged).toBe(PARAGRAPHS * 6 + 2);
    expect(stats.attributesConverted).toBe(0);
    expect(stats.source.script).toBe('traditional');
    expect(stats.source.confidence).toBeGreaterThan(0.9);
    expect(stats.contestedNodes).toBe(0);
    expect(stats.pending).toBe(0);
    expect(stats.timeSpentMs).toBeGreaterThan(0);
  });
});

describe('dictionaries', () => {
  it('loads only the pack of the direction, once, and builds each converter once', async () => {
    const loads: DictionaryPackName[] = [];
    const loadDictionaries = (pack: DictionaryPackName) => {
      loads.push(pack);
      return loadBundledDictionaries(pack);
    };
    const doc = longPage();
    const converter = new PageConverter({ document: doc, loadDictionaries });
    await converter.convert({ target: 'cn' });
    await converter.convert({ target: 'hk' });
    await converter.convert({ target: 'cn' });
    expect(loads).toEqual(['t2cn']);
    const simplified = documentWithBody('<p>这个国家的发展</p>', 'zh-CN');
    const other = new PageConverter({ document: simplified, loadDictionaries });
    await other.convert({ target: 'tw' });
    expect(loads).toEqual(['t2cn', 'cn2t']);
  });

  it('a failed load leaves the page untouched and can be retried', async () => {
    const doc = longPage();
    const before = serialize(doc);
    let fail = true;
    const converter = new PageConverter({
      document: doc,
      loadDictionaries: async (pack) => {
        if (fail) throw new Error('offline');
        return loadBundledDictionaries(pack);
      },
    });
    await expect(converter.convert({ target: 'cn' })).rejects.toThrow('offline');
    expect(serialize(doc)).toBe(before);
    fail = false;
    await converter.convert({ target: 'cn' });
    expect(isConverted(doc, 0)).toBe(true);
  });
});
