import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLAIMS } from '../../data/claims/index';
import type { Claim } from '../../data/schema';
import { buildEngine } from './engine';
import { hasGateWord } from './gate';
import { detectWith } from './index';
import { normaliseText } from './normalise';
import { NUMBER_ENDS, NUMBER_STARTS } from './numbers';
import { segmentSentences } from './segment';
import { analyseSentence } from './sentence';
import { tokenize } from './tokenize';
import type { Topic } from './topic';
import { MDMA_TERMS, OTHER_DRUG_TERMS } from './topic';

const engine = buildEngine(CLAIMS);

/** What the prefilter stands in for: a term of another drug, or of every group of a rule. */
function termsMayFire(text: string): boolean {
  const present = new Set<number>();
  for (const hit of engine.index.scan(tokenize(normaliseText(text)))) {
    if (engine.otherDrugTerms.has(hit.term)) return true;
    present.add(hit.term);
  }
  return [...engine.claims.values()].some((claim) =>
    claim.rules.some((rule) => rule.groups.every((group) => group.some((t) => present.has(t)))),
  );
}

/** The same engine with the filter taken out, so that no sentence is skipped. */
const unfiltered = { ...engine, blockFilter: { mayMatter: () => true } };

/** Every sentence analysed on an inherited MDMA topic, with nothing skipped. */
function fullPath(text: string): { claims: number; topic: Topic | undefined } {
  let topic: Topic | undefined = 'mdma';
  let claims = 0;
  for (const span of segmentSentences(text)) {
    const result = analyseSentence(unfiltered, text.slice(span.start, span.end), topic);
    topic = result.topic;
    claims += result.claims.length;
  }
  return { claims, topic };
}

const sentences = CLAIMS.flatMap((c) => [...c.examples.match, ...c.examples.nearMiss]);
/** The same sentences with MDMA's names taken out, as in a paragraph that inherits the topic. */
const GATE_NAMES = /\b(?:mdma|ecstasy|ecstacy|molly|midomafetamine)\b(?:-assisted)?/gi;
const unnamed = sentences.map((s) => s.replace(GATE_NAMES, 'the drug'));

/** Words of the rules (a prefix term with and without an ending), drug names, number words. */
const ruleWords = CLAIMS.flatMap((c) =>
  c.recognition.rules.flatMap((r) => [...r.all.flat(), ...(r.none ?? [])]),
).flatMap((term) => term.split(/\s+/));
const words = [
  ...new Set([
    ...ruleWords.filter((w) => !w.startsWith('#')).map((w) => w.replace(/\*$/, '')),
    ...ruleWords.filter((w) => w.endsWith('*')).map((w) => `${w.slice(0, -1)}ed`),
    ...MDMA_TERMS.flatMap((t) => t.split(' ')),
    ...OTHER_DRUG_TERMS.flatMap((t) => t.replace('*', 's').split(' ')),
    ...NUMBER_STARTS,
    ...NUMBER_ENDS,
    ...['of', 'in', 'out', 'per', 'the', 'on', 'by', 'next', 'year', 'years'],
  ]),
];
const numbers = fc.oneof(
  fc.nat(2030).map(String),
  fc.constantFrom('67%', '67 %', '1,000', '86.5', '86,5', 'x2', 'covid19', '\u00bd', '\u0663'),
);
/** Separators, including ones the normaliser folds or drops, and none at all (glued words). */
const gaps = fc.constantFrom(
  ' ',
  ' ',
  ' ',
  '',
  '-',
  ', ',
  '. ',
  '? ',
  '; ',
  '\n',
  ' (',
  ') ',
  '\u2013',
  ' \u2014 ',
  '\u201c',
  '\u201d ',
  '\u2019',
  "'",
  '\u00a0',
  '\u00ad',
  '\u200b',
  '\u2026',
  '\u00e9',
  '\u212a',
  '\t',
  '\u0010',
  '@',
  '`',
  '{',
);
/** A term of the rules or a drug name written out, its words joined by any of `gaps`. */
const allTerms = [
  ...new Set([
    ...CLAIMS.flatMap((c) => c.recognition.rules.flatMap((r) => r.all.flat())),
    ...OTHER_DRUG_TERMS,
  ]),
];
const termWord = (word: string) =>
  word === '#pct'
    ? fc.constantFrom('67%', 'two-thirds', 'sixty-seven per cent', 'half')
    : word.startsWith('#num')
      ? numbers
      : fc.constantFrom(word.replace(/\*$/, ''), word.replace(/\*$/, 'ed'));
