import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatMessage, t } from './i18n';

describe('t', () => {
  it('formats named placeholders like the browser', () => {
    expect(t('popupClaimsMany', 3)).toBe('3 claims found on this page');
    expect(t('badgeSiteOff', 'Lens', 'a.org')).toBe('Lens: off for a.org');
  });

  it('leaves unknown placeholders and plain messages alone', () => {
    expect(formatMessage({ message: 'costs $5 and $X$' }, [])).toBe('costs $5 and $X$');
    expect(t('cardClose')).toBe('Close');
  });
});

describe('locale files', () => {
  it('every locale has exactly the English keys, with placeholders that resolve', () => {
    const root = new URL('../public/_locales/', import.meta.url);
    const english = JSON.parse(readFileSync(new URL('en/messages.json', root), 'utf8'));
    for (const lang of readdirSync(root)) {
      const messages = JSON.parse(readFileSync(new URL(`${lang}/messages.json`, root), 'utf8'));
      expect(Object.keys(messages).sort(), lang).toEqual(Object.keys(english).sort());
      for (const [key, entry] of Object.entries<{ message: string; placeholders?: object }>(
        messages,
      )) {
        const names = [...entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) =>
          m[1]?.toLowerCase(),
        );
        for (const name of names)
          expect(entry.placeholders ?? {}, `${lang}.${key}`).toHaveProperty(name as string);
      }
    }
  });
});
