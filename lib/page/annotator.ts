import { getClaim } from '../../data/lookup';
import { detectClaimsAndTopic, type Topic } from '../detector';
import type { DetectOptions } from '../detector/types';
import type { FoundClaim } from '../messages';
import type { Mark } from './marks';
import { sliceClock, yieldToPage } from './scheduling';
import { rangeForOffsets, walkTextBlocks, type TextBlock } from './text-blocks';

/** A mark with what the popup and the card need to show for it. */
export interface FoundMark extends Mark {
  exact: string;
  /** The block element it was found in: a rescan of that block replaces its marks. */
  block: Element;
}

/** The marks of one block of text (none when its element is not rendered), and its end topic. */
export function marksInBlock(
  block: TextBlock,
  options: DetectOptions = {},
): { marks: FoundMark[]; topic: Topic | undefined } {
  const detection = detectClaimsAndTopic(block.text, options);
  const marks: FoundMark[] = [];
  for (const match of detection.matches) {
    const claim = getClaim(match.claimId);
    const range = claim && rangeForOffsets(block, match.start, match.end);
    if (!claim || !range) continue;
    marks.push({
      range,
      claimId: claim.id,
      verdict: claim.verdict,
      exact: match.quote.exact.trim(),
      block: block.element,
    });
  }
  // Text in a display:none menu or a closed dialog is not what the reader sees. Style is
  // checked only for blocks that hold a claim, which keeps layout work off ordinary pages.
  const hidden = marks.length > 0 && block.element.checkVisibility?.() === false;
  return { marks: hidden ? [] : marks, topic: detection.topic };
}

/** Reads the text blocks under `root` in slices; null when `signal` aborted meanwhile. */
export async function readBlocks(root: Node, signal: AbortSignal): Promise<TextBlock[] | null> {
  const walk = walkTextBlocks(root);
  const clock = sliceClock();
  for (;;) {
    const step = walk.next();
    if (step.done) return step.value;
    if (signal.aborted) return null;
    if (clock.due()) {
      await yieldToPage();
      clock.reset();
    }
  }
}

/**
 * The stretch of blocks on or near the screen, as `[start, end)` indices: a reader sees marks
 * where they are looking before the rest of a long page is done. Blocks are in document order,
 * which is top-to-bottom order for ordinary flow, so a binary search over their positions finds
 * the stretch with a handful of layout reads.
 */
export function viewportRange(
  blocks: readonly TextBlock[],
  viewportHeight: number,
): [number, number] {
  const top = (i: number) => (blocks[i] as TextBlock).element.getBoundingClientRect().top;
  const firstAtOrBelow = (y: number) => {
    let low = 0;
    let high = blocks.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (top(mid) < y) low = mid + 1;
      else high = mid;
    }
    return low;
  };
  if (blocks.length < 64) return [0, blocks.length];
  const start = Math.max(0, firstAtOrBelow(-viewportHeight) - 1);
  return [start, Math.max(start, firstAtOrBelow(2 * viewportHeight))];
}

export function toFoundClaims(marks: readonly FoundMark[]): FoundClaim[] {
  return marks.map(({ claimId, verdict, exact }) => ({ claimId, verdict, exact }));
}

/** The element that stands for a node in the main document: itself, or its shadow host. */
function inMainTree(node: Node): Node {
  let current = node;
  for (let root = current.getRootNode(); root instanceof ShadowRoot; root = current.getRootNode()) {
    current = root.host;
  }
  return current;
}

/** Sorts marks into document order (the order of the popup's list and of keyboard stepping). */
export function inDocumentOrder(marks: readonly FoundMark[]): FoundMark[] {
  return [...marks].sort((a, b) => {
    if (a.range.startContainer.getRootNode() === b.range.startContainer.getRootNode()) {
      return a.range.compareBoundaryPoints(Range.START_TO_START, b.range);
    }
    const position = inMainTree(a.block).compareDocumentPosition(inMainTree(b.block));
    return position & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
  });
}
