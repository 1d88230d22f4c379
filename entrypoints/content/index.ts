import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import './highlights.css';
import { hasGateWord } from '../../lib/detector/gate';
import { isOwnSender, parseMessage, type Message, type PageState } from '../../lib/messages';
import { findMarks, toFoundClaims, type FoundMark } from '../../lib/page/annotator';
import {
  clearMarks,
  flashRange,
  highlightApiAvailable,
  markAtPoint,
  paintMarks,
} from '../../lib/page/marks';
import { isSiteEnabled, loadSettings, watchSettings, type Settings } from '../../lib/settings';
import { getClaim } from '../../data/lookup';
import { CardHost } from './card-host';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    void new PageAnnotations(ctx).start();
  },
});

const HOVER_SHOW_MS = 500; // Wikipedia Page Previews' timing: long enough to not fire in passing
const HOVER_HIDE_MS = 300; // short enough to feel responsive, long enough to reach the card

/** Everything the extension does in one page, tied to `ctx` so an update leaves nothing behind. */
class PageAnnotations {
  private settings: Settings | null = null;
  private marks: FoundMark[] = [];
  private state: PageState = { status: 'annotated', hostname: location.hostname, claims: [] };
  private scan: AbortController | null = null;
  private readonly card: CardHost;
  private hoverTimer = 0;
  private openedByHover = false;

  constructor(private readonly ctx: ContentScriptContext) {
    this.card = new CardHost(document);
    ctx.onInvalidated(() => this.stop());
  }

  async start(): Promise<void> {
    browser.runtime.onMessage.addListener(this.onMessage);
    this.ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(this.onMessage));
    this.ctx.onInvalidated(watchSettings((settings) => void this.apply(settings)));
    this.listen();
    await this.apply(await loadSettings());
  }

  /** Brings the page in line with the settings: scan and mark, or remove every trace. */
  private async apply(settings: Settings): Promise<void> {
    this.settings = settings;
    this.scan?.abort();
    const hostname = location.hostname;
    if (!settings.enabled || !isSiteEnabled(settings, hostname)) {
      this.removeAll();
      return this.report({ status: settings.enabled ? 'site-off' : 'off', hostname, claims: [] });
    }
    if (!highlightApiAvailable()) {
      return this.report({ status: 'no-highlight-api', hostname, claims: [] });
    }
    // The gate: on the vast majority of pages this is all that ever runs.
    if (!hasGateWord(document.body?.textContent ?? '')) {
      this.removeAll();
      return this.report({ status: 'annotated', hostname, claims: [] });
    }
    const scan = new AbortController();
    this.scan = scan;
    const marks = await findMarks(document.body, scan.signal);
    if (scan.signal.aborted || !this.ctx.isValid) return;
    this.marks = marks;
    paintMarks(marks, settings.hiddenVerdicts);
    this.report({ status: 'annotated', hostname, claims: toFoundClaims(marks) });
  }

  private report(state: PageState): void {
    this.state = state;
    const message: Message = { type: 'page-state', state };
    // The background may be asleep or the extension reloading: nothing to do about it here.
    browser.runtime.sendMessage(message).catch(() => undefined);
  }

  private removeAll(): void {
    this.marks = [];
    clearMarks();
    this.card.destroy();
  }

  private stop(): void {
    this.scan?.abort();
    clearTimeout(this.hoverTimer);
    this.removeAll();
  }

  private readonly onMessage = (raw: unknown, sender: { id?: string }) => {
    if (!isOwnSender(sender, browser.runtime.id)) return undefined;
    const message = parseMessage(raw);
    if (message?.type === 'get-page-state') return Promise.resolve(this.state);
    if (message?.type === 'reveal-claim') {
      this.reveal(message.index);
      return Promise.resolve(true);
    }
    return undefined;
  };

  private visibleMarks(): FoundMark[] {
    const hidden = this.settings?.hiddenVerdicts ?? [];
    return this.marks.filter((m) => !hidden.includes(m.verdict));
  }

  private openCard(mark: FoundMark, focus: boolean): void {
    const claim = getClaim(mark.claimId);
    if (claim) this.card.open({ claim, quote: mark.exact, range: mark.range, focus });
  }

  private reveal(index: number): void {
    const mark = this.marks[index];
    if (!mark) return;
    const element = mark.range.startContainer.parentElement;
    element?.scrollIntoView({ block: 'center', behavior: 'instant' });
    flashRange(mark.range);
    this.openCard(mark, true);
  }

  private markAt(event: MouseEvent): FoundMark | null {
    return markAtPoint(
      this.visibleMarks(),
      document,
      event.clientX,
      event.clientY,
    ) as FoundMark | null;
  }

  private listen(): void {
    const { ctx } = this;
    ctx.addEventListener(document, 'click', (event) => {
      if (this.marks.length === 0 || this.card.contains(event)) return;
      const mark = this.markAt(event);
      // A claim inside a link keeps the link working: hover opens its card instead.
      if (mark && !(event.target as Element | null)?.closest?.('a[href]')) {
        this.openedByHover = false;
        this.openCard(mark, false);
      } else if (this.card.isOpen) {
        this.card.close(); // an outside click dismisses the card
      }
    });
    ctx.addEventListener(
      document,
      'pointermove',
      (event) => {
        if (this.marks.length === 0 || this.settings?.openCardOn !== 'hover') return;
        clearTimeout(this.hoverTimer);
        if (this.card.contains(event)) return;
        this.hoverTimer = ctx.setTimeout(
          () => {
            const mark = this.markAt(event);
            if (mark && mark.range !== this.card.openRange) {
              this.openedByHover = true;
              this.openCard(mark, false);
            } else if (!mark && this.card.isOpen && this.openedByHover) {
              this.card.close();
            }
          },
          this.card.isOpen ? HOVER_HIDE_MS : HOVER_SHOW_MS,
        );
      },
      { passive: true },
    );
    ctx.addEventListener(document, 'keydown', (event) => {
      if (event.key === 'Escape' && this.card.isOpen) this.card.close();
    });
    const replace = () => this.card.schedulePlacement();
    ctx.addEventListener(window, 'scroll', replace, { capture: true, passive: true });
    ctx.addEventListener(window, 'resize', replace, { passive: true });
  }
}
