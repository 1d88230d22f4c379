import { describe, expect, it } from 'vitest';
import { CLAIMS } from '../data/claims/index';
import { createClaimSearch, foldForSearch, type SearchableClaim } from './claim-search';

const claim = (id: string, fields: Partial<SearchableClaim> = {}): SearchableClaim => ({
  id,
  title: '',
  summary: '',
  explanation: '',
  verdict: 'supported',
  ...fields,
});

const ids = (claims: readonly SearchableClaim[]) => claims.map((c) => c.id);

describe('createClaimSearch', () => {
  const search = createClaimSearch([
    claim('alpha', { title: 'MDMA releases serotonin', verdict: 'supported' }),
    claim('beta', { summary: 'Trials were hard to blind.', verdict: 'needs-context' }),
    claim('gamma', { explanation: '<p>A <strong>thérapie</strong> note.</p>', verdict: 'false' }),
  ]);

  it('gives every claim, in dataset order, for an empty query and all verdicts', () => {
    expect(ids(search({ query: '  ', verdict: 'all' }))).toEqual(['alpha', 'beta', 'gamma']);
  });

  it('finds words in the id, title, summary and explanation, ignoring case and accents', () => {
    expect(ids(search({ query: 'ALPHA', verdict: 'all' }))).toEqual(['alpha']);
    expect(ids(search({ query: 'serotonin', verdict: 'all' }))).toEqual(['alpha']);
    expect(ids(search({ query: 'blind', verdict: 'all' }))).toEqual(['beta']);
    expect(ids(search({ query: 'Therapie', verdict: 'all' }))).toEqual(['gamma']);
  });

  it('needs every word, in any order', () => {
    expect(ids(search({ query: 'serotonin mdma', verdict: 'all' }))).toEqual(['alpha']);
    expect(ids(search({ query: 'serotonin blind', verdict: 'all' }))).toEqual([]);
  });

  it('puts claims named by the words (id or title) before the others', () => {
    const ranked = createClaimSearch([
      claim('one', { summary: 'Mentions a retracted paper.' }),
      claim('retracted-studies', { title: 'Studies were retracted' }),
      claim('three', { explanation: '<p>Retracted too.</p>' }),
    ]);
    expect(ids(ranked({ query: 'retracted', verdict: 'all' }))).toEqual([
      'retracted-studies',
      'one',
      'three',
    ]);
  });

  it('does not match the markup of explanations', () => {
    expect(ids(search({ query: 'strong', verdict: 'all' }))).toEqual([]);
    expect(ids(search({ query: '<p>', verdict: 'all' }))).toEqual([]);
  });

  it('filters by verdict, alone or with words', () => {
    expect(ids(search({ query: '', verdict: 'needs-context' }))).toEqual(['beta']);
    expect(ids(search({ query: 'serotonin', verdict: 'false' }))).toEqual([]);
  });

  it('finds the retracted-studies card in the real dataset by one word', () => {
    const found = ids(createClaimSearch(CLAIMS)({ query: 'retracted', verdict: 'all' }));
    expect(found[0]).toBe('retracted-studies');
    expect(found.length).toBeLessThan(CLAIMS.length);
  });
});

describe('foldForSearch', () => {
  it('lower-cases and drops accents', () => {
    expect(foldForSearch('Ökologie THÉRAPIE')).toBe('okologie therapie');
  });
});
