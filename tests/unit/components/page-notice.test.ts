import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createPageNotice,
  NOTICE_ANNOUNCE_DELAY_MS,
  NOTICE_HOST_TAG,
  NOTICE_MS,
  type PageNotice,
} from '../../../components/page-notice/notice-host.ts';

describe('the notice a shortcut shows on the page', () => {
  let notice: PageNotice;
  beforeEach(() => {
    vi.useFakeTimers();
    const paragraph = document.createElement('p');
    paragraph.textContent = '正文';
    document.body.replaceChildren(paragraph);
    notice = createPageNotice({ document });
  });
  afterEach(() => {
    notice.dispose();
    vi.useRealTimers();
  });

  const box = () =>
    document.querySelector(NOTICE_HOST_TAG)?.shadowRoot?.querySelector<HTMLElement>('.card') ??
    null;

  it('is a status region in the page first, then says its text, then leaves the page', () => {
    notice.show('閱讀模式：對照', 'zh-TW');
    // On the root element, outside the body a page may replace.
    expect(notice.element.parentNode).toBe(document.documentElement);
    expect(box()!.getAttribute('role')).toBe('status');
    expect(box()!.textContent).toBe('');
    vi.advanceTimersByTime(NOTICE_ANNOUNCE_DELAY_MS);
    expect(box()!.textContent).toBe('閱讀模式：對照');
    expect(box()!.lang).toBe('zh-TW');
    vi.advanceTimersByTime(NOTICE_MS - 1);
    expect(box()!.textContent).toBe('閱讀模式：對照');
    vi.advanceTimersByTime(1);
    expect(document.querySelector(NOTICE_HOST_TAG)).toBeNull();
  });

  it('a newer notice replaces the last, and shows its full time', () => {
    notice.show('Reading mode: Side by side', 'en');
    vi.advanceTimersByTime(NOTICE_ANNOUNCE_DELAY_MS + NOTICE_MS - 10);
    notice.show('Reading mode: Peek at original', 'en');
    vi.advanceTimersByTime(NOTICE_ANNOUNCE_DELAY_MS + 10);
    expect(box()!.textContent).toBe('Reading mode: Peek at original');
    expect(document.querySelectorAll(NOTICE_HOST_TAG)).toHaveLength(1);
    vi.advanceTimersByTime(NOTICE_MS - 20);
    expect(box()!.textContent).toBe('Reading mode: Peek at original');
  });

  it('writes its text as text, never as markup', () => {
    notice.show('<img src=x onerror="window.__hit=1">', 'en');
    vi.advanceTimersByTime(NOTICE_ANNOUNCE_DELAY_MS);
    expect(box()!.textContent).toBe('<img src=x onerror="window.__hit=1">');
    expect(box()!.children).toHaveLength(0);
  });

  it('leaves nothing behind when disposed', () => {
    const before = new XMLSerializer().serializeToString(document);
    notice.show('Shown in Simplified Chinese', 'en');
    notice.dispose();
    vi.advanceTimersByTime(NOTICE_ANNOUNCE_DELAY_MS + NOTICE_MS);
    expect(document.querySelector(NOTICE_HOST_TAG)).toBeNull();
    expect(new XMLSerializer().serializeToString(document)).toBe(before);
  });
});
