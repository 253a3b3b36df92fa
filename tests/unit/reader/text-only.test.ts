import { expect, it } from 'vitest';
import { convertTextWithoutSession } from '../../../entrypoints/reader/text-only.ts';
import t2cn from '../../../utils/convert/packs/t2cn.ts';
import { registerKit } from '../../../utils/platform/kits.ts';

it('converts a selection in a frame without a session keeping the names the glossary protects', async () => {
  const loadKit = async (name: string) => {
    if (name === 'dict-t2cn') registerKit('dict-t2cn', t2cn);
  };
  const convert = (protectedTerms: unknown[]) =>
    convertTextWithoutSession({
      text: '後藤說，後來',
      target: 'cn',
      regionalVocabulary: false,
      protectedTerms,
      loadKit,
    });
  expect(await convert([{ hans: '後藤', hant: '後藤', protect: true }])).toBe('後藤说，后来');
  expect(await convert([])).toBe('后藤说，后来');
});
