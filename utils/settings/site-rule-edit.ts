import type { Settings, SiteRule, SiteRuleMode } from './schema.ts';
import { matchSiteRule, sitePatternForUrl } from './site-rules.ts';

/**
 * "Always / never convert this site", from the popup or the context menu: which rule a page
 * shows and which one a change edits.
 */

/**
 * The rule that decides for `url` now (the most specific that matches), as the popup shows it,
 * else automatic for the page's site. Null for a page that cannot have a rule.
 */
export function siteRuleShownFor(
  rules: readonly SiteRule[],
  url: string,
): { pattern: string; mode: SiteRuleMode } | null {
  const offered = sitePatternForUrl(url);
  if (offered === null) return null;
  const deciding = matchSiteRule(rules, url);
  return deciding ?? { pattern: offered, mode: 'auto' };
}

/**
 * The pattern a change for `url` edits: the page's site (its host without `www.`), unless a
 * more specific rule decides for the page (say `www.163.com` where the site is `163.com`):
 * a rule set for the site would lose to it, and the change would not hold. A broader rule that
 * decides now (`163.com` on `news.163.com`) is left as it is for the site's other pages.
 */
export function sitePatternToEdit(rules: readonly SiteRule[], url: string): string | null {
  const offered = sitePatternForUrl(url);
  if (offered === null) return null;
  const deciding = matchSiteRule(rules, url);
  if (deciding === null) return offered;
  // Of the two, the one that would decide: a tie goes to the site's own pattern.
  return matchSiteRule([{ pattern: offered, mode: 'auto' }, deciding], url)?.pattern ?? offered;
}

/**
 * The rules after setting the rule for `url` (see `sitePatternToEdit`) to `mode`. An existing
 * rule keeps its place in the list. Choosing `auto` removes the rule, unless a broader rule
 * (say `*.163.com → never`) would then decide for `url`: an explicit `auto` rule is more
 * specific and so brings back the default behaviour on this site.
 */
export function withSiteRuleForPage(
  rules: readonly SiteRule[],
  url: string,
  mode: SiteRuleMode,
): SiteRule[] {
  const pattern = sitePatternToEdit(rules, url);
  if (pattern === null) return [...rules];
  const index = rules.findIndex((rule) => rule.pattern === pattern);
  const without = rules.filter((rule) => rule.pattern !== pattern);
  if (mode === 'auto') {
    const broader = matchSiteRule(without, url);
    if (!broader || broader.mode === 'auto') return without;
  }
  const next = [...rules];
  if (index === -1) next.push({ pattern, mode });
  else next[index] = { pattern, mode };
  return next;
}

/** The settings with the rule for `url` set to `mode` (see `withSiteRuleForPage`). */
export function withSiteRuleForUrl(settings: Settings, url: string, mode: SiteRuleMode): Settings {
  return { ...settings, siteRules: withSiteRuleForPage(settings.siteRules, url, mode) };
}
