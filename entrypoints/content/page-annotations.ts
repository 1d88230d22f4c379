import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { stateFrom, type BlockText } from '../../lib/detector/block-types';
import type { Verdict } from '../../data/schema';
import { verdictRank } from '../../lib/verdicts';
import {
  inDocumentOrder,
  marksFrom,
  readBlocks,
  toFoundClaims,
  type FoundMark,
} from '../../lib/page/annotator';
import { clearMarks, flashRange, markAtPoint, paintMarks } from '../../lib/page/marks';
import { MutationCollector } from '../../lib/page/mutations';
import { sliceClock, whenIdle, yieldToPage } from '../../lib/page/scheduling';
import { siteHostname } from '../../lib/page/site';
import { detectRuns } from '../../lib/page/remote-detection';
import { collectTextBlocks, type TextBlock } from '../../lib/page/text-blocks';
import { blockText, TopicMemory } from '../../lib/page/topic-context';
import type { Message, PageState } from '../../lib/messages';
import { setSiteEnabled, updateSettings, type Settings } from '../../lib/settings';
import type { Annotator, CardActions } from './lazy-modules';
import { LazyCard } from './lazy-card';

/** A scan that failed (the extension was reloaded mid-scan, say) leaves the page as it is. */
function warn(error: unknown): void {
  console.warn('MDMA Evidence Lens could not annotate this page.', error);
}

const HOVER_SHOW_MS = 500; // Wikipedia Page Previews' timing: long enough not to fire in passing
const HOVER_HIDE_MS = 300; // long enough to carry the pointer into the card

/**
 * Marks and cards for one document. Created by the every-page script once the page passes
 * the gate; everything it starts (observer, listeners, timers) stops with `stop()`, when the
 * switch is turned off, or when the extension is updated or disabled (`ctx`).
 */
