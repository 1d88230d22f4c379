import { browser } from 'wxt/browser';
import { isPageState, type Message, type PageState } from '../../lib/messages';

/**
 * The tab the popup speaks about: `?tab=<id>` when given (tests, links), else the active tab
 * of the current window. `tabs.query` gives the id without the `tabs` permission.
 */
export async function targetTabId(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** Asks the tab's content script what it found; null when there is none (chrome://, store pages…). */
export async function fetchPageState(tabId: number): Promise<PageState | null> {
  const message: Message = { type: 'get-page-state' };
  try {
    const state: unknown = await browser.tabs.sendMessage(tabId, message, { frameId: 0 });
    return isPageState(state) ? state : null;
  } catch {
    return null;
  }
}

export async function revealClaim(tabId: number, index: number): Promise<void> {
  const message: Message = { type: 'reveal-claim', index };
  await browser.tabs.sendMessage(tabId, message, { frameId: 0 }).catch(() => undefined);
}
