import { useCallback, useEffect, useState } from 'react';
import { VerdictBadge } from '../../components/VerdictBadge';
import type { TabState } from '../../lib/messages';
import { loadSettings, updateSettings, watchSettings, type Settings } from '../../lib/settings';
import { fetchTabState, revealClaim, targetTabId } from './page-state';

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
        <h1>MDMA Evidence Lens</h1>
        <label className="switch">
          <input
            type="checkbox"
            name="enabled"
            checked={settings?.enabled ?? true}
            disabled={!settings}
            onChange={(e) => toggleGlobal(e.currentTarget.checked)}
          />
          <span>Annotate pages</span>
        </label>
      </header>
      <p className="claim-count" data-testid="claim-count" aria-live="polite">
        {page === undefined
          ? 'Looking at this page…'
          : page === null
            ? 'This page cannot be annotated.'
            : page.status === 'off'
              ? 'Annotations are off.'
              : page.status === 'site-off'
                ? 'Annotations are off for this site.'
                : page.status === 'no-highlight-api'
                  ? 'This browser cannot mark text on pages (no CSS Custom Highlight API).'
                  : claims.length === 0
                    ? 'No claims about MDMA therapy found on this page.'
                    : `${claims.length} claim${claims.length === 1 ? '' : 's'} found on this page`}
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
