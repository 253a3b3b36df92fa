import { expect, it } from 'vitest';
import { frequencyOf } from '../../../utils/repair/character-frequency.ts';

it('prices the characters of Traditional text by how common they are', () => {
  // GB2312 level 1 and its Traditional forms; level 2; Simplified-only characters.
  expect(frequencyOf('中')).toBe('common');
  expect(frequencyOf('國')).toBe('common');
  expect(frequencyOf('蹊')).toBe('rare');
  expect(frequencyOf('国')).toBe('simplified');
  expect(frequencyOf('计')).toBe('simplified');
  expect(frequencyOf('計')).toBe('common');
  expect(frequencyOf('㐀')).toBeUndefined();
});

it('knows the Traditional characters opencc writes only inside phrases', () => {
  // 瞭 (了解 → 瞭解, 一目了然 → 一目瞭然): common in Taiwan text, as 了 is in any.
  expect(frequencyOf('瞭')).toBe('common');
});
