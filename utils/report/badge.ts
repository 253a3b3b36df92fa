import type { MessageKey, Substitutions } from '../i18n/translate.ts';
import { READING_MODE_LABELS, TARGET_LABELS } from '../i18n/labels.ts';
import type { PageReport } from '../messaging/protocol.ts';

export interface BadgeState {
  /** At most two characters: 简, 繁, … for converting, '' for nothing to say. */
  text: string;
  /** Background colour, a CSS hex colour. */
  color: string;
  /** The toolbar button's tooltip: the extension's name, and what it does on the tab. */
  title: string;
}

const SIMPLIFIED = '#1565c0';
const TRADITIONAL = '#c62828';
const OFF = '#616161';

/**
 * What the toolbar badge shows for a tab: 简 or 繁 while the page is shown
 * converted (with the conversion progress while a large page is still
 * being converted), "off" on a Chinese page left as it is, and nothing on
 * pages without Chinese. The tooltip says it in words, the reading mode
 * included (the one thing a glance at the page may not tell), in the
 * interface's language, as `t` translates.
 */
export function badgeFor(
  report: PageReport | null,
  t: (key: MessageKey, substitutions?: Substitutions) => string,
): BadgeState {
  const name = t('extName');
  if (!report || !report.hasChinese) return { text: '', color: OFF, title: name };
  const { conversion } = report;
  if (!conversion.active || conversion.target === null) {
    return {
      text: t('badge_off'),
      color: OFF,
      title: t('badge_title', [name, t('badge_state_off')]),
    };
  }
  const simplified = conversion.target === 'cn';
  const color = simplified ? SIMPLIFIED : TRADITIONAL;
  const shownIn = t('notice_converted_to', t(TARGET_LABELS[conversion.target]));
  if (conversion.progress < 1) {
    const percent = `${Math.floor(conversion.progress * 100)}%`;
    return { text: percent, color, title: t('badge_title', [name, `${shownIn} (${percent})`]) };
  }
  const mode = t('notice_reading_mode', t(READING_MODE_LABELS[report.readingMode]));
  return {
    text: simplified ? '简' : '繁',
    color,
    title: t('badge_title', [name, `${shownIn} · ${mode}`]),
  };
}
