import { describe, expect, it, vi } from 'vitest';
import {
  MessagingError,
  createMessageDispatcher,
  readReply,
} from '../../../utils/messaging/dispatch.ts';
import { emptyPageReport } from '../../../utils/messaging/protocol.ts';

type Sender = { id: string };
const SENDER: Sender = { id: 'self' };

describe('createMessageDispatcher', () => {
  it('calls the handler of a valid message with its payload and sender', async () => {
    const handler = vi.fn(({ text }: { text: string }) => ({
      copied: false,
      text: text.toUpperCase(),
    }));
    const dispatch = createMessageDispatcher<Sender>({ 'tab/convert-and-copy': handler });
    const reply = await dispatch(
      { type: 'tab/convert-and-copy', payload: { text: 'abc', target: 'tw' } },
      SENDER,
    );
    expect(reply).toEqual({ ok: true, value: { copied: false, text: 'ABC' } });
    expect(handler).toHaveBeenCalledWith({ text: 'abc', target: 'tw' }, SENDER);
  });

  it('refuses an invalid message, logs why, and never calls a handler', async () => {
    const handler = vi.fn();
    const log = vi.fn();
    const dispatch = createMessageDispatcher<Sender>({ 'tab/command': handler }, { log });
    const reply = await dispatch({ type: 'tab/command', payload: { command: 'rm -rf' } }, SENDER);
    expect(reply?.ok).toBe(false);
    expect(handler).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledWith(expect.stringContaining('tab/command'));
  });

  it('refuses senders it does not accept', async () => {
    const handler = vi.fn();
    const dispatch = createMessageDispatcher<Sender>(
      { 'tab/get-report': handler },
      { log: () => {}, acceptSender: (s) => s.id === 'self' },
    );
    const reply = await dispatch({ type: 'tab/get-report', payload: {} }, { id: 'evil' });
    expect(reply).toEqual({ ok: false, error: 'unknown sender' });
    expect(handler).not.toHaveBeenCalled();
  });

  it('leaves valid messages without a handler to other listeners', () => {
    const dispatch = createMessageDispatcher<Sender>({});
    expect(dispatch({ type: 'tab/get-report', payload: {} }, SENDER)).toBeUndefined();
  });

  it('turns a thrown error into an error reply', async () => {
    const log = vi.fn();
    const dispatch = createMessageDispatcher<Sender>(
      {
        'kit/load': () => {
          throw new Error('no such frame');
        },
      },
      { log },
    );
    const reply = await dispatch({ type: 'kit/load', payload: { kit: 'dict-t2cn' } }, SENDER);
    expect(reply).toEqual({ ok: false, error: 'no such frame' });
    expect(log).toHaveBeenCalled();
  });

  it('refuses to send a response that breaks the protocol', async () => {
    const dispatch = createMessageDispatcher<Sender>(
      { 'tab/get-report': () => ({ nonsense: true }) as never },
      { log: () => {} },
    );
    const reply = await dispatch({ type: 'tab/get-report', payload: {} }, SENDER);
    expect(reply?.ok).toBe(false);
  });

  it('answers void messages with an empty success', async () => {
    const dispatch = createMessageDispatcher<Sender>({ 'tab/command': async () => {} });
    expect(
      await dispatch({ type: 'tab/command', payload: { command: 'cycle-mode' } }, SENDER),
    ).toEqual({
      ok: true,
    });
  });
});

describe('readReply', () => {
  it('returns the checked value', () => {
    const report = emptyPageReport({ url: 'https://a.test/', title: 'A' });
    expect(readReply('tab/get-report', { ok: true, value: report })).toEqual(report);
    expect(readReply('tab/command', { ok: true })).toBeUndefined();
  });

  it.each([
    [undefined, 'no receiver answered'],
    [null, 'no receiver answered'],
    ['yes', 'malformed reply'],
    [{ ok: 'true' }, 'malformed reply'],
    [{ ok: false, error: 'nope' }, 'nope'],
    [{ ok: true, value: { copied: true, text: 3 } }, 'response.text'],
  ])('throws a MessagingError for %j', (raw, reason) => {
    expect(() => readReply('tab/convert-and-copy', raw)).toThrow(MessagingError);
    expect(() => readReply('tab/convert-and-copy', raw)).toThrow(reason);
  });
});
