/** Small pure helpers for the bench: medians, and the rule that says a page load is over. */

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** One reading taken while a page settles. */
export interface Sample {
  /** Milliseconds since the navigation started. */
  atMs: number;
  /** The renderer main thread's task time so far (CDP `TaskDuration`, thread time), in ms. */
  taskMs: number;
  /** Ranges in our `mdma-lens-*` highlights (always 0 without the extension). */
  marks: number;
}

export interface IdleRule {
  /** How long the page must stay quiet. */
  quietMs: number;
  /** Most main-thread task time allowed during that window (the polling itself costs some). */
  maxBusyMs: number;
}

/**
 * "Until idle", the same for both arms: the load event has fired (the caller starts sampling
 * after it), and over the last `quietMs` the mark count has not changed and the main thread
 * ran less than `maxBusyMs` of tasks. Needs a sample at least `quietMs` old to compare with.
 */
export function isIdle(samples: readonly Sample[], rule: IdleRule): boolean {
  const last = samples[samples.length - 1];
  if (!last) return false;
  // The newest sample that is at least quietMs older than the last one.
  let start: Sample | undefined;
  for (const sample of samples) {
    if (last.atMs - sample.atMs >= rule.quietMs) start = sample;
  }
  if (!start) return false;
  const window = samples.slice(samples.indexOf(start));
  return window.every((s) => s.marks === last.marks) && last.taskMs - start.taskMs < rule.maxBusyMs;
}
