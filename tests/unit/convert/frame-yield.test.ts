import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  FRAME_TARGET_MS,
  FRAME_WORK_BUDGET_MS,
  frameAwareYield,
} from '../../../utils/convert/time-slices.ts';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

/** An animation frame source the test fires by hand. */
function manualFrames() {
  const callbacks: FrameRequestCallback[] = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
    callbacks.push(callback);
    return callbacks.length;
  });
  return {
    pending: () => callbacks.length,
    render: () => {
      for (const callback of callbacks.splice(0)) callback(0);
    },
  };
}

/** Whether `promise` settles within a few turns of the event loop. */
async function settles(promise: Promise<void>): Promise<boolean> {
  let settled = false;
  void promise.then(() => (settled = true));
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
  return settled;
}

describe('frameAwareYield', () => {
  it('only yields while the work since the last frame fits in a frame', async () => {
    const frames = manualFrames();
    let time = 0;
    const yieldNow = frameAwareYield({ document, now: () => time });
    time = FRAME_WORK_BUDGET_MS - 1;
    expect(await settles(yieldNow())).toBe(true);
    expect(frames.pending()).toBe(0);
  });

  it('then waits until a frame has been rendered, and counts again from there', async () => {
    const frames = manualFrames();
    let time = 0;
    const yieldNow = frameAwareYield({ document, now: () => time });
    time = FRAME_WORK_BUDGET_MS;
    const waiting = yieldNow();
    expect(await settles(waiting)).toBe(false);
    expect(frames.pending()).toBe(1);
    frames.render();
    expect(await settles(waiting)).toBe(true);
    // The next slice starts a new frame's budget.
    time += FRAME_WORK_BUDGET_MS - 1;
    expect(await settles(yieldNow())).toBe(true);
    expect(frames.pending()).toBe(0);
  });

  it('does less in the next frame when rendering the last one took long', async () => {
    const frames = manualFrames();
    let time = 0;
    const yieldNow = frameAwareYield({ document, now: () => time });
    time = FRAME_WORK_BUDGET_MS;
    const waiting = yieldNow();
    await settles(Promise.resolve());
    frames.render();
    // Rendering what the frame's work changed took three times as long.
    time += 3 * FRAME_WORK_BUDGET_MS;
    expect(await settles(waiting)).toBe(true);
    const start = time;
    const budget = FRAME_TARGET_MS / 4;
    expect(budget).toBeLessThan(FRAME_WORK_BUDGET_MS);
    time = start + budget - 1;
    expect(await settles(yieldNow())).toBe(true);
    expect(frames.pending()).toBe(0);
    time = start + budget;
    void yieldNow();
    await settles(Promise.resolve());
    expect(frames.pending()).toBe(1);
  });

  it('does not wait for a frame that does not come', async () => {
    vi.useFakeTimers();
    manualFrames();
    let time = 0;
    const yieldNow = frameAwareYield({ document, now: () => time });
    time = FRAME_WORK_BUDGET_MS * 2;
    let settled = false;
    void yieldNow().then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(99);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(2);
    expect(settled).toBe(true);
  });

  it('never waits for a frame in a hidden document', async () => {
    const frames = manualFrames();
    const hidden = document.implementation.createHTMLDocument('hidden');
    Object.defineProperty(hidden, 'visibilityState', { value: 'hidden' });
    let time = 0;
    const yieldNow = frameAwareYield({ document: hidden, now: () => time });
    time = FRAME_WORK_BUDGET_MS * 10;
    expect(await settles(yieldNow())).toBe(true);
    expect(frames.pending()).toBe(0);
  });
});
