import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLAIMS } from '../../data/claims/index';
import { datasetInfo } from '../../lib/dataset-info';
import {
  highlightTexts,
  manifestOf,
  openExtensionPage,
  startHarness,
  storedSettings,
  waitForMarks,
  type Harness,
} from './harness';

// The options page in real Chromium: its settings reach an open page at once, and its claim
// browser and export work on the bundled dataset without any request leaving the browser.
const SUPPORTED_CLAIM = `<!doctype html><html lang="en"><head><title>News</title></head><body>
<p>The FDA has not approved MDMA for any use.</p>
</body></html>`;

// Vitest's poll gives up after 1 s; storage and rescans take longer on a busy machine.
const POLL = { timeout: 10_000 };

let h: Harness;

beforeAll(async () => {
  h = await startHarness({ '/supported.html': SUPPORTED_CLAIM });
});
afterAll(async () => h?.close());

/** The served page with its one supported claim marked. */
async function markedArticle(): Promise<Page> {
  const page = await h.ext.context.newPage();
  await page.goto(`${h.server.origin}/supported.html`);
  await waitForMarks(page, 1);
  return page;
}

async function openOptions(): Promise<Page> {
  const page = await openExtensionPage(h.ext, 'options.html');
  // The settings controls render once the stored settings are read.
  await page.getByRole('checkbox', { name: 'Annotate pages' }).waitFor();
  return page;
}

const supportedMarks = async (page: Page) =>
  (await highlightTexts(page))['mdma-lens-supported'] ?? [];

