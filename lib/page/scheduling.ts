/**
 * Small helpers for working in slices, so that no task of ours comes near the 50 ms
 * long-task threshold however large the page.
 */

/** Time for one slice of work before yielding; leaves most of a frame to the page. */
export const SLICE_MS = 8;

interface TaskScheduler {
  postTask?: (callback: () => void, options: { priority: 'user-visible' }) => Promise<void>;
}

/**
 * Yields to the page's event loop, queueing the rest of our work behind the tasks already
 * waiting. Not `scheduler.yield()`: Chromium runs its continuations ahead of the page's own
 * timers and messages, so a scan of a 10 MB page in yield-separated slices kept the page's
 * 10 ms interval from running for 3 s (tests/e2e/breakage). `postTask` at the default priority
 * waits its turn; input and rendering still come first either way.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: TaskScheduler }).scheduler;
  if (scheduler?.postTask) return scheduler.postTask(() => undefined, { priority: 'user-visible' });
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Runs `callback` when the page is idle (or after `timeout` ms at the latest). */
export function whenIdle(callback: () => void, timeout = 1000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(callback, { timeout });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(callback, 50);
  return () => clearTimeout(handle);
}

/** A clock for one slice: `due()` turns true once the slice has used its time. */
export function sliceClock(ms = SLICE_MS): { due(): boolean; reset(): void } {
  let start = performance.now();
  return {
    due: () => performance.now() - start > ms,
    reset: () => {
      start = performance.now();
    },
  };
}
