import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isOwnSender, MAX_SELECTION_CHARS, parseMessage, type Message } from './messages';
import { VERDICTS } from './verdicts';

// Hostile and broken messages: whatever arrives at runtime.onMessage, parsing never throws, and
// only the known messages in their exact shapes get through.

const TYPES = [
  'page-state',
  'get-page-state',
  'reveal-claim',
  'next-claim',
  'get-tab-state',
  'check-selection',
  'detect',
] as const;
const STATUSES = ['annotated', 'gone', 'off', 'site-off', 'no-highlight-api'] as const;

const junk = fc.anything({ withNullPrototype: true, withBoxedValues: true, withSparseArray: true });
const index = fc.nat({ max: Number.MAX_SAFE_INTEGER });
const notIndex = junk.filter((v) => !(Number.isSafeInteger(v) && (v as number) >= 0));

const foundClaim = fc.record({
  claimId: fc.string(),
  verdict: fc.constantFrom(...VERDICTS),
  exact: fc.string(),
});
const pageState = fc.record({
  status: fc.constantFrom(...STATUSES),
  hostname: fc.string(),
  claims: fc.array(foundClaim, { maxLength: 5 }),
});

const topicState = fc.record({
  topic: fc.constantFrom(undefined, 'mdma' as const, 'other' as const),
  sinceNamed: index,
  heldByHeading: fc.boolean(),
});
const detectRun = fc.record({
  state: topicState,
  blocks: fc.array(fc.record({ text: fc.string(), heading: fc.boolean() }), { maxLength: 4 }),
});

/** Every known message, in a valid shape. */
const validMessage: fc.Arbitrary<Message> = fc.oneof(
  pageState.map((state) => ({ type: 'page-state' as const, state })),
  fc.constant({ type: 'get-page-state' as const }),
  index.map((i) => ({ type: 'reveal-claim' as const, index: i })),
  fc.constant({ type: 'next-claim' as const }),
  index.map((tabId) => ({ type: 'get-tab-state' as const, tabId })),
  fc.string().map((text) => ({ type: 'check-selection' as const, text })),
  fc.array(detectRun, { maxLength: 3 }).map((runs) => ({ type: 'detect' as const, runs })),
);

/** Known types with a field of the wrong kind, or a page state that is not one. */
const wrongShape = fc.oneof(
  notIndex.map((i) => ({ type: 'reveal-claim', index: i })),
  notIndex.map((tabId) => ({ type: 'get-tab-state', tabId })),
  junk.filter((t) => typeof t !== 'string').map((text) => ({ type: 'check-selection', text })),
  fc
    .oneof(
      junk.filter((s) => typeof s !== 'object' || s === null),
      pageState.map((s) => ({ ...s, status: 'weird' })),
      pageState.map((s) => ({ ...s, hostname: 7 })),
      pageState.map((s) => ({ ...s, claims: 'many' })),
      fc
        .tuple(pageState, foundClaim, fc.constantFrom('claimId', 'verdict', 'exact'), junk)
        .filter(([, , , bad]) => typeof bad !== 'string')
        .map(([s, claim, key, bad]) => ({ ...s, claims: [...s.claims, { ...claim, [key]: bad }] })),
      pageState.map((s) => ({ ...s, claims: [{ claimId: 'x', verdict: 'bogus', exact: '' }] })),
    )
    .map((state) => ({ type: 'page-state', state })),
  fc
    .oneof(
      junk.filter((runs) => !Array.isArray(runs)),
      detectRun.map((run) => [{ ...run, state: { ...run.state, topic: 'lsd' } }]),
      detectRun.map((run) => [{ ...run, state: { ...run.state, sinceNamed: -1 } }]),
      detectRun.map((run) => [{ ...run, blocks: [...run.blocks, { text: 3, heading: false }] }]),
      detectRun.map((run) => [{ ...run, blocks: [{ text: '', heading: 'yes' }] }]),
    )
    .map((runs) => ({ type: 'detect', runs })),
);

describe('parseMessage on random values', () => {
  it('never throws, and what it accepts is a known message that parses to itself', () => {
    fc.assert(
      fc.property(fc.oneof(junk, validMessage, wrongShape), (raw) => {
        const message = parseMessage(raw);
        if (message === null) return;
        expect(TYPES).toContain(message.type);
        expect(parseMessage(message)).toEqual(message);
      }),
      { numRuns: 500 },
    );
  });

  it('rejects anything whose type is not a known one', () => {
    const unknownType = junk.filter((t) => !(TYPES as readonly unknown[]).includes(t));
    fc.assert(
      fc.property(unknownType, fc.dictionary(fc.string(), junk), (type, rest) => {
        expect(parseMessage({ ...rest, type })).toBeNull();
      }),
    );
  });

  it('rejects the known types in a wrong shape', () => {
    fc.assert(
      fc.property(wrongShape, (raw) => {
        expect(parseMessage(raw)).toBeNull();
      }),
    );
  });

  it('accepts every known message in a valid shape, keeping what it says', () => {
    fc.assert(
      fc.property(validMessage, (message) => {
        const parsed = parseMessage(message);
        if (message.type === 'check-selection') {
          expect(parsed).toEqual({ ...message, text: message.text.slice(0, MAX_SELECTION_CHARS) });
        } else {
          expect(parsed).toEqual(message);
        }
      }),
    );
  });
});

describe('isOwnSender on random senders', () => {
  it("never throws and is true only for this extension's id", () => {
    const sender = fc.oneof(
      fc.record({ id: junk }, { requiredKeys: [] }),
      fc.record({ id: fc.string(), url: fc.webUrl(), tab: fc.record({ id: fc.nat() }) }),
    );
    fc.assert(
      fc.property(sender, fc.string({ minLength: 1 }), (from, ownId) => {
        expect(isOwnSender(from as { id?: string }, ownId)).toBe(from.id === ownId);
      }),
    );
  });
});
