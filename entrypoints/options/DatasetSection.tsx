import { useId } from 'react';
import type { Claim } from '../../data/schema';
import { toClaimReviews } from '../../lib/claimreview';
import type { DatasetInfo } from '../../lib/dataset-info';
import { t } from '../../lib/i18n';
import { downloadJson } from './download';

export const EXPORT_FILENAME = 'mdma-evidence-lens-claimreview.json';

/** The dataset's version, size and review date, and the ClaimReview export. */
interface Props {
  id: string;
  claims: readonly Claim[];
  info: DatasetInfo;
}

export function DatasetSection({ id, claims, info }: Props) {
  const headingId = `${id}-heading`;
  const exportHintId = useId();
  return (
    <section id={id} aria-labelledby={headingId}>
      <h2 id={headingId}>{t('optionsDatasetHeading')}</h2>
      <p>{t('optionsDatasetIntro')}</p>
      <dl className="dataset-info" data-testid="dataset-info">
        <dt>{t('optionsDatasetVersion')}</dt>
        <dd>{info.version}</dd>
        <dt>{t('optionsDatasetClaims')}</dt>
        <dd>{info.claimCount}</dd>
        {info.reviewedOn && (
          <>
            <dt>{t('optionsDatasetReviewed')}</dt>
            <dd>
              <time dateTime={info.reviewedOn}>{info.reviewedOn}</time>
            </dd>
          </>
        )}
      </dl>
      <button
        type="button"
        aria-describedby={exportHintId}
        onClick={() => downloadJson(EXPORT_FILENAME, toClaimReviews(claims))}
      >
        {t('optionsExport')}
      </button>
      <p id={exportHintId} className="hint">
        {t('optionsExportHint')}
      </p>
    </section>
  );
}
