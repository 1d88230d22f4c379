import type { Verdict } from '../data/schema';
import type { PageState } from './messages';
import { VERDICT_LABELS, verdictRank } from './verdicts';

/** Badge colours by the most severe verdict on the page; dark enough for white badge text. */
const BADGE_COLORS: Record<Verdict, string> = {
  supported: '#1a7f37',
  'needs-context': '#8a5a00',
  overstated: '#a8430a',
  unsupported: '#6639ba',
  false: '#c4202c',
};

export interface BadgeView {
  text: string;
  color: string;
  title: string;
}

const NAME = 'MDMA Evidence Lens';

/** What the toolbar button shows for a page: the claim count, coloured by its worst verdict. */
export function badgeFor(state: PageState): BadgeView {
  if (state.status === 'off') return { text: '', color: '#57606a', title: `${NAME}: off` };
  if (state.status === 'site-off') {
    return { text: '', color: '#57606a', title: `${NAME}: off for ${state.hostname}` };
  }
  if (state.status === 'no-highlight-api') {
    return { text: '', color: '#57606a', title: `${NAME}: this browser cannot mark text` };
  }
  const count = state.claims.length;
  if (count === 0)
    return { text: '', color: '#57606a', title: `${NAME}: no claims found on this page` };
  const worst = state.claims.reduce<Verdict>(
    (acc, c) => (verdictRank(c.verdict) > verdictRank(acc) ? c.verdict : acc),
    'supported',
  );
  return {
    text: count > 999 ? '999+' : String(count),
    color: BADGE_COLORS[worst],
    title: `${NAME}: ${count} claim${count === 1 ? '' : 's'} found, the most serious rated "${VERDICT_LABELS[worst]}"`,
  };
}
