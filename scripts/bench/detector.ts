import { detectClaims } from '../../lib/detector/index';
import { median } from './stats';

/**
 * The gate's alternatives (lib/detector/gate.ts) as one global scan: `hasGateWord` stops at
 * the first hit, which on a page about MDMA is near the top, so it would time almost nothing.
 * Reading the whole text once for every gate word is the honest yardstick for "one cheap pass
 * over the page". detector.test.ts checks that it finds what `hasGateWord` finds.
 */
export const GATE_SCAN =
  /\b(?:mdma|ecstasy|ecstacy|molly|midomafetamine|(?:3,4-)?methylenedioxy-?methamphetamine)\b/gi;

export function countGateWords(text: string): number {
  let count = 0;
  GATE_SCAN.lastIndex = 0;
  while (GATE_SCAN.exec(text)) count++;
  return count;
}

/** The median wall time of `runs` calls, after one warm-up call (JIT, lazy data). */
export function timeMs(fn: () => unknown, runs: number): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

export interface DetectorFigures {
  textBytes: number;
  claims: number;
  detectMs: number;
  gateMs: number;
  /** Megabytes (10^6 bytes of UTF-8 text) per second. */
  mbPerSec: number;
  ratioToGate: number;
}

/** The pure detector over a page's text in Node, against one full gate scan of the same text. */
export function benchDetector(text: string, runs = { detect: 5, gate: 21 }): DetectorFigures {
  const textBytes = Buffer.byteLength(text);
  const claims = detectClaims(text).length;
  const detectMs = timeMs(() => detectClaims(text), runs.detect);
  const gateMs = timeMs(() => countGateWords(text), runs.gate);
  return {
    textBytes,
    claims,
    detectMs,
    gateMs,
    mbPerSec: textBytes / 1e6 / (detectMs / 1000),
    ratioToGate: detectMs / gateMs,
  };
}
