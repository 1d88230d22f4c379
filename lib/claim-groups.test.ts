import { describe, expect, it } from 'vitest';
import { groupByVerdict } from './claim-groups';
import type { TabClaim } from './messages';

const found = (claimId: string, verdict: TabClaim['verdict'], index: number): TabClaim => ({
  claimId,
  verdict,
  exact: `${claimId} ${index}`,
  frameId: 0,
  index,
});

describe('groupByVerdict', () => {
  it('puts the most severe verdict first and lists each claim once with its places', () => {
    const groups = groupByVerdict([
      found('side-effects', 'supported', 0),
      found('fda-approved', 'false', 1),
      found('ptsd-efficacy', 'needs-context', 2),
      found('fda-approved', 'false', 3),
      found('lasting-relief', 'needs-context', 4),
    ]);
    expect(groups.map((g) => g.verdict)).toEqual(['false', 'needs-context', 'supported']);
    expect(groups[0]?.claims).toHaveLength(1);
    expect(groups[0]?.claims[0]?.occurrences.map((o) => o.index)).toEqual([1, 3]);
    expect(groups[1]?.claims.map((c) => c.claimId)).toEqual(['ptsd-efficacy', 'lasting-relief']);
  });

  it('is empty for no claims', () => {
    expect(groupByVerdict([])).toEqual([]);
  });
});
