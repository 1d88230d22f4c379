/**
 * Finds the main-thread tasks that the extension's scripts ran, in a Chromium trace recorded
 * with the `devtools.timeline` categories (see `TRACE_CATEGORIES`).
 *
 * A task is a top-level `RunTask` on the page renderer's main thread (`CrRendererMain` of the
 * process that parsed the page). Our JavaScript inside it is
 *  (a) every script event that names a `chrome-extension://` URL: the content script's
 *      `EvaluateScript`, a `FunctionCall` into our code (listeners, timers, message callbacks),
 *      the annotator module's compile and evaluation; and
 *  (b) `RunMicrotasks`: how async code continues after `await` or `scheduler.yield()`, which
 *      Chromium records without naming a script. The bench pages have no scripts of their own
 *      and the bench runs nothing in the page while it traces, so the only JavaScript there to
 *      resume is ours.
 * Synchronous work our code causes (a forced layout while it reads positions) is nested in
 * those events and counted with them. A task is the extension's when our JavaScript takes at
 * least half of it: a navigation commit that also calls our 0.4 ms `pagehide` listener is the
 * browser's task, not ours. A task that runs script from any other URL means the pages are not
 * what (b) assumes, and `extensionTasks` throws rather than guess.
 *
 * Style, layout and paint that the browser runs in its own rendering tasks after we change the
 * highlights are not counted here; they are in the load ratio.
 */

export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'v8',
];

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: Record<string, unknown>;
}

export interface Task {
  startUs: number;
  durationMs: number;
  /** Our JavaScript in it, by (a) and (b) above. */
  ownMs: number;
}

const EXTENSION = 'chrome-extension://';

/** JavaScript entry points that name the script they run. */
const SCRIPT_EVENTS = new Set([
  'EvaluateScript',
  'FunctionCall',
  'v8.compile',
  'v8.compileModule',
  'v8.evaluateModule',
  'TimerFire',
  'FireIdleCallback',
  'FireAnimationFrame',
]);

function data(event: TraceEvent): Record<string, unknown> {
  const args = event.args ?? {};
  return (args.data ?? args.beginData ?? {}) as Record<string, unknown>;
}

/** The URLs an event names: its script or resource URL and the frames of any stack. */
function urlsOf(event: TraceEvent): string[] {
  const d = data(event);
  const urls: string[] = [];
  if (typeof d.url === 'string' && d.url) urls.push(d.url);
  if (typeof d.fileName === 'string' && d.fileName) urls.push(d.fileName);
  const stack = d.stackTrace;
  if (Array.isArray(stack)) {
    for (const frame of stack) {
      const url = (frame as { url?: unknown }).url;
      if (typeof url === 'string' && url) urls.push(url);
    }
  }
  return urls;
}

/** The main thread of the renderer that parsed or committed `pageUrl`. */
export function pageMainThread(
  events: readonly TraceEvent[],
  pageUrl: string,
): { pid: number; tid: number } | null {
  const mains = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name')
      .filter((e) => (e.args as { name?: string } | undefined)?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const hit = events.find(
    (e) => mains.has(`${e.pid}:${e.tid}`) && data(e).url === pageUrl && e.name !== 'thread_name',
  );
  return hit ? { pid: hit.pid, tid: hit.tid } : null;
}

/** Sums the outermost of the events that `isOurs` picks (nested ones are inside them). */
function outermostUs(events: readonly TraceEvent[], isOurs: (e: TraceEvent) => boolean): number {
  let total = 0;
  let coveredUntil = -Infinity;
  for (const event of events) {
    if (event.ts < coveredUntil || !isOurs(event)) continue;
    total += event.dur ?? 0;
    coveredUntil = event.ts + (event.dur ?? 0);
  }
  return total;
}

/** The extension's top-level tasks on the page's main thread, in time order. */
export function extensionTasks(events: readonly TraceEvent[], pageUrl: string): Task[] {
  const thread = pageMainThread(events, pageUrl);
  if (!thread) throw new Error(`bench: no renderer main thread for ${pageUrl} in the trace`);
  const own = events
    .filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X')
    .sort((a, b) => a.ts - b.ts);
  const ours = (e: TraceEvent) =>
    e.name === 'RunMicrotasks' ||
    ((SCRIPT_EVENTS.has(e.name) || e.name === 'v8.run') &&
      urlsOf(e).some((url) => url.startsWith(EXTENSION)));
  const tasks: Task[] = [];
  let i = 0;
  while (i < own.length) {
    const task = own[i] as TraceEvent;
    i++;
    if (task.name !== 'RunTask' || task.dur === undefined) continue;
    const inner: TraceEvent[] = [];
    for (; i < own.length && (own[i] as TraceEvent).ts <= task.ts + task.dur; i++) {
      inner.push(own[i] as TraceEvent);
    }
    for (const event of inner) {
      const foreign = SCRIPT_EVENTS.has(event.name)
        ? urlsOf(event).find((url) => !url.startsWith(EXTENSION))
        : undefined;
      if (foreign)
        throw new Error(`bench: the page ran ${foreign}; attribution needs no page script`);
    }
    const ownUs = outermostUs(inner, ours);
    if (ownUs > 0 && ownUs >= task.dur / 2) {
      tasks.push({ startUs: task.ts, durationMs: task.dur / 1000, ownMs: ownUs / 1000 });
    }
  }
  return tasks;
}

export function longestTaskMs(tasks: readonly Task[]): number {
  return tasks.reduce((longest, task) => Math.max(longest, task.durationMs), 0);
}
