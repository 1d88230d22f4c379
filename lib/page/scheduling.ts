/**
 * Small helpers for working in slices, so that no task of ours comes near the 50 ms
 * long-task threshold however large the page.
 */

/** Time for one slice of work before yielding; leaves most of a frame to the page. */
export const SLICE_MS = 8;

/** Yields to the page's event loop: `scheduler.yield()` where present, else a macrotask. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
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
