import type { Verdict } from '../data/schema';
import type { BlockResult, BlockText, TopicState } from './detector/block-types';
import { VERDICTS } from './verdicts';

/**
 * Messages between the content script, the background service worker and the popup.
 * Every receiver validates the shape with `parseMessage` and checks that the sender is this
 * extension (`isOwnSender`): pages and other extensions can reach `runtime.onMessage` in
 * some browsers, and a malformed message must be ignored, never trusted.
 */

/** One claim found on a page, as the popup and badge see it. */
export interface FoundClaim {
  claimId: string;
  verdict: Verdict;
  /** The page text that was marked. */
  exact: string;
}

export type PageStatus =
  | 'annotated' // the page was scanned; `claims` may be empty
  | 'gone' // the document was unloaded: forget what it reported
  | 'off' // the global switch is off
  | 'site-off' // annotations are off for this site
  | 'no-highlight-api'; // the browser lacks the CSS Custom Highlight API

export interface PageState {
  status: PageStatus;
  hostname: string;
  claims: FoundClaim[];
}

export type Message =
  /** content → background: what the page holds now, for the badge. */
  | { type: 'page-state'; state: PageState }
  /** popup → content: what does the page hold? Answered with a PageState. */
  | { type: 'get-page-state' }
  /** popup → content: scroll to the claim at `index` of the page's list and open its card. */
  | { type: 'reveal-claim'; index: number }
  /** background → content (keyboard command): step to the next claim and open its card. */
  | { type: 'next-claim' }
  /** popup → background: the claims of every frame of a tab, as one TabState. */
  | { type: 'get-tab-state'; tabId: number }
  /** background → content (context menu): check the selected text and show what was found. */
  | { type: 'check-selection'; text: string }
  /** content → background: the claims in runs of a page's blocks. Answered with a DetectReply. */
  | { type: 'detect'; runs: DetectRun[] };

/** Blocks in document order, and the topic in force before the first. */
export interface DetectRun {
  state: TopicState;
  blocks: BlockText[];
}

/** Per run: each block's result, and the topic state after its last block. */
export interface DetectReply {
  runs: { results: BlockResult[]; state: TopicState }[];
}

/**
 * What one `detect` message may carry. The page sends its text in pieces well under these
 * (lib/page/remote-detection.ts), so that neither side spends a long task on one message.
 */
export const MAX_DETECT_CHARS = 4_000_000;
export const MAX_DETECT_BLOCKS = 50_000;

/** Longer selections are cut: a card is about a passage, not a book. */
export const MAX_SELECTION_CHARS = 20_000;

/** A claim of a tab's list, with where to send `reveal-claim` for it. */
export interface TabClaim extends FoundClaim {
  frameId: number;
  /** The claim's index in its frame's own list. */
  index: number;
}

/** What the popup shows for a tab: the top frame's status and the claims of all its frames. */
export interface TabState {
  status: PageStatus;
  hostname: string;
  claims: TabClaim[];
}

const STATUSES: readonly PageStatus[] = [
  'annotated',
  'gone',
  'off',
  'site-off',
  'no-highlight-api',
];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isIndex(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0;
}

function isFoundClaim(value: unknown): value is FoundClaim {
  return (
    isRecord(value) &&
    typeof value.claimId === 'string' &&
    VERDICTS.includes(value.verdict as Verdict) &&
    typeof value.exact === 'string'
  );
}

function isTabClaim(value: unknown): value is TabClaim {
  return (
    isFoundClaim(value) &&
    isIndex((value as TabClaim).frameId) &&
    isIndex((value as TabClaim).index)
  );
}

/** Bounds what a receiver will walk through; far more claims than any page holds. */
const MAX_CLAIMS = 100_000;

/** A page's or a tab's state, with claims of the kind `isClaim` accepts. */
function isStateOf(value: unknown, isClaim: (claim: unknown) => boolean): boolean {
  return (
    isRecord(value) &&
    STATUSES.includes(value.status as PageStatus) &&
    typeof value.hostname === 'string' &&
    Array.isArray(value.claims) &&
    value.claims.length <= MAX_CLAIMS &&
    value.claims.every(isClaim)
  );
}

