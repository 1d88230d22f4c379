import { describe, expect, it } from 'vitest';
import { detectClaims, hasGateWord } from './index';

const ids = (text: string, options?: Parameters<typeof detectClaims>[1]) =>
  detectClaims(text, options).map((m) => m.claimId);

describe('detectClaims', () => {
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
