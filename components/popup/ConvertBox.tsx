import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { targetLang, type Target } from '../../utils/convert/target.ts';
import { MAX_MESSAGE_TEXT } from '../../utils/messaging/protocol.ts';
import { hasMirrorArtifacts } from '../../utils/repair/artifacts.ts';
import { CheckboxField, StatusLine, type StatusTone } from '../shared/fields.tsx';
import { useT } from '../shared/i18n.tsx';
import type { PopupApi } from './api.ts';

/**
 * Converts a piece of pasted text to the current target. What the reader
 * typed stays as typed; the result goes to a separate read-only box. Text
 * copied from a mirror site (pinyin after characters, garbled passages) is
 * repaired first, as on the page, unless the reader unticks the box that
 * appears for it: a pinyin lesson writes such readings on purpose.
 */
export function ConvertBox({
  api,
  target,
  regionalVocabulary,
  repairMirrors,
}: {
  api: Pick<PopupApi, 'convertText' | 'repairText' | 'copyText'>;
  target: Target;
  regionalVocabulary: boolean;
  /** The setting: whether the box for repairing starts ticked. */
  repairMirrors: boolean;
}) {
  const t = useT();
  const [input, setInput] = useState('');
  const [output, setOutput] = useState('');
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ tone: StatusTone; text: string } | null>(null);
  const [repair, setRepair] = useState(repairMirrors);
  // The setting switched in the popup above speaks for this box too.
  useEffect(() => setRepair(repairMirrors), [repairMirrors]);
  const damaged = useMemo(() => hasMirrorArtifacts(input), [input]);
  const outputRef = useRef<HTMLTextAreaElement>(null);
  /** Conversions asked for so far: only the latest one's result is shown. */
  const asked = useRef(0);

  // A result is for one target: when the target (or the regional vocabulary) changes, the
  // text is converted again rather than shown under the other's `lang`, or copied as it was.
  // So is a result repaired or not: ticking the box again converts again.
  const shownFor = useRef({ target, regionalVocabulary, repair });
  useEffect(() => {
    const before = shownFor.current;
    shownFor.current = { target, regionalVocabulary, repair };
    if (
      before.target === target &&
      before.regionalVocabulary === regionalVocabulary &&
      before.repair === repair
    ) {
      return;
    }
    // Nothing shown and nothing on its way: nothing to convert again. A conversion on its way
    // is for the other target: asked again, it is dropped (`asked`).
    if (output === '' && !busy) return;
    setOutput('');
    void convert();
  }, [target, regionalVocabulary, repair]);

  async function convert() {
    if (input.length > MAX_MESSAGE_TEXT) {
      setStatus({
        tone: 'error',
        text: t('error_text_too_long', MAX_MESSAGE_TEXT.toLocaleString(t('locale_tag'))),
      });
      return;
    }
    const request = ++asked.current;
    setBusy(true);
    setStatus(null);
    try {
      const repaired = damaged && repair ? await api.repairText(input) : null;
      if (request !== asked.current) return;
      const converted = await api.convertText({
        text: repaired?.text ?? input,
        target,
        regionalVocabulary,
      });
      if (request !== asked.current) return;
      setOutput(converted);
      if (repaired !== null) {
        const locale = t('locale_tag');
        setStatus({
          tone: 'info',
          text: t('popup_convert_repaired', [
            repaired.annotationsRemoved.toLocaleString(locale),
            repaired.runsRepaired.toLocaleString(locale),
            repaired.spansLost.toLocaleString(locale),
          ]),
        });
      }
    } catch (error) {
      if (request !== asked.current) return;
      const reason = error instanceof Error ? error.message : String(error);
      setStatus({ tone: 'error', text: t('error_generic', reason) });
    } finally {
      if (request === asked.current) setBusy(false);
    }
  }

  async function copy() {
    try {
      await api.copyText(output);
      setStatus({ tone: 'success', text: t('action_copied') });
    } catch {
      // Leave the reader one keystroke from copying it themselves.
      outputRef.current?.focus();
      outputRef.current?.select();
      setStatus({ tone: 'error', text: `${t('error_clipboard')} ${t('popup_copy_fallback')}` });
    }
  }

  return (
    <section class="convert-box" aria-labelledby="convert-heading">
      <h2 id="convert-heading">{t('popup_convert_text')}</h2>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void convert();
        }}
      >
        <div class="field">
          <label for="convert-input">{t('popup_convert_input')}</label>
          <textarea
            id="convert-input"
            rows={3}
            lang="zh"
            placeholder={t('popup_convert_text_placeholder')}
            value={input}
            // Enter alone starts a new line, as in any text box; with Ctrl (⌘ on a Mac) it
            // converts, as such boxes commonly do.
            aria-keyshortcuts="Control+Enter Meta+Enter"
            onKeyDown={(event) => {
              if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
              event.preventDefault();
              if (!busy && input.trim() !== '') void convert();
            }}
            onInput={(event) => {
              setInput(event.currentTarget.value);
              // A result is for the text it was converted from: once that is edited, the result
              // (and a conversion still on its way) would be copied for text no longer there.
              asked.current++;
              setBusy(false);
              setOutput('');
              setStatus(null);
            }}
          />
        </div>
        {damaged && (
          <CheckboxField
            id="convert-repair"
            label={t('popup_convert_repair')}
            checked={repair}
            onChange={setRepair}
          />
        )}
        <div class="button-row">
          <button type="submit" disabled={busy || input.trim() === ''}>
            {t('action_convert')}
          </button>
        </div>
      </form>
      <div class="field">
        <label for="convert-output">{t('popup_convert_result')}</label>
        <textarea
          id="convert-output"
          rows={3}
          lang={targetLang(target)}
          readOnly
          value={output}
          ref={outputRef}
        />
      </div>
      <div class="button-row">
        <button type="button" onClick={() => void copy()} disabled={output === ''}>
          {t('action_copy')}
        </button>
      </div>
      <StatusLine tone={status?.tone}>{status?.text}</StatusLine>
    </section>
  );
}
