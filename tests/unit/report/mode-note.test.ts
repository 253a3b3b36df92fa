import { describe, expect, it } from 'vitest';
import { emptyPageReport, type PageReport } from '../../../utils/messaging/protocol.ts';
import { readingModeNote } from '../../../utils/report/mode-note.ts';

/** A Chinese page converted to `target`, with `changed` characters changed. */
function converted(
  changed: number,
  progress = 1,
  target: PageReport['conversion']['target'] = 'cn',
) {
  const base = emptyPageReport({ url: 'https://www.163.com/dy/article/X.html', title: 't' });
  return {
    ...base,
    hasChinese: true,
    script: { verdict: 'simplified', confidence: 0.98 },
    conversion: { ...base.conversion, active: true, target, charactersChanged: changed, progress },
  } satisfies PageReport;
}

describe('why a reading mode shows nothing more on a page', () => {
  it('side by side and peek, on a page the conversion left as it was', () => {
    for (const readingMode of ['parallel', 'peek'] as const) {
      expect(readingModeNote({ report: converted(0), readingMode, target: 'cn' })).toEqual({
        key: 'popup_mode_nothing_to_show',
        target: 'cn',
      });
    }
  });

  it('nothing to say where the conversion changed something, or in the other modes', () => {
    expect(
      readingModeNote({ report: converted(12), readingMode: 'parallel', target: 'cn' }),
    ).toBeNull();
    for (const readingMode of ['converted', 'original'] as const) {
      expect(readingModeNote({ report: converted(0), readingMode, target: 'cn' })).toBeNull();
    }
  });

  it('nothing to say on a page in the other script, whose article side by side leaves out of the count', () => {
    // A Traditional article under an English menu, read in Simplified: the count is of the menu.
    const traditional: PageReport = {
      ...converted(0),
      script: { verdict: 'traditional', confidence: 0.95 },
    };
    expect(
      readingModeNote({ report: traditional, readingMode: 'parallel', target: 'cn' }),
    ).toBeNull();
    // Read in Traditional: in peek the count is of the whole page, and it changed nothing. Side
    // by side counts the rest of the page only, and the article may be the other region's
    // Traditional: nothing is said.
    const inTaiwan: PageReport = {
      ...traditional,
      conversion: { ...traditional.conversion, target: 'tw' },
    };
    expect(readingModeNote({ report: inTaiwan, readingMode: 'peek', target: 'tw' })).toEqual({
      key: 'popup_mode_nothing_to_show',
      target: 'tw',
    });
    expect(readingModeNote({ report: inTaiwan, readingMode: 'parallel', target: 'tw' })).toBeNull();
    const mixed: PageReport = { ...converted(0), script: { verdict: 'mixed', confidence: 0.5 } };
    expect(readingModeNote({ report: mixed, readingMode: 'peek', target: 'cn' })).toBeNull();
  });

  it('nothing judged before the conversion has run its course for the target shown', () => {
    // Still converting: the count is not final.
    expect(
      readingModeNote({ report: converted(0, 0.4), readingMode: 'parallel', target: 'cn' }),
    ).toBeNull();
    // The popup shows a new target the tab has not answered for yet.
    expect(
      readingModeNote({ report: converted(0), readingMode: 'parallel', target: 'tw' }),
    ).toBeNull();
    // Conversion off, nothing known, or no Chinese.
    const off = { ...converted(0), conversion: { ...converted(0).conversion, active: false } };
    expect(readingModeNote({ report: off, readingMode: 'parallel', target: 'cn' })).toBeNull();
    expect(readingModeNote({ report: null, readingMode: 'parallel', target: 'cn' })).toBeNull();
    const english = { ...converted(0), hasChinese: false };
    expect(readingModeNote({ report: english, readingMode: 'parallel', target: 'cn' })).toBeNull();
  });
});
