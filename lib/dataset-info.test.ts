import { describe, expect, it } from 'vitest';
import { CLAIMS } from '../data/claims/index';
import { datasetInfo } from './dataset-info';

describe('datasetInfo', () => {
  it('gives the newest review date and the number of claims', () => {
    const claims = [
      { reviewedOn: '2025-03-01' },
      { reviewedOn: '2026-01-09' },
      { reviewedOn: '2025-12-31' },
    ];
    expect(datasetInfo(claims, '1.2.3')).toEqual({
      version: '1.2.3',
      claimCount: 3,
      reviewedOn: '2026-01-09',
    });
  });

  it('has no date for an empty dataset', () => {
    expect(datasetInfo([], '0.1.0').reviewedOn).toBeNull();
  });

  it('describes the bundled dataset', () => {
    const info = datasetInfo(CLAIMS, '0.1.0');
    expect(info.claimCount).toBe(37);
    expect(info.reviewedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
