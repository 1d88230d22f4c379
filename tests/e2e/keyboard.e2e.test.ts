import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { focusedElement, pressUntilFocused, type FocusedElement } from './a11y';
import {
  cardInfo,
  openExtensionPage,
  startHarness,
  storedSettings,
  tabIdOf,
  waitForMarks,
  type Harness,
  sendFromWorker,
} from './harness';
import { page } from './pages';

// Everything reachable with the keyboard alone: the card (opened by the keyboard command), the
// popup and the options page. Only keys are pressed; no click, no element.focus().

/** A link to start from, then two claims on one sentence (both citing retracted papers). */
const ARTICLE = page(`
  <main>
    <h1>MDMA: what the articles say</h1>
    <p><a id="start" href="#notes">Jump to the notes</a></p>
    <p>Ecstasy damages the brain, and the studies that showed it were retracted.</p>
    <p id="notes">Elsewhere we read that the FDA approved MDMA-assisted therapy for PTSD.</p>
  </main>`);

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ '/article.html': ARTICLE });
  // A source link opens a real site: answer it here, so the test needs no network.
  await h.ext.context.route(/^https:\/\//, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<title>A source</title>' }),
  );
});
afterAll(async () => h?.close());

async function openArticle(): Promise<{ tab: Page; tabId: number }> {
  const tab = await h.ext.context.newPage();
  await tab.goto(`${h.server.origin}/article.html`);
  await waitForMarks(tab, 3);
  return { tab, tabId: await tabIdOf(h.ext, tab) };
}

/** The card's Tab stops in document order, as the keyboard should visit them. */
function cardControls(tab: Page): Promise<{ label: string; href: string | null }[]> {
  return tab.evaluate(() => {
    const frame = document.querySelector('mdma-lens-card')?.shadowRoot?.querySelector('.frame');
    return [...(frame?.querySelectorAll<HTMLElement>('a[href], button, summary') ?? [])]
      .filter((el) => el.checkVisibility())
      .map((el) => ({
        label: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 80),
        href: el.getAttribute('href'),
      }));
  });
}

const stop = (f: FocusedElement | null) => ({ label: f?.label ?? '', href: f?.href ?? null });

describe('keyboard only', () => {
  it('opens the card with the command, tabs through it and stays inside, opens a source, and Escape gives the focus back', async () => {
    const { tab, tabId } = await openArticle();
    await tab.keyboard.press('Tab');
    expect((await focusedElement(tab))?.id).toBe('start');

    // Headless Chromium has no browser UI to press Alt+Shift+M in: send what its handler sends.
    await sendFromWorker(h.ext, tabId, { type: 'next-claim' });
    await expect.poll(() => focusedElement(tab).then((f) => f?.inCard)).toBe(true);
    const dialog = await focusedElement(tab);
    expect(dialog?.className).toBe('frame'); // the dialog itself, so its name is read first
    expect(
      await tab.evaluate(() =>
        document
          .querySelector('mdma-lens-card')
          ?.shadowRoot?.querySelector('[role="dialog"]')
          ?.getAttribute('aria-modal'),
      ),
    ).toBe('true');

    // Tab visits every control once, in reading order, then wraps to the first.
    const controls = await cardControls(tab);
    const visited: FocusedElement[] = [];
    for (let i = 0; i < controls.length + 1; i++) {
      await tab.keyboard.press('Tab');
      const focused = await focusedElement(tab);
      expect(focused?.inCard).toBe(true);
      visited.push(focused as FocusedElement);
    }
    expect(visited.slice(0, -1).map(stop)).toEqual(controls);
    expect(stop(visited.at(-1) ?? null)).toEqual(controls[0]); // wrapped round
    const labels = controls.map((c) => c.label);
    expect(labels[0]).toBe('Close');
    expect(labels[1]).toBe('What the evidence shows');
    expect(controls[2]?.href).toMatch(/^https:\/\//);
    expect(labels.slice(-2)).toEqual(['Hide this claim on this page', "Don't annotate this site"]);
    expect(labels.filter((l) => l === 'What the evidence shows')).toHaveLength(2); // two claims
    await tab.keyboard.press('Shift+Tab'); // from the first control back round to the last
    expect((await focusedElement(tab))?.label).toBe("Don't annotate this site");

    // A source link: reached with Tab, opens in a new tab with Enter.
    const link = await pressUntilFocused(tab, (f) => f?.tag === 'a');
    expect(link?.target).toBe('_blank');
    const opened = h.ext.context.waitForEvent('page');
    await tab.keyboard.press('Enter');
    const source = await opened;
    await expect.poll(() => source.url()).toBe(link?.href);
    await source.close();
    await tab.bringToFront();
    expect((await focusedElement(tab))?.inCard).toBe(true);

    await tab.keyboard.press('Escape');
    await expect.poll(() => cardInfo(tab)).toBeNull();
    expect((await focusedElement(tab))?.id).toBe('start');
    await tab.close();
  });

  it('works the popup: Tab to a quote, Enter opens its card in the page', async () => {
    const { tab, tabId } = await openArticle();
    const popup = await openExtensionPage(h.ext, `popup.html?tab=${tabId}`);
    await expect.poll(() => popup.getByTestId('claim-count').textContent()).toContain('3 claims');
    const quote = await pressUntilFocused(popup, (f) => f?.className === 'quote');
    expect(quote?.label).toMatch(/^Show on the page/);
    await popup.keyboard.press('Enter');
    await expect.poll(() => cardInfo(tab).then((c) => c?.focusedInside)).toBe(true);
    await popup.close();
    await tab.close();
  });

  it('works the options page: Space toggles a verdict, typing in the search box filters the cards', async () => {
    const options = await openExtensionPage(h.ext, 'options.html');
    const cards = options.locator('.cards [data-claim-id]');
    await expect.poll(() => cards.count()).toBe(37);
    await pressUntilFocused(options, (f) => f?.name === 'verdict');
    const value = await options.evaluate(() => (document.activeElement as HTMLInputElement).value);
    const box = options.locator(`input[name="verdict"][value="${value}"]`);
    const hidden = () =>
      storedSettings(h.ext).then((s) => (s as { hiddenVerdicts: string[] }).hiddenVerdicts);
    await options.keyboard.press('Space');
    await expect.poll(() => box.isChecked()).toBe(false);
    await expect.poll(hidden).toEqual([value]);
    await options.keyboard.press('Space');
    await expect.poll(() => box.isChecked()).toBe(true);
    await expect.poll(hidden).toEqual([]);

    await pressUntilFocused(options, (f) => f?.type === 'search');
    await options.keyboard.type('retracted');
    // The list and its count settle together once the last keystroke has been rendered.
    const filtered = async () => {
      const shown = await cards.count();
      const said = (await options.getByTestId('results-count').textContent()) ?? '';
      return shown > 0 && shown < 37 && said.includes(String(shown));
    };
    await expect.poll(filtered).toBe(true);
    await options.close();
  });
});
