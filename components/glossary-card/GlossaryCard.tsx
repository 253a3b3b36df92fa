import type { OtherFormsKind, TermCardContent } from '../../utils/glossary/card-content.ts';
import type { CardTheme } from '../../utils/glossary/card-theme.ts';
import { categoryLabel } from '../../utils/i18n/labels.ts';
import type { MessageKey } from '../../utils/i18n/messages.ts';
import type { Translate } from '../shared/i18n.tsx';

const REGION_LABELS: Record<'tw' | 'hk', MessageKey> = {
  tw: 'card_region_tw',
  hk: 'card_region_hk',
};

const OTHER_FORMS_LABELS: Record<OtherFormsKind, MessageKey> = {
  'other-script': 'card_other_script',
  'chinese-names': 'card_chinese_names',
  names: 'card_names',
  mainland: 'card_mainland_forms',
};

/** Where the card sits, in viewport pixels; null while it is measured. */
export interface CardBox {
  left: number;
  top: number;
  maxHeight: number | null;
}

/**
 * The glossary card: a term as on the page, its other forms, what it means
 * in the reader's UI language (with the English below a Chinese one), its
 * category, the date its facts were checked, and a link. Everything is
 * rendered as text; term data never becomes markup.
 */
export function GlossaryCard({
  id,
  content,
  t,
  uiLang,
  theme,
  box,
  safeWidth,
}: {
  id: string;
  content: TermCardContent;
  t: Translate;
  /** The `lang` of the labels (the UI language). */
  uiLang: string;
  theme: CardTheme;
  box: CardBox | null;
  /**
   * The width of the viewport's safe area. The card is at most that wide
   * both when it is measured and when it is placed, so it keeps the width it
   * was placed with (the stylesheet's `100vw` would count the scrollbar).
   */
  safeWidth: number;
}) {
  const {
    shown,
    otherScript,
    regional,
    english,
    definition,
    definitionInEnglish,
    note,
    noteInEnglish,
    category,
    asOf,
    link,
    userTerm,
  } = content;
  const maxWidth = `min(26em, ${safeWidth}px)`;
  const style =
    box === null
      ? { left: '0px', top: '0px', maxWidth, visibility: 'hidden' }
      : {
          left: `${box.left}px`,
          top: `${box.top}px`,
          maxWidth,
          ...(box.maxHeight === null ? {} : { maxHeight: `${box.maxHeight}px` }),
        };
  return (
    <div id={id} role="tooltip" class="card" data-theme={theme} lang={uiLang} style={style}>
      <div class="head">
        <span class="term" lang={shown.lang}>
          {shown.text}
        </span>
        <span class="badge">{t(categoryLabel(category))}</span>
        {userTerm && <span class="badge">{t('card_user_term')}</span>}
      </div>
      {(otherScript.length > 0 || regional.length > 0 || english !== null) && (
        <dl class="forms">
          {otherScript.length > 0 && (
            <>
              <dt>{t(OTHER_FORMS_LABELS[content.otherScriptKind])}</dt>
              <dd>
                {otherScript.map((form, index) => (
                  <span key={form.text} lang={form.lang}>
                    {index > 0 ? ' / ' : ''}
                    {form.text}
                  </span>
                ))}
              </dd>
            </>
          )}
          {regional.length > 0 && (
            <>
              <dt>{t('card_regional')}</dt>
              <dd>
                {regional.map(({ region, form }) => (
                  <span class="region" key={region}>
                    {t(REGION_LABELS[region])} <span lang={form.lang}>{form.text}</span>
                  </span>
                ))}
              </dd>
            </>
          )}
          {english !== null && (
            <>
              <dt>{t('card_english')}</dt>
              <dd lang={english.lang}>{english.text}</dd>
            </>
          )}
        </dl>
      )}
      {definition !== null && (
        <p class="definition" lang={definition.lang}>
          <span class="visually-hidden">
            {t('card_definition')}
            {t('label_separator')}
          </span>
          {definition.text}
        </p>
      )}
      {definitionInEnglish !== null && (
        <p class="definition secondary" lang={definitionInEnglish.lang}>
          {definitionInEnglish.text}
        </p>
      )}
      {note !== null && (
        <p class="note">
          <span class="label">
            {t('card_note')}
            {t('label_separator')}
          </span>
          <span lang={note.lang}>{note.text}</span>
        </p>
      )}
      {noteInEnglish !== null && (
        <p class="note secondary" lang={noteInEnglish.lang}>
          {noteInEnglish.text}
        </p>
      )}
      {(asOf !== null || link !== null) && (
        <p class="meta">
          {asOf !== null && <span>{t('card_as_of', asOf)}</span>}
          {link !== null && (
            <a href={link} target="_blank" rel="noopener noreferrer">
              {t('card_more')}
            </a>
          )}
        </p>
      )}
    </div>
  );
}

/** What the live region reads out when the card opens: the card's text, in reading order. */
export function cardAnnouncement(content: TermCardContent, t: Translate): string {
  const parts = [content.shown.text, t(categoryLabel(content.category))];
  if (content.otherScript.length > 0) {
    parts.push(
      `${t(OTHER_FORMS_LABELS[content.otherScriptKind])}${t('label_separator')}${content.otherScript.map((f) => f.text).join(' / ')}`,
    );
  }
  for (const { region, form } of content.regional) {
    parts.push(`${t(REGION_LABELS[region])}${t('label_separator')}${form.text}`);
  }
  if (content.english)
    parts.push(`${t('card_english')}${t('label_separator')}${content.english.text}`);
  if (content.definition) parts.push(content.definition.text);
  if (content.definitionInEnglish) parts.push(content.definitionInEnglish.text);
  if (content.note) parts.push(`${t('card_note')}${t('label_separator')}${content.note.text}`);
  if (content.noteInEnglish) parts.push(content.noteInEnglish.text);
  if (content.asOf) parts.push(t('card_as_of', content.asOf));
  return parts.map((part) => part.trim().replace(/[.。]$/, '')).join('. ');
}