const term = fc
  .constantFrom(...allTerms)
  .chain((t) => fc.tuple(...t.split(/\s+/).map((w) => fc.tuple(termWord(w), gaps))))
  .map((parts) => parts.map(([w, g]) => w + g).join(''));
const piece = fc.oneof(
  { weight: 3, arbitrary: term },
  { weight: 2, arbitrary: fc.constantFrom(...unnamed) },
  { weight: 1, arbitrary: fc.constantFrom(...sentences) },
  { weight: 6, arbitrary: fc.constantFrom(...words) },
  { weight: 2, arbitrary: numbers },
);
const casing = fc.constantFrom(
  (s: string) => s,
  (s: string) => s.toUpperCase(),
  (s: string) => s.charAt(0).toUpperCase() + s.slice(1),
);
const text = fc
  .array(fc.tuple(piece, casing, gaps), { minLength: 1, maxLength: 30 })
  .map((parts) => parts.map(([p, c, g]) => c(p) + g).join(''));

describe('BlockFilter', () => {
  it('never rejects a text where a drug name or a whole rule can hit', () => {
    let accepted = 0;
    let rejected = 0;
    fc.assert(
      fc.property(text, (t) => {
        const may = engine.blockFilter.mayMatter(t);
        if (termsMayFire(t)) {
          accepted += 1;
          expect(may).toBe(true);
        } else if (!may) rejected += 1;
      }),
      { numRuns: 3000 },
    );
    // Both sides must be well exercised for the property to mean something.
    expect(accepted).toBeGreaterThan(300);
    expect(rejected).toBeGreaterThan(300);
  }, 60_000);

  it('never rejects a text where the full path finds a claim or changes the topic', () => {
    fc.assert(
      fc.property(text, (t) => {
        fc.pre(!hasGateWord(t) && !engine.blockFilter.mayMatter(t));
        expect(fullPath(t)).toEqual({ claims: 0, topic: 'mdma' });
      }),
      { numRuns: 1000 },
    );
  }, 60_000);

  it('leaves every detection as it is without the filter', () => {
    fc.assert(
      fc.property(
        fc.array(text, { minLength: 1, maxLength: 4 }),
        fc.constantFrom(undefined, 'mdma', 'other'),
        (paragraphs, contextTopic) => {
          const page = paragraphs.join('\n');
          expect(detectWith(engine, page, { contextTopic })).toEqual(
            detectWith(unfiltered, page, { contextTopic }),
          );
        },
      ),
      { numRuns: 500 },
    );
  }, 60_000);

  it('needs adjacent words for a phrase and a number next to a word', () => {
    const filter = buildEngine([
      {
        id: 'x',
        recognition: { rules: [{ all: [['on the market'], ['by #num']] }], negation: 'drop' },
      } as Claim,
    ]).blockFilter;
    expect(filter.mayMatter('It will be on the market by 2027.')).toBe(true);
    expect(filter.mayMatter('On the market, by twenty-seven.')).toBe(true);
    expect(filter.mayMatter('The market is on the hill, by the bay, 2027.')).toBe(false);
    expect(filter.mayMatter('On the market by the year two thousand.')).toBe(false);
  });

  it('lets a phrase of two numbers through wherever there is a number', () => {
    const filter = buildEngine([
      { id: 'x', recognition: { rules: [{ all: [['#num #pct']] }], negation: 'drop' } } as Claim,
    ]).blockFilter;
    expect(filter.mayMatter('3 67%')).toBe(true);
    expect(filter.mayMatter('three two-thirds')).toBe(true);
    expect(filter.mayMatter('no number here')).toBe(false);
  });
});
