import type { Recognition, Rule } from '../../data/schema';
import type { Hit, TermIndex } from './terms';

/**
 * Rules compiled against the shared term index, and the test of one rule on one sentence.
 * A rule holds when each group in `all` has a hit, no `none` term occurs, and (with `window`)
 * one hit from every group fits in a run of at most `window` tokens. The hits it returns are
 * the closest such set, which negation and topic checks then look around.
 */
export interface CompiledRule {
  claimId: string;
  groups: number[][];
  none: number[];
  window: number;
  negatable: boolean;
}

export interface CompiledClaim {
  id: string;
  rules: CompiledRule[];
  negation: Recognition['negation'];
  yieldsTo: string[];
}

export function compileRule(claimId: string, rule: Rule, index: TermIndex): CompiledRule {
  return {
    claimId,
    groups: rule.all.map((group) => group.map((term) => index.add(term))),
    none: (rule.none ?? []).map((term) => index.add(term)),
    window: rule.window ?? Number.POSITIVE_INFINITY,
    negatable: rule.negatable ?? true,
  };
}

/** Hits of the sentence grouped by term id. */
export type HitsByTerm = Map<number, Hit[]>;

export function groupHits(hits: readonly Hit[]): HitsByTerm {
  const byTerm: HitsByTerm = new Map();
  for (const hit of hits) {
    const list = byTerm.get(hit.term);
    if (list) list.push(hit);
    else byTerm.set(hit.term, [hit]);
  }
  return byTerm;
}

/** The hits that satisfy the rule in the tightest span, or undefined if it does not hold. */
export function matchRule(rule: CompiledRule, byTerm: HitsByTerm): Hit[] | undefined {
  if (rule.none.some((term) => byTerm.has(term))) return undefined;
  const tagged: { hit: Hit; group: number }[] = [];
  for (let g = 0; g < rule.groups.length; g++) {
    let found = false;
    const earlier = tagged.length;
    for (const term of rule.groups[g] as number[]) {
      for (const hit of byTerm.get(term) ?? []) {
        // One stretch of text cannot satisfy two groups: "breakthrough designation" is not
        // both the status and the verb "designated".
        if (tagged.slice(0, earlier).some((t) => t.hit.from < hit.to && hit.from < t.hit.to)) {
          continue;
        }
        tagged.push({ hit, group: g });
        found = true;
      }
    }
    if (!found) return undefined;
  }
  tagged.sort((a, b) => a.hit.from - b.hit.from || a.group - b.group);
  return tightestCover(tagged, rule.groups.length, rule.window);
}

/** Sliding window over hits in token order: the shortest run holding every group. */
function tightestCover(
  tagged: readonly { hit: Hit; group: number }[],
  groupCount: number,
  window: number,
): Hit[] | undefined {
  const counts = new Int32Array(groupCount);
  let covered = 0;
  let best: [number, number] | undefined;
  let bestLength = Number.POSITIVE_INFINITY;
  let left = 0;
  for (let right = 0; right < tagged.length; right++) {
    const r = tagged[right] as { hit: Hit; group: number };
    counts[r.group] = (counts[r.group] ?? 0) + 1;
    if (counts[r.group] === 1) covered++;
    while (covered === groupCount) {
      const l = tagged[left] as { hit: Hit; group: number };
      // Terms are a few tokens long, so the rightmost start bounds the end closely enough;
      // scanning the run for its true end would make this quadratic on repetitive text.
      const length = r.hit.to - l.hit.from;
      if (length < bestLength) {
        bestLength = length;
        best = [left, right];
      }
      counts[l.group] = (counts[l.group] ?? 0) - 1;
      if (counts[l.group] === 0) covered--;
      left++;
    }
  }
  if (!best || bestLength > window) return undefined;
  const chosen: Hit[] = [];
  const seen = new Set<number>();
  for (let k = best[0]; k <= best[1]; k++) {
    const t = tagged[k] as { hit: Hit; group: number };
    if (!seen.has(t.group)) {
      seen.add(t.group);
      chosen.push(t.hit);
    }
  }
  return chosen;
}
