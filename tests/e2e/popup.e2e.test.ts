import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeText, cardInfo, startHarness, tabIdOf, waitForMarks, type Harness } from './harness';
import { page } from './pages';

const ARTICLE = page(`
  <h1>MDMA therapy: what the clinic says</h1>
  <p>Good news: the FDA approved MDMA-assisted therapy for PTSD last spring.</p>
  <p>MDMA releases the trauma stored in the body.</p>
  <p>Nothing here but a note about opening hours.</p>
  <p>Again and again we hear that the FDA approved MDMA-assisted therapy.</p>`);

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ '/article.html': ARTICLE });
});
afterAll(async () => h?.close());

describe('popup', () => {
  it('lists the claims by verdict, with counts, summaries and sources; a click opens the card in the page', async () => {
    const tab = await h.ext.context.newPage();
    await tab.goto(`${h.server.origin}/article.html`);
    await waitForMarks(tab, 3);
    const tabId = await tabIdOf(h.ext, tab);
    await expect.poll(() => badgeText(h.ext, tabId)).toBe('3');
    const title = await h.ext.serviceWorker.evaluate(
      (id) => chrome.action.getTitle({ tabId: id }),
      tabId,
    );
    expect(title).toContain('3 claims');

    const popup = await h.ext.context.newPage();
    await popup.goto(`chrome-extension://${h.ext.extensionId}/popup.html?tab=${tabId}`);
    await expect.poll(() => popup.getByTestId('claim-count').textContent()).toContain('3 claims');
    expect(await popup.locator('.verdict-count').allTextContents()).toEqual([
      '2 × False',
      '1 × Unsupported',
    ]);
    const approved = popup.locator('[data-claim-id="fda-approved"]');
    expect(await approved.locator('button.quote').count()).toBe(2);
    expect(await approved.locator('.summary').textContent()).toMatch(/FDA/);
    const links = approved.locator('.popup-sources a');
    expect(await links.count()).toBeGreaterThanOrEqual(2);
    expect(await links.first().getAttribute('href')).toMatch(/^https:\/\//);

    await approved.locator('button.quote').nth(1).click();
    await expect.poll(() => cardInfo(tab).then((c) => c?.claimId)).toBe('fda-approved');
    await popup.close();
    await tab.close();
  });

  it('turns marks off for this site only, and back on; the badge follows', async () => {
    const here = await h.ext.context.newPage();
    await here.goto(`${h.server.origin}/article.html`);
    await waitForMarks(here, 3);
    const elsewhere = await h.ext.context.newPage();
    await elsewhere.goto(`${h.server.origin.replace('127.0.0.1', 'localhost')}/article.html`);
    await waitForMarks(elsewhere, 3);
    const tabId = await tabIdOf(h.ext, here);

    const popup = await h.ext.context.newPage();
    await popup.goto(`chrome-extension://${h.ext.extensionId}/popup.html?tab=${tabId}`);
    const siteSwitch = popup.getByLabel('On 127.0.0.1');
    await expect.poll(() => siteSwitch.isChecked()).toBe(true);
    await siteSwitch.uncheck();
    await waitForMarks(here, 0);
    await expect.poll(() => badgeText(h.ext, tabId)).toBe('');
    await expect
      .poll(() => popup.getByTestId('claim-count').textContent())
      .toContain('off for this site');
    await waitForMarks(elsewhere, 3); // another site is untouched

    await siteSwitch.check();
    await waitForMarks(here, 3);
    await expect.poll(() => badgeText(h.ext, tabId)).toBe('3');
    await popup.close();
    await here.close();
    await elsewhere.close();
  });

  it('says so when a page has no claims or cannot be annotated', async () => {
    h.server.set('/none.html', page('<p>MDMA was first made in 1912.</p>'));
    const tab = await h.ext.context.newPage();
    await tab.goto(`${h.server.origin}/none.html`);
    const tabId = await tabIdOf(h.ext, tab);
    const popup = await h.ext.context.newPage();
    await popup.goto(`chrome-extension://${h.ext.extensionId}/popup.html?tab=${tabId}`);
    await expect
      .poll(() => popup.getByTestId('claim-count').textContent())
      .toBe('No claims about MDMA therapy found on this page');
    await popup.goto(`chrome-extension://${h.ext.extensionId}/popup.html?tab=999999`);
    await expect
      .poll(() => popup.getByTestId('claim-count').textContent())
      .toBe('This page cannot be annotated.');
    await popup.close();
    await tab.close();
  });
});
