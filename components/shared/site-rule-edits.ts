import { matchSiteRule } from '../../utils/settings/site-rules.ts';
import type { SiteRule, SiteRuleMode } from '../../utils/settings/schema.ts';

/** The mode the reader set for exactly this pattern, `auto` when there is no such rule. */
export function modeForPattern(rules: readonly SiteRule[], pattern: string): SiteRuleMode {
  return rules.find((rule) => rule.pattern === pattern)?.mode ?? 'auto';
}

/**
 * The rules after setting `pattern` to `mode` from the popup. An existing rule
 * for the pattern keeps its place in the list. Choosing `auto` removes the
 * rule, unless a broader rule (say `*.163.com → never`) would then apply to
 * `url`: an explicit `auto` rule is more specific and so restores the default
 * behaviour on this site.
 */
export function setSiteRuleForPage({
  rules,
  pattern,
  mode,
  url,
}: {
  rules: readonly SiteRule[];
  pattern: string;
  mode: SiteRuleMode;
  url: string;
}): SiteRule[] {
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
