import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Term } from '../../utils/glossary/schema.ts';
import { resolveUiLocale, type Locale } from '../../utils/i18n/translate.ts';
import type { SettingsProblem } from '../../utils/settings/parse.ts';
import type { SettingsPatch } from '../../utils/settings/patch.ts';
import type { Settings } from '../../utils/settings/schema.ts';
import { Card } from '../shared/Card.tsx';
import { StatusLine, type StatusTone } from '../shared/fields.tsx';
import { useFocusAfterRender } from '../shared/focus.ts';
import { I18nProvider, translatorFor, type Translate } from '../shared/i18n.tsx';
import { describeSaveError } from '../shared/save-errors.ts';
import type { OptionsApi, UserGlossary } from './api.ts';
import { Backup } from './Backup.tsx';
import {
  ConversionSettings,
  GlossarySettings,
  LanguageSettings,
  ReadingSettings,
} from './GeneralSettings.tsx';
import { GlossaryManager } from './GlossaryManager.tsx';
import type { OptionsAction, OptionsActor } from './ImportErrors.tsx';
import { ResetSettings } from './ResetSettings.tsx';
import { SettingsNotice } from './SettingsNotice.tsx';
import { Shortcuts } from './Shortcuts.tsx';
import { SiteRules } from './SiteRules.tsx';

interface Loaded {
  settings: Settings;
  glossary: UserGlossary;
  /**
   * Why the stored glossary could not be read (a damaged storage.local), or null. The page
   * then offers no glossary editing, export or backup: each would act on an empty glossary and
   * could overwrite the real one once storage reads again.
   */
  glossaryUnreadable: string | null;
  builtIn: readonly Term[];
  /** Non-null while the damaged-settings notice is shown. */
  notice: SettingsProblem[] | null;
}

/**
 * The options page. Every change is saved at once; the status line says
 * whether it was, and why not (a full sync quota, for one). It speaks the UI
 * language of the settings and tells `onLocale` which one that is.
 */
