import type { BlockText, Topic } from '../detector/block-types';
import type { TextBlock } from './text-blocks';

function isHeading(element: Element): boolean {
  return /^H[1-6]$/.test(element.tagName) || element.getAttribute('role') === 'heading';
}

/** What the detector needs of a block (lib/detector/blocks.ts decides what a heading does). */
export function blockText(block: TextBlock): BlockText {
  return { text: block.text, heading: isHeading(block.element) };
}

/**
 * The topic in force after each block of the last full scan, so that a block that appears
 * later (a re-render, infinite scroll) is read in the context of where it landed.
 */
export class TopicMemory {
  private readonly after = new WeakMap<Element, Topic | undefined>();
  private last: Topic | undefined;

  /** Call for the blocks of a scan in document order. */
  record(element: Element, topic: Topic | undefined): void {
    this.after.set(element, topic);
    this.last = topic;
  }

  /**
   * The topic before a block found later: the one after the nearest earlier block the full
   * scan knew, else the page's last (content appended at the end, as infinite scroll does).
   */
  before(element: Element): Topic | undefined {
    let steps = 0;
    for (
      let node = previousInDocument(element);
      node && steps < 500;
      node = previousInDocument(node)
    ) {
      steps++;
      if (node instanceof Element && this.after.has(node)) return this.after.get(node);
    }
    return this.last;
  }
}

function previousInDocument(node: Node): Node | null {
  if (node.previousSibling) {
    let last: Node = node.previousSibling;
    while (last.lastChild) last = last.lastChild;
    return last;
  }
  return node.parentNode;
}
