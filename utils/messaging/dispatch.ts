import {
  checkResponse,
  parseMessage,
  type MessageType,
  type PayloadOf,
  type ResponseOf,
} from './protocol.ts';

/**
 * How an answer travels back. Wrapping every response lets the sender tell
 * "the handler answered `undefined`" from "nobody handled it" and from "the
 * message was refused", which the browsers' own APIs blur together.
 */
export type Reply = { ok: true; value?: unknown } | { ok: false; error: string };

export class MessagingError extends Error {
  readonly messageType: string;
  readonly reason: string;

  constructor(messageType: string, reason: string) {
    super(`${messageType}: ${reason}`);
    this.name = 'MessagingError';
    this.messageType = messageType;
    this.reason = reason;
  }
}

export type MessageHandler<K extends MessageType, Sender> = (
  payload: PayloadOf<K>,
  sender: Sender,
) => ResponseOf<K> | Promise<ResponseOf<K>>;

export type MessageHandlers<Sender> = { [K in MessageType]?: MessageHandler<K, Sender> };

export interface DispatcherOptions<Sender> {
  /** Where refused messages and failed handlers are reported. */
  log?: (text: string, detail?: unknown) => void;
  /** Refuse messages from senders this returns false for (e.g. other extensions). */
  acceptSender?: (sender: Sender) => boolean;
}

/**
 * Turns typed handlers into a listener body. Returns the reply to send, or
 * undefined when this context has no handler for a valid message, so another
 * listener (another page of the extension) can answer it.
 */
export function createMessageDispatcher<Sender>(
  handlers: MessageHandlers<Sender>,
  {
    log = (text, detail) => console.warn(text, detail ?? ''),
    acceptSender,
  }: DispatcherOptions<Sender> = {},
): (raw: unknown, sender: Sender) => Promise<Reply> | undefined {
  return (raw, sender) => {
    if (acceptSender && !acceptSender(sender)) {
      log('Refused a message from an unknown sender');
      return Promise.resolve({ ok: false, error: 'unknown sender' });
    }
    const parsed = parseMessage(raw);
    if (!parsed.ok) {
      log(`Refused an invalid message: ${parsed.reason}`);
      return Promise.resolve({ ok: false, error: `invalid message: ${parsed.reason}` });
    }
    const { type, payload } = parsed.message;
    const handler = handlers[type] as MessageHandler<typeof type, Sender> | undefined;
    if (!handler) return undefined;
    return (async (): Promise<Reply> => {
      try {
        const value: unknown = await handler(payload as never, sender);
        const checked = checkResponse(type, value);
        if (!checked.ok) {
          log(`A handler gave an invalid response: ${checked.reason}`);
          return { ok: false, error: `invalid response: ${checked.reason}` };
        }
        return value === undefined ? { ok: true } : { ok: true, value };
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        log(`The ${type} handler failed: ${reason}`, error);
        return { ok: false, error: reason };
      }
    })();
  };
}

/** Unwraps a reply on the sending side; throws `MessagingError` for anything but a valid answer. */
export function readReply<K extends MessageType>(type: K, raw: unknown): ResponseOf<K> {
  if (raw === undefined || raw === null) {
    throw new MessagingError(type, 'no receiver answered');
  }
  if (typeof raw !== 'object' || Array.isArray(raw))
    throw new MessagingError(type, 'malformed reply');
  const reply = raw as Partial<Record<'ok' | 'value' | 'error', unknown>>;
  if (reply.ok === false) {
    throw new MessagingError(type, typeof reply.error === 'string' ? reply.error : 'refused');
  }
  if (reply.ok !== true) throw new MessagingError(type, 'malformed reply');
  const checked = checkResponse(type, reply.value);
  if (!checked.ok) throw new MessagingError(type, checked.reason);
  return checked.value;
}
