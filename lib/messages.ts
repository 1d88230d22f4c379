import type { Verdict } from '../data/schema';

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
  | { type: 'reveal-claim'; index: number };

const STATUSES: readonly PageStatus[] = ['annotated', 'off', 'site-off', 'no-highlight-api'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFoundClaim(value: unknown): value is FoundClaim {
  return (
    isRecord(value) &&
    typeof value.claimId === 'string' &&
    typeof value.verdict === 'string' &&
    typeof value.exact === 'string'
  );
}

export function isPageState(value: unknown): value is PageState {
  return (
    isRecord(value) &&
    STATUSES.includes(value.status as PageStatus) &&
    typeof value.hostname === 'string' &&
    Array.isArray(value.claims) &&
    value.claims.length <= 100_000 &&
    value.claims.every(isFoundClaim)
  );
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
      return Number.isInteger(value.index) && (value.index as number) >= 0
        ? { type: 'reveal-claim', index: value.index as number }
        : null;
    default:
      return null;
  }
}

/** True when a message comes from this extension itself (not a page or another extension). */
export function isOwnSender(sender: { id?: string }, ownId: string): boolean {
  return sender.id === ownId;
}