export class PageAnnotations implements Annotator {
  private settings: Settings | null = null;
  private marks: FoundMark[] = [];
  private readonly hiddenClaims = new Set<string>();
  private readonly card = new LazyCard(document);
  private readonly mutations: MutationCollector;
  private running: AbortController | null = null;
  private scan: AbortController | null = null;
  /** What the page's blocks are about, from the last full scan. */
  private topics: TopicMemory | null = null;
  /** Blocks that changed while a full scan ran: rescanned once it is done. */
  private changedDuringScan: Element[] = [];
  private rescans: Promise<void> = Promise.resolve();
  private hoverTimer = 0;
  private openedByHover = false;
  private stepIndex = -1;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly report: (state: PageState) => void,
  ) {
    this.mutations = new MutationCollector(document, {
      onChanged: (roots) => this.queueRescan(roots),
      onHugeBatch: () => void this.fullScan().catch(warn),
    });
    ctx.onInvalidated(() => this.stop());
    // Single-page apps change the URL without reloading: the new view gets a fresh scan.
    // (WXT's location watcher starts with this listener and ends with `ctx`.)
    ctx.addEventListener(window, 'wxt:locationchange', () => this.onNavigated());
  }

  async apply(settings: Settings): Promise<void> {
    const first = this.settings === null || this.running === null;
    this.settings = settings;
    if (first) {
      this.start();
      await this.fullScan();
    } else {
      this.paint(); // only what is shown changed (hidden verdicts, how cards open)
    }
  }

  handle(message: Message): unknown {
    if (message.type === 'reveal-claim') {
      const mark = this.orderedMarks()[message.index];
      if (mark) this.reveal(mark);
      return Boolean(mark);
    }
    if (message.type === 'next-claim') {
      const marks = this.orderedMarks();
      if (marks.length === 0) return false;
      this.stepIndex = (this.stepIndex + 1) % marks.length;
      this.reveal(marks[this.stepIndex] as FoundMark);
      return true;
    }
    if (message.type === 'check-selection') {
      this.checkSelection(message.text).catch(warn);
      return true;
    }
    return undefined;
  }

  /**
   * "Check selected text" from the context menu: the cards for the claims the selection makes,
   * or a short "no known claim" card, next to the selection. The reader asked about MDMA
   * claims, so text that names no drug is read as being about MDMA; a sentence naming another
   * drug is still left out by the detector's topic scoping.
   */
  private async checkSelection(text: string): Promise<void> {
    const selection = document.getSelection();
    const selected =
      selection && selection.rangeCount > 0 ? selection.getRangeAt(0).cloneRange() : null;
    const range =
      selected && selected.getClientRects().length > 0
        ? selected
        : document.caretRangeFromPoint?.(window.innerWidth / 2, 8);
    if (!range) return;
    const verdicts = new Map<string, Verdict>();
    const runs = [{ state: stateFrom('mdma'), blocks: [{ text, heading: false }] }];
    for await (const piece of detectRuns(runs)) {
      for (const match of piece.results.flatMap((result) => result.matches)) {
        verdicts.set(match.claimId, match.verdict);
      }
    }
    // The most severe verdict first.
    const claimIds = [...verdicts]
      .sort(([, a], [, b]) => verdictRank(b) - verdictRank(a))
      .map(([id]) => id);
    const quote = text.replace(/\s+/g, ' ').trim();
    this.openedByHover = false;
    this.card.open({
      claimIds,
      quote: quote.length > 400 ? `${quote.slice(0, 400)}…` : quote,
      range,
      focus: true,
      actions: (id) => this.cardActions(id),
    });
  }

  stop(): void {
    this.running?.abort();
    this.running = null;
    this.scan?.abort();
    this.scan = null;
    this.mutations.stop();
    clearTimeout(this.hoverTimer);
    this.marks = [];
    clearMarks();
    this.card.destroy();
  }

  private start(): void {
    this.running = new AbortController();
    this.listen(this.running.signal);
    this.mutations.start();
  }

  /**
   * Scans the whole page: reads its blocks in slices, has the background detect them in
   * document order (the page title first, as the topic starts from it), and marks what comes
   * back, the first message's marks at once and the rest in one more paint at the end: every
   * highlight change makes Chromium repaint the whole page.
   */
  private async fullScan(): Promise<void> {
    this.scan?.abort();
    const scan = new AbortController();
    this.scan = scan;
    this.changedDuringScan = [];
    try {
      await this.scanInto(scan);
    } catch (error) {
      // No reply from the background (the extension is being reloaded, say): later changes are
      // rescanned as they come instead of waiting for this scan to end.
      if (this.scan === scan) this.scan = null;
      throw error;
    }
  }

  private async scanInto(scan: AbortController): Promise<void> {
    const blocks = await readBlocks(document.body, scan.signal);
    if (!blocks) return;
    const title: BlockText = { text: document.title, heading: true };
    const run = { state: stateFrom(undefined), blocks: [title, ...blocks.map(blockText)] };
    const topics = new TopicMemory();
    const marks: FoundMark[] = [];
    const clock = sliceClock();
    let painted = false;
    for await (const piece of detectRuns([run], scan.signal)) {
      for (const [k, result] of piece.results.entries()) {
        const index = piece.from + k - 1; // the title is not a block of the page
        const block = blocks[index];
        if (!block) continue;
        topics.record(block.element, result.topic);
        if (result.matches.length > 0) marks.push(...marksFrom(block, result.matches));
        if (clock.due()) {
          await yieldToPage();
          if (scan.signal.aborted) return;
          clock.reset();
        }
      }
      if (!painted) {
        this.marks = marks.slice();
        this.paint();
        painted = true;
      }
    }
    if (scan.signal.aborted) return;
    this.topics = topics;
    this.marks = marks;
    this.scan = null;
    this.paint();
    this.publish();
    const changed = this.changedDuringScan;
    this.changedDuringScan = [];
    if (changed.length > 0) this.queueRescan(changed);
  }

  /** Rescans one after another, so that an older answer never replaces a newer one. */
  private queueRescan(roots: readonly Element[]): void {
    this.rescans = this.rescans.then(() => this.rescan(roots)).catch(warn);
  }

  /** Rescans only the blocks that changed; marks whose text went away are dropped. */
  private async rescan(roots: readonly Element[]): Promise<void> {
    if (this.scan) {
      this.changedDuringScan.push(...roots);
      return;
    }
    const running = this.running;
    const changed = new Set<Element>(roots);
    const blocksOf: TextBlock[][] = [];
    const clock = sliceClock();
    for (const root of roots) {
      const blocks = collectTextBlocks(root);
      blocksOf.push(blocks);
      for (const block of blocks) changed.add(block.element);
      if (clock.due()) {
        await yieldToPage();
        if (this.running !== running) return;
        clock.reset();
      }
    }
    const runs = roots.map((root, r) => ({
      state: stateFrom(this.topics?.before(root)),
      blocks: (blocksOf[r] as TextBlock[]).map(blockText),
    }));
    const fresh: FoundMark[] = [];
    for await (const piece of detectRuns(runs, running?.signal)) {
      for (const [k, result] of piece.results.entries()) {
        const block = (blocksOf[piece.run] as TextBlock[])[piece.from + k] as TextBlock;
        if (result.matches.length > 0) fresh.push(...marksFrom(block, result.matches));
      }
    }
    // Stopped meanwhile, or a full scan (a navigation) started: its marks replace all of these.
    if (!this.running || this.running !== running || this.scan) return;
    const kept = this.marks.filter(
      (m) =>
        !changed.has(m.block) &&
        !roots.some((root) => root.contains(m.block)) &&
        m.range.startContainer.isConnected &&
        !m.range.collapsed,
    );
    this.marks = [...kept, ...fresh];
    this.paint();
    this.publish();
  }

  /** The marks the reader can see (not of a hidden verdict, not hidden on this page). */
  private shownMarks(): FoundMark[] {
    const hidden = this.settings?.hiddenVerdicts ?? [];
    return this.marks.filter(
      (m) => !hidden.includes(m.verdict) && !this.hiddenClaims.has(m.claimId),
    );
  }

  /** The shown marks in document order: the popup's list and keyboard stepping need it. */
  private orderedMarks(): FoundMark[] {
    return inDocumentOrder(this.shownMarks());
  }

  private paint(): void {
    const visible = this.marks.filter((m) => !this.hiddenClaims.has(m.claimId));
    paintMarks(visible, this.settings?.hiddenVerdicts ?? []);
  }

  private publish(): void {
    this.report({
      status: 'annotated',
      hostname: siteHostname(),
      claims: toFoundClaims(this.orderedMarks()),
    });
  }

  /** Opens the card for a mark, with every claim marked on the same text. */
  private openCard(mark: FoundMark, focus: boolean): void {
    const sameText = this.shownMarks().filter(
      (m) =>
        m.block === mark.block && // ranges in other trees cannot be compared
        m.range.compareBoundaryPoints(Range.START_TO_START, mark.range) === 0 &&
        m.range.compareBoundaryPoints(Range.END_TO_END, mark.range) === 0,
    );
    const claimIds = [mark, ...sameText.filter((m) => m.claimId !== mark.claimId)].map(
      (m) => m.claimId,
    );
    this.card.open({
      claimIds,
      quote: mark.exact,
      range: mark.range,
      focus,
      actions: (id) => this.cardActions(id),
    });
  }

  private cardActions(claimId: string): CardActions {
    return {
      hideClaim: () => {
        this.hiddenClaims.add(claimId);
        this.card.close();
        this.paint();
        this.publish();
      },
      disableSite: () => {
        this.card.close();
        // The settings watcher then turns this page (and every tab of the site) off.
        updateSettings((s) => setSiteEnabled(s, siteHostname(), false)).catch((error: unknown) =>
          console.warn('MDMA Evidence Lens could not save the site list.', error),
        );
      },
    };
  }

  private reveal(mark: FoundMark): void {
    mark.block.scrollIntoView({ block: 'center', behavior: 'instant' });
    flashRange(mark.range);
    this.openedByHover = false;
    this.openCard(mark, true);
  }

  private markAt(event: MouseEvent): FoundMark | null {
    return markAtPoint(
      this.shownMarks(), // hit-testing needs no order: every pointer move should stay cheap
      document,
      event.clientX,
      event.clientY,
    ) as FoundMark | null;
  }

  private listen(signal: AbortSignal): void {
    const options = { signal, passive: true };
    document.addEventListener(
      'pointerdown',
      (event) => {
        if (this.marks.length > 0 && this.markAt(event)) this.card.preload();
      },
      options,
    );
    document.addEventListener(
      'click',
      (event) => {
        if (this.marks.length === 0 || this.card.contains(event)) return;
        const mark = this.markAt(event);
        // A claim inside a link keeps the link working: hovering opens its card instead.
        if (mark && !(event.target as Element | null)?.closest?.('a[href]')) {
          this.openedByHover = false;
          this.openCard(mark, false);
        } else if (this.card.isOpen) {
          this.card.close(); // an outside click dismisses the card
        }
      },
      options,
    );
    document.addEventListener(
      'pointermove',
      (event) => {
        if (this.marks.length === 0 || this.settings?.openCardOn !== 'hover') return;
        clearTimeout(this.hoverTimer);
        if (this.card.contains(event)) return;
        const delay = this.card.isOpen ? HOVER_HIDE_MS : HOVER_SHOW_MS;
        this.hoverTimer = this.ctx.setTimeout(() => this.onHoverSettled(event), delay);
      },
      options,
    );
    document.addEventListener(
      'keydown',
      (event) => {
        if (event.key === 'Escape' && this.card.isOpen) this.card.close();
      },
      options,
    );
    const replace = () => this.card.schedulePlacement();
    window.addEventListener('scroll', replace, { ...options, capture: true });
    window.addEventListener('resize', replace, options);
  }

  private onNavigated(): void {
    const running = this.running;
    if (!running) return;
    this.hiddenClaims.clear();
    this.stepIndex = -1;
    this.card.close();
    const cancel = whenIdle(() => void this.fullScan().catch(warn));
    running.signal.addEventListener('abort', cancel, { once: true });
  }

  private onHoverSettled(event: PointerEvent): void {
    const mark = this.markAt(event);
    if (mark && mark.range !== this.card.openRange) {
      this.openedByHover = true;
      this.openCard(mark, false);
    } else if (!mark && this.card.isOpen && this.openedByHover) {
      this.card.close();
    }
  }
}
