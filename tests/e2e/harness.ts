import type { Message } from '../../lib/messages';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
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

/** A Chromium without the extension, for "the page behaves the same without us" comparisons. */
export function launchPlainBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/**
 * The whole document's markup with our card host taken out: `outerHTML` of the root for HTML
 * (and XHTML), the XML serialisation for other documents. Read in the page's world, so a page
 * that patches DOM methods sees the same reads in a run with and without the extension.
 */
export function markupWithoutOurs(page: Page | Frame): Promise<string> {
  return page.evaluate(() => {
    const clone = document.documentElement.cloneNode(true) as Element;
    clone.querySelectorAll('mdma-lens-card').forEach((host) => host.remove());
    return 'outerHTML' in clone ? clone.outerHTML : new XMLSerializer().serializeToString(clone);
  });
}

/** Where two long strings first differ, with some context: readable failures on big pages. */
export function firstDifference(a: string, b: string): string | null {
  if (a === b) return null;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const around = (s: string) => JSON.stringify(s.slice(Math.max(0, i - 60), i + 60));
  return `lengths ${a.length} and ${b.length}, first difference at ${i}: ${around(a)} vs ${around(b)}`;
}

/** What went wrong in a page because of the extension, collected while a test runs. */
export interface ExtensionTrouble {
  /** Uncaught errors in the page's own world (any: the hard pages throw none of their own). */
  pageErrors: string[];
  /** Exceptions, console errors and warnings from our isolated world or naming our scripts. */
  ours: string[];
}

/**
 * Starts collecting errors before the page loads. Playwright reports the page's main world;
 * errors in our content script live in an isolated world, which only the DevTools protocol
 * reports (`Runtime.exceptionThrown` / `consoleAPICalled` for every context, including ours).
 */
export async function watchTrouble(page: Page): Promise<ExtensionTrouble> {
  const trouble: ExtensionTrouble = { pageErrors: [], ours: [] };
  const extensionContexts = new Set<number>();
  page.on('pageerror', (error) => trouble.pageErrors.push(error.message));
  page.on('console', (message) => {
    const text = `${message.text()} ${message.location().url}`;
    if (message.type() === 'error' && text.includes('chrome-extension://')) {
      trouble.ours.push(`console: ${text}`);
    }
  });
  const cdp = await page.context().newCDPSession(page);
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    if (context.origin.startsWith('chrome-extension://')) extensionContexts.add(context.id);
  });
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails: details }) => {
    const text = `${details.text} ${details.exception?.description ?? ''} ${details.url ?? ''}`;
    const inOurs =
      (details.executionContextId !== undefined &&
        extensionContexts.has(details.executionContextId)) ||
      text.includes('chrome-extension://');
    if (inOurs) trouble.ours.push(`exception: ${text}`);
  });
  cdp.on('Runtime.consoleAPICalled', (event) => {
    if (!extensionContexts.has(event.executionContextId)) return;
    if (event.type !== 'error' && event.type !== 'warning' && event.type !== 'assert') return;
    const text = event.args.map((a) => a.description ?? String(a.value)).join(' ');
    trouble.ours.push(`console.${event.type}: ${text}`);
  });
  await cdp.send('Runtime.enable');
  return trouble;
}

/**
 * Evaluates `expression` in a fresh isolated world of the page's main frame: a world the page's
 * own patches (of `CSS.highlights`, `Range.prototype`…) cannot reach, like our content script's.
 */
export async function evaluateIsolated<T>(page: Page, expression: string): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
      frameId: frameTree.frame.id,
      worldName: 'mdma-lens-test-reader',
    });
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression,
      contextId: executionContextId,
      returnByValue: true,
      awaitPromise: true,
    });
    if (exceptionDetails) throw new Error(`isolated evaluate: ${exceptionDetails.text}`);
    return result.value as T;
  } finally {
    await cdp.detach();
  }
}

/** `highlightTexts`, read from an isolated world: for pages that patch `CSS.highlights`. */
export function highlightTextsIsolated(page: Page): Promise<Record<string, string[]>> {
  return evaluateIsolated(
    page,
    `(() => {
      const result = {};
      CSS.highlights.forEach((highlight, name) => {
        if (name.startsWith('mdma-lens-') && name !== 'mdma-lens-flash') {
          result[name] = [...highlight].map((range) => range.toString());
        }
      });
      return result;
    })()`,
  );
}

/**
 * Sends a message to a tab's top frame from the service worker, as the keyboard command and
 * the context menu do: headless Chromium has no browser UI to press a shortcut or open a menu.
 */
export function sendFromWorker(
  ext: ExtensionBrowser,
  tabId: number,
  message: Message,
): Promise<unknown> {
  return ext.serviceWorker.evaluate(
    ([id, sent]) => chrome.tabs.sendMessage(id, sent, { frameId: 0 }),
    [tabId, message] as const,
  );
}
