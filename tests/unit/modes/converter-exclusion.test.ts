import * as OpenCC from 'opencc-js';
import { afterEach, describe, expect, it } from 'vitest';
import type { PageConverter } from '../../../utils/convert/page-converter.ts';
import {
  compact,
  createConverter,
  documentWithBody,
  fixturePage,
  serialize,
  sleep,
} from '../convert/helpers.ts';

const twToCn = OpenCC.Converter({ from: 'tw', to: 'cn' });
const twToHk = OpenCC.Converter({ from: 'tw', to: 'hk' });

const converters: PageConverter[] = [];
afterEach(() => {
  for (const converter of converters.splice(0)) converter.dispose();
});
function track(converter: PageConverter): PageConverter {
  converters.push(converter);
  return converter;
}

const BODY = `
  <h1 id="title">國家發展的觀察</h1>
  <main id="main">
    <p id="kept">這個國家的<b>經濟</b>發展值得關注。</p>
    <p id="other">另一段關於經濟的討論。</p>
  </main>`;

describe('PageConverter.setExcludedSubtrees', () => {
  it('gives excluded subtrees their originals back and keeps the rest converted', async () => {
    const doc = documentWithBody(BODY);
    const converter = track(createConverter(doc));
    await converter.convert({ target: 'cn' });
    const kept = doc.getElementById('kept')!;
    expect(compact(kept)).toBe(twToCn('這個國家的經濟發展值得關注。'));
    converter.setExcludedSubtrees([kept]);
    expect(compact(kept)).toBe('這個國家的經濟發展值得關注。');
    expect(compact(doc.getElementById('other'))).toBe(twToCn('另一段關於經濟的討論。'));
    expect(compact(doc.getElementById('title'))).toBe(twToCn('國家發展的觀察'));
  });

  it('a new conversion (another target) skips excluded subtrees', async () => {
    const doc = documentWithBody(BODY);
    const converter = track(createConverter(doc));
    const kept = doc.getElementById('kept')!;
    converter.setExcludedSubtrees([kept]);
    await converter.convert({ target: 'cn' });
    expect(compact(kept)).toBe('這個國家的經濟發展值得關注。');
    await converter.convert({ target: 'hk' });
    expect(compact(kept)).toBe('這個國家的經濟發展值得關注。');
    expect(compact(doc.getElementById('other'))).toBe(twToHk('另一段關於經濟的討論。'));
  });

  it('text the page adds inside an excluded subtree is left alone', async () => {
    const doc = documentWithBody(BODY);
    const converter = track(createConverter(doc));
    await converter.convert({ target: 'cn' });
    const kept = doc.getElementById('kept')!;
    converter.setExcludedSubtrees([kept]);
    kept.append(doc.createTextNode('後續報導。'));
    kept.querySelector('b')!.firstChild!.textContent = '經濟與體育';
    const other = doc.getElementById('other')!;
    other.append(doc.createTextNode('後續報導。'));
    await sleep(40);
    expect(compact(kept)).toBe('這個國家的經濟與體育發展值得關注。後續報導。');
    expect(compact(other)).toBe(twToCn('另一段關於經濟的討論。後續報導。'));
  });

  it('released subtrees convert again at once (the first slice runs before the call returns)', async () => {
    const doc = documentWithBody(BODY);
    const converter = track(createConverter(doc));
    await converter.convert({ target: 'cn' });
    const kept = doc.getElementById('kept')!;
    converter.setExcludedSubtrees([kept]);
    converter.setExcludedSubtrees([]);
    expect(compact(kept)).toBe(twToCn('這個國家的經濟發展值得關注。'));
  });

  it('leaving the exclusion gives back the converted page byte for byte', async () => {
    const doc = fixturePage('reading-structure.html');
    const converter = track(createConverter(doc));
    await converter.convert({ target: 'cn' });
    const converted = serialize(doc);
    const blocks = [...doc.querySelectorAll('#article p, #article li, #article td')];
    converter.setExcludedSubtrees(blocks);
    expect(serialize(doc)).not.toBe(converted);
    converter.setExcludedSubtrees([]);
    await sleep(20);
    expect(serialize(doc)).toBe(converted);
  });

  it('restore() with subtrees excluded gives back the original page byte for byte', async () => {
    const doc = fixturePage('reading-structure.html');
    const original = serialize(doc);
    const converter = track(createConverter(doc));
    await converter.convert({ target: 'cn' });
    converter.setExcludedSubtrees([doc.getElementById('lead')!, doc.getElementById('quote')!]);
    converter.restore();
    expect(serialize(doc)).toBe(original);
  });

  it('releasing subtrees while not converting writes nothing', async () => {
    const doc = documentWithBody(BODY);
    const converter = track(createConverter(doc));
    await converter.convert({ target: 'cn' });
    const kept = doc.getElementById('kept')!;
    converter.setExcludedSubtrees([kept]);
    converter.restore();
    const original = serialize(doc);
    converter.setExcludedSubtrees([]);
    await sleep(20);
    expect(serialize(doc)).toBe(original);
  });

  it('exposes the string converter of the conversion shown, and none when idle', async () => {
    const doc = documentWithBody(BODY);
    const converter = track(createConverter(doc));
    expect(converter.activeTextConverter()).toBeNull();
    await converter.convert({ target: 'cn' });
    const text = converter.activeTextConverter();
    expect(text?.from).toBe('tw');
    expect(text?.to).toBe('cn');
    expect(text?.convert('經濟發展')).toBe(twToCn('經濟發展'));
    converter.restore();
    expect(converter.activeTextConverter()).toBeNull();
  });
});
