import { describe, expect, it } from 'vitest';
import { isDetectReply, isOwnSender, MAX_DETECT_CHARS, parseMessage } from './messages';

describe('parseMessage', () => {
  it('accepts the known messages', () => {
    expect(parseMessage({ type: 'get-page-state' })).toEqual({ type: 'get-page-state' });
    expect(parseMessage({ type: 'reveal-claim', index: 2 })).toEqual({
      type: 'reveal-claim',
      index: 2,
    });
    expect(parseMessage({ type: 'next-claim' })).toEqual({ type: 'next-claim' });
    expect(parseMessage({ type: 'check-selection', text: 'x'.repeat(30_000) })).toEqual({
      type: 'check-selection',
      text: 'x'.repeat(20_000),
    });
    expect(parseMessage({ type: 'get-tab-state', tabId: 7 })).toEqual({
      type: 'get-tab-state',
      tabId: 7,
    });
    const state = {
      status: 'annotated',
      hostname: 'example.org',
      claims: [{ claimId: 'fda-approved', verdict: 'false', exact: 'FDA approved' }],
    };
    expect(parseMessage({ type: 'page-state', state })).toEqual({ type: 'page-state', state });
  });

  it('rejects unknown types and wrong shapes', () => {
    const bad = [
      null,
      'get-page-state',
      [],
      { type: 'nope' },
      { type: 'reveal-claim', index: -1 },
      { type: 'reveal-claim', index: 1.5 },
      { type: 'reveal-claim', index: '1' },
      { type: 'get-tab-state', tabId: 'x' },
      { type: 'get-tab-state' },
      { type: 'check-selection', text: 5 },
      { type: 'page-state', state: { status: 'weird', hostname: 'a', claims: [] } },
      { type: 'page-state', state: { status: 'off', hostname: 'a', claims: [{ claimId: 1 }] } },
    ];
    for (const message of bad) expect(parseMessage(message)).toBeNull();
  });
});

describe('detect messages', () => {
  const state = { topic: 'mdma' as const, sinceNamed: 0, heldByHeading: true };
  const runs = [{ state, blocks: [{ text: 'The FDA approved MDMA.', heading: false }] }];

  it('are bounded in size', () => {
    expect(parseMessage({ type: 'detect', runs })).toEqual({ type: 'detect', runs });
    const huge = [{ state, blocks: [{ text: 'x'.repeat(MAX_DETECT_CHARS + 1), heading: false }] }];
    expect(parseMessage({ type: 'detect', runs: huge })).toBeNull();
  });

  it('accept a reply only when it answers every block with offsets inside it', () => {
    const match = { claimId: 'fda-approved', verdict: 'false', start: 0, end: 22 };
    const reply = (m: object, extra = {}) => ({
      runs: [{ state, results: [{ matches: [m], topic: 'mdma' }], ...extra }],
    });
    expect(isDetectReply(reply(match), runs)).toBe(true);
    expect(isDetectReply(reply({ ...match, end: 23 }), runs)).toBe(false);
    expect(isDetectReply(reply({ ...match, start: 22 }), runs)).toBe(false);
    expect(isDetectReply(reply({ ...match, verdict: 'maybe' }), runs)).toBe(false);
    expect(isDetectReply(reply(match, { state: null }), runs)).toBe(false);
    expect(isDetectReply({ runs: [] }, runs)).toBe(false);
    expect(isDetectReply({ runs: [{ state, results: [] }] }, runs)).toBe(false);
    expect(isDetectReply(undefined, runs)).toBe(false);
  });
});

describe('isOwnSender', () => {
  it('accepts only this extension', () => {
    expect(isOwnSender({ id: 'abc' }, 'abc')).toBe(true);
    expect(isOwnSender({ id: 'other' }, 'abc')).toBe(false);
    expect(isOwnSender({}, 'abc')).toBe(false);
  });
});
