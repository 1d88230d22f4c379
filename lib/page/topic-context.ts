import { hasGateWord, topicAtEnd, type Topic } from '../detector';
import type { TextBlock } from './text-blocks';

/**
 * How many blocks a paragraph's MDMA topic carries to blocks that name no drug. Long enough for
 * the paragraphs that follow up on it; short enough that a page mentioning MDMA once in passing
 * does not turn its sidebar, comments and footer into text "about MDMA".
 */
export const CARRY_BLOCKS = 8;

function isHeading(element: Element): boolean {
  return /^H[1-6]$/.test(element.tagName) || element.getAttribute('role') === 'heading';
}

/**
 * What each block of a page is about, when the block itself names no drug. Pages set the
 * subject of a sentence by its surroundings: "In a phase 3 trial, 67% no longer qualified for a
 * PTSD diagnosis" under a heading about MDMA therapy is a claim about MDMA; the same sentence
 * in a section about psilocybin is not. The topic runs through the page in document order,
 * from the title through headings and paragraphs, each block handing on the drug it names last
 * (the detector's own topic scoping decides, so page and CLI agree). A heading or title that
 * names MDMA holds its topic to the next heading; a paragraph's carries `CARRY_BLOCKS` blocks.
 */
export class TopicContext {
  /** The topic in force after each block of the last full scan, for later rescans. */
  private readonly after = new WeakMap<Element, Topic | undefined>();
  private last: Topic | undefined;
  /** Blocks since MDMA was last named, while the topic is not held by a heading. */
  private sinceNamed = 0;
  private heldByHeading: boolean;

  constructor(title: string) {
    this.last = topicAtEnd(title);
    this.heldByHeading = this.last === 'mdma';
  }

  /** The topic in force now, before the next block. */
  get current(): Topic | undefined {
    return this.last;
  }

  /**
   * Moves past `block`, given the topic the detector read at its end (from
   * `detectClaimsAndTopic` or `topicAtEnd`); call for every block of a scan, in document order.
   */
  advance(block: TextBlock, readAfter: Topic | undefined): void {
    let after = readAfter;
    // The gate words are looked for only where the answer can change something: most blocks of
    // a long page are neither headings nor carrying a topic that could run out.
    if (isHeading(block.element)) {
      this.heldByHeading = after === 'mdma' && hasGateWord(block.text);
      this.sinceNamed = 0;
    } else if (after === 'mdma' && !this.heldByHeading) {
      if (hasGateWord(block.text)) this.sinceNamed = 0;
      else if (++this.sinceNamed > CARRY_BLOCKS) after = undefined; // named too far back
    }
    this.last = after;
    this.after.set(block.element, after);
  }

  /** The topic in force before `block`, reading only its topic (no claims); then moves past it. */
  next(block: TextBlock): Topic | undefined {
    const before = this.last;
    this.advance(block, topicAtEnd(block.text, before));
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
