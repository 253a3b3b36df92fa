import { describe, expect, it } from 'vitest';
import { decideAutoConversion } from '../../../utils/settings/effective.ts';
import { defaultSettings, type SiteRule } from '../../../utils/settings/schema.ts';
import {
  siteRuleShownFor,
  sitePatternToEdit,
  withSiteRuleForPage,
  withSiteRuleForUrl,
} from '../../../utils/settings/site-rule-edit.ts';

const url = 'https://news.163.com/a.html';

/** What the extension would do on `page` with these rules, for a NetEase page. */
function decision(rules: SiteRule[], page = url) {
  return decideAutoConversion({
    verdictKind: 'netease',
    settings: { ...defaultSettings(), siteRules: rules },
    url: page,
  }).convert;
}

describe('setting this site’s rule (popup, context menu)', () => {
  it('adds a rule, changes it in place, and removes it for automatic', () => {
    const other: SiteRule = { pattern: 'example.com', mode: 'always' };
    const added = withSiteRuleForPage([other], url, 'never');
    expect(added).toEqual([other, { pattern: 'news.163.com', mode: 'never' }]);
    expect(siteRuleShownFor(added, url)).toEqual({ pattern: 'news.163.com', mode: 'never' });
    const changed = withSiteRuleForPage(added, url, 'always');
    expect(changed).toEqual([other, { pattern: 'news.163.com', mode: 'always' }]);
    const removed = withSiteRuleForPage(changed, url, 'auto');
    expect(removed).toEqual([other]);
    expect(siteRuleShownFor(removed, url)).toEqual({ pattern: 'news.163.com', mode: 'auto' });
  });

  it('keeps an explicit automatic rule when a broader rule would otherwise decide', () => {
    const broad: SiteRule = { pattern: '163.com', mode: 'never' };
    expect(decision([broad])).toBe(false);
    const rules = withSiteRuleForPage([broad], url, 'auto');
    expect(rules).toEqual([broad, { pattern: 'news.163.com', mode: 'auto' }]);
    // Automatic again on this site: NetEase pages convert as they do by default.
    expect(decision(rules)).toBe(true);
  });

  it('shows the broader rule that decides, and a change leaves it to the site’s other pages', () => {
    const broad: SiteRule = { pattern: '163.com', mode: 'never' };
    expect(siteRuleShownFor([broad], url)).toEqual(broad);
    const rules = withSiteRuleForPage([broad], url, 'always');
    expect(rules).toEqual([broad, { pattern: 'news.163.com', mode: 'always' }]);
    expect(decision(rules)).toBe(true);
    expect(decision(rules, 'https://sports.163.com/b.html')).toBe(false);
    expect(siteRuleShownFor(rules, url)).toEqual({ pattern: 'news.163.com', mode: 'always' });
  });

  it('edits a more specific rule that decides, so that the change holds', () => {
    // Typed in the options page: the popup offers the site without www.
    const specific: SiteRule = { pattern: 'www.163.com', mode: 'never' };
    const page = 'https://www.163.com/dy/article/K26ZY72N052ZHORR.html';
    expect(siteRuleShownFor([specific], page)).toEqual(specific);
    expect(sitePatternToEdit([specific], page)).toBe('www.163.com');
    const rules = withSiteRuleForPage([specific], page, 'always');
    expect(rules).toEqual([{ pattern: 'www.163.com', mode: 'always' }]);
    expect(decision(rules, page)).toBe(true);
  });

  it('the context menu edits the same rule, through the settings', () => {
    const settings = {
      ...defaultSettings(),
      siteRules: [{ pattern: 'www.163.com', mode: 'always' } as SiteRule],
    };
    const page = 'https://www.163.com/index.html';
    expect(withSiteRuleForUrl(settings, page, 'never').siteRules).toEqual([
      { pattern: 'www.163.com', mode: 'never' },
    ]);
    // A page that cannot have a rule keeps the settings as they are.
    expect(withSiteRuleForUrl(settings, 'about:blank', 'never')).toEqual(settings);
  });
});
