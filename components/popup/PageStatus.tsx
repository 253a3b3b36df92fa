import {
  AUTO_CONVERSION_REASON_LABELS,
  SCRIPT_VERDICT_LABELS,
  neteaseKindLabel,
} from '../../utils/i18n/labels.ts';
import { isMessageKey } from '../../utils/i18n/translate.ts';
import type { NeteaseSignal, PageReport } from '../../utils/messaging/protocol.ts';
import { useT, type Translate } from '../shared/i18n.tsx';

/**
 * The explanation of a detection signal in the UI language: `signal_<id>`
 * with dashes as underscores. A signal the message table does not know yet
 * shows the evidence it carries instead (page data, shown as text).
 */
export function signalText(t: Translate, signal: NeteaseSignal): string {
  const key = `signal_${signal.id.replace(/-/g, '_')}`;
  if (isMessageKey(key)) return t(key);
  return signal.detail.trim() || t('signal_other');
}

function Count({ label, value }: { label: string; value: number }) {
  const t = useT();
  return (
    <div class="count">
      <dt>{label}</dt>
      <dd>{value.toLocaleString(t('locale_tag'))}</dd>
    </div>
  );
}

/**
 * What the extension knows about the tab. Everything here comes from the
 * page (its title, the signals' evidence) and is rendered as text.
 */
export function PageStatus({
  report,
  reachable,
}: {
  report: PageReport | null;
  reachable: boolean;
}) {
  const t = useT();
  if (!report) {
    return (
      <section class="page-status" aria-labelledby="page-status-heading">
        <h2 id="page-status-heading">{t('popup_status')}</h2>
        {reachable ? (
          <p class="muted">
            {t('popup_no_information')} {t('popup_reload_needed')}
          </p>
        ) : (
          <p class="muted">{t('popup_unavailable')}</p>
        )}
      </section>
    );
  }
  const { conversion, repair, glossary, netease, script } = report;
  // Both as the tab showed them when it reported: repaired and converted where the page is.
  const title = (netease.title ?? report.title).trim();
  const showRepair =
    netease.kind === 'mirror' ||
    repair.annotationsRemoved + repair.runsRepaired + repair.spansLost > 0;
  return (
    <section class="page-status" aria-labelledby="page-status-heading">
      <h2 id="page-status-heading">{t('popup_status')}</h2>
      <p class="page-title">
        <span class="visually-hidden">
          {t(netease.kind !== null ? 'popup_article_title' : 'popup_page_title')}
          {/* "：" in Chinese, ": " in English: a screen reader reads the label before the title. */}
          {t('label_separator')}
        </span>
        <span lang={report.hasChinese ? 'zh' : undefined}>{title || t('popup_untitled')}</span>
      </p>
      {!report.hasChinese ? (
        <p class="plain-note">{t('popup_no_chinese')}</p>
      ) : (
        <>
          <dl class="facts">
            <div>
              <dt>{t('popup_detected_script')}</dt>
              <dd>
                {t(SCRIPT_VERDICT_LABELS[script.verdict])}
                {script.verdict !== 'none' && (
                  <span class="muted">
                    {/* Full-width brackets around the Chinese words, half-width in English. */}
                    {t('aside', t('popup_confidence', String(Math.round(script.confidence * 100))))}
                  </span>
                )}
              </dd>
            </div>
            <div>
              <dt>{t('popup_page_kind')}</dt>
              <dd>{t(neteaseKindLabel(netease.kind))}</dd>
            </div>
          </dl>
          {/* Why the tab converted on load or waits: NetEase, a site rule, the options' choice.
              Not in the original mode, which converts nothing whatever the reason says. */}
          {conversion.reason !== null && report.readingMode !== 'original' && (
            <p class="conversion-reason">{t(AUTO_CONVERSION_REASON_LABELS[conversion.reason])}</p>
          )}
          {netease.signals.length > 0 && (
            <details class="signals">
              <summary>{t('popup_signals')}</summary>
              <ul>
                {netease.signals.map((signal, index) => (
                  <li key={`${signal.id}-${index}`}>{signalText(t, signal)}</li>
                ))}
              </ul>
            </details>
          )}
          <h3 class="counts-heading">{t('popup_stats')}</h3>
          <dl class="counts">
            <Count label={t('stats_nodes_converted')} value={conversion.nodesConverted} />
            <Count label={t('stats_characters_changed')} value={conversion.charactersChanged} />
            {conversion.contestedNodes > 0 && (
              <Count label={t('stats_contested_nodes')} value={conversion.contestedNodes} />
            )}
            {showRepair && (
              <>
                <Count label={t('stats_annotations_removed')} value={repair.annotationsRemoved} />
                <Count label={t('stats_runs_repaired')} value={repair.runsRepaired} />
                <Count label={t('stats_spans_lost')} value={repair.spansLost} />
              </>
            )}
            <Count label={t('stats_terms_found')} value={glossary.termsFound} />
          </dl>
        </>
      )}
    </section>
  );
}

/** Whether the page is still being converted, so the popup should keep asking. */
export function isConverting(report: PageReport | null): boolean {
  return report !== null && report.conversion.active && report.conversion.progress < 1;
}

export function ConversionProgress({ report }: { report: PageReport }) {
  const t = useT();
  const percent = Math.round(Math.min(1, Math.max(0, report.conversion.progress)) * 100);
  return (
    <div class="progress-wrap">
      <div
        class="progress"
        role="progressbar"
        aria-label={t('popup_progress_label')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={t('popup_progress', String(percent))}
      >
        <div class="progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <p class="progress-text" aria-hidden="true">
        {t('popup_progress', String(percent))}
      </p>
    </div>
  );
}
