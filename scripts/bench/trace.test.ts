import { describe, expect, it } from 'vitest';
import { extensionTasks, longestTaskMs, pageMainThread, type TraceEvent } from './trace';

const PAGE = 'http://127.0.0.1:1/dense.html';
const EXT = 'chrome-extension://abc/annotator.js';

const meta = (pid: number, name: string): TraceEvent => ({
  name: 'thread_name',
  ph: 'M',
  pid,
  tid: pid,
  ts: 0,
  args: { name },
});
const ev = (name: string, ts: number, dur: number, url?: string, pid = 10): TraceEvent => ({
  name,
  ph: 'X',
  pid,
  tid: pid,
  ts,
  dur,
  args: url ? { data: { url } } : {},
});

/** A page renderer (pid 10) and another renderer (pid 20) with a long task of its own. */
function trace(...tasks: TraceEvent[]): TraceEvent[] {
  return [
    meta(10, 'CrRendererMain'),
    meta(20, 'CrRendererMain'),
    ev('ParseHTML', 1, 1, undefined, 10),
    { ...ev('CommitLoad', 2, 1, PAGE), args: { data: { url: PAGE } } },
    ev('RunTask', 0, 500_000, undefined, 20),
    ev('FunctionCall', 10, 400_000, EXT, 20),
    ...tasks,
  ];
}

describe('pageMainThread', () => {
  it('is the renderer main thread that names the page', () => {
    expect(pageMainThread(trace(), PAGE)).toEqual({ pid: 10, tid: 10 });
    expect(pageMainThread(trace(), 'http://elsewhere/')).toBeNull();
  });
});

describe('extensionTasks', () => {
  it('counts tasks mostly spent in our scripts or in resumed microtasks', () => {
    const tasks = extensionTasks(
      trace(
        // The annotator module evaluating: ours.
        ev('RunTask', 1000, 90_000),
        ev('v8.evaluateModule', 1010, 89_000, EXT),
        // A scan slice resumed after scheduler.yield(): bare microtasks, ours.
        ev('RunTask', 100_000, 9_000),
        ev('RunMicrotasks', 100_010, 8_900),
        // Layout and paint of the page: not ours.
        ev('RunTask', 200_000, 300_000),
        ev('Layout', 200_010, 290_000),
        // A navigation commit that calls our pagehide listener for 0.4 ms: not ours.
        ev('RunTask', 600_000, 30_000),
        ev('FunctionCall', 600_010, 400, EXT),
      ),
      PAGE,
    );
    expect(tasks.map((t) => t.durationMs)).toEqual([90, 9]);
    expect(longestTaskMs(tasks)).toBe(90);
    expect(longestTaskMs([])).toBe(0);
  });

  it('does not count nested events twice', () => {
    const [task] = extensionTasks(
      trace(
        ev('RunTask', 1000, 20_000),
        ev('RunMicrotasks', 1000, 10_000),
        ev('FunctionCall', 1100, 9_000, EXT),
      ),
      PAGE,
    );
    expect(task?.ownMs).toBe(10);
  });

  it('refuses to guess when the page runs scripts of its own', () => {
    const events = trace(
      ev('RunTask', 1000, 20_000),
      ev('EvaluateScript', 1010, 19_000, 'http://127.0.0.1:1/app.js'),
    );
    expect(() => extensionTasks(events, PAGE)).toThrow(/app\.js/);
  });
});
