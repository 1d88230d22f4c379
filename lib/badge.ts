import { t } from './i18n';
import type { TabState } from './messages';
import { verdictLabel } from './verdict-label';
import { verdictRank, type Verdict } from './verdicts';

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

/** What the toolbar button shows for a tab: the claim count, coloured by its worst verdict. */
export function badgeFor(state: TabState): BadgeView {
  const name = t('extName');
  const quiet = { text: '', color: '#57606a' };
  if (state.status === 'off') return { ...quiet, title: t('badgeOff', name) };
  if (state.status === 'site-off')
    return { ...quiet, title: t('badgeSiteOff', name, state.hostname) };
  if (state.status === 'no-highlight-api')
    return { ...quiet, title: t('badgeNoHighlightApi', name) };
  const count = state.claims.length;
  if (count === 0) return { ...quiet, title: t('badgeNoClaims', name) };
  const worst = state.claims.reduce<Verdict>(
    (acc, c) => (verdictRank(c.verdict) > verdictRank(acc) ? c.verdict : acc),
    'supported',
  );
  const label = verdictLabel(worst);
  return {
    text: count > 999 ? '999+' : String(count),
    color: BADGE_COLORS[worst],
    title:
      count === 1 ? t('badgeClaimsOne', name, label) : t('badgeClaimsMany', name, count, label),
  };
}
