import type { TestPage } from './browsers.ts';

export interface RelayOptions {
  /** How long the content script has to acknowledge the request. */
  timeoutMs?: number;
  /**
   * Also wait until the request's work is over: for a change or a command, until the render
   * it asked for has ended (the content script says so in test builds).
   */
  untilDone?: boolean;
  /** How long that work may take. */
  doneTimeoutMs?: number;
}

/**
 * Posts a request to the test-build relay of the content script (see
 * entrypoints/content/loader.ts) and waits for its acknowledgement, and for the end of its
 * work if asked. A page can finish loading before the content script listens (a browser just
 * started injects late), so a request that gets no answer is sent again (the relay does each
 * request once); one that never gets an answer fails loudly.
 */
export async function postToExtension(
  page: TestPage,
  request: Record<string, unknown>,
  { timeoutMs = 15_000, untilDone = false, doneTimeoutMs = 60_000 }: RelayOptions = {},
): Promise<void> {
  const outcome = await page.evaluate(
    ({ request, timeoutMs, untilDone, doneTimeoutMs }) =>
      new Promise<'done' | 'unanswered' | 'unfinished'>((resolve) => {
        const id = `${Date.now()}-${Math.random()}`;
        let timer = 0;
        let acknowledged = false;
        const deadline = Date.now() + timeoutMs;
        const finish = (result: 'done' | 'unanswered' | 'unfinished') => {
          window.removeEventListener('message', onAnswer);
          clearTimeout(timer);
          resolve(result);
        };
        const onAnswer = (event: MessageEvent) => {
          const data = event.data as { source?: unknown; id?: unknown } | null;
          if (data?.id !== id) return;
          if (data.source === 'jianfan-e2e-done') finish('done');
          if (data.source !== 'jianfan-e2e-ack' || acknowledged) return;
          acknowledged = true;
          clearTimeout(timer);
          if (!untilDone) finish('done');
          else timer = window.setTimeout(() => finish('unfinished'), doneTimeoutMs);
        };
        window.addEventListener('message', onAnswer);
        const send = () => {
          if (Date.now() > deadline) {
            finish('unanswered');
            return;
          }
          window.postMessage({ ...request, source: 'jianfan-e2e', id }, '*');
          timer = window.setTimeout(send, 250);
        };
        send();
      }),
    { request, timeoutMs, untilDone, doneTimeoutMs },
  );
  if (outcome === 'unanswered')
    throw new Error(
      `The content script did not answer ${JSON.stringify(request)} within ${timeoutMs} ms`,
    );
  if (outcome === 'unfinished')
    throw new Error(
      `The extension did not finish ${JSON.stringify(request)} in ${doneTimeoutMs} ms`,
    );
}
