import { describe, expect, it, vi } from 'vitest';
import { createOptionsApi } from '../../../components/options/platform-api.ts';
import type * as LoadBundled from '../../../utils/convert/packs/load-bundled.ts';
import { createSettingsStorage } from '../../../utils/platform/settings-storage.ts';
import { storageDouble } from '../platform/storage-double.ts';

// The options page fills in a term's other script with the extension's own tables, the
// dictionaries loaded on first use, converting from the script of the field the text is in. A
// load that fails once is tried again on the next save.

const failNextLoad = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../utils/convert/packs/load-bundled.ts', async (importActual) => {
  const actual = await importActual<typeof LoadBundled>();
  return {
    loadBundledDictionaries: vi.fn(
      async (pack: Parameters<typeof actual.loadBundledDictionaries>[0]) => {
        if (failNextLoad.count > 0) {
          failNextLoad.count -= 1;
          throw new Error('Failed to fetch dynamically imported module');
        }
        return actual.loadBundledDictionaries(pack);
      },
    ),
  };
});

const api = () => createOptionsApi(createSettingsStorage(storageDouble(), { log: () => {} }));

describe('the options page converter', () => {
  it('converts to Traditional characters without regional words, and to Simplified', async () => {
    const options = api();
    expect(await options.convertScript('旗舰模型', 'hant')).toBe('旗艦模型');
    // 软件 stays 軟件 (no Taiwan vocabulary: 軟體).
    expect(await options.convertScript('一个软件', 'hant')).toBe('一個軟件');
    expect(await options.convertScript('旗艦模型', 'hans')).toBe('旗舰模型');
  }, 20_000);

  it('converts from the script the text is known to be in, not one read from the text', async () => {
    const options = api();
    // No character of these is Traditional only: they are still Traditional, from `hant`.
    expect(await options.convertScript('後端', 'hans')).toBe('后端');
    expect(await options.convertScript('後台', 'hans')).toBe('后台');
    expect(await options.convertScript('乾杯', 'hans')).toBe('干杯');
    // Hong Kong's forms, which Taiwan's tables leave as they are.
    expect(await options.convertScript('衞星與枱面', 'hans')).toBe('卫星与台面');
    expect(await options.convertScript('衞生署的後台', 'hans')).toBe('卫生署的后台');
    // And Simplified text from `hans`, as before.
    expect(await options.convertScript('后端', 'hant')).toBe('後端');
    expect(await options.convertScript('干杯', 'hant')).toBe('乾杯');
  }, 20_000);

  it('keeps a name the reader protects from the save on, without opening the page again', async () => {
    const options = api();
    expect(await options.convertScript('余华说', 'hant')).toBe('餘華說');
    const { revision } = await options.loadUserGlossary();
    await options.saveUserGlossary(
      [
        {
          id: 'yu-hua',
          hans: '余华',
          hant: '余華',
          en: 'Yu Hua',
          category: 'person',
          definition: { en: 'A Chinese novelist.' },
          protect: true,
        },
      ],
      revision,
    );
    expect(await options.convertScript('余华说', 'hant')).toBe('余華說');
  }, 20_000);

  it('rejects when the dictionaries do not load, and loads them again next time', async () => {
    const options = api();
    failNextLoad.count = 1;
    await expect(options.convertScript('旗舰模型', 'hant')).rejects.toThrow(/dynamically/);
    expect(await options.convertScript('旗舰模型', 'hant')).toBe('旗艦模型');
  }, 20_000);
});
