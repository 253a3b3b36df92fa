import { describe, expect, it } from 'vitest';
import { translate } from '../../../utils/i18n/translate.ts';
import { TAB_COMMANDS, type TabCommand } from '../../../utils/messaging/protocol.ts';
import { commandNotice, copyNotice, noticeText } from '../../../utils/report/command-notice.ts';

const en = (key: Parameters<typeof translate>[1], subs?: Parameters<typeof translate>[2]) =>
  translate('en', key, subs);

describe('what a shortcut says on the page', () => {
  const after: Parameters<typeof commandNotice>[1] = {
    enabled: true,
    converting: true,
    target: 'tw',
    readingMode: 'parallel',
  };
  const said = (command: TabCommand, state = after) => {
    const notice = commandNotice(command, state);
    return notice === null ? null : noticeText(notice, en);
  };

  it('names the reading mode, the target, or that conversion is off', () => {
    expect(said('cycle-mode')).toBe('Reading mode: Side by side');
    expect(said('cycle-target', { ...after, target: 'hk' })).toBe(
      'Shown in Traditional (Hong Kong)',
    );
    expect(said('toggle-conversion')).toBe('Shown in Traditional (Taiwan)');
    expect(said('toggle-conversion', { ...after, enabled: false, converting: false })).toBe(
      'Conversion off: the page as it came',
    );
  });

  it('does not say the page shows what it does not: a target in the original mode, a mode while off', () => {
    const original = { ...after, converting: false, readingMode: 'original' } as const;
    expect(said('cycle-target', original)).toBe(
      'Convert to Traditional (Taiwan). The page shows its original in this mode.',
    );
    expect(said('cycle-mode', { ...after, enabled: false, converting: false })).toBe(
      'Reading mode: Side by side. Conversion is off on this page.',
    );
  });

  it('in the interface’s language', () => {
    const notice = commandNotice('cycle-mode', { ...after, readingMode: 'peek' })!;
    expect(noticeText(notice, (key, subs) => translate('zh_TW', key, subs))).toBe(
      '閱讀模式：按鍵看原文',
    );
    expect(noticeText(notice, (key, subs) => translate('zh_CN', key, subs))).toBe(
      '阅读模式：按键看原文',
    );
  });

  it('says nothing for the commands that open a card of their own', () => {
    const silent = TAB_COMMANDS.filter((command) => commandNotice(command, after) === null);
    expect(silent).toEqual(['next-term', 'previous-term', 'peek-focused']);
  });
});

describe('what the page says after the context menu converted and copied a selection', () => {
  it('names the script the clipboard holds, or says that it holds nothing of ours', () => {
    expect(noticeText(copyNotice(true, 'cn'), en)).toBe('Copied in Simplified (Mainland China)');
    expect(noticeText(copyNotice(true, 'hk'), (key, subs) => translate('zh_TW', key, subs))).toBe(
      '已複製為繁體（香港）',
    );
    expect(noticeText(copyNotice(false, 'tw'), en)).toBe(
      'Not copied: the page or the browser refused the clipboard',
    );
  });
});
