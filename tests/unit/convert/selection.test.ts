import { expect, it } from 'vitest';
import { selectionToConvert } from '../../../utils/convert/selection.ts';

it("keeps the frame's own line breaks when its selection is the one the menu named", () => {
  const own = '第一段。\n\n第二段，\n第三行。';
  // Chrome's selectionText: every line break a space.
  expect(selectionToConvert('第一段。  第二段， 第三行。', own)).toBe(own);
});

it('keeps the text the menu named when the frame has another selection, or none', () => {
  expect(selectionToConvert('第一段。', '另一段文字')).toBe('第一段。');
  expect(selectionToConvert('第一段。', '')).toBe('第一段。');
  expect(selectionToConvert('第一段。', undefined)).toBe('第一段。');
});
