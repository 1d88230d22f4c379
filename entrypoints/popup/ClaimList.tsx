import { VerdictBadge } from '../../components/VerdictBadge';
import { getClaim } from '../../data/lookup';
import { groupByVerdict } from '../../lib/claim-groups';
import { t } from '../../lib/i18n';
import type { TabClaim } from '../../lib/messages';
import { verdictLabel } from '../../lib/verdict-label';

interface ClaimListProps {
  claims: readonly TabClaim[];
  onReveal(claim: TabClaim): void;
}

/** The page's claims by verdict: each with where it appears, its card summary and sources. */
export function ClaimList({ claims, onReveal }: ClaimListProps) {
  const groups = groupByVerdict(claims);
  return (
    <>
      <ul className="verdict-counts" aria-label={t('popupCountsLabel')}>
        {groups.map((group) => (
          <li key={group.verdict} className={`verdict-count verdict-${group.verdict}`}>
            {t(
              'popupVerdictCount',
              group.claims.reduce((n, c) => n + c.occurrences.length, 0),
              verdictLabel(group.verdict),
            )}
          </li>
        ))}
      </ul>
      {groups.map((group) => (
        <section key={group.verdict} className="verdict-group" data-verdict={group.verdict}>
          <h2>
            <VerdictBadge verdict={group.verdict} />
          </h2>
          <ul className="claims">
            {group.claims.map(({ claimId, occurrences }) => {
              const claim = getClaim(claimId);
              if (!claim) return null;
              return (
                <li key={claimId} className="claim" data-claim-id={claimId}>
                  <h3 className="claim-title">{claim.title}</h3>
                  {occurrences.map((found) => (
                    <button
                      key={`${found.frameId}:${found.index}`}
                      type="button"
                      className="quote"
                      aria-label={t('popupShowOnPage', found.exact)}
                      onClick={() => onReveal(found)}
                    >
                      “{found.exact}”
                    </button>
                  ))}
                  <p className="summary">{claim.summary}</p>
                  <details className="popup-sources">
                    <summary>{t('popupSourcesOf')}</summary>
                    <ol>
                      {claim.sources.map((source) => (
                        <li key={source.url}>
                          {source.retracted && (
                            <span className="retracted-label">{t('cardRetracted')}</span>
                          )}
                          <a href={source.url} target="_blank" rel="noopener noreferrer">
                            {source.title}
                          </a>{' '}
                          <span className="source-meta">
                            {source.publisher}, {source.year}
                          </span>
                        </li>
                      ))}
                    </ol>
                  </details>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </>
  );
}
