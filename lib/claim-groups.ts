import type { TabClaim } from './messages';
import { VERDICTS_BY_SEVERITY, type Verdict } from './verdicts';

export interface ClaimGroup {
  verdict: Verdict;
  /** One entry per claim id, in the order of first appearance on the page. */
  claims: { claimId: string; occurrences: TabClaim[] }[];
}

/**
 * The popup's view of a page: claims grouped by verdict, the furthest from the evidence first,
 * and within a verdict by claim id, so that a claim repeated down a page is listed once with
 * each place it appears.
 */
export function groupByVerdict(claims: readonly TabClaim[]): ClaimGroup[] {
  const byVerdict = new Map<Verdict, Map<string, TabClaim[]>>();
  for (const claim of claims) {
    const ids = byVerdict.get(claim.verdict) ?? new Map<string, TabClaim[]>();
    byVerdict.set(claim.verdict, ids);
    ids.set(claim.claimId, [...(ids.get(claim.claimId) ?? []), claim]);
  }
  return [...VERDICTS_BY_SEVERITY]
    .reverse()
    .filter((verdict) => byVerdict.has(verdict))
    .map((verdict) => ({
      verdict,
      claims: [...(byVerdict.get(verdict) as Map<string, TabClaim[]>)].map(
        ([claimId, occurrences]) => ({
          claimId,
          occurrences,
        }),
      ),
    }));
}
