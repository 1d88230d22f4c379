import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { VERDICTS, type Verdict } from './verdicts';

/**
 * The user's settings: one versioned item in `sync` storage, so they follow the user's
 * browser profile. Everything that reads it goes through `normalizeSettings`, so a corrupt or
 * hand-edited value can never crash a page or the popup, and the site list survives when it can
 * be read at all.
 */
export interface Settings {
  /** The global switch. */
  enabled: boolean;
  /** Hostnames where annotations are off, lower case, without a leading "www.". */
  disabledSites: string[];
  /** Verdicts whose marks are not shown. */
  hiddenVerdicts: Verdict[];
  /** How a card opens from a mark. */
  openCardOn: 'hover' | 'click';
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
  disabledSites: [],
  hiddenVerdicts: [],
  openCardOn: 'hover',
});

/**
 * Sync storage refuses an item over 8 KB (QUOTA_BYTES_PER_ITEM), which is a few hundred sites.
 * `updateSettings` checks before writing, so a full list gets a clear error instead of a write
 * that fails and leaves the stored settings behind the screen.
 */
export const SYNC_ITEM_BYTES = 8192;
const MAX_SITES = 2000; // bounds the work on a hand-edited value; the byte check is the real limit

export class SettingsTooLargeError extends Error {
  constructor() {
    super('The settings no longer fit in sync storage (8 KB): remove some sites first.');
  }
}

/** Whether settings fit in one sync storage item (the key plus the JSON value, in UTF-8). */
export function fitsSyncStorage(settings: Settings): boolean {
  const bytes = new TextEncoder().encode('settings' + JSON.stringify(settings)).length;
  return bytes <= SYNC_ITEM_BYTES;
}

/**
 * Lower-cases a hostname and drops "www." so a site switch covers both forms. Idempotent (every
 * leading "www." and trailing dot goes at once), so a stored key always reads back as itself.
 */
export function siteKey(hostname: string): string {
  return hostname
    .trim()
    .toLowerCase()
    .replace(/^(?:www\.)+/, '')
    .replace(/\.+$/, '');
}

function isHostname(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length > 0 &&
    value.length <= 253 &&
    /^[a-z0-9.:[\]-]+$/i.test(value)
  );
}

/** Turns any stored value into valid settings, keeping every part that can be read. */
export function normalizeSettings(raw: unknown): Settings {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ...DEFAULT_SETTINGS };
  const value = raw as Record<string, unknown>;
  const sites = Array.isArray(value.disabledSites)
    ? [...new Set(value.disabledSites.filter(isHostname).map(siteKey).filter(Boolean))].slice(
        0,
        MAX_SITES,
      )
    : [];
  const hidden = Array.isArray(value.hiddenVerdicts)
    ? [
        ...new Set(
          value.hiddenVerdicts.filter((v): v is Verdict => VERDICTS.includes(v as Verdict)),
        ),
      ]
    : [];
  return {
    enabled: typeof value.enabled === 'boolean' ? value.enabled : DEFAULT_SETTINGS.enabled,
    disabledSites: sites,
    hiddenVerdicts: hidden,
    openCardOn: value.openCardOn === 'click' ? 'click' : 'hover',
  };
}

export function isSiteEnabled(settings: Settings, hostname: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(siteKey(hostname));
}

export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export async function loadSettings(): Promise<Settings> {
  try {
    return normalizeSettings(await settingsItem.getValue());
  } catch {
    // The item's version record is unreadable: read the stored value as it is, so that the
    // site list survives (the next update writes it back in good order).
    try {
      const raw = await browser.storage.sync.get('settings');
      return normalizeSettings(raw.settings);
    } catch {
      return { ...DEFAULT_SETTINGS };
    }
  }
}

/** Applies a change to the current settings and stores the result. */
export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const next = normalizeSettings(change(await loadSettings()));
  if (!fitsSyncStorage(next)) throw new SettingsTooLargeError();
  await settingsItem.setValue(next);
  return next;
}

/** Calls back with normalised settings on every change, from any context. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => callback(normalizeSettings(value)));
}

export function setSiteEnabled(settings: Settings, hostname: string, on: boolean): Settings {
  const key = siteKey(hostname);
  const others = settings.disabledSites.filter((site) => site !== key);
  return { ...settings, disabledSites: on ? others : [...others, key] };
}
