import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { defaultTargetForLocale, type Target } from '../../utils/convert/target.ts';
import type { PageReport, TabApplyPayload } from '../../utils/messaging/protocol.ts';
import { readingModeNote, tabSwitchNote } from '../../utils/report/mode-note.ts';
import { regionalVocabularyNote } from '../../utils/report/regional-note.ts';
import { conversionChoice } from '../../utils/report/turn-on.ts';
import { settingsPatch } from '../../utils/settings/patch.ts';
import type { Settings } from '../../utils/settings/schema.ts';
import { siteRuleShownFor, withSiteRuleForPage } from '../../utils/settings/site-rule-edit.ts';
import { resolveUiLocale, type Locale } from '../../utils/i18n/translate.ts';
import { StatusLine, type StatusTone } from '../shared/fields.tsx';
import { I18nProvider, translatorFor } from '../shared/i18n.tsx';
import { describeSaveError } from '../shared/save-errors.ts';
import { PROGRESS_POLL_MS, type PopupApi } from './api.ts';
import { ConvertBox } from './ConvertBox.tsx';
import { PageControls, type PageControlChange, type PageControlValues } from './PageControls.tsx';
import { ConversionProgress, PageStatus, isConverting } from './PageStatus.tsx';

type Loaded = { tabId: number | null; report: PageReport | null; settings: Settings };

/** Switches changed in the popup whose change the tab has not answered yet. */
type PendingChoices = Partial<Pick<PageControlValues, 'target' | 'readingMode'>> & {
  enabled?: boolean;
  /** Set while any change is on its way, whichever switch it was. */
  applying?: true;
};

/** The target the settings mean on this browser (`auto` follows its UI language). */
function settingsTarget(settings: Settings, browserLanguage: string): Target {
  return settings.target === 'auto' ? defaultTargetForLocale(browserLanguage) : settings.target;
}

/** Asks for the report; a failure reads as "nothing known" rather than breaking the popup. */
async function safeStatus(api: PopupApi, tabId: number | null): Promise<PageReport | null> {
  if (tabId === null) return null;
  try {
    return await api.status(tabId);
  } catch {
    return null;
  }
}

/**
 * What a change means: what to tell the tab now, and how the saved settings
 * change. `enabled` is for this tab only; everything else is also saved, so
 * that it holds for the next page too.
 */
function planChange(
  change: PageControlChange,
  { settings, report }: { settings: Settings; report: PageReport | null },
): { apply?: TabApplyPayload; save?: Settings } {
  switch (change.kind) {
    case 'enabled':
      return { apply: conversionChoice(change.value, report?.readingMode) };
    case 'target':
      return { apply: { target: change.value }, save: { ...settings, target: change.value } };
    case 'regionalVocabulary':
      return {
        apply: { regionalVocabulary: change.value },
        save: { ...settings, regionalVocabulary: change.value },
      };
    case 'readingMode':
      return {
        apply: { readingMode: change.value },
        save: { ...settings, readingMode: change.value },
      };
    case 'glossaryEnabled':
      return {
        apply: { glossaryEnabled: change.value },
        save: { ...settings, glossaryEnabled: change.value },
      };
    case 'repairMirrors':
      return {
        apply: { repairMirrors: change.value },
        save: { ...settings, repairMirrors: change.value },
      };
    case 'siteRule': {
      if (!report || siteRuleShownFor(settings.siteRules, report.url) === null) return {};
      const siteRules = withSiteRuleForPage(settings.siteRules, report.url, change.value);
      // "Always" and "never" take effect on the open page too; "automatic"
      // leaves it as it is until the next visit decides afresh.
      const apply: TabApplyPayload | undefined =
        change.value === 'always'
          ? conversionChoice(true, report?.readingMode)
          : change.value === 'never'
            ? { enabled: false }
            : undefined;
      return { apply, save: { ...settings, siteRules } };
    }
  }
}

/**
 * The toolbar popup: what the extension found on this tab, the switches for
 * it, and a box that converts pasted text. It speaks the UI language of the
 * settings (the browser's until they are loaded) and tells `onLocale` which
 * one that is, for the document's `lang` and title.
 */
