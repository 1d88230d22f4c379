import type { Verdict } from '../../data/schema';
import type { Topic } from './topic';

export type { Topic } from './topic';

// The shapes that go between a page and the detector in the background (blocks.ts), with no
// code of the detector: the page's scripts import these without pulling the rules in.

/** One block of a page: its text, and whether it is a heading. */
export interface BlockText {
  text: string;
  heading: boolean;
}

/** Where the topic stands between two blocks. */
export interface TopicState {
  topic?: Topic;
  /** Blocks since MDMA was last named, while the topic is not held by a heading. */
  sinceNamed: number;
  heldByHeading: boolean;
}

/** A claim found in a block: UTF-16 offsets into its text, end exclusive. */
export interface BlockMatch {
  claimId: string;
  verdict: Verdict;
  start: number;
  end: number;
}

export interface BlockResult {
  matches: BlockMatch[];
  /** The topic in force after the block (what a block inserted right after it starts from). */
  topic?: Topic;
}

/** The state before a block whose only known context is the topic in force before it. */
export function stateFrom(topic: Topic | undefined): TopicState {
  return { topic, sinceNamed: 0, heldByHeading: false };
}
