import { describe, expect, it } from 'vitest';
import {
  FAR_HOLD_MIN_ITEMS,
  FAR_WRITE_NODES,
  HELD_BLOCK_MIN_RUNS,
  HELD_WRITE_MAX_RUNS,
  PageConverter,
  SLICE_BUDGET_MS,
  defaultIsNearViewport,
} from '../../../utils/convert/page-converter.ts';
import type { DictionaryPackName } from '../../../utils/convert/dictionaries.ts';
import { loadBundledDictionaries } from '../../../utils/convert/packs/load-bundled.ts';
import {
  compact,
  createConverter,
  documentWithBody,
  serialize,
  sleep,
  waitFor,
} from './helpers.ts';

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

  it('reads every position before writing anything in a slice', async () => {
    const doc = longPage();
    const events: string[] = [];
    const observer = new MutationObserver(() => events.push('write'));
    observer.observe(doc, { subtree: true, characterData: true });
    await createConverter(doc, {
      now: steppingClock(),
      isNearViewport: (element) => {
        events.push('read');
        return Number(element.id.slice(1)) % 3 === 0;
      },
      yieldToEventLoop: async () => {
        // Mutation records are delivered in a microtask: let them land before the mark.
        await Promise.resolve();
        events.push('yield');
      },
    }).convert({ target: 'cn' });
    await Promise.resolve();
    observer.disconnect();
    expect(events.filter((event) => event === 'read').length).toBeGreaterThanOrEqual(PARAGRAPHS);
    const slices = events.join(' ').split('yield');
    expect(slices.length).toBeGreaterThan(3);
    for (const slice of slices) expect(slice).not.toMatch(/write.*read/);
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
    // Each block reads the clock twice (3 ms per read): a slice may finish its last block. A
    // slice that walks the page also reads it when the walk starts and when the walk looks
    // whether to pause, and the first slice twice more around building the tables.
    const walkReads = 2 * 3;
    const [first = 0, ...rest] = slices;
    expect(first).toBeLessThanOrEqual(SLICE_BUDGET_MS + 3 * 3 + 2 * 3 + walkReads);
    for (const slice of rest) {
      expect(slice).toBeLessThanOrEqual(SLICE_BUDGET_MS + 3 * 3 + walkReads);
    }
    expect(Array.from({ length: PARAGRAPHS }, (_, i) => isConverted(doc, i)).every(Boolean)).toBe(
      true,
    );
  });

  it('reports progress after each slice and at the end, never going back', async () => {
    const doc = longPage();
    const progress: Array<[number, number]> = [];
    await createConverter(doc, {
      now: steppingClock(),
      isNearViewport: (element) => element.id === 'p0',
      yieldToEventLoop: async () => {},
      onProgress: ({ done, total }) => progress.push([done, total]),
    }).convert({ target: 'cn' });
    expect(progress.length).toBeGreaterThan(2);
    const [done, total] = progress.at(-1)!;
    expect(done).toBe(total);
    // Reported once the page is measured: the total stays, and the share done only grows.
    expect(new Set(progress.map(([, t]) => t)).size).toBe(1);
    const shares = progress.map(([d, t]) => d / t);
    expect(shares).toEqual([...shares].sort((a, b) => a - b));
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

describe('the first conversion walks the page in slices', () => {
  const LARGE = 600;
  function largePage(): Document {
    return documentWithBody(
      Array.from(
        { length: LARGE },
        (_, i) => `<p id="p${i}">第${i}段：這個<b>國家</b>的經濟發展。</p>`,
      ).join(''),
    );
  }

  /** Records, slice by slice, the ids of the paragraphs written to. */
  function writesBySlice(doc: Document) {
    const slices: Set<string>[] = [new Set()];
    let delivered: MutationRecord[] = [];
    const observer = new MutationObserver((records) => delivered.push(...records));
    observer.observe(doc, { subtree: true, characterData: true });
    const take = () => {
      const records = [...delivered, ...observer.takeRecords()];
      delivered = [];
      for (const record of records) {
        const id = record.target.parentElement?.closest('p')?.id;
        if (id) slices.at(-1)!.add(id);
      }
    };
    return {
      slices,
      endSlice: () => {
        take();
        slices.push(new Set());
      },
      stop: () => {
        take();
        observer.disconnect();
      },
      sliceOf: (id: string) => slices.findIndex((slice) => slice.has(id)),
    };
  }

  it('the first slice measures and converts only the start of a large page', async () => {
    const doc = largePage();
    const writes = writesBySlice(doc);
    let reads = 0;
    const readsAtYield: number[] = [];
    await createConverter(doc, {
      now: steppingClock(1),
      isNearViewport: (element) => {
        reads += 1;
        return element.id === 'p0' || element.id === 'p1';
      },
      yieldToEventLoop: async () => {
        readsAtYield.push(reads);
        writes.endSlice();
      },
    }).convert({ target: 'cn' });
    writes.stop();
    // One synchronous pass would have read all 600 positions before its first yield.
    expect(readsAtYield[0]).toBeGreaterThan(0);
    expect(readsAtYield[0]).toBeLessThan(LARGE / 10);
    // The viewport converts in the first slices, while the rest of the page is still unread.
    expect(writes.sliceOf('p0')).toBe(0);
    expect(readsAtYield[writes.sliceOf('p1')]).toBeLessThan(LARGE / 10);
    expect(reads).toBe(LARGE + 1);
    expect(Array.from({ length: LARGE }, (_, i) => isConverted(doc, i)).every(Boolean)).toBe(true);
  });

  it('runs near the viewport deep in the page convert before any far run', async () => {
    const doc = largePage();
    const writes = writesBySlice(doc);
    const near = new Set(['p450', 'p451', 'p452']);
    let reads = 0;
    const readsAtYield: number[] = [];
    await createConverter(doc, {
      now: steppingClock(1),
      isNearViewport: (element) => {
        reads += 1;
        return near.has(element.id);
      },
      yieldToEventLoop: async () => {
        readsAtYield.push(reads);
        writes.endSlice();
      },
    }).convert({ target: 'cn' });
    writes.stop();
    const nearSlices = [...near].map((id) => writes.sliceOf(id));
    const farSlices = Array.from({ length: LARGE }, (_, i) => `p${i}`)
      .filter((id) => !near.has(id))
      .map((id) => writes.sliceOf(id));
    expect(Math.min(...nearSlices)).toBeGreaterThanOrEqual(0);
    expect(Math.min(...farSlices)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...nearSlices)).toBeLessThan(Math.min(...farSlices));
    // The page was measured over several slices before the near runs were found.
    expect(readsAtYield.filter((count) => count > 0 && count < LARGE).length).toBeGreaterThan(3);
  });

  it('goes on where the page removed the block it was to resume at, writing each node once', async () => {
    const doc = largePage();
    const writes = new Map<Node, number>();
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        if (record.type === 'characterData') {
          writes.set(record.target, (writes.get(record.target) ?? 0) + 1);
        }
      }
    });
    observer.observe(doc, { subtree: true, characterData: true });
    const removed: Element[] = [];
    let yields = 0;
    await createConverter(doc, {
      now: steppingClock(1),
      isNearViewport: (element) => {
        element.setAttribute('data-seen', '');
        return false;
      },
      yieldToEventLoop: async () => {
        yields += 1;
        if (yields > 6) return;
        // The first paragraph not measured yet is where the walk goes on: take it away, and
        // move the one after it to the end of the page.
        const next = [...doc.querySelectorAll('p')].find(
          (p) => !removed.includes(p) && !p.hasAttribute('data-seen'),
        );
        if (next === undefined) return;
        removed.push(next);
        const moved = next.nextElementSibling;
        next.remove();
        if (moved !== null) doc.body.append(moved);
      },
    }).convert({ target: 'cn' });
    // Let the mutation observers deliver, and the converter handle the moved blocks.
    await sleep(50);
    observer.disconnect();
    expect(removed.length).toBeGreaterThan(0);
    for (const p of doc.body.querySelectorAll('p')) {
      expect(compact(p), p.id).toContain('这个国家的经济发展');
    }
    for (const count of writes.values()) expect(count).toBe(1);
  });
});

