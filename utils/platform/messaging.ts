import { browser, type Browser } from 'wxt/browser';
import {
  MessagingError,
  createMessageDispatcher,
  readReply,
  type MessageHandlers,
} from '../messaging/dispatch.ts';
import {
  parseMessage,
  type BackgroundMessageType,
  type MessageOf,
  type PageMessageType,
  type ResponseOf,
  type TabMessageType,
} from '../messaging/protocol.ts';

export type MessageSender = Browser.runtime.MessageSender;
export type Handlers = MessageHandlers<MessageSender>;

function checkOutgoing(message: { type: string }): void {
  // The receiver would refuse it anyway; failing here gives the sender a stack trace.
  const parsed = parseMessage(message);
  if (!parsed.ok) throw new MessagingError(message.type, `not sent: ${parsed.reason}`);
}

/** Sends a message to the background and returns its checked response. */
export async function sendToBackground<K extends BackgroundMessageType>(
  message: MessageOf<K>,
): Promise<ResponseOf<K>> {
  checkOutgoing(message);
  const raw: unknown = await browser.runtime.sendMessage(message);
  return readReply(message.type, raw);
}

/**
 * Sends a message to a tab's content script: its top frame by default (where
 * the page report lives), one frame by id, or every frame with `'all'` (for
 * commands that frames carry out each on their own; the first answer wins).
 */
export async function sendToTab<K extends TabMessageType>(
  tabId: number,
  message: MessageOf<K>,
  { frameId = 0 }: { frameId?: number | 'all' } = {},
): Promise<ResponseOf<K>> {
  checkOutgoing(message);
  const raw: unknown =
    frameId === 'all'
      ? await browser.tabs.sendMessage(tabId, message)
      : await browser.tabs.sendMessage(tabId, message, { frameId });
  return readReply(message.type, raw);
}

/**
 * Tells the extension's own pages (an open popup), from the background. Nothing is answered: a
 * page that is not open, or has no use for the message, is no failure, so none is reported.
 */
export async function sendToExtensionPages<K extends PageMessageType>(
  message: MessageOf<K>,
): Promise<void> {
  checkOutgoing(message);
  await browser.runtime.sendMessage(message).catch(() => undefined);
}

/**
 * Registers typed handlers for incoming messages; returns a function that
 * removes them. Every message is checked with `parseMessage`; invalid ones and
 * messages from other extensions are logged and answered with an error.
 * Valid messages this context has no handler for are left to other listeners.
 *
 * The listener answers through `sendResponse` and returns `true`, the one
 * form Chrome, Firefox and webextension-polyfill all understand (returning a
 * Promise works only with the polyfill or recent Chrome).
 */
/**
 * Whether a message comes from one of the extension's own pages (the popup, the options page)
 * rather than a content script: its sender's address is the extension's own. A popup opened in
 * a tab has a `tab` too, so that cannot tell them apart.
 */
export function isOwnPage(sender: MessageSender): boolean {
  return typeof sender.url === 'string' && sender.url.startsWith(browser.runtime.getURL('/'));
}

export function onMessage(
  handlers: Handlers,
  { log }: { log?: (text: string, detail?: unknown) => void } = {},
): () => void {
  const dispatch = createMessageDispatcher(handlers, {
    log,
    acceptSender: (sender: MessageSender) => sender.id === browser.runtime.id,
  });
  const listener = (
    raw: unknown,
    sender: MessageSender,
    sendResponse: (response?: unknown) => void,
  ): boolean => {
    const reply = dispatch(raw, sender);
    if (!reply) return false;
    void reply.then(sendResponse);
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
