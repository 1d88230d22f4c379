import { describe, expect, it } from 'vitest';
import { detectClaims, detectClaimsAndTopic, hasGateWord, type Topic } from './index';

const topicAtEnd = (text: string, contextTopic?: Topic) =>
  detectClaimsAndTopic(text, { contextTopic }).topic;

const ids = (text: string, options?: Parameters<typeof detectClaims>[1]) =>
  detectClaims(text, options).map((m) => m.claimId);

describe('detectClaims', () => {
  it('reads a text whose first named drug is MDMA as about MDMA from its start', () => {
    const claim = 'In the second phase 3 study, 71% no longer met the criteria for PTSD.';
    expect(detectClaims(`${claim} The drug, MDMA, is also known as ecstasy.`)).toHaveLength(1);
    expect(detectClaims(`${claim} The drug was psilocybin, not MDMA.`)).toEqual([]);
    expect(detectClaims(`${claim} MDMA was tested too.`, { contextTopic: 'other' })).toEqual([]);
    // Within its line only: a long text file does not become about MDMA from its first line.
    expect(detectClaims(`${claim}\nThe drug, MDMA, is also known as ecstasy.`)).toEqual([]);
  });

  it('finds an approval claim and returns the sentence with its anchor', () => {
    const text = 'Intro line. The FDA approved MDMA therapy in 2025. Outro.';
    const [match] = detectClaims(text);
    expect(match?.claimId).toBe('fda-approved');
    expect(text.slice(match?.start, match?.end)).toBe('The FDA approved MDMA therapy in 2025.');
    expect(match?.quote).toEqual({
      exact: 'The FDA approved MDMA therapy in 2025.',
      prefix: 'Intro line. ',
      suffix: ' Outro.',
    });
    expect(match?.score).toBeGreaterThan(0);
    expect(match?.score).toBeLessThanOrEqual(1);
  });

  it('maps a denial of approval to fda-not-approved', () => {
    expect(ids('The FDA has not approved MDMA.')).toEqual(['fda-not-approved']);
    expect(ids("The FDA hasn't approved MDMA-assisted therapy yet.")).toEqual(['fda-not-approved']);
  });

  it('asserts nothing in a question', () => {
    expect(ids('Has the FDA approved MDMA?')).toEqual([]);
  });

  it('ignores the same words about another drug', () => {
    expect(ids('The FDA approved esketamine in 2019.')).toEqual([]);
  });

  it('lets a sentence without a drug inherit the topic', () => {
    expect(ids('MDMA is in the news. The FDA approved it last year.')).toEqual(['fda-approved']);
    expect(ids('The FDA approved it last year.')).toEqual([]);
    expect(ids('The FDA approved it last year.', { contextTopic: 'mdma' })).toEqual([
      'fda-approved',
    ]);
    expect(ids('The FDA approved it last year.', { contextTopic: 'other' })).toEqual([]);
  });

  it('re-exports the gate', () => {
    expect(hasGateWord('molly')).toBe(true);
  });
});

describe('the topic at the end of a text', () => {
  const claim = 'In a phase 3 trial, 67% no longer qualified for a PTSD diagnosis.';

  it('hands the topic of a heading on to the next block', () => {
    const mdma = topicAtEnd('What MDMA-assisted therapy can do');
    expect(mdma).toBe('mdma');
    expect(detectClaims(claim, { contextTopic: mdma }).map((m) => m.claimId)).toEqual([
      'ptsd-loss-of-diagnosis',
    ]);
    const psilocybin = topicAtEnd('Psilocybin therapy', mdma);
    expect(psilocybin).toBe('other');
    expect(detectClaims(claim, { contextTopic: psilocybin })).toEqual([]);
  });

  it('keeps the topic across blocks that name no drug', () => {
    expect(topicAtEnd('Sessions last about eight hours.', 'mdma')).toBe('mdma');
    expect(topicAtEnd('Sessions last about eight hours.', 'other')).toBe('other');
    expect(topicAtEnd('Sessions last about eight hours.')).toBeUndefined();
    expect(topicAtEnd('', 'mdma')).toBe('mdma');
  });

  it('ends with the last drug named, as detectClaims scopes it', () => {
    expect(topicAtEnd('Ketamine is fast. MDMA is slower.')).toBe('mdma');
    expect(topicAtEnd('MDMA is slow. Ketamine is fast.')).toBe('other');
    expect(topicAtEnd('We studied psilocybin, not MDMA.', 'mdma')).toBe('other');
  });

  it('agrees with detectClaims on what the next sentence inherits', () => {
    const first = 'MDMA was given twice. Then the trial ended.';
    const next = 'It reduced PTSD symptoms.';
    const joined = detectClaims(`${first} ${next}`).map((m) => m.claimId);
    const split = detectClaims(next, { contextTopic: topicAtEnd(first) }).map((m) => m.claimId);
    expect(joined).toEqual(['ptsd-efficacy']);
    expect(split).toEqual(joined);
  });
});