// Chromium lays out a whole block again after every frame that changed its text: one <td> of
// 20,000 <br> lines took 370–440 ms to lay out after each frame's writes. The lines of such a
// block must be written in as few slices as possible, whatever the time the conversion takes.
describe('a long block of <br> lines', () => {
  const LINES = 400;
  function brPage(): Document {
    const lines = Array.from({ length: LINES }, (_, i) => `第${i}行：這個國家的經濟發展。`);
    return documentWithBody(
      `<p id="intro">這是說明。</p><table><tr><td id="article">${lines.join('<br>')}</td></tr></table><p id="after">後面的段落。</p>`,
    );
  }
  const convertedLines = (doc: Document) =>
    [...doc.getElementById('article')!.childNodes].filter(
      (node) => node.nodeType === 3 && (node as Text).data.includes('这个'),
    ).length;

  async function slicesWriting(near: (element: Element) => boolean) {
    const doc = brPage();
    const counts: number[] = [];
    const converter = createConverter(doc, {
      isNearViewport: near,
      // Reads of the clock stand for work: a slice converts a few lines, a write of held lines
      // (HELD_WRITE_BUDGET_MS) about a hundred.
      now: steppingClock(0.25),
      yieldToEventLoop: async () => {
        counts.push(convertedLines(doc));
      },
    });
    await converter.convert({ target: 'cn' });
    counts.push(convertedLines(doc));
    // The slices after which more of the block's lines showed converted than before.
    const writing = counts.filter((count, i) => count > (i === 0 ? 0 : counts[i - 1]!));
    return { doc, slices: counts.length, writing: writing.length, converter };
  }

  it('converts its lines in many slices but writes them in a few, off the viewport', async () => {
    const { doc, slices, writing } = await slicesWriting(() => false);
    expect(slices).toBeGreaterThan(20);
    // About a hundred lines a write (one a slice, or a few, without holding them).
    expect(writing).toBeLessThanOrEqual(LINES / 50);
    expect(convertedLines(doc)).toBe(LINES);
    expect(compact(doc.getElementById('after'))).toBe('后面的段落。');
  });

  it('near the viewport too: the lines are written in a few slices', async () => {
    const { doc, writing } = await slicesWriting(() => true);
    expect(writing).toBeLessThanOrEqual(LINES / 50);
    expect(convertedLines(doc)).toBe(LINES);
    expect(LINES).toBeGreaterThan(HELD_BLOCK_MIN_RUNS * 2);
  });

  it('a line the page changed while the block waited is converted from the new text', async () => {
    const doc = brPage();
    const article = doc.getElementById('article')!;
    let turns = 0;
    const converter = createConverter(doc, {
      isNearViewport: () => false,
      now: steppingClock(),
      yieldToEventLoop: async () => {
        turns += 1;
        if (turns === 3) (article.childNodes[0] as Text).data = '頁面改寫的第一行。';
      },
    });
    await converter.convert({ target: 'cn' });
    await sleep(50);
    expect((article.childNodes[0] as Text).data).toBe('页面改写的第一行。');
    expect(convertedLines(doc)).toBe(LINES - 1);
    converter.restore();
    expect((article.childNodes[0] as Text).data).toBe('頁面改寫的第一行。');
    expect((article.childNodes[2] as Text).data).toBe('第1行：這個國家的經濟發展。');
  });
});

