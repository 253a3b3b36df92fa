import { describe, expect, it } from 'vitest';
import type { DictionaryPack, DictionaryPackName } from '../../../utils/convert/dictionaries.ts';
import { loadBundledDictionaries } from '../../../utils/convert/packs/load-bundled.ts';
import { compact, createConverter, documentWithBody } from './helpers.ts';

const page = () => documentWithBody('<p id="p">這個國家的經濟發展。</p>');

/**
 * The bundled pack behind a new object (so its tables are built again, not taken from the cache
 * of the bundled one), whose tables take `cost` ms of the clock each time one is read.
 */
async function slowPack(name: DictionaryPackName, clock: { time: number; cost: number }) {
  const bundled: DictionaryPack = await loadBundledDictionaries(name);
  const tables = new Proxy(bundled.tables, {
    get(target, key) {
      clock.time += clock.cost;
      return Reflect.get(target, key);
    },
  });
  return { name: bundled.name, tables } as DictionaryPack;
}

describe('building the tables of a direction', () => {
  it('gives the page a turn before the walk when it took long', async () => {
    const clock = { time: 0, cost: 10 };
    const doc = page();
    const convertedAtYields: boolean[] = [];
    await createConverter(doc, {
      now: () => clock.time,
      loadDictionaries: (name) => slowPack(name, clock),
      yieldToEventLoop: async () => {
        convertedAtYields.push(compact(doc.getElementById('p')).includes('这个'));
      },
    }).convert({ target: 'cn' });
    expect(convertedAtYields[0]).toBe(false);
    expect(compact(doc.getElementById('p'))).toBe('这个国家的经济发展。');
  });

  it('goes straight on when it was quick', async () => {
    const clock = { time: 0, cost: 0 };
    const doc = page();
    let yields = 0;
    await createConverter(doc, {
      now: () => clock.time,
      loadDictionaries: (name) => slowPack(name, clock),
      yieldToEventLoop: async () => {
        yields += 1;
      },
    }).convert({ target: 'cn' });
    expect(yields).toBe(0);
    expect(compact(doc.getElementById('p'))).toBe('这个国家的经济发展。');
  });
});
