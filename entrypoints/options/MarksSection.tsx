import { useId } from 'react';
import { VerdictBadge } from '../../components/VerdictBadge';
import { t } from '../../lib/i18n';
import type { Settings } from '../../lib/settings';
import { VERDICTS_BY_SEVERITY, type Verdict } from '../../lib/verdicts';
import type { SettingsChange } from '../../components/useSettings';

interface Props {
  id: string;
  settings: Settings;
  change(apply: SettingsChange): void;
}

const showVerdict =
  (verdict: Verdict, shown: boolean): SettingsChange =>
  (s) => ({
    ...s,
    hiddenVerdicts: shown
      ? s.hiddenVerdicts.filter((v) => v !== verdict)
      : [...s.hiddenVerdicts, verdict],
  });

/** The global switch, which verdicts are marked, and how cards open. */
export function MarksSection({ id, settings, change }: Props) {
  const headingId = `${id}-heading`;
  const enabledHintId = useId();
  const verdictsHintId = useId();
  return (
    <section id={id} aria-labelledby={headingId}>
      <h2 id={headingId}>{t('optionsMarksHeading')}</h2>
      <div className="field">
        <label className="check">
          <input
            type="checkbox"
            name="enabled"
            checked={settings.enabled}
            aria-describedby={enabledHintId}
            onChange={(e) => {
              const enabled = e.currentTarget.checked;
              change((s) => ({ ...s, enabled }));
            }}
          />
          <span>{t('optionsEnabled')}</span>
        </label>
        <p id={enabledHintId} className="hint">
          {t('optionsEnabledHint')}
        </p>
      </div>
      <fieldset aria-describedby={verdictsHintId}>
        <legend>{t('optionsVerdictsLegend')}</legend>
        <p id={verdictsHintId} className="hint">
          {t('optionsVerdictsHint')}
        </p>
        <ul className="choices">
          {VERDICTS_BY_SEVERITY.map((verdict) => (
            <li key={verdict}>
              <label className="check">
                <input
                  type="checkbox"
                  name="verdict"
                  value={verdict}
                  checked={!settings.hiddenVerdicts.includes(verdict)}
                  onChange={(e) => change(showVerdict(verdict, e.currentTarget.checked))}
                />
                <VerdictBadge verdict={verdict} />
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset>
        <legend>{t('optionsOpenCardLegend')}</legend>
        <ul className="choices">
          {(['hover', 'click'] as const).map((openCardOn) => (
            <li key={openCardOn}>
              <label className="check">
                <input
                  type="radio"
                  name="openCardOn"
                  value={openCardOn}
                  checked={settings.openCardOn === openCardOn}
                  onChange={() => change((s) => ({ ...s, openCardOn }))}
                />
                <span>
                  {openCardOn === 'hover' ? t('optionsOpenCardHover') : t('optionsOpenCardClick')}
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
    </section>
  );
}
