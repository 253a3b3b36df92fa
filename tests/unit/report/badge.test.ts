import { describe, expect, it } from 'vitest';
import { emptyPageReport, type PageReport } from '../../../utils/messaging/protocol.ts';
import { badgeFor } from '../../../utils/report/badge.ts';

function report(change: Partial<PageReport['conversion']>, hasChinese = true): PageReport {
  const base = emptyPageReport({ url: 'https://example.com/', title: 't' });
  return { ...base, hasChinese, conversion: { ...base.conversion, ...change } };
}

describe('toolbar badge', () => {
  it('says nothing on pages without Chinese or without a report', () => {
    expect(badgeFor(null).text).toBe('');
    expect(badgeFor(report({ active: true, target: 'cn', progress: 1 }, false)).text).toBe('');
  });

  it('says off on a Chinese page shown as it is', () => {
    expect(badgeFor(report({ active: false })).text).toBe('off');
  });

  it('shows the script the page is converted to, in its own colour', () => {
    const simplified = badgeFor(report({ active: true, target: 'cn', progress: 1 }));
    const taiwan = badgeFor(report({ active: true, target: 'tw', progress: 1 }));
    const hongKong = badgeFor(report({ active: true, target: 'hk', progress: 1 }));
    expect([simplified.text, taiwan.text, hongKong.text]).toEqual(['简', '繁', '繁']);
    expect(simplified.color).not.toBe(taiwan.color);
    expect(badgeFor(report({ active: false })).color).not.toBe(simplified.color);
  });

  it('shows progress while a large page is still being converted', () => {
    expect(badgeFor(report({ active: true, target: 'tw', progress: 0.426 })).text).toBe('42%');
    expect(badgeFor(report({ active: true, target: 'tw', progress: 0 })).text).toBe('0%');
  });
});
