import { afterEach, describe, expect, it, vi } from 'vitest';
import { MessagingError } from '../../../utils/messaging/dispatch.ts';
import { emptyPageReport } from '../../../utils/messaging/protocol.ts';
import { defaultSettings } from '../../../utils/settings/schema.ts';

/**
 * A small stand-in for `browser.runtime` / `browser.tabs` messaging that
 * behaves like Chrome: messages are JSON-serialized, a listener answers by
 * calling `sendResponse` after returning `true`, and the first answer wins.
 */
const double = vi.hoisted(() => {
  type Listener = (
    message: unknown,
    sender: object,
    sendResponse: (r?: unknown) => void,
  ) => unknown;
  const listeners = new Set<Listener>();
  function deliver(message: unknown, sender: object): Promise<unknown> {
    return new Promise((resolve) => {
      let answered = false;
      let pending = false;
      const copy: unknown = JSON.parse(JSON.stringify(message));
      for (const listener of listeners) {
        const result = listener(copy, sender, (response) => {
          if (!answered) {
            answered = true;
            resolve(response === undefined ? undefined : JSON.parse(JSON.stringify(response)));
          }
        });
        if (result === true) pending = true;
      }
      if (!pending && !answered) resolve(undefined);
    });
  }
  const self = { id: 'jianfan-test' };
  return {
    listeners,
    deliver,
    browser: {
      runtime: {
        id: self.id,
        onMessage: {
          addListener: (listener: Listener) => listeners.add(listener),
          removeListener: (listener: Listener) => listeners.delete(listener),
        },
        sendMessage: (message: unknown) => deliver(message, { id: self.id }),
      },
      tabs: {
        sendMessage: (tabId: number, message: unknown, options?: { frameId?: number }) =>
          deliver(message, { id: self.id, tab: { id: tabId }, frameId: options?.frameId ?? 'any' }),
      },
    },
  };
});

vi.mock('wxt/browser', () => ({ browser: double.browser }));

const { onMessage, sendToBackground, sendToTab } =
  await import('../../../utils/platform/messaging.ts');

afterEach(() => double.listeners.clear());

describe('platform messaging', () => {
  it('sends to the background and returns the typed, checked answer', async () => {
    onMessage({
      'config/get': ({ url }) => ({
        settings: defaultSettings(),
        glossary: { revision: url.length },
      }),
    });
    const answer = await sendToBackground({
      type: 'config/get',
      payload: { url: 'https://a.test/' },
    });
    expect(answer).toEqual({ settings: defaultSettings(), glossary: { revision: 15 } });
  });

  it('passes the sender to handlers', async () => {
    const seen: unknown[] = [];
    onMessage({
      'tab/get-report': (_, sender) => {
        seen.push(sender);
        return emptyPageReport({ url: 'https://a.test/', title: 'A' });
      },
    });
    const report = await sendToTab(42, { type: 'tab/get-report', payload: {} }, { frameId: 3 });
    expect(report.url).toBe('https://a.test/');
    expect(seen).toEqual([{ id: 'jianfan-test', tab: { id: 42 }, frameId: 3 }]);
  });

  it('talks to the top frame unless told otherwise, and to every frame with "all"', async () => {
    const frames: unknown[] = [];
    onMessage({
      'tab/command': (_, sender) => {
        frames.push((sender as { frameId?: unknown }).frameId);
      },
    });
    await sendToTab(5, { type: 'tab/command', payload: { command: 'cycle-mode' } });
    await sendToTab(
      5,
      { type: 'tab/command', payload: { command: 'cycle-mode' } },
      { frameId: 'all' },
    );
    expect(frames).toEqual([0, 'any']);
  });

  it('refuses to send a message that breaks the protocol', async () => {
    const handler = vi.fn();
    onMessage({ 'tab/command': handler });
    await expect(
      sendToTab(1, { type: 'tab/command', payload: { command: 'explode' as never } }),
    ).rejects.toBeInstanceOf(MessagingError);
    expect(handler).not.toHaveBeenCalled();
  });

  it('answers invalid incoming messages with an error and never calls a handler', async () => {
    const handler = vi.fn();
    const log = vi.fn();
    onMessage({ 'tab/command': handler }, { log });
    const reply = await double.deliver(
      { type: 'tab/command', payload: { command: 'explode' } },
      { id: 'jianfan-test' },
    );
    expect(reply).toMatchObject({ ok: false });
    expect(handler).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledWith(expect.stringContaining('tab/command'));
  });

  it('refuses messages from other extensions', async () => {
    const handler = vi.fn();
    onMessage({ 'tab/get-report': handler }, { log: () => {} });
    const reply = await double.deliver(
      { type: 'tab/get-report', payload: {} },
      { id: 'someone-else' },
    );
    expect(reply).toEqual({ ok: false, error: 'unknown sender' });
    expect(handler).not.toHaveBeenCalled();
  });

  it('reports a handler failure to the sender as a MessagingError', async () => {
    onMessage(
      {
        'kit/load': () => {
          throw new Error('cannot inject into this frame');
        },
      },
      { log: () => {} },
    );
    await expect(
      sendToBackground({ type: 'kit/load', payload: { kit: 'dict-cn2t' } }),
    ).rejects.toThrow('cannot inject into this frame');
  });

  it('lets a context without a handler stay silent so another can answer', async () => {
    onMessage({});
    onMessage({ 'glossary/snapshot': () => ({ unchanged: true as const }) });
    expect(
      await sendToBackground({ type: 'glossary/snapshot', payload: { knownRevision: 3 } }),
    ).toEqual({ unchanged: true });
  });

  it('fails clearly when nobody answers', async () => {
    await expect(sendToBackground({ type: 'tab/status', payload: { tabId: 1 } })).rejects.toThrow(
      'no receiver answered',
    );
  });

  it('removes its listener when asked', async () => {
    const stop = onMessage({ 'tab/status': () => ({ report: null }) });
    stop();
    expect(double.listeners.size).toBe(0);
  });
});
