import { createCardController } from '../../../components/glossary-card/card-controller.ts';
import { translatorFor } from '../../../components/shared/i18n.tsx';
import { termCardContent } from '../../../utils/glossary/card-content.ts';
import type { CardTheme } from '../../../utils/glossary/card-theme.ts';
import type { TermRange } from '../../../utils/glossary/highlight.ts';
import { BUILT_IN_TERMS } from '../../../utils/glossary/pack/index.ts';

// One paragraph with one term, CUDA, for the glossary card's tests. happy-dom has no layout: the
// term under a point and the term's box are given here.

export const cuda = BUILT_IN_TERMS.find((term) => term.id === 'cuda')!;
export const TERM_BOX = { left: 100, top: 100, right: 140, bottom: 116, width: 40, height: 16 };
export const ON_TERM = { x: 120, y: 108 };

/** A paragraph in the page with CUDA in it, and CUDA's range as the glossary finds it. */
export function paragraphWithCuda(): { paragraph: HTMLElement; term: TermRange } {
  const paragraph = document.createElement('p');
  paragraph.append('这套名为CUDA的平台');
  document.body.append(paragraph);
  const range = document.createRange();
  range.setStart(paragraph.firstChild!, 4);
  range.setEnd(paragraph.firstChild!, 8);
  return { paragraph, term: { range, termId: 'cuda', form: 'CUDA', text: 'CUDA' } };
}

/** The card controller over that one term, in English, its frames on timers. */
export function cardControllerOver(
  term: TermRange,
  {
    theme,
    ...options
  }: { theme: CardTheme } & Partial<
    Pick<
      Parameters<typeof createCardController>[0],
      'isReaderInput' | 'hoverBlocked' | 'onAskedFor'
    >
  >,
) {
  return createCardController({
    // happy-dom's dispatched events are all untrusted: here they stand for the reader's input.
    isReaderInput: () => true,
    document,
    termAt: (x, y) =>
      x >= TERM_BOX.left && x <= TERM_BOX.right && y >= TERM_BOX.top && y <= TERM_BOX.bottom
        ? term
        : null,
    describe: (found) => ({
      content: termCardContent({
        term: cuda,
        pageText: found.text,
        form: found.form,
        locale: 'en',
      }),
      t: translatorFor('en'),
      uiLang: 'en',
    }),
    anchorOf: () => TERM_BOX,
    themeOf: () => theme,
    frame: (callback) => setTimeout(callback, 16),
    cancelFrame: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    ...options,
  });
}
