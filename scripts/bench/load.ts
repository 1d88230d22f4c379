import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { findChromium } from '../browser/find-chromium';
import { launchWithExtension, QUIET_CHROMIUM_ARGS } from '../browser/launch-extension';
import { isIdle, type IdleRule, type Sample } from './stats';
import { OWN_TASK_CATEGORIES, ownTasks, type OwnTask, type TraceEvent } from '../browser/own-tasks';

/** One side of the comparison: a Chromium with or without the extension. */
export interface Arm {
  name: 'with' | 'without';
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * The page must be quiet for a second: no new mark, and under 60 ms of main-thread task time in
 * that second. Polling every 200 ms (a CDP read and a tiny page-world count) costs about
 * 15 ms a second here, in both arms alike; an annotator still scanning costs far more.
 */
export const IDLE: IdleRule = { quietMs: 1000, maxBusyMs: 60 };
const POLL_MS = 200;
const SETTLE_TIMEOUT_MS = 30_000;

export async function launchArms(): Promise<{ with: Arm; without: Arm }> {
  const ext = await launchWithExtension();
  const profile = mkdtempSync(join(tmpdir(), 'mdma-lens-bench-'));
  // The same flags, viewport and kind of (persistent) context as the arm with the extension.
  const plain = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    viewport: { width: 1200, height: 900 },
    args: [...QUIET_CHROMIUM_ARGS],
  });
  return {
    with: { name: 'with', context: ext.context, close: () => ext.close() },
    without: {
      name: 'without',
      context: plain,
      async close() {
        await plain.close();
        rmSync(profile, { recursive: true, force: true });
      },
    },
  };
}

async function taskMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const task = metrics.find((m) => m.name === 'TaskDuration');
  if (!task) throw new Error('bench: Chromium reported no TaskDuration metric');
  return task.value * 1000;
}

function countMarks(page: Page): Promise<number> {
  return page.evaluate(() => {
    let total = 0;
    CSS.highlights.forEach((highlight, name) => {
      if (name.startsWith('mdma-lens-') && name !== 'mdma-lens-flash') total += highlight.size;
    });
    return total;
  });
}

/**
 * Opens a tab on a blank page of the same origin (so the measured navigation stays in one
 * renderer whose counters we hold), starts the metrics, then loads `url` and samples until
 * the page is idle and shows at least `minMarks` marks. `readMarks` is false while tracing:
 * the traced load then runs nothing but the page and the extension.
 */
async function settle(
  context: BrowserContext,
  origin: string,
  url: string,
  options: { readMarks: boolean; minMarks: number; before?: (cdp: CDPSession) => Promise<void> },
): Promise<{ page: Page; cdp: CDPSession; samples: Sample[] }> {
  const page = await context.newPage();
  await page.goto(`${origin}/blank.html`);
  const cdp = await context.newCDPSession(page);
  // Thread time, not wall time: TaskDuration then counts the CPU time of the renderer's main
  // thread, so other processes on a busy machine (2 cores shared with builds and tests) do not
  // inflate one arm's tasks while it waits for a core.
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  await options.before?.(cdp);
  const base = await taskMs(cdp);
  const started = Date.now();
  await page.goto(url, { waitUntil: 'load' });
  const samples: Sample[] = [];
  const done = () =>
    isIdle(samples, IDLE) && (samples[samples.length - 1] as Sample).marks >= options.minMarks;
  while (!done()) {
    if (Date.now() - started > SETTLE_TIMEOUT_MS) {
      const marks = samples[samples.length - 1]?.marks ?? 0;
      throw new Error(`bench: ${url} did not settle in ${SETTLE_TIMEOUT_MS} ms (${marks} marks)`);
    }
    samples.push({
      atMs: Date.now() - started,
      taskMs: (await taskMs(cdp)) - base,
      marks: options.readMarks ? await countMarks(page) : 0,
    });
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return { page, cdp, samples };
}

export interface LoadResult {
  /** Main-thread task time from the navigation until idle. */
  taskMs: number;
  marks: number;
  settledMs: number;
}

/** One measured load of `path`; with the extension, `minMarks` is the marks to wait for. */
export async function measureLoad(
  arm: Arm,
  origin: string,
  path: string,
  minMarks: number,
): Promise<LoadResult> {
  const url = `${origin}${path}`;
  const { page, samples } = await settle(arm.context, origin, url, { readMarks: true, minMarks });
  await page.close();
  const last = samples[samples.length - 1] as Sample;
  return { taskMs: last.taskMs, marks: last.marks, settledMs: last.atMs };
}

/** One traced load with the extension: the page's main-thread tasks that ran our code. */
export async function traceLoad(
  arm: Arm,
  origin: string,
  path: string,
): Promise<{ tasks: OwnTask[]; marks: number }> {
  const url = `${origin}${path}`;
  const events: TraceEvent[] = [];
  const { page, cdp } = await settle(arm.context, origin, url, {
    readMarks: false,
    minMarks: 0,
    before: async (session) => {
      session.on('Tracing.dataCollected', (event) => {
        events.push(...(event.value as unknown as TraceEvent[]));
      });
      await session.send('Tracing.start', {
        transferMode: 'ReportEvents',
        traceConfig: { includedCategories: [...OWN_TASK_CATEGORIES] },
      });
    },
  });
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await complete;
  const marks = await countMarks(page);
  await page.close();
  return { tasks: ownTasks(events), marks };
}
