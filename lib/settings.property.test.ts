import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  normalizeSettings,
  siteKey,
  type Settings,
} from './settings';
import { VERDICTS } from './verdicts';

// Hostile and broken stored values: whatever sync storage holds (another version of the
// extension, a hand edit, a sync conflict), reading the settings never throws, and every part
// that can be read is kept.

const hostname = fc.domain();
/** A value in any slot: readable or not. */
const junk = fc.anything({ withNullPrototype: true, withBoxedValues: true, withSparseArray: true });

/** A settings-shaped object whose every part may be right, wrong, or missing. */
const storedSettings = fc.record(
  {
    enabled: fc.oneof(fc.boolean(), junk),
    disabledSites: fc.oneof(fc.array(fc.oneof(hostname, junk)), junk),
    hiddenVerdicts: fc.oneof(fc.array(fc.oneof(fc.constantFrom(...VERDICTS), junk)), junk),
    openCardOn: fc.oneof(fc.constantFrom('hover', 'click'), junk),
  },
  { requiredKeys: [] },
);

function expectValid(settings: Settings): void {
  expect(Object.keys(settings).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
  expect(typeof settings.enabled).toBe('boolean');
  expect(
    settings.disabledSites.every((site) => typeof site === 'string' && site === siteKey(site)),
  ).toBe(true);
  expect(new Set(settings.disabledSites).size).toBe(settings.disabledSites.length);
  expect(settings.hiddenVerdicts.every((v) => VERDICTS.includes(v))).toBe(true);
  expect(['hover', 'click']).toContain(settings.openCardOn);
}

describe('normalizeSettings on random values', () => {
  it('never throws and always returns valid settings', () => {
    fc.assert(
      fc.property(fc.oneof(junk, storedSettings), (raw) => {
        const settings = normalizeSettings(raw);
        expectValid(settings);
        expect(normalizeSettings(settings)).toEqual(settings); // already valid: kept as it is
      }),
    );
  });

  it('restores the default for each unreadable part and keeps each readable one', () => {
    fc.assert(
      fc.property(storedSettings, (raw) => {
        const settings = normalizeSettings(raw);
        expect(settings.enabled).toBe(
          typeof raw.enabled === 'boolean' ? raw.enabled : DEFAULT_SETTINGS.enabled,
        );
        expect(settings.openCardOn).toBe(raw.openCardOn === 'click' ? 'click' : 'hover');
        const verdicts = Array.isArray(raw.hiddenVerdicts) ? raw.hiddenVerdicts : [];
        expect(new Set(settings.hiddenVerdicts)).toEqual(
          new Set(VERDICTS.filter((v) => verdicts.includes(v))),
        );
      }),
    );
  });

  it('keeps every readable site of the list, whatever else the list holds', () => {
    const interleaved = fc
      .tuple(fc.array(hostname, { maxLength: 20 }), fc.array(junk, { maxLength: 20 }))
      .map(([sites, noise]) => ({
        sites,
        list: [...sites.keys(), ...noise.keys()]
          .sort((a, b) => a - b)
          .flatMap((i) => [
            ...(i < sites.length ? [sites[i]] : []),
            ...(i < noise.length ? [noise[i]] : []),
          ]),
      }));
    fc.assert(
      fc.property(interleaved, ({ sites, list }) => {
        const kept = normalizeSettings({ disabledSites: list }).disabledSites;
        for (const site of sites) expect(kept).toContain(siteKey(site));
      }),
    );
  });
});

describe('loadSettings on random stored values', () => {
  beforeEach(() => fakeBrowser.reset());

  it('never throws, and reads what normalizeSettings makes of the value stored', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(junk, storedSettings), async (raw) => {
        fakeBrowser.reset();
        await fakeBrowser.storage.sync.set({ settings: raw });
        const settings = await loadSettings();
        expectValid(settings);
        // Storage keeps only what it can serialise (a boxed "0" comes back as "0").
        const { settings: stored } = await fakeBrowser.storage.sync.get('settings');
        expect(settings).toEqual(normalizeSettings(stored));
      }),
      { numRuns: 200 },
    );
  });

  it("never throws when the item's version record is corrupt too", async () => {
    await fc.assert(
      fc.asyncProperty(junk, storedSettings, async (meta, raw) => {
        fakeBrowser.reset();
        await fakeBrowser.storage.sync.set({ settings: raw, settings$: meta });
        expectValid(await loadSettings());
      }),
    );
  });
});