describe('held lines, as written', () => {
  const lines = (n: number) =>
    Array.from({ length: n }, (_, i) => `第${i}行：這個國家的經濟發展。`).join('<br>');

  it('a paragraph the page made editable as held lines were written is not written into', async () => {
    const doc = documentWithBody(
      `<div id="a">${lines(HELD_BLOCK_MIN_RUNS + 4)}</div><p id="b">這是後面的段落。</p>`,
    );
    const a = doc.getElementById('a')!;
    const b = doc.getElementById('b')!;
    // The page's own observer answers the article's change (in a microtask, before the
    // converter's await resumes) by making the next paragraph an editor.
    const pageObserver = new MutationObserver(() => b.setAttribute('contenteditable', 'true'));
    pageObserver.observe(a, { characterData: true, subtree: true });
    const converter = createConverter(doc, {
      isNearViewport: () => true,
      // One slice for the whole page: no yield between the held write and the paragraph.
      now: () => 0,
      yieldToEventLoop: async () => {},
    });
    await converter.convert({ target: 'cn' });
    pageObserver.disconnect();
    expect((a.firstChild as Text).data).toBe('第0行：这个国家的经济发展。');
    expect(b.getAttribute('contenteditable')).toBe('true');
    expect(b.textContent).toBe('這是後面的段落。');
  });

  it('progress counts a held line once it is written', async () => {
    const LINES = 200;
    const doc = documentWithBody(`<div id="a">${lines(LINES)}</div>`);
    const a = doc.getElementById('a')!;
    const written = () =>
      [...a.childNodes].filter((n) => n.nodeType === 3 && (n as Text).data.includes('这个')).length;
    const reports: { done: number; total: number; written: number }[] = [];
    const converter = createConverter(doc, {
      isNearViewport: () => false,
      now: steppingClock(0.25),
      yieldToEventLoop: async () => {},
      onProgress: ({ done, total }) => reports.push({ done, total, written: written() }),
    });
    await converter.convert({ target: 'cn' });
    expect(written()).toBe(LINES);
    expect(reports.length).toBeGreaterThan(2);
    // The title is the only other item: an item reported done shows converted.
    for (const report of reports) expect(report.done).toBeLessThanOrEqual(report.written + 1);
    expect(reports.at(-1)!.done).toBe(reports.at(-1)!.total);
  });

  it('a block the page took away while its lines waited is neither written nor counted', async () => {
    const doc = documentWithBody(
      `<div id="a">${lines(40)}</div>` +
        Array.from({ length: 40 }, (_, i) => `<p id="p${i}">這是第${i}個段落。</p>`).join('') +
        '<p id="kept">這是留下的段落。</p>',
    );
    const a = doc.getElementById('a')!;
    let yields = 0;
    const converter = createConverter(doc, {
      isNearViewport: () => false,
      now: steppingClock(1),
      yieldToEventLoop: async () => {
        // The page replaces its article at its first turn, as a thread's next page does.
        if (++yields === 1) {
          a.remove();
          for (let i = 0; i < 40; i++) doc.getElementById(`p${i}`)!.remove();
        }
      },
    });
    await converter.convert({ target: 'cn' });
    expect(yields).toBeGreaterThan(1);
    expect(doc.getElementById('kept')!.textContent).toBe('这是留下的段落。');
    // What the page still shows: the kept paragraph and the title, if any was converted.
    const shown = [...doc.body.querySelectorAll('p')].filter((p) => p.textContent !== '').length;
    expect(converter.stats().nodesConverted).toBeLessThanOrEqual(shown + 1);
    expect(a.textContent).toContain('這個');
  });

  it('writes at least a line a frame, however late the clock reads', async () => {
    const doc = documentWithBody(`<div id="a">${lines(HELD_BLOCK_MIN_RUNS)}</div>`);
    let yields = 0;
    const converter = createConverter(doc, {
      isNearViewport: () => false,
      // The page stalled (a collector's pause) between each two reads of the clock.
      now: steppingClock(60),
      yieldToEventLoop: async () => {
        if (++yields > 1_000) throw new Error('no line written');
      },
    });
    await converter.convert({ target: 'cn' });
    expect(doc.getElementById('a')!.textContent).not.toContain('這個');
    expect(yields).toBeLessThan(100);
  });
});

