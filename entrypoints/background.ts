import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { storage } from 'wxt/utils/storage';
import { badgeFor } from '../lib/badge';
import { detectBlocks } from '../lib/detector/blocks';
import { t } from '../lib/i18n';
import {
  isOwnSender,
  parseMessage,
  type DetectReply,
  type Message,
  type PageState,
} from '../lib/messages';
import { tabStateOf, withFrameReport, type FrameStates } from '../lib/tab-state';

/**
 * The service worker runs the claim detector for the pages and collects what each frame's
 * content script found, per tab, to show the total as the toolbar badge; the popup reads the
 * same view. The reports live in `session` storage (memory only, never on disk), so they
 * survive the worker being stopped when idle and vanish with the browser session.
 *
 * Detection runs here rather than in the page so that a long page's main thread only reads
 * its text and paints the marks: the rules, the dataset and the sentence analysis stay off it.
 * Messages between a page's content script and this worker never leave the browser.
 */
const tabKey = (tabId: number) => `session:tab-${tabId}` as const;

async function readFrames(tabId: number): Promise<FrameStates> {
  const stored = await storage.getItem<FrameStates>(tabKey(tabId));
  return stored && typeof stored === 'object' ? stored : {};
}

// Reports from one tab are applied one after another, so none overwrites another's frame.
const queues = new Map<number, Promise<unknown>>();
function serialised<T>(tabId: number, task: () => Promise<T>): Promise<T> {
  const next = (queues.get(tabId) ?? Promise.resolve()).then(task, task);
  queues.set(tabId, next);
  void next.finally(() => queues.get(tabId) === next && queues.delete(tabId));
  return next;
}

async function recordReport(tabId: number, frameId: number, state: PageState): Promise<void> {
  const frames = withFrameReport(await readFrames(tabId), frameId, state);
  await storage.setItem(tabKey(tabId), frames);
  const view = badgeFor(tabStateOf(frames));
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: view.text }),
    browser.action.setBadgeBackgroundColor({ tabId, color: view.color }),
    browser.action.setTitle({ tabId, title: view.title }),
  ]);
}

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((raw, sender) => {
    if (!isOwnSender(sender, browser.runtime.id)) return undefined;
    const message = parseMessage(raw);
    if (message?.type === 'page-state') {
      const tabId = sender.tab?.id;
      if (tabId === undefined || sender.frameId === undefined) return undefined;
      // The tab may have closed meanwhile: nothing to show then.
      void serialised(tabId, () =>
        recordReport(tabId, sender.frameId as number, message.state),
      ).catch(() => undefined);
      return undefined;
    }
    if (message?.type === 'detect') {
      // Answered even for frames outside a tab (none today): the reply goes only to the sender.
      const reply: DetectReply = {
        runs: message.runs.map((run) => detectBlocks(run.blocks, run.state)),
      };
      return Promise.resolve(reply);
    }
    if (message?.type === 'get-tab-state') {
      return serialised(message.tabId, async () => tabStateOf(await readFrames(message.tabId)));
    }
    return undefined;
  });

  // "Check selected text": works on any page, whether or not it passed the gate.
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: 'check-selection',
      title: t('menuCheckSelection'),
      contexts: ['selection'],
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== 'check-selection' || tab?.id === undefined || !info.selectionText)
      return;
    const message: Message = { type: 'check-selection', text: info.selectionText };
    void browser.tabs
      .sendMessage(tab.id, message, { frameId: info.frameId ?? 0 })
      .catch(() => undefined); // no content script there (a browser page, the web store)
  });

  browser.tabs.onRemoved.addListener((tabId) => void storage.removeItem(tabKey(tabId)));

  // The keyboard command: the tab's top frame steps to its next claim.
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== 'next-claim' || tab?.id === undefined) return;
    void browser.tabs
      .sendMessage(tab.id, { type: 'next-claim' }, { frameId: 0 })
      .catch(() => undefined);
  });
});
