import { describe, expect, it } from 'vitest';
import { normalise } from './normalise';
import { compileRule, groupHits, matchRule } from './rules';
import { TermIndex } from './terms';
import { tokenize } from './tokenize';
import type { Rule } from '../../data/schema';

function holds(rule: Rule, text: string): boolean {
  const index = new TermIndex();
  const compiled = compileRule('x', rule, index);
  const hits = index.scan(tokenize(normalise(text).text));
  return matchRule(compiled, groupHits(hits)) !== undefined;
}

describe('matchRule', () => {
  const rule: Rule = { all: [['no longer'], ['ptsd', 'diagnos*']], window: 6 };

  it('needs a term from every group', () => {
    expect(holds(rule, 'Most no longer met the PTSD criteria')).toBe(true);
    expect(holds(rule, 'Most no longer smoked')).toBe(false);
  });

  it('respects the proximity window', () => {
    expect(holds(rule, 'They no longer came to the clinic, which had long treated PTSD')).toBe(
      false,
    );
  });

  it('fails when a none term is present', () => {
    expect(holds({ all: [['safe']], none: ['feel safe'] }, 'Patients feel safe')).toBe(false);
    expect(holds({ all: [['safe']], none: ['feel safe'] }, 'It is safe')).toBe(true);
  });

  it('does not let one stretch of text satisfy two groups', () => {
    const r: Rule = { all: [['breakthrough designation'], ['designat*']] };
    expect(holds(r, 'breakthrough designation')).toBe(false);
    expect(holds(r, 'it was designated for breakthrough designation')).toBe(true);
  });
});
