import { describe, expect, it } from 'vitest';
import { normalise } from './normalise';
import { TermIndex } from './terms';
import { tokenize } from './tokenize';

function found(terms: string[], text: string): string[] {
  const index = new TermIndex();
  const ids = terms.map((t) => index.add(t));
  const tokens = tokenize(normalise(text).text);
  return index.scan(tokens).map((hit) => terms[ids.indexOf(hit.term)] as string);
}

describe('TermIndex', () => {
  it('matches words and phrases on whole tokens', () => {
    expect(found(['no longer', 'ptsd'], 'They no longer had PTSD')).toEqual(['no longer', 'ptsd']);
    expect(found(['ptsd'], 'cptsdx')).toEqual([]);
  });

  it('matches prefixes marked with *', () => {
    expect(found(['approv*'], 'approved approval disapproved')).toEqual(['approv*', 'approv*']);
  });

  it('matches percentages and numbers in any written form', () => {
    expect(found(['#pct'], 'two-thirds, 67 percent, 71.2%')).toEqual(['#pct', '#pct', '#pct']);
    expect(found(['#num>=6 months'], 'two months, six months, 12 months')).toEqual([
      '#num>=6 months',
      '#num>=6 months',
    ]);
  });

  it('normalises the rule text like the page text', () => {
    expect(found(['well-tolerated', "isn't"], 'Well tolerated; it isn\u2019t')).toEqual([
      'well-tolerated',
      "isn't",
    ]);
  });

  it('gives one id per distinct term', () => {
    const index = new TermIndex();
    expect(index.add('FDA')).toBe(index.add('fda'));
  });
});