export function isTabState(value: unknown): value is TabState {
  return isStateOf(value, isTabClaim);
}

export function isPageState(value: unknown): value is PageState {
  return isStateOf(value, isFoundClaim);
}

const TOPICS: readonly (string | undefined)[] = [undefined, 'mdma', 'other'];

function isTopicState(value: unknown): value is TopicState {
  return (
    isRecord(value) &&
    TOPICS.includes(value.topic as string | undefined) &&
    isIndex(value.sinceNamed) &&
    typeof value.heldByHeading === 'boolean'
  );
}

function isBlockText(value: unknown): value is BlockText {
  return isRecord(value) && typeof value.text === 'string' && typeof value.heading === 'boolean';
}

/** Runs of well-formed blocks, within the size bounds of one message. */
function isDetectRuns(value: unknown): value is DetectRun[] {
  if (!Array.isArray(value)) return false;
  let blocks = 0;
  let chars = 0;
  for (const run of value) {
    if (!isRecord(run) || !isTopicState(run.state) || !Array.isArray(run.blocks)) return false;
    blocks += run.blocks.length;
    if (blocks > MAX_DETECT_BLOCKS || !run.blocks.every(isBlockText)) return false;
    for (const block of run.blocks as BlockText[]) chars += block.text.length;
    if (chars > MAX_DETECT_CHARS) return false;
  }
  return true;
}

/**
 * Whether a reply answers `runs`: a result for every block, each match a known verdict with
 * offsets inside its block's text.
 */
export function isDetectReply(value: unknown, runs: readonly DetectRun[]): value is DetectReply {
  if (!isRecord(value) || !Array.isArray(value.runs) || value.runs.length !== runs.length) {
    return false;
  }
  return value.runs.every((reply: unknown, r) => {
    const blocks = (runs[r] as DetectRun).blocks;
    if (!isRecord(reply) || !isTopicState(reply.state) || !Array.isArray(reply.results)) {
      return false;
    }
    if (reply.results.length !== blocks.length) return false;
    return reply.results.every((result: unknown, b) => {
      const length = (blocks[b] as BlockText).text.length;
      return (
        isRecord(result) &&
        TOPICS.includes(result.topic as string | undefined) &&
        Array.isArray(result.matches) &&
        result.matches.every(
          (m: unknown) =>
            isRecord(m) &&
            typeof m.claimId === 'string' &&
            VERDICTS.includes(m.verdict as Verdict) &&
            isIndex(m.start) &&
            isIndex(m.end) &&
            m.start < m.end &&
            m.end <= length,
        )
      );
    });
  });
}

/** Returns the message if it has a known type and a valid shape, else null. */
export function parseMessage(value: unknown): Message | null {
  if (!isRecord(value)) return null;
  switch (value.type) {
    case 'page-state':
      return isPageState(value.state) ? { type: 'page-state', state: value.state } : null;
    case 'get-page-state':
      return { type: 'get-page-state' };
    case 'reveal-claim':
      return isIndex(value.index) ? { type: 'reveal-claim', index: value.index } : null;
    case 'next-claim':
      return { type: 'next-claim' };
    case 'check-selection':
      return typeof value.text === 'string'
        ? { type: 'check-selection', text: value.text.slice(0, MAX_SELECTION_CHARS) }
        : null;
    case 'get-tab-state':
      return isIndex(value.tabId) ? { type: 'get-tab-state', tabId: value.tabId } : null;
    case 'detect':
      return isDetectRuns(value.runs) ? { type: 'detect', runs: value.runs } : null;
    default:
      return null;
  }
}

/** True when a message comes from this extension itself (not a page or another extension). */
export function isOwnSender(sender: { id?: string }, ownId: string): boolean {
  return sender.id === ownId;
}
