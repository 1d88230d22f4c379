import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { t } from '../../lib/i18n';
import type { TabState } from '../../lib/messages';
import { useSettings } from '../../components/useSettings';
import { isSiteEnabled, setSiteEnabled } from '../../lib/settings';
import { ClaimList } from './ClaimList';
import { fetchTabState, revealClaim, targetTabId } from './page-state';

function statusLine(page: TabState | null | undefined): string {
  if (page === undefined) return t('popupLooking');
  if (page === null) return t('popupCannotAnnotate');
  if (page.status === 'off') return t('popupOff');
  if (page.status === 'site-off') return t('popupSiteOff');
  if (page.status === 'no-highlight-api') return t('popupNoHighlightApi');
  const count = page.claims.length;
  if (count === 0) return t('popupNoClaims');
  return count === 1 ? t('popupClaimsOne') : t('popupClaimsMany', count);
}

export function Popup() {
  const [settings, changeSettings] = useSettings();
  const [tabId, setTabId] = useState<number | null>(null);
  const [page, setPage] = useState<TabState | null | undefined>(undefined);

  const refreshPage = useCallback(async (id: number | null) => {
    setPage(id === null ? null : await fetchTabState(id));
  }, []);

  useEffect(() => {
    void targetTabId().then((id) => {
      setTabId(id);
      void refreshPage(id);
    });
  }, [refreshPage]);

  // Pages change under the popup (rescans after a settings change, infinite scroll): the
  // background answers from memory, so asking once a second costs next to nothing.
  useEffect(() => {
    if (tabId === null) return;
    const timer = setInterval(() => void refreshPage(tabId), 1000);
    return () => clearInterval(timer);
  }, [tabId, refreshPage]);

  const toggleGlobal = (on: boolean) => changeSettings((s) => ({ ...s, enabled: on }));
  const hostname = page?.hostname ?? '';
  const toggleSite = (on: boolean) => changeSettings((s) => setSiteEnabled(s, hostname, on));
  const claims = page?.status === 'annotated' ? page.claims : [];

  return (
    <main className="popup">
      <header className="popup-header">
        <h1>{t('extName')}</h1>
        <label className="switch">
          <input
            type="checkbox"
            name="enabled"
            checked={settings?.enabled ?? true}
            disabled={!settings}
            onChange={(e) => toggleGlobal(e.currentTarget.checked)}
          />
          <span>{t('popupAnnotatePages')}</span>
        </label>
      </header>
      {hostname && (
        <label className="switch site-switch">
          <input
            type="checkbox"
            name="site-enabled"
            checked={settings ? isSiteEnabled({ ...settings, enabled: true }, hostname) : true}
            disabled={!settings?.enabled}
            onChange={(e) => toggleSite(e.currentTarget.checked)}
          />
          <span>{t('popupThisSite', hostname)}</span>
        </label>
      )}
      <p className="claim-count" data-testid="claim-count" aria-live="polite">
        {statusLine(page)}
      </p>
      {claims.length > 0 && tabId !== null && (
        <ClaimList claims={claims} onReveal={(claim) => void revealClaim(tabId, claim)} />
      )}
      <footer className="popup-footer">
        <span>{t('popupNotMedicalAdvice')}</span>
        <button
          type="button"
          className="link"
          onClick={() => void browser.runtime.openOptionsPage()}
        >
          {t('popupOptions')}
        </button>
      </footer>
    </main>
  );
}
