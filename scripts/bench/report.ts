import { median } from './stats';

/** What `npm run bench -- --json` prints as its last line. */
export interface BenchJson {
  pages: {
    plain: { ratio: number; longestTaskMs: number };
    dense: { ratio: number; longestTaskMs: number; claims: number };
  };
  detector: { textBytes: number; mbPerSec: number; ratioToGate: number };
  bundle: { everyPageGzipBytes: number; totalGzipBytes: number };
}

/** The raw figures of one page: per-run task times of both arms and the traced runs. */
export interface PageRuns {
  withMs: number[];
  withoutMs: number[];
  /** The longest extension task of each traced run. */
  longestMs: number[];
  /** Marks painted at the end of each measured run with the extension. */
  marks: number[];
  /** The longest extension task of the first load, before V8 has cached our compiled code. */
  firstLongestMs: number;
}

export interface PageSummary {
  ratio: number;
  withMs: number;
  withoutMs: number;
  longestTaskMs: number;
  longestMaxMs: number;
  firstLongestMs: number;
  marks: number;
}

/** Medians of each arm, and their ratio; the longest task is the median over traced runs. */
export function summarisePage(runs: PageRuns): PageSummary {
  const withMs = median(runs.withMs);
  const withoutMs = median(runs.withoutMs);
  return {
    ratio: withMs / withoutMs,
    withMs,
    withoutMs,
    longestTaskMs: median(runs.longestMs),
    longestMaxMs: Math.max(...runs.longestMs),
    firstLongestMs: runs.firstLongestMs,
    marks: median(runs.marks),
  };
}

export const TARGETS = {
  plainRatio: 1.05,
  denseRatio: 1.5,
  longestTaskMs: 50,
  everyPageGzipBytes: 20_000,
};

export interface Check {
  name: string;
  value: number;
  limit: number;
  pass: boolean;
}

export function checks(json: BenchJson): Check[] {
  const check = (name: string, value: number, limit: number) => ({
    name,
    value,
    limit,
    pass: value <= limit,
  });
  return [
    check('plain.ratio', json.pages.plain.ratio, TARGETS.plainRatio),
    check('dense.ratio', json.pages.dense.ratio, TARGETS.denseRatio),
    check('plain.longestTaskMs', json.pages.plain.longestTaskMs, TARGETS.longestTaskMs),
    check('dense.longestTaskMs', json.pages.dense.longestTaskMs, TARGETS.longestTaskMs),
    check('bundle.everyPageGzipBytes', json.bundle.everyPageGzipBytes, TARGETS.everyPageGzipBytes),
  ];
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));

export function toJson(
  plain: PageSummary,
  dense: PageSummary,
  detector: BenchJson['detector'],
  bundle: BenchJson['bundle'],
): BenchJson {
  return {
    pages: {
      plain: { ratio: round(plain.ratio, 3), longestTaskMs: round(plain.longestTaskMs, 1) },
      dense: {
        ratio: round(dense.ratio, 3),
        longestTaskMs: round(dense.longestTaskMs, 1),
        claims: dense.marks,
      },
    },
    detector: {
      textBytes: detector.textBytes,
      mbPerSec: round(detector.mbPerSec, 2),
      ratioToGate: round(detector.ratioToGate, 1),
    },
    bundle,
  };
}

function table(rows: string[][]): string {
  const widths = (rows[0] ?? []).map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows
    .map((row) =>
      row
        .map((cell, i) => cell.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

export interface ReportInput {
  json: BenchJson;
  plain: PageSummary;
  dense: PageSummary;
  runs: number;
  detector: { detectMs: number; gateMs: number; claims: number };
}

/** The human-readable report: page loads, detector, bundle, then each target. */
export function formatReport({ json, plain, dense, runs, detector }: ReportInput): string {
  const ms = (value: number) => `${value.toFixed(0)} ms`;
  const pages = table([
    ['page', 'without ext', 'with ext', 'ratio', 'longest ext task', 'max', 'first load', 'marks'],
    ...(
      [
        ['plain', plain],
        ['dense', dense],
      ] as const
    ).map(([name, p]) => [
      name,
      ms(p.withoutMs),
      ms(p.withMs),
      p.ratio.toFixed(3),
      `${p.longestTaskMs.toFixed(1)} ms`,
      `${p.longestMaxMs.toFixed(1)} ms`,
      `${p.firstLongestMs.toFixed(1)} ms`,
      String(p.marks),
    ]),
  ]);
  const targets = table(
    checks(json).map((c) => [c.name, String(c.value), `≤ ${c.limit}`, c.pass ? 'pass' : 'MISS']),
  );
  return [
    `Page loads (main-thread task time until idle, median of ${runs} alternating runs per arm):`,
    pages,
    'longest ext task: median of the traced runs after warm-up (max: their worst); first load: ' +
      "the first traced load, before V8 has cached the extension's compiled code.",
    '',
    `Detector in Node over the dense page's text (${json.detector.textBytes} bytes, ${detector.claims} claims):`,
    `  detectClaims ${detector.detectMs.toFixed(1)} ms = ${json.detector.mbPerSec} MB/s; ` +
      `gate scan ${detector.gateMs.toFixed(2)} ms; ratio ${json.detector.ratioToGate}`,
    '',
    `Bundle (gzip): every page ${json.bundle.everyPageGzipBytes} B, everything ${json.bundle.totalGzipBytes} B`,
    '',
    'Targets:',
    targets,
  ].join('\n');
}
