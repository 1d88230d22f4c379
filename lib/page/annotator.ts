import type { BlockMatch } from '../detector/block-types';
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

/** The marks for what the detector found in a block (none when its element is not rendered). */
export function marksFrom(block: TextBlock, matches: readonly BlockMatch[]): FoundMark[] {
  const marks: FoundMark[] = [];
  for (const match of matches) {
    const range = rangeForOffsets(block, match.start, match.end);
    if (!range) continue;
    marks.push({
      range,
      claimId: match.claimId,
      verdict: match.verdict,
      exact: block.text.slice(match.start, match.end).trim(),
      block: block.element,
    });
  }
  // Text in a display:none menu or a closed dialog is not what the reader sees. Style is
  // checked only for blocks that hold a claim, which keeps layout work off ordinary pages.
  const hidden = marks.length > 0 && block.element.checkVisibility?.() === false;
  return hidden ? [] : marks;
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
