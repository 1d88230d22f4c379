import type { Page } from 'playwright-core';

// Which main-thread tasks of a page our scripts ran, and how much of each was ours: the e2e
// breakage suite's budget check and the bench's longest task both read traces this one way.

/** One main-thread task of a page renderer in which our scripts ran. */
export interface OwnTask {
  /** The whole task, wall clock and the thread's own CPU time. */
  wallMs: number;
  cpuMs: number;
  /** The part of it spent in our code (see `traceOwnTasks`), wall clock and scaled to CPU. */
  oursMs: number;
  oursCpuMs: number;
  /** Of `oursMs`, garbage collection that interrupted our code. */
  oursGcMs: number;
  /** The innermost function of ours most sampled in it, for the report. */
  where: string;
}

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  id?: string;
  args?: { name?: string; data?: Record<string, unknown> };
}

interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url?: string; lineNumber?: number; columnNumber?: number };
}

const EXTENSION_URL = 'chrome-extension://';

/** The trace categories `ownTasks` reads: renderer tasks and V8's sampling profiler. */
export const OWN_TASK_CATEGORIES = [
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-v8.cpu_profiler',
] as const;

/**
 * Runs `action` (a navigation, typing…) under a Chromium trace and returns every task of a page
 * renderer's main thread in which our code ran, longest share of ours first.
 *
 * How it attributes: the trace has the renderer main thread's top-level tasks (`RunTask`, with
 * wall and thread time) and the V8 sampling profiler's stacks for the same thread (category
 * `disabled-by-default-v8.cpu_profiler`, a sample every ~0.2 ms). A sample is ours when any frame
 * of its stack is a `chrome-extension://` script: our content script and annotator, including
 * DOM calls they make (a forced layout from our `getBoundingClientRect` is sampled under our
 * frame), async continuations after `await` (their frames name our script) and our
 * MutationObserver callbacks that run inside the page's own tasks. A garbage-collector sample
 * goes to whoever ran just before it in the same task. So a page task that merely triggers our
 * observer counts only our callback's time, and the page's own scripts never count as ours.
 * `oursCpuMs` scales our wall time by the task's CPU/wall ratio: on a machine shared with other
 * jobs a thread waits for a core, and that wait is not work we did.
 */
export async function traceOwnTasks(page: Page, action: () => Promise<void>): Promise<OwnTask[]> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) =>
    events.push(...(value as unknown as TraceEvent[])),
  );
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: [...OWN_TASK_CATEGORIES] },
  });
  try {
    await action();
  } finally {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
  }
  return ownTasks(events);
}

/** The tasks of `traceOwnTasks` in a trace recorded with `OWN_TASK_CATEGORIES`. */
export function ownTasks(events: readonly TraceEvent[]): OwnTask[] {
  const mainThreads = new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const result: OwnTask[] = [];
  for (const profile of events.filter((e) => e.name === 'Profile')) {
    const thread = `${profile.pid}:${profile.tid}`;
    if (!mainThreads.has(thread)) continue;
    const nodes = new Map<number, ProfileNode>();
    const samples: { t: number; node: number }[] = [];
    let t = Number(profile.args?.data?.startTime);
    const chunks = events.filter(
      (e) => e.name === 'ProfileChunk' && e.pid === profile.pid && e.id === profile.id,
    );
    for (const chunk of chunks.sort((a, b) => a.ts - b.ts)) {
      const data = chunk.args?.data as {
        cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
        timeDeltas?: number[];
      };
      for (const node of data.cpuProfile?.nodes ?? []) nodes.set(node.id, node);
      const deltas = data.timeDeltas ?? [];
      (data.cpuProfile?.samples ?? []).forEach((node, i) => {
        t += deltas[i] ?? 0;
        samples.push({ t, node });
      });
    }
    samples.sort((a, b) => a.t - b.t);
    const owner = new Map<number, ProfileNode | null>(); // node → innermost frame of ours
    const oursIn = (id: number): ProfileNode | null => {
      if (owner.has(id)) return owner.get(id) ?? null;
      const node = nodes.get(id);
      let found: ProfileNode | null = null;
      if (node?.callFrame.url?.startsWith(EXTENSION_URL)) found = node;
      else if (node?.parent !== undefined) found = oursIn(node.parent);
      owner.set(id, found);
      return found;
    };
    const tasks = events
      .filter((e) => `${e.pid}:${e.tid}` === thread && e.name === 'RunTask' && e.ph === 'X')
      .sort((a, b) => a.ts - b.ts);
    let s = 0;
    let lastEnd = -Infinity;
    for (const task of tasks) {
      const start = task.ts;
      const end = task.ts + (task.dur ?? 0);
      if (start < lastEnd) continue; // a task nested in one already counted
      lastEnd = end;
      while (s < samples.length && (samples[s] as { t: number }).t < start) s++;
      let ours = 0;
      let oursGc = 0;
      let previousOurs = false;
      const where = new Map<string, number>();
      for (let i = s; i < samples.length && (samples[i] as { t: number }).t < end; i++) {
        const sample = samples[i] as { t: number; node: number };
        const next = Math.min(samples[i + 1]?.t ?? end, end);
        const frame = oursIn(sample.node);
        const gc = nodes.get(sample.node)?.callFrame.functionName === '(garbage collector)';
        if (frame || (gc && previousOurs)) {
          ours += next - sample.t;
          if (!frame) oursGc += next - sample.t;
          if (frame) {
            const name = `${frame.callFrame.functionName || '(anonymous)'} ${frame.callFrame.url?.split('/').pop()}:${frame.callFrame.lineNumber}:${frame.callFrame.columnNumber}`;
            where.set(name, (where.get(name) ?? 0) + next - sample.t);
          }
        }
        if (!gc) previousOurs = frame !== null;
      }
      if (ours === 0) continue;
      const wallMs = (task.dur ?? 0) / 1000;
      // Thread time above wall time happens in traces of busy renderers; it cannot be real.
      const cpuMs = Math.min(task.tdur ?? Infinity, task.dur ?? 0) / 1000;
      result.push({
        wallMs,
        cpuMs,
        oursMs: ours / 1000,
        oursCpuMs: wallMs > 0 ? ((ours / 1000) * cpuMs) / wallMs : 0,
        oursGcMs: oursGc / 1000,
        where: [...where].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '',
      });
    }
  }
  return result.sort((a, b) => b.oursCpuMs - a.oursCpuMs);
}

/**
 * The longest task that is the extension's, in CPU time: one where our code took at least half
 * of the time (a page task that merely called our observer for a moment is the page's).
 */
export function longestOwnTaskMs(tasks: readonly OwnTask[]): number {
  return tasks.reduce(
    (longest, task) => (task.oursMs >= task.wallMs / 2 ? Math.max(longest, task.cpuMs) : longest),
    0,
  );
}
