import { afterEach, describe, expect, it, vi } from 'vitest';

// The background's update path with a hand-made browser: which tabs are asked to give their page
// back, and that the extension reloads (applying the update) only after they answered.

const events: string[] = [];
let updateListener: (() => void) | null = null;
const answers = new Map<number, () => Promise<unknown>>();

const double = {
  runtime: {
    id: 'self',
    onUpdateAvailable: {
      addListener: (listener: () => void) => {
        updateListener = listener;
      },
    },
    reload: vi.fn(() => events.push('reload')),
  },
  tabs: {
    query: vi.fn(async () => [
      { id: 1, discarded: false },
      { id: 2, discarded: true },
      { id: 3, discarded: false },
      { id: 4, discarded: false },
    ]),
    sendMessage: vi.fn(async (tabId: number, message: { type: string }) => {
      events.push(`${message.type} → ${tabId}`);
      const answer = answers.get(tabId);
      if (!answer) throw new Error('Could not establish connection. Receiving end does not exist.');
      return answer();
    }),
  },
};

vi.mock('wxt/browser', () => ({ browser: double }));

const { applyUpdatesAfterReleasingTabs, releaseOpenTabs } =
  await import('../../../entrypoints/background/updates.ts');

afterEach(() => {
  events.length = 0;
  answers.clear();
  vi.useRealTimers();
});

describe('updates', () => {
  it('asks every open tab that is not discarded to give its page back', async () => {
    answers.set(1, async () => {
      events.push('tab 1 restored');
      return { ok: true };
    });
    await releaseOpenTabs();
    expect([...events].sort()).toEqual([
      'tab 1 restored',
      'tab/release → 1',
      'tab/release → 3',
      'tab/release → 4',
    ]);
  });

  it('reloads into the new version only once the tabs answered, or gave up answering', async () => {
    vi.useFakeTimers();
    applyUpdatesAfterReleasingTabs();
    let restore: (value: unknown) => void = () => undefined;
    answers.set(1, () => new Promise((resolve) => (restore = resolve)));
    // Tab 3 never answers: the update goes ahead after the timeout.
    answers.set(3, () => new Promise(() => undefined));
    updateListener!();
    await vi.advanceTimersByTimeAsync(100);
    expect(events).not.toContain('reload');
    restore({ ok: true });
    await vi.advanceTimersByTimeAsync(100);
    expect(events).not.toContain('reload');
    await vi.advanceTimersByTimeAsync(2_000);
    expect(events.at(-1)).toBe('reload');
    expect(double.runtime.reload).toHaveBeenCalledTimes(1);
  });
});
