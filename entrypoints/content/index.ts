import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { hasGateWord } from '../../lib/detector/gate';
import { isOwnSender, parseMessage, type Message, type PageState } from '../../lib/messages';
import { isAnnotatableDocument } from '../../lib/page/document-kind';
import { highlightApiAvailable } from '../../lib/page/marks';
import { siteHostname } from '../../lib/page/site';
import { isSiteEnabled, loadSettings, watchSettings, type Settings } from '../../lib/settings';
import { loadModule, type Annotator } from './lazy-modules';
import { watchForGate } from './gate-watch';
import './highlights.css';

/**
 * The script that runs on every page, in every frame. It stays small: it reads the settings,
 * runs the gate and answers the popup. Only a page that passes the gate loads the annotator
 * from `annotator.js`, which reads and marks it (see lazy-modules.ts).
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  allFrames: true,
  // Frames without a URL of their own (srcdoc, about:blank filled by script) show text too.
  matchAboutBlank: true,
  main(ctx) {
    void new PageController(ctx).start();
  },
});

class PageController {
  private state: PageState = { status: 'annotated', hostname: siteHostname(), claims: [] };
  private annotator: Annotator | null = null;
  private stopGateWatch: (() => void) | null = null;
  private generation = 0;
  /** Whether this frame ever told the background about claims (so that it must also clear them). */
  private reportedClaims = false;

  constructor(private readonly ctx: ContentScriptContext) {}

  async start(): Promise<void> {
    const { ctx } = this;
    browser.runtime.onMessage.addListener(this.onMessage);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(this.onMessage);
      this.stopGateWatch?.();
      this.annotator?.stop();
    });
    ctx.onInvalidated(watchSettings((settings) => void this.apply(settings)));
    // Tell the badge when this document goes away, and again if it comes back from the cache.
    ctx.addEventListener(window, 'pagehide', () =>
      this.send({ status: 'gone', hostname: siteHostname(), claims: [] }),
    );
    ctx.addEventListener(window, 'pageshow', (event) => {
      if (event.persisted) this.send(this.state);
    });
    await this.apply(await loadSettings());
  }

  /** Brings the page in line with the settings: annotate it, or remove every trace. */
  private async apply(settings: Settings): Promise<void> {
    const generation = ++this.generation;
    const hostname = siteHostname();
    if (!isSiteEnabled(settings, hostname)) {
      this.disable();
      return this.report({ status: settings.enabled ? 'site-off' : 'off', hostname, claims: [] });
    }
    if (!highlightApiAvailable()) {
      return this.report({ status: 'no-highlight-api', hostname, claims: [] });
    }
    if (!isAnnotatableDocument(document)) {
      return this.report({ status: 'annotated', hostname, claims: [] });
    }
    // The gate: on the vast majority of pages this is all that ever runs.
    if (!this.annotator && !hasGateWord(document.body?.textContent ?? '')) {
      this.report({ status: 'annotated', hostname, claims: [] });
      this.stopGateWatch ??= watchForGate(document, () => {
        this.stopGateWatch = null;
        void loadSettings().then((s) => this.apply(s));
      });
      return;
    }
    this.stopGateWatch?.();
    this.stopGateWatch = null;
    try {
      const annotator = await this.ensureAnnotator();
      if (generation !== this.generation || !this.ctx.isValid) return; // settings changed meanwhile
      await annotator.apply(settings);
    } catch (error) {
      // A page must never break because of us: say so in the console and stay out of the way.
      console.warn('MDMA Evidence Lens could not annotate this page.', error);
    }
  }

  private async ensureAnnotator(): Promise<Annotator> {
    const factory = await loadModule('annotator');
    this.annotator ??= factory(this.ctx, (state) => this.report(state));
    return this.annotator;
  }

  private disable(): void {
    this.stopGateWatch?.();
    this.stopGateWatch = null;
    this.annotator?.stop();
    this.annotator = null;
  }

  private report(state: PageState): void {
    this.state = state;
    this.send(state);
  }

  private send(state: PageState): void {
    // The top frame always reports: the popup and badge show its status. A frame inside it (ads,
    // embeds, often many per page) matters only once it holds claims, so an empty one stays
    // silent rather than waking the background on every page load.
    const isSubframe = window !== window.top;
    if (isSubframe && state.claims.length === 0 && !this.reportedClaims) return;
    this.reportedClaims = state.claims.length > 0;
    const message: Message = { type: 'page-state', state };
    // The background may be restarting or the extension reloading: nothing to do about it here.
    browser.runtime.sendMessage(message).catch(() => undefined);
  }

  private readonly onMessage = (raw: unknown, sender: { id?: string }) => {
    if (!isOwnSender(sender, browser.runtime.id)) return undefined;
    const message = parseMessage(raw);
    if (!message) return undefined;
    if (message.type === 'get-page-state') return Promise.resolve(this.state);
    if (message.type === 'reveal-claim' || message.type === 'next-claim') {
      return Promise.resolve(this.annotator?.handle(message) ?? false);
    }
    if (message.type === 'check-selection') {
      // The user asked: check the selection even where the page failed the gate.
      if (!isAnnotatableDocument(document)) return Promise.resolve(false);
      return this.ensureAnnotator().then((annotator) => annotator.handle(message));
    }
    return undefined;
  };
}
