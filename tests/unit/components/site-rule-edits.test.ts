import { describe, expect, it } from 'vitest';
import { modeForPattern, setSiteRuleForPage } from '../../../components/shared/site-rule-edits.ts';
import { decideAutoConversion } from '../../../utils/settings/effective.ts';
import { defaultSettings, type SiteRule } from '../../../utils/settings/schema.ts';

const url = 'https://news.163.com/a.html';

/** What the extension would do on `url` with these rules, for a NetEase page. */
function decision(rules: SiteRule[]) {
  return decideAutoConversion({
    verdictKind: 'netease',
    settings: { ...defaultSettings(), siteRules: rules },
    url,
  }).convert;
}

describe('setting this site’s rule from the popup', () => {
  it('adds a rule, changes it in place, and removes it for automatic', () => {
    const other: SiteRule = { pattern: 'example.com', mode: 'always' };
    const added = setSiteRuleForPage({
      rules: [other],
      pattern: 'news.163.com',
      mode: 'never',
      url,
    });
    expect(added).toEqual([other, { pattern: 'news.163.com', mode: 'never' }]);
    expect(modeForPattern(added, 'news.163.com')).toBe('never');
    const changed = setSiteRuleForPage({
      rules: added,
      pattern: 'news.163.com',
      mode: 'always',
      url,
    });
    expect(changed).toEqual([other, { pattern: 'news.163.com', mode: 'always' }]);
    const removed = setSiteRuleForPage({
      rules: changed,
      pattern: 'news.163.com',
      mode: 'auto',
      url,
    });
    expect(removed).toEqual([other]);
    expect(modeForPattern(removed, 'news.163.com')).toBe('auto');
  });

  it('keeps an explicit automatic rule when a broader rule would otherwise decide', () => {
    const broad: SiteRule = { pattern: '163.com', mode: 'never' };
    expect(decision([broad])).toBe(false);
    const rules = setSiteRuleForPage({
      rules: [broad],
      pattern: 'news.163.com',
      mode: 'auto',
      url,
    });
    expect(rules).toEqual([broad, { pattern: 'news.163.com', mode: 'auto' }]);
    // Automatic again on this site: NetEase pages convert as they do by default.
    expect(decision(rules)).toBe(true);
  });
});
