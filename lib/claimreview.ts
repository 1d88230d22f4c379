import type { Claim, Source } from '../data/schema';
import { BEST_RATING, VERDICT_INFO, WORST_RATING } from './verdicts';

/**
 * The dataset as schema.org ClaimReview records (https://schema.org/ClaimReview), the format
 * fact-checkers publish for search engines and other tools. Pure data in, data out, no Node
 * or browser API: the CLI prints it and the options page can offer the same JSON as a download.
 */

export const CLAIMREVIEW_AUTHOR = { '@type': 'Organization', name: 'MDMA Evidence Lens' } as const;

export interface ClaimReviewRecord {
  '@context': 'https://schema.org';
  '@type': 'ClaimReview';
  identifier: string;
  claimReviewed: string;
  text: string;
  reviewRating: {
    '@type': 'Rating';
    identifier: Claim['verdict'];
    alternateName: string;
    ratingValue: number;
    bestRating: number;
    worstRating: number;
  };
  author: typeof CLAIMREVIEW_AUTHOR;
  datePublished: string;
  dateModified: string;
  citation: { '@type': 'CreativeWork'; name: string; url: string }[];
}

/** The card fields the export reads; detector fields (recognition, examples) are not needed. */
export type ReviewableClaim = Pick<
  Claim,
  'id' | 'title' | 'summary' | 'verdict' | 'sources' | 'reviewedOn'
>;

function citation(source: Source): ClaimReviewRecord['citation'][number] {
  return { '@type': 'CreativeWork', name: source.title, url: source.url };
}

export function toClaimReview(claim: ReviewableClaim): ClaimReviewRecord {
  const verdict = VERDICT_INFO[claim.verdict];
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    identifier: claim.id,
    claimReviewed: claim.title,
    text: claim.summary,
    reviewRating: {
      '@type': 'Rating',
      identifier: claim.verdict,
      alternateName: verdict.label,
      ratingValue: verdict.rating,
      bestRating: BEST_RATING,
      worstRating: WORST_RATING,
    },
    author: CLAIMREVIEW_AUTHOR,
    // The dataset keeps one date per claim, the day its evidence was last reviewed; each review
    // is published on the day it is made, so both dates are that day.
    datePublished: claim.reviewedOn,
    dateModified: claim.reviewedOn,
    citation: claim.sources.map(citation),
  };
}

export function toClaimReviews(claims: readonly ReviewableClaim[]): ClaimReviewRecord[] {
  return claims.map(toClaimReview);
}
