/**
 * `npm run demo`: builds the extension, serves a bundled demo article (written for this
 * project) on 127.0.0.1, opens it in Chromium with the extension, saves screenshots of the
 * annotated page and of an open card under demo-output/, and prints the claims found.
 * `--headed` keeps the browser open where there is a display.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { launchWithExtension } from './browser/launch-extension';
import { startStaticServer } from './browser/static-server';

const OUT = 'demo-output';
const headed = process.argv.includes('--headed');

function build(): void {
  console.log('Building the extension (wxt build)…');
  execFileSync('npx', ['wxt', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
}

async function main(): Promise<void> {
  build();
  const server = await startStaticServer({
    '/article.html': readFileSync(new URL('./demo/article.html', import.meta.url), 'utf8'),
  });
  const ext = await launchWithExtension({ headed });
  try {
    const page = await ext.context.newPage();
    await page.goto(`${server.origin}/article.html`);
    // Wait until the marks settle: the scan runs in slices after the page is idle.
    await page.waitForFunction(() => CSS.highlights.size > 0, null, { timeout: 15_000 });
    await page.waitForTimeout(500);
    const marks = await page.evaluate(() => {
      const found: { verdict: string; text: string; top: number }[] = [];
      CSS.highlights.forEach((highlight, name) => {
        if (!name.startsWith('mdma-lens-') || name === 'mdma-lens-flash') return;
        for (const range of highlight as Iterable<Range>) {
          found.push({
            verdict: name.slice('mdma-lens-'.length),
            text: range.toString(),
            top: range.getBoundingClientRect().top,
          });
        }
      });
      return found.sort((a, b) => a.top - b.top);
    });
    mkdirSync(OUT, { recursive: true });
    await page.screenshot({ path: `${OUT}/annotated-page.png`, fullPage: true });

    const first = await page.evaluate(() => {
      let best: DOMRect | null = null;
      CSS.highlights.forEach((highlight, name) => {
        if (!name.startsWith('mdma-lens-') || name === 'mdma-lens-flash') return;
        for (const range of highlight as Iterable<Range>) {
          const rect = range.getClientRects()[0];
          if (rect && (!best || rect.top < best.top)) best = rect;
        }
      });
      const rect = best as DOMRect | null;
      return rect ? { x: rect.left + 10, y: rect.top + rect.height / 2 } : null;
    });
    if (first) {
      await page.mouse.click(first.x, first.y);
      await page.waitForFunction(() => {
        const frame = document
          .querySelector('mdma-lens-card')
          ?.shadowRoot?.querySelector('[role="dialog"]');
        return frame instanceof HTMLElement && !frame.hidden;
      });
      await page.waitForTimeout(300);
      await page.screenshot({ path: `${OUT}/open-card.png` });
    }

    // The popup lists what the page holds, by verdict: print it and keep a picture of it.
    await page.bringToFront();
    const tabId = await ext.serviceWorker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return tab?.id ?? -1;
    });
    const popup = await ext.context.newPage();
    await popup.setViewportSize({ width: 400, height: 900 });
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
    await popup.waitForSelector('[data-claim-id]', { timeout: 10_000 });
    const listed = await popup.$$eval('[data-claim-id]', (items) =>
      items.map((item) => ({
        id: item.getAttribute('data-claim-id') ?? '',
        verdict: item.closest('[data-verdict]')?.getAttribute('data-verdict') ?? '',
        quotes: [...item.querySelectorAll('button.quote')].map((b) => b.textContent ?? ''),
      })),
    );
    await popup.screenshot({ path: `${OUT}/popup.png`, fullPage: true });

    console.log(
      `\nClaims found on the demo page (${marks.length} marks, ${listed.length} claims):`,
    );
    for (const claim of listed) {
      console.log(`  [${claim.verdict}] ${claim.id}`);
      for (const quote of claim.quotes) console.log(`      ${quote.replace(/\s+/g, ' ').trim()}`);
    }
    console.log(`\nScreenshots: ${OUT}/annotated-page.png, ${OUT}/open-card.png, ${OUT}/popup.png`);
    if (headed) {
      console.log('The browser stays open; close it to finish.');
      await new Promise<void>((resolve) => ext.context.on('close', () => resolve()));
    }
  } finally {
    await ext.close().catch(() => undefined);
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
