import { describe, expect, it } from 'vitest';
import { figures, score } from './score';

describe('score', () => {
  it('micro-averages over (passage, claim) pairs', () => {
    const report = score([
      { id: '1', text: 'a', expected: ['x', 'y'], predicted: ['x'] },
      { id: '2', text: 'b', expected: [], predicted: ['y'] },
      { id: '3', text: 'c', expected: ['x'], predicted: ['x', 'x'] },
    ]);
    expect(report).toMatchObject({ passages: 3, tp: 2, fp: 1, fn: 1 });
    expect(report.precision).toBeCloseTo(2 / 3);
    expect(report.recall).toBeCloseTo(2 / 3);
    expect(report.perClaim.y).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(report.misses).toEqual([{ id: '1', claimId: 'y', text: 'a' }]);
    expect(report.falseAlarms).toEqual([{ id: '2', claimId: 'y', text: 'b' }]);
  });

  it('treats empty denominators as perfect and an all-wrong result as zero', () => {
    expect(figures({ tp: 0, fp: 0, fn: 0 })).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(figures({ tp: 0, fp: 2, fn: 2 })).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });
});
