import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from '../../scripts/browser/launch-extension';
import {
  cardInfo,
  markCentre,
  openExtensionPage,
  startHarness,
  tabIdOf,
  type Harness,
  sendFromWorker,
} from './harness';

// Privacy end to end: every network request the browser makes while the extension works on
// served pages, opens cards, runs the popup and the options page is recorded, and none may come
// from the extension. Playwright's context-wide `request` event sees the requests of every page,
// frame and extension page, and of the extension's service worker (a canary request from the
// worker, made first, proves that it does). The only requests allowed are the pages' own loads
// from the test server and the extension reading its own packaged files (chrome-extension://,
// which never leaves the browser).

const ARTICLE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>News</title></head>
<body><h1>MDMA therapy at our clinic</h1>
<p>Good news for patients: the FDA approved MDMA-assisted therapy for PTSD this spring.</p>
<p>A podcast guest said MDMA cures PTSD for good after a few sessions.</p>
<p>Read more about <a href="https://example.org/away">the trial</a>.</p>
<iframe src="/frame.html" width="500" height="120"></iframe>
</body></html>`;
const FRAME = `<!doctype html><p>In the frame: MDMA is not addictive at all, the brochure says.</p>`;
const PLAIN = `<!doctype html><title>Trams</title><p>The new tram line runs every four minutes.</p>`;
const PAGES = ['/article.html', '/frame.html', '/plain.html'];

interface Seen {
  url: string;
  type: string;
  from: string;
  navigation: boolean;
  serviceWorker: boolean;
}

let h: Harness;
const seen: Seen[] = [];

function record(request: Request): void {
  let from = 'unknown';
  try {
    from = request.frame().url();
  } catch {
    from = request.serviceWorker()?.url() ?? 'service worker';
  }
  seen.push({
    url: request.url(),
    type: request.resourceType(),
    from,
    navigation: request.isNavigationRequest(),
    serviceWorker: request.serviceWorker() !== null,
  });
}

/** Why a request is allowed, or null when it is not. */
function allowance(request: Seen, origin: string, extensionId: string): string | null {
  const url = new URL(request.url);
  if (url.protocol === 'chrome-extension:') {
    // Our own packaged files (the annotator and the card also under their per-session dynamic id).
    const ours = url.host === extensionId || ['/annotator.js', '/card.js'].includes(url.pathname);
    return ours && existsSync(join(EXTENSION_DIR, url.pathname)) ? 'own packaged file' : null;
  }
  if (url.origin === origin && PAGES.includes(url.pathname) && request.navigation) {
    return 'the page (or its frame) loading itself';
  }
  if (url.origin === origin && url.pathname === '/favicon.ico' && !request.serviceWorker) {
    return "the browser's own favicon request for the page";
  }
  return null;
}

async function marksOn(target: Page | Frame): Promise<number> {
  return target.evaluate(() => {
    let total = 0;
    CSS.highlights.forEach((h, name) => {
      if (name.startsWith('mdma-lens-') && name !== 'mdma-lens-flash') total += h.size;
    });
    return total;
  });
}

beforeAll(async () => {
  h = await startHarness({ '/article.html': ARTICLE, '/frame.html': FRAME, '/plain.html': PLAIN });
  h.ext.context.on('request', record);
  h.ext.context.on('page', (page) =>
    page.on('websocket', (ws) =>
      seen.push({
        url: ws.url(),
        type: 'websocket',
        from: page.url(),
        navigation: false,
        serviceWorker: false,
      }),
    ),
  );
});
afterAll(async () => h?.close());

describe('privacy: the extension makes no network request', () => {
  it("sees the service worker's requests (canary)", async () => {
    const canary = `${h.server.origin}/canary-from-worker`;
    await h.ext.serviceWorker.evaluate((url) => fetch(url).then((r) => r.status), canary);
    await expect.poll(() => seen.some((r) => r.url === canary && r.serviceWorker)).toBe(true);
    seen.splice(0, seen.length); // the canary was ours, on purpose
  });

  it('requests nothing while marking pages, opening cards, the popup and the options page', async () => {
    const article = await h.ext.context.newPage();
    await article.goto(`${h.server.origin}/article.html`);
    await expect.poll(() => marksOn(article)).toBeGreaterThanOrEqual(2);
    const frame = article.frames().find((f) => f.url().endsWith('/frame.html'));
    await expect.poll(async () => (frame ? marksOn(frame) : 0)).toBe(1);

    // A card, with its source links (they open only when clicked, and we do not click them).
    const point = await markCentre(article, 'mdma-lens-false');
    await article.mouse.click(point.x, point.y);
    await expect.poll(() => cardInfo(article)).not.toBeNull();
    expect((await cardInfo(article))?.links.length).toBeGreaterThan(0);
    await article.keyboard.press('Escape');

    // The context-menu check of a selection, as the background sends it.
    const tabId = await tabIdOf(h.ext, article);
    await sendFromWorker(h.ext, tabId, { type: 'check-selection', text: 'MDMA is not addictive.' });

    const plain = await h.ext.context.newPage();
    await plain.goto(`${h.server.origin}/plain.html`);

    // The popup for the article's tab: its list, and "show on page".
    const popup = await openExtensionPage(h.ext, `popup.html?tab=${tabId}`);
    await expect.poll(() => popup.getByTestId('claim-count').textContent()).toMatch(/\d/);
    await popup.locator('button.quote').first().click();
    await popup.close();

    if (existsSync(join(EXTENSION_DIR, 'options.html'))) {
      const options = await openExtensionPage(h.ext, 'options.html');
      await options.waitForLoadState('networkidle');
      await options.close();
    } else {
      console.warn('privacy: no options.html in the build; the options page is not checked');
    }

    // Let anything deferred (idle callbacks, timers, the worker's reports) happen.
    await article.waitForTimeout(1500);
    const forbidden = seen
      .filter((r) => allowance(r, h.server.origin, h.ext.extensionId) === null)
      .map((r) => `${r.type} ${r.url} (from ${r.from})`);
    expect(forbidden).toEqual([]);
    // The pages did load, and the recorder saw them.
    const loaded = seen.filter((r) => r.navigation && r.url.startsWith(h.server.origin));
    expect(new Set(loaded.map((r) => new URL(r.url).pathname))).toEqual(new Set(PAGES));
  });
});
