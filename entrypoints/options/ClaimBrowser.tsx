import { memo, useDeferredValue, useId, useMemo, useState } from 'react';
import { ClaimCard } from '../../components/ClaimCard';
import type { Claim } from '../../data/schema';
import { createClaimSearch } from '../../lib/claim-search';
import { t } from '../../lib/i18n';
import { verdictLabel } from '../../lib/verdict-label';
import { VERDICTS, VERDICTS_BY_SEVERITY, type Verdict } from '../../lib/verdicts';

// Each card sanitises its explanation; claims are stable objects, so typing re-renders none.
const Card = memo(ClaimCard);

const isVerdict = (value: string): value is Verdict => VERDICTS.includes(value as Verdict);

/** Every card of the dataset, searchable by words and filterable by verdict. */
export function ClaimBrowser({ id, claims }: { id: string; claims: readonly Claim[] }) {
  const headingId = `${id}-heading`;
  const searchId = useId();
  const searchHintId = useId();
  const verdictId = useId();
  const [query, setQuery] = useState('');
  const [verdict, setVerdict] = useState<Verdict | 'all'>('all');
  const search = useMemo(() => createClaimSearch(claims), [claims]);
  // The box follows every key at once; the list catches up when the browser has a moment.
  const filter = useDeferredValue(useMemo(() => ({ query, verdict }), [query, verdict]));
  const results = useMemo(() => search(filter), [search, filter]);

  return (
    <section id={id} aria-labelledby={headingId}>
      <h2 id={headingId}>{t('optionsCardsHeading')}</h2>
      <p>{t('optionsCardsIntro')}</p>
      <div className="card-filters" role="search">
        <div className="field">
          <label htmlFor={searchId}>{t('optionsSearchLabel')}</label>
          <input
            id={searchId}
            type="search"
            value={query}
            autoComplete="off"
            aria-describedby={searchHintId}
            onChange={(e) => setQuery(e.currentTarget.value)}
          />
          <p id={searchHintId} className="hint">
            {t('optionsSearchHint')}
          </p>
        </div>
        <div className="field">
          <label htmlFor={verdictId}>{t('optionsVerdictFilterLabel')}</label>
          <select
            id={verdictId}
            value={verdict}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setVerdict(isVerdict(value) ? value : 'all');
            }}
          >
            <option value="all">{t('optionsVerdictFilterAll')}</option>
            {VERDICTS_BY_SEVERITY.map((v) => (
              <option key={v} value={v}>
                {verdictLabel(v)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="results-count" role="status" data-testid="results-count">
        {t('optionsCardsCount', results.length, claims.length)}
      </p>
      {results.length === 0 ? (
        <p className="empty">{t('optionsCardsNone')}</p>
      ) : (
        <ul className="cards">
          {results.map((claim) => (
            <li key={claim.id}>
              <Card claim={claim} headingLevel={3} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
