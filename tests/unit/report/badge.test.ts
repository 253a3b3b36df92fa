import { describe, expect, it } from 'vitest';
import { translate, type Locale } from '../../../utils/i18n/translate.ts';
import { emptyPageReport, type PageReport } from '../../../utils/messaging/protocol.ts';
import { badgeFor } from '../../../utils/report/badge.ts';

function report(
  change: Partial<PageReport['conversion']>,
  hasChinese = true,
  readingMode: PageReport['readingMode'] = 'converted',
): PageReport {
  const base = emptyPageReport({ url: 'https://example.com/', title: 't' });
  return { ...base, hasChinese, readingMode, conversion: { ...base.conversion, ...change } };
}

const in_ =
  (locale: Locale) =>
  (key: Parameters<typeof translate>[1], subs?: Parameters<typeof translate>[2]) =>
    translate(locale, key, subs);
const en = in_('en');

describe('toolbar badge', () => {
  it('says nothing on pages without Chinese or without a report', () => {
    expect(badgeFor(null, en)).toMatchObject({ text: '', title: 'Jianfan Reader' });
    expect(badgeFor(report({ active: true, target: 'cn', progress: 1 }, false), en).text).toBe('');
  });

  it('says off on a Chinese page shown as it is, in the interface’s language', () => {
    expect(badgeFor(report({ active: false }), en)).toMatchObject({
      text: 'off',
      title: 'Jianfan Reader: conversion off',
    });
    expect(badgeFor(report({ active: false }), in_('zh_TW')).text).toBe('關');
    expect(badgeFor(report({ active: false }), in_('zh_CN')).text).toBe('关');
  });

  it('shows the script the page is converted to, in its own colour', () => {
    const simplified = badgeFor(report({ active: true, target: 'cn', progress: 1 }), en);
    const taiwan = badgeFor(report({ active: true, target: 'tw', progress: 1 }), en);
    const hongKong = badgeFor(report({ active: true, target: 'hk', progress: 1 }), en);
    expect([simplified.text, taiwan.text, hongKong.text]).toEqual(['简', '繁', '繁']);
    expect(simplified.color).not.toBe(taiwan.color);
    expect(badgeFor(report({ active: false }), en).color).not.toBe(simplified.color);
  });

  it('names the target and the reading mode in its tooltip', () => {
    const parallel = badgeFor(
      report({ active: true, target: 'hk', progress: 1 }, true, 'parallel'),
      en,
    );
    expect(parallel.title).toBe(
      'Jianfan Reader: Shown in Traditional (Hong Kong) · Reading mode: Side by side',
    );
    const peek = badgeFor(
      report({ active: true, target: 'cn', progress: 1 }, true, 'peek'),
      in_('zh_TW'),
    );
    expect(peek.title).toBe('簡繁閱讀器：顯示為簡體（中國大陸） · 閱讀模式：按鍵看原文');
  });

  it('shows progress while a large page is still being converted', () => {
    const converting = badgeFor(report({ active: true, target: 'tw', progress: 0.426 }), en);
    expect(converting).toMatchObject({
      text: '42%',
      title: 'Jianfan Reader: Shown in Traditional (Taiwan) (42%)',
    });
    expect(badgeFor(report({ active: true, target: 'tw', progress: 0 }), en).text).toBe('0%');
  });
});