describe('a long page away from the viewport', () => {
  const PARAGRAPHS = FAR_HOLD_MIN_ITEMS + 1_000;
  const page = (attribute = '') =>
    documentWithBody(
      Array.from(
        { length: PARAGRAPHS },
        (_, i) => `<p id="p${i}"${attribute}>第${i}段：這個國家。</p>`,
      ).join(''),
    );
  const convertedCount = (doc: Document) =>
    [...doc.querySelectorAll('p')].filter((p) => p.textContent!.includes('这个')).length;

  it.each([
    { attribute: '', label: 'text alone' },
    { attribute: ' title="這個段落"', label: 'a title on every paragraph' },
  ])(
    'writes its text in a few large batches, not a little in every slice ($label)',
    async ({ attribute }) => {
      const doc = page(attribute);
      const writtenBySlice: number[] = [];
      let before = 0;
      const converter = createConverter(doc, {
        isNearViewport: () => false,
        now: steppingClock(0.02),
        yieldToEventLoop: async () => {
          const now = convertedCount(doc);
          writtenBySlice.push(now - before);
          before = now;
        },
      });
      await converter.convert({ target: 'cn' });
      writtenBySlice.push(convertedCount(doc) - before);
      expect(convertedCount(doc)).toBe(PARAGRAPHS);
      const writing = writtenBySlice.filter((n) => n > 0);
      // One text node a paragraph: batches of FAR_WRITE_NODES paragraphs, each written in tasks of
      // at most HELD_WRITE_MAX_RUNS runs, however many slices the conversion took. Written as
      // converted, every slice wrote (37 of 37 here, about 84 paragraphs each).
      expect(writing.length).toBeLessThanOrEqual(Math.ceil(PARAGRAPHS / HELD_WRITE_MAX_RUNS) + 2);
      expect(writing.length * 3).toBeLessThan(writtenBySlice.length);
      expect(FAR_WRITE_NODES).toBeGreaterThan(HELD_WRITE_MAX_RUNS);
      if (attribute !== '') expect(doc.getElementById('p7')!.title).toBe('这个段落');
      converter.restore();
      expect(doc.getElementById('p7')!.textContent).toBe('第7段：這個國家。');
    },
  );

  /** Converts `doc` away from the viewport; the page acts at its second turn. */
  async function convertWhileThePageActs(doc: Document, act: () => void) {
    let yields = 0;
    const converter = createConverter(doc, {
      isNearViewport: () => false,
      now: steppingClock(0.02),
      yieldToEventLoop: async () => {
        if (++yields === 2) act();
      },
    });
    await converter.convert({ target: 'cn' });
    expect(yields).toBeGreaterThan(2);
    return converter;
  }

  it('a paragraph the page made editable while its text waited is not written into', async () => {
    const doc = page();
    await convertWhileThePageActs(doc, () =>
      doc.getElementById('p3')!.setAttribute('contenteditable', 'true'),
    );
    expect(doc.getElementById('p3')!.textContent).toBe('第3段：這個國家。');
    expect(doc.getElementById('p4')!.textContent).toBe('第4段：这个国家。');
    expect(convertedCount(doc)).toBe(PARAGRAPHS - 1);
  });

  it('a paragraph the page rewrote while its text waited is converted from the new text', async () => {
    const doc = page();
    const converter = await convertWhileThePageActs(doc, () => {
      (doc.getElementById('p5')!.firstChild as Text).data = '頁面改寫的段落。';
    });
    await sleep(50);
    expect(doc.getElementById('p5')!.textContent).toBe('页面改写的段落。');
    converter.restore();
    expect(doc.getElementById('p5')!.textContent).toBe('頁面改寫的段落。');
    expect(doc.getElementById('p6')!.textContent).toBe('第6段：這個國家。');
  });
});

