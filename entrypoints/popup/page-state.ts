import { browser } from 'wxt/browser';
import { isTabState, type Message, type TabState } from '../../lib/messages';

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

/**
 * What the tab's frames found, from the background (which joins the reports of every frame);
 * null when no content script runs there (chrome:// pages, the web store, PDFs).
 */
export async function fetchTabState(tabId: number): Promise<TabState | null> {
  const message: Message = { type: 'get-tab-state', tabId };
  try {
    const state: unknown = await browser.runtime.sendMessage(message);
    return isTabState(state) && state.hostname !== '' ? state : null;
  } catch {
    return null;
  }
}

/** Asks the frame that holds a claim to scroll to it, flash it and open its card. */
export async function revealClaim(
  tabId: number,
  claim: { frameId: number; index: number },
): Promise<void> {
  const message: Message = { type: 'reveal-claim', index: claim.index };
  await browser.tabs.sendMessage(tabId, message, { frameId: claim.frameId }).catch(() => undefined);
}
