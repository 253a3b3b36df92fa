import { describe, expect, it } from 'vitest';
import { settingsPatch } from '../../../utils/settings/patch.ts';
import { defaultSettings, type Settings } from '../../../utils/settings/schema.ts';

describe('settingsPatch', () => {
  const base: Settings = {
    ...defaultSettings(),
    siteRules: [{ pattern: '163.com', mode: 'always' }],
    disabledBuiltInTerms: ['cuda'],
  };

  it('is empty when nothing changed, lists rebuilt equal included', () => {
    expect(settingsPatch(base, structuredClone(base))).toEqual({});
  });

  it('holds exactly the fields that changed', () => {
    const after: Settings = { ...base, target: 'hk', glossaryEnabled: false };
    expect(settingsPatch(base, after)).toEqual({ target: 'hk', glossaryEnabled: false });
  });

  it('holds a changed list whole', () => {
    const siteRules = [...base.siteRules, { pattern: 'gov.cn', mode: 'never' as const }];
    expect(settingsPatch(base, { ...base, siteRules })).toEqual({ siteRules });
    expect(settingsPatch(base, { ...base, disabledBuiltInTerms: [] })).toEqual({
      disabledBuiltInTerms: [],
    });
  });

  it('never carries the version, which the stored settings keep', () => {
    expect(settingsPatch(base, { ...base, version: base.version + 1 })).toEqual({});
  });
});
