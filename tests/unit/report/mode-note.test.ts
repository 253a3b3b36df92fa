import { describe, expect, it } from 'vitest';
import { emptyPageReport, type PageReport } from '../../../utils/messaging/protocol.ts';
import type { Target } from '../../../utils/convert/target.ts';
import { readingModeNote, tabSwitchNote } from '../../../utils/report/mode-note.ts';

/**
 * A Chinese page in `verdict`'s script under a conversion to `target`, which the converter
 * found already written in that script (`alreadyIn`) or not.
 */
function report({
  verdict = 'simplified',
  target = 'cn',
  alreadyIn = target,
  active = true,
}: {
  verdict?: PageReport['script']['verdict'];
  target?: Target;
  alreadyIn?: Target | null;
  active?: boolean;
} = {}): PageReport {
  const base = emptyPageReport({ url: 'https://www.163.com/dy/article/X.html', title: 't' });
  return {
    ...base,
    hasChinese: true,
    script: { verdict, confidence: 0.98 },
    conversion: { ...base.conversion, active, target, alreadyIn, progress: 1 },
  };
}

const NOTHING_TO_SHOW = 'popup_mode_nothing_to_show';

describe('why a reading mode shows nothing more on a page', () => {
  it('side by side and peek, on a page already in the script read', () => {
    for (const readingMode of ['parallel', 'peek'] as const) {
      expect(readingModeNote({ report: report(), readingMode, target: 'cn' })).toEqual({
        key: NOTHING_TO_SHOW,
        target: 'cn',
      });
      // A Taiwan article read in Taiwan Traditional, in either mode: the count of what changed
      // could not say so in side by side, which leaves the article out of the conversion.
      const taiwan = report({ verdict: 'traditional', target: 'tw' });
      expect(readingModeNote({ report: taiwan, readingMode, target: 'tw' })).toEqual({
        key: NOTHING_TO_SHOW,
        target: 'tw',
      });
    }
  });

  it('nothing to say where the page converts, or in the other modes', () => {
    // A Taiwan article read with Hong Kong's forms converts, though it may change little.
    const toHongKong = report({ verdict: 'traditional', target: 'hk', alreadyIn: null });
    expect(readingModeNote({ report: toHongKong, readingMode: 'parallel', target: 'hk' })).toBe(
      null,
    );
    for (const readingMode of ['converted', 'original'] as const) {
      expect(readingModeNote({ report: report(), readingMode, target: 'cn' })).toBeNull();
    }
  });

  it('nothing judged before the tab has answered for the target shown', () => {
    // The popup shows a new target the tab has not answered for yet.
    expect(readingModeNote({ report: report(), readingMode: 'parallel', target: 'tw' })).toBe(null);
    // Conversion off, nothing known, or no Chinese.
    const off = report({ active: false });
    expect(readingModeNote({ report: off, readingMode: 'parallel', target: 'cn' })).toBeNull();
    expect(readingModeNote({ report: null, readingMode: 'parallel', target: 'cn' })).toBeNull();
    const english = { ...report(), hasChinese: false };
    expect(readingModeNote({ report: english, readingMode: 'parallel', target: 'cn' })).toBeNull();
  });
});

describe('why the tab switch changes nothing on a page', () => {
  it('says so in the converted mode on a page already in the script read', () => {
    expect(tabSwitchNote({ report: report(), readingMode: 'converted', target: 'cn' })).toEqual({
      key: 'popup_tab_already_in',
      target: 'cn',
    });
    expect(
      tabSwitchNote({
        report: report({ verdict: 'traditional', target: 'tw' }),
        readingMode: 'converted',
        target: 'tw',
      }),
    ).toEqual({ key: 'popup_tab_already_in', target: 'tw' });
  });

  it('says nothing where the conversion changes the page, is off, is for another target, or the mode says it', () => {
    const cases: Parameters<typeof tabSwitchNote>[0][] = [
      { report: report({ alreadyIn: null }), readingMode: 'converted', target: 'cn' },
      { report: report({ active: false }), readingMode: 'converted', target: 'cn' },
      { report: report(), readingMode: 'converted', target: 'tw' },
      { report: report(), readingMode: 'parallel', target: 'cn' },
      { report: report(), readingMode: 'original', target: 'cn' },
      { report: null, readingMode: 'converted', target: 'cn' },
    ];
    for (const options of cases) expect(tabSwitchNote(options)).toBeNull();
  });
});
