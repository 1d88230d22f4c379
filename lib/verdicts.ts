/** The verdict ids of ../shared/evidence/CLAIMS.md. Kept free of zod: the extension imports it. */
export const VERDICTS = [
  'supported',
  'needs-context',
  'overstated',
  'unsupported',
  'false',
] as const;
export type Verdict = (typeof VERDICTS)[number];

/**
 * The verdict scale in one place, so the card, the badge, the popup and the ClaimReview export
 * cannot drift apart. Labels are the words of ../shared/evidence/CLAIMS.md.
 *
 * `severity` grows as a claim strays further from the evidence (0 = supported, 4 = false): the
 * badge and the popup sort by it. `rating` is the schema.org ClaimReview value, best = 5.
 */
export interface VerdictInfo {
  readonly label: string;
  readonly severity: number;
  readonly rating: number;
}

export const VERDICT_INFO: Readonly<Record<Verdict, VerdictInfo>> = {
  supported: { label: 'Supported', severity: 0, rating: 5 },
  'needs-context': { label: 'Needs context', severity: 1, rating: 4 },
  overstated: { label: 'Overstated', severity: 2, rating: 3 },
  unsupported: { label: 'Unsupported', severity: 3, rating: 2 },
  false: { label: 'False', severity: 4, rating: 1 },
};

export const BEST_RATING = 5;
export const WORST_RATING = 1;

export const VERDICT_LABELS: Readonly<Record<Verdict, string>> = {
  supported: VERDICT_INFO.supported.label,
  'needs-context': VERDICT_INFO['needs-context'].label,
  overstated: VERDICT_INFO.overstated.label,
  unsupported: VERDICT_INFO.unsupported.label,
  false: VERDICT_INFO.false.label,
};

/** 0 (supported) … 4 (false): sort descending to put the claims furthest from the evidence first. */
export function verdictRank(verdict: Verdict): number {
  return VERDICT_INFO[verdict].severity;
}

/** Verdicts from the least to the most severe, for legends and filters. */
export const VERDICTS_BY_SEVERITY: readonly Verdict[] = (Object.keys(VERDICT_INFO) as Verdict[])
  .slice()
  .sort((a, b) => verdictRank(a) - verdictRank(b));
