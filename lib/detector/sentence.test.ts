import { describe, expect, it } from 'vitest';
import type { Claim } from '../../data/schema';
import { buildEngine } from './engine';
import { analyseSentence, blockMayMatter } from './sentence';

/** A two-claim catalogue is enough to test topic, negation and precedence in isolation. */
const claim = (id: string, recognition: Claim['recognition']) => ({ id, recognition }) as Claim;
const engine = buildEngine([
  claim('works', { rules: [{ all: [['reduc*'], ['ptsd']], window: 8 }], negation: 'drop' }),
  claim('approved', {
    rules: [{ all: [['fda'], ['approved']] }],
    negation: { mapsTo: 'denied' },
  }),
  claim('denied', { rules: [{ all: [['rejected']] }], negation: 'drop' }),
  claim('cured', { rules: [{ all: [['cured']] }], negation: 'drop', yieldsTo: ['works'] }),
  claim('calm', { rules: [{ all: [['no fear']], negatable: false }], negation: 'drop' }),
  claim('oxytocin', { rules: [{ all: [['oxytocin']] }], negation: 'drop' }),
]);
const ids = (sentence: string, inherited?: 'mdma' | 'other') =>
  analyseSentence(engine, sentence, inherited).claims.map((c) => c.claimId);

describe('analyseSentence', () => {
  it('needs MDMA named or inherited', () => {
    expect(ids('MDMA reduced PTSD symptoms.')).toEqual(['works']);
    expect(ids('It reduced PTSD symptoms.')).toEqual([]);
    expect(ids('It reduced PTSD symptoms.', 'mdma')).toEqual(['works']);
  });

  it('rejects the same words about another drug, even after an MDMA sentence', () => {
    expect(ids('Psilocybin reduced PTSD symptoms.', 'mdma')).toEqual([]);
    expect(ids('Psilocybin did little, but MDMA reduced PTSD symptoms.')).toEqual(['works']);
    expect(ids('MDMA did little, but psilocybin reduced PTSD symptoms.')).toEqual([]);
  });

  it('reports the topic the next sentence inherits', () => {
    expect(analyseSentence(engine, 'Ketamine is different.', 'mdma').topic).toBe('other');
    expect(analyseSentence(engine, 'Nothing named here.', 'mdma').topic).toBe('mdma');
  });

  it('drops or maps a negated claim', () => {
    expect(ids('There is no evidence MDMA reduced PTSD.')).toEqual([]);
    expect(ids('The FDA has not approved MDMA.')).toEqual(['denied']);
    expect(ids('Not only did MDMA reduce PTSD, it lasted.')).toEqual(['works']);
  });

  it('keeps negation inside its clause', () => {
    expect(ids('MDMA, which is not a cure, reduced PTSD symptoms.')).toEqual(['works']);
  });

  it('keeps hedged claims and drops questions', () => {
    expect(ids('MDMA may reduce PTSD symptoms.')).toEqual(['works']);
    expect(ids('Does MDMA reduce PTSD symptoms?')).toEqual([]);
  });

  it('lets a claim yield to a stronger one in the same sentence', () => {
    expect(ids('MDMA cured some and reduced PTSD in most.')).toEqual(['works']);
    expect(ids('MDMA cured him.')).toEqual(['cured']);
  });

  it('lets a verbal negator after the claim deny it, unless a new subject comes between', () => {
    expect(ids('Oxytocin levels were not measured in the MDMA trials.')).toEqual([]);
    expect(ids('MDMA raised oxytocin and we do not know why.')).toEqual(['oxytocin']);
    expect(ids('MDMA raised oxytocin without changing cortisol.')).toEqual(['oxytocin']);
  });

  it('lets a complement negator reach across a long clause, but only forward', () => {
    expect(ids('There is no evidence that pure MDMA given in the clinic reduced PTSD.')).toEqual(
      [],
    );
    expect(
      ids('There are no completed controlled trials of any size showing that MDMA reduced PTSD.'),
    ).toEqual([]);
    expect(ids('Whether MDMA gives no fear at all is unclear.')).toEqual([]);
    expect(ids('With MDMA there was no fear, whether or not they slept.')).toEqual(['calm']);
  });

  it('takes a name out of the topic after "not", "no" or "unlike"', () => {
    expect(ids('The retracted papers were about psilocybin, not MDMA; it was cured.')).toEqual([]);
    expect(ids('Unlike MDMA, psilocybin reduced PTSD symptoms.')).toEqual([]);
    expect(ids('Psilocybin, unlike MDMA, reduced PTSD symptoms.')).toEqual([]);
  });

  it('gives a match to the nearest drug named before it, counting coordinated names', () => {
    expect(ids('I took MDMA once and psilocybin reduced my PTSD.')).toEqual([]);
    expect(ids('Psilocybin failed me, and then MDMA reduced my PTSD.')).toEqual(['works']);
    expect(ids('Psilocybin and MDMA reduced PTSD symptoms.')).toEqual(['works']);
    expect(ids('MDMA and psilocybin reduced PTSD symptoms.')).toEqual(['works']);
  });

  it('skips blocks where no rule could fire and no drug is named', () => {
    expect(blockMayMatter(engine, 'The council met. Parks were discussed.', 'mdma')).toBe(false);
    expect(blockMayMatter(engine, 'Symptoms fell. PTSD was reduced.', 'mdma')).toBe(true);
    expect(blockMayMatter(engine, 'Ketamine is different.', 'mdma')).toBe(true);
    expect(blockMayMatter(engine, 'Symptoms fell. PTSD was reduced.', undefined)).toBe(false);
    expect(blockMayMatter(engine, 'MDMA is a drug.', undefined)).toBe(true);
  });
});
