import type { Settings, SiteRuleMode } from './schema.ts';
import { sitePatternForUrl } from './site-rules.ts';

/**
 * The settings with this page's site rule set to `mode` (`auto` removes the
 * rule). Returns the settings unchanged for pages that cannot have a rule.
 */
export function withSiteRuleForUrl(settings: Settings, url: string, mode: SiteRuleMode): Settings {
  const pattern = sitePatternForUrl(url);
  if (!pattern) return settings;
  const others = settings.siteRules.filter((rule) => rule.pattern !== pattern);
  return {
    ...settings,
    siteRules: mode === 'auto' ? others : [...others, { pattern, mode }],
  };
}