export function OptionsApp({
  api,
  onLocale,
  addTerm = null,
  onAddTermTaken,
}: {
  api: OptionsApi;
  onLocale?: (locale: Locale, t: Translate) => void;
  /** Text to start a new glossary term with (the "Add to glossary" menu); opens the form. */
  addTerm?: string | null;
  /**
   * Called once the term form has opened with `addTerm`: the page then forgets it, so that a
   * reload (after the term is saved, say) does not open the same form again.
   */
  onAddTermTaken?: () => void;
}) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  // Kept as a function of the translator, so a status reads in the language
  // just chosen when the change was the language itself.
  const [status, setStatus] = useState<{ tone: StatusTone; text: (t: Translate) => string } | null>(
    null,
  );
  // The settings as last stored, to go back to when a save is refused.
  const stored = useRef<Settings | null>(null);
  // The settings as the reader last chose them, stored or not yet: a change made while an
  // earlier one is being saved builds on that one, not on what storage holds, which would undo
  // it. The saves run one after another, in the order of the changes.
  const wanted = useRef<Settings | null>(null);
  const saving = useRef<Promise<unknown>>(Promise.resolve());
  const savesInFlight = useRef(0);
  const now = api.now ?? (() => new Date());
  const mainRef = useRef<HTMLElement>(null);
  const focusLater = useFocusAfterRender();

  const locale = resolveUiLocale(loaded?.settings.uiLanguage ?? 'auto', api.browserLanguage);
  const t = useMemo(() => translatorFor(locale), [locale]);
  useEffect(() => onLocale?.(locale, t), [locale, t, onLocale]);

  /** The stored terms, without the problems met reading them (those are for the notice). */
  const readGlossary = async (): Promise<UserGlossary & { problems: SettingsProblem[] }> => {
    const { revision, terms, problems = [] } = await api.loadUserGlossary();
    return { revision, terms, problems: [...problems] };
  };

  useEffect(() => {
    let cancelled = false;
    (async () => {
      const [loadedSettings, readResult, builtIn] = await Promise.all([
        api.loadSettings(),
        readGlossary().then(
          (read) => ({ read, error: null }),
          (error: unknown) => ({
            read: { revision: 0, terms: [], problems: [] },
            error: error instanceof Error ? error.message : String(error),
          }),
        ),
        api.builtInTerms(),
      ]);
      const { problems: glossaryProblems, ...glossary } = readResult.read;
      const { settings } = loadedSettings;
      // A damaged glossary is told like damaged settings: once, with what could not be read.
      const problems = [...loadedSettings.problems, ...glossaryProblems];
      // Asked on a clean load too: that clears the marker, so that the same damage coming back
      // later is told again.
      const showNotice = await api.takeSettingsNotice(problems);
      if (cancelled) return;
      stored.current = settings;
      wanted.current = settings;
      setLoaded({
        settings,
        glossary,
        glossaryUnreadable: readResult.error,
        builtIn,
        notice: showNotice && problems.length > 0 ? problems : null,
      });
    })().catch((error: unknown) => {
      if (!cancelled) setFailed(error instanceof Error ? error.message : String(error));
    });
    const unwatch = api.watchSettings((settings) => {
      stored.current = settings;
      // Our own saves are reported here one by one; while some are still to come, the page
      // keeps showing the reader's latest choice.
      if (savesInFlight.current > 0) return;
      wanted.current = settings;
      setLoaded((current) => (current ? { ...current, settings } : current));
    });
    // Terms saved in another page (the "Add to glossary" menu opens one): the list, the
    // exports and the import previews follow. A report older than what the page holds (its
    // own save, answered first) changes nothing.
    const unwatchGlossary = api.watchUserGlossary((glossary) => {
      setLoaded((current) =>
        current &&
        (current.glossaryUnreadable !== null || glossary.revision > current.glossary.revision)
          ? { ...current, glossary, glossaryUnreadable: null }
          : current,
      );
    });
    return () => {
      cancelled = true;
      unwatch();
      unwatchGlossary();
    };
  }, [api]);

  /**
   * One action's messages at a time: an import's errors left in its section after another
   * change, or the header's "Saved" left above a file refused, would read as the new action's.
   */
  const [lastAction, setLastAction] = useState<OptionsAction | null>(null);

  if (failed !== null || !loaded) {
    return (
      <I18nProvider t={t}>
        <main class="options" aria-busy={failed === null ? 'true' : undefined}>
          <h1>{t('options_title')}</h1>
          {failed !== null ? (
            <p class="status status-error" role="alert">
              {t('error_generic', failed)}
            </p>
          ) : (
            <p class="muted">{t('state_loading')}</p>
          )}
        </main>
      </I18nProvider>
    );
  }

  const { settings, glossary, glossaryUnreadable, builtIn, notice } = loaded;
  const patchLoaded = (patch: Partial<Loaded>) =>
    setLoaded((current) => (current ? { ...current, ...patch } : current));

  /**
   * The damaged-settings notice goes, and its Close button with it: keyboard focus moves on to
   * the heading of the section that followed it, instead of falling back to the page's top.
   */
  function dismissNotice() {
    patchLoaded({ notice: null });
    focusLater(() => mainRef.current?.querySelector<HTMLElement>('section h2'));
  }

  /**
   * Runs a settings write after those asked for before it, counted while it runs (storage
   * reports our own writes; see `watchSettings`).
   */
  function queued<T>(write: () => Promise<T>): Promise<T> {
    savesInFlight.current += 1;
    const attempt = saving.current.then(write);
    saving.current = attempt.catch(() => undefined);
    return attempt.finally(() => {
      savesInFlight.current -= 1;
    });
  }

  function actionStarted(from: OptionsActor) {
    setLastAction((last) => ({ seq: (last?.seq ?? 0) + 1, from }));
    // A change's own outcome replaces the header's; a file picked has its outcome in its part.
    if (from !== 'page') setStatus(null);
  }

  /** Saves a change of some settings; resolves false when it was refused (and said why). */
  async function update(patch: SettingsPatch): Promise<boolean> {
    actionStarted('page');
    const next = { ...(wanted.current ?? stored.current ?? settings), ...patch };
    wanted.current = next;
    patchLoaded({ settings: next });
    // Emptied while the change is saved, so that the next "Saved" is a change of the live
    // region, which a screen reader announces; the same text again would say nothing.
    setStatus(null);
    try {
      // Only the fields changed here are stored, over what is stored now: a change the popup
      // saved meanwhile is kept, and shown once this page's own changes are all in.
      const saved = await queued(() => api.changeSettings(patch));
      stored.current = saved;
      if (savesInFlight.current === 0) {
        wanted.current = saved;
        patchLoaded({ settings: saved });
      }
      setStatus({ tone: 'success', text: (t) => t('options_saved') });
      return true;
    } catch (error) {
      // Show what is really stored, not what failed to be, and build the next change on it.
      // A later change still in line stores its own fields only, and shows what is stored
      // when it answers.
      if (savesInFlight.current === 0 && stored.current) {
        wanted.current = stored.current;
        patchLoaded({ settings: stored.current });
      }
      setStatus({ tone: 'error', text: (t) => describeSaveError(t, error) });
      return false;
    }
  }

  async function saveTerms(terms: Term[], done: string): Promise<boolean> {
    actionStarted('page');
    try {
      patchLoaded({ glossary: await api.saveUserGlossary(terms, glossary.revision) });
      setStatus({ tone: 'success', text: () => done });
      return true;
    } catch (error) {
      setStatus({ tone: 'error', text: (t) => describeSaveError(t, error) });
      // Another page may have changed the glossary: show what is stored now.
      readGlossary().then(
        ({ revision, terms }) => patchLoaded({ glossary: { revision, terms } }),
        () => {},
      );
      return false;
    }
  }

  async function applyBackup(
    apply: { settings: Settings; userGlossary: UserGlossary },
    checkedAgainst: number,
  ) {
    actionStarted('page');
    try {
      await queued(() => api.applyImport(apply, checkedAgainst));
    } catch (error) {
      setStatus({ tone: 'error', text: (t) => describeSaveError(t, error) });
      // Another page may have changed the glossary: the preview is made again from it.
      readGlossary().then(
        ({ revision, terms }) => patchLoaded({ glossary: { revision, terms } }),
        () => {},
      );
      return false;
    }
    stored.current = apply.settings;
    wanted.current = apply.settings;
    patchLoaded({ settings: apply.settings });
    const { revision, terms } = await readGlossary().catch(() => apply.userGlossary);
    patchLoaded({ glossary: { revision, terms } });
    setStatus({ tone: 'success', text: (t) => t('backup_import_done') });
    return true;
  }

  async function reset() {
    actionStarted('page');
    try {
      const defaults = await queued(() => api.resetSettings());
      stored.current = defaults;
      wanted.current = defaults;
      patchLoaded({ settings: defaults });
      setStatus({ tone: 'success', text: (t) => t('reset_done') });
      return true;
    } catch (error) {
      setStatus({ tone: 'error', text: (t) => describeSaveError(t, error) });
      return false;
    }
  }

  return (
    <I18nProvider t={t}>
      <header class="options-header">
        <h1>{t('options_title')}</h1>
        <StatusLine id="save-status" tone={status?.tone}>
          {status?.text(t)}
        </StatusLine>
      </header>
      <main class="options" ref={mainRef}>
        {notice && <SettingsNotice problems={notice} onDismiss={dismissNotice} />}
        <Card id="conversion" title={t('options_section_conversion')}>
          <ConversionSettings settings={settings} onChange={update} />
        </Card>
        <Card id="reading" title={t('options_section_reading')}>
          <ReadingSettings settings={settings} onChange={update} />
        </Card>
        <Card id="language" title={t('options_section_language')}>
          <LanguageSettings settings={settings} onChange={update} />
        </Card>
        <Card id="sites" title={t('site_rules_title')}>
          <SiteRules rules={settings.siteRules} onChange={(siteRules) => update({ siteRules })} />
        </Card>
        <Card id="glossary" title={t('options_section_glossary')}>
          <GlossarySettings settings={settings} onChange={update} />
          {glossaryUnreadable !== null ? (
            <p class="status status-error" role="alert">
              {t('glossary_unreadable', glossaryUnreadable)}
            </p>
          ) : (
            <GlossaryManager
              builtIn={builtIn}
              userTerms={glossary.terms}
              disabledBuiltIn={settings.disabledBuiltInTerms}
              locale={locale}
              onSaveTerms={saveTerms}
              onDisabledChange={(disabledBuiltInTerms) => update({ disabledBuiltInTerms })}
              download={api.download}
              convertScript={api.convertScript}
              announce={(text, tone) => {
                actionStarted('page');
                setStatus({ text: () => text, tone });
              }}
              now={now}
              startWith={addTerm}
              onStartWithTaken={onAddTermTaken}
              lastAction={lastAction}
              onActionStart={() => actionStarted('glossary-import')}
            />
          )}
        </Card>
        <Shortcuts api={api} />
        <Card id="backup" title={t('options_section_backup')}>
          {glossaryUnreadable === null && (
            <Backup
              settings={settings}
              userGlossary={glossary}
              download={api.download}
              now={now}
              lastAction={lastAction}
              onActionStart={() => actionStarted('backup-import')}
              onApply={(apply, checkedAgainst) =>
                applyBackup(
                  apply as { settings: Settings; userGlossary: UserGlossary },
                  checkedAgainst,
                )
              }
            />
          )}
          <ResetSettings onReset={reset} />
        </Card>
      </main>
    </I18nProvider>
  );
}
