import { useId } from 'react';
import type { Claim, Source } from '../data/schema';
import { t } from '../lib/i18n';
import { sanitizeCardHtml } from '../lib/sanitize';
import { VerdictBadge } from './VerdictBadge';

export interface ClaimCardProps {
  claim: Claim;
  /** The page text that was marked, when the card opens from a page. */
  quote?: string;
  /** Shown as a close button when given. */
  onClose?: () => void;
  /** The in-page actions, shown when given. */
  actions?: { hideClaim(): void; disableSite(): void };
  /**
   * The level of the card's title; its "Sources" heading is one below. 2 where the card stands
   * alone (a page's card); deeper where it sits under a page's own section headings.
   */
  headingLevel?: 2 | 3 | 4 | 5;
}

function SourceItem({ source }: { source: Source }) {
  return (
    <li className={source.retracted ? 'source retracted' : 'source'}>
      {source.retracted && <span className="retracted-label">{t('cardRetracted')}</span>}
      <a href={source.url} target="_blank" rel="noopener noreferrer">
        {source.title}
      </a>
      <span className="source-meta">
        {' '}
        {source.publisher}, {source.year}
      </span>
    </li>
  );
}

/** The evidence card for one claim: used in pages, the popup and the options page. */
export function ClaimCard({ claim, quote, onClose, actions, headingLevel = 2 }: ClaimCardProps) {
  const titleId = useId();
  const Title = `h${headingLevel}` as const;
  const SubHeading = `h${(headingLevel + 1) as 3 | 4 | 5 | 6}` as const;
  return (
    <article className="claim-card" aria-labelledby={titleId} data-claim-id={claim.id}>
      <header className="card-header">
        <VerdictBadge verdict={claim.verdict} />
        {onClose && (
          <button type="button" className="close" onClick={onClose} aria-label={t('cardClose')}>
            ×
          </button>
        )}
      </header>
      <Title id={titleId} className="card-title">
        {claim.title}
      </Title>
      {quote && (
        <blockquote className="page-quote">
          <span className="visually-hidden">{t('cardOnThisPage')} </span>
          {quote}
        </blockquote>
      )}
      <p className="summary">{claim.summary}</p>
      {claim.keyNumbers.length > 0 && (
        <ul className="key-numbers">
          {claim.keyNumbers.map((n) => (
            <li key={n.label}>
              <span className="kn-value">{n.value}</span>{' '}
              <span className="kn-label">{n.label}</span>
              <span className="kn-context">
                {[n.comparison && t('cardVersus', n.comparison), n.sample, n.timepoint]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </li>
          ))}
        </ul>
      )}
      <details className="explanation">
        <summary>{t('cardEvidenceShows')}</summary>
        <div dangerouslySetInnerHTML={{ __html: sanitizeCardHtml(claim.explanation) }} />
      </details>
      <SubHeading className="sources-heading">{t('cardSources')}</SubHeading>
      <ol className="sources">
        {claim.sources.map((s) => (
          <SourceItem key={s.url} source={s} />
        ))}
      </ol>
      {actions && (
        <div className="card-actions">
          <button type="button" onClick={actions.hideClaim}>
            {t('cardHideClaim')}
          </button>
          <button type="button" onClick={actions.disableSite}>
            {t('cardDisableSite')}
          </button>
        </div>
      )}
      <footer className="card-footer">
        <p className="reviewed">
          {claim.asOf && <>{claim.asOf} </>}
          {t('cardReviewed', claim.reviewedOn)}
        </p>
        <p className="not-advice">{t('cardNotAdvice')}</p>
      </footer>
    </article>
  );
}
