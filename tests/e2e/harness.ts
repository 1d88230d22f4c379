import { chromium, type Page } from 'playwright-core';
import { findChromium } from '../../scripts/browser/find-chromium';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/browser/launch-extension';
import {
  startStaticServer,
  type ServedPage,
  type StaticServer,
} from '../../scripts/browser/static-server';

/** A browser with the built extension and a local server, shared by one test file. */
export interface Harness {
  ext: ExtensionBrowser;
  server: StaticServer;
  close(): Promise<void>;
}

export async function startHarness(pages: Record<string, ServedPage | string>): Promise<Harness> {
  const server = await startStaticServer(pages);
  const ext = await launchWithExtension();
  return {
    ext,
    server,
    async close() {
      await ext.close();
      await server.close();
    },
  };
}

/** A page's body markup in a browser without the extension, for the "page untouched" check. */
export async function bodyWithoutExtension(url: string): Promise<string> {
  const browser = await chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(url);
    return await page.evaluate(() => document.body.innerHTML);
  } finally {
    await browser.close();
  }
}

/** The text of every range in our highlights, by highlight name, as the page's world sees it. */
export function highlightTexts(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const result: Record<string, string[]> = {};
    CSS.highlights.forEach((highlight, name) => {
      if (!name.startsWith('mdma-lens-')) return;
      result[name] = [...highlight].map((range) => range.toString());
    });
    return result;
  });
}

/** Waits until our highlights hold `count` ranges in all. */
export async function waitForMarks(page: Page, count: number): Promise<void> {
  await page.waitForFunction((n) => {
    let total = 0;
    CSS.highlights.forEach((h, name) => {
      if (name.startsWith('mdma-lens-') && name !== 'mdma-lens-flash') total += h.size;
    });
    return total === n;
  }, count);
}

/** The centre of the first box of the first range in a highlight, in viewport pixels. */
export function markCentre(page: Page, name: string, index = 0): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ([highlightName, i]) => {
      const range = [...(CSS.highlights.get(highlightName as string) ?? [])][i as number] as Range;
      const rect = range.getClientRects()[0] as DOMRect;
      return { x: rect.left + Math.min(rect.width / 2, 20), y: rect.top + rect.height / 2 };
    },
    [name, index] as const,
  );
}

/** The id of the tab showing `page`, found through the extension's service worker. */
export async function tabIdOf(ext: ExtensionBrowser, page: Page): Promise<number> {
  await page.bringToFront();
  return ext.serviceWorker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) throw new Error('no active tab');
    return tab.id;
  });
}

export function badgeText(ext: ExtensionBrowser, tabId: number): Promise<string> {
  return ext.serviceWorker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** The card's shadow root content, or null when no card is shown. */
export function cardInfo(page: Page) {
  return page.evaluate(() => {
    const host = document.querySelector('mdma-lens-card');
    const frame = host?.shadowRoot?.querySelector('[role="dialog"]') as HTMLElement | null;
    if (!frame || frame.hidden) return null;
    const links = [...frame.querySelectorAll('a')].map((a) => ({
      href: a.href,
      target: a.target,
      rel: a.rel,
    }));
    return {
      claimId: frame.querySelector('[data-claim-id]')?.getAttribute('data-claim-id') ?? null,
      verdict: frame.querySelector('.verdict')?.textContent ?? '',
      summary: frame.querySelector('.summary')?.textContent ?? '',
      links,
      focusedInside: host?.shadowRoot?.activeElement !== null,
    };
  });
}

/** Opens one of the extension's own pages (`options.html`, `popup.html?tab=1`) in a new tab. */
export async function openExtensionPage(ext: ExtensionBrowser, path: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/${path}`);
  return page;
}

/** The settings item as stored in `sync` storage, read through the service worker. */
export function storedSettings(ext: ExtensionBrowser): Promise<unknown> {
  return ext.serviceWorker.evaluate(
    async () => (await chrome.storage.sync.get('settings')).settings,
  );
}

/** The built extension's manifest, as the browser loaded it. */
export function manifestOf(ext: ExtensionBrowser) {
  return ext.serviceWorker.evaluate(() => chrome.runtime.getManifest());
}
