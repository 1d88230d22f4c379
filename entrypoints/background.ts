import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { badgeFor } from '../lib/badge';
import { isOwnSender, parseMessage } from '../lib/messages';

/**
 * The service worker keeps no state: each page's content script reports what it found, and
 * the toolbar badge for that tab shows it. Chrome resets per-tab badges on navigation, so a new
 * page starts clean until its own report arrives.
 */
export default defineBackground(() => {
  browser.runtime.onMessage.addListener((raw, sender) => {
    if (!isOwnSender(sender, browser.runtime.id)) return undefined;
    const message = parseMessage(raw);
    const tabId = sender.tab?.id;
    // Only the top frame speaks for the tab; frames report through it.
    if (message?.type !== 'page-state' || tabId === undefined || sender.frameId !== 0) {
      return undefined;
    }
    const view = badgeFor(message.state);
    void Promise.all([
      browser.action.setBadgeText({ tabId, text: view.text }),
      browser.action.setBadgeBackgroundColor({ tabId, color: view.color }),
      browser.action.setTitle({ tabId, title: view.title }),
    ]).catch(() => undefined); // the tab closed meanwhile
    return undefined;
  });
});
