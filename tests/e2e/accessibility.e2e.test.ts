import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './a11y';
import {
  cardInfo,
  openExtensionPage,
  startHarness,
  tabIdOf,
  waitForMarks,
  type Harness,
  sendFromWorker,
} from './harness';
import { page } from './pages';

// axe-core (WCAG 2.1 A/AA and best practices) on every surface we draw: the card in a page's
// shadow root, the popup and the options page, in both colour schemes.

/** Two claims on one sentence (both cite retracted papers), then a third claim. */
const ARTICLE = page(`
  <main>
    <h1>MDMA: what the articles say</h1>
    <p>Ecstasy damages the brain, and the studies that showed it were retracted.</p>
    <p>Elsewhere we read that the FDA approved MDMA-assisted therapy for PTSD.</p>
  </main>`);
const QUIET = page(`<main><h1>MDMA research library</h1><p>Opening hours: 9 to 5.</p></main>`);
const SELECTION = page(`<main><p id="s">We walked the dog along the river at dusk.</p></main>`);

let h: Harness;
beforeAll(async () => {
  h = await startHarness({
    '/article.html': ARTICLE,
    '/quiet.html': QUIET,
    '/selection.html': SELECTION,
  });
});
afterAll(async () => h?.close());

async function openTab(path: string, colorScheme: 'light' | 'dark'): Promise<Page> {
  const tab = await h.ext.context.newPage();
  await tab.emulateMedia({ colorScheme });
  await tab.goto(`${h.server.origin}${path}`);
  return tab;
}

/** What the keyboard command sends (see in-page tests): the next claim's card, focused. */
function nextClaim(tabId: number) {
  return sendFromWorker(h.ext, tabId, { type: 'next-claim' });
}

/** Opens every disclosure in the card, so axe checks the explanations too. */
function expandCard(tab: Page) {
  return tab.evaluate(() => {
    const root = document.querySelector('mdma-lens-card')?.shadowRoot;
    root?.querySelectorAll('details').forEach((d) => (d.open = true));
  });
}

describe.each(['light', 'dark'] as const)('%s colour scheme: no axe violations', (scheme) => {
  it('in a card with several claims and retracted sources', async () => {
    const tab = await openTab('/article.html', scheme);
    await waitForMarks(tab, 3);
    await nextClaim(await tabIdOf(h.ext, tab));
    await expect.poll(() => cardInfo(tab)).not.toBeNull();
    const shown = await tab.evaluate(() =>
      [
        ...(document
          .querySelector('mdma-lens-card')
          ?.shadowRoot?.querySelectorAll('[data-claim-id]') ?? []),
      ].map((c) => c.getAttribute('data-claim-id')),
    );
    expect(shown.sort()).toEqual(['brain-damage', 'retracted-studies']);
    await expandCard(tab);
    expect(await axeViolations(tab, { within: 'mdma-lens-card' })).toEqual([]);
    await tab.close();
  });

  it('in the "no known claim" card of a selection check', async () => {
    const tab = await openTab('/selection.html', scheme);
    const tabId = await tabIdOf(h.ext, tab);
    const text = await tab.evaluate(() => {
      getSelection()?.selectAllChildren(document.getElementById('s') as HTMLElement);
      return getSelection()?.toString() ?? '';
    });
    await sendFromWorker(h.ext, tabId, { type: 'check-selection', text });
    await expect.poll(() => cardInfo(tab)).not.toBeNull();
    expect(await axeViolations(tab, { within: 'mdma-lens-card' })).toEqual([]);
    await tab.close();
  });

  it('in the popup, with claims and with none', async () => {
    const tab = await openTab('/article.html', scheme);
    await waitForMarks(tab, 3);
    const quiet = await openTab('/quiet.html', scheme);
    for (const [target, expected] of [
      [tab, '3 claims'],
      [quiet, 'No claims'],
    ] as const) {
      const popup = await h.ext.context.newPage();
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.goto(
        `chrome-extension://${h.ext.extensionId}/popup.html?tab=${await tabIdOf(h.ext, target)}`,
      );
      await expect.poll(() => popup.getByTestId('claim-count').textContent()).toContain(expected);
      await popup
        .locator('details')
        .evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
      expect(await axeViolations(popup)).toEqual([]);
      await popup.close();
    }
    await tab.close();
    await quiet.close();
  });

  it('on the options page, with the claim browser showing results', async () => {
    const options = await openExtensionPage(h.ext, 'options.html');
    await options.emulateMedia({ colorScheme: scheme });
    await expect.poll(() => options.locator('.cards [data-claim-id]').count()).toBe(37);
    // Cards sit under the browser's own h2: their titles are h3, their "Sources" h4.
    expect(await options.locator('#cards h2').count()).toBe(1);
    expect(await options.locator('.cards h3.card-title').count()).toBe(37);
    expect(await options.locator('.cards h4.sources-heading').count()).toBe(37);
    expect(await axeViolations(options)).toEqual([]);
    await options.getByLabel('Search the cards').fill('retracted');
    await expect.poll(() => options.locator('.cards [data-claim-id]').count()).toBeLessThan(37);
    await options
      .locator('details')
      .evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
    expect(await axeViolations(options)).toEqual([]);
    await options.close();
  });
});

describe('motion', () => {
  it('fades the card in only when the reader has not asked for reduced motion', async () => {
    for (const [reducedMotion, animation] of [
      ['reduce', 'none'],
      ['no-preference', 'card-in'],
    ] as const) {
      const tab = await openTab('/article.html', 'light');
      await tab.emulateMedia({ reducedMotion });
      await waitForMarks(tab, 3);
      await nextClaim(await tabIdOf(h.ext, tab));
      await expect.poll(() => cardInfo(tab)).not.toBeNull();
      const names = await tab.evaluate(() =>
        [
          ...(document
            .querySelector('mdma-lens-card')
            ?.shadowRoot?.querySelectorAll('.claim-card') ?? []),
        ].map((card) => getComputedStyle(card).animationName),
      );
      expect(names).toEqual([animation, animation]);
      await tab.close();
    }
  });
});
