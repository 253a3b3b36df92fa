import { describe, expect, it } from 'vitest';
import type { AutoConversionReason } from '../../../utils/settings/auto-conversion-reason.ts';
import { decideAutoConversion, effectiveSettings } from '../../../utils/settings/effective.ts';
import { defaultSettings, type Settings } from '../../../utils/settings/schema.ts';

const RULES: Settings['siteRules'] = [
  { pattern: 'always.example', mode: 'always' },
  { pattern: 'never.example', mode: 'never' },
  { pattern: 'never.example/read/*', mode: 'auto' },
];

type Kind = 'netease' | 'mirror' | null;
type Scope = Settings['autoConvert'];
type Row = [string, Kind, Scope, boolean | null, boolean, AutoConversionReason];

// url, verdict, autoConvert, tab override → convert, reason
const TABLE: Row[] = [
  ['https://www.163.com/dy/article/A.html', 'netease', 'netease', null, true, 'netease'],
  ['https://mirror.test/a.html', 'mirror', 'netease', null, true, 'mirror'],
  ['https://blog.test/', null, 'netease', null, false, 'not-netease'],
  ['https://www.163.com/dy/article/A.html', 'netease', 'none', null, false, 'auto-off'],
  ['https://mirror.test/a.html', 'mirror', 'none', null, false, 'auto-off'],
  ['https://blog.test/', null, 'none', null, false, 'auto-off'],
  // Every Chinese page: NetEase pages still say what they are.
  ['https://blog.test/', null, 'chinese', null, true, 'every-page'],
  ['https://www.163.com/dy/article/A.html', 'netease', 'chinese', null, true, 'netease'],
  ['https://mirror.test/a.html', 'mirror', 'chinese', null, true, 'mirror'],
  ['https://always.example/', null, 'netease', null, true, 'site-always'],
  ['https://always.example/', null, 'none', null, true, 'site-always'],
  ['https://www.always.example/', 'mirror', 'none', null, true, 'site-always'],
  ['https://never.example/', 'mirror', 'netease', null, false, 'site-never'],
  ['https://never.example/', 'netease', 'netease', null, false, 'site-never'],
  ['https://never.example/', null, 'chinese', null, false, 'site-never'],
  ['https://never.example/read/1', 'mirror', 'netease', null, true, 'mirror'],
  ['https://never.example/read/1', null, 'netease', null, false, 'not-netease'],
  ['https://never.example/read/1', null, 'chinese', null, true, 'every-page'],
  ['https://never.example/', 'netease', 'netease', true, true, 'tab-override-on'],
  ['https://blog.test/', null, 'none', true, true, 'tab-override-on'],
  ['https://always.example/', null, 'netease', false, false, 'tab-override-off'],
  ['https://www.163.com/dy/article/A.html', 'netease', 'netease', false, false, 'tab-override-off'],
  ['https://blog.test/', null, 'chinese', false, false, 'tab-override-off'],
  ['about:blank', null, 'netease', null, false, 'not-netease'],
];

describe('decideAutoConversion', () => {
  it.each(TABLE)(
    '%s (%s, auto %s, override %s) → %s because %s',
    (url, kind, auto, override, convert, reason) => {
      const settings = { ...defaultSettings(), autoConvert: auto, siteRules: RULES };
      expect(
        decideAutoConversion({ verdictKind: kind, settings, url, tabOverride: override }),
      ).toEqual({ convert, reason });
    },
  );

  it('treats a missing tab override as no override', () => {
    const decision = decideAutoConversion({
      verdictKind: 'netease',
      settings: defaultSettings(),
      url: 'https://www.163.com/',
    });
    expect(decision).toEqual({ convert: true, reason: 'netease' });
  });
});

describe('effectiveSettings', () => {
  it.each([
    ['zh-TW', 'tw'],
    ['zh-HK', 'hk'],
    ['zh-CN', 'cn'],
    ['en-US', 'cn'],
  ] as const)('resolves target auto for a %s browser to %s', (uiLanguage, target) => {
    const effective = effectiveSettings(defaultSettings(), { url: 'https://a.test/', uiLanguage });
    expect(effective.target).toBe(target);
  });

  it('keeps an explicit target whatever the browser language', () => {
    const settings = { ...defaultSettings(), target: 'hk' as const };
    expect(
      effectiveSettings(settings, { url: 'https://a.test/', uiLanguage: 'zh-CN' }).target,
    ).toBe('hk');
  });

  it('reports the matching site rule and its mode', () => {
    const settings = { ...defaultSettings(), siteRules: RULES };
    const effective = effectiveSettings(settings, {
      url: 'https://never.example/x',
      uiLanguage: 'en',
    });
    expect(effective.siteRule).toEqual({ pattern: 'never.example', mode: 'never' });
    expect(effective.siteMode).toBe('never');
    const none = effectiveSettings(settings, { url: 'https://other.test/', uiLanguage: 'en' });
    expect(none.siteRule).toBeNull();
    expect(none.siteMode).toBe('auto');
  });
});
