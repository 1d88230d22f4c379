import { whenIdle } from './scheduling';
import { HOST_TAG, blockElementOf, isSkippedElement } from './text-blocks';

/** Wait this long after the first change of a burst before rescanning (a max wait, not a reset). */
const DEBOUNCE_MS = 250;
/** More changed places than this in one burst, and one idle full rescan is cheaper. */
const HUGE_BATCH = 1500;

export interface MutationHandlers {
  /**
   * The block elements whose text may have changed, none inside another (possibly none, when
   * content was only removed: then marks on text that left the page are to be dropped).
   */
  onChanged(roots: Element[]): void;
  /** So much changed that the whole page should be rescanned when idle. */
  onHugeBatch(): void;
}

function isOurs(node: Node): boolean {
  return node.nodeType === Node.ELEMENT_NODE && (node as Element).localName === HOST_TAG;
}

function insideSkipped(element: Element): boolean {
  for (let e: Element | null = element; e; e = e.parentElement)
    if (isSkippedElement(e)) return true;
  return false;
}

function hasAncestorIn(element: Element, set: ReadonlySet<Element>): boolean {
  for (let e = element.parentElement; e; e = e.parentElement) if (set.has(e)) return true;
  return false;
}

/**
 * The one MutationObserver of a page. Its callback only collects the places that changed;
 * the work happens later, once per burst: the changed blocks are handed to `onChanged`, or,
 * after a huge burst (an app re-rendering everything), one full rescan runs when idle.
 */
export class MutationCollector {
  private observer: MutationObserver | null = null;
  private readonly pending = new Set<Node>();
  private huge = false;
  private removed = false;
  private timer = 0;
  private cancelIdle: (() => void) | null = null;

  constructor(
    private readonly doc: Document,
    private readonly handlers: MutationHandlers,
  ) {}

  start(): void {
    if (this.observer) return;
    this.observer = new MutationObserver((records) => this.collect(records));
    this.observer.observe(this.doc.documentElement, {
      childList: true,
      subtree: true,
      characterData: true,
    });
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.pending.clear();
    this.huge = false;
    this.removed = false;
    clearTimeout(this.timer);
    this.timer = 0;
    this.cancelIdle?.();
    this.cancelIdle = null;
  }

  private collect(records: MutationRecord[]): void {
    for (const record of records) {
      if (this.huge) break;
      if (record.type === 'characterData') {
        this.pending.add(record.target);
        continue;
      }
      const changed = [...record.addedNodes, ...record.removedNodes];
      if (changed.length > 0 && changed.every(isOurs)) continue; // our card host came or went
      for (const node of record.addedNodes) if (!isOurs(node)) this.pending.add(node);
      // The parent's own text changed too, unless it is the whole page's container.
      const target = record.target;
      if (target !== this.doc.body && target !== this.doc.documentElement) this.pending.add(target);
      if (record.removedNodes.length > 0) this.removed = true;
    }
    if (this.pending.size > HUGE_BATCH) this.huge = true;
    if (!this.timer) this.timer = window.setTimeout(() => this.flush(), DEBOUNCE_MS);
  }

  private flush(): void {
    this.timer = 0;
    if (this.huge) {
      this.huge = false;
      this.pending.clear();
      this.cancelIdle?.();
      this.cancelIdle = whenIdle(() => {
        this.cancelIdle = null;
        this.handlers.onHugeBatch();
      });
      return;
    }
    const roots = new Set<Element>();
    for (const node of this.pending) {
      const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
      if (!element?.isConnected || insideSkipped(element)) continue;
      roots.add(blockElementOf(element));
    }
    this.pending.clear();
    const outermost = [...roots].filter((root) => !hasAncestorIn(root, roots));
    const removed = this.removed;
    this.removed = false;
    if (outermost.length > 0 || removed) this.handlers.onChanged(outermost);
  }
}
