/**
 * Micro-averaged scoring over (passage, claim id) pairs, as defined in the corpus README:
 * a predicted id in the passage's label set is a true positive, one outside it a false
 * positive, a labelled id not predicted a false negative.
 */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Figures extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export interface Scored {
  id: string;
  text: string;
  expected: string[];
  predicted: string[];
}

export interface Report extends Figures {
  passages: number;
  perClaim: Record<string, Figures>;
  misses: { id: string; claimId: string; text: string }[];
  falseAlarms: { id: string; claimId: string; text: string }[];
}

export function figures({ tp, fp, fn }: Counts): Figures {
  // With nothing predicted, precision is vacuously 1; with nothing to find, so is recall.
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

export function score(results: readonly Scored[]): Report {
  const total: Counts = { tp: 0, fp: 0, fn: 0 };
  const perClaimCounts = new Map<string, Counts>();
  const bump = (claimId: string, key: keyof Counts) => {
    let counts = perClaimCounts.get(claimId);
    if (!counts) perClaimCounts.set(claimId, (counts = { tp: 0, fp: 0, fn: 0 }));
    counts[key]++;
    total[key]++;
  };
  const misses: Report['misses'] = [];
  const falseAlarms: Report['falseAlarms'] = [];
  for (const { id, text, expected, predicted } of results) {
    const want = new Set(expected);
    const got = new Set(predicted);
    for (const claimId of got) {
      if (want.has(claimId)) bump(claimId, 'tp');
      else {
        bump(claimId, 'fp');
        falseAlarms.push({ id, claimId, text });
      }
    }
    for (const claimId of want) {
      if (!got.has(claimId)) {
        bump(claimId, 'fn');
        misses.push({ id, claimId, text });
      }
    }
  }
  const perClaim: Record<string, Figures> = {};
  for (const claimId of [...perClaimCounts.keys()].sort()) {
    perClaim[claimId] = figures(perClaimCounts.get(claimId) as Counts);
  }
  return { passages: results.length, ...figures(total), perClaim, misses, falseAlarms };
}
