import { afterEach, describe, expect, it } from 'vitest';
import type { PageConverter } from '../../../utils/convert/page-converter.ts';
import { createConverter, parseDocument, sharedPage, sleep } from './helpers.ts';

// The counts the popup shows ("converted blocks", "changed characters") describe the page as it
// reads now, whatever happened to it before: passes that rewrite nothing, restores, the
// side-by-side mode's blocks left in the original, a page splitting a node.

const converters: PageConverter[] = [];
afterEach(() => {
  for (const converter of converters.splice(0)) converter.dispose();
});

function converterFor(document: Document): PageConverter {
  const converter = createConverter(document);
  converters.push(converter);
  return converter;
}

/** A Traditional page whose only text is `bodyHtml` (its title reads the same in both scripts). */
function pageWith(bodyHtml: string): Document {
  return parseDocument(
    `<!doctype html><html lang="zh-TW"><head><title>中文</title></head><body>${bodyHtml}</body></html>`,
  );
}

const counts = (converter: PageConverter) => {
  const { nodesConverted, charactersChanged } = converter.stats();
  return { nodesConverted, charactersChanged };
};

describe('the conversion counts', () => {
  it('stay the same when the page is converted again for the same target (a mode switch)', async () => {
    const doc = sharedPage('a.netease.html');
    const converter = converterFor(doc);
    await converter.convert({ target: 'tw' });
    const first = counts(converter);
    expect(first.nodesConverted).toBeGreaterThan(20);
    expect(first.charactersChanged).toBeGreaterThan(first.nodesConverted);
    // The second pass finds every node showing its conversion already, and writes nothing.
    await converter.convert({ target: 'tw' });
    expect(counts(converter)).toEqual(first);
  });

  it('are zero once the page is given back, and come back with the conversion', async () => {
    const doc = sharedPage('a.netease.html');
    const converter = converterFor(doc);
    await converter.convert({ target: 'tw' });
    const converted = counts(converter);
    converter.restore();
    expect(counts(converter)).toEqual({ nodesConverted: 0, charactersChanged: 0 });
    await converter.convert({ target: 'tw' });
    expect(counts(converter)).toEqual(converted);
  });

  it('are zero when the page is already in the target script after a conversion', async () => {
    const doc = pageWith('<p>這個國家的發展</p><p>經濟觀察</p>');
    const converter = converterFor(doc);
    await converter.convert({ target: 'cn' });
    expect(counts(converter)).toEqual({ nodesConverted: 2, charactersChanged: 7 });
    // Traditional again: the page's own text, nothing converted.
    await converter.convert({ target: 'tw' });
    expect(counts(converter)).toEqual({ nodesConverted: 0, charactersChanged: 0 });
  });

  it('leave out the blocks left in the original, and take them back when they convert again', async () => {
    const doc = pageWith('<p id="a">這個國家的發展</p><p id="b">經濟觀察</p>');
    const converter = converterFor(doc);
    await converter.convert({ target: 'cn' });
    const all = counts(converter);
    expect(all).toEqual({ nodesConverted: 2, charactersChanged: 7 });
    converter.setExcludedSubtrees([doc.getElementById('a')!]);
    expect(counts(converter)).toEqual({ nodesConverted: 1, charactersChanged: 3 });
    // Converted again with the block still left alone (the next render of the same mode).
    await converter.convert({ target: 'cn' });
    expect(counts(converter)).toEqual({ nodesConverted: 1, charactersChanged: 3 });
    converter.setExcludedSubtrees([]);
    await sleep(20);
    expect(counts(converter)).toEqual(all);
  });

  it('are whole once the blocks given back in time slices are converted (settled)', async () => {
    const paragraphs = Array.from(
      { length: 2000 },
      (_, i) => `<p>第${i}段：這個國家的經濟發展。</p>`,
    );
    const doc = pageWith(`<article>${paragraphs.join('')}</article>`);
    const converter = converterFor(doc);
    await converter.convert({ target: 'cn' });
    const all = counts(converter);
    expect(all.nodesConverted).toBe(2000);
    const blocks = [...doc.querySelectorAll('p')];
    converter.setExcludedSubtrees(blocks);
    expect(counts(converter)).toEqual({ nodesConverted: 0, charactersChanged: 0 });
    // Given back: the first slice converts before this returns, the rest after.
    converter.setExcludedSubtrees([]);
    expect(counts(converter).nodesConverted).toBeLessThan(2000);
    await converter.settled();
    expect(counts(converter)).toEqual(all);
    expect(doc.querySelector('p')?.textContent).toBe('第0段：这个国家的经济发展。');
  });

  it('drop the text the page takes away, and keep the text it moves', async () => {
    const doc = pageWith('<p id="ticker">國家發展</p><p id="b">經濟觀察</p><div id="c"></div>');
    const converter = converterFor(doc);
    await converter.convert({ target: 'cn' });
    expect(counts(converter)).toEqual({ nodesConverted: 2, charactersChanged: 5 });
    // A ticker sets its text five times: one node shows the conversion at a time.
    const ticker = doc.getElementById('ticker')!;
    for (const text of ['國家發展', '經濟發展', '國家觀察', '發展觀察', '國家發展']) {
      ticker.textContent = text;
      await sleep(30);
    }
    expect(ticker.textContent).toBe('国家发展');
    expect(counts(converter)).toEqual({ nodesConverted: 2, charactersChanged: 5 });
    // A paragraph moved elsewhere still shows its conversion; one removed shows nothing.
    const b = doc.getElementById('b')!;
    doc.getElementById('c')!.append(b);
    await sleep(30);
    expect(counts(converter)).toEqual({ nodesConverted: 2, charactersChanged: 5 });
    b.remove();
    await sleep(30);
    expect(counts(converter)).toEqual({ nodesConverted: 1, charactersChanged: 2 });
  });

  it('follow a node the page splits in two, and one it rewrites', async () => {
    const doc = pageWith('<p id="a">國家發展</p><p id="b">舊的標題</p>');
    const converter = converterFor(doc);
    await converter.convert({ target: 'cn' });
    expect(counts(converter)).toEqual({ nodesConverted: 2, charactersChanged: 5 });
    // A highlighter splits 国家|发展: two nodes, the same characters.
    (doc.getElementById('a')!.firstChild as Text).splitText(2);
    // The page writes its own text in the other: 新的 differs in neither script.
    (doc.getElementById('b')!.firstChild as Text).data = '新的';
    await sleep(60);
    expect(doc.body.textContent).toBe('国家发展新的');
    expect(counts(converter)).toEqual({ nodesConverted: 2, charactersChanged: 2 });
    converter.restore();
    expect(counts(converter)).toEqual({ nodesConverted: 0, charactersChanged: 0 });
  });
});