describe('options page', () => {
  it('is the manifest options page, opened in a tab, with a label for every control', async () => {
    const manifest = await manifestOf(h.ext);
    expect(manifest.options_ui).toEqual({ page: 'options.html', open_in_tab: true });
    const options = await openOptions();
    expect(await options.title()).toBe('MDMA Evidence Lens settings');
    const unlabelled = await options.evaluate(() =>
      [...document.querySelectorAll<HTMLInputElement>('input, select')]
        .filter((control) => (control.labels?.length ?? 0) === 0)
        .map((control) => control.outerHTML),
    );
    expect(unlabelled).toEqual([]);
    await options.close();
  });

  it('stops and restarts marking a verdict on an open page', async () => {
    const article = await markedArticle();
    expect(await supportedMarks(article)).toEqual([
      expect.stringContaining('FDA has not approved MDMA'),
    ]);
    const options = await openOptions();
    const supported = options.getByRole('checkbox', { name: 'Supported', exact: true });
    expect(await supported.isChecked()).toBe(true);

    await supported.uncheck();
    await waitForMarks(article, 0);
    expect(await supportedMarks(article)).toEqual([]);
    expect(await storedSettings(h.ext)).toMatchObject({ hiddenVerdicts: ['supported'] });

    await supported.check();
    await waitForMarks(article, 1);
    expect(await supportedMarks(article)).toEqual([
      expect.stringContaining('FDA has not approved MDMA'),
    ]);
    expect(await storedSettings(h.ext)).toMatchObject({ hiddenVerdicts: [] });
    await options.close();
    await article.close();
  });

  it('has the global switch and the card-opening choice, operable from the keyboard', async () => {
    const article = await markedArticle();
    const options = await openOptions();
    await options.getByRole('checkbox', { name: 'Annotate pages' }).uncheck();
    await waitForMarks(article, 0);
    await options.getByRole('checkbox', { name: 'Annotate pages' }).check();
    await waitForMarks(article, 1);

    const hover = options.getByRole('radio', { name: 'When I point at a mark' });
    expect(await hover.isChecked()).toBe(true);
    await hover.focus();
    await options.keyboard.press('ArrowDown');
    expect(await options.getByRole('radio', { name: 'When I click a mark' }).isChecked()).toBe(
      true,
    );
    await expect.poll(() => storedSettings(h.ext), POLL).toMatchObject({ openCardOn: 'click' });
    await options.keyboard.press('ArrowUp');
    await expect.poll(() => storedSettings(h.ext), POLL).toMatchObject({ openCardOn: 'hover' });
    await options.close();
    await article.close();
  });

  it('adds a site (refusing garbage), which turns marks off there, and removes it', async () => {
    const article = await markedArticle();
    const options = await openOptions();
    const input = options.getByLabel('Add a site');
    const sites = options.locator('[data-site]');

    await input.fill('not a site!');
    await input.press('Enter');
    expect(await options.getByRole('alert').textContent()).toContain(
      '"not a site!" is not a site.',
    );
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    expect(await sites.count()).toBe(0);

    await input.fill(`${h.server.origin}/supported.html`);
    await input.press('Enter');
    await sites.first().waitFor();
    expect(await sites.allTextContents()).toEqual([expect.stringContaining('127.0.0.1')]);
    expect(await input.inputValue()).toBe('');
    await expect
      .poll(() => storedSettings(h.ext), POLL)
      .toMatchObject({ disabledSites: ['127.0.0.1'] });
    await waitForMarks(article, 0);

    await options.getByRole('button', { name: 'Remove 127.0.0.1' }).click();
    await expect.poll(() => sites.count(), POLL).toBe(0);
    expect(await options.getByText('No sites.').isVisible()).toBe(true);
    // The removed row took the focused button with it; focus goes back to the input.
    expect(await input.evaluate((el) => el === document.activeElement)).toBe(true);
    await expect.poll(() => storedSettings(h.ext), POLL).toMatchObject({ disabledSites: [] });
    await waitForMarks(article, 1);
    await options.close();
    await article.close();
  });

  it('refuses a duplicate and clears the whole list only after confirmation', async () => {
    const options = await openOptions();
    const input = options.getByLabel('Add a site');
    const sites = options.locator('[data-site]');
    for (const site of ['a.example.org', 'WWW.B.example.org']) {
      await input.fill(site);
      await options.getByRole('button', { name: 'Add', exact: true }).click();
    }
    await expect.poll(() => sites.count(), POLL).toBe(2);
    await input.fill('https://b.example.org/page');
    await input.press('Enter');
    expect(await options.getByRole('alert').textContent()).toBe(
      'b.example.org is already in the list.',
    );

    await options.getByRole('button', { name: 'Clear the list…' }).click();
    const keep = options.getByRole('button', { name: 'Keep the list' });
    expect(await keep.evaluate((el) => el === document.activeElement)).toBe(true);
    await keep.click();
    expect(await sites.count()).toBe(2);

    await options.getByRole('button', { name: 'Clear the list…' }).click();
    await options.getByRole('button', { name: 'Yes, clear the list' }).click();
    await expect.poll(() => sites.count(), POLL).toBe(0);
    await expect.poll(() => storedSettings(h.ext), POLL).toMatchObject({ disabledSites: [] });
    await options.close();
  });

  it('browses every card by words and by verdict', async () => {
    const options = await openOptions();
    const cards = options.locator('.cards [data-claim-id]');
    const count = options.getByTestId('results-count');
    expect(await cards.count()).toBe(CLAIMS.length);
    expect(await count.textContent()).toBe(`Showing ${CLAIMS.length} of ${CLAIMS.length} cards`);

    await options.getByRole('searchbox', { name: 'Search the cards' }).fill('retracted');
    await options.locator('[data-claim-id="retracted-studies"]').waitFor();
    // The card that names the word comes before those that only mention it.
    expect(await cards.first().getAttribute('data-claim-id')).toBe('retracted-studies');
    await expect.poll(() => cards.count(), POLL).toBeLessThan(CLAIMS.length);
    expect(await count.textContent()).toBe(`Showing ${await cards.count()} of 37 cards`);

    await options.getByRole('searchbox', { name: 'Search the cards' }).fill('');
    await options.getByRole('combobox', { name: 'Verdict' }).selectOption({ label: 'False' });
    const falseIds = CLAIMS.filter((c) => c.verdict === 'false').map((c) => c.id);
    await expect
      .poll(() => cards.evaluateAll((els) => els.map((el) => el.getAttribute('data-claim-id'))))
      .toEqual(falseIds);

    await options.getByRole('searchbox', { name: 'Search the cards' }).fill('zzqx nothing');
    await expect.poll(() => cards.count(), POLL).toBe(0);
    expect(await options.getByText('No card matches.').isVisible()).toBe(true);
    await options.close();
  });

  it('tells the dataset version and date and exports ClaimReview JSON made in the page', async () => {
    // Every request the page makes, from its first load to the download.
    const options = await h.ext.context.newPage();
    const requests: string[] = [];
    options.on('request', (request) => requests.push(request.url()));
    await options.goto(`chrome-extension://${h.ext.extensionId}/options.html`);
    const manifest = await manifestOf(h.ext);
    const info = datasetInfo(CLAIMS, manifest.version);
    const shown = await options.getByTestId('dataset-info').innerText();
    expect(shown).toContain(info.version);
    expect(shown).toContain(String(info.claimCount));
    expect(shown).toContain(info.reviewedOn);

    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Export as ClaimReview JSON' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('mdma-evidence-lens-claimreview.json');
    const records = JSON.parse(await readFile(await download.path(), 'utf8'));
    expect(records).toHaveLength(37);
    expect(records[0]).toMatchObject({ '@type': 'ClaimReview', identifier: CLAIMS[0]?.id });
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => !/^(blob|chrome-extension):/.test(url))).toEqual([]);
    await options.close();
  });

  it('states plainly what is stored and that nothing is sent', async () => {
    const options = await openOptions();
    const privacy = options.getByRole('region', { name: 'Privacy' });
    const text = await privacy.innerText();
    expect(text).toContain('sync storage');
    expect(text).toContain('session memory');
    expect(text).toContain('no network requests');
    expect(text).toContain('no analytics');
    await options.close();
  });
});
