// Measures what the extension costs: page loads in Chromium with and without it, the detector
// in Node, and the size of what it ships. Usage: npm run bench [-- --json] [-- --runs N]
// Progress goes to stderr; the report to stdout, and with --json its last line is one JSON
// object (see scripts/bench/report.ts). Definitions of every figure: scripts/bench/*.ts.
import { execFileSync } from 'node:child_process';
import { EXTENSION_DIR } from './browser/launch-extension';
import { longestOwnTaskMs } from './browser/own-tasks';
import { startStaticServer } from './browser/static-server';
import { bundleFigures } from './bench/bundle';
import { benchDetector } from './bench/detector';
import { launchArms, measureLoad, traceLoad, type Arm } from './bench/load';
import { densePage, plainPage } from './bench/pages';
import { formatReport, summarisePage, toJson, type PageRuns } from './bench/report';
import { htmlToText } from '../lib/text/html-to-text';

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const runsArg = args.indexOf('--runs');
const RUNS = runsArg >= 0 ? Number(args[runsArg + 1]) : 21;
const TRACED_RUNS = 3;
const MIN_DENSE_CLAIMS = 300;
if (!Number.isInteger(RUNS) || RUNS < 5) {
  console.error('bench: --runs must be an integer of at least 5');
  process.exit(1);
}

const log = (line: string) => console.error(line);

log('Building the extension (npx wxt build)…');
execFileSync('npx', ['wxt', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });

const pages = { plain: plainPage(), dense: densePage() };

log('Detector in Node…');
const detector = benchDetector(htmlToText(pages.dense));
if (detector.claims < MIN_DENSE_CLAIMS) {
  throw new Error(`bench: the dense page has ${detector.claims} claims, fewer than 300`);
}
const bundle = bundleFigures(EXTENSION_DIR);

const server = await startStaticServer({
  '/blank.html': '<!doctype html><title>blank</title>',
  '/plain.html': pages.plain,
  '/dense.html': pages.dense,
});
const arms = await launchArms();

async function benchPage(path: string, minMarks: number): Promise<PageRuns> {
  const longest = async () => {
    const traced = await traceLoad(arms.with, server.origin, path);
    if (traced.marks < minMarks) {
      throw new Error(`bench: traced load of ${path} ended with ${traced.marks} marks`);
    }
    return longestOwnTaskMs(traced.tasks);
  };
  // The very first load with the extension, traced: V8 has not cached the compiled code of what
  // it loads yet (on the dense page, the annotator), as after installing or updating.
  const firstLongestMs = await longest();
  const runs: PageRuns = { withMs: [], withoutMs: [], longestMs: [], marks: [], firstLongestMs };
  const load = (arm: Arm) =>
    measureLoad(arm, server.origin, path, arm.name === 'with' ? minMarks : 0);
  // One unmeasured load per arm first: the disk cache and V8's code cache start out warm for
  // both, as they are for anyone who has browsed for a minute.
  await load(arms.with);
  await load(arms.without);
  for (let i = 0; i < RUNS; i++) {
    // Alternate which arm goes first, so drift on a busy machine falls on both alike.
    const order = i % 2 === 0 ? [arms.without, arms.with] : [arms.with, arms.without];
    for (const arm of order) {
      const result = await load(arm);
      if (arm.name === 'with') {
        runs.withMs.push(result.taskMs);
        runs.marks.push(result.marks);
      } else {
        runs.withoutMs.push(result.taskMs);
      }
    }
    log(`  ${path} run ${i + 1}/${RUNS}`);
  }
  for (let i = 0; i < TRACED_RUNS; i++) runs.longestMs.push(await longest());
  return runs;
}

try {
  log(`Page loads: ${RUNS} runs per arm and page, then ${TRACED_RUNS} traced runs…`);
  const plain = summarisePage(await benchPage('/plain.html', 0));
  const dense = summarisePage(await benchPage('/dense.html', MIN_DENSE_CLAIMS));
  const json = toJson(plain, dense, detector, {
    everyPageGzipBytes: bundle.everyPageGzipBytes,
    totalGzipBytes: bundle.totalGzipBytes,
  });
  console.log(formatReport({ json, plain, dense, runs: RUNS, detector }));
  if (asJson) console.log(JSON.stringify(json));
} finally {
  await arms.with.close();
  await arms.without.close();
  await server.close();
}
