import { t } from '../lib/i18n';

/** What "Check selected text" shows when the selection makes no claim we know. */
export function NoClaimCard({ quote, onClose }: { quote: string; onClose(): void }) {
  return (
    <article className="claim-card no-claim" aria-label={t('selectionCardLabel')}>
      <header className="card-header">
        <span className="card-title">{t('selectionNoClaim')}</span>
        <button type="button" className="close" onClick={onClose} aria-label={t('cardClose')}>
          ×
        </button>
      </header>
      <blockquote className="page-quote">{quote}</blockquote>
      <footer className="card-footer">
        <p className="not-advice">{t('cardNotAdvice')}</p>
      </footer>
    </article>
  );
}
