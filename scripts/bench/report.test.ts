import { describe, expect, it } from 'vitest';
import { checks, formatReport, summarisePage, toJson } from './report';

const plain = summarisePage({
  withMs: [101, 99, 100, 102, 98],
  withoutMs: [100, 100, 100, 100, 100],
  longestMs: [10, 12, 11],
  marks: [0, 0, 0, 0, 0],
  firstLongestMs: 15,
});
const dense = summarisePage({
  withMs: [160, 150, 170, 155, 165],
  withoutMs: [100, 100, 100, 100, 100],
  longestMs: [40, 80, 60],
  marks: [474, 474, 474, 474, 474],
  firstLongestMs: 90,
});
const json = toJson(
  plain,
  dense,
  { textBytes: 2_000_000, mbPerSec: 3.14159, ratioToGate: 250.04 },
  { everyPageGzipBytes: 9000, totalGzipBytes: 300_000 },
);

describe('bench report', () => {
  it('summarises each arm by its median and takes their ratio', () => {
    expect(plain).toMatchObject({ withMs: 100, withoutMs: 100, ratio: 1, longestTaskMs: 11 });
    expect(dense).toMatchObject({ ratio: 1.6, longestTaskMs: 60, longestMaxMs: 80, marks: 474 });
  });

  it('has the JSON shape the issue asks for, rounded', () => {
    expect(json).toEqual({
      pages: {
        plain: { ratio: 1, longestTaskMs: 11 },
        dense: { ratio: 1.6, longestTaskMs: 60, claims: 474 },
      },
      detector: { textBytes: 2_000_000, mbPerSec: 3.14, ratioToGate: 250 },
      bundle: { everyPageGzipBytes: 9000, totalGzipBytes: 300_000 },
    });
  });

  it('checks each target and says which are missed', () => {
    const missed = checks(json).filter((c) => !c.pass);
    expect(missed.map((c) => c.name)).toEqual(['dense.ratio', 'dense.longestTaskMs']);
    const text = formatReport({
      json,
      plain,
      dense,
      runs: 5,
      detector: { detectMs: 600, gateMs: 2.4, claims: 474 },
    });
    expect(text).toContain('dense.ratio');
    expect(text).toMatch(/dense\.longestTaskMs\s+60\s+≤ 50\s+MISS/);
    expect(text).toMatch(/plain\s+100 ms\s+100 ms\s+1\.000/);
  });
});
