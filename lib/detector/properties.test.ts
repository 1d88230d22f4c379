import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLAIMS } from '../../data/claims/index';
import { buildEngine } from './engine';
import { detectClaims, detectClaimsAndTopic, detectWith } from './index';

const KNOWN = new Set(CLAIMS.map((c) => c.id));

/** Words the rules and the pipeline react to, so random text reaches every stage. */
const VOCABULARY = [
  'MDMA',
  'MDMA-AT',
  'ecstasy',
  'molly',
  'psilocybin',
  'ketamine',
  'SSRIs',
  'PTSD',
  'FDA',
  'approved',
  'not',
  "isn't",
  'no evidence that',
  'whether',
  'unlike',
  'and',
  'no longer',
  'two-thirds',
  'sixty-seven per cent',
  '67%',
  'one in three',
  'remission',
  'cured',
  'reduced',
  'symptoms',
  'placebo',
  'addictive',
  'Schedule I',
  'Dr.',
  'U.S.',
  ',',
  ';',
  '.',
  '?',
  '!',
  '\n',
  '(',
  ')',
  '\u2019',
  '\u2014',
  '\u00ad',
  '\ud800',
  '\u0301',
];

const sentenceLike = fc
  .array(fc.constantFrom(...VOCABULARY), { maxLength: 40 })
  .map((words) => words.join(' '));
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  sentenceLike,
);

describe('detectClaims properties', () => {
  it('never throws and returns well-formed matches for any text and context', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(undefined, 'mdma', 'other'), (text, contextTopic) => {
        const matches = detectClaims(text, contextTopic ? { contextTopic } : {});
        for (const m of matches) {
          expect(KNOWN.has(m.claimId)).toBe(true);
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.start).toBeLessThan(m.end);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(m.quote.exact).toBe(text.slice(m.start, m.end));
          expect(m.quote.prefix).toBe(text.slice(Math.max(0, m.start - 32), m.start));
          expect(m.quote.suffix).toBe(text.slice(m.end, m.end + 32));
          expect(m.score).toBeGreaterThan(0);
          expect(m.score).toBeLessThanOrEqual(1);
        }
        // One match per claim and sentence, in text order.
        const keys = matches.map((m) => `${m.start}:${m.claimId}`);
        expect(new Set(keys).size).toBe(keys.length);
        const starts = matches.map((m) => m.start);
        expect(starts).toEqual([...starts].sort((a, b) => a - b));
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('finds nothing in text that names no drug, without a context topic', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        fc.pre(!/mdma|ecsta|molly|midomafetamine|methylenedioxy/i.test(text));
        expect(detectClaims(text)).toEqual([]);
      }),
    );
  });

  it('the topic at the end never throws and is a known topic', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(undefined, 'mdma', 'other'), (text, start) => {
        expect([undefined, 'mdma', 'other']).toContain(
          detectClaimsAndTopic(text, { contextTopic: start }).topic,
        );
      }),
    );
  });
});

describe('detector work grows linearly', () => {
  /**
   * Work is counted, not timed: tokens scanned plus term hits handed to the rules, through an
   * engine whose scan is wrapped. Doubling an input must about double it, whatever the unit.
   */
  const engine = buildEngine(CLAIMS);
  const scan = engine.index.scan.bind(engine.index);
  let work = 0;
  engine.index.scan = (tokens) => {
    const hits = scan(tokens);
    work += tokens.length + hits.length;
    return hits;
  };
  const workOn = (text: string) => {
    work = 0;
    detectWith(engine, text, { contextTopic: 'mdma' });
    return work;
  };

  it('on repeated adversarial units', () => {
    fc.assert(
      fc.property(sentenceLike, (unit) => {
        fc.pre(unit.trim().length > 0);
        // Several ~4 kB blocks either way, so that a block boundary or the prefilter's extra
        // scan of a block (a bounded factor) cannot show up as growth.
        const times = Math.ceil(16_000 / unit.length);
        const once = workOn(unit.repeat(times));
        const twice = workOn(unit.repeat(2 * times));
        expect(twice).toBeLessThanOrEqual(once * 2.5 + 100);
      }),
      { numRuns: 25 },
    );
  }, 60_000);

  it('on a megabyte of dense claims, within a generous bound', () => {
    const unit = 'MDMA therapy reduced PTSD symptoms, and 67% no longer had PTSD; it was safe. ';
    const text = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const started = performance.now();
    const matches = detectClaims(text);
    // Only a quadratic blow-up could break this; a regression to it would take minutes.
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(matches.length).toBeGreaterThan(10_000);
    expect(workOn(text + text)).toBeLessThanOrEqual(workOn(text) * 2.1);
  }, 60_000);
});
