import type { Claim } from '../data/schema';
import { htmlToText } from './text/html-to-text';
import type { Verdict } from './verdicts';

/** What the claim browser filters by: words to find, and one verdict or all of them. */
export interface ClaimFilter {
  query: string;
  verdict: Verdict | 'all';
}

export type SearchableClaim = Pick<Claim, 'id' | 'title' | 'summary' | 'explanation' | 'verdict'>;

/** Lower case without accents, so "therapie" finds "thérapie" and "PTSD" finds "ptsd". */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/**
 * A search over the cards: the text of each card is folded once, so filtering on every
 * keystroke is only substring tests. A claim matches when it has the verdict and every word of
 * the query appears in its id, title, summary or explanation (markup stripped, so "strong" does
 * not find every card with bold text).
 */
export function createClaimSearch<C extends SearchableClaim>(
  claims: readonly C[],
): (filter: ClaimFilter) => C[] {
  const index = claims.map((claim) => ({
    claim,
    text: foldForSearch(
      [claim.id, claim.title, claim.summary, htmlToText(claim.explanation)].join('\n'),
    ),
  }));
  return ({ query, verdict }) => {
    const words = foldForSearch(query).split(/\s+/).filter(Boolean);
    return index
      .filter(
        (entry) =>
          (verdict === 'all' || entry.claim.verdict === verdict) &&
          words.every((word) => entry.text.includes(word)),
      )
      .map((entry) => entry.claim);
  };
}
