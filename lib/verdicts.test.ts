import { describe, expect, it } from 'vitest';
import {
  BEST_RATING,
  VERDICTS,
  VERDICT_INFO,
  VERDICT_LABELS,
  VERDICTS_BY_SEVERITY,
  WORST_RATING,
  verdictRank,
} from './verdicts';

describe('verdict scale', () => {
  it('covers exactly the verdicts of the schema', () => {
    expect(Object.keys(VERDICT_INFO).sort()).toEqual([...VERDICTS].sort());
    expect(Object.keys(VERDICT_LABELS).sort()).toEqual([...VERDICTS].sort());
  });

  it('uses the reader-facing words of the catalog, in catalog order', () => {
    expect(VERDICTS_BY_SEVERITY.map((v) => VERDICT_LABELS[v]).join(' · ')).toBe(
      'Supported · Needs context · Overstated · Unsupported · False',
    );
  });

  it('ranks severity 0..4 with distinct values, supported least and false most', () => {
    expect(VERDICTS.map(verdictRank)).toEqual([0, 1, 2, 3, 4]);
    expect(verdictRank('false')).toBeGreaterThan(verdictRank('overstated'));
  });

  it('gives ratings from best to worst that fall as severity rises', () => {
    const ratings = VERDICTS_BY_SEVERITY.map((v) => VERDICT_INFO[v].rating);
    expect(ratings[0]).toBe(BEST_RATING);
    expect(ratings.at(-1)).toBe(WORST_RATING);
    for (let i = 1; i < ratings.length; i++) {
      expect(ratings[i]).toBeLessThan(ratings[i - 1] as number);
    }
  });
});