describe('timing its own work (onSlice)', () => {
  /** A clock that moves 1 ms a read, and a second whenever the page has its turn. */
  function pageTurnClock() {
    let t = 0;
    return {
      now: () => (t += 1),
      pageTurn: () => {
        t += 1_000;
      },
      stall: (ms: number) => {
        t += ms;
      },
    };
  }

  it('reports each slice from its start to its yield, never the page’s turns between', async () => {
    const doc = longPage();
    const clock = pageTurnClock();
    const slices: number[] = [];
    let yields = 0;
    await createConverter(doc, {
      isNearViewport: (element) => element.id === 'p0',
      now: clock.now,
      onSlice: (ms) => slices.push(ms),
      yieldToEventLoop: async () => {
        yields += 1;
        clock.pageTurn();
      },
    }).convert({ target: 'cn' });
    expect(yields).toBeGreaterThan(3);
    // One report as each slice yields, and at least one for the last, which does not.
    expect(slices.length).toBeGreaterThan(yields);
    expect(Math.min(...slices)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...slices)).toBeGreaterThanOrEqual(SLICE_BUDGET_MS);
    expect(Math.max(...slices)).toBeLessThan(1_000);
  });

  it('a slice held up by one item reports the whole of it', async () => {
    const doc = longPage();
    const clock = pageTurnClock();
    const slices: number[] = [];
    await createConverter(doc, {
      // Deciding where p7 is takes 250 ms (a forced layout on a long page).
      isNearViewport: (element) => {
        if (element.id === 'p7') clock.stall(250);
        return true;
      },
      now: clock.now,
      onSlice: (ms) => slices.push(ms),
      yieldToEventLoop: async () => clock.pageTurn(),
    }).convert({ target: 'cn' });
    expect(slices.filter((ms) => ms >= 250)).toHaveLength(1);
    expect(Math.max(...slices)).toBeLessThan(1_000);
  });

  it('restore and the text the page adds later are timed too', async () => {
    const doc = longPage();
    const clock = pageTurnClock();
    const slices: number[] = [];
    const converter = createConverter(doc, {
      now: clock.now,
      onSlice: (ms) => slices.push(ms),
      yieldToEventLoop: async () => clock.pageTurn(),
    });
    await converter.convert({ target: 'cn' });
    const afterConvert = slices.length;
    const added = doc.createElement('p');
    added.textContent = '頁面後來加上的段落。';
    doc.body.append(added);
    await waitFor(() => added.textContent === '页面后来加上的段落。');
    await converter.settled();
    expect(slices.length).toBeGreaterThan(afterConvert);
    const beforeRestore = slices.length;
    converter.restore();
    expect(slices.length).toBe(beforeRestore + 1);
    expect(Math.max(...slices)).toBeLessThan(1_000);
  });
});
