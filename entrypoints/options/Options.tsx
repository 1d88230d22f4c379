import { useMemo } from 'react';
import { browser } from 'wxt/browser';
import { CLAIMS } from '../../data/claims/index';
import { datasetInfo } from '../../lib/dataset-info';
import { t, type MessageKey } from '../../lib/i18n';
import { ClaimBrowser } from './ClaimBrowser';
import { DatasetSection } from './DatasetSection';
import { MarksSection } from './MarksSection';
import { PrivacySection } from './PrivacySection';
import { SiteList } from './SiteList';
import { useSettings } from '../../components/useSettings';

// The long card list comes last; these links reach every section without scrolling past it.
const SECTIONS: readonly (readonly [id: string, heading: MessageKey])[] = [
  ['marks', 'optionsMarksHeading'],
  ['sites', 'optionsSitesHeading'],
  ['evidence', 'optionsDatasetHeading'],
  ['privacy', 'optionsPrivacyHeading'],
  ['cards', 'optionsCardsHeading'],
];

export function Options() {
  const [settings, change] = useSettings();
  const info = useMemo(() => datasetInfo(CLAIMS, browser.runtime.getManifest().version), []);
  return (
    <main className="options">
      <header>
        <h1>{t('optionsTitle')}</h1>
        <p className="hint">{t('optionsAppliesAtOnce')}</p>
        <nav aria-label={t('optionsNavLabel')}>
          <ul>
            {SECTIONS.map(([id, heading]) => (
              <li key={id}>
                <a href={`#${id}`}>{t(heading)}</a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      {settings ? (
        <>
          <MarksSection id="marks" settings={settings} change={change} />
          <SiteList id="sites" sites={settings.disabledSites} change={change} />
        </>
      ) : (
        <p role="status">{t('optionsLoading')}</p>
      )}
      <DatasetSection id="evidence" claims={CLAIMS} info={info} />
      <PrivacySection id="privacy" />
      <ClaimBrowser id="cards" claims={CLAIMS} />
    </main>
  );
}
