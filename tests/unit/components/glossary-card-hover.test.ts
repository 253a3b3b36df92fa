import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  HIDE_DELAY_MS,
  SHOW_DELAY_MS,
  createHoverIntent,
} from '../../../components/glossary-card/hover-intent.ts';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function setup(blocked?: () => boolean) {
  const events: string[] = [];
  const intent = createHoverIntent<string>({
    same: (a, b) => a === b,
    onShow: (term) => events.push(`show ${term}`),
    onHide: () => events.push('hide'),
    ...(blocked !== undefined ? { blocked } : {}),
  });
  return { intent, events };
}

describe('createHoverIntent', () => {
  it('opens after a short delay, not for a term the pointer only crosses', () => {
    const { intent, events } = setup();
    intent.overTerm('CUDA');
    vi.advanceTimersByTime(SHOW_DELAY_MS - 10);
    intent.elsewhere();
    intent.overTerm('H200');
    vi.advanceTimersByTime(SHOW_DELAY_MS - 10);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(10);
    expect(events).toEqual(['show H200']);
    expect(intent.shown).toBe('H200');
  });

  it('counts the delay from when the pointer came, when that was a while ago', () => {
    const { intent, events } = setup();
    intent.overTerm('CUDA', 40);
    vi.advanceTimersByTime(SHOW_DELAY_MS - 41);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['show CUDA']);
  });

  it('keeps moving over the same term from restarting the delay', () => {
    const { intent, events } = setup();
    intent.overTerm('CUDA');
    vi.advanceTimersByTime(100);
    intent.overTerm('CUDA');
    vi.advanceTimersByTime(SHOW_DELAY_MS - 100);
    expect(events).toEqual(['show CUDA']);
  });

  it('stays open across the gap onto the card, and while the pointer is on the card', () => {
    const { intent, events } = setup();
    intent.showNow('CUDA');
    intent.elsewhere();
    vi.advanceTimersByTime(HIDE_DELAY_MS - 50);
    intent.overCard();
    vi.advanceTimersByTime(10_000);
    expect(events).toEqual(['show CUDA']);
    intent.overTerm('CUDA');
    vi.advanceTimersByTime(10_000);
    expect(events).toEqual(['show CUDA']);
  });

  it('closes a grace delay after the pointer leaves both', () => {
    const { intent, events } = setup();
    intent.showNow('CUDA');
    intent.elsewhere();
    intent.elsewhere();
    vi.advanceTimersByTime(HIDE_DELAY_MS - 1);
    expect(events).toEqual(['show CUDA']);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['show CUDA', 'hide']);
    expect(intent.shown).toBeNull();
  });

  it('moves to another term after the delay, without closing in between', () => {
    const { intent, events } = setup();
    intent.showNow('CUDA');
    intent.overTerm('H200');
    vi.advanceTimersByTime(SHOW_DELAY_MS);
    expect(events).toEqual(['show CUDA', 'show H200']);
  });

  it('moves to another term across the text between them, without closing in between', () => {
    const { intent, events } = setup();
    intent.showNow('CUDA');
    // Off CUDA onto plain text, then onto H200 before CUDA's card would hide.
    intent.elsewhere();
    vi.advanceTimersByTime(HIDE_DELAY_MS - 100);
    intent.overTerm('H200');
    vi.advanceTimersByTime(10_000);
    expect(events).toEqual(['show CUDA', 'show H200']);
    expect(intent.shown).toBe('H200');
  });

  it('still closes when the pointer crosses another term without stopping on it', () => {
    const { intent, events } = setup();
    intent.showNow('CUDA');
    intent.elsewhere();
    intent.overTerm('H200');
    vi.advanceTimersByTime(SHOW_DELAY_MS - 10);
    intent.elsewhere();
    vi.advanceTimersByTime(HIDE_DELAY_MS);
    expect(events).toEqual(['show CUDA', 'hide']);
    expect(intent.shown).toBeNull();
  });

  it('dismissed (Escape) stays closed over the same term until the pointer leaves it', () => {
    const { intent, events } = setup();
    intent.showNow('CUDA');
    intent.dismiss();
    intent.overTerm('CUDA');
    vi.advanceTimersByTime(10_000);
    expect(events).toEqual(['show CUDA', 'hide']);
    intent.elsewhere();
    intent.overTerm('CUDA');
    vi.advanceTimersByTime(SHOW_DELAY_MS);
    expect(events).toEqual(['show CUDA', 'hide', 'show CUDA']);
  });

  it('dismissing cancels a card about to open', () => {
    const { intent, events } = setup();
    intent.overTerm('CUDA');
    intent.dismiss();
    vi.advanceTimersByTime(10_000);
    expect(events).toEqual([]);
  });

  it('stops its timers when disposed', () => {
    const { intent, events } = setup();
    intent.overTerm('CUDA');
    intent.dispose();
    vi.advanceTimersByTime(10_000);
    expect(events).toEqual([]);
  });

  it('while blocked (the peek card in use), hovering opens nothing; showNow still does', () => {
    let blocked = true;
    const { intent, events } = setup(() => blocked);
    intent.overTerm('CUDA');
    vi.advanceTimersByTime(10_000);
    expect(events).toEqual([]);
    intent.showNow('H200');
    expect(events).toEqual(['show H200']);
    // Over another term, blocked: as if elsewhere, the open card goes after the grace delay.
    intent.overTerm('CUDA');
    vi.advanceTimersByTime(HIDE_DELAY_MS);
    expect(events).toEqual(['show H200', 'hide']);
    blocked = false;
    intent.overTerm('CUDA');
    vi.advanceTimersByTime(SHOW_DELAY_MS);
    expect(events).toEqual(['show H200', 'hide', 'show CUDA']);
  });

  it('blocked during the delay: the card about to open does not', () => {
    let blocked = false;
    const { intent, events } = setup(() => blocked);
    intent.overTerm('CUDA');
    vi.advanceTimersByTime(SHOW_DELAY_MS - 10);
    blocked = true;
    vi.advanceTimersByTime(10_000);
    expect(events).toEqual([]);
  });
});
