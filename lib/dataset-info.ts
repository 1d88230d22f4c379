import type { Claim } from '../data/schema';

/** What the options page says about the bundled evidence. */
export interface DatasetInfo {
  /** The extension's version: the dataset ships inside it and changes only with it. */
  version: string;
  claimCount: number;
  /** The newest review date of any claim (ISO YYYY-MM-DD), null for an empty dataset. */
  reviewedOn: string | null;
}

export function datasetInfo(
  claims: readonly Pick<Claim, 'reviewedOn'>[],
  version: string,
): DatasetInfo {
  // ISO dates sort as strings.
  const reviewedOn = claims.reduce<string | null>(
    (newest, claim) => (newest === null || claim.reviewedOn > newest ? claim.reviewedOn : newest),
    null,
  );
  return { version, claimCount: claims.length, reviewedOn };
}
