import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  badgeText,
  bodyWithoutExtension,
  cardInfo,
  highlightTexts,
  markCentre,
  startHarness,
  tabIdOf,
  waitForMarks,
  type Harness,
} from './harness';

// The whole path once: page text → detector → highlight → card → popup switch → badge.
const ARTICLE = `<!doctype html><html lang="en"><head><title>Clinic news</title></head><body>
<h1>MDMA therapy at our clinic</h1>
<p>Good news for patients: the FDA approved MDMA-assisted therapy for PTSD this spring.</p>
<p>Sessions take place in a quiet room with two therapists present.</p>
<p>Update: in fact the FDA has not approved MDMA for any use.</p>
<textarea>The FDA approved MDMA therapy, a visitor typed.</textarea>
</body></html>`;

let h: Harness;

beforeAll(async () => {
  h = await startHarness({ '/article.html': ARTICLE, '/plain.html': '<p>Nothing to see.</p>' });
});
afterAll(async () => h?.close());

describe('walking skeleton in real Chromium', () => {
  it('marks the approval claim and its denial over the right text, and not in a textarea', async () => {
    const page = await h.ext.context.newPage();
    await page.goto(`${h.server.origin}/article.html`);
    await waitForMarks(page, 2);
    const marks = await highlightTexts(page);
    expect(marks['mdma-lens-false']).toHaveLength(1);
    expect(marks['mdma-lens-false']?.[0]).toContain('FDA approved MDMA-assisted therapy');
    expect(marks['mdma-lens-supported']?.[0]).toContain('FDA has not approved MDMA');
    await page.close();
  });

  it('opens the card on click and closes it on Escape and with the close button', async () => {
    const page = await h.ext.context.newPage();
    await page.goto(`${h.server.origin}/article.html`);
    await waitForMarks(page, 2);
    const point = await markCentre(page, 'mdma-lens-false');
    await page.mouse.click(point.x, point.y);
    await page.waitForFunction(() => document.querySelector('mdma-lens-card') !== null);
    await expect.poll(() => cardInfo(page)).not.toBeNull();
    const card = await cardInfo(page);
    expect(card?.claimId).toBe('fda-approved');
    expect(card?.verdict).toContain('False');
    expect(card?.summary.length).toBeGreaterThan(40);
    const sources = card?.links ?? [];
    expect(sources.length).toBeGreaterThanOrEqual(2);
    for (const link of sources) {
      expect(link.href).toMatch(/^https:\/\//);
      expect(link.target).toBe('_blank');
      expect(link.rel).toBe('noopener noreferrer');
    }
    await page.keyboard.press('Escape');
    await expect.poll(() => cardInfo(page)).toBeNull();

    await page.mouse.click(point.x, point.y);
    await expect.poll(() => cardInfo(page)).not.toBeNull();
    await page.evaluate(() => {
      const host = document.querySelector('mdma-lens-card');
      (host?.shadowRoot?.querySelector('button.close') as HTMLButtonElement).click();
    });
    await expect.poll(() => cardInfo(page)).toBeNull();
    await page.close();
  });

  it('shows the count in the badge and the popup, and the popup switch removes and restores marks', async () => {
    const page = await h.ext.context.newPage();
    await page.goto(`${h.server.origin}/article.html`);
    await waitForMarks(page, 2);
    const tabId = await tabIdOf(h.ext, page);
    await expect.poll(() => badgeText(h.ext, tabId)).toBe('2');

    const popup = await h.ext.context.newPage();
    await popup.goto(`chrome-extension://${h.ext.extensionId}/popup.html?tab=${tabId}`);
    await expect.poll(() => popup.getByTestId('claim-count').textContent()).toContain('2 claims');
    expect(await popup.locator('[data-claim-id]').count()).toBe(2);

    await popup.getByLabel('Annotate pages').uncheck();
    await waitForMarks(page, 0);
    await expect.poll(() => badgeText(h.ext, tabId)).toBe('');
    await expect.poll(() => popup.getByTestId('claim-count').textContent()).toContain('off');

    await popup.getByLabel('Annotate pages').check();
    await waitForMarks(page, 2);
    await expect.poll(() => badgeText(h.ext, tabId)).toBe('2');
    await popup.close();
    await page.close();
  });

  it('leaves the page DOM as the page made it, apart from the card host', async () => {
    const url = `${h.server.origin}/article.html`;
    const page = await h.ext.context.newPage();
    await page.goto(url);
    await waitForMarks(page, 2);
    const point = await markCentre(page, 'mdma-lens-false');
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => cardInfo(page)).not.toBeNull();
    const withExtension = await page.evaluate(() => {
      const clone = document.body.cloneNode(true) as HTMLElement;
      clone.querySelectorAll('mdma-lens-card').forEach((host) => host.remove());
      return clone.innerHTML;
    });
    const untouched = await bodyWithoutExtension(url);
    expect(withExtension).toBe(untouched);

    // Annotations off: the host element goes too, and the page is exactly as it made itself.
    const tabId = await tabIdOf(h.ext, page);
    const popup = await h.ext.context.newPage();
    await popup.goto(`chrome-extension://${h.ext.extensionId}/popup.html?tab=${tabId}`);
    await popup.getByLabel('Annotate pages').uncheck();
    await waitForMarks(page, 0);
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(untouched);
    await popup.getByLabel('Annotate pages').check();
    await waitForMarks(page, 2);
    await popup.close();
    await page.close();
  });
});
