import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  SettingsTooLargeError,
  fitsSyncStorage,
  isSiteEnabled,
  loadSettings,
  normalizeSettings,
  setSiteEnabled,
  siteKey,
  updateSettings,
  watchSettings,
} from './settings';

describe('normalizeSettings', () => {
  it('gives defaults for values that are not an object', () => {
    for (const raw of [null, undefined, 42, 'on', [], true]) {
      expect(normalizeSettings(raw)).toEqual(DEFAULT_SETTINGS);
    }
  });

  it('keeps the readable parts of a partly corrupt value', () => {
    const settings = normalizeSettings({
      enabled: 'yes',
      disabledSites: ['Example.com', 7, null, 'www.news.org', '<script>', 'example.com'],
      hiddenVerdicts: ['supported', 'bogus'],
      openCardOn: 'telepathy',
    });
    expect(settings).toEqual({
      enabled: true,
      disabledSites: ['example.com', 'news.org'],
      hiddenVerdicts: ['supported'],
      openCardOn: 'hover',
    });
  });

  it('keeps a valid value as it is', () => {
    const value = {
      enabled: false,
      disabledSites: ['a.org'],
      hiddenVerdicts: ['false' as const],
      openCardOn: 'click' as const,
    };
    expect(normalizeSettings(value)).toEqual(value);
  });
});

describe('site switch', () => {
  it('treats www and case as the same site', () => {
    expect(siteKey('WWW.Example.COM')).toBe('example.com');
    const off = setSiteEnabled(DEFAULT_SETTINGS, 'www.example.com', false);
    expect(isSiteEnabled(off, 'example.com')).toBe(false);
    expect(isSiteEnabled(off, 'other.com')).toBe(true);
    expect(isSiteEnabled(setSiteEnabled(off, 'EXAMPLE.com', true), 'example.com')).toBe(true);
  });

  it('gives keys that read back as themselves, and drops stored names that key to nothing', () => {
    for (const name of ['..', 'www.www.example.org.', 'Example.ORG..', 'www.']) {
      expect(siteKey(siteKey(name))).toBe(siteKey(name));
    }
    expect(normalizeSettings({ disabledSites: ['..', 'www.', 'a.org.'] }).disabledSites).toEqual([
      'a.org',
    ]);
  });

  it('is off everywhere when the global switch is off', () => {
    expect(isSiteEnabled({ ...DEFAULT_SETTINGS, enabled: false }, 'example.com')).toBe(false);
  });
});

describe('stored settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts from the defaults and stores changes', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    await updateSettings((s) => ({ ...s, enabled: false }));
    expect((await loadSettings()).enabled).toBe(false);
  });

  it('reads a corrupt stored value as defaults without throwing, keeping the sites', async () => {
    await fakeBrowser.storage.sync.set({ settings: { enabled: 3, disabledSites: ['a.org', 5] } });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, disabledSites: ['a.org'] });
  });

  it('keeps the site list when the version record is corrupt', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { enabled: false, disabledSites: ['kept.org'] },
      settings$: { v: 'not a number' },
    });
    const settings = await loadSettings();
    expect(settings.disabledSites).toEqual(['kept.org']);
    expect(settings.enabled).toBe(false);
    const updated = await updateSettings((s) => ({ ...s, openCardOn: 'click' }));
    expect(updated.disabledSites).toEqual(['kept.org']);
  });

  it('reads settings synced from a newer version of the extension without losing them', async () => {
    // Another device may run a newer release whose item has a higher version and new fields.
    await fakeBrowser.storage.sync.set({
      settings: { enabled: true, disabledSites: ['kept.org'], openCardOn: 'click', future: 1 },
      settings$: { v: 99 },
    });
    const settings = await loadSettings();
    expect(settings).toEqual({
      ...DEFAULT_SETTINGS,
      disabledSites: ['kept.org'],
      openCardOn: 'click',
    });
  });

  it('refuses a change that would not fit in sync storage, keeping what is stored', async () => {
    const many = Array.from({ length: 600 }, (_, i) => `site-number-${i}.example.org`);
    await expect(updateSettings((s) => ({ ...s, disabledSites: many }))).rejects.toThrow(
      SettingsTooLargeError,
    );
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(fitsSyncStorage({ ...DEFAULT_SETTINGS, disabledSites: many.slice(0, 100) })).toBe(true);
  });

  it('tells watchers about changes, normalised', async () => {
    const seen: boolean[] = [];
    const unwatch = watchSettings((s) => seen.push(s.enabled));
    await updateSettings((s) => ({ ...s, enabled: false }));
    unwatch();
    expect(seen).toEqual([false]);
  });
});
