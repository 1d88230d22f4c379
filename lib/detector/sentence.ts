import { clausesOf, type Clauses } from './clauses';
import type { Engine } from './engine';
import { hasGateWord } from './gate';
import { normalise } from './normalise';
import { groupHits, matchRule, type CompiledRule } from './rules';
import type { Hit } from './terms';
import { tokenize } from './tokenize';
import type { Topic } from './topic';

export interface SentenceResult {
  /** The topic later sentences inherit: this sentence's own if it names a drug. */
  topic: Topic | undefined;
  claims: { claimId: string; score: number }[];
}

/** Scores: a claim stated next to MDMA's name beats one whose topic was inherited. */
const SCORE_NAMED = 0.9;
const SCORE_INHERITED = 0.75;
const SCORE_DENIAL_MAPPED = 0.8;

/** Trailing closers after a question mark: `?"`, `?)`. */
const IS_QUESTION = /\?["'\u201d\u2019)\]\s]*$/;

/**
 * One sentence through the pipeline: normalise, tokenise, find terms, decide the topic, then
 * evaluate the rules that could fire and apply negation and precedence.
 */
export function analyseSentence(
  engine: Engine,
  sentence: string,
  inherited: Topic | undefined,
): SentenceResult {
  // Off topic and not naming MDMA: nothing to find and nothing to hand on. Skipping here keeps
  // pages that mention MDMA once from paying for every other sentence.
  if (inherited !== 'mdma' && !hasGateWord(sentence)) return { topic: inherited, claims: [] };
  const norm = normalise(sentence);
  const tokens = tokenize(norm.text);
  const hits = engine.index.scan(tokens);
  const clauses = clausesOf(norm.text, tokens);

  const mdmaClauses = new Set<number>();
  const otherClauses = new Set<number>();
  const negators: Hit[] = [];
  const shields: Hit[] = [];
  for (const hit of hits) {
    if (engine.mdmaTerms.has(hit.term)) mdmaClauses.add(clauses.topic[hit.from] as number);
    if (engine.otherDrugTerms.has(hit.term)) otherClauses.add(clauses.topic[hit.from] as number);
    if (engine.negators.has(hit.term)) negators.push(hit);
    if (engine.notNegations.has(hit.term)) shields.push(hit);
  }
  const own: Topic | undefined =
    mdmaClauses.size > 0 ? 'mdma' : otherClauses.size > 0 ? 'other' : undefined;
  const topic = own ?? inherited;
  if (topic !== 'mdma' && mdmaClauses.size === 0) return { topic, claims: [] };
  if (IS_QUESTION.test(sentence)) return { topic, claims: [] };

  const byTerm = groupHits(hits);
  const candidates = new Set<CompiledRule>();
  for (const term of byTerm.keys()) {
    for (const rule of engine.rulesByFirstTerm.get(term) ?? []) candidates.add(rule);
  }
  const realNegators = negators.filter((n) => !shields.some((s) => overlaps(s, n)));

  const found = new Map<string, number>();
  const record = (claimId: string, score: number) => {
    found.set(claimId, Math.max(found.get(claimId) ?? 0, score));
  };
  for (const rule of candidates) {
    const chosen = matchRule(rule, byTerm);
    if (!chosen) continue;
    const about = topicOfMatch(chosen, clauses, mdmaClauses, otherClauses, topic);
    if (about !== 'mdma') continue;
    const score = own === 'mdma' ? SCORE_NAMED : SCORE_INHERITED;
    if (rule.negatable && isNegated(chosen, realNegators, clauses, engine.negationReach)) {
      const negation = engine.claims.get(rule.claimId)?.negation;
      if (negation && negation !== 'drop') record(negation.mapsTo, SCORE_DENIAL_MAPPED * score);
      continue;
    }
    record(rule.claimId, score);
  }
  for (const claimId of [...found.keys()]) {
    const yieldsTo = engine.claims.get(claimId)?.yieldsTo ?? [];
    if (yieldsTo.some((other) => found.has(other))) found.delete(claimId);
  }
  return { topic, claims: [...found].map(([claimId, score]) => ({ claimId, score })) };
}

function overlaps(a: Hit, b: Hit): boolean {
  return a.from < b.to && b.from < a.to;
}

/**
 * The drug a match is about: a drug named in the clauses it spans wins (MDMA first, since a
 * comparison "better than SSRIs" names both); otherwise the sentence's or inherited topic.
 */
function topicOfMatch(
  chosen: readonly Hit[],
  clauses: Clauses,
  mdmaClauses: ReadonlySet<number>,
  otherClauses: ReadonlySet<number>,
  sentenceTopic: Topic | undefined,
): Topic | undefined {
  let first = Number.POSITIVE_INFINITY;
  let last = -1;
  for (const hit of chosen) {
    const clause = clauses.topic[hit.from] as number;
    first = Math.min(first, clause);
    last = Math.max(last, clause);
  }
  let other = false;
  for (let c = first; c <= last; c++) {
    if (mdmaClauses.has(c)) return 'mdma';
    if (otherClauses.has(c)) other = true;
  }
  if (other) return 'other';
  if (mdmaClauses.size > 0) return 'mdma';
  return sentenceTopic;
}

/** A negator shortly before one of the match's terms, in the same clause, not part of a term. */
function isNegated(
  chosen: readonly Hit[],
  negators: readonly Hit[],
  clauses: Clauses,
  reach: number,
): boolean {
  for (const negator of negators) {
    if (chosen.some((hit) => overlaps(hit, negator))) continue;
    for (const hit of chosen) {
      const gap = hit.from - negator.to;
      if (gap >= 0 && gap < reach && clauses.scope[negator.from] === clauses.scope[hit.from]) {
        return true;
      }
    }
  }
  return false;
}
