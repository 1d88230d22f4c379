import type { Claim } from '../../data/schema';
import {
  DRUG_EXCLUDERS,
  LONG_NEGATION_REACH,
  LONG_NEGATORS,
  NEGATORS,
  NEGATION_REACH,
  NOT_NEGATIONS,
  POST_NEGATION_REACH,
  POST_NEGATORS,
} from './negation';
import { BlockFilter } from './prefilter';
import { compileRule, type CompiledClaim, type CompiledRule } from './rules';
import { TermIndex } from './terms';
import { MDMA_TERMS, OTHER_DRUG_TERMS } from './topic';

/**
 * Everything the detector needs, compiled once from the claim files: one term index shared by
 * the claim rules, the drug names and the negation cues, and for each term the rules whose
 * first group it can satisfy (so a sentence only evaluates rules it could fire).
 */
export interface Engine {
  index: TermIndex;
  mdmaTerms: Set<number>;
  otherDrugTerms: Set<number>;
  negators: Set<number>;
  /** The subset of `negators` that govern a whole complement clause. */
  longNegators: Set<number>;
  /** The subset of `negators` that also deny the words just before them. */
  postNegators: Set<number>;
  notNegations: Set<number>;
  drugExcluders: Set<number>;
  negationReach: number;
  longNegationReach: number;
  postNegationReach: number;
  claims: Map<string, CompiledClaim>;
  rulesByFirstTerm: Map<number, CompiledRule[]>;
  /** Rejects most texts that hold neither another drug's name nor all the words of a rule. */
  blockFilter: Pick<BlockFilter, 'mayMatter'>;
}

export function buildEngine(claims: readonly Claim[]): Engine {
  const index = new TermIndex();
  const ids = (terms: readonly string[]) => new Set(terms.map((t) => index.add(t)));
  const engine: Omit<Engine, 'blockFilter'> = {
    index,
    mdmaTerms: ids(MDMA_TERMS),
    otherDrugTerms: ids(OTHER_DRUG_TERMS),
    negators: ids(NEGATORS),
    longNegators: ids(LONG_NEGATORS),
    postNegators: ids(POST_NEGATORS),
    notNegations: ids(NOT_NEGATIONS),
    drugExcluders: ids(DRUG_EXCLUDERS),
    negationReach: NEGATION_REACH,
    longNegationReach: LONG_NEGATION_REACH,
    postNegationReach: POST_NEGATION_REACH,
    claims: new Map(),
    rulesByFirstTerm: new Map(),
  };
  const known = new Set(claims.map((c) => c.id));
  for (const claim of claims) {
    const { negation, yieldsTo = [] } = claim.recognition;
    if (negation !== 'drop' && !known.has(negation.mapsTo)) {
      throw new Error(`${claim.id}: negation maps to unknown claim ${negation.mapsTo}`);
    }
    const rules = claim.recognition.rules.map((rule) => compileRule(claim.id, rule, index));
    engine.claims.set(claim.id, { id: claim.id, rules, negation, yieldsTo });
    for (const rule of rules) {
      for (const term of rule.groups[0] ?? []) {
        const list = engine.rulesByFirstTerm.get(term);
        if (list) list.push(rule);
        else engine.rulesByFirstTerm.set(term, [rule]);
      }
    }
  }
  const conditions = [
    ...[...engine.otherDrugTerms].map((term) => [[term]]),
    ...[...engine.claims.values()].flatMap((claim) => claim.rules.map((rule) => rule.groups)),
  ];
  return { ...engine, blockFilter: new BlockFilter(index, conditions) };
}
