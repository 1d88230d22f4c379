import { describe, expect, it } from 'vitest';
import { longestOwnTaskMs, ownTasks, type TraceEvent } from './own-tasks';

// A synthetic trace: one renderer main thread (pid 1) with three tasks, and V8 samples every
// 1 ms. Node 2 is page script, node 3 our script, node 4 the garbage collector.
const OURS = 'chrome-extension://abc/annotator.js';
const nodes = [
  { id: 1, callFrame: { functionName: '(root)' } },
  { id: 2, parent: 1, callFrame: { functionName: 'app', url: 'http://127.0.0.1/app.js' } },
  {
    id: 3,
    parent: 1,
    callFrame: { functionName: 'scan', url: OURS, lineNumber: 1, columnNumber: 4 },
  },
  { id: 4, parent: 1, callFrame: { functionName: '(garbage collector)' } },
  { id: 5, parent: 3, callFrame: { functionName: 'getBoundingClientRect' } },
];

function trace(samples: number[]): TraceEvent[] {
  const task = (ts: number, dur: number, tdur: number): TraceEvent => ({
    name: 'RunTask',
    ph: 'X',
    pid: 1,
    tid: 1,
    ts,
    dur,
    tdur,
  });
  return [
    { name: 'thread_name', ph: 'M', pid: 1, tid: 1, ts: 0, args: { name: 'CrRendererMain' } },
    { name: 'thread_name', ph: 'M', pid: 2, tid: 2, ts: 0, args: { name: 'Compositor' } },
    task(0, 10_000, 10_000), // 0–10 ms: ours, with a forced layout and GC inside
    task(20_000, 10_000, 5_000), // 20–30 ms: the page's, calling us for 2 ms
    task(40_000, 4_000, 4_000), // 40–44 ms: the page's alone
    {
      name: 'Profile',
      ph: 'P',
      pid: 1,
      tid: 1,
      ts: 0,
      id: '0x1',
      args: { data: { startTime: -1000 } },
    },
    {
      name: 'ProfileChunk',
      ph: 'P',
      pid: 1,
      tid: 1,
      ts: 1,
      id: '0x1',
      args: {
        data: { cpuProfile: { nodes, samples }, timeDeltas: samples.map(() => 1000) },
      },
    },
  ];
}

// One sample per millisecond from 0 ms: 0–9 fall in task 1, 20–29 in task 2, 40–43 in task 3.
const samples = [
  ...[3, 3, 5, 3, 4, 3, 3, 3, 3, 3], // task 1: ours, a layout under our frame, GC after ours
  ...Array(10).fill(1), // idle
  ...[2, 2, 2, 3, 3, 4, 2, 2, 2, 2], // task 2: page, ours for 2 ms, then GC and page again
  ...Array(10).fill(1),
  ...[2, 2, 2, 2],
];

describe('ownTasks', () => {
  const tasks = ownTasks(trace(samples));

  it('finds the tasks our code ran in, with our share, most of ours first', () => {
    expect(tasks.map((t) => [t.wallMs, t.cpuMs, t.oursMs])).toEqual([
      [10, 10, 10],
      [10, 5, 3],
    ]);
    expect(tasks[0]?.where).toBe('scan annotator.js:1:4');
  });

  it('gives GC to our code when it interrupted it, and scales our share to CPU time', () => {
    expect(tasks[0]?.oursGcMs).toBe(1);
    expect(tasks[1]?.oursGcMs).toBe(1);
    expect(tasks[1]?.oursCpuMs).toBeCloseTo(1.5);
  });

  it('counts as the longest task of ours only one our code took half of', () => {
    expect(longestOwnTaskMs(tasks)).toBe(10);
    expect(longestOwnTaskMs(tasks.slice(1))).toBe(0);
  });
});
