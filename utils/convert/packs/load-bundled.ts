import type { DictionaryPack, DictionaryPackName } from '../dictionaries.ts';

/**
 * A `LoadDictionaries` for extension pages (popup, options) and tests, where the packs can
 * be imported as modules. The content script must not use this: it would pull both packs
 * into its bundle. It injects the packs as separate scripts instead.
 */
export async function loadBundledDictionaries(pack: DictionaryPackName): Promise<DictionaryPack> {
  const module = pack === 'cn2t' ? await import('./cn2t.ts') : await import('./t2cn.ts');
  return module.default;
}
