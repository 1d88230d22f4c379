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
 * not find every card with bold text). Claims whose id or title hold every word come first, as
 * the card the user has in mind usually names it there; otherwise the dataset's order stays.
 */
export function createClaimSearch<C extends SearchableClaim>(
  claims: readonly C[],
): (filter: ClaimFilter) => C[] {
  const index = claims.map((claim) => {
    const name = foldForSearch(`${claim.id}\n${claim.title}`);
    return {
      claim,
      name,
      text: `${name}\n${foldForSearch(`${claim.summary}\n${htmlToText(claim.explanation)}`)}`,
    };
  });
  return ({ query, verdict }) => {
    const words = foldForSearch(query).split(/\s+/).filter(Boolean);
    const found = index.filter(
      (entry) =>
        (verdict === 'all' || entry.claim.verdict === verdict) &&
        words.every((word) => entry.text.includes(word)),
    );
    const named = found.filter((entry) => words.every((word) => entry.name.includes(word)));
    const others = found.filter((entry) => !named.includes(entry));
    return [...named, ...others].map((entry) => entry.claim);
  };
}
