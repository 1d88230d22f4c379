import { topicAtEnd, type Topic } from '../detector';
import type { TextBlock } from './text-blocks';

/**
 * What each block of a page is about, when the block itself names no drug. Pages set the
 * subject of a sentence by its surroundings: "In a phase 3 trial, 67% no longer qualified for a
 * PTSD diagnosis" under a heading about MDMA therapy is a claim about MDMA; the same sentence
 * in a section about psilocybin is not. The topic runs through the page in document order,
 * from the title through headings and paragraphs, each block handing on the drug it names last
 * (the detector's own topic scoping decides, so page and CLI agree).
 */
export class TopicContext {
  /** The topic in force after each block of the last full scan, for later rescans. */
  private readonly after = new WeakMap<Element, Topic | undefined>();
  private last: Topic | undefined;

  constructor(title: string) {
    this.last = topicAtEnd(title);
  }

  /** The topic in force before `block`; call for every block of a full scan, in document order. */
  next(block: TextBlock): Topic | undefined {
    const before = this.last;
    this.last = topicAtEnd(block.text, before);
    this.after.set(block.element, this.last);
    return before;
  }

  /**
   * The topic before a block found later (a rescan after the page changed): the one after the
   * nearest earlier block the full scan knew, else the page's last (content appended at the
   * end, as infinite scroll does).
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
