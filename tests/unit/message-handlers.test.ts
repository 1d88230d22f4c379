// @vitest-environment jsdom
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import background from '../../entrypoints/background';
import { registerModule, type Annotator } from '../../entrypoints/content/lazy-modules';
import contentScript from '../../entrypoints/content/index';
import { parseMessage } from '../../lib/messages';

// As in entrypoints/options/Options.test.tsx: WXT's `wxt/browser` alias loads esbuild, which
// refuses to start under jsdom; the fake browser is all these handlers need.
vi.mock('wxt/browser', async () => ({
  browser: (await import('wxt/testing/fake-browser')).fakeBrowser,
}));

// The real listeners of the content script and the background, fed messages of the wrong shape
// or from another sender (a page or another extension, where a browser lets them reach
// runtime.onMessage). Each test counts what the handlers did: replies, annotator work, badge
// and storage writes, messages sent on. None may happen; a well-formed message from the
// extension itself, sent last, shows that the counters do see real work.

const DETECT_STATE = { sinceNamed: 0, heldByHeading: false };
const OWN = () => ({ id: fakeBrowser.runtime.id, tab: { id: 4 } as never, frameId: 0 });
const junk = fc.anything({ withNullPrototype: true, withBoxedValues: true });
const malformed = junk.filter((value) => parseMessage(value) === null);
const wellFormed = fc.constantFrom<unknown>(
  { type: 'get-page-state' },
  { type: 'reveal-claim', index: 0 },
  { type: 'next-claim' },
  { type: 'get-tab-state', tabId: 4 },
  { type: 'check-selection', text: 'The FDA approved MDMA.' },
  { type: 'page-state', state: { status: 'annotated', hostname: 'a.org', claims: [] } },
  { type: 'detect', runs: [{ state: DETECT_STATE, blocks: [{ text: 'MDMA', heading: false }] }] },
);
const otherSender = fc.oneof(
  fc.constant({}),
  fc
    .string()
    .filter((id) => id !== fakeBrowser.runtime.id)
    .map((id) => ({ id })),
  fc.webUrl().map((url) => ({ url, tab: { id: 4 }, frameId: 0 })),
);

/** Feeds messages to every onMessage listener and counts the replies they give. */
async function replies(messages: readonly [unknown, object][]): Promise<number> {
  let count = 0;
  for (const [message, sender] of messages) {
    const results = await fakeBrowser.runtime.onMessage.trigger(message, sender as never);
    count += results.filter((result) => result !== undefined).length;
  }
  return count;
}

const hostileMessages = fc.array(
  fc.oneof(
    fc.tuple(malformed, fc.constant(null).map(OWN)),
    fc.tuple(wellFormed, otherSender),
    fc.tuple(malformed, otherSender),
  ),
  { minLength: 1, maxLength: 20 },
);

beforeEach(() => fakeBrowser.reset());
afterEach(() => vi.restoreAllMocks());

describe('content script message handling', () => {
  it('acts on no malformed or foreign message', async () => {
    const work = { created: 0, handled: 0 };
    registerModule('annotator', () => {
      work.created++;
      return {
        apply: async () => undefined,
        handle: () => (work.handled++, true),
        stop: () => undefined,
      } satisfies Annotator;
    });
    const ctx = new ContentScriptContext('content');
    await contentScript.main(ctx);

    await fc.assert(
      fc.asyncProperty(hostileMessages, async (messages) => {
        Object.assign(work, { created: 0, handled: 0 }); // counts per run, for clear shrinking
        expect(await replies(messages)).toBe(0);
        expect(work).toEqual({ created: 0, handled: 0 });
      }),
      { numRuns: 50 },
    );

    // The same handler answers its own extension.
    expect(await replies([[{ type: 'get-page-state' }, OWN()]])).toBe(1);
    expect(await replies([[{ type: 'check-selection', text: 'MDMA' }, OWN()]])).toBe(1);
    expect(work).toEqual({ created: 1, handled: 1 });
    ctx.abort();
  });
});

describe('background message handling', () => {
  it('acts on no malformed or foreign message', async () => {
    // The fake browser has no context menus or commands; the handler under test needs neither.
    Object.assign(fakeBrowser, {
      contextMenus: { create: vi.fn(), onClicked: { addListener: vi.fn() } },
      commands: { onCommand: { addListener: vi.fn() } },
    });
    const badge = vi.spyOn(fakeBrowser.action, 'setBadgeText');
    const stored = vi.spyOn(fakeBrowser.storage.session, 'set');
    const sent = vi.spyOn(fakeBrowser.tabs, 'sendMessage');
    background.main();

    await fc.assert(
      fc.asyncProperty(hostileMessages, async (messages) => {
        for (const spy of [badge, stored, sent]) spy.mockClear(); // counts per run
        expect(await replies(messages)).toBe(0);
        await new Promise((resolve) => setTimeout(resolve, 0)); // let any queued report run
        expect([badge.mock.calls.length, stored.mock.calls.length, sent.mock.calls.length]).toEqual(
          [0, 0, 0],
        );
      }),
      { numRuns: 50 },
    );

    const state = { status: 'annotated', hostname: 'a.org', claims: [] };
    expect(await replies([[{ type: 'page-state', state }, OWN()]])).toBe(0); // no reply needed
    await vi.waitFor(() => expect(badge).toHaveBeenCalledTimes(1));
    expect(stored).toHaveBeenCalledTimes(1);
    expect(await replies([[{ type: 'get-tab-state', tabId: 4 }, OWN()]])).toBe(1);
    const blocks = [{ text: 'The FDA approved MDMA-assisted therapy.', heading: false }];
    const [reply] = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'detect', runs: [{ state: DETECT_STATE, blocks }] },
      OWN() as never,
    );
    expect(reply).toMatchObject({
      runs: [{ results: [{ matches: [{ claimId: 'fda-approved' }] }] }],
    });
  });
});
