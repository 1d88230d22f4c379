import { useCallback, useEffect, useState } from 'react';
import { VerdictBadge } from '../../components/VerdictBadge';
import { t } from '../../lib/i18n';
import type { TabState } from '../../lib/messages';
import { loadSettings, updateSettings, watchSettings, type Settings } from '../../lib/settings';
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
  const [settings, setSettings] = useState<Settings | null>(null);
  const [tabId, setTabId] = useState<number | null>(null);
  const [page, setPage] = useState<TabState | null | undefined>(undefined);

  const refreshPage = useCallback(async (id: number | null) => {
    setPage(id === null ? null : await fetchTabState(id));
  }, []);

  useEffect(() => {
    void loadSettings().then(setSettings);
    void targetTabId().then((id) => {
      setTabId(id);
      void refreshPage(id);
    });
    return watchSettings(setSettings);
  }, [refreshPage]);

  // The content script rescans when settings change; ask again once it had a moment.
  useEffect(() => {
    if (!settings || tabId === null) return;
    const timer = setTimeout(() => void refreshPage(tabId), 300);
    return () => clearTimeout(timer);
  }, [settings, tabId, refreshPage]);

  const changeSettings = (change: (s: Settings) => Settings) => {
    // Show the change at once; storage confirms it through the watcher.
    setSettings((current) => (current ? change(current) : current));
    void updateSettings(change);
  };
  const toggleGlobal = (on: boolean) => changeSettings((s) => ({ ...s, enabled: on }));
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
      <p className="claim-count" data-testid="claim-count" aria-live="polite">
        {statusLine(page)}
      </p>
      {claims.length > 0 && tabId !== null && (
        <ol className="claims">
          {claims.map((c, index) => (
            <li key={index} data-claim-id={c.claimId}>
              <button type="button" onClick={() => void revealClaim(tabId, c)}>
                <VerdictBadge verdict={c.verdict} />
                <span className="quote">{c.exact}</span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </main>
  );
}
