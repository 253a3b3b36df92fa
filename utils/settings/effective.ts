import { defaultTargetForLocale, type Target } from '../convert/target.ts';
import type { Settings, SiteRule, SiteRuleMode } from './schema.ts';
import { matchSiteRule } from './site-rules.ts';
import type { AutoConversionReason } from './auto-conversion-reason.ts';

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

export interface AutoConversionDecision {
  convert: boolean;
  reason: AutoConversionReason;
}

/**
 * Whether a page converts without being asked, in order of precedence:
 * 1. the tab override (popup toggle or keyboard shortcut in this tab);
 * 2. the most specific site rule, `never` or `always` (`auto` defers);
 * 3. the `autoConvert` setting: NetEase-style pages (originals and mirrors), every page, or
 *    none; the pages it leaves out wait for the reader.
 *
 * "Every page" means every page the reader is started on, which is every Chinese frame; whether
 * there is anything to convert is the page's script's to say (a page already in the reader's
 * script, or in Japanese, is left as it is).
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
  if (settings.autoConvert === 'none') return { convert: false, reason: 'auto-off' };
  // A NetEase page says so whatever the scope: the popup tells the reader what it found.
  if (verdictKind !== null) return { convert: true, reason: verdictKind };
  if (settings.autoConvert === 'chinese') return { convert: true, reason: 'every-page' };
  return { convert: false, reason: 'not-netease' };
}
