import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { t } from '../../lib/i18n';
import { setSiteEnabled } from '../../lib/settings';
import { parseSiteInput, type SiteInput } from '../../lib/site-input';
import type { SettingsChange } from '../../components/useSettings';

interface Props {
  id: string;
  sites: readonly string[];
  change(apply: SettingsChange): void;
}

/** Where keyboard focus goes after the list changes under it: a row's button, or a control. */
type FocusTarget = number | 'input' | 'clear' | 'cancel';

function errorText(result: Exclude<SiteInput, { ok: true }>, input: string): string {
  if (result.reason === 'empty') return t('optionsSiteErrorEmpty');
  if (result.reason === 'duplicate') return t('optionsSiteErrorDuplicate', result.site);
  if (result.reason === 'full') return t('optionsSiteErrorFull');
  return t('optionsSiteErrorInvalid', input.trim());
}

/** The sites where annotations are off: add one (validated), remove one, clear all (confirmed). */
export function SiteList({ id, sites, change }: Props) {
  const headingId = `${id}-heading`;
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  const questionId = useId();
  const [input, setInput] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [confirming, setConfirming] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const clearRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const focusTarget = useRef<FocusTarget | null>(null);
  const sorted = useMemo(() => [...sites].sort(), [sites]);

  // A removed row takes its focused button with it; move focus where the user can go on.
  useEffect(() => {
    const target = focusTarget.current;
    if (target === null) return;
    focusTarget.current = null;
    if (typeof target === 'number') {
      const buttons = listRef.current?.querySelectorAll('button') ?? [];
      const next = buttons[Math.min(target, buttons.length - 1)];
      (next ?? inputRef.current)?.focus();
    } else {
      ({ input: inputRef, clear: clearRef, cancel: cancelRef })[target].current?.focus();
    }
  });

  const add = (event: FormEvent) => {
    event.preventDefault();
    const result = parseSiteInput(input, sites);
    if (!result.ok) {
      setError(errorText(result, input));
      inputRef.current?.focus();
      return;
    }
    change((s) => setSiteEnabled(s, result.site, false));
    setInput('');
    setError(null);
    setStatus(t('optionsSiteAdded', result.site));
  };

  const remove = (site: string, index: number) => {
    change((s) => setSiteEnabled(s, site, true));
    setStatus(t('optionsSiteRemoved', site));
    focusTarget.current = index;
  };

  const clearAll = () => {
    change((s) => ({ ...s, disabledSites: [] }));
    setConfirming(false);
    setStatus(t('optionsSitesCleared'));
    focusTarget.current = 'input';
  };

  const askToClear = (ask: boolean) => {
    setConfirming(ask);
    focusTarget.current = ask ? 'cancel' : 'clear';
  };

  return (
    <section id={id} aria-labelledby={headingId}>
      <h2 id={headingId}>{t('optionsSitesHeading')}</h2>
      {sorted.length === 0 ? (
        <p className="empty">{t('optionsSitesEmpty')}</p>
      ) : (
        <ul className="sites" ref={listRef} aria-labelledby={headingId}>
          {sorted.map((site, index) => (
            <li key={site} data-site={site}>
              <span className="site-name">{site}</span>
              <button
                type="button"
                aria-label={t('optionsSiteRemoveLabel', site)}
                onClick={() => remove(site, index)}
              >
                {t('optionsSiteRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="add-site" onSubmit={add} noValidate>
        <label htmlFor={inputId}>{t('optionsSiteAddLabel')}</label>
        <p id={hintId} className="hint">
          {t('optionsSiteAddHint')}
        </p>
        <div className="row">
          <input
            id={inputId}
            ref={inputRef}
            type="text"
            inputMode="url"
            autoComplete="off"
            autoCapitalize="off"
            spellCheck={false}
            value={input}
            aria-invalid={error !== null}
            aria-describedby={error === null ? hintId : `${errorId} ${hintId}`}
            onChange={(e) => {
              setInput(e.currentTarget.value);
              setError(null);
            }}
          />
          <button type="submit">{t('optionsSiteAdd')}</button>
        </div>
        {error !== null && (
          <p id={errorId} className="error" role="alert">
            {error}
          </p>
        )}
      </form>
      {sorted.length > 0 &&
        (confirming ? (
          <div
            className="confirm"
            role="group"
            aria-labelledby={questionId}
            onKeyDown={(e) => e.key === 'Escape' && askToClear(false)}
          >
            <p id={questionId}>{t('optionsSitesClearQuestion')}</p>
            <button type="button" className="danger" onClick={clearAll}>
              {t('optionsSitesClearConfirm')}
            </button>
            <button type="button" ref={cancelRef} onClick={() => askToClear(false)}>
              {t('optionsSitesClearCancel')}
            </button>
          </div>
        ) : (
          <button type="button" ref={clearRef} onClick={() => askToClear(true)}>
            {t('optionsSitesClear')}
          </button>
        ))}
      <p className="status" role="status">
        {status}
      </p>
    </section>
  );
}
