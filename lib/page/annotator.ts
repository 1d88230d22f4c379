import { getClaim } from '../../data/lookup';
import { detectClaims } from '../detector';
import type { FoundClaim } from '../messages';
import { type Mark } from './marks';
import { collectTextBlocks, rangeForOffsets } from './text-blocks';

/** A mark with what the popup and the card need to show for it. */
export interface FoundMark extends Mark {
  exact: string;
}

const SLICE_MS = 8; // well under the 50 ms long-task threshold, leaving room for the page's own work

/** Yields to the page's event loop so input and rendering are never held up by a scan. */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Finds the claims in the visible text under `root` and returns them as marks in document
 * order. Works in slices and stops early when `signal` aborts (settings turned off, page
 * navigated, extension updated).
 */
export async function findMarks(root: Node, signal: AbortSignal): Promise<FoundMark[]> {
  const blocks = collectTextBlocks(root);
  const marks: FoundMark[] = [];
  let sliceStart = performance.now();
  for (const block of blocks) {
    if (signal.aborted) return [];
    for (const match of detectClaims(block.text)) {
      const claim = getClaim(match.claimId);
      const range = claim && rangeForOffsets(block, match.start, match.end);
      if (!claim || !range) continue;
      marks.push({ range, claimId: claim.id, verdict: claim.verdict, exact: match.quote.exact });
    }
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToPage();
      sliceStart = performance.now();
    }
  }
  return signal.aborted ? [] : marks;
}

export function toFoundClaims(marks: readonly FoundMark[]): FoundClaim[] {
  return marks.map(({ claimId, verdict, exact }) => ({ claimId, verdict, exact }));
}
