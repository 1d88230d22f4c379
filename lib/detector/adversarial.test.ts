import { describe, expect, it } from 'vitest';
import { detectClaims } from './index';

/**
 * The detector must stay linear whatever the page holds. No wall-clock assertions beyond a
 * generous bound that only an exponential or quadratic blow-up would break.
 */
const BOUND_MS = 10_000;

function check(text: string) {
  const started = performance.now();
  const matches = detectClaims(text, { contextTopic: 'mdma' });
  expect(performance.now() - started).toBeLessThan(BOUND_MS);
  for (const m of matches) {
    expect(m.start).toBeGreaterThanOrEqual(0);
    expect(m.end).toBeLessThanOrEqual(text.length);
    expect(m.start).toBeLessThanOrEqual(m.end);
    expect(m.quote.exact).toBe(text.slice(m.start, m.end));
  }
  return matches;
}

describe('adversarial input', () => {
  it('handles 1 MB without spaces', () => {
    check('a'.repeat(1_000_000));
    check('MDMA'.repeat(250_000));
  });

  it('handles 100 000 repetitions of the drug name', () => {
    check('MDMA '.repeat(100_000));
    check('The FDA approved MDMA '.repeat(20_000));
  });

  it('handles deeply repeated punctuation', () => {
    check('MDMA' + '.'.repeat(200_000) + '?!'.repeat(100_000) + ',;'.repeat(100_000));
    check('((((('.repeat(50_000) + 'MDMA cures PTSD' + ')))))'.repeat(50_000));
    check('not '.repeat(50_000) + 'MDMA is addictive');
  });

  it('handles mixed scripts, combining marks and lone surrogates', () => {
    const mixed = 'MDMA Экстази 摇头丸 إكستاسي एमडीएमए \u0301\u0301 \ud800 two-thirds 67٪ ';
    check(mixed.repeat(10_000));
  });

  it('still finds claims in a long text', () => {
    const page = 'MDMA therapy reduced PTSD symptoms in the trial. '.repeat(5_000);
    expect(check(page)).toHaveLength(5_000);
  });
});
