import type { TestPage } from './browsers.ts';

/**
 * Posts a request to the test-build relay of the content script (see
 * entrypoints/content/loader.ts) and waits for its acknowledgement. A page can finish
 * loading before the content script listens (a browser just started injects late), so a
 * request that gets no answer is sent again; one that never gets an answer fails loudly.
 */
export async function postToExtension(
  page: TestPage,
  request: Record<string, unknown>,
  timeoutMs = 15_000,
): Promise<void> {
  const answered = await page.evaluate(
    ({ request, timeoutMs }) =>
      new Promise<boolean>((resolve) => {
        const id = `${Date.now()}-${Math.random()}`;
        let timer = 0;
        const deadline = Date.now() + timeoutMs;
        const onAck = (event: MessageEvent) => {
          const data = event.data as { source?: unknown; id?: unknown } | null;
          if (data?.source !== 'jianfan-e2e-ack' || data.id !== id) return;
          window.removeEventListener('message', onAck);
          clearTimeout(timer);
          resolve(true);
        };
        window.addEventListener('message', onAck);
        const send = () => {
          if (Date.now() > deadline) {
            window.removeEventListener('message', onAck);
            resolve(false);
            return;
          }
          window.postMessage({ ...request, source: 'jianfan-e2e', id }, '*');
          timer = window.setTimeout(send, 250);
        };
        send();
      }),
    { request, timeoutMs },
  );
  if (!answered)
    throw new Error(
      `The content script did not answer ${JSON.stringify(request)} within ${timeoutMs} ms`,
    );
}
