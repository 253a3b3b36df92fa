import { defaultTargetForLocale, type Target } from '../convert/target.ts';
import type { Settings, SiteRule, SiteRuleMode } from './schema.ts';
import { matchSiteRule } from './site-rules.ts';

export interface EffectiveSettings extends Omit<Settings, 'target'> {
  /** `auto` resolved against the browser UI language. */
  target: Target;
  /** The most specific site rule for the page, if any. */
  siteRule: SiteRule | null;
  /** The rule's mode, `auto` when no rule matches. */
  siteMode: SiteRuleMode;
}

/**
 * The settings that apply to one page. `uiLanguage` is the browser's UI
 * language (`browser.i18n.getUILanguage()`, e.g. "zh-TW"), which is what a
 * `target: 'auto'` follows.
 */
export function effectiveSettings(
  settings: Settings,
  { url, uiLanguage }: { url: string; uiLanguage: string },
): EffectiveSettings {
  const siteRule = matchSiteRule(settings.siteRules, url);
  return {
    ...settings,
    target: settings.target === 'auto' ? defaultTargetForLocale(uiLanguage) : settings.target,
    siteRule,
    siteMode: siteRule?.mode ?? 'auto',
  };
}

export type AutoConversionReason =
  | 'tab-override-on'
  | 'tab-override-off'
  | 'site-always'
  | 'site-never'
  | 'netease'
  | 'mirror'
  | 'not-netease'
  | 'netease-auto-off';

export interface AutoConversionDecision {
  convert: boolean;
  reason: AutoConversionReason;
}

/**
 * Whether a page converts without being asked, in order of precedence:
 * 1. the tab override (popup toggle or keyboard shortcut in this tab);
 * 2. the most specific site rule, `never` or `always` (`auto` defers);
 * 3. NetEase-style pages (originals and mirrors) while `autoConvertNetease` is on;
 * 4. every other page waits for the reader.
 */
export function decideAutoConversion({
  verdictKind,
  settings,
  url,
  tabOverride = null,
}: {
  verdictKind: 'netease' | 'mirror' | null;
  settings: Settings;
  url: string;
  tabOverride?: boolean | null;
}): AutoConversionDecision {
  if (tabOverride === true) return { convert: true, reason: 'tab-override-on' };
  if (tabOverride === false) return { convert: false, reason: 'tab-override-off' };
  const rule = matchSiteRule(settings.siteRules, url);
  if (rule?.mode === 'never') return { convert: false, reason: 'site-never' };
  if (rule?.mode === 'always') return { convert: true, reason: 'site-always' };
  if (verdictKind === null) return { convert: false, reason: 'not-netease' };
  if (!settings.autoConvertNetease) return { convert: false, reason: 'netease-auto-off' };
  return { convert: true, reason: verdictKind };
}
