import { clausesOf, type Clauses } from './clauses';
import type { Engine } from './engine';
import { hasGateWord } from './gate';
import { normaliseText } from './normalise';
import { groupHits, matchRule, type CompiledRule } from './rules';
import type { Hit } from './terms';
import { tokenize, type Token } from './tokenize';
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

/**
 * Words that start a new subject between a claim and a later "not": "schedule 1 so you can't
 * get it", "MDMA helps PTSD and we don't know why". The "not" then belongs to that subject.
 */
const NEW_SUBJECT = new Set([
  'so',
  'and',
  'or',
  'i',
  'you',
  'we',
  'they',
  'he',
  'she',
  'that',
  'who',
  'which',
  'if',
]);

/** Trailing closers after a question mark: `?"`, `?)`. */
const IS_QUESTION = /\?["'\u201d\u2019)\]\s]*$/;

/** What one sentence says about drugs, and the pieces the rule pass reuses. */
interface Reading {
  /** The drug this sentence names itself, if any. */
  own: Topic | undefined;
  /** `own`, else the inherited topic. */
  topic: Topic | undefined;
  hits: Hit[];
  clauses: Clauses;
  mdmaClauses: Set<number>;
  otherClauses: Set<number>;
  /** Drug names that set a topic, in token order. */
  mentions: Mention[];
  negators: Hit[];
  shields: Hit[];
  tokens: Token[];
}

/** Token span, `to` exclusive. */
interface Span {
  from: number;
  to: number;
}

interface Mention {
  topic: Topic;
  from: number;
  to: number;
}

/**
 * Normalise, tokenise, find terms and decide the topic. Undefined when the sentence can be
 * skipped because there is nothing to find and nothing to hand on but `inherited`: off topic
 * and not naming MDMA, or on the MDMA topic with no other drug and no whole rule in it (the
 * sentences after a claim in its paragraph). Skipping here keeps pages that mention MDMA from
 * paying for every other sentence.
 */
function readSentence(
  engine: Engine,
  sentence: string,
  inherited: Topic | undefined,
): Reading | undefined {
  if (!hasGateWord(sentence)) {
    if (inherited !== 'mdma' || !engine.blockFilter.mayMatter(sentence)) return undefined;
  }
  const text = normaliseText(sentence);
  const tokens = tokenize(text);
  const hits = engine.index.scan(tokens);
  const clauses = clausesOf(text, tokens);

  const mdmaClauses = new Set<number>();
  const otherClauses = new Set<number>();
  const mentions: Mention[] = [];
  const negators: Hit[] = [];
  const shields: Hit[] = [];
  const excluderEnds = new Set<number>();
  for (const hit of hits) {
    if (engine.drugExcluders.has(hit.term)) excluderEnds.add(hit.to);
  }
  for (const hit of hits) {
    // "about psilocybin, not MDMA": a name right after an excluder is not what the clause is about.
    const excluded = excluderEnds.has(hit.from);
    if (!excluded && engine.mdmaTerms.has(hit.term)) {
      mdmaClauses.add(clauses.topic[hit.from] as number);
      mentions.push({ topic: 'mdma', from: hit.from, to: hit.to });
    }
    if (!excluded && engine.otherDrugTerms.has(hit.term)) {
      otherClauses.add(clauses.topic[hit.from] as number);
      mentions.push({ topic: 'other', from: hit.from, to: hit.to });
    }
    if (engine.negators.has(hit.term)) negators.push(hit);
    if (engine.notNegations.has(hit.term)) shields.push(hit);
  }
  const own: Topic | undefined =
    mdmaClauses.size > 0 ? 'mdma' : otherClauses.size > 0 ? 'other' : undefined;
  return {
    own,
    topic: own ?? inherited,
    hits,
    clauses,
    mdmaClauses,
    otherClauses,
    mentions,
    negators,
    shields,
    tokens,
  };
}

/**
 * Whether a block of text (several sentences) could matter to a reader that has `inherited` in
 * force: it names MDMA (the topic may change, claims may be stated), or, on the MDMA topic, it
 * may name another drug or hold a term of every group of some rule (`BlockFilter`, which reads
 * the raw text: most blocks of a page on MDMA are ordinary prose, and normalising each of them
 * cost more than analysing the few that pass). A block that fails cannot hold a claim in any
 * of its sentences, so it need not be segmented; rule windows, negation and `none` are left to
 * the sentence pass.
 */
export function blockMayMatter(
  engine: Engine,
  block: string,
  inherited: Topic | undefined,
): boolean {
  if (hasGateWord(block)) return true;
  return inherited === 'mdma' && engine.blockFilter.mayMatter(block);
}

/**
 * One sentence through the pipeline: read it, then evaluate the rules that could fire and
 * apply negation and precedence.
 */
export function analyseSentence(
  engine: Engine,
  sentence: string,
  inherited: Topic | undefined,
): SentenceResult {
  const reading = readSentence(engine, sentence, inherited);
  if (!reading) return { topic: inherited, claims: [] };
  const { own, topic, hits, mdmaClauses, shields } = reading;
  if (topic !== 'mdma' && mdmaClauses.size === 0) return { topic, claims: [] };
  if (IS_QUESTION.test(sentence)) return { topic, claims: [] };

  const byTerm = groupHits(hits);
  const candidates = new Set<CompiledRule>();
  for (const term of byTerm.keys()) {
    for (const rule of engine.rulesByFirstTerm.get(term) ?? []) candidates.add(rule);
  }
  const negators = reading.negators.filter((n) => !shields.some((s) => overlaps(s, n)));

  const found = new Map<string, number>();
  const record = (claimId: string, score: number) => {
    found.set(claimId, Math.max(found.get(claimId) ?? 0, score));
  };
  for (const rule of candidates) {
    const chosen = matchRule(rule, byTerm);
    if (!chosen) continue;
    const about = topicOfMatch(chosen, reading);
    if (about !== 'mdma') continue;
    const score = own === 'mdma' ? SCORE_NAMED : SCORE_INHERITED;
    if (isNegated(engine, chosen, negators, reading, rule.negatable)) {
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

function overlaps(a: Span, b: Span): boolean {
  return a.from < b.to && b.from < a.to;
}

/**
 * The drug a match is about. Among the drugs named in the clauses the match spans (leaving out
 * names that are part of the match, as in "better than SSRIs"): one named between its words
 * (MDMA first), else the nearest named before it ("I took MDMA once; psilocybin is what fixed
 * my anxiety"), else the nearest after it. With no name there, the sentence's or inherited topic.
 */
function topicOfMatch(chosen: readonly Hit[], reading: Reading): Topic | undefined {
  const { clauses, mentions, mdmaClauses } = reading;
  let first = Number.POSITIVE_INFINITY;
  let last = -1;
  let firstClause = Number.POSITIVE_INFINITY;
  let lastClause = -1;
  for (const hit of chosen) {
    first = Math.min(first, hit.from);
    last = Math.max(last, hit.to);
    const clause = clauses.topic[hit.from] as number;
    firstClause = Math.min(firstClause, clause);
    lastClause = Math.max(lastClause, clause);
  }
  let inside: Topic | undefined;
  let before: Mention | undefined;
  let after: Mention | undefined;
  for (const mention of mentions) {
    const clause = clauses.topic[mention.from] as number;
    if (clause < firstClause || clause > lastClause) continue;
    if (chosen.some((hit) => overlaps(hit, mention))) continue;
    if (mention.to <= first) before = mention;
    else if (mention.from >= last) after ??= mention;
    else if (inside !== 'mdma') inside = mention.topic;
  }
  const named =
    inside ?? (before && coordinatedTopic(before, reading)) ?? after?.topic ?? undefined;
  if (named) return named;
  if (mdmaClauses.size > 0) return 'mdma';
  return reading.topic;
}

/** Words that join drug names into one subject: "MDMA and psilocybin may help". */
const COORDINATORS = new Set(['and', 'or', 'nor', 'plus']);

/**
 * The topic of a name together with the names coordinated with it just before it: "MDMA and
 * psilocybin may help" is said of MDMA too, so MDMA wins if it is one of them.
 */
function coordinatedTopic(mention: Mention, reading: Reading): Topic {
  const { mentions, tokens } = reading;
  let current = mention;
  for (let k = mentions.indexOf(mention) - 1; k >= 0; k--) {
    if (current.topic === 'mdma') return 'mdma';
    const previous = mentions[k] as Mention;
    const between = tokens.slice(previous.to, current.from);
    if (between.length > 1 || between.some((t) => !COORDINATORS.has(t.text))) break;
    current = previous;
  }
  return current.topic === 'mdma' ? 'mdma' : mention.topic;
}

/**
 * Whether a negator in the same clause denies the match:
 * - an ordinary negator shortly before one of the matched terms ("the FDA has not approved"),
 *   or just after the last one ("oxytocin levels were not measured");
 * - a complement negator ("no evidence that", "whether") anywhere before the whole match, so
 *   "whether MDMA enhances fear extinction" is open while "guessed whether they got MDMA" is
 *   still a claim about guessing.
 * A negator that is part of a matched term ("not addictive") denies nothing by itself. Rules
 * whose own words carry a negation (`negatable: false`: "no fear", "not addictive") ignore
 * ordinary negators but not complement ones: "whether MDMA is not addictive" is still open.
 */
function isNegated(
  engine: Engine,
  chosen: readonly Hit[],
  negators: readonly Hit[],
  reading: Reading,
  negatable: boolean,
): boolean {
  const { clauses, tokens } = reading;
  let first = Number.POSITIVE_INFINITY;
  let last = -1;
  for (const hit of chosen) {
    first = Math.min(first, hit.from);
    last = Math.max(last, hit.to);
  }
  for (const negator of negators) {
    if (chosen.some((hit) => overlaps(hit, negator))) continue;
    const scope = clauses.scope[negator.from];
    if (engine.longNegators.has(negator.term)) {
      const gap = first - negator.to;
      if (gap >= 0 && gap < engine.longNegationReach && clauses.scope[first] === scope) return true;
      continue;
    }
    if (!negatable) continue;
    for (const hit of chosen) {
      const gap = hit.from - negator.to;
      if (gap >= 0 && gap < engine.negationReach && clauses.scope[hit.from] === scope) return true;
    }
    const after = negator.from - last;
    if (!engine.postNegators.has(negator.term)) continue;
    if (after >= 0 && after < engine.postNegationReach && clauses.scope[last - 1] === scope) {
      if (!tokens.slice(last, negator.from).some((t) => NEW_SUBJECT.has(t.text))) return true;
    }
  }
  return false;
}
