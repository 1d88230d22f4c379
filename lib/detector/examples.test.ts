import { describe, expect, it } from 'vitest';
import { CLAIMS } from '../../data/claims/index';
import { detectClaims } from './index';

/** The examples in each claim file are the claim's contract: written in our own words. */
describe.each(CLAIMS.map((claim) => [claim.id, claim] as const))('%s examples', (id, claim) => {
  const found = (sentence: string) => detectClaims(sentence).map((m) => m.claimId);

  it('has at least three of each kind', () => {
    expect(claim.examples.match.length).toBeGreaterThanOrEqual(3);
    expect(claim.examples.nearMiss.length).toBeGreaterThanOrEqual(3);
  });

  it.each(claim.examples.match)('matches %j', (sentence) => {
    expect(found(sentence)).toContain(id);
  });

  it.each(claim.examples.nearMiss)('does not match %j', (sentence) => {
    expect(found(sentence)).not.toContain(id);
  });
});
