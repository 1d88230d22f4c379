import { t } from '../../lib/i18n';

export function PrivacySection({ id }: { id: string }) {
  const headingId = `${id}-heading`;
  return (
    <section id={id} aria-labelledby={headingId}>
      <h2 id={headingId}>{t('optionsPrivacyHeading')}</h2>
      <p>{t('optionsPrivacyNothingSent')}</p>
      <p>{t('optionsPrivacyStored')}</p>
      <p>{t('optionsPrivacySession')}</p>
    </section>
  );
}
