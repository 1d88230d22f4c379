import { getClaim } from '../../data/lookup';
import { detectClaimsAndTopic, hasGateWord, type Topic } from './index';
import type { BlockMatch, BlockResult, BlockText, TopicState } from './block-types';

export { stateFrom } from './block-types';
export type { BlockMatch, BlockResult, BlockText, TopicState } from './block-types';

/**
 * Detection over a page's blocks in document order, where what a block is about depends on the
 * blocks before it. Pages set the subject of a sentence by its surroundings: "In a phase 3 trial,
 * 67% no longer qualified for a PTSD diagnosis" under a heading about MDMA therapy is a claim
 * about MDMA; the same sentence in a section about psilocybin is not. The topic runs through
 * the page from the title through headings and paragraphs, each block handing on the drug it
 * names last (the detector's own topic scoping decides, so page and CLI agree). A heading or
 * title that names MDMA holds its topic to the next heading; a paragraph's carries
 * `CARRY_BLOCKS` blocks. A page's title goes first, as a heading.
 *
 * Pure and serialisable both ways: the extension's background worker runs it for the pages,
 * whose main thread then only reads text and paints marks.
 */

/**
 * How many blocks a paragraph's MDMA topic carries to blocks that name no drug. Long enough for
 * the paragraphs that follow up on it; short enough that a page mentioning MDMA once in passing
 * does not turn its sidebar, comments and footer into text "about MDMA".
 */
export const CARRY_BLOCKS = 8;

/**
 * Moves past a block given the topic the detector read at its end. The gate words are looked
 * for only where the answer can change something: most blocks of a long page are neither
 * headings nor carrying a topic that could run out.
 */
export function advanceTopic(
  state: TopicState,
  block: BlockText,
  readAfter: Topic | undefined,
): TopicState {
  if (block.heading) {
    return {
      topic: readAfter,
      sinceNamed: 0,
      heldByHeading: readAfter === 'mdma' && hasGateWord(block.text),
    };
  }
  if (readAfter !== 'mdma' || state.heldByHeading) return { ...state, topic: readAfter };
  if (hasGateWord(block.text)) return { topic: readAfter, sinceNamed: 0, heldByHeading: false };
  const sinceNamed = state.sinceNamed + 1;
  // Named too far back: the paragraph's topic has run out.
  return {
    topic: sinceNamed > CARRY_BLOCKS ? undefined : readAfter,
    sinceNamed,
    heldByHeading: false,
  };
}

/** The claims of each block, read in order from `state`, and the state after the last one. */
export function detectBlocks(
  blocks: readonly BlockText[],
  state: TopicState,
): { results: BlockResult[]; state: TopicState } {
  let current = state;
  const results = blocks.map((block) => {
    const detection = detectClaimsAndTopic(block.text, { contextTopic: current.topic });
    const matches: BlockMatch[] = [];
    for (const match of detection.matches) {
      const claim = getClaim(match.claimId);
      if (claim) {
        matches.push({
          claimId: claim.id,
          verdict: claim.verdict,
          start: match.start,
          end: match.end,
        });
      }
    }
    current = advanceTopic(current, block, detection.topic);
    return { matches, topic: current.topic };
  });
  return { results, state: current };
}