export function PopupApp({
  api,
  onLocale,
}: {
  api: PopupApi;
  onLocale?: (locale: Locale) => void;
}) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [status, setStatus] = useState<{ tone: StatusTone; text: string } | null>(null);
  // The latest settings, for changes made in quick succession before a re-render.
  const settingsRef = useRef<Settings | null>(null);
  // The settings as last stored, shown again when a save is refused; the saves run in order.
  const storedRef = useRef<Settings | null>(null);
  const saving = useRef<Promise<unknown>>(Promise.resolve());
  const saveCount = useRef(0);
  // Saves not answered yet: storage reports each of them as a change, one by one, and while
  // some are still to come the switches keep showing the reader's latest choice.
  const savesInFlight = useRef(0);
  // Choices sent to the tab that it has not answered yet. The tab answers when the page is
  // converted, which takes seconds on a long page: meanwhile the switches show what the reader
  // chose (not the tab's last report), and the tab's progress is polled.
  const [pending, setPending] = useState<PendingChoices>({});
  const applyCount = useRef(0);

  useEffect(() => {
    let cancelled = false;
    let stopWatching: (() => void) | null = null;
    // Settings stored while the popup is open (by another device's sync, or a page while the popup
    // is open as a tab) show at once: the popup holds them whole, and would otherwise store its
    // stale copy of a field, such as the list of site rules, over the newer one.
    const changed: { settings: Settings | null } = { settings: null };
    const stopWatchingSettings = api.watchSettings((settings) => {
      changed.settings = settings;
      storedRef.current = settings;
      if (savesInFlight.current > 0 || settingsRef.current === null) return;
      settingsRef.current = settings;
      setLoaded((current) => (current ? { ...current, settings } : current));
    });
    (async () => {
      const [tabId, loadedSettings] = await Promise.all([
        api.tabId().catch(() => null),
        api.loadSettings(),
      ]);
      if (cancelled) return;
      // The tab goes on changing after the popup asked (a conversion or a glossary search
      // ending, a render its settings asked for): each report it sends from now on is shown.
      // Watched before the status is asked, since a report sent meanwhile is the newer one.
      const sent: { report: PageReport | null } = { report: null };
      if (tabId !== null) {
        stopWatching = api.watchReports(tabId, (report) => {
          sent.report = report;
          setLoaded((current) => (current ? { ...current, report } : current));
        });
      }
      const report = await safeStatus(api, tabId);
      if (cancelled) return;
      const settings = changed.settings ?? loadedSettings;
      settingsRef.current = settings;
      storedRef.current = settings;
      setLoaded({ tabId, report: sent.report ?? report, settings });
    })().catch((error: unknown) => {
      if (!cancelled) setFailed(error instanceof Error ? error.message : String(error));
    });
    return () => {
      cancelled = true;
      stopWatching?.();
      stopWatchingSettings();
    };
  }, [api]);

  const locale = resolveUiLocale(loaded?.settings.uiLanguage ?? 'auto', api.browserLanguage);
  const t = useMemo(() => translatorFor(locale), [locale]);
  useEffect(() => onLocale?.(locale), [locale, onLocale]);

  const converting = isConverting(loaded?.report ?? null);
  const applying = Object.keys(pending).length > 0;
  useEffect(() => {
    if (!(converting || applying) || loaded?.tabId === null || loaded?.tabId === undefined) {
      return;
    }
    const tabId = loaded.tabId;
    let cancelled = false;
    const timer = setTimeout(() => {
      void safeStatus(api, tabId).then((report) => {
        if (cancelled || !report) return;
        setLoaded((current) => (current ? { ...current, report } : current));
      });
    }, PROGRESS_POLL_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [api, converting, applying, loaded]);

  if (failed !== null || !loaded) {
    return (
      <main class="popup" aria-busy={failed === null ? 'true' : undefined}>
        <h1>{t('extName')}</h1>
        {failed !== null ? (
          <p class="status status-error" role="alert">
            {t('error_generic', failed)}
          </p>
        ) : (
          <p class="muted">{t('state_loading')}</p>
        )}
      </main>
    );
  }

  const { tabId, report, settings } = loaded;
  const target =
    pending.target ?? report?.conversion.target ?? settingsTarget(settings, api.browserLanguage);
  // A page without Chinese gets no reader for a saved setting (only one turned on by hand,
  // where modes change nothing): the mode shown is the saved one, which the next page takes.
  const readingMode =
    pending.readingMode ??
    (report?.hasChinese === true ? report.readingMode : settings.readingMode);
  const values: PageControlValues = {
    // The tab switch acts on this page only, and a page without Chinese has nothing to convert
    // (PageStatus says so); the other switches are also saved for the next pages, and stay on.
    enabled:
      report && tabId !== null && report.hasChinese
        ? (pending.enabled ?? report.conversion.active)
        : null,
    target,
    regionalVocabulary: settings.regionalVocabulary,
    // A page already in Traditional keeps its words, which a reader who just turned the switch
    // on and saw nothing change is told.
    regionalNote: regionalVocabularyNote({
      report,
      target,
      regionalVocabulary: settings.regionalVocabulary,
    }),
    readingMode,
    modeNote: readingModeNote({ report, readingMode, target }),
    tabNote: tabSwitchNote({ report, readingMode, target }),
    peekModifier: settings.peekModifier,
    glossaryEnabled: settings.glossaryEnabled,
    repairMirrors: settings.repairMirrors,
    // The rule that decides for the page now, and names it.
    siteRule: report ? siteRuleShownFor(settings.siteRules, report.url) : null,
  };

  async function change(what: PageControlChange) {
    const current = settingsRef.current ?? settings;
    const plan = planChange(what, { settings: current, report });
    setStatus(null);
    let saved: Promise<unknown> = Promise.resolve();
    if (plan.save) {
      const next = plan.save;
      settingsRef.current = next;
      setLoaded((state) => (state ? { ...state, settings: next } : state));
      const order = ++saveCount.current;
      // Only what this change changed is stored, over what is stored now: a change the options
      // page saved since to another field is kept, and shows once the last save answers. A field
      // is stored whole: a site rule set here stores the list of rules the popup holds.
      const patch = settingsPatch(current, next);
      savesInFlight.current += 1;
      const storing = saving.current
        .then(() => api.changeSettings(patch))
        .finally(() => {
          savesInFlight.current -= 1;
        });
      saved = storing;
      saving.current = saved.catch(() => undefined);
      storing.then(
        (stored) => {
          storedRef.current = stored;
          if (order !== saveCount.current) return;
          settingsRef.current = stored;
          setLoaded((state) => (state ? { ...state, settings: stored } : state));
        },
        () => {
          // Refused (a full sync quota, say): the switches show what is stored again, and the
          // next change builds on that rather than repeat the refused one. A later change
          // still being saved speaks for itself.
          const stored = storedRef.current;
          if (order !== saveCount.current || stored === null) return;
          settingsRef.current = stored;
          setLoaded((state) => (state ? { ...state, settings: stored } : state));
        },
      );
    }
    // A tab without a report has no content script to talk to (a browser page, a PDF).
    let applied: Promise<PageReport | null> = Promise.resolve(null);
    let order = 0;
    if (plan.apply && tabId !== null && report) {
      const { enabled, target, readingMode } = plan.apply;
      order = ++applyCount.current;
      setPending((choices) => ({
        ...choices,
        ...(enabled !== undefined ? { enabled } : {}),
        ...(target !== undefined ? { target } : {}),
        ...(readingMode !== undefined ? { readingMode } : {}),
        applying: true,
      }));
      applied = api.apply(tabId, plan.apply);
    }
    const [saveResult, applyResult] = await Promise.allSettled([saved, applied]);
    if (applyResult.status === 'fulfilled' && applyResult.value) {
      const next = applyResult.value;
      setLoaded((state) => (state ? { ...state, report: next } : state));
    }
    // The last change answered: the tab's report speaks for the page again. Earlier answers
    // leave the later choices showing.
    if (order !== 0 && order === applyCount.current) setPending({});
    const problems: string[] = [];
    if (saveResult.status === 'rejected') problems.push(describeSaveError(t, saveResult.reason));
    if (applyResult.status === 'rejected') problems.push(t('error_page_unreachable'));
    if (problems.length > 0) setStatus({ tone: 'error', text: problems.join(' ') });
    else if (plan.save) setStatus({ tone: 'success', text: t('state_saved') });
  }

  return (
    <I18nProvider t={t}>
      <main class="popup">
        <header class="popup-header">
          <h1>{t('extName')}</h1>
          <button type="button" class="link-button" onClick={() => void api.openOptions()}>
            {t('popup_open_options')}
          </button>
        </header>
        {/* The controls first: a browser shows a popup at most 600 px high (Firefox and
            Chrome alike), and below the page's status most of them were out of sight. */}
        <PageControls values={values} onChange={(what) => void change(what)} />
        <StatusLine tone={status?.tone}>{status?.text}</StatusLine>
        {report && converting && <ConversionProgress report={report} />}
        <PageStatus report={report} reachable={tabId !== null} />
        <ConvertBox
          api={api}
          target={values.target}
          regionalVocabulary={settings.regionalVocabulary}
          repairMirrors={settings.repairMirrors}
        />
      </main>
    </I18nProvider>
  );
}
