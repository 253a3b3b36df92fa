/**
 * How long-running work on a page shares the main thread with it: in short slices, each in a
 * task of its own behind what the page has due, and, once a frame's worth of work is done,
 * after the browser has rendered it. The page converter and the reader session use these.
 */

/**
 * Work done between two frames, in slices (`SLICE_BUDGET_MS` in page-converter.ts), before
 * the default yield waits for the browser to render. Rendering what a slice changed (laying out the converted text)
 * takes one to three times as long as the slice, so a frame of 10 ms of work ends near
 * 20–40 ms; when rendering takes longer still, the next frames do less (`frameAwareYield`).
 */
export const FRAME_WORK_BUDGET_MS = 10;
/** What a frame of conversion should last at most, our work and its rendering together. */
export const FRAME_TARGET_MS = 36;
const MIN_FRAME_WORK_MS = 4;

/**
 * A yield for the slices of one converter: a task (`defaultYieldToEventLoop`) while the work
 * done since the last frame is within the frame's budget, then a wait for the next animation
 * frame, resuming in a task after it is rendered. `afterFrame` waits for the frame at once: the caller
 * is about to read positions, which would otherwise lay out what it wrote in its own task.
 *
 * Yielding alone is not enough in Chromium: a conversion that always has another slice ready
 * keeps the page from rendering until the scheduler's rendering-starvation guard steps in,
 * after about 100 ms (long animation frames of 120–190 ms on a 1 MB page although no task was
 * long).
 *
 * Rendering a frame costs one to three times the work that changed it (laying out the
 * converted text: shaping dominates), depending on the page. So after each frame the work
 * budget becomes the share of the frame our work took, times FRAME_TARGET_MS, between
 * MIN_FRAME_WORK_MS and FRAME_WORK_BUDGET_MS. A hidden document renders no frames: it only
 * yields, and a frame that does not come within 100 ms does not hold the conversion up.
 */
export function frameAwareYield({
  document,
  now,
}: {
  document: Document;
  now: () => number;
}): (afterFrame?: boolean) => Promise<void> {
  let frameStart = now();
  let budget = FRAME_WORK_BUDGET_MS;
  return async (afterFrame = false) => {
    const worked = now() - frameStart;
    if (
      (worked < budget && !afterFrame) ||
      typeof globalThis.requestAnimationFrame !== 'function' ||
      document.visibilityState === 'hidden'
    ) {
      await defaultYieldToEventLoop();
      return;
    }
    let rendering = 0;
    await new Promise<void>((resolve) => {
      let done = false;
      const finish = () => {
        if (done) return;
        done = true;
        clearTimeout(fallback);
        resolve();
      };
      const fallback = setTimeout(finish, 100);
      globalThis.requestAnimationFrame(() => {
        // Style, layout and paint of the frame run right after its animation frame callbacks.
        const renderStart = now();
        postTask(() => {
          rendering = now() - renderStart;
          finish();
        });
      });
    });
    if (rendering > 0) {
      const share = worked / (worked + rendering);
      budget = Math.min(FRAME_WORK_BUDGET_MS, Math.max(MIN_FRAME_WORK_MS, FRAME_TARGET_MS * share));
    }
    frameStart = now();
  };
}

/** Runs `callback` in a task of its own (a message-channel task: no timer clamping). */
function postTask(callback: () => void): void {
  if (typeof MessageChannel !== 'function') {
    setTimeout(callback, 0);
    return;
  }
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    callback();
  };
  channel.port2.postMessage(null);
}

/**
 * A turn of the event loop: our next slice runs in a task queued behind what the page already
 * has due (its timers, messages and input). Not `scheduler.yield()`, whose continuations outrank
 * the page's own tasks (https://wicg.github.io/scheduling-apis/#sec-scheduler-yield): measured
 * over two full bench runs, the longest blocking on the 1 MB pages was 50 ms with it and 33 ms
 * with tasks. Tasks cost some throughput on the largest pages (bench/analysis.md).
 */
export function defaultYieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => postTask(resolve));
}
